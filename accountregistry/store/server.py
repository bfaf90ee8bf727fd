"""Opening a registry on a shared PostgreSQL server: what differs from an SQLite file
(store/schema.py's open_database decides with these).

- A database that holds another program's tables is refused, by every command, even one that
  only reads: nothing is ever created beside those tables.
- The schema is never upgraded implicitly at a connection: only `accountregistry migrate`
  does (run by the database's owner), after a logical backup with pg_dump when pg_dump is on
  the PATH. Everyone else is told to ask the owner.
- The first use of an empty database creates the schema in one transaction under an advisory
  lock, so two clients meeting it at the same moment create it once and both go on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
import sqlalchemy as sa

from accountregistry import APP_NAME
from accountregistry.domain.errors import StoreError
from accountregistry.store import access
from accountregistry.store.database import Database
from accountregistry.store.server_errors import refuse_old_server

# Every Account Registry client takes this advisory lock before it creates or upgrades a schema
# (any constant works, as long as all versions of the program use the same one).
SCHEMA_LOCK = 7_419_203_611


@dataclass(frozen=True)
class ServerState:
    """What a server database holds, as far as opening it is concerned."""

    tables: frozenset[str]
    login: str

    @property
    def empty(self) -> bool:
        return not self.tables

    def is_registry(self, version_table: str) -> bool:
        # A version table alone could be another program's (Alembic is common); ours has the
        # audit trail beside it.
        return version_table in self.tables and "audit_event" in self.tables


def server_state(connection: sa.Connection) -> ServerState:
    refuse_old_server(connection.dialect.server_version_info, connection.engine.url.render_as_string())
    return ServerState(frozenset(sa.inspect(connection).get_table_names()),
                       connection.exec_driver_sql("SELECT session_user").scalar())


def take_schema_lock(connection: sa.Connection) -> None:
    """Wait for any other client creating or upgrading this database's schema; held until the
    transaction ends."""
    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})


def refuse_an_editors_upgrade(db: Database) -> None:
    with db.engine.connect() as connection:
        if access.is_set_up(connection) and not access.is_owner(connection):
            raise StoreError("server_migrate_needs_owner", where=db.describe())


def as_owner_role(connection: sa.Connection) -> bool:
    """Where access is set up, run what follows as the owner role (so new tables belong to it;
    a login that is not an owner is refused here, before any change). Returns whether it did."""
    if not access.is_set_up(connection):
        return False
    connection.exec_driver_sql(f"SET LOCAL ROLE {access.ROLES['owner']}")
    return True


def backup_folder() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "server backups"


def dump_before_upgrade(db: Database, revision: str | None) -> Path | None:
    """A logical backup of the whole database with pg_dump, before its schema is upgraded.
    None when pg_dump is not on the PATH (the caller says so); refused when pg_dump fails."""
    program = shutil.which("pg_dump")
    if program is None:
        return None
    url = db.engine.url
    folder = backup_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{url.database}-before-upgrade-{revision}-{stamp}.dump"
    # Readable by its owner only (it holds the whole registry); pg_dump writes into it.
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    result = subprocess.run([program, "--format=custom", "--no-password", "--file", str(target)],
                            env=os.environ | libpq_environment(url), capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        target.unlink(missing_ok=True)
        detail = next((line for line in result.stderr.splitlines() if line.strip()), "no output")
        raise StoreError("server_backup_failed", where=db.describe(), detail=detail.removeprefix("pg_dump: "))
    return target


def libpq_environment(url: sa.URL) -> dict[str, str]:
    """The connection as libpq's environment variables, so that no password is ever on a
    command line (where other users could read it)."""
    names = {"PGHOST": url.host, "PGPORT": url.port, "PGUSER": url.username, "PGDATABASE": url.database,
             "PGPASSWORD": url.password, "PGSSLMODE": url.query.get("sslmode")}
    return {name: str(value) for name, value in names.items() if value}
