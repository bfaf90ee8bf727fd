"""Personal data in the audit trail, kept apart so that a person can be erased without
changing a single event.

An event refers to people by id; their names are looked up when the trail is shown. The few
values that are a person's own data, and cannot be looked up (a person's name, email and
title as they were; a personal account's handle, address, display name, login email and notes;
an employee-role account's display name and login; the file name of a scan they signed; a login
email or a signatory that names someone in the registry),
are stored in `personal_value`, keyed by the person they belong to, and the event holds in their
place a reference: {"personal": "<random token>", "person": 123}. Erasing a person deletes
their rows there: every event, its time, actor, action, account and hash stay as recorded, and
the trail then shows "[former employee 123]" where the name was.

Copies of a name kept beside an id ("person_name", "successor_name") are not recorded at all.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from accountregistry.domain import pseudonyms
from accountregistry.domain.pseudonyms import pseudonym
from accountregistry.store.models import (
    Account,
    AccountRole,
    Agreement,
    AuditEvent,
    ChecklistItem,
    ConsentRecord,
    HandoverTerms,
    OffboardingCase,
    Person,
    PersonalValue,
)

# Per entity, the fields whose values are the person's own (the person: the entity itself).
PERSON_FIELDS = frozenset({"name", "work_email", "title"})
# A personal account's fields that are its holder's own: the account is never the company's.
PERSONAL_ACCOUNT_FIELDS = frozenset({"handle", "url", "display_name", "login_email", "notes"})
# Names copied beside an id: looked up by the id when shown instead.
NAME_COPIES = frozenset({"person_name", "successor_name"})
# An employee-role account presents its holder: the name and login it had then are theirs.
EMPLOYEE_ROLE_FIELDS = frozenset({"display_name", "login_email"})
# A signed scan's file name may name its signer (services/agreements.attach gives the owner).
ATTACHMENT_FIELDS = frozenset({"file_name"})
# Values that are a person's own wherever they appear, when they name someone in the registry:
# the field, and the person's column it is compared with.
MATCHED_FIELDS = {"login_email": "work_email", "agreed_by_company": "name"}
# Free text that may name anyone (notes, reasons): kept apart without an owner (person_id NULL),
# so that anonymising someone replaces their name in it, in the trail too (retention.py).
FREE_TEXT = {Account: ("notes", "mandate", "response_expectations"), AccountRole: ("reason",),
             HandoverTerms: ("followers_terms", "content_terms"), OffboardingCase: ("status_reason",),
             ChecklistItem: ("title", "note", "waive_reason"), ConsentRecord: ("withdrawal_note",), Agreement: ("note",)}
# Free text only the trail holds: the lines a ticked item changed in the registry, which name
# the leaver and the successor (services/offboarding._apply_effect).
TRAIL_FREE_TEXT = {"checklist_item": ("changes",)}
FREE_TEXT_FIELDS = {model.__tablename__: frozenset(fields + TRAIL_FREE_TEXT.get(model.__tablename__, ()))
                    for model, fields in FREE_TEXT.items()}
# Erased values that read as the person's pseudonym; any other erased value reads as empty.
NAMING_FIELDS = frozenset({"name", "display_name", "agreed_by_company"})


def is_reference(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"personal", "person"}


def is_text(value: Any) -> bool:
    """Free text: a text, or lines of text."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(line, str) for line in value))


