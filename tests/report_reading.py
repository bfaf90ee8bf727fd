"""The ownership report's rows as plain text, read as export_report reads them, for tests and
benchmarks to compare with: the SQLite path (the database makes each line) or, elsewhere, cell
by cell. Not yet neutralised against formulas, which is the file's concern."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from accountregistry.services.ownership_report import (
    CELL,
    ReadyLines,
    _filters,
    _ready_chunks,
    _rows_by_columns,
    exported_at,
)
from accountregistry.store.database import Database


def report_rows(db: Database, *, kind: str | None = None, platform: str | None = None,
                status: str | None = None, account_ids: Iterable[int] | None = None,
                today: date | None = None, stamp: str | None = None) -> Iterator[list[str]]:
    """The report's rows (without the header), ordered by platform and handle, as plain text:
    not yet neutralised against formulas, which is the CSV file's concern. `stamp` is the
    exported_at cell (now, unless given).

    A handful of set-based queries whatever the number of accounts.
    """
    conditions = _filters(kind=kind, platform=platform, status=status, account_ids=account_ids)
    stamp = stamp or exported_at()
    if not db.is_sqlite:
        yield from _rows_by_columns(db, conditions, today, stamp)
        return
    with db.reading() as session:
        for chunk in _ready_chunks(session.connection(), db, conditions, today, stamp):
            yield from (line.split(CELL) for line in chunk) if isinstance(chunk, ReadyLines) else chunk
