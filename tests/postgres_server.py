"""A throw-away PostgreSQL server for the test run: its own cluster in a temporary folder, on
127.0.0.1 at a free port, with its socket in that folder too, stopped and removed at the end.

initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user
(the Debian package makes it); as anyone else it belongs to that user. Logins use `trust`
on 127.0.0.1 only, so the tests never need a password.

Each test gets a database of its own, copied from a template that already has the schema (or
the sample organisation) instead of a migration per test. A copy still keeps the server busy for
a fifth of a second or more, so the next copy of each template is made ahead, in a thread of its
own, while the test runs (copy_of), and finished tests' databases are dropped there too.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import sqlalchemy as sa

SUPERUSER = "postgres"
# The login the tests act as: owns its databases, is no superuser, and matches the actor name
# the SQLite tests use (ACCOUNTREGISTRY_ACTOR=tester).
LOGIN = "tester"
# Logins the connection tests meet: one that must give its password, one that the server lets in
# over TLS only (and this server offers no TLS, so it never gets in).
PASSWORD_LOGIN, PASSWORD = "ida", "correct horse"
TLS_LOGIN = "tls_only"
# A login with no rights of its own (what PUBLIC may do, and nothing more).
OUTSIDER = "outsider"
HBA = f"""# Written by tests/postgres_server.py
local   all  all                       trust
hostssl all  {TLS_LOGIN}  127.0.0.1/32  trust
host    all  {TLS_LOGIN}  127.0.0.1/32  reject
host    all  {PASSWORD_LOGIN}  127.0.0.1/32  scram-sha-256
host    all  all          127.0.0.1/32  trust
"""
# The thread that makes databases ahead and drops finished ones (leak_check leaves its
# connections alone: they belong to no test).
HELPER_THREAD = "test-server-helper"
# Settings for speed: a crash of a throw-away cluster loses nothing anyone needs.
SERVER_OPTIONS = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                  "-c shared_buffers=32MB -c listen_addresses=127.0.0.1")


def server_programs() -> Path | None:
    """The folder with initdb and pg_ctl: Debian keeps them off the PATH, per major version."""
    for name in ("initdb", "pg_ctl"):
        found = shutil.which(name)
        if found:
            return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    return Path(candidates[-1]).parent if candidates else None


def _version_key(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A running throw-away server; `url(name)` connects to one of its databases as LOGIN."""

    def __init__(self, programs: Path, folder: Path, run_as: str | None):
        self.programs = programs
        self.folder = folder
        self.data = folder / "data"
        self.run_as = run_as
        self.port = _free_port()
        self._admin: sa.Engine | None = None
        self._numbers = itertools.count(1)
        self._pending: list[str] = []
        self._helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix=HELPER_THREAD)
        self._spares: dict[str, Future] = {}  # template -> its next copy, made in the background

    def _run(self, program: str, *arguments: str) -> None:
        command = [str(self.programs / program), *arguments]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd=self.folder)
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {(result.stderr or result.stdout).strip()[-2000:]}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        hba = self.data / "pg_hba.conf"
        owner = hba.stat()
        hba.write_text(HBA)
        os.chown(hba, owner.st_uid, owner.st_gid)
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "server.log"), "-o",
                  f"{SERVER_OPTIONS} -p {self.port} -k {self.folder}", "start")
        self._admin = sa.create_engine(self.url("postgres", user=SUPERUSER), isolation_level="AUTOCOMMIT",
                                       poolclass=sa.pool.NullPool)
        self.execute(f'CREATE ROLE "{LOGIN}" LOGIN CREATEROLE')
        self.execute(f"CREATE ROLE {PASSWORD_LOGIN} LOGIN PASSWORD '{PASSWORD}'")
        self.execute(f"CREATE ROLE {TLS_LOGIN} LOGIN")
        self.execute(f"CREATE ROLE {OUTSIDER} LOGIN")

    def stop(self) -> None:
        self._helper.shutdown(wait=True, cancel_futures=True)
        if self._admin is not None:
            self._admin.dispose()
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, *, user: str = LOGIN) -> sa.URL:
        return sa.URL.create("postgresql+psycopg", username=user, host="127.0.0.1", port=self.port,
                             database=database)

    def execute(self, statement: str) -> None:
        assert self._admin is not None
        with self._admin.connect() as connection:
            connection.exec_driver_sql(statement)

    def new_name(self, prefix: str) -> str:
        return f"{prefix}_{os.getpid()}_{next(self._numbers)}"

    def create_database(self, name: str, *, template: str = "template0") -> str:
        self.execute(f'CREATE DATABASE "{name}" OWNER "{LOGIN}" TEMPLATE "{template}"')
        return name

    def copy_of(self, template: str, *, prefix: str = "test") -> str:
        """A new database of the caller's own with `template`'s content: the copy made ahead
        while the previous test ran, if there is one, else one made now. Either way the next
        copy of the same template is started in the background."""
        spare = self._spares.pop(template, None)
        name = None
        if spare is not None:
            try:
                name = spare.result()
            except (RuntimeError, OSError, sa.exc.SQLAlchemyError):
                name = None  # made again below, where its error (if it lasts) reaches the test
        if name is None:
            name = self.create_database(self.new_name(prefix), template=template)
        self._spares[template] = self._helper.submit(self.create_database, self.new_name(prefix),
                                                     template=template)
        return name

    def drop_later(self, name: str) -> None:
        self._pending.append(name)

    def drop_pending(self) -> None:
        """The databases given to drop_later, dropped in the background."""
        while self._pending:
            self._helper.submit(self.drop_database, self._pending.pop())

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


FOLDER_PREFIX = "registry-pg-"
OWNER_FILE = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_abandoned_clusters(programs: Path, run_as: str | None) -> None:
    """Stop the clusters of earlier test runs that were killed before they could stop them
    (a killed pytest runs no teardown); a cluster whose test run still lives is left alone."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue
        if not _alive(owner):
            cluster = Cluster(programs, folder, run_as)
            try:
                cluster.stop()
            except (RuntimeError, OSError):
                shutil.rmtree(folder, ignore_errors=True)


def start_cluster() -> Cluster | str:
    """A running cluster, or the reason none could start (the caller skips with it)."""
    programs = server_programs()
    if programs is None:
        return ("no PostgreSQL server programs (initdb, pg_ctl) are installed; "
                "scripts/dev test installs the postgresql package")
    run_as = None
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to own the cluster (initdb refuses root)"
        run_as = "postgres"
    stop_abandoned_clusters(programs, run_as)
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    (folder / OWNER_FILE).write_text(str(os.getpid()))
    if run_as:
        os.chown(folder, account.pw_uid, account.pw_gid)
    cluster = Cluster(programs, folder, run_as)
    try:
        cluster.start()
    except (RuntimeError, OSError, sa.exc.SQLAlchemyError) as error:
        try:
            cluster.stop()
        except (RuntimeError, OSError):
            pass
        return f"the PostgreSQL test server did not start: {error}"
    return cluster
