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
import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

log = logging.getLogger(__name__)


class EarlyRead:
    def __init__(self, settings: str, version: str):
        self.kept, self.version = Path(settings).with_suffix(".risks.json"), version
        try:  # [registry, text, parameters], kept today (a new day's has other dates) by this version
            *key, self.statement = json.loads(self.kept.read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError):
            key, self.statement = [], None  # none kept: read as always
        self.statement = self.statement if key == [version, str(date.today())] else None
        self.rows: list[tuple] = []
        self._connection: sqlite3.Connection | None = None
        self._done = threading.Event()

    def run(self) -> None:
        """Run the kept statement, if any (a thread of its own): one SELECT (sqlite3 runs one), nothing else."""
        try:
            if self.statement is not None and self.statement[1].startswith("SELECT "):
                self._connection = sqlite3.connect(f"file:{quote(self.statement[0])}?mode=ro", uri=True,
                                                   check_same_thread=False)
                self._data_version = self._connection.execute("PRAGMA data_version").fetchone()
                self.rows = self._connection.execute(*self.statement[1:]).fetchall()
        except Exception:  # noqa: BLE001 - no longer readable, or not as this program writes it: read as always
            self.statement = None
        finally:
            self._done.set()

    def rows_of(self, registry: Path | None, statement: Any, connection: Any) -> list[tuple] | None:
        """The rows read early if they are those `statement` reads now on `connection` (SQLAlchemy's,
        to `registry`; None: a server); else None, and the statement is kept for the next start."""
        self._done.wait()
        compiled = registry and statement.compile(connection, compile_kwargs={"render_postcompile": True})
        now = registry and json.loads(json.dumps([str(registry), compiled.string, list(map(
            compiled.params.__getitem__, compiled.positiontup))], default=str))  # dates as SQLite has them
        try:
            if now is not None and now == self.statement:
                if self._connection.execute("PRAGMA data_version").fetchone() == self._data_version:
                    log.debug("risks read early: used")
                    return self.rows
                log.debug("risks read early: changed since")
            else:
                log.debug("risks read early: another statement")
                self.kept.write_text(json.dumps([self.version, str(date.today()), now]), encoding="utf-8")
        except (OSError, sqlite3.Error):
            pass  # read now; the next start as always
        finally:
            if self._connection is not None:
                self._connection.close()
            self.statement = None  # used once
        return None
