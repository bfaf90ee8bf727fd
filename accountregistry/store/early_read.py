"""A statement of the last start run again before the program has imported what builds it (SQLite).

At opening, the risks read ahead (gui/read_ahead.py) could only start once SQLAlchemy and the
models were imported, half a second of Python, then SQLite needed 0.7 s more. Its statement as
compiled last time (text and parameters) is kept in a small file beside the settings, and runs
on plain sqlite3 from the opener's first moment, on the core the imports leave free. Its rows are
used only if the statement built now is the same (same registry, day, rules and program) and no
connection has committed since (PRAGMA data_version); else they are read now, as always. Kept on
another day, it is not run: its dates are not today's, and the read ahead runs as always."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
import weakref
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)

# Early reads whose connection is open: closed before the registry is (close_unused), or the last
# connection to close is a read-only one, which leaves the registry's -wal and -shm files behind.
_open: weakref.WeakSet = weakref.WeakSet()
# What an early read may hold, so that a statement planted in the kept file cannot take the window's
# memory: a value (this program's longest, one group's account ids, is 15 KB at 100,000 accounts),
# columns (of a table too: the widest has 33) and the rows in all (about 1 MB at 100,000 accounts).
_LONGEST, _WIDEST, _MOST = 256 << 10, 64, 32 << 20


class EarlyRead:
    def __init__(self, settings: str | None, version: str):
        """`settings`: the settings' file (None where they are not in one: nothing is kept)."""
        self.kept, self.version = settings and Path(settings).with_suffix(".risks.json"), version
        try:  # [registry, text, parameters], kept today (a new day's has other dates) by this version
            *key, self.statement = json.loads(self.kept.read_text(encoding="utf-8"))
        except (AttributeError, OSError, ValueError, TypeError):
            key, self.statement = [], None  # none kept: read as always
        self.statement = self.statement if key == [version, str(date.today())] else None
        self.rows: list[tuple] = []
        self._connection: sqlite3.Connection | None = None
        self._done, self._unwanted, self._closing = threading.Event(), False, threading.Lock()

    def run(self) -> None:
        """Run the kept statement, if any (a thread of its own). It is checked only when the
        statement of this start is built, so until then it may read and nothing else (the
        authorizer), and it stops as soon as it is not wanted (another statement, another file)."""
        try:
            if self.statement is not None:
                self._file = _identity(self.statement[0])  # before connecting: a file put there after is seen
                self._connection = sqlite3.connect(f"file:{quote(self.statement[0])}?mode=ro", uri=True,
                                                   check_same_thread=False)
                _open.add(self)
                self._data_version = self._connection.execute("PRAGMA data_version").fetchone()
                self._connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _LONGEST)
                self._connection.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, _WIDEST)
                self._connection.set_authorizer(_reading_only)
                ends = time.monotonic() + 60  # far beyond the statement's time: a hostile one stops by then
                self._connection.set_progress_handler(lambda: self._unwanted or time.monotonic() > ends, 10_000)
                self.rows = self._bounded(self._connection.execute(*self.statement[1:]))
                self._connection.set_authorizer(None)
        except Exception:  # noqa: BLE001 - no longer readable, or not as this program writes it: read as always
            self.statement = None
        finally:
            self._done.set()
            if self._unwanted:  # no one waits for it any more (close() may have found it still connecting)
                self.close()

    @staticmethod
    def _bounded(rows) -> list[tuple]:
        """The rows, unless they would hold more than this program's do (a statement planted in the file)."""
        kept, size = [], 0
        for row in rows:
            size += 64 + 48 * len(row) + sum(len(value) for value in row if isinstance(value, (str, bytes)))
            if size > _MOST:
                raise MemoryError("not the rows of this program's statement")
            kept.append(row)
        return kept

    def is_for(self, registry: Path | None) -> bool:
        """Whether a statement runs early on `registry` (None: a server, never) and is still wanted."""
        return (registry is not None and isinstance(self.statement, list) and self.statement[:1] == [str(registry)]
                and not self._unwanted)

    def rows_of(self, registry: Path | None, statement: Any, connection: Any) -> list[tuple] | None:
        """The rows read early if they are those `statement` reads now on `connection` (SQLAlchemy's,
        to `registry`; None: a server); else None, and the statement is kept for the next start."""
        compiled = registry and statement.compile(connection, compile_kwargs={"render_postcompile": True})
        now = registry and json.loads(json.dumps([str(registry), compiled.string, list(map(
            compiled.params.__getitem__, compiled.positiontup))], default=str))  # dates as SQLite has them
        # The kept one stops: not ours, not today's, or closed (a commit after it)
        self._unwanted = self._unwanted or now is None or now != self.statement
        from accountregistry.domain.errors import RegistryError  # after the first paint
        from accountregistry.store.safe_files import written_whole

        try:
            # Not waited for otherwise (another file may hang); read whole, or it gave up (statement None).
            if not self._unwanted and self._done.wait() and self.statement is not None:
                if (self._connection.execute("PRAGMA data_version").fetchone() == self._data_version
                        and _identity(registry) == self._file):
                    log.debug("risks read early: used")
                    return self.rows
                log.debug("risks read early: changed since")
            elif now is not None and self.kept:
                log.debug("risks read early: not wanted (another statement, or closed)")
                self.kept.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new installation's first start
                with written_whole(self.kept, encoding="utf-8") as kept:  # owner-only, as the registry
                    json.dump([self.version, str(date.today()), now], kept)
        except (OSError, RegistryError, sqlite3.Error):
            pass  # read now; the next start as always
        finally:
            self.close()
            self.statement = None  # used once
        return None

    def close(self) -> None:
        """Stop the early read if it runs, and close its connection; still opening its file (a share
        that does not answer), it is not waited for: it closes itself once it got there."""
        self._unwanted = True
        if self in _open or self._done.is_set():  # connected: stops within 10,000 steps
            self._done.wait()
            with self._closing:  # its own thread and the one that asked may both get here
                if self._connection is not None:
                    self._connection.close()
                    self._connection = None
                _open.discard(self)


def close_unused() -> None:
    """Close every early read's connection (the window closes before its rows were asked for)."""
    for early in list(_open):
        early.close()


def _identity(path: str | Path) -> tuple[int, int]:
    """Which file is at `path` (a registry put in its place is another)."""
    found = os.stat(path)
    return found.st_dev, found.st_ino


def _reading_only(action: int, *_names) -> int:
    """sqlite3's authorizer: a SELECT reading tables and calling functions, nothing else."""
    return sqlite3.SQLITE_OK if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION) \
        else sqlite3.SQLITE_DENY
