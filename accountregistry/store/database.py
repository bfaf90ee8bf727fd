"""Opening the registry's database: where it is, how every connection is set up, and what
the user is told when the file or server cannot be used.

A path means an SQLite file (the default, in the user's data folder); anything with "://"
is an SQLAlchemy URL (e.g. a shared PostgreSQL server).

SQLModel and SQLAlchemy's ORM are imported when a session is first made: a quick command that
reads on a plain connection (`Database.connection`) never loads them.
"""

from __future__ import annotations

import functools
import getpass
import os
import random
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
import sqlalchemy as sa
from sqlalchemy import event

from accountregistry import APP_NAME, DB_ENV
from accountregistry.domain.errors import Conflict, Label, StoreError, ValidationError
from accountregistry.domain.hidden_characters import is_control, is_hidden
from accountregistry.store import writer_queue

if TYPE_CHECKING:
    from sqlmodel import Session

ACTOR_ENV = "ACCOUNTREGISTRY_ACTOR"
# Seconds a writer waits for another writer to finish before it is refused; for scripts.
LOCK_WAIT_ENV = "ACCOUNTREGISTRY_LOCK_WAIT"
DEFAULT_LOCK_WAIT = 10.0  # a person accepts a short pause rather than a refusal
MAX_LOCK_WAIT = 24 * 60 * 60.0
DEFAULT_FILENAME = "registry.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
# Execution option that makes SQLite begin with the write lock (see _begin).
WRITING = "accountregistry_writing"
# A server gives up one of two transactions that got in each other's way (serialisation
# failure, deadlock: store/server_errors calls both this); unit_of_work runs it again, this
# many times in all, before the refusal reaches the user.
SERVER_CONFLICT = "server_write_conflict"
SERVER_ATTEMPTS = 5


def default_location() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILENAME


def resolve_location(location: str | os.PathLike | None) -> tuple[sa.URL, Path | None]:
    """The URL to connect to and, for an SQLite file, its path.

    Order: the explicit option, then the environment variable, then the user's data folder.
    """
    text = os.fspath(location) if location is not None else os.environ.get(DB_ENV, "").strip() or None
    if text is None:
        path = default_location()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return sa.URL.create("sqlite", database=str(path)), path
    if "://" in text:
        try:
            url = sa.make_url(text)
        except (sa.exc.ArgumentError, ValueError):
            raise StoreError("not_a_database_address", address=_redact(text)) from None
        url = _with_our_driver(url)
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise StoreError("in_memory_database")
            return url, Path(url.database).expanduser().absolute()
        return url, None
    path = Path(text).expanduser().absolute()
    return sa.URL.create("sqlite", database=str(path)), path


# A user writes postgresql://user@host/registry; SQLAlchemy would pick psycopg2 for that, but
# the driver we declare and bundle is psycopg 3.
_DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def _with_our_driver(url: sa.URL) -> sa.URL:
    return url.set(drivername=_DEFAULT_DRIVERS.get(url.drivername, url.drivername))


def _redact(text: str) -> str:
    """A URL without its password, for messages."""
    try:
        return sa.make_url(text).render_as_string(hide_password=True)
    except Exception:
        return "the given address"


MAX_ACTOR_LENGTH = 200  # AuditEvent.actor


