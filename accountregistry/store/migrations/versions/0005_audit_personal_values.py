"""personal values apart from the audit trail

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

The audit trail refers to people by id: a person's own values recorded in it (their name,
email and title; a personal account's handle, address, display name, login email and notes)
move to the new table personal_value, keyed by the person, and the event keeps a reference
{"personal": token, "person": id} in their place; names copied beside an id (person_name,
successor_name) are dropped, as they are looked up by the id when the trail is shown. Erasing a
person then deletes their rows in personal_value and never changes an event.

This is the one time the existing events are rewritten, in this migration's transaction (the
registry was copied aside before it began). If the trail is hash-chained, the chain is computed
again over the rewritten events, in id order; an event of its own records that it was done.
The conversion is a frozen copy, as of this step; the hashing is the frozen trail_rewrite.event_hash.
"""
import secrets
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

from accountregistry.store.migrations.trail_rewrite import event_hash


revision = '0005'
down_revision = '0004'

PERSON_FIELDS = frozenset({"name", "work_email", "title"})
PERSONAL_ACCOUNT_FIELDS = frozenset({"handle", "url", "display_name", "login_email", "notes"})
EMPLOYEE_ROLE_FIELDS = frozenset({"display_name", "login_email"})
MATCHED_FIELDS = {"login_email": "work_email", "agreed_by_company": "name"}
NAME_COPIES = frozenset({"person_name", "successor_name"})
APPEND_ONLY = "the audit trail is append-only"
CHAIN_START = "0" * 64


def _apart(values, owner, fields, who, rows):
    if not values:
        return None
    kept = {}
    for name, value in values.items():
        if name in NAME_COPIES:
            continue
        if value not in (None, ""):
            person = owner if owner is not None and name in fields else None
            if person is None and name in MATCHED_FIELDS and isinstance(value, str):
                person = who[MATCHED_FIELDS[name]].get(value.lower() if name == "login_email" else value)
            if person is not None:
                token = secrets.token_hex(16)
                rows.append({"token": token, "person_id": person, "value": value})
                value = {"personal": token, "person": person}
        kept[name] = value
    return kept or None


def _owner(event, held):
    """Whose own values the event holds: the person's, or a personal or employee-role account's
    holder (as the account is now, or as the event says it was)."""
    if event["entity"] == "person":
        return event["entity_id"], PERSON_FIELDS
    if event["entity"] == "account":
        holder, kind = held.get(event["entity_id"], (None, None))
        for side in (event["old_values"], event["new_values"]):
            if side and side.get("kind") in ("personal", "employee_role") and isinstance(side.get("holder_id"), int):
                holder, kind = side["holder_id"], side["kind"]
        if holder is not None:
            return holder, PERSONAL_ACCOUNT_FIELDS if kind == "personal" else EMPLOYEE_ROLE_FIELDS
    return None, frozenset()


def _people(connection: sa.Connection) -> dict:
    """A person by work email, or by a name only they have."""
    person = sa.table("person", sa.column("id"), sa.column("name"), sa.column("work_email"))
    rows = connection.execute(sa.select(person.c.id, person.c.name, person.c.work_email)).all()
    names = {}
    for person_id, name, _ in rows:
        names[name] = None if name in names else person_id
    return {"work_email": {email: person_id for person_id, _, email in rows if email}, "name": names}


def _events_table(chained: bool) -> sa.TableClause:
    names = ["id", "actor", "entity", "entity_id", "action", "account_id"]
    if chained:
        names += ["previous_hash", "hash"]
    return sa.table("audit_event", *(sa.column(name) for name in names),
                    sa.column("at", sa.DateTime(timezone=True)), sa.column("old_values", sa.JSON),
                    sa.column("new_values", sa.JSON))


def _converted(event, held, who, rows) -> dict:
    """The event with its personal values apart (added to `rows`)."""
    owner, fields = _owner(event, held)
    return {**event, "old_values": _apart(event["old_values"], owner, fields, who, rows),
            "new_values": _apart(event["new_values"], owner, fields, who, rows)}


def _held_accounts(connection: sa.Connection) -> dict:
    """Personal and employee-role accounts by id: (holder, kind)."""
    account = sa.table("account", sa.column("id"), sa.column("kind"), sa.column("holder_id"))
    return {account_id: (holder, kind) for account_id, holder, kind in connection.execute(
        sa.select(account.c.id, account.c.holder_id, account.c.kind).where(
            account.c.kind.in_(("personal", "employee_role")), account.c.holder_id.is_not(None))).all()}


def convert(connection: sa.Connection, chained: bool) -> None:
    events = _events_table(chained)
    values = sa.table("personal_value", sa.column("token"), sa.column("person_id"), sa.column("value", sa.JSON))
    held, who = _held_accounts(connection), _people(connection)
    columns = ["old_values", "new_values"] + (["previous_hash", "hash"] if chained else [])
    head, updates, rows, seen = CHAIN_START, [], [], 0
    for event in connection.execute(sa.select(events).order_by(events.c.id)).mappings():
        seen += 1
        row = _converted(event, held, who, rows)
        if chained:  # the chain computed again over what the rows now hold
            row["previous_hash"] = head
            row["hash"] = head = event_hash(row)
        if any(row[name] != event[name] for name in columns):
            updates.append({"event_id": event["id"], **{name: row[name] for name in columns}})
    if rows:
        connection.execute(values.insert(), rows)
    if updates:
        connection.execute(events.update().where(events.c.id == sa.bindparam("event_id"))
                           .values({name: sa.bindparam(name) for name in columns}), updates)
    if seen:  # a new registry has nothing to convert and nothing to say
        _record_conversion(connection, events, len(updates), len(rows), head if chained else None)


def _record_conversion(connection: sa.Connection, events, rewritten: int, moved: int, head: str | None) -> None:
    done = {"at": datetime.now(timezone.utc), "actor": "upgrade to schema 0005", "entity": "audit_event",
            "entity_id": 0, "action": "separate_personal_values", "account_id": None, "old_values": None,
            "new_values": {"events_rewritten": rewritten, "personal_values": moved}}
    if head is not None:
        done["previous_hash"] = head
        done["hash"] = event_hash(done)
    connection.execute(events.insert().values(done))


def _is_chained(connection: sa.Connection) -> bool:
    return "hash" in {column["name"] for column in sa.inspect(connection).get_columns("audit_event")}


def upgrade() -> None:
    connection = op.get_bind()
    op.create_table('personal_value',
                    sa.Column('token', sa.String(length=32), nullable=False),
                    sa.Column('person_id', sa.Integer(), nullable=False),
                    sa.Column('value', sa.JSON(), nullable=False),
                    sa.PrimaryKeyConstraint('token', name=op.f('pk_personal_value')))
    with op.batch_alter_table('personal_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personal_value_person_id'), ['person_id'], unique=False)
    sqlite = connection.dialect.name == "sqlite"
    # The append-only rule, lifted for this one rewrite inside this transaction.
    if sqlite:
        op.execute("DROP TRIGGER audit_event_no_update")
    else:
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    convert(connection, _is_chained(connection))
    if sqlite:
        op.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                   f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
    else:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")


def downgrade() -> None:
    # The personal values stay apart: putting them back would rewrite the trail a second time.
    with op.batch_alter_table('personal_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_personal_value_person_id'))
    op.drop_table('personal_value')
