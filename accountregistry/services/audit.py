"""The append-only audit trail: who changed what, when, from what to what."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, Iterable, NamedTuple

from sqlmodel import Session
from sqlmodel import select

from accountregistry.services import personal_values
from accountregistry.store.bulk import insert_tuples
from accountregistry.store.models import AuditEvent, PersonalValue, SQLModel, utcnow


def plain(value: Any) -> Any:
    """A value as JSON can hold it and a person can read it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def snapshot(row: SQLModel, fields: Iterable[str]) -> dict[str, Any]:
    return {name: plain(getattr(row, name)) for name in fields}


def differences(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, as (old values, new values)."""
    changed = [name for name in after if before.get(name) != after[name]]
    return {name: before.get(name) for name in changed}, {name: after[name] for name in changed}


def record(session: Session, *, actor: str, entity: str, entity_id: int, action: str,
           account_id: int | None = None, old: dict | None = None, new: dict | None = None,
           owner: int | None = None) -> AuditEvent:
    """Record one event. `owner`: the holder of a personal account whose values these are
    (personal_values: they are kept apart, keyed by the person)."""
    old, new, personal = personal_values.separate(entity, entity_id, old, new, owner=owner,
                                                   who=personal_values.who_in(session))
    personal_values.keep(session, personal)
    event = AuditEvent(at=utcnow(), actor=actor, entity=entity, entity_id=entity_id, action=action,
                       account_id=account_id, old_values=old or None, new_values=new or None)
    session.add(event)
    return event


class Event(NamedTuple):
    """One event of many recorded at once (record_many)."""

    entity: str
    entity_id: int
    account_id: int | None
    old: dict | None
    new: dict | None


def record_many(session: Session, *, actor: str, action: str, events: Iterable[Event]) -> int:
    """Record many events of one action at one moment, in the order given, with one bulk insert
    (an import's hundreds of thousands): each as `record` would have written it."""
    rows, personal, who = [], [], personal_values.who_among(session)
    for entity, entity_id, account_id, old, new in events:
        old, new, apart = personal_values.separate(entity, entity_id, old, new, who=who)
        rows.append((entity, entity_id, account_id, old, new))
        personal += apart
    # As the events themselves: tuples on the bulk path (a dict per value is slow at 100,000s).
    insert_tuples(session, PersonalValue, ("token", "person_id", "value"),
                  [(kept["token"], kept["person_id"], kept["value"]) for kept in personal])
    return insert_tuples(session, AuditEvent, ("entity", "entity_id", "account_id", "old_values", "new_values"),
                         rows, same={"at": utcnow(), "actor": actor, "action": action})


def apply_and_record(session: Session, *, actor: str, row: SQLModel, values: dict[str, Any],
                     fields: Iterable[str], entity: str, account_id: int | None = None,
                     owner: int | None = None) -> bool:
    """Set `values` on `row` and record what changed (nothing at all if nothing did).

    Returns whether anything changed, so callers can bump their own timestamps.
    """
    fields = tuple(fields)
    before = snapshot(row, fields)
    for name, value in values.items():
        setattr(row, name, value)
    old, new = differences(before, snapshot(row, fields))
    if new:
        record(session, actor=actor, entity=entity, entity_id=row.id, action="update",
               account_id=account_id, old=old, new=new, owner=owner)
    return bool(new)


def account_history(session: Session, account_id: int) -> list[AuditEvent]:
    """Everything that happened to an account, its roles and its terms, newest first, with the
    personal values still kept (personal_values.restore)."""
    statement = (select(AuditEvent).where(AuditEvent.account_id == account_id)
                 .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()))
    return personal_values.restore(session, list(session.exec(statement)))
