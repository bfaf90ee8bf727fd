"""Reading a table from a workbook (.xlsx from Excel, .ods from LibreOffice) for any import.

    parsed = read_spreadsheet(path, shape, sheet=None)   a workbook's first (or named) sheet,
                                                         other files by table_reading (CSV)
    for row, cells in parsed.records(): ...              as table_reading's ParsedFile gives them

An .xlsx sheet is streamed by services/xlsx_sheet, an .ods sheet by services/ods_sheet: memory
does not grow with the sheet. Both give a cell the value python-calamine gives it (a Rust
library, fast, but it holds the whole sheet: the tests compare both streams with it, in
tests/services/calamine_reading.py), except that a cell holding a formula is read as the
formula's text as the user sees it in Excel or Calc ("=A1+1"), never its cached result and never
calculated: the import treats it as any text (a formula under URL is refused by the URL rule,
one in the notes kept as typed; the CSV export neutralises it); the preview counts them
(ParsedWorkbook.formula_cells). The rows go to a spool file, so the sheet is parsed once and
never held beside the plan. Cells become the text a CSV would hold: dates ISO 8601
(2026-12-31), whole numbers without ".0", text exactly as stored; rows keep their numbers in
the sheet (a header in row 3 is line 3).

Refused with a sentence before a single row is planned, so nothing is written:
- what is not a workbook whatever its name says (a CSV renamed .xlsx), an old .xls, a
  password-protected file, a damaged one;
- a workbook that unpacks to more than MAX_UNPACKED_BYTES (50 MB), or a part that unpacks to more
  than MAX_UNPACK_RATIO times its packed size, by the sizes the zip states, before anything is
  unpacked (a zip bomb cannot get past: zipfile gives no more of a part than its stated size);
- hidden sheets (nothing is imported that the user cannot see), merged header cells;
- more than table_reading's MAX_FILE_BYTES on disk, or MAX_ROWS rows, or cells holding more
  text than MAX_FILE_BYTES characters (shared strings named many times);
- in an .xlsx, a document type declaration (entities), a text longer than a parser should hold,
  or more sheets or styles than a workbook has (services/xlsx_sheet, as its parts are read).
"""

from __future__ import annotations

import marshal
import re
import tempfile
import weakref
import zipfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

from accountregistry.domain.messages import Phrase
from accountregistry.services.table_reading import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportRefused,
    ParsedFile,
    TableShape,
    columns_of,
    opened,
    read_table,
)
from accountregistry.services.bulk_work import fewer_collections
from accountregistry.services.import_words import word
from accountregistry.services.ods_sheet import OdsBook
from accountregistry.services.xlsx_sheet import XlsxBook

__all__ = ["MAX_UNPACKED_BYTES", "WORKBOOK_SUFFIXES", "ParsedWorkbook", "beyond_import", "is_workbook",
           "read_spreadsheet", "read_workbook"]

# Issue 13: no workbook over 50 MB unpacked is read, whichever MB is meant (a spreadsheet of 100,000
# accounts as a company keeps it fits; our export of every column passes it at ~37,500 accounts as
# .xlsx, its .ods sooner: beyond_import says so after such an export, to be read back as CSV). A zip
# bomb is also told by each part's unpacked / packed size (XML: 10-30x).
MAX_UNPACKED_BYTES = 50_000_000
MAX_UNPACK_RATIO = 200
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 20
_ENCRYPTED_ODS = re.compile(rb"encryption-data")
# What a damaged zip or sheet XML raises while a sheet is streamed.
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError, KeyError, IndexError,
            ParseError, ExpatError)


def is_workbook(path: Path) -> bool:
    """Whether the file is to be read as a workbook: by its first bytes, or by its name."""
    with opened(path) as file:
        first = file.read(8)
    return first.startswith((_ZIP, _OLE)) or path.suffix.lower() in WORKBOOK_SUFFIXES


