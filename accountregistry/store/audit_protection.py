"""What protects the audit trail inside the database, and the check, at every open, that all of
it is still there and unaltered.

The migrations create these triggers (0001 the first two; on PostgreSQL 0006 the TRUNCATE one
and 0007 the server's actor; 0013_audit_chain the rest; each
migration keeps its own frozen copy of the SQL). A trigger dropped, disabled or replaced by a
harmless one of the same name is reported by name: opening the registry is then refused and
`accountregistry audit verify` says what else is wrong.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

APPEND_ONLY = "the audit trail is append-only"
CHAIN_START = "0" * 64  # the previous_hash of the first event
# pg_advisory_xact_lock key of the chain ("AUDIT" in ASCII): services/audit takes it before
# reading the chain's head, the chain trigger before checking it.
POSTGRESQL_CHAIN_LOCK = 0x4155444954

# SQLite: REPLACE deletes the row it replaces without firing DELETE triggers, so an insert of
# an id that exists is refused before SQLite gets that far (UPSERT's UPDATE is refused too).
SQLITE_TRIGGERS = {
    "audit_event_no_update": "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                             f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "audit_event_no_delete": "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
                             f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "audit_event_no_replace": "CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event "
                              "WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id) "
                              f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    "audit_event_in_chain": "CREATE TRIGGER audit_event_in_chain BEFORE INSERT ON audit_event "
                            "WHEN NEW.previous_hash IS NOT coalesce((SELECT hash FROM audit_event "
                            f"ORDER BY id DESC LIMIT 1), '{CHAIN_START}') "
                            "BEGIN SELECT RAISE(ABORT, 'an audit event must continue the chain'); END",
}

# PostgreSQL: the trigger functions' bodies, and the triggers (pg_get_triggerdef's wording).
POSTGRESQL_FUNCTIONS = {
    "audit_event_append_only": f"BEGIN RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'integrity_constraint_violation'; END",
    "audit_event_actor": "BEGIN NEW.actor := session_user; RETURN NEW; END",
    "audit_event_in_chain": (
        f"BEGIN PERFORM pg_advisory_xact_lock({POSTGRESQL_CHAIN_LOCK}); "
        "IF NEW.previous_hash IS DISTINCT FROM coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), "
        f"'{CHAIN_START}') THEN RAISE EXCEPTION 'an audit event must continue the chain' "
        "USING ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW; END"),
}
POSTGRESQL_TRIGGERS = {
    "audit_event_0_actor": "CREATE TRIGGER audit_event_0_actor BEFORE INSERT ON public.audit_event "
                           "FOR EACH ROW EXECUTE FUNCTION audit_event_actor()",
    "audit_event_append_only": "CREATE TRIGGER audit_event_append_only BEFORE DELETE OR UPDATE ON "
                               "public.audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "audit_event_no_truncate": "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON public.audit_event "
                               "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
    "audit_event_in_chain": "CREATE TRIGGER audit_event_in_chain BEFORE INSERT ON public.audit_event "
                            "FOR EACH ROW EXECUTE FUNCTION audit_event_in_chain()",
}


def _plain(sql: str | None) -> str:
    """SQL compared without regard to spacing, case of keywords or a trailing semicolon."""
    return re.sub(r"\s+", " ", (sql or "").strip().rstrip(";")).lower()


def missing_protection(connection: sa.Connection) -> list[str]:
    """The names of the protecting triggers that are missing, disabled or not as created."""
    if connection.dialect.name == "sqlite":
        found = dict(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'").all())
        return [name for name, sql in SQLITE_TRIGGERS.items() if _plain(found.get(name)) != _plain(sql)]
    if connection.dialect.name == "postgresql":
        return _missing_on_postgresql(connection)
    return []


def _missing_on_postgresql(connection: sa.Connection) -> list[str]:
    triggers = dict(connection.exec_driver_sql(
        "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
        "WHERE tgrelid = to_regclass('audit_event') AND NOT tgisinternal AND tgenabled <> 'D'").all())
    functions = dict(connection.exec_driver_sql(
        "SELECT proname, prosrc FROM pg_proc WHERE proname IN ('audit_event_append_only', 'audit_event_in_chain', "
        "'audit_event_actor') "
        "AND pronamespace = 'public'::regnamespace").all())
    missing = [name for name, sql in POSTGRESQL_TRIGGERS.items() if _plain(triggers.get(name)) != _plain(sql)]
    missing += [f"{name}()" for name, body in POSTGRESQL_FUNCTIONS.items()
                if _plain(functions.get(name)) != _plain(body)]
    return missing
