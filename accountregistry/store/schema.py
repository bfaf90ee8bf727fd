"""Schema versions: bring a database up to this program's schema, safely.

- A database written by a newer program is refused and left untouched, byte for byte: the
  check reads the file through a read-only connection before anything else opens it.
- Before an existing SQLite file is upgraded, a copy is taken with SQLite's backup API.
- Each migration step commits with its version bump (see migrations/env.py).
- Alembic is imported only to migrate: opening an up-to-date registry reads its revision with
  one SELECT and knows this program's revisions from the migration files' names
  (`NNNN_slug.py` holds revision "NNNN"; a test holds the names to Alembic's own chain).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa

from accountregistry.domain.errors import StoreError
from accountregistry.store.database import (
    WRITING,
    Database,
    check_sqlite_file,
    create_engine,
    create_private_file,
    current_actor,
    environment_errors,
    lock_wait,
    resolve_location,
)

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"(\d{4})_\w+\.py")
VERSION_TABLE = "alembic_version"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def known_revisions() -> set[str]:
    """This program's schema revisions, from the migration files' names (NNNN_slug.py)."""
    return {match[1] for path in (MIGRATIONS / "versions").iterdir()
            if (match := _REVISION_FILE.fullmatch(path.name))}


def head_revision() -> str:
    """The newest revision: numbered in order, each revising the one before."""
    return max(known_revisions())


def stored_revision(connection: sa.Connection) -> str | None:
    """The revision a database's schema is at; None for a database without one (a new file)."""
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """(schema revision, whether the file has any tables), read without writing a byte."""
    uri = f"file:{quote(str(path))}?mode=ro"
    with environment_errors(None, str(path)):
        connection = sqlite3.connect(uri, uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                return None, bool(names)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), True
        finally:
            connection.close()


def refuse_unknown_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError("newer_schema", where=where, revision=revision)


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (WAL included), written whole or not at all."""
    target = target.expanduser().absolute()
    if target == source:
        raise StoreError("backup_onto_itself")
    if target.exists():
        raise StoreError("backup_exists", path=target)
    if not target.parent.is_dir():
        raise StoreError("folder_missing", folder=target.parent)
    partial = target.with_name(f".{target.name}.partial")
    with environment_errors(None, str(target)):
        create_private_file(partial)
        source_connection = sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True)
        try:
            target_connection = sqlite3.connect(partial)
            try:
                source_connection.backup(target_connection)
            finally:
                target_connection.close()
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        finally:
            source_connection.close()
    os.replace(partial, target)
    return target


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_sqlite(path, path.with_name(f"{path.name}.before-upgrade-{revision or 'unversioned'}-{stamp}.bak"))


def open_database(location: str | os.PathLike | None = None, *, upgrade: bool = True, create: bool = True,
                  actor: str | None = None, wait_seconds: float | None = None,
                  migrate_server: bool = False) -> Database:
    """Open the registry at `location` and bring its schema up to date.

    With create=False a missing file is an error (commands that only read must not make an
    empty registry out of a mistyped path). `wait_seconds`: how long a writer waits for
    another to finish (store.database.lock_wait). A server's schema is upgraded only with
    migrate_server=True (the `migrate` command; see store/server.py). Raises StoreError with a
    sentence for anything the environment caused.
    """
    url, path = resolve_location(location)
    backup = _prepare_file(path, upgrade=upgrade, create=create) if path is not None else None
    wait_seconds = lock_wait(wait_seconds)
    engine = create_engine(url, wait_seconds=wait_seconds)
    db = Database(engine=engine, path=path, actor=actor or current_actor(), backup_before_upgrade=backup,
                  wait_seconds=wait_seconds)
    try:
        with environment_errors(db):
            if path is None:
                _open_server(db, create=create, migrate=upgrade and migrate_server)
                return db
            with engine.connect() as connection:
                revision = stored_revision(connection)
            refuse_unknown_revision(revision, db.describe())
            if revision != head_revision():
                if not upgrade:
                    raise StoreError("needs_upgrade", where=db.describe())
                migrate(db)
    except BaseException:
        engine.dispose()
        raise
    return db


def _prepare_file(path: Path, *, upgrade: bool, create: bool) -> Path | None:
    """Check an SQLite file before anything opens it; create it (owner-only) where allowed.
    Returns where the file was copied before an upgrade, if it will be upgraded."""
    has_content = check_sqlite_file(path)
    if has_content:
        revision, has_tables = sqlite_revision(path)
        refuse_unknown_revision(revision, str(path))
        if revision is None and has_tables:
            raise StoreError("foreign_database", path=path)
        if upgrade and revision != head_revision() and revision is not None:
            return backup_before_upgrade(path, revision)
    elif not create and not path.exists():
        raise StoreError("database_missing", path=path)
    else:
        create_private_file(path)
    return None


def _open_server(db: Database, *, create: bool, migrate: bool) -> None:
    """A server database: refused when another program's, given the schema at its first use
    (create), upgraded only by `migrate` (see store/server.py)."""
    from accountregistry.store import server

    where = db.describe()
    with db.engine.connect() as connection:
        state = server.server_state(connection)
        revision = stored_revision(connection) if state.is_registry(VERSION_TABLE) else None
    # The server writes its login into every audit event (migration 0007); the program names the
    # same actor, so what it shows and what the audit chain covers agree.
    db.actor = state.login
    if state.empty:
        if not create:
            raise StoreError("server_no_registry", where=where)
    elif not state.is_registry(VERSION_TABLE):
        raise StoreError("server_not_a_registry", where=where)
    else:
        refuse_unknown_revision(revision, where)
        if revision == head_revision():
            return
        if not migrate:
            raise StoreError("server_needs_migrate", where=where, revision=revision, head=head_revision())
        server.refuse_an_editors_upgrade(db)
        db.backup_before_upgrade = server.dump_before_upgrade(db, revision)
    _upgrade_server(db, creating=state.empty)
    db.upgraded_from = None if state.empty else revision


def _upgrade_server(db: Database, *, creating: bool) -> None:
    """Create or upgrade the schema in one transaction under the schema lock; whoever got the
    lock first has done the work when the next one looks again."""
    from accountregistry.store import access, server

    with db.engine.connect() as connection:
        server.take_schema_lock(connection)
        if stored_revision(connection) == head_revision():
            connection.rollback()  # someone else did it meanwhile
            return
        if creating and sa.inspect(connection).get_table_names():
            connection.rollback()
            raise StoreError("server_not_a_registry", where=db.describe())
        managed = not creating and server.as_owner_role(connection)
        upgrade_schema(connection)
        if managed:
            access.grant_privileges(connection)
        connection.commit()


@contextmanager
def opened(location: str | os.PathLike | None = None, **options) -> Iterator[Database]:
    """open_database for the length of a block: the pool is closed however the block ends."""
    db = open_database(location, **options)
    try:
        yield db
    finally:
        db.close()


def migrate(db: Database) -> None:
    with db.engine.connect().execution_options(**{WRITING: True}) as connection:
        upgrade_schema(connection)
        connection.commit()


def upgrade_schema(connection: sa.Connection) -> None:
    """Run this program's migrations on `connection` (in its transaction, if it has one)."""
    from alembic.command import upgrade as alembic_upgrade

    config = alembic_config()
    config.attributes["connection"] = connection
    alembic_upgrade(config, "head")


def current_revision(db: Database) -> str | None:
    with environment_errors(db), db.engine.connect() as connection:
        return stored_revision(connection)