@dataclass(frozen=True)
class ParsedWorkbook:
    """A workbook's sheet, read as table_reading.ParsedFile reads a CSV file."""

    path: Path
    sheet: str
    header: tuple[str, ...]
    columns: dict[str, int]
    unknown_columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    header_line: int
    encoding: str = "workbook"
    delimiter: str = ""
    # The sheet's rows as read_workbook read them: a sheet is parsed once.
    spool: _Spool | None = field(default=None, compare=False, repr=False)
    formula_cells: int = 0  # cells read as their formula's text

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells as text) of every row after the header, blank rows left out."""
        shown = self.path.name
        count = 0
        for row, cells in self.spool.rows():
            if row <= self.header_line:
                continue
            count += 1
            if count > MAX_ROWS:
                raise ImportRefused("import_too_many_rows", file=shown, limit=MAX_ROWS, line=row)
            yield row, cells


def read_spreadsheet(path: str | Path, shape: TableShape, sheet: str | None = None) -> ParsedFile | ParsedWorkbook:
    """A workbook (by its first bytes, or by its name) read from `sheet` or its first sheet;
    any other file as CSV text (table_reading.read_table)."""
    path = Path(path)
    if is_workbook(path):
        return read_workbook(path, shape, sheet)
    return read_table(path, shape)


def read_workbook(path: str | Path, shape: TableShape, sheet: str | None = None) -> ParsedWorkbook:
    """The workbook checked and its sheet's header read, or ImportRefused with a sentence."""
    path = Path(path)
    shown = path.name
    if _check_container(path):
        chosen, spool, merged, formulas = _xlsx_sheet(path, sheet)
    else:
        chosen, spool, merged, formulas = _ods_sheet(path, sheet)
    header_line, header = next(spool.rows(), (1, []))
    if not any(cell.strip() for cell in header):
        raise ImportRefused("import_empty", file=shown, example=shape.example)
    if any(start[0] + 1 <= header_line <= end[0] + 1 and start[1] != end[1] for start, end in merged):
        raise ImportRefused("workbook_merged_header", file=shown, line=header_line)
    names = [word(cell) for cell in header]
    columns, unknown, ignored = columns_of(names, header, shape, shown, header_line)
    return ParsedWorkbook(path=path, sheet=chosen, header=tuple(names), columns=columns,
                          unknown_columns=tuple(unknown), ignored_columns=tuple(ignored), header_line=header_line,
                          spool=spool, formula_cells=formulas)


def _xlsx_sheet(path: Path, sheet: str | None) -> tuple[str, _Spool, list, int]:
    """An .xlsx sheet streamed into a spool (services/xlsx_sheet): memory does not grow with it."""
    shown = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            book = XlsxBook(archive)
            chosen = _chosen_sheet([(found.name, found.visible) for found in book.sheets], shown, sheet)
            found = next(found for found in book.sheets if found.name == chosen)
            return chosen, _Spool(book.rows(found, _text), shown), book.merged, book.formulas
    except _DAMAGED:
        raise ImportRefused("workbook_damaged", file=shown) from None


def _ods_sheet(path: Path, sheet: str | None) -> tuple[str, _Spool, list, int]:
    """An .ods sheet streamed into a spool (services/ods_sheet): memory does not grow with it.
    content.xml is parsed once, the wanted table's rows spooled as they come and the others'
    dropped; only when two tables' names match `sheet` alike (the last one is python-calamine's
    and _chosen_sheet's) is it parsed again for the last."""
    shown = path.name
    wanted = sheet.strip().casefold() if sheet is not None else None
    try:
        with zipfile.ZipFile(path) as archive:
            if "content.xml" not in archive.namelist():
                raise ImportRefused("workbook_damaged", file=shown)
            book = OdsBook(archive)
            spool = _Spool(book.rows(lambda index, name: wanted is None or name.casefold() == wanted, _text), shown,
                           rest=True)
            chosen = _chosen_sheet([(found.name, found.visible) for found in book.sheets], shown, sheet)
            last = max(index for index, found in enumerate(book.sheets) if found.name == chosen)
            if last != book.chosen:
                spool = _Spool(book.rows(lambda index, name: index == last, _text), shown, rest=True)
            return chosen, spool, book.merged, book.formulas
    except _DAMAGED:
        raise ImportRefused("workbook_damaged", file=shown) from None


# ---------------------------------------------------------------------------------------------
# The container
# ---------------------------------------------------------------------------------------------

def _check_container(path: Path) -> bool:
    """A zip within the limits; the other kinds of file refused by name.
    True for an .xlsx (its parts say so), False for another workbook (.ods)."""
    shown = path.name
    with opened(path) as file:
        first = file.read(_CHUNK)
        if not first.startswith(_ZIP):
            if first.startswith(_OLE):
                code = "workbook_password" if _ENCRYPTED_OOXML in first else "workbook_old_format"
                raise ImportRefused(code, file=shown)
            raise ImportRefused("workbook_not_a_workbook", file=shown)
        file.seek(0, 2)
        if file.tell() > MAX_FILE_BYTES:
            raise ImportRefused("import_too_large", file=shown, size=round(file.tell() / 1_048_576),
                                limit=MAX_FILE_BYTES // 1_048_576)
        file.seek(0)
        try:
            with zipfile.ZipFile(file) as archive:
                names = archive.namelist()
                xlsx = "[Content_Types].xml" in names and "content.xml" not in names
                _check_parts(archive, shown, xlsx)
                return xlsx
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError):
            raise ImportRefused("workbook_damaged", file=shown) from None


