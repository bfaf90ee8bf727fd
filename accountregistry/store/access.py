"""Least privilege on a shared PostgreSQL server: three group roles and what each may do.

    registry_reader   read every table (the window, reports, export)
    registry_editor   a reader who also registers and edits accounts, people, handover terms,
                      reviews and offboarding: INSERT and UPDATE on those tables, and only
                      INSERT on the audit trail (no UPDATE, DELETE or TRUNCATE: it is evidence)
    registry_owner    owns every table, sequence and trigger function: runs migrations, changes
                      the organisation's settings, grants and revokes access

`setup_access` (run once by whoever owns the database) creates the roles and hands the schema to
registry_owner, so the logins of editors and readers can neither drop nor alter a table, nor
disable the audit trail's triggers. Logins get a role with `grant_access` and lose it with
`revoke_access`. The group roles belong to the whole server (PostgreSQL's roles are not per
database); the privileges are granted in this database only.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from accountregistry.domain.errors import NotFound, StoreError
from accountregistry.store.database import Database, environment_errors

ROLES = {"reader": "registry_reader", "editor": "registry_editor", "owner": "registry_owner"}
# What editors write; everything else they only read (settings, the schema's version) or only
# append to (the audit trail).
EDITED_TABLES = ("person", "account", "account_role", "handover_terms", "offboarding_case", "checklist_item",
                 "consent_record", "policy_version", "policy_text", "policy_acknowledgement", "agreement",
                 "agreement_item", "attachment")
APPEND_ONLY_TABLES = ("audit_event",)
# A person's own values the trail refers to (services/personal_values.py): written with each event,
# deleted when the person is anonymised; free text kept there has their name replaced then.
PERSONAL_TABLES = ("personal_value",)
TRIGGER_FUNCTIONS = ("audit_event_append_only()", "audit_event_actor()")


def setup_access(db: Database) -> None:
    """Create the three roles (where the server has none yet), make registry_owner the owner of
    the schema, and grant each role its privileges. Running it again changes nothing."""
    _require_server(db)
    with environment_errors(db), db.engine.begin() as connection:
        quote = connection.dialect.identifier_preparer.quote
        for role in ROLES.values():
            connection.exec_driver_sql(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
                f"CREATE ROLE {role} NOLOGIN; END IF; END $$")
        connection.exec_driver_sql(f"GRANT {ROLES['reader']} TO {ROLES['editor']}")
        connection.exec_driver_sql(f"GRANT {ROLES['editor']} TO {ROLES['owner']}")
        # Whoever sets up keeps the owner's rights (and needs them to hand the tables over).
        connection.exec_driver_sql(f"GRANT {ROLES['owner']} TO {quote(_login(connection))}")
        # An owner of tables must be allowed to create in their schema (PostgreSQL 15 allows only
        # the database's owner by default).
        connection.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {ROLES['owner']}")
        for table in sa.inspect(connection).get_table_names():
            connection.exec_driver_sql(f"ALTER TABLE {quote(table)} OWNER TO {ROLES['owner']}")
        for function in TRIGGER_FUNCTIONS:
            if _function_exists(connection, function):
                connection.exec_driver_sql(f"ALTER FUNCTION {function} OWNER TO {ROLES['owner']}")
        grant_privileges(connection)


def grant_privileges(connection: sa.Connection) -> None:
    """Each role's privileges on every table and sequence there is now (again after a
    migration, which may have added some)."""
    reader, editor = ROLES["reader"], ROLES["editor"]
    database = connection.dialect.identifier_preparer.quote(connection.engine.url.database)
    connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {reader}")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {reader}")
    connection.exec_driver_sql("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
    connection.exec_driver_sql(f"GRANT INSERT, UPDATE ON {', '.join(EDITED_TABLES)} TO {editor}")
    connection.exec_driver_sql(f"GRANT INSERT ON {', '.join(APPEND_ONLY_TABLES)} TO {editor}")
    connection.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(PERSONAL_TABLES)} TO {editor}")
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {editor}")


def is_set_up(connection: sa.Connection) -> bool:
    """Whether `setup_access` has run on this database: its tables belong to the owner role."""
    return connection.exec_driver_sql(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'account'"
    ).scalar() == ROLES["owner"]


def is_owner(connection: sa.Connection) -> bool:
    return bool(connection.execute(sa.text("SELECT pg_has_role(session_user, :role, 'MEMBER')"),
                                   {"role": ROLES["owner"]}).scalar())


def grant_access(db: Database, login: str, role: str) -> None:
    _change_membership(db, "GRANT {role} TO {login}", login, role)


def revoke_access(db: Database, login: str, role: str) -> None:
    _change_membership(db, "REVOKE {role} FROM {login}", login, role)


def _change_membership(db: Database, statement: str, login: str, role: str) -> None:
    _require_server(db)
    with environment_errors(db), db.engine.begin() as connection:
        if not is_set_up(connection):
            raise StoreError("access_not_set_up", where=db.describe())
        if not connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :login"),
                                  {"login": login}).scalar():
            raise NotFound("login_not_found", login=login)
        quote = connection.dialect.identifier_preparer.quote
        connection.exec_driver_sql(statement.format(role=ROLES[role], login=quote(login)))


# What a login may do, by the least of the roles that may do it: the one place the window (and
# anything else) asks. Anonymising erases: it deletes a person's personal accounts with their
# roles, terms and consent records, which only the owner's role may delete.
ROLE_RANKS = ("reader", "editor", "owner")
NEEDS = {
    "read": "reader",  # read, search, export
    "edit": "editor",  # register and edit accounts, people, terms, reviews, offboarding, consent; import
    "anonymise": "owner",
    "change_settings": "owner",  # the organisation's settings
    "manage_access": "owner",
}


@dataclass(frozen=True)
class Permissions:
    """The role a login has in a registry ("reader", "editor" or "owner") and what it may do."""

    role: str = "owner"

    def may(self, action: str) -> bool:
        return ROLE_RANKS.index(self.role) >= ROLE_RANKS.index(NEEDS[action])


def permissions(db: Database) -> Permissions:
    """The login's role: on a shared server the highest of the three group roles it is a member
    of (where `access setup` has not run: owner for the tables' owner, else what its privileges
    allow); on SQLite always owner, the file's permissions decide."""
    if db.is_sqlite:
        return Permissions()
    with environment_errors(db), db.engine.connect() as connection:
        if is_set_up(connection):
            held = [name for name, role in ROLES.items() if connection.execute(
                sa.text("SELECT pg_has_role(session_user, :role, 'MEMBER')"), {"role": role}).scalar()]
        else:
            held = ["reader"]
            if connection.exec_driver_sql("SELECT has_table_privilege('account', 'UPDATE')").scalar():
                held.append("editor")
            if connection.exec_driver_sql("SELECT tableowner = session_user FROM pg_tables "
                                          "WHERE schemaname = current_schema() AND tablename = 'account'").scalar():
                held.append("owner")
    return Permissions(max(held, key=ROLE_RANKS.index, default="reader"))


def _require_server(db: Database) -> None:
    if db.is_sqlite:
        raise StoreError("access_needs_server", where=db.describe())


def _login(connection: sa.Connection) -> str:
    return connection.exec_driver_sql("SELECT session_user").scalar()


def _function_exists(connection: sa.Connection, signature: str) -> bool:
    return connection.execute(sa.text("SELECT to_regprocedure(:f) IS NOT NULL"), {"f": signature}).scalar()
