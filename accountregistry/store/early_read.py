"""Statements of the last start run again before the program has imported what builds them (SQLite).

At opening, the accounts table's first read (everyone's names, the accounts' plain columns) and
the risks read ahead (gui/read_ahead.py) could only start once SQLAlchemy and the models were
imported, then SQLite needed seconds more at 100,000 accounts. Their statements as compiled last
time (text and parameters) are kept in a small file in the cache folder and run on plain sqlite3
from the program's first moment: on Linux in a child process forked before the window's imports
(fork), on the other core, its rows sent through a pipe; elsewhere the risks' on a thread (run).
Rows are used only if the statement built now is the same (same registry, day, rules and program)
and no connection has committed since (PRAGMA data_version); else they are read now, as always.
Kept on another day, nothing is run: its dates are not today's."""

from __future__ import annotations

import contextlib
import json
import logging
import marshal
import os
import signal
import sqlite3
import sys
import threading
import time
import weakref
from array import array
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import platformdirs

from accountregistry import APP_NAME

log = logging.getLogger(__name__)

# The statements kept, by what reads them: everyone's names and the plain accounts (load_accounts),
# every account's risks (read_risk_groups); and what goes through the pipe before their rows.
PEOPLE, PLAIN, RISKS, IDENTITY, CONNECTED = range(5)
CHUNK = 5000  # rows sent at a time: the receiver holds them as bytes, and makes rows of one chunk at a time
# Early reads connected to their registry: closed before it is (close_unused), or the last connection
# to close is a read-only one, which leaves the registry's -wal and -shm files behind.
_open: weakref.WeakSet = weakref.WeakSet()
# What an early read may hold, so that a statement planted in the kept file cannot take the window's
# memory: the rows marshalled (10.4 MB at 100,000 accounts, in an 84 MB registry) at most this more than
# the registry's own size on disk, a value a 64th of that (one group's account ids grow with the registry: 15 KB
# at 100,000 accounts), and columns (of a table too: the widest has 33).
_MOST, _WIDEST = 32 << 20, 64
_forked: EarlyRead | None = None


