"""checklist item titles kept apart in earlier events

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

A checklist item's title names the leaver and the successor ("Hand Freja Møller's admin role on
… to Emil Thygesen"), and so do the lines a ticked item changed in the registry ("admin of …:
Freja Møller → Emil Thygesen"). Since this step they are free text kept apart in personal_value
without an owner (services/personal_values.FREE_TEXT, TRAIL_FREE_TEXT), so that anonymising
either person replaces their name there too. The events recorded before (entity checklist_item)
still hold them inline; this step moves them out the same way, leaving
{"personal": token, "person": null}.

The hash of an event covers its old and new values (services/audit.py, "The chain"), so the
rewritten events get new hashes, and every event after the first rewritten one a new
previous_hash: the chain is computed again, in id order, in this migration's transaction (the
registry was copied aside before it began), and an event of its own records that it was done
and from which event on (with that event's former hash). A chain that does not verify before
this step is not computed again (that would hide what broke it): the titles then stay inline,
and the event says so and names the first event that does not fit. The conversion and the
hashing are frozen copies, as of this step.
"""
import hashlib
import json
import secrets
from datetime import datetime, timezone
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0022'
down_revision: Union[str, None] = '0021'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

APPEND_ONLY = "the audit trail is append-only"
CHAIN_START = "0" * 64
CHAIN_LOCK = 0x4155444954
HASHED = ("at", "actor", "entity", "entity_id", "action", "account_id", "old_values", "new_values",
          "previous_hash")
ACTION = "separate_checklist_titles"
FIELDS = ("title", "changes")  # free text of checklist_item events, as of this step
BATCH = 5000


def moment_text(at) -> str:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def event_hash(event: dict) -> str:
    content = {name: event[name] for name in HASHED}
    content["at"] = moment_text(content["at"])
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _is_text(value) -> bool:
    return (isinstance(value, str) and value != "") or (
        isinstance(value, list) and bool(value) and all(isinstance(line, str) for line in value))


def _side_apart(values, rows):
    """One side of an event with its titles and changed lines replaced by references (the text
    added to `rows`, without an owner)."""
    if not values or not any(_is_text(values.get(name)) for name in FIELDS):
        return values
    kept = dict(values)
    for name in FIELDS:
        if _is_text(values.get(name)):
            token = secrets.token_hex(16)
            rows.append({"token": token, "person_id": None, "value": values[name]})
            kept[name] = {"personal": token, "person": None}
    return kept


def _events_table() -> sa.TableClause:
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


def _rechained(batch, head: str, rows: list) -> tuple[str, list, list]:
    """A batch of events with the checklist's free text apart (added to `rows`), chained on from `head`:
    the new head, the events whose values changed, those whose links alone changed."""
    changed, linked = [], []
    for event in batch:
        sides = ({"old_values": _side_apart(event["old_values"], rows), "new_values": _side_apart(event["new_values"], rows)}
                 if event["entity"] == "checklist_item" else {})
        row = {**event, **sides, "previous_hash": head}
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


def convert(connection: sa.Connection) -> dict | None:
    """Move the checklist's free text out and chain the trail again; what was done (None: nothing)."""
    events = _events_table()
    if connection.execute(sa.select(events.c.id).where(events.c.entity == "checklist_item").limit(1)).first() is None:
        return None  # no offboarding was ever planned: nothing to read twice
    misfit = _first_misfit(connection, events)
    if misfit is not None:
        last = connection.execute(sa.select(events.c.hash).order_by(events.c.id.desc()).limit(1)).scalar()
        done = {"checklist_text_kept_inline": True, "first_event_not_in_chain": misfit}
        _record_conversion(connection, events, last, done)
        return done
    values = sa.table("personal_value", sa.column("token"), sa.column("person_id"), sa.column("value", sa.JSON))
    rewrite = events.update().where(events.c.id == sa.bindparam("event_id"))
    links = {"previous_hash": sa.bindparam("previous"), "hash": sa.bindparam("new_hash")}
    head, first, done = CHAIN_START, None, {"events_rewritten": 0, "events_relinked": 0, "free_text_values": 0}
    for batch in _batches(connection, events):
        rows = []
        head, changed, linked = _rechained(batch, head, rows)
        first = first or next(iter(sorted(changed + linked, key=lambda update: update["event_id"])), None)
        if rows:
            connection.execute(values.insert(), rows)
        if changed:
            connection.execute(rewrite.values(old_values=sa.bindparam("old"), new_values=sa.bindparam("new"),
                                              **links), changed)
        if linked:
            connection.execute(rewrite.values(**links), linked)
        for name, count in (("events_rewritten", changed), ("events_relinked", linked), ("free_text_values", rows)):
            done[name] += len(count)
    if first is None:  # nothing was inline: the trail and its chain stay as they were
        return None
    done.update(first_event_id=first["event_id"], its_former_hash=first["former_hash"])
    _record_conversion(connection, events, head, done)
    return done


def _record_conversion(connection: sa.Connection, events, head: str, done: dict) -> None:
    server = connection.dialect.name == "postgresql"
    # On a server the actor is the login (the actor trigger writes it; 0007): the hash covers it.
    actor = connection.execute(sa.text("SELECT session_user")).scalar_one() if server else "upgrade to schema 0022"
    event = {"at": datetime.now(timezone.utc), "actor": actor, "entity": "audit_event", "entity_id": 0,
             "action": ACTION, "account_id": None, "old_values": None, "new_values": done, "previous_hash": head}
    event["hash"] = event_hash(event)
    connection.execute(events.insert().values(event))


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    # The append-only rule, lifted for this one rewrite inside this transaction; on a server no
    # writer may add to the chain meanwhile.
    if sqlite:
        op.execute("DROP TRIGGER audit_event_no_update")
    else:
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    convert(connection)
    if sqlite:
        op.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                   f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
    else:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")


def downgrade() -> None:
    # The titles stay apart: putting them back would rewrite the trail a second time.
    pass
