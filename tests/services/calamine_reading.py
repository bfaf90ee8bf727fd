"""python-calamine's reading of a workbook sheet, which holds the whole sheet in memory: what
the tests compare the import's streams (workbook_reading._xlsx_sheet, _ods_sheet) with. It was
the import's own reading until the streams replaced it; it lives here since no import reads
through it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

from accountregistry.services.table_reading import ImportRefused
from accountregistry.services.workbook_reading import _chosen_sheet, _Spool, _text


def calamine_sheet(path: Path, sheet: str | None) -> tuple[str, _Spool, list]:
    """(the chosen sheet, its rows spooled, its merged ranges), as the streams return them."""
    book = _book(path)
    try:
        metadata = [(found.name, found.visible == SheetVisibleEnum.Visible) for found in book.sheets_metadata]
        chosen = _chosen_sheet(metadata, path.name, sheet)
        table = book.get_sheet_by_name(chosen)
        merged = list(table.merged_cell_ranges or [])
        spool = _Spool(_calamine_rows(table), path.name)
    except (OverflowError, ValueError):  # a duration beyond Python's (days=2147483647)
        raise ImportRefused("workbook_damaged", file=path.name) from None
    finally:
        table = None
        book.close()
    return chosen, spool, merged


def _book(path: Path):
    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise ImportRefused("workbook_password", file=path.name) from None
    except (CalamineError, ValueError, OSError):
        raise ImportRefused("workbook_damaged", file=path.name) from None


def _calamine_rows(table) -> Iterator[tuple[int, list[str]]]:
    # python-calamine gives every row from the sheet's first (row 1), and the columns of the
    # used range only: those on its left are added back.
    padding = [""] * (table.start or (0, 0))[1]
    for number, values in enumerate(table.iter_rows(), start=1):
        yield number, padding + [_text(value) for value in values]