class EarlyRead:
    def __init__(self, version: str):
        self.kept = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "early reads.json"
        self.version, self.child, self.file, self.reads = version, None, None, (RISKS,)
        try:  # [version, day, registry, people, plain, risks], kept today (a new day's has other dates) by this version
            *key, self.registry, people, plain, risks = json.loads(self.kept.read_text(encoding="utf-8"))
            self.statements = [people, plain, risks] if key == [version, str(date.today())] else None
        except (OSError, ValueError, TypeError):
            self.registry, self.statements = None, None  # none kept: read as always
        self.keep = [self.registry, *(self.statements or [None] * 3)]  # what this start writes
        self.chunks: list[list[bytes] | None] = [[], [], []]
        self.read = [threading.Event() for _ in range(3)]  # each statement's rows whole, or given up
        self._watch, self._unwanted, self._ended = None, False, threading.Event()
        self._closing, self._asking = threading.Lock(), threading.Lock()

    def run(self) -> None:
        """Run the kept risks statement, if any (a thread of its own, where there is no fork). It is
        checked only when the statement of this start is built, so until then it may read and
        nothing else, and it stops as soon as it is not wanted (another statement, another file)."""
        try:
            if self.statements is not None:
                _read(self.registry, {slot: self.statements[slot] for slot in self.reads}, self._put,
                      lambda: self._unwanted)
        except Exception:  # noqa: BLE001 - no longer readable, or not as this program writes it: read as always
            pass
        finally:
            self._given_up()
            self._ended.set()
            if self._unwanted:  # no one waits for it any more (close() may have found it still connecting)
                self.close()

    def _put(self, slot: int, value: Any) -> None:
        """What the reading code (_read) hands over, here or through the pipe from the child."""
        if slot == IDENTITY:
            self.file = tuple(value)
        elif slot == CONNECTED:
            with self._closing:  # closed meanwhile (this message was still in the pipe): stays closed
                self._watch = value  # (connection, data_version) on a thread; a child keeps its own
                if not self._unwanted:
                    _open.add(self)
        elif value:
            self.chunks[slot].append(value)
        else:
            self.read[slot].set()

    def _given_up(self) -> None:
        """The reading ended: what was not read whole is not read."""
        for slot, read in enumerate(self.read):
            if not read.is_set():
                self.chunks[slot] = None
                read.set()

    def is_for(self, registry: Path | None) -> bool:
        """Whether statements run early on `registry` (None: a server, never) and are still wanted."""
        return registry is not None and self.statements is not None and self.registry == str(registry) \
            and not self._unwanted

    def rows_of(self, registry: Path | None, statement: Any, connection: Any, slot: int) -> Iterator[list] | None:
        """The rows read early, a chunk at a time, if they are those `statement` reads now on
        `connection` (SQLAlchemy's, to `registry`; None: a server); else None, and the statement is
        kept for the next start."""
        compiled = registry and statement.compile(connection, compile_kwargs={"render_postcompile": True})
        now = registry and json.loads(json.dumps([compiled.string, list(map(
            compiled.params.__getitem__, compiled.positiontup))], default=str))  # dates as SQLite has them
        from accountregistry.domain.errors import RegistryError  # after the first paint

        used = None
        try:
            if now is not None and self._read_whole(registry, slot, now):
                log.debug("read early: used (%d)", slot)
                chunks = self.chunks[slot]  # made a chunk at a time, each let go once read
                used = (marshal.loads(chunks.pop(0)) for _ in range(len(chunks)))
            else:
                log.debug("read early: not used (%d)", slot)
                if now is not None:
                    self._keep(str(registry), slot, now)
        except (OSError, RegistryError, sqlite3.Error):
            pass  # read now; the next start as always
        finally:
            # Asked last, the reads are over; one refused, the others are not this start's either (nor waited for).
            if slot == RISKS or used is None and slot in self.reads:
                self.close()
        return used

    def _read_whole(self, registry: Path, slot: int, now: list) -> bool:
        """Whether `now` was read early, whole, from this very file, and no connection committed
        since; waited for only once its reader is on that file (another may hang)."""
        return self.is_for(registry) and slot in self.reads and now == self.statements[slot] \
            and self.file == _identity(os.stat(registry)) and self.read[slot].wait() and self.chunks[slot] is not None \
            and self._unchanged()

    def _keep(self, registry: str, slot: int, now: list) -> None:
        """`now` kept for the next start, beside what the other reads of this start keep."""
        from accountregistry.store.safe_files import written_whole

        with self._closing:  # the reads of one start may keep theirs at once
            self.keep = self.keep if self.keep[0] == registry else [registry, None, None, None]
            if self.keep[1 + slot] != now:
                self.keep[1 + slot] = now
                self.kept.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # a first start's
                with written_whole(self.kept, encoding="utf-8") as kept:  # owner-only, as the registry
                    json.dump([self.version, str(date.today()), *self.keep], kept)

    def _unchanged(self) -> bool:
        """Whether no connection committed since the reads began (asked of the child, which keeps
        the connection that knows)."""
        if self.child is None:
            watch, since = self._watch
            return watch.execute("PRAGMA data_version").fetchone() == since
        with self._asking:
            os.write(self._asks, b"?")
            return os.read(self._answers, 1) == b"1"

    def close(self) -> None:
        """Stop the early read if it runs (the child killed and waited for), and close its
        connections; still opening its file (a share that does not answer), it is not waited for."""
        self._unwanted = True
        with self._closing:
            connected = self in _open and self._watch is not None
            _open.discard(self)
            if self.child is not None:
                os.kill(self.child, signal.SIGKILL)
                if connected:  # its file answered: it dies at once, and its locks with it
                    os.waitpid(self.child, 0)
                    self._let_go()
                else:
                    threading.Thread(target=os.waitpid, args=(self.child, 0), daemon=True).start()
                os.close(self._asks)
                os.close(self._answers)
                self.child = None
            elif connected or self._ended.is_set():  # connected: stops within 10,000 steps
                self._ended.wait()
                if self._watch is not None:
                    self._watch[0].close()
                    self._watch = None
                    self._let_go()

    def _let_go(self) -> None:
        """The registry let go of as by a connection that may write: closed last, it takes away the
        -wal and -shm files that read-only ones leave (beside a registry nobody opens); not another
        file put at the path, whose companions may still be those of the one it replaced."""
        with contextlib.suppress(OSError, sqlite3.Error):
            if self.file == _identity(os.stat(self.registry)):
                with contextlib.closing(sqlite3.connect(f"file:{quote(self.registry)}?mode=rw", uri=True,
                                                        timeout=0)) as connection:
                    connection.execute("PRAGMA data_version")


