"""The append-only audit trail: who changed what, when, from what to what; chained so that a
changed, removed or inserted event shows.

The chain
---------
Every event carries `previous_hash`, the hash of the event before it (by id; 64 zeros for the
first), and `hash`, the SHA-256 of its canonical content: the JSON object of the columns

    at, actor, entity, entity_id, action, account_id, old_values, new_values, previous_hash

with sorted keys, no spaces, UTF-8 (ensure_ascii off); `at` written as UTC without a zone,
"2026-03-16T09:30:00.123456". `id` and `hash` themselves are not part of it. The hash covers
exactly the values the row stores, read back from the database: on PostgreSQL the actor is the
server's `session_user` (record() asks the server), so the hash covers what the server vouches
for. One chain per registry. This module is the one place that computes hashes: services
record events with record(), bulk writers (the imports) with record_many() or
record_kept_apart(), which hash in one pass over tuples (_chained_tuples), verify_chain() checks the whole trail, export_trail() writes it for an
auditor (README: "Checking the audit trail outside the app").

Writers hold the registry's write turn (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction
advisory lock taken before the chain's head is read), so events are chained in id order. The
database refuses what would break the chain: UPDATE, DELETE, REPLACE/UPSERT, TRUNCATE and an
insert whose previous_hash is not the current head (store/audit_protection.py names the
triggers, and opening a registry checks that they are all there, unaltered).

Personal values (privacy, issue 14)
-----------------------------------
Events refer to people by id. A person's own values (their name, email, title; a personal
account's handle, address, notes...) are not in the event row: services/personal_values keeps
them in `personal_value`, and the event holds a reference {"personal": token, "person": id} in
their place (migration 0005 moved the first release's values out). The hash covers only the
event row, references included, so erasing a person (services/retention.anonymise deletes their
personal_value rows) changes no hashed value and `audit verify` still passes. Should the
canonical content ever have to change, a migration recomputes the whole chain once, in id
order, with a frozen copy of these functions (as 0013_audit_chain does), and records that it did
so in an event of its own; an auditor's export taken before stays verifiable against itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session
from sqlmodel import select

from accountregistry.services import personal_values
from accountregistry.store.audit_protection import CHAIN_START, POSTGRESQL_CHAIN_LOCK, missing_protection
from accountregistry.store.bulk import insert_tuples
from accountregistry.store.database import Database
from accountregistry.store.models import AuditEvent, PersonalValue, SQLModel, utcnow
from accountregistry.store.safe_files import checked_target, written_whole
from accountregistry.store.timestamps import moment_text

HASHED_COLUMNS = ("at", "actor", "entity", "entity_id", "action", "account_id", "old_values", "new_values",
                  "previous_hash")
# session.info keys: the hash of the last event of the transaction, the server's login.
_HEAD, _ACTOR = "accountregistry.audit_head", "accountregistry.audit_actor"


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


def _as_stored(values: Any) -> Any:
    """JSON values as the database gives them back (tuples become lists, keys become text)."""
    return None if values is None else json.loads(json.dumps(values))


def canonical(event: Mapping[str, Any]) -> str:
    """The text an event's hash is taken over (module docstring: "The chain")."""
    content = {name: event[name] for name in HASHED_COLUMNS}
    content["at"] = moment_text(content["at"])
    content["old_values"] = _as_stored(content["old_values"])
    content["new_values"] = _as_stored(content["new_values"])
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(event: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(event).encode("utf-8")).hexdigest()


def _chain_head(session: Session) -> str:
    """The hash the next event continues from; read once per transaction, under the chain's lock."""
    head = session.info.get(_HEAD)
    if head is None:
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": POSTGRESQL_CHAIN_LOCK})
        # Read with the connection, not the session: an autoflush here would write the rows the
        # service is still changing twice (and bump their versions twice).
        last = connection.execute(sa.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
        head = last or CHAIN_START
    return head


def stored_actor(session: Session, actor: str) -> str:
    """The actor as the row will store it: on PostgreSQL the server's login, which it vouches for."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return actor
    if _ACTOR not in session.info:
        session.info[_ACTOR] = connection.execute(sa.text("SELECT session_user")).scalar_one()
    return session.info[_ACTOR]


def _chain(session: Session, events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    head = _chain_head(session)
    rows = []
    for event in events:
        row = {**event, "at": _stored_moment(event["at"]), "previous_hash": head}
        row["hash"] = head = event_hash(row)
        rows.append(row)
    session.info[_HEAD] = head
    return rows


def chained(session: Session, events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Event rows as dicts of AuditEvent's columns (in the order they will be inserted, actor as
    stored_actor() gives it) with previous_hash and hash set, continuing the chain, for a caller
    that inserts them itself. Insert them at once, before anything else records an event in this
    transaction. (The imports' many events take record_many's path over tuples instead.)"""
    session.flush()  # the events record() added so far are written first, in their order
    return _chain(session, events)


def _stored_moment(at: datetime) -> datetime:
    """In UTC, with its zone: SQLite stores the UTC digits, PostgreSQL the instant, whatever the
    server's time zone; both read back to the text the hash covers."""
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)


