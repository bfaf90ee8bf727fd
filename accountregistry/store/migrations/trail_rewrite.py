"""Moving values out of earlier audit events, and computing the chain again: shared by the
migrations 0019, 0021 and 0022 (0005 and 0013 use its hashing).

FROZEN: released migrations call this module, so it must never change once released (an old
registry upgraded by a later program must end as the program of each step would have left it).
A step that needs something else gets a module of its own; this one keeps the hashing as of 0013
and the conversion as of 0019.

The hash of an event covers its old and new values (services/audit.py, "The chain"), so the
rewritten events get new hashes, and every event after the first rewritten one a new
previous_hash: the chain is computed again, in id order, in the migration's transaction (the
registry was copied aside before it began), and an event of its own records that it was done
and from which event on (with that event's former hash). A chain that does not verify before
the step is not computed again (that would hide what broke it): the values then stay inline,
and the event says so and names the first event that does not fit.
"""
import hashlib
import json
from datetime import datetime, timezone
from typing import Callable

from alembic import op
import sqlalchemy as sa

from accountregistry.store.timestamps import moment_text

APPEND_ONLY = "the audit trail is append-only"
CHAIN_START = "0" * 64
CHAIN_LOCK = 0x4155444954
HASHED = ("at", "actor", "entity", "entity_id", "action", "account_id", "old_values", "new_values",
          "previous_hash")
BATCH = 5000

# An event's sides ("old_values", "new_values") with values moved apart, the moved values
# appended to the list as personal_value rows; {} (or the sides unchanged) when nothing moves.
Apart = Callable[[dict, list], dict]


def event_hash(event: dict) -> str:
    content = {name: event[name] for name in HASHED}
    content["at"] = moment_text(content["at"])
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def events_table() -> sa.TableClause:
    return sa.table("audit_event", *(sa.column(name) for name in (
        "id", "actor", "entity", "entity_id", "action", "account_id", "previous_hash", "hash")),
        sa.column("at", sa.DateTime(timezone=True)), sa.column("old_values", sa.JSON),
        sa.column("new_values", sa.JSON))


def _batches(connection: sa.Connection, events: sa.TableClause):
    """The events in id order, BATCH at a time (each batch read whole before it is written)."""
    last = 0
    while True:
        batch = connection.execute(sa.select(events).where(events.c.id > last)
                                   .order_by(events.c.id).limit(BATCH)).mappings().all()
        if not batch:
            return
        yield batch
        last = batch[-1]["id"]


def _first_misfit(connection: sa.Connection, events: sa.TableClause) -> int | None:
    """The first event that does not fit the chain as stored (None if all do)."""
    head = CHAIN_START
    for batch in _batches(connection, events):
        for event in batch:
            if event["previous_hash"] != head or event_hash(event) != event["hash"]:
                return event["id"]
            head = event["hash"]
    return None


def _rechained(batch, head: str, apart: Apart, rows: list) -> tuple[str, list, list]:
    """A batch of events with their values apart (added to `rows`), chained on from `head`:
    the new head, the events whose values changed, those whose links alone changed."""
    changed, linked = [], []
    for event in batch:
        row = {**event, **apart(event, rows), "previous_hash": head}
        head = event_hash(row)
        if head == event["hash"]:
            continue
        update = {"event_id": event["id"], "former_hash": event["hash"], "previous": row["previous_hash"],
                  "new_hash": head}
        if (row["old_values"], row["new_values"]) != (event["old_values"], event["new_values"]):
            changed.append({**update, "old": row["old_values"], "new": row["new_values"]})
        else:
            linked.append(update)
    return head, changed, linked


def convert(connection: sa.Connection, step: str, action: str, apart: Apart, counted: str,
            kept_inline: str, entity: str | None = None) -> dict | None:
    """Move the values out and chain the trail again; what was done (None: nothing). The event
    recording it is `action`, with `counted` the number of values moved and `kept_inline` set when
    the chain did not verify before. With `entity`, a trail without events of it is not read."""
    events = events_table()
    if entity and connection.execute(sa.select(events.c.id).where(events.c.entity == entity).limit(1)).first() is None:
        return None  # nothing to read twice
    misfit = _first_misfit(connection, events)
    if misfit is not None:
        last = connection.execute(sa.select(events.c.hash).order_by(events.c.id.desc()).limit(1)).scalar()
        done = {kept_inline: True, "first_event_not_in_chain": misfit}
        _record_conversion(connection, events, step, action, last, done)
        return done
    values = sa.table("personal_value", sa.column("token"), sa.column("person_id"), sa.column("value", sa.JSON))
    rewrite = events.update().where(events.c.id == sa.bindparam("event_id"))
    links = {"previous_hash": sa.bindparam("previous"), "hash": sa.bindparam("new_hash")}
    head, first, done = CHAIN_START, None, {"events_rewritten": 0, "events_relinked": 0, counted: 0}
    for batch in _batches(connection, events):
        rows = []
        head, changed, linked = _rechained(batch, head, apart, rows)
        first = first or next(iter(sorted(changed + linked, key=lambda update: update["event_id"])), None)
        if rows:
            connection.execute(values.insert(), rows)
        if changed:
            connection.execute(rewrite.values(old_values=sa.bindparam("old"), new_values=sa.bindparam("new"),
                                              **links), changed)
        if linked:
            connection.execute(rewrite.values(**links), linked)
        for name, count in (("events_rewritten", changed), ("events_relinked", linked), (counted, rows)):
            done[name] += len(count)
    if first is None:  # nothing was inline: the trail and its chain stay as they were
        return None
    done.update(first_event_id=first["event_id"], its_former_hash=first["former_hash"])
    _record_conversion(connection, events, step, action, head, done)
    return done


def _record_conversion(connection: sa.Connection, events, step: str, action: str, head: str, done: dict) -> None:
    server = connection.dialect.name == "postgresql"
    # On a server the actor is the login (the actor trigger writes it; 0007): the hash covers it.
    actor = connection.execute(sa.text("SELECT session_user")).scalar_one() if server else f"upgrade to schema {step}"
    event = {"at": datetime.now(timezone.utc), "actor": actor, "entity": "audit_event", "entity_id": 0,
             "action": action, "account_id": None, "old_values": None, "new_values": done, "previous_hash": head}
    event["hash"] = event_hash(event)
    connection.execute(events.insert().values(event))


def upgrade(step: str, action: str, apart: Apart, counted: str, kept_inline: str, entity: str | None = None) -> None:
    """The migration `step`'s upgrade: `convert` with the append-only rule lifted for this one
    rewrite inside the step's transaction; on a server no writer may add to the chain meanwhile."""
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER audit_event_no_update")
    else:
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    convert(connection, step, action, apart, counted, kept_inline, entity)
    if sqlite:
        op.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                   f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
    else:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