def _read(registry: str, statements: dict[int, list], put: Callable[[int, Any], None],
          unwanted: Callable[[], bool]) -> None:
    """The reading code of both ways (a child's, a thread's): the kept `statements`, read only (the
    authorizer), bounded, handed to `put` (IDENTITY) as the file found before connecting (a file put
    there after is seen), (CONNECTED) the connection that tells whether anyone commits, then each
    statement's rows as marshalled chunks of CHUNK rows and an empty one at its end."""
    found = os.stat(registry)
    put(IDENTITY, _identity(found))
    # On disk: a sparse file named in the kept file holds nothing; where the file system says no
    # blocks at all (some FUSE mounts), its length.
    most = _MOST + (found.st_blocks * 512 or found.st_size)
    watch = sqlite3.connect(f"file:{quote(registry)}?mode=ro", uri=True, check_same_thread=False)
    put(CONNECTED, (watch, watch.execute("PRAGMA data_version").fetchone()))
    reading = sqlite3.connect(f"file:{quote(registry)}?mode=ro", uri=True, check_same_thread=False)
    try:
        # Pages read once, but for the indexes' upper ones: 512 KiB of cache, not SQLite's 2 MB. The risks read
        # pages 37,000 times at 100,000 accounts (2 MB: 34,000; 128 KiB: 306,000), 120,000 at 300,000 (112,000).
        reading.execute("PRAGMA cache_size = -512")
        reading.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, min(most // _WIDEST, 1 << 30))  # a row within the bound too
        reading.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, _WIDEST)
        reading.set_authorizer(_reading_only)
        ends = time.monotonic() + 60  # far beyond the statements' time: a hostile one stops by then
        reading.set_progress_handler(lambda: unwanted() or time.monotonic() > ends, 10_000)
        for slot, statement in statements.items():
            chunk = []
            for row in reading.execute(*statement):
                if slot == RISKS:  # each group's ids as the reader keeps them: not decoded in the window's turn
                    row = (group_ids(row[0]).tobytes(), *row[1:])
                most -= len(marshal.dumps(row))
                if most < 0:
                    raise MemoryError("not the rows of this program's statements")
                chunk.append(row)
                if len(chunk) == CHUNK:
                    put(slot, marshal.dumps(chunk))
                    chunk = []
            if chunk:
                put(slot, marshal.dumps(chunk))
            put(slot, b"")
    finally:
        reading.close()


def group_ids(ids: str | bytes) -> array:
    """A group's account ids (services.account_list.read_risk_groups) as machine integers: from
    the database's text ("1,5,9"), or as the early read sends them (their bytes)."""
    return array("q", ids) if isinstance(ids, bytes) else array("q", map(int, ids.split(",")))