def record(session: Session, *, actor: str, entity: str, entity_id: int, action: str,
           account_id: int | None = None, old: dict | None = None, new: dict | None = None,
           owner: int | None = None) -> AuditEvent:
    """Record one event. `owner`: the holder of a personal account whose values these are
    (personal_values: they are kept apart, keyed by the person)."""
    old, new, personal = personal_values.separate(entity, entity_id, old, new, owner=owner,
                                                   who=personal_values.who_in(session))
    personal_values.keep(session, personal)
    row, = _chain(session, [{"at": utcnow(), "actor": stored_actor(session, actor), "entity": entity,
                              "entity_id": entity_id, "action": action, "account_id": account_id,
                              "old_values": old or None, "new_values": new or None}])
    event = AuditEvent(**row)
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
        rows.append(Event(entity, entity_id, account_id, old, new))
        personal += apart
    # As the events themselves: tuples on the bulk path (a dict per value is slow at 100,000s).
    insert_tuples(session, PersonalValue, ("token", "person_id", "value"),
                  [(kept["token"], kept["person_id"], kept["value"]) for kept in personal])
    return record_kept_apart(session, actor=actor, action=action, events=rows)


def record_kept_apart(session: Session, *, actor: str, action: str, events: Iterable[Event]) -> int:
    """record_many for events whose personal values are kept apart already (record_many's
    second half)."""
    session.flush()  # the events record() added so far are written first, in their order
    same = {"at": _stored_moment(utcnow()), "actor": stored_actor(session, actor), "action": action}
    # SQLite stores the very JSON text that was hashed; a server's driver sends the values as JSON.
    as_text = session.connection().dialect.name == "sqlite"
    rows = _chained_tuples(session, same, events, as_text=as_text)
    names = ("entity", "entity_id", "account_id", "old_values", "new_values", "previous_hash", "hash")
    return insert_tuples(session, _EVENTS_AS_TEXT if as_text else AuditEvent, names, rows, same=same)


# audit_event for SQLite's bulk path: its JSON columns take the text _chained_tuples hashed, as it is.
_EVENTS_AS_TEXT = sa.Table("audit_event", sa.MetaData(), *(
    sa.Column(column.name, sa.Text if column.name in ("old_values", "new_values") else column.type,
              primary_key=column.primary_key) for column in AuditEvent.__table__.columns))
_JSON = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def _json_text(value: Any) -> str:
    """A value's canonical JSON text, as canonical() writes it inside an event's."""
    if type(value) is int:
        return str(value)
    if value is None:
        return "null"
    if isinstance(value, dict) and not all(type(key) is str for key in value):
        value = _as_stored(value)  # keys the database gives back as text sort as text
    return _JSON(value)


def _chained_tuples(session: Session, same: Mapping[str, Any], events: Iterable[Event], *,
                    as_text: bool) -> list[tuple]:
    """(entity, entity_id, account_id, old_values, new_values, previous_hash, hash) per event, the
    values as JSON text (as_text) or as given: canonical() assembled from each value's JSON text, what the event's
    row shares written once, in one pass. Gives the hashes event_hash() gives (a test compares)."""
    head = _chain_head(session)
    shared = (f'"action":{_JSON(same["action"])},"actor":{_JSON(same["actor"])},'
              f'"at":{_JSON(moment_text(same["at"]))},"entity":')
    entities: dict[str, str] = {}
    rows = []
    append, sha256 = rows.append, hashlib.sha256
    for entity, entity_id, account_id, old, new in events:
        old_text = _json_text(old) if old else None
        new_text = _json_text(new) if new else None
        entity_text = entities.get(entity) or entities.setdefault(entity, _JSON(entity))
        text = (f'{{"account_id":{_json_text(account_id)},{shared}{entity_text},"entity_id":{_json_text(entity_id)},'
                f'"new_values":{new_text or "null"},"old_values":{old_text or "null"},"previous_hash":"{head}"}}')
        previous, head = head, sha256(text.encode("utf-8")).hexdigest()
        if as_text:
            append((entity, entity_id, account_id, old_text, new_text, previous, head))
        else:
            append((entity, entity_id, account_id, old or None, new or None, previous, head))
    session.info[_HEAD] = head
    return rows