def _check_parts(archive: zipfile.ZipFile, shown: str, xlsx: bool) -> None:
    """The parts' sizes as the zip states them, checked before anything is unpacked: zipfile gives
    no more of a part than its stated size (the rest is cut off, and fails the part's CRC). The
    total within MAX_UNPACKED_BYTES, each part within MAX_UNPACK_RATIO times its packed size; no
    encrypted ODS content. Packed as stored or deflated only: zipfile keeps to the stated size only
    for those (a bzip2 or LZMA part stating a false size is unpacked whole into memory)."""
    parts = archive.infolist()
    if any(part.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for part in parts):
        raise ImportRefused("workbook_damaged", file=shown)  # what Excel and LibreOffice never write
    size = sum(part.file_size for part in parts)
    if size > MAX_UNPACKED_BYTES:
        raise ImportRefused("workbook_too_large_unpacked", file=shown, **_in_mb(size))
    if any(part.file_size > MAX_UNPACK_RATIO * max(part.compress_size, 65536) for part in parts):
        raise ImportRefused("workbook_packed_too_tightly", file=shown, ratio=MAX_UNPACK_RATIO)
    for part in parts if not xlsx else ():
        if part.filename == "META-INF/manifest.xml":
            with archive.open(part) as manifest:
                tail = b""
                while chunk := manifest.read(_CHUNK):
                    if _ENCRYPTED_ODS.search(tail + chunk):
                        raise ImportRefused("workbook_password", file=shown)
                    tail = chunk[-32:]


def beyond_import(path: Path) -> Phrase | None:
    """What to say after writing `path` if it is a workbook the import will not read back
    (it unpacks to more than MAX_UNPACKED_BYTES); None for any other file."""
    path = Path(path).expanduser()  # as the export wrote it
    if not zipfile.is_zipfile(path):
        return None
    with zipfile.ZipFile(path) as archive:
        size = sum(part.file_size for part in archive.infolist())
    return Phrase("export_beyond_import", file=path.name, **_in_mb(size)) if size > MAX_UNPACKED_BYTES else None


def _in_mb(size: int) -> dict[str, float]:
    """The unpacked size rounded up to 0.1 MB (50,000,001 bytes: 50.1 MB, over the limit) and the limit."""
    return {"size": -(-size // 100_000) / 10, "limit": MAX_UNPACKED_BYTES // 1_000_000}


def _chosen_sheet(sheets: list[tuple[str, bool]], shown: str, sheet: str | None) -> str:
    """The sheet named (case-insensitively), or the first; refused when any sheet is hidden."""
    for name, visible in sheets:
        if not visible:
            raise ImportRefused("workbook_hidden_sheet", file=shown, sheet=name)
    names = [name for name, _ in sheets]
    if sheet is None:
        if not names:
            raise ImportRefused("import_empty", file=shown, example="")
        return names[0]
    wanted = {name.casefold(): name for name in names}.get(sheet.strip().casefold())
    if wanted is None:
        raise ImportRefused("workbook_no_sheet", file=shown, sheet=sheet, sheets=names)
    return wanted


# ---------------------------------------------------------------------------------------------
# The cells
# ---------------------------------------------------------------------------------------------

class _Spool:
    """A sheet's rows as text in an anonymous temporary file (the owner's only; gone when closed
    or when the program ends; marshal's format, the fastest to write and read back for lists of
    text, read by this same process), read back chunk by chunk, each row as wide as the widest (blank
    cells added at its end, as a workbook library gives a sheet's used range). Held: one chunk.
    The text of the cells may not exceed what a CSV file may hold (table_reading's
    MAX_FILE_BYTES): a workbook's shared strings would otherwise let a small file name one long
    text millions of times. Rows after MAX_ROWS + 1 are not kept (records() refuses them).
    One reading at a time."""

    CHUNK_CELLS = 50_000
    CHUNK_CHARACTERS = 2_000_000

    def __init__(self, rows: Iterator[tuple[int, list[str]]], shown: str, rest: bool = False):
        self.file = tempfile.TemporaryFile(prefix="accountregistry-sheet-")
        weakref.finalize(self, self.file.close)
        chunk: list[tuple[int, list[str]]] = []
        width = cells = characters = in_chunk = kept = 0
        with closing(rows), fewer_collections():
            for row in rows:
                values = row[1]
                length = len("".join(values))  # as sum(map(len, values)), in a quarter of the time
                if not length:  # a blank row
                    continue
                characters += length
                if characters > MAX_FILE_BYTES:
                    raise ImportRefused("import_too_large_read", file=shown, limit=MAX_FILE_BYTES // 1_048_576)
                if len(values) > width:
                    width = len(values)
                chunk.append(row)
                cells += len(values)
                in_chunk += length
                kept += 1
                if cells >= self.CHUNK_CELLS or in_chunk >= self.CHUNK_CHARACTERS:
                    self._dump(chunk)
                    chunk, cells, in_chunk = [], 0, 0
                if kept > MAX_ROWS + 1:
                    break
            for _ in rows if rest else ():  # an .ods: the rest of the part, the other tables' names and visibility
                pass
        self._dump(chunk)
        self.width = width

    def _dump(self, chunk: list[tuple[int, list[str]]]) -> None:
        if chunk:
            data = marshal.dumps(chunk)
            self.file.write(len(data).to_bytes(8, "little"))
            self.file.write(data)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        self.file.seek(0)
        width = self.width
        while size := self.file.read(8):
            chunk = marshal.loads(self.file.read(int.from_bytes(size, "little")))
            for row, cells in chunk:
                yield row, cells if len(cells) == width else cells + [""] * (width - len(cells))


def _text(value) -> str:
    """A cell as the text a CSV would hold for it."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return "" if value is None else str(value)
