"""change notifications

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

On PostgreSQL every committed change tells the windows open on the registry at once (issue 11's
live updates): a trigger on each table sends NOTIFY on the channel `registry_changes` with the
table's name, once per statement (PostgreSQL sends one per transaction for equal ones, and only
when it commits). A window LISTENs on a connection of its own instead of asking every second
(services/changes.ChangeWatcher). On SQLite the window watches PRAGMA data_version.

A later migration that adds a table adds its trigger with `notify_changes(table)`; a test
checks that every table has one (tests/store/test_change_notifications.py).
"""
from alembic import op


revision = '0014'
down_revision = '0013'

CHANNEL = "registry_changes"
TABLES = ("account", "account_role", "agreement", "agreement_item", "attachment", "audit_event", "checklist_item",
          "consent_record", "handover_terms", "offboarding_case", "organisation_settings", "person",
          "personal_value", "policy_acknowledgement", "policy_text", "policy_version")


def notify_changes(table: str) -> None:
    op.execute(f"CREATE TRIGGER {table}_notify_changes AFTER INSERT OR UPDATE OR DELETE ON {table} "
               "FOR EACH STATEMENT EXECUTE FUNCTION registry_changed()")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE FUNCTION registry_changed() RETURNS trigger LANGUAGE plpgsql AS "
               f"$$ BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$")
    for table in TABLES:
        notify_changes(table)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER {table}_notify_changes ON {table}")
    op.execute("DROP FUNCTION registry_changed()")