def current_actor() -> str:
    """Who the audit trail names: the configured actor, else the operating-system user."""
    configured = os.environ.get(ACTOR_ENV, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no user name in a bare container: still audit, with a plain marker
        return "unknown user"


def valid_actor(actor: str) -> str:
    """Refuse an actor the trail cannot hold as one plain line (a forged second line, a name
    longer than the column)."""
    if len(actor) > MAX_ACTOR_LENGTH:
        raise ValidationError(field="actor", code="actor_too_long", length=len(actor), limit=MAX_ACTOR_LENGTH,
                              variable=ACTOR_ENV)
    if any(is_control(c) or is_hidden(c) for c in actor):
        raise ValidationError(field="actor", code="actor_unprintable", variable=ACTOR_ENV)
    return actor


def lock_wait(seconds: float | None = None) -> float:
    """How long a writer waits for the write lock: the given seconds, else $ACCOUNTREGISTRY_LOCK_WAIT,
    else DEFAULT_LOCK_WAIT."""
    if seconds is not None:
        return seconds
    configured = os.environ.get(LOCK_WAIT_ENV, "").strip()
    if not configured:
        return DEFAULT_LOCK_WAIT
    try:
        value = float(configured)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_LOCK_WAIT:  # also refuses nan
        raise StoreError("lock_wait_invalid", variable=LOCK_WAIT_ENV, value=configured[:40],
                         high=int(MAX_LOCK_WAIT))
    return value


def check_sqlite_file(path: Path) -> bool:
    """Refuse, before any connection, a path SQLite would fail on or silently damage.

    Returns whether the file already exists with content.
    """
    if path.is_dir():
        raise StoreError("path_is_folder", path=path)
    if not path.parent.is_dir():
        raise StoreError("folder_missing", folder=path.parent)
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise StoreError("folder_read_only", path=path)
        return False
    if not os.access(path, os.R_OK):
        raise StoreError("file_unreadable", path=path)
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if not header:
        return False
    if header != SQLITE_HEADER:
        raise StoreError("not_a_registry", where=path)
    return True


def create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite creates it with the umask."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as error:
        raise StoreError("file_uncreatable", path=path, reason=error) from None
    os.close(descriptor)


def _sqlite_pragmas(wait_seconds: float):
    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself (see _begin) so that DDL in migrations is transactional
        # too; pysqlite would otherwise commit silently before every CREATE/ALTER.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # WAL: readers never block the writer, and a crash mid-write loses nothing committed.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(wait_seconds * 1000)}")
            cursor.execute("PRAGMA synchronous=FULL")
            # Deleted and overwritten rows are zeroed, not left in free space: an anonymised
            # person's name and email must not stay in the file (services/retention.py).
            cursor.execute("PRAGMA secure_delete=ON")
        finally:
            cursor.close()

    return set_pragmas


def _begin(connection: sa.Connection) -> None:
    """Writers take SQLite's write lock when they begin, so they wait their turn (the busy
    timeout applies). A deferred transaction that reads first and then writes cannot wait: when
    another writer commits in between, its snapshot is stale and SQLite refuses it at once.
    Reading transactions stay deferred and never block anyone (WAL)."""
    writing = connection.get_execution_options().get(WRITING, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def create_engine(url: sa.URL, *, wait_seconds: float | None = None) -> sa.Engine:
    try:
        return _create_engine(url, lock_wait(wait_seconds))
    except (sa.exc.NoSuchModuleError, ModuleNotFoundError):
        raise StoreError("unknown_driver", driver=url.drivername) from None


def _create_engine(url: sa.URL, wait_seconds: float) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        engine = sa.create_engine(
            url,
            # Worker threads of the window run queries; each uses its own pooled connection.
            connect_args={"check_same_thread": False, "timeout": wait_seconds},
        )
        event.listen(engine, "connect", _sqlite_pragmas(wait_seconds))
        event.listen(engine, "begin", _begin)
        return engine
    engine = sa.create_engine(url, pool_pre_ping=True)
    event.listen(engine, "begin", _server_begin(wait_seconds))
    return engine


# Writers of one server database take this transaction-scoped advisory lock first (any constant
# works, as long as every version of the program uses the same one).
SERVER_WRITER_LOCK = 7_419_203_612


# The writer lock's row in pg_locks (a bigint key shows as two 32-bit halves): the writer that
# holds it and those waiting for it.
_WRITERS_IN_LINE = ("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 "
                    f"AND classid = {SERVER_WRITER_LOCK >> 32} AND objid = {SERVER_WRITER_LOCK & 0xFFFFFFFF} "
                    "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")


# PostgreSQL's JIT compiles any query costed above jit_above_cost: the risk read of 30,000
# accounts spent 1.5-1.9 s of its 1.8-2.1 s compiling, 0.4-0.8 s without (measured by the
# dashboard engineer). The app's queries are interactive and short, so each transaction turns it
# off, for that transaction only: a pooler in transaction mode (PgBouncer) hands the server
# connection on after it, and refuses a startup parameter such as `options` by default.
_NO_JIT = "SET LOCAL jit = off"


def _server_begin(wait_seconds: float):
    def begin(connection: sa.Connection) -> None:
        """On a server, writers wait their turn as on SQLite: a write transaction first takes the
        writer lock, so what it reads is what it writes over (READ COMMITTED would otherwise let
        a row change between a service's read and its versioned write).

        Waiting, it allows the lock wait for each writer in line before it (the SQLite queue
        waits afresh whenever the queue moves, store/writer_queue): thirty commands at once are
        served in turn, and one writer that stands still is still given up on after the lock
        wait. The lock wait also bounds any row lock the transaction waits for later."""
        connection.exec_driver_sql(_NO_JIT)
        if not connection.get_execution_options().get(WRITING, False):
            return
        wait = int(wait_seconds * 1000)
        if connection.exec_driver_sql(f"SELECT set_config('lock_timeout', '{wait}', true), "
                                      f"pg_try_advisory_xact_lock({SERVER_WRITER_LOCK})").one()[1]:
            return
        in_line = max(1, connection.exec_driver_sql(_WRITERS_IN_LINE).scalar())
        connection.exec_driver_sql(f"SELECT set_config('lock_timeout', '{wait * in_line}', true), "
                                   f"pg_advisory_xact_lock({SERVER_WRITER_LOCK})")

    return begin


@dataclass
class Database:
    """An open registry database and who is acting on it."""

    engine: sa.Engine
    path: Path | None  # None for a server database
    actor: str
    # Where open_database copied the file (or pg_dump wrote the server database) before
    # upgrading its schema, if it did.
    backup_before_upgrade: Path | None = None
    # The schema revision a server database had before `migrate` upgraded it.
    upgraded_from: str | None = None
    # How long a writer waits for the writers ahead of it (lock_wait()).
    wait_seconds: float = DEFAULT_LOCK_WAIT
    # The write transaction open on each thread, which inner transactions join.
    _open: threading.local = field(default_factory=threading.local, init=False, repr=False, compare=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data lives, for the status bar and messages (never with a password)."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def connection(self) -> Iterator[sa.Connection]:
        """A plain connection for a quick read in SQL (no ORM, no models: what a light command
        needs), with the environment's errors said as refusals. Inside a transaction on the same
        thread, that transaction's (as `reading`)."""
        joined = getattr(self._open, "session", None)
        if joined is not None:
            yield joined.connection()
            return
        with environment_errors(self), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error.

        It waits (up to the lock wait) for any other writer to finish before it reads, so what
        it reads is what it writes over. Begun inside another transaction on the same thread,
        it joins that one: a command made of many service calls (the sample organisation) is
        saved whole or not at all by wrapping them in one `db.transaction()`."""
        joined = getattr(self._open, "session", None)
        if joined is not None:
            yield joined
            return
        with environment_errors(self), self._writer_turn(), self.session() as session, session.begin():
            session.connection(execution_options={WRITING: True})
            self._open.session = session
            try:
                yield session
            finally:
                self._open.session = None
        self._open.commits = self.commits + 1

    @property
    def commits(self) -> int:
        """Transactions this thread has committed on this database (unit_of_work's check that
        nothing of a failed call was saved)."""
        return getattr(self._open, "commits", 0)

    @property
    def in_transaction(self) -> bool:
        return getattr(self._open, "session", None) is not None

    @contextmanager
    def _writer_turn(self) -> Iterator[None]:
        if self.path is None:
            yield
            return
        try:
            with writer_queue.writer_turn(self.path, self.wait_seconds):
                yield
        except writer_queue.TurnNotReached:
            raise StoreError("database_busy", engine_code="SQLITE_BUSY", where=self.describe()) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read; inside a transaction on the same thread, that transaction's (it sees what
        the transaction wrote so far)."""
        joined = getattr(self._open, "session", None)
        if joined is not None:
            yield joined
            return
        with self.session() as session, environment_errors(self):
            yield session

    def close(self) -> None:
        self.engine.dispose()


def unit_of_work(service: Callable) -> Callable:
    """Mark a service that writes in one transaction (`db.transaction()`; the Database its first
    argument): when a server gave its transaction up as the loser of a serialisation failure or
    a deadlock (SQLSTATE 40001, 40P01), the whole call runs again, SERVER_ATTEMPTS times in
    all, a little later each time; then the `server_write_conflict` refusal stands. Only a call
    that committed nothing is run again, and only the outermost: a service called inside
    another's transaction leaves the retry to that one."""

    @functools.wraps(service)
    def run(db: "Database", *args, **kwargs):
        attempt = 1
        while True:
            if db.in_transaction:
                return service(db, *args, **kwargs)
            committed = db.commits
            try:
                return service(db, *args, **kwargs)
            except StoreError as error:
                if error.code != SERVER_CONFLICT or attempt >= SERVER_ATTEMPTS or db.commits != committed:
                    raise
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # so that the two do not meet again at once
            attempt += 1

    return run


# What a stale edit calls the record, by its table.
_RECORD_NAMES = {"account": Label("account"), "person": Label("person")}


def refuse_stale(row, expected_version: int | None) -> None:
    """Refuse an edit made on a copy older than the row, saying who changed it and when (the
    audit trail's last event for it). The UPDATE's own check covers the moment between this
    read and the write."""
    if expected_version is None or row.version == expected_version:
        return
    table = row.__tablename__
    session = sa.inspect(row).session
    last = session.execute(sa.text("SELECT actor, at FROM audit_event WHERE entity = :entity AND entity_id = :id "
                                   "ORDER BY id DESC LIMIT 1"), {"entity": table, "id": row.id}).first()
    if last is None:
        raise Conflict("stale_edit", who=Label("Someone else"), when=Label("the same moment"),
                       record=_RECORD_NAMES.get(table, Label("record")))
    # The person linked to the login, where there is one (services/people.py).
    name = session.execute(sa.text("SELECT name FROM person WHERE login = :login"), {"login": last.actor}).scalar()
    who, when = name or last.actor, local_time(last.at)
    raise Conflict("stale_edit", who=who, when=when, record=_RECORD_NAMES.get(table, Label("record")))


def local_time(moment: datetime | str) -> datetime:
    """A stored UTC time (naive, or text on SQLite) as this computer's local time, for a sentence."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().replace(tzinfo=None)


@contextmanager
def environment_errors(db: Database | None, where: str | None = None) -> Iterator[None]:
    """Turn what the environment caused into a StoreError; let bugs through as bugs."""
    try:
        yield
    except sa.exc.IntegrityError:
        # The services check every rule before writing, so what still breaks a constraint was
        # written by someone else in the same moment (a second window, a shared server).
        raise Conflict("conflicting_change") from None
    except sa.exc.DBAPIError as error:
        place = where or (db.describe() if db else None)
        refusal = explain(error.orig, place)
        if refusal is None and db is not None and not db.is_sqlite:
            # A server that cannot be reached, refuses the login or a permission, or went away.
            from accountregistry.store.server_errors import server_refusal

            refusal = server_refusal(error.orig, place, user=db.engine.url.username,
                                     database=db.engine.url.database)
        if refusal is None:
            raise
        raise refusal from None
    except sa.exc.SQLAlchemyError as error:
        if not _is_stale(error):
            raise
        raise Conflict("stale_edit", who=Label("Someone else"), when=Label("the same moment"),
                       record=Label("record")) from None
    except sqlite3.Error as error:
        refusal = explain(error, where or (db.describe() if db else None))
        if refusal is None:
            raise
        raise refusal from None


def _is_stale(error: BaseException) -> bool:
    """The ORM found a row changed under it (a versioned UPDATE matched nothing); only a session
    can raise that, so the ORM is loaded whenever it could be."""
    orm_errors = sys.modules.get("sqlalchemy.orm.exc")
    return orm_errors is not None and isinstance(error, orm_errors.StaleDataError)


# SQLite's primary result codes, by the name Python 3.11 reports -> the refusal's code.
_SQLITE_CODES = {
    "SQLITE_BUSY": "database_busy",
    "SQLITE_LOCKED": "database_locked",
    "SQLITE_READONLY": "database_read_only",
    "SQLITE_FULL": "database_disk_full",
    "SQLITE_CORRUPT": "database_damaged",
    "SQLITE_NOTADB": "not_a_registry",
    "SQLITE_CANTOPEN": "database_cannot_open",
    "SQLITE_PERM": "database_forbidden",
    "SQLITE_IOERR": "database_io_error",
    "SQLITE_AUTH": "database_forbidden",
}


def explain(error: BaseException | None, where: str | Path | None) -> StoreError | None:
    """The refusal for an error the environment caused (its engine_code the SQLite result code),
    or None if it is a bug."""
    engine_code = getattr(error, "sqlite_errorname", None)
    if not engine_code and isinstance(error, sqlite3.DatabaseError):
        # Python 3.10 reports no result code; match the engine's messages that matter.
        text = str(error).lower()
        engine_code = next((code for needle, code in (
            ("locked", "SQLITE_BUSY"), ("readonly", "SQLITE_READONLY"), ("disk is full", "SQLITE_FULL"),
            ("unable to open", "SQLITE_CANTOPEN"), ("malformed", "SQLITE_CORRUPT"),
            ("not a database", "SQLITE_NOTADB")) if needle in text), None)
    if not engine_code:
        return None
    code = _SQLITE_CODES.get("_".join(engine_code.split("_")[:2]))  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    if code is None:
        return None
    return StoreError(code, engine_code=engine_code, where=where if where is not None else Label("the database"))
