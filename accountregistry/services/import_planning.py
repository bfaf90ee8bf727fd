"""The account import's plan: each row of a file compared with the registry, nothing written.

Every row is new, an update (field by field), unchanged, or an error with its problems, each
(column, Problem). The registry's rules are the domain's (domain/rules.py), the same the
services apply to a form.

- Accounts are matched on platform and normalised handle (the same key the registry uses).
  An account may appear only once in a file; a later line naming it again is an error.
- A column the file has is the truth for that field: a blank cell clears it (status blank
  means active, two_factor blank unknown, official blank yes, as for a new account). A column
  the file lacks leaves the field as it is.
- People are matched by email (lowercased); someone not yet in the registry is created with
  the name the file gives. A name without an email matches an existing person of exactly that
  name, if there is only one. Names of existing people are not changed by an import.
- ``administrators``: roles not yet held are granted, dated the day of the import. An import
  never revokes: a revocation needs a reason and a date, so an administrator missing from the
  file is kept, and the preview notes so.
- Handover terms: a new version is recorded only when they differ from the current one; a
  blank disposition records nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

import sqlalchemy as sa

from accountregistry.domain import platforms, rules
from accountregistry.domain.errors import Label, Problem
from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role, StrEnum
from accountregistry.services.accounts import ACCOUNT_FIELDS
from accountregistry.services.import_cells import (
    COLUMN_OF,
    MISSING,
    PEOPLE_COLUMNS,
    TERMS_ROW_FIELDS,
    Draft,
    PersonRef,
    RowProblem,
    RowReader,
)
from accountregistry.services.ownership_report import administrator_cell
from accountregistry.services.table_reading import ParsedFile
from accountregistry.store import platform_keys
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, HandoverTerms, Person

__all__ = ["Change", "ImportPlan", "NewPerson", "PlannedRow", "RowAction", "Work", "plan_rows"]

# How many ids or keys one statement names: far below any database's limit on parameters.
BATCH = 500


class RowAction(StrEnum):
    new = "new"
    update = "update"
    unchanged = "unchanged"
    error = "error"


@dataclass(frozen=True)
class Change:
    """One field an update changes, both sides as the report writes them."""

    column: str
    old: str
    new: str


@dataclass(frozen=True)
class NewPerson:
    email: str
    name: str
    line: int  # where the file first names them


@dataclass
class Work:
    """What apply_import writes for one new or changed row."""

    account_id: int | None
    version: int | None
    values: dict[str, Any]  # new: every field; update: the changed ones (holder_id included)
    old_values: dict[str, Any]  # update: what the changed fields were
    grants: list[tuple[Any, Role, str]]  # (person key, role, name for the audit)
    terms: dict[str, Any] | None
    terms_version: int
    old_terms: dict[str, Any]
    people: set[str]  # emails of people to create that this row needs


@dataclass
class PlannedRow:
    line: int
    action: RowAction
    account: str  # the account as the preview names it: its address, or what the row gave
    changes: tuple[Change, ...] = ()
    problems: tuple[RowProblem, ...] = ()  # why the row is an error: (column, Problem)
    notes: tuple[Problem, ...] = ()  # what the import leaves alone on purpose
    # What apply_import writes; filled for new and update rows only.
    work: Work | None = field(default=None, repr=False, compare=False)

    @property
    def codes(self) -> list[tuple[str, str]]:
        """(column, code) of each problem: what tests and code decide by."""
        return [(column, problem.code) for column, problem in self.problems]

    @property
    def reason(self) -> str:
        """The problems in the user's language, one sentence after another."""
        return " ".join(problem.sentence() for _, problem in self.problems)

    def note_sentences(self) -> list[str]:
        return [note.sentence() for note in self.notes]


@dataclass
class ImportPlan:
    source: str  # the file's name, for the audit trail
    today: date
    rows: list[PlannedRow]
    new_people: list[NewPerson]
    unknown_columns: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action == RowAction.error]

    def summary(self) -> str:
        return (f"{self.count(RowAction.new)} new, {self.count(RowAction.update)} updated, "
                f"{self.count(RowAction.unchanged)} unchanged, {self.count(RowAction.error)} errors")


