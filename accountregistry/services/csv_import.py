"""Importing accounts from a spreadsheet: what `export` writes, and what people really have.

Three steps, so that the window can show a preview before anything is written:

    read_table(path)            the file as a table, or ImportRefused with a line number
    plan_import(db, parsed)     each row classified: new, update (field by field), unchanged,
                                or error (line number and problems); nothing is written
    apply_import(db, plan)      all or nothing, in one transaction, audited

Each step is its own module: services/table_reading (the file: encodings, delimiters, the
header), services/import_cells (a row's cells as values), services/import_planning (rows
against the registry and its rules) and services/import_writing (the plan stored, audited).

The columns are the report's (see ownership_report). ``url`` alone is enough to recognise an
account; otherwise ``platform`` and ``handle`` (and ``presence`` where a platform has several).
The computed columns (admin_count, next_review_due, risks) are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from accountregistry.domain.errors import Conflict
from accountregistry.domain.messages import Phrase
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.import_cells import READ_COLUMNS
from accountregistry.services.import_words import column_named
from accountregistry.services.import_planning import (
    Change,
    ImportPlan,
    NewPerson,
    PlannedRow,
    PlannedRows,
    RowAction,
    plan_rows,
)
from accountregistry.services.import_writing import ImportResult, StalePlan, Writer
from accountregistry.services.ownership_report import COLUMNS
from accountregistry.services.table_reading import (
    DELIMITERS,
    MAX_FILE_BYTES,
    ImportRefused,
    ParsedFile,
    TableShape,
)
from accountregistry.services.workbook_reading import read_spreadsheet
from accountregistry.store.database import Database, unit_of_work

__all__ = [
    "ACCOUNT_TABLE",
    "DELIMITERS",
    "MAX_FILE_BYTES",
    "Change",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "NewPerson",
    "ParsedFile",
    "PlannedRow",
    "PlannedRows",
    "RowAction",
    "apply_import",
    "plan_import",
    "read_table",
]

ACCOUNT_TABLE = TableShape(
    columns=frozenset(column.name for column in COLUMNS if column.read_back),
    computed=frozenset(column.name for column in COLUMNS if not column.read_back),
    keys=(("url",), ("platform", "handle")),
    example=Phrase("import_account_header"),
    named=column_named)  # headers in the window's words, in any of its languages, or a synonym
# Every column the export writes and import reads is read exactly as one cell of a row.
assert READ_COLUMNS == ACCOUNT_TABLE.columns


def read_table(path: str | Path, *, sheet: str | None = None) -> ParsedFile:
    """The file (CSV, or a workbook's `sheet` or first sheet) as the account import's table, or
    ImportRefused with a sentence (and a line)."""
    return read_spreadsheet(path, ACCOUNT_TABLE, sheet)


def plan_import(db: Database, parsed: ParsedFile, *, today: date | None = None) -> ImportPlan:
    """Classify every row of the file; write nothing."""
    with bulk_work():
        return plan_rows(db, parsed, today or date.today())


@unit_of_work
def apply_import(db: Database, plan: ImportPlan, *, only_valid_rows: bool = False, grant_again: bool = False,
                 progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Write the plan in one transaction: every new and changed row, or (on any error) nothing.

    With rows in error, nothing is written unless only_valid_rows is True; then the valid rows
    are written and the others skipped. Rows in conflict (they would grant again a role an
    offboarding took away, or one revoked after the file was exported) are left out unless
    grant_again is True. `progress(done, total)` returning False cancels: the transaction is
    rolled back and Cancelled raised.
    """
    errors = plan.errors
    if errors and not only_valid_rows:
        raise ImportRefused("import_rows_in_error", file=plan.source, count=len(errors), line=errors[0].line)
    try:
        with bulk_work(), db.transaction() as session:
            return Writer(session, db.actor, plan, lambda work: grant_again or not work.conflict, progress).write()
    except (sa.exc.IntegrityError, StalePlan):
        raise Conflict("import_changed_since_preview") from None