def fork(version: str) -> None:
    """(Linux, the window: before Qt is imported and before any thread is made, from the main
    thread) The kept statements read in a child process, on the core the imports leave free: the
    first read at the program's priority, the risks below it. Its rows come through a pipe (1 MiB:
    it need not wait for this process's receiving thread), taken by started()."""
    global _forked
    early = EarlyRead(version)
    if sys.platform != "linux" or early.statements is None:
        return
    early.reads = (PEOPLE, PLAIN, RISKS)
    results, results_in = os.pipe()
    asks_out, early._asks = os.pipe()
    early._answers, answers_in = os.pipe()
    import fcntl

    with contextlib.suppress(OSError):  # else a smaller pipe: slower, as right
        fcntl.fcntl(results_in, fcntl.F_SETPIPE_SZ, 1 << 20)
    parent, early.child = os.getpid(), os.fork()
    if early.child == 0:
        try:
            _child(early, parent, results_in, asks_out, answers_in)
        finally:
            os._exit(0)
    for end in (results_in, asks_out, answers_in):
        os.close(end)
    threading.Thread(target=_receive, args=(early, results), name="early reads", daemon=True).start()
    _forked = early
    _open.add(early)  # ended by close_unused() even before it is on its file


def _child(early: EarlyRead, parent: int, results: int, asks: int, answers: int) -> None:
    """The forked child: killed with its parent (it forked from its main thread, whose end is the
    program's), it reads and sends, then answers whether anyone committed since, until killed. The
    risks are read beside the first read, below the program's priority (after it, they came 1.6 s
    later at 300,000 accounts)."""
    import ctypes
    import gc

    gc.disable()  # its objects are rows, no cycles: a collection would copy every page it shares with the window
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        return
    sending, reads = threading.Lock(), {slot: early.statements[slot] for slot in early.reads if early.statements[slot]}
    risks = threading.Thread(target=_beside, args=(early.registry, {RISKS: reads.pop(RISKS)} if RISKS in reads else {},
                                                   lambda slot, value: slot == RISKS and put(slot, value)))

    def put(slot: int, value: Any) -> None:
        if slot == CONNECTED:  # from now on, a commit is seen
            threading.Thread(target=_answer, args=(*value, asks, answers), daemon=True).start()
            risks.start()
            value = b""
        value = marshal.dumps(value) if slot == IDENTITY else value  # a chunk as it is
        with sending:
            pipe.write(len(value).to_bytes(8, "little") + bytes([slot]) + value)
            pipe.flush()

    with open(results, "wb") as pipe:
        _read(early.registry, reads, put, lambda: False)
        risks.join()
    threading.Event().wait()


def _beside(registry: str, statements: dict[int, list], put: Callable[[int, Any], None]) -> None:
    os.nice(5)  # this thread's (Linux)
    with contextlib.suppress(Exception):  # not read whole: not used
        _read(registry, statements, put, lambda: False)


def _answer(watch: sqlite3.Connection, since: tuple, asks: int, answers: int) -> None:
    while os.read(asks, 1):
        os.write(answers, b"1" if watch.execute("PRAGMA data_version").fetchone() == since else b"0")


def _receive(early: EarlyRead, results: int) -> None:
    """The child's messages, as they come (os.read lets go of Python's lock while it waits)."""
    try:
        with os.fdopen(results, "rb") as pipe:
            while head := pipe.read(9):
                value = pipe.read(int.from_bytes(head[:8], "little"))
                early._put(head[8], marshal.loads(value) if head[8] == IDENTITY else value)
    except (OSError, ValueError, EOFError, IndexError):
        pass  # killed within a message
    finally:
        early._given_up()


def started(version: str) -> EarlyRead:
    """The early read forked as the program started (once), else one for the opener to run()."""
    global _forked
    early, _forked = _forked or EarlyRead(version), None
    return early


def close_unused() -> None:
    """Close every early read's connections (the window closes before its rows were asked for)."""
    for early in list(_open):
        early.close()


def _identity(found: os.stat_result) -> tuple[int, ...]:
    """Which file, as it was (a registry put in its place is another, and so is one copied over it:
    the same inode, but a copy writes the main file, which a commit in WAL mode does not)."""
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def _reading_only(action: int, *_names) -> int:
    """sqlite3's authorizer: a SELECT reading tables and calling functions, nothing else."""
    return sqlite3.SQLITE_OK if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION) \
        else sqlite3.SQLITE_DENY
