"""An account import's audit trail: one event per chunk names the rows it added.

Writing (services/import_writing): each chunk the import writes records one event, entity
ENTITY, action "import", entity_id the first account the chunk added, account_id None (it
concerns many), new_values {"accounts": runs, "roles": runs, "terms": runs, "source": file}:
the ids of the accounts it added and of the roles and terms it gave those accounts, as runs
[[first, last], ...] (people.id_runs). It copies no value: the rows hold what they were added
with, and every later change records old -> new (kept apart where a person's own, erasable).
The people an import creates, the changes to accounts that existed, and the roles and terms it
gives those accounts keep an event each, as before.

Reading: an account's history and a person's (access request, history window) show each row
such an event added as imports recorded it before, one event per row: action "import", the
row's fields as added (the row's own, each with its old value in its first later change) and
the source. So old and new imports read alike, and nothing reads the runs but this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from sqlmodel import Session, select

from accountregistry.services import audit
from accountregistry.services.accounts import ACCOUNT_FIELDS
from accountregistry.services.handover import TERMS_FIELDS
from accountregistry.services.people import id_runs, in_runs
from accountregistry.services.roles import ROLE_FIELDS
from accountregistry.store.models import Account, AccountRole, AuditEvent, HandoverTerms, SQLModel

# The chunk event's entity: its own, so that the (entity, entity_id) index finds the import that
# added an account in one step down from the account's id (changes.py reads it as "everything").
ENTITY = "account_import"
ACTION = "import"
# Per kind of row: the key of its runs, the fields its event records, and the actions of the events
# that add one (a row with one of those needs nothing from here). Roles and terms are only ever
# added (a version of the terms is a row); an account's import event with old values changed it.
_KINDS = {"account": ("accounts", ACCOUNT_FIELDS, ("register", ACTION)),
          "account_role": ("roles", ROLE_FIELDS, ("grant", ACTION)),
          "handover_terms": ("terms", TERMS_FIELDS, ("agree", ACTION))}


def _adds(event: AuditEvent) -> bool:
    """Whether the event added the row it is about (of a kind an import adds)."""
    return (event.entity in _KINDS and event.action in _KINDS[event.entity][2]
            and (event.entity != "account" or event.old_values is None))


def chunk_event(accounts: Iterable[int], roles: Iterable[int], terms: Iterable[int], source: str) -> audit.Event:
    """The event naming what one chunk of an import added (the accounts: at least one)."""
    runs = id_runs(accounts)
    return audit.Event(ENTITY, runs[0][0], None, None, {"accounts": runs, "roles": id_runs(roles),
                                                        "terms": id_runs(terms), "source": source})


def _import_of(session: Session, account_id: int) -> AuditEvent | None:
    """The import that added the account, if one did. Its entity_id is the first account it
    added, so it is the nearest import at or below the account's id (an earlier one only if two
    imports on a server took ids side by side): the index is walked down from the account."""
    below = account_id
    while True:
        event = session.exec(select(AuditEvent).where(AuditEvent.entity == ENTITY, AuditEvent.entity_id <= below)
                             .order_by(AuditEvent.entity_id.desc(), AuditEvent.id.desc()).limit(1)).first()
        if event is None or in_runs(event.new_values["accounts"], account_id):
            return event
        below = event.entity_id - 1


def _as_added(event: AuditEvent, entity: str, row: SQLModel, account_id: int,
              later: Sequence[AuditEvent]) -> AuditEvent:
    """The import's event as it reads for one row it added (a copy): the row's fields as they
    were then, the first later change's old value for each field it changed (`later`: the row's
    own events, oldest first)."""
    _, fields, _ = _KINDS[entity]
    values = audit.snapshot(row, fields)
    for change in reversed(later):
        values.update((name, old) for name, old in (change.old_values or {}).items() if name in values)
    if entity == "handover_terms":  # a first version records the fields that have a value
        values = {name: value for name, value in values.items() if value is not None}
    columns = AuditEvent.__table__.columns.keys()
    return AuditEvent(**{name: getattr(event, name) for name in columns}
                      | {"entity": entity, "entity_id": row.id, "account_id": account_id, "action": ACTION,
                         "old_values": None, "new_values": values | {"source": event.new_values["source"]}})


def with_added_rows(session: Session, events: list[AuditEvent], rows: dict[str, Iterable[SQLModel]],
                    imports: dict[int, AuditEvent | None] | None = None) -> list[AuditEvent]:
    """`events` (restored copies, oldest first, holding every event about these rows) with the
    event that added each row an account import added: rows by entity ("account", "account_role",
    "handover_terms"); `imports`: the import that added an account, where already looked up.
    Oldest first."""
    adding = {(e.entity, e.entity_id) for e in events if _adds(e)}
    own: dict[tuple[str, int], list[AuditEvent]] = {}
    for e in events:
        own.setdefault((e.entity, e.entity_id), []).append(e)
    imports = {} if imports is None else imports
    added = []
    for entity, members in rows.items():
        key = _KINDS[entity][0]
        for row in members:
            if (entity, row.id) in adding:
                continue
            account_id = row.id if entity == "account" else row.account_id
            if account_id not in imports:
                imports[account_id] = _import_of(session, account_id)
            event = imports[account_id]
            if event is not None and in_runs(event.new_values[key], row.id):
                added.append(_as_added(event, entity, row, account_id, own.get((entity, row.id), ())))
    return sorted([*events, *added], key=_order) if added else events


def _order(event: AuditEvent) -> tuple[int, int, int]:
    """By id; a chunk's rows as it wrote them: accounts, then roles, then terms, each by id."""
    return event.id, list(_KINDS).index(event.entity) if event.entity in _KINDS else 0, event.entity_id


def account_history(session: Session, account_id: int, events: list[AuditEvent]) -> list[AuditEvent]:
    """The account's history (`events`, restored, newest first) with the events of the import
    that added it, its roles and its terms, if one did."""
    if any(e.entity == "account" and e.entity_id == account_id and _adds(e) for e in events):
        return events  # added by hand, or by an import that recorded an event per row
    account = session.get(Account, account_id)
    found = _import_of(session, account_id) if account is not None else None
    if found is None:
        return events
    roles = session.exec(select(AccountRole).where(AccountRole.account_id == account_id)).all()
    terms = session.exec(select(HandoverTerms).where(HandoverTerms.account_id == account_id)).all()
    oldest_first = with_added_rows(session, events[::-1], {"account": [account], "account_role": roles,
                                                          "handover_terms": terms}, {account_id: found})
    return oldest_first[::-1]