def apply_and_record(session: Session, *, actor: str, row: SQLModel, values: dict[str, Any],
                     fields: Iterable[str], entity: str, account_id: int | None = None,
                     owner: int | None = None) -> None:
    """Set `values` on `row` and record what changed (nothing at all if nothing did)."""
    fields = tuple(fields)
    before = snapshot(row, fields)
    for name, value in values.items():
        setattr(row, name, value)
    old, new = differences(before, snapshot(row, fields))
    if new:
        record(session, actor=actor, entity=entity, entity_id=row.id, action="update",
               account_id=account_id, old=old, new=new, owner=owner)


def account_history(session: Session, account_id: int) -> list[AuditEvent]:
    """The events recorded about an account, its roles and its terms, newest first, with the
    personal values still kept (personal_values.restore). What an account import added is named
    by one event per chunk: lookups.account_events reads it as an event per row (import_trail)."""
    statement = (select(AuditEvent).where(AuditEvent.account_id == account_id)
                 .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()))
    return personal_values.restore(session, list(session.exec(statement)))


# ---------------------------------------------------------------------------------------------
# Checking and exporting the chain
# ---------------------------------------------------------------------------------------------

_COLUMNS = ("id", *HASHED_COLUMNS, "hash")
_BATCH = 5000


@dataclass(frozen=True)
class BrokenLink:
    """The first event that does not fit the chain, and why."""

    event_id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int
    # "altered": its content no longer gives its hash (changed after it was recorded);
    # "out_of_chain": it does not follow the event before it (an event was removed or slipped in).
    problem: str

    @property
    def code(self) -> str:
        """Its message code: audit_event_altered or audit_event_out_of_chain."""
        return f"audit_event_{self.problem}"

    def params(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "at": self.at, "actor": self.actor, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id}


@dataclass(frozen=True)
class ChainReport:
    events: int  # how many events were checked (up to the first that does not fit)
    head: str  # the hash of the last event that fits (CHAIN_START if none)
    broken: BrokenLink | None
    unprotected: tuple[str, ...]  # protecting triggers missing, disabled or altered

    @property
    def intact(self) -> bool:
        return self.broken is None and not self.unprotected


def _trail(session: Session) -> Iterator[dict[str, Any]]:
    """Every event as stored, in chain order, read in batches (the trail can hold millions)."""
    table = AuditEvent.__table__
    statement = sa.select(*(table.c[name] for name in _COLUMNS)).order_by(table.c.id)
    result = session.connection().execution_options(yield_per=_BATCH).execute(statement)
    try:
        for row in result.mappings():
            yield dict(row)
    finally:
        result.close()  # a reader that stops at the first broken link leaves no server cursor open


def verify_chain(db: Database) -> ChainReport:
    """Check every event's hash and link, and that the database still protects the trail."""
    with db.reading() as session:
        unprotected = tuple(missing_protection(session.connection()))
        head, checked = CHAIN_START, 0
        with contextlib.closing(_trail(session)) as trail:
            for event in trail:
                problem = ("out_of_chain" if event["previous_hash"] != head
                           else "altered" if event_hash(event) != event["hash"] else None)
                if problem:
                    broken = BrokenLink(event_id=event["id"], at=event["at"], actor=event["actor"],
                                        action=event["action"], entity=event["entity"],
                                        entity_id=event["entity_id"], problem=problem)
                    return ChainReport(events=checked, head=head, broken=broken, unprotected=unprotected)
                head, checked = event["hash"], checked + 1
    return ChainReport(events=checked, head=head, broken=None, unprotected=unprotected)


def export_trail(db: Database, path: str | os.PathLike) -> tuple[Path, int]:
    """Write the whole trail with its hashes as JSON Lines (one event per line, keys sorted,
    UTF-8), whole or not at all; an auditor checks it without the app (README). Returns the
    file and how many events it holds."""
    written = 0
    with written_whole(path, encoding="utf-8", newline="\n") as file, db.reading() as session:
        for event in _trail(session):
            event["at"] = moment_text(event["at"])
            file.write(json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n")
            written += 1
    return checked_target(path), written