def plan_rows(db: Database, parsed: ParsedFile, today: date) -> ImportPlan:
    """Every row of the file classified against the registry as it is now."""
    drafts = _drafts(parsed, today)
    with db.reading() as session:
        registry = _Registry(session.connection(), (d.key for d in drafts if d.key and not d.problems))
    new_people = _people_to_create(drafts, registry)
    rows = [_RowPlanner(draft, registry, new_people).plan() for draft in drafts]
    return ImportPlan(source=parsed.path.name, today=today, rows=rows,
                      new_people=sorted(new_people.values(), key=lambda p: p.line),
                      unknown_columns=parsed.unknown_columns, ignored_columns=parsed.ignored_columns)


def _drafts(parsed: ParsedFile, today: date) -> list[Draft]:
    width = len(parsed.header)
    drafts: list[Draft] = []
    seen: dict[tuple[str, str], int] = {}
    read = RowReader(parsed.columns, today).read
    for line, cells in parsed.rows:
        if len(cells) != width:
            drafts.append(Draft(line=line, key=None, label="", account={}, problems=[
                ("", Problem("row_cells_count", {"cells": len(cells), "width": width}))]))
            continue
        draft = read(line, cells)
        if draft.key is not None:
            first = seen.setdefault(draft.key, line)
            if first != line:
                draft.problems.append(("url", Problem("row_duplicate_account", {"first": first})))
        drafts.append(draft)
    return drafts


