"""server vouches for the audit actor

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

On PostgreSQL the audit trail names the database login that wrote each event, whatever the
program sent: a trigger sets `actor` to session_user (which SET ROLE cannot change), so neither
ACCOUNTREGISTRY_ACTOR nor a modified client can write another name. Only the table's owner
could disable the trigger; with `accountregistry access setup` that is the registry_owner
role, which editors are not. On SQLite the operating-system user stays the actor.
"""
from alembic import op


revision = '0007'
down_revision = '0006'


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE FUNCTION audit_event_actor() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN NEW.actor := session_user; RETURN NEW; END $$")
    # Named to fire before any other BEFORE INSERT trigger (PostgreSQL fires them by name), so
    # whatever else looks at the new event sees the server's actor.
    op.execute("CREATE TRIGGER audit_event_0_actor BEFORE INSERT ON audit_event "
               "FOR EACH ROW EXECUTE FUNCTION audit_event_actor()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER audit_event_0_actor ON audit_event")
    op.execute("DROP FUNCTION audit_event_actor()")
