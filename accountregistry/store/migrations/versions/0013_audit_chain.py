"""audit chain

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08

Every audit event gets previous_hash and hash (services/audit.py explains the chain); the
events already recorded are chained in id order, as 0005 left them (personal values apart, in
personal_value) and with the actors 0007 had the server write. New triggers refuse
REPLACE/UPSERT (SQLite) and an insert that does not continue the chain (both engines; TRUNCATE
is refused on PostgreSQL since 0006). The trigger SQL is a frozen copy, as of this step, and
the hashing the frozen trail_rewrite.event_hash: later changes to the app do not change what
this step did.
"""
from alembic import op
import sqlalchemy as sa

from accountregistry.store.migrations.trail_rewrite import event_hash, events_table


revision = '0013'
down_revision = '0012'

CHAIN_START = "0" * 64
APPEND_ONLY = "the audit trail is append-only"
SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event "
    "WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id) "
    f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "CREATE TRIGGER audit_event_in_chain BEFORE INSERT ON audit_event "
    f"WHEN NEW.previous_hash IS NOT coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), '{CHAIN_START}') "
    "BEGIN SELECT RAISE(ABORT, 'an audit event must continue the chain'); END",
)
POSTGRESQL_CHAIN = (
    "CREATE FUNCTION audit_event_in_chain() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN PERFORM pg_advisory_xact_lock(280603412820); "
    "IF NEW.previous_hash IS DISTINCT FROM coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), "
    f"'{CHAIN_START}') THEN RAISE EXCEPTION 'an audit event must continue the chain' "
    "USING ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER audit_event_in_chain BEFORE INSERT ON audit_event FOR EACH ROW "
    "EXECUTE FUNCTION audit_event_in_chain()",
)


def chain_existing_events(connection: sa.Connection) -> None:
    events = events_table()
    head, updates = CHAIN_START, []
    for row in connection.execute(sa.select(events).order_by(events.c.id)).mappings():
        event = {**row, "previous_hash": head}
        head = event_hash(event)
        updates.append({"event_id": row["id"], "previous": event["previous_hash"], "hash": head})
    if updates:
        connection.execute(events.update().where(events.c.id == sa.bindparam("event_id"))
                           .values(previous_hash=sa.bindparam("previous"), hash=sa.bindparam("hash")), updates)


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER audit_event_no_update")
        op.execute("DROP TRIGGER audit_event_no_delete")
    else:
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    op.add_column('audit_event', sa.Column('previous_hash', sa.String(length=64), nullable=True))
    op.add_column('audit_event', sa.Column('hash', sa.String(length=64), nullable=True))
    chain_existing_events(connection)
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.alter_column('previous_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
    if sqlite:
        for trigger in SQLITE_TRIGGERS:  # the table was rebuilt without its triggers
            op.execute(trigger)
    else:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
        for statement in POSTGRESQL_CHAIN:
            op.execute(statement)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for name in ("no_update", "no_delete", "no_replace", "in_chain"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_event_{name}")
    else:
        op.execute("DROP TRIGGER audit_event_in_chain ON audit_event")
        op.execute("DROP FUNCTION audit_event_in_chain()")
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('previous_hash')
    if connection.dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                       f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
