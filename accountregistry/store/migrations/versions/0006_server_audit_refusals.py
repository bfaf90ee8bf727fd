"""server audit refusals

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

On PostgreSQL the append-only trigger of 0001 raised a plain exception, which the program
could not tell from a bug, and TRUNCATE (which fires no row trigger) emptied the trail. Now
both UPDATE/DELETE and TRUNCATE are refused as broken integrity constraints (SQLSTATE 23000),
as SQLite's RAISE(ABORT) already is. SQLite has no TRUNCATE: nothing changes there.
"""
from alembic import op


revision = '0006'
down_revision = '0005'


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only' "
               "USING ERRCODE = 'integrity_constraint_violation'; END $$")
    op.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
               "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER audit_event_no_truncate ON audit_event")
    op.execute("CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$")