def _chunks(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Registry:
    """What the plan compares the file with, read set-based: people, and the matched accounts
    with their active roles and current terms."""

    def __init__(self, connection: sa.Connection, keys: Iterable[tuple[str, str]]):
        person = Person.__table__.c
        self.people: dict[int, tuple[str, str | None, EmploymentStatus]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        for person_id, name, email, status in connection.execute(
                sa.select(person.id, person.name, person.work_email, person.employment_status)):
            self.people[person_id] = (name, email, status)
            if email:
                self.by_email[email] = person_id
            self.by_name.setdefault(name, []).append(person_id)
        self.accounts: dict[tuple[str, str], Any] = {}
        self.roles: dict[int, set[tuple[int, Role]]] = {}
        self.terms: dict[int, Any] = {}
        self._read_accounts(connection, set(keys))

    def _read_accounts(self, connection: sa.Connection, wanted: set[tuple[str, str]]) -> None:
        account = Account.__table__.c
        ids = [account_id for account_id, platform_id, handle in connection.execute(
            sa.select(account.id, account.platform, account.handle)) if (platform_id, handle) in wanted]
        role, terms = AccountRole.__table__.c, HandoverTerms.__table__.c
        fields = [account.id, account.version, *(account[name] for name in ACCOUNT_FIELDS)]
        for batch in _chunks(ids):
            for row in connection.execute(sa.select(*fields).where(account.id.in_(batch))):
                self.accounts[(row.platform, row.handle)] = row
            for account_id, person_id, role_name in connection.execute(
                    sa.select(role.account_id, role.person_id, role.role)
                    .where(role.account_id.in_(batch), role.revoked_on.is_(None))):
                self.roles.setdefault(account_id, set()).add((person_id, role_name))
            for row in connection.execute(
                    sa.select(HandoverTerms.__table__).where(terms.account_id.in_(batch))
                    .order_by(terms.account_id, terms.version)):
                self.terms[row.account_id] = row  # the highest version wins

    def person_label(self, key: Any, new_people: dict[str, NewPerson]) -> str:
        if key is None:
            return ""
        if isinstance(key, int):
            name, email, _ = self.people[key]
        else:
            name, email = new_people[key].name, key
        return f"{name} <{email}>" if email else name


def _people_to_create(drafts: list[Draft], registry: _Registry) -> dict[str, NewPerson]:
    """People the file names by an email the registry does not know, with the first name given."""
    new_people: dict[str, NewPerson] = {}
    for draft in drafts:
        if draft.problems:
            continue
        for name, email in draft.refs():
            if email and email not in registry.by_email and name and email not in new_people:
                new_people[email] = NewPerson(email=email, name=name, line=draft.line)
    return new_people


def _shown(value: Any) -> str:
    """A value as the report writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class _RowPlanner:
    """One valid draft against the registry: its people resolved, the rules applied, and what
    changes."""

    def __init__(self, draft: Draft, registry: _Registry, new_people: dict[str, NewPerson]):
        self.draft, self.registry, self.new_people = draft, registry, new_people
        self.problems: list[RowProblem] = []
        self.existing = registry.accounts.get(draft.key)
        self.account_id = self.existing.id if self.existing is not None else None

    def plan(self) -> PlannedRow:
        draft = self.draft
        if draft.problems:
            return PlannedRow(draft.line, RowAction.error, draft.label, problems=tuple(draft.problems))
        self.check_key()
        holder = self.resolve(draft.holder, "holder_email")
        successor = self.resolve(draft.successor, "successor_email")
        grants = [(self.resolve(ref, "administrators"), role) for ref, role in draft.grants or ()]
        # The account as it will be: the file's fields over the registry's (or the defaults).
        values = dict(draft.account)
        if holder is not MISSING:
            values["holder_id"] = holder
        to_grant = self.grants(grants)
        terms, old_terms = self.terms(values, successor)
        if self.problems:
            unique = [p for n, p in enumerate(self.problems) if p not in self.problems[:n]]
            return PlannedRow(draft.line, RowAction.error, draft.label, problems=tuple(unique))
        return self.planned(values, to_grant, terms, old_terms, self.notes(grants))

    def check_key(self) -> None:
        """An import never re-keys or merges silently: when the account a row's key matches has a
        stored address that the current rules recognise as another key, the row is a conflict
        for a person to settle (platform_keys: an upgrade left it, or its address was edited)."""
        existing = self.existing
        if existing is None:
            return
        derived = platform_keys.derived(existing.platform, existing.presence, existing.handle, existing.url)
        if derived is not None and derived[0] != (existing.platform, existing.handle):
            new_platform, new_handle = derived[0]
            self.problems.append(("url", Problem("row_account_key_changed", {
                "id": existing.id, "platform": platforms.platform(existing.platform).name,
                "handle": existing.handle, "url": existing.url[:200],
                "new_platform": platforms.platform(new_platform).name, "new_handle": new_handle})))

    def final(self, values: dict[str, Any], name: str) -> Any:
        return values.get(name, getattr(self.existing, name) if self.existing is not None else None)

    def resolve(self, ref: Any, column: str) -> Any:
        """A person key: an existing person's id, a new person's email, or None (or MISSING)."""
        if ref is None or ref is MISSING:
            return ref
        name, email = ref
        label = PEOPLE_COLUMNS[column]
        if email:
            return self.resolve_email(name, email, column, label)
        matches = self.registry.by_name.get(name or "", [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.problems.append((column, Problem("person_name_ambiguous",
                                                  {"label": label, "count": len(matches), "name": name})))
        else:
            self.problems.append((column, Problem("person_unknown", {"label": label, "name": name})))
        return None

    def resolve_email(self, name: str | None, email: str, column: str, label: Label) -> Any:
        if email in self.registry.by_email:
            return self.registry.by_email[email]
        person = self.new_people.get(email)
        if person is None:
            self.problems.append((column, Problem("person_needs_name", {"label": label, "email": email})))
        elif name and name != person.name:
            self.problems.append((column, Problem("person_named_twice", {
                "email": email, "name": name, "other": person.name, "line": person.line})))
        return email

    def held(self) -> set[tuple[int, Role]]:
        return self.registry.roles.get(self.account_id, set()) if self.account_id is not None else set()

    def grants(self, grants: list[tuple[Any, Role]]) -> list[tuple[Any, Role, str]]:
        """The roles to grant: those not held yet (an import never revokes), each by the rule."""
        held, people, new_people = self.held(), self.registry.people, self.new_people
        status = self.existing.status if self.existing is not None else None
        to_grant: list[tuple[Any, Role, str]] = []
        for person, role in grants:
            if person is None or (person, role) in held:
                continue
            if isinstance(person, int):
                name, _, employment = people[person]
            else:
                name, employment = (new_people[person].name if person in new_people else person), None
            refused = rules.grant_refused(account_status=status, person_name=name, person_status=employment)
            if refused is not None:
                self.problems.append(("administrators", refused))
            to_grant.append((person, role, name))
        return to_grant

    def notes(self, grants: list[tuple[Any, Role]]) -> tuple[Problem, ...]:
        held = self.held()
        if self.draft.grants is None or not held:
            return ()
        listed = set(grants)
        return tuple(Problem("role_kept", {"person": self.registry.person_label(person_id, self.new_people),
                                           "role": role})
                     for person_id, role in sorted(held - listed, key=lambda item: (item[0], item[1].value)))

    def terms(self, values: dict[str, Any], successor: Any) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """The terms to record (None: nothing new) and the current ones they replace."""
        current = self.registry.terms.get(self.account_id) if self.account_id is not None else None
        kind = self.final(values, "kind")
        if self.draft.terms is None:
            if current is not None and (refused := rules.kind_change_refused(kind, self.existing.kind,
                                                                             current.disposition)):
                self.problems.append(("kind", refused))
            return None, {}
        terms = {name: (getattr(current, name) if current is not None else None) for name in TERMS_ROW_FIELDS}
        if current is None:
            terms["agreed_by_holder"] = False
        terms.update(self.draft.terms)
        if successor is not MISSING:
            terms["successor_id"] = successor
        if refused := rules.disposition_refused(kind, terms["disposition"]):
            self.problems.append(("disposition", refused))
        if refused := rules.successor_refused(terms["successor_id"], self.final(values, "holder_id")):
            self.problems.append(("successor_email", refused))
        if current is None:
            return terms, {}
        old_terms = {name: getattr(current, name) for name in TERMS_ROW_FIELDS}
        return (None, {}) if terms == old_terms else (terms, old_terms)

    def planned(self, values: dict[str, Any], to_grant: list[tuple[Any, Role, str]],
                terms: dict[str, Any] | None, old_terms: dict[str, Any], notes: tuple[Problem, ...]) -> PlannedRow:
        draft, existing = self.draft, self.existing
        old_values: dict[str, Any] = {}
        changes: list[Change] = []
        if existing is not None:
            values = {name: value for name, value in values.items() if value != getattr(existing, name)}
            old_values = {name: getattr(existing, name) for name in values}
            changes = self.changes(values, old_values, to_grant, terms, old_terms)
        action = RowAction.new if existing is None else RowAction.update if changes else RowAction.unchanged
        if action == RowAction.unchanged:
            return PlannedRow(draft.line, action, draft.label, notes=notes)
        people = {key for key in [values.get("holder_id"), *(p for p, _, _ in to_grant),
                                  (terms or {}).get("successor_id")] if isinstance(key, str)}
        current = self.registry.terms.get(self.account_id) if self.account_id is not None else None
        work = Work(account_id=self.account_id, version=existing.version if existing is not None else None,
                    values=values, old_values=old_values, grants=to_grant, terms=terms,
                    terms_version=(current.version + 1) if current is not None else 1,
                    old_terms=old_terms, people=people)
        return PlannedRow(draft.line, action, draft.label, changes=tuple(changes), notes=notes, work=work)

    def changes(self, values: dict[str, Any], old_values: dict[str, Any], to_grant: list[tuple[Any, Role, str]],
                terms: dict[str, Any] | None, old_terms: dict[str, Any]) -> list[Change]:
        """An update's changes, each as the report writes its column."""
        label = self.registry.person_label
        people, new_people = self.registry.people, self.new_people
        changes = [Change("holder_email", label(old_values[name], new_people), label(value, new_people))
                   if name == "holder_id" else Change(COLUMN_OF.get(name, name), _shown(old_values[name]), _shown(value))
                   for name, value in values.items()]
        if to_grant:
            before = [(people[p][0], people[p][1], r.value) for p, r in sorted(self.held(), key=lambda item: item[0])]
            after = before + [(name, person if isinstance(person, str) else people[person][1], r.value)
                              for person, r, name in to_grant]
            changes.append(Change("administrators", administrator_cell(before), administrator_cell(after)))
        for name in TERMS_ROW_FIELDS if terms is not None else ():
            if terms[name] == old_terms.get(name):
                continue
            if name == "successor_id":
                changes.append(Change("successor_email", label(old_terms.get(name), new_people),
                                      label(terms[name], new_people)))
            else:
                changes.append(Change(COLUMN_OF.get(name, name), _shown(old_terms.get(name)), _shown(terms[name])))
        return changes
