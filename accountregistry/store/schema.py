"""Schema versions: bring a database up to this program's schema, safely.

- A database written by a newer program is refused and left untouched, byte for byte: the
  check reads the file through a read-only connection before anything else opens it.
- Before an existing SQLite file is upgraded, a copy is taken with SQLite's backup API.
- Each migration step commits with its version bump (see migrations/env.py).
- Alembic is imported only to migrate: opening an up-to-date registry reads its revision with
  one SELECT and knows this program's revisions from the migration files' names
  (`NNNN_slug.py` holds revision "NNNN"; a test holds the names to Alembic's own chain).
- The models (SQLModel, pydantic, the ORM) are imported only to check that no table is missing:
  a quick read names the tables it reads instead (`reads=`), and opens without them.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa

from accountregistry.domain.errors import StoreError
from accountregistry.store.audit_protection import missing_protection
from accountregistry.store.safe_files import checked_target, filled_whole, remove_leftovers
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
    valid_actor,
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
    """(schema revision, whether the file has any tables), read without writing a byte and
    without leaving a file behind: a file nobody has open is read as immutable (a read-only
    connection would leave -wal and -shm files beside a WAL database). A rollback journal left by
    a program that stopped mid-change is rolled back first (recover_hot_journal)."""
    try:
        return _read_revision(path)
    except sqlite3.Error as error:
        if not _needs_rollback(error, path):
            raise _as_store_error(error, path) from None
    recover_hot_journal(path)
    try:
        return _read_revision(path)
    except sqlite3.Error as error:
        raise _as_store_error(error, path) from None


def _read_revision(path: Path) -> tuple[str | None, bool]:
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    untouched = "&immutable=1" if not any(companion.exists() for companion in companions) else ""
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro{untouched}", uri=True)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            return None, bool(names)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        connection.close()


def _needs_rollback(error: sqlite3.Error, path: Path) -> bool:
    name = getattr(error, "sqlite_errorname", None)
    if name is not None:
        return name == "SQLITE_READONLY_ROLLBACK"
    return path.with_name(path.name + "-journal").exists() and "readonly" in str(error).lower()  # Python 3.10


def _as_store_error(error: sqlite3.Error, path: Path) -> BaseException:
    try:
        with environment_errors(None, str(path)):
            raise error
    except BaseException as mapped:  # a StoreError with a sentence, or the error itself (a bug)
        return mapped


def recover_hot_journal(path: Path) -> None:
    """A program that stopped in the middle of a change left its rollback journal beside the
    file; SQLite rolls it back when the file is next opened for writing. Do that once (the
    change was never committed: the file goes back to what it held before); if the file or its
    folder cannot be written, say what the journal is instead of "read-only"."""
    journal = path.with_name(path.name + "-journal")
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        raise StoreError("hot_journal", path=str(path), journal=journal.name) from None


def refuse_unknown_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError("newer_schema", where=where, revision=revision)


def check_integrity(path: Path) -> None:
    """Refuse a damaged file before it is copied or migrated (SQLite's quick_check, read-only)."""
    with environment_errors(None, str(path)):
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            answers = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        finally:
            connection.close()
    if answers != ["ok"]:
        detail = " ".join("; ".join(answers[:2]).split())  # one line, whatever SQLite wrote
        raise StoreError("integrity_failed", where=str(path), detail=detail[:300], engine_code="SQLITE_CORRUPT")


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (WAL included), written whole or not at all, to a
    new file; a damaged database is refused, not copied."""
    try:
        return _backup_sqlite(source, target)
    except StoreError as error:
        if error.code != "file_exists":
            raise
        raise StoreError("backup_exists", path=error.params["path"]) from None


def _backup_sqlite(source: Path, target: Path) -> Path:
    target = checked_target(target, overwrite=False)
    if target == source:
        raise StoreError("backup_onto_itself")
    check_integrity(source)
    with filled_whole(target, overwrite=False) as partial, environment_errors(None, str(target)):
        source_connection = sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True)
        try:
            target_connection = sqlite3.connect(partial)
            try:
                target_connection.execute("PRAGMA journal_mode=OFF")  # a half copy is thrown away whole
                source_connection.backup(target_connection)
            finally:
                target_connection.close()
        finally:
            source_connection.close()
    return target


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    prefix = path.with_name(f"{path.name}.before-upgrade-")
    remove_leftovers(prefix, any_suffix=True)  # of an upgrade killed while it copied the file
    name = f"{prefix.name}{revision or 'unversioned'}-{stamp}"
    # An upgrade run again within the same second (after one was killed) keeps both copies.
    target = next(candidate for n in itertools.count(1)
                  if not (candidate := prefix.with_name(f"{name}.bak" if n == 1 else f"{name}-{n}.bak")).exists())
    return backup_sqlite(path, target)


def refuse_damaged_registry(db: Database, *, check_audit: bool, tables: Iterable[str] | None = None) -> None:
    """Refuse a registry that lost a table (dropped by another program: every command would end
    in a traceback) or, with check_audit, a protecting trigger of its audit trail. `tables`: the
    ones a quick read needs; by default every table the models declare."""
    if tables is None:
        from accountregistry.store.models import SQLModel

        tables = SQLModel.metadata.tables
    with db.engine.connect() as connection:
        present = set(sa.inspect(connection).get_table_names())
        missing_tables = sorted(set(tables) - present) or _missing_rows(connection, tables)
        if missing_tables:
            raise StoreError("registry_incomplete", where=db.describe(), missing=missing_tables)
        missing_triggers = missing_protection(connection) if check_audit else []
    if missing_triggers:
        raise StoreError("audit_unprotected", where=db.describe(), triggers=missing_triggers)


SINGLE_ROWS = ("organisation_settings",)  # tables the registry needs exactly one row of (id 1, made by 0001)


def _missing_rows(connection: sa.Connection, tables: Iterable[str]) -> list[str]:
    """The single-row tables among `tables` whose row was deleted by another program."""
    return [table for table in SINGLE_ROWS if table in tables
            and connection.execute(sa.text(f"SELECT 1 FROM {table} WHERE id = 1")).first() is None]


def refuse_read_only_folder(path: Path) -> None:
    """The registry's journal (-wal, -shm) lives beside it: in a folder the user cannot write to,
    SQLite would report the file itself as read-only."""
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    if not os.access(path.parent, os.W_OK) and not all(companion.exists() for companion in companions):
        raise StoreError("folder_read_only_database", folder=str(path.parent), path=str(path))


def _prepare_sqlite_file(path: Path, *, create: bool, upgrade: bool, check_file: bool) -> Path | None:
    """Before SQLite opens `path`: refuse what is not this program's registry (or, with create
    False, no registry yet), check it whole with check_file, and copy it aside before its schema
    is upgraded (returns that copy). A new file is created readable by its owner only."""
    if not check_sqlite_file(path):
        if not create and path.exists():  # zero bytes: reading it must not make it a registry
            raise StoreError("empty_file", path=str(path))
        if not create:
            raise StoreError("database_missing", path=path)
        create_private_file(path)
        return None
    refuse_read_only_folder(path)
    revision, has_tables = sqlite_revision(path)
    if check_file:
        check_integrity(path)
    refuse_unknown_revision(revision, str(path))
    if revision is None and has_tables:
        raise StoreError("foreign_database", path=path)
    if not create and not has_tables:
        raise StoreError("empty_file", path=str(path))
    if upgrade and revision != head_revision() and revision is not None:
        return backup_before_upgrade(path, revision)
    return None


def open_database(location: str | os.PathLike | None = None, *, upgrade: bool = True, create: bool = True,
                  actor: str | None = None, wait_seconds: float | None = None,
                  migrate_server: bool = False, check_audit: bool = True, check_file: bool = False,
                  reads: Iterable[str] | None = None) -> Database:
    """Open the registry at `location` and bring its schema up to date.

    With create=False a missing file is an error (commands that only read must not make an
    empty registry out of a mistyped path). `wait_seconds`: how long a writer waits for
    another to finish (store.database.lock_wait). A server's schema is upgraded only with
    migrate_server=True (the `migrate` command; see store/server.py). A registry whose audit
    trail lost any of its protecting triggers is refused, unless check_audit is False (`audit
    verify` looks at it). With check_file, an SQLite file is first checked whole (PRAGMA
    quick_check): `migrate`. `reads`: the only tables the caller reads (a light command on
    `Database.connection`); only they are checked present, and the models are not loaded.
    Raises StoreError with a sentence for anything the environment caused.
    """
    actor = valid_actor(actor or current_actor())
    url, path = resolve_location(location)
    backup = _prepare_sqlite_file(path, create=create, upgrade=upgrade, check_file=check_file) if path is not None else None
    wait_seconds = lock_wait(wait_seconds)
    engine = create_engine(url, wait_seconds=wait_seconds)
    db = Database(engine=engine, path=path, actor=actor, backup_before_upgrade=backup, wait_seconds=wait_seconds)
    try:
        with environment_errors(db):
            if path is None:
                _open_server(db, create=create, migrate=upgrade and migrate_server)
                refuse_damaged_registry(db, check_audit=check_audit, tables=reads)
                return db
            with engine.connect() as connection:
                revision = stored_revision(connection)
            refuse_unknown_revision(revision, db.describe())
            if revision != head_revision():
                if not upgrade:
                    raise StoreError("needs_upgrade", where=db.describe())
                migrate(db)
            refuse_damaged_registry(db, check_audit=check_audit, tables=reads)
    except BaseException:
        engine.dispose()
        raise
    return db


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