def lines(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def each_text(value: str | list[str], change: Callable[[str], Any]) -> Any:
    """The free text with `change` applied to it, or to each of its lines."""
    changed = [change(line) for line in lines(value)]
    return changed[0] if isinstance(value, str) else changed


Who = Callable[[str, Any], "int | None"]  # (person's column, value) -> the person it names, if one


def owner_of(entity: str, entity_id: int, values: Iterable[Mapping[str, Any] | None],
             owner: int | None = None) -> tuple[int | None, frozenset[str]]:
    """Whose personal values an event holds, and which fields they are in. `owner`: the holder
    of the account the event is about, when the caller knows it is personal (or employee-role)."""
    if entity == "person":
        return entity_id, PERSON_FIELDS
    if entity == "attachment" and owner is not None:
        return owner, ATTACHMENT_FIELDS
    if entity == "account":
        kind = None
        for side in values:
            if side and side.get("kind") in ("personal", "employee_role") and isinstance(side.get("holder_id"), int):
                kind, owner = side["kind"], owner if owner is not None else side["holder_id"]
        if owner is not None:
            return owner, PERSONAL_ACCOUNT_FIELDS if kind in (None, "personal") else EMPLOYEE_ROLE_FIELDS
    return None, frozenset()


def _whose(name: str, value: Any, owner: int | None, fields: frozenset[str], who: Who | None) -> int | None:
    """The person whose own value this is, if it is one."""
    if owner is not None and name in fields:
        return owner
    if who is not None and name in MATCHED_FIELDS:
        return who(MATCHED_FIELDS[name], value)
    return None


def _apart(values: Mapping[str, Any] | None, owner: int | None, fields: frozenset[str], who: Who | None,
           rows: list[dict[str, Any]], free: frozenset[str] = frozenset()) -> dict | None:
    if not values:
        return None
    kept: dict[str, Any] = {}
    for name, value in values.items():
        if name in NAME_COPIES:
            continue
        if value not in (None, "") and not is_reference(value):
            person = _whose(name, value, owner, fields, who)
            free_text = name in free and is_text(value)
            if free_text:
                value = each_text(value, pseudonyms.stored)  # a note as the window showed it: markers, not words
            if person is not None or free_text:
                token = secrets.token_hex(16)
                rows.append({"token": token, "person_id": person, "value": value})
                value = {"personal": token, "person": person}
        kept[name] = value
    return kept or None


def separate(entity: str, entity_id: int, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, *,
             owner: int | None = None, who: Who | None = None) -> tuple[dict | None, dict | None, list[dict]]:
    """An event's (old, new) values as the event row keeps them, and the personal values to keep
    apart (rows of personal_value). `who` finds the person a login email or a signatory names."""
    person_id, fields = owner_of(entity, entity_id, (old, new), owner)
    free = FREE_TEXT_FIELDS.get(entity, frozenset())
    rows: list[dict[str, Any]] = []
    return (_apart(old, person_id, fields, who, rows, free), _apart(new, person_id, fields, who, rows, free),
            rows)


def who_in(session: Session) -> Who:
    """`who` for one transaction: a person by work email or by a name only they have."""
    person = Person.__table__

    def find(column: str, value: Any) -> int | None:
        if not isinstance(value, str):
            return None
        found = session.connection().execute(
            sa.select(person.c.id).where(person.c[column] == (value.lower() if column == "work_email" else value))
            .limit(2)).scalars().all()
        return found[0] if len(found) == 1 else None

    return find


def who_among(session: Session) -> Who:
    """`who` for many events at once (an import): everyone read once, when first asked (most
    events name nobody this way)."""
    emails: dict[str, int] = {}
    names: dict[str, int | None] = {}
    done = []

    def read_everyone() -> None:
        done.append(True)
        person = Person.__table__
        rows = session.connection().execute(sa.select(person.c.id, person.c.name, person.c.work_email)).all()
        emails.update((email, person_id) for person_id, _, email in rows if email)
        for person_id, name, _ in rows:
            names[name] = None if name in names else person_id

    def find(column: str, value: Any) -> int | None:
        if not isinstance(value, str):
            return None
        if not done:
            read_everyone()
        return emails.get(value.lower()) if column == "work_email" else names.get(value)

    return find


def keep(session: Session, rows: list[dict[str, Any]]) -> None:
    """Store personal values; on the connection, so that nothing the service is still changing
    is flushed early (its version would step twice)."""
    if rows:
        session.connection().execute(sa.insert(PersonalValue.__table__), rows)


def erase(session: Session, person_id: int) -> int:
    """Forget every personal value of the person in the trail; the events stay. How many."""
    table = PersonalValue.__table__
    return session.connection().execute(sa.delete(table).where(table.c.person_id == person_id)).rowcount


def forget_mentions(session: Session, person_id: int, words: Iterable[str]) -> int:
    """Replace the person's name and email (`words`) by their marker in the trail's free text
    (the values kept apart without an owner). How many values changed."""
    table = PersonalValue.__table__
    connection = session.connection()
    changed = [{"key": token, "text": each_text(value, lambda text: pseudonyms.without_mentions(text, words,
                                                                                                 person_id))}
               for token, value in connection.execute(
                   sa.select(table.c.token, table.c.value).where(table.c.person_id.is_(None))).all()
               if is_text(value) and pseudonyms.mentions("\n".join(lines(value)), words)]
    if changed:
        connection.execute(table.update().where(table.c.token == sa.bindparam("key"))
                           .values(value=sa.bindparam("text")), changed)
    return len(changed)


def _references(events: Iterable[AuditEvent]) -> set[str]:
    return {value["personal"] for event in events for values in (event.old_values, event.new_values)
            for value in (values or {}).values() if is_reference(value)}


def _restored(values: dict | None, known: Mapping[str, Any]) -> dict | None:
    if not values:
        return values
    shown = {}
    for name, value in values.items():
        if is_reference(value):
            erased = pseudonym(value["person"]) if name in NAMING_FIELDS else None
            value = known.get(value["personal"], erased)
        shown[name] = each_text(value, pseudonyms.shown) if is_text(value) else value
    return shown


def restore(session: Session, events: list[AuditEvent]) -> list[AuditEvent]:
    """The events as a person reads them: personal values put back where they are still kept,
    "[former employee 123]" for an erased name. Copies: the recorded rows are never changed."""
    tokens = sorted(_references(events))
    table = PersonalValue.__table__
    known: dict[str, Any] = {}
    for start in range(0, len(tokens), 500):  # SQLite limits the parameters of one statement
        chunk = tokens[start:start + 500]
        known.update(session.connection().execute(
            sa.select(table.c.token, table.c.value).where(table.c.token.in_(chunk))).all())
    columns = AuditEvent.__table__.columns.keys()
    return [AuditEvent(**{name: getattr(event, name) for name in columns}
                       | {"old_values": _restored(event.old_values, known),
                          "new_values": _restored(event.new_values, known)})
            for event in events]
