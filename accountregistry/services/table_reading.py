"""Reading a spreadsheet's table from a file: decoding, dialect and header, for any import.

    parsed = read_table(path, shape)    the file checked, its header read, or ImportRefused
    for line, cells in parsed.records(): ...   its rows, read from the file as they are needed

What an import reads is described by a TableShape: the columns it knows, those it computes
itself (skipped without a word), and the columns a row needs to be recognised by. The account
import (services/csv_import) and the people import share this reading.

Bounded: the file must be a regular file (a pipe, a FIFO or a device is refused before it is
read, so none can hang the import or stream without end); at most MAX_FILE_BYTES are read, counted
as they are read (a file that grows, or claims another size, cannot get past it); at most
MAX_ROWS rows. The rows are never all in memory as text: `records()` decodes and splits the file
as it goes, and says when the file has changed since `read_table` checked it.

- Encodings: UTF-8 with or without a byte order mark, UTF-16 LE or BE with a byte order mark
  (Excel's "Unicode text"), otherwise Windows-1252 (Excel's "CSV" on Western Windows).
- Delimiters: ``;`` ``,`` tab or ``|``. Guessed by csv.Sniffer, then checked against the header:
  the delimiter chosen is the one that splits the first line into the most known column names.
- The first non-blank line is the header. Column names are matched without regard to case,
  spaces or hyphens ("Holder email" is holder_email). Unknown columns are reported and ignored.
- Refused whole, with the line number: NUL bytes, a quote that is never closed, bytes that are
  not text in any of the encodings, a file larger than MAX_FILE_BYTES (64 MiB: twice an export
  of the designed 100,000 accounts) or of more than MAX_ROWS rows, a cell longer than csv's
  field limit (128 KiB), an empty file, a header naming a column twice or none of the columns
  a row is recognised by.
- Blank lines are skipped; each row keeps the line it starts on, as a spreadsheet numbers it.
- A leading apostrophe that an export added against formula injection is removed (exactly
  the one; see ownership_report.restore).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from accountregistry.domain.errors import Problem, RegistryError
from accountregistry.domain.messages import Phrase
from accountregistry.services.import_words import word
from accountregistry.services.ownership_report import restore

__all__ = ["DELIMITERS", "MAX_FILE_BYTES", "MAX_ROWS", "ImportRefused", "ParsedFile", "RowWidths", "TableShape",
           "read_table"]

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000  # twice the designed 100,000 accounts, as the file size is
DELIMITERS = (";", ",", "\t", "|")
_SAMPLE = 65536  # characters looked at to choose the delimiter
_CHUNK = 1 << 20  # bytes read at a time
# (byte order mark, codec, the encoding as a user would name it)
_MARKED = ((codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
           (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"))


class ImportRefused(RegistryError):
    """The file cannot be read as a table, or the plan cannot be applied; nothing was written.
    `line` is the file's line the refusal is about, when there is one."""

    code = "import_refused"

    def __init__(self, code: str | None = None, /, *, line: int | None = None, **params):
        if line is not None:
            params["line"] = line
        super().__init__(code, **params)
        self.line = line


@dataclass(frozen=True)
class TableShape:
    """The columns one kind of import reads."""

    columns: frozenset[str]  # read from the file
    computed: frozenset[str] = frozenset()  # written by the export, never read back: skipped
    # A row is recognised by all columns of one of these groups (("url",), ("platform", "handle")).
    keys: tuple[tuple[str, ...], ...] = ()
    example: str | Phrase = ""  # a header line to show in refusals
    # The column a header names in other words (a translation, a synonym), or None.
    named: Callable[[str], str | None] | None = None

    def column(self, name: str) -> str:
        """The column a normalised header cell names: itself, or what `named` finds."""
        if name in self.columns or name in self.computed or self.named is None:
            return name
        return self.named(name) or name

    def known(self, name: str) -> bool:
        name = self.column(name)
        return name in self.columns or name in self.computed


@dataclass(frozen=True)
class ParsedFile:
    path: Path
    encoding: str  # as a user would name it: "UTF-8", "UTF-16 LE", "Windows-1252", ...
    delimiter: str
    header: tuple[str, ...]  # the file's column names, normalised
    columns: dict[str, int]  # known column -> its position in a row
    unknown_columns: tuple[str, ...]  # as written in the file
    ignored_columns: tuple[str, ...]  # computed by the registry; read back never
    codec: str
    skip: int  # bytes before the text: the byte order mark
    header_line: int
    digest: bytes  # of the bytes read_table checked: records() refuses a file changed since
    formula_cells: int = 0  # a CSV file's cells are text: a workbook's may be read from formulas

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line the row starts on, cells) of every row after the header, blank lines left out,
        read from the file as they are needed. A file changed since read_table is refused."""
        with opened(self.path) as file:
            source = _Checked(file, self.path.name)
            source.read(self.skip)
            text = io.TextIOWrapper(io.BufferedReader(source, _CHUNK), encoding=self.codec, newline="")
            count = 0
            for line, record in _records(text, self.delimiter, self.path.name):
                if line <= self.header_line:
                    continue
                count += 1
                if count > MAX_ROWS:
                    raise ImportRefused("import_too_many_rows", file=self.path.name, limit=MAX_ROWS, line=line)
                yield line, record
            if source.digest() != self.digest:
                raise ImportRefused("import_file_changed", file=self.path.name)


class RowWidths:
    """Whether each row's cells fit under the header: no fewer than its named columns, nothing
    in a cell beyond the last of them (blank cells there are harmless: a spreadsheet saves its
    whole used range). The first row that does not fit is where the columns seem shifted from:
    a delimiter inside an unquoted cell, or a spreadsheet that split a cell into two.
    The rows that fit are handed to `shifted` (services/column_looks.ShiftedValues), which tells
    values moved by one column though every row keeps the header's width."""

    def __init__(self, header: Iterable[str], shifted=None):
        self.shifted = shifted
        names = list(header)
        while names and not names[-1]:
            names.pop()
        self.width = len(names)
        self.first: int | None = None
        self.misfits = 0

    def problem(self, line: int, cells: list[str]) -> Problem | None:
        """The row's problem when its cells do not fit under the header, else None."""
        width = self.width
        if len(cells) >= width and not any(cell.strip() for cell in cells[width:]):
            return None
        filled = len(cells)
        while filled > width and not cells[filled - 1].strip():
            filled -= 1
        self.misfits += 1
        if self.first is None:
            self.first = line
        return Problem("row_cells_count", {"cells": filled, "width": width})

    @staticmethod
    def shown(cells: list[str], limit: int = 60) -> str:
        """A row that does not fit, as the preview names it so the user finds it in the file:
        its non-blank cells as read, "https://x.com/acme_se | Acme | Sverige | …"."""
        text = " | ".join(cell.strip() for cell in cells if cell.strip())
        return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"

    def fitted(self, line: int, cells: list[str], failed: bool) -> None:
        """A row that fits under the header, and whether reading it found a problem."""
        if self.shifted is not None:
            self.shifted.row(line, cells, failed)

    def refusal(self, file: str) -> ImportRefused | None:
        """"The columns seem shifted from line N", when a row did not fit, or when most rows' values
        sit one column off: said before the rows' reasons."""
        if self.first is None:
            return self.shifted.refusal(file) if self.shifted is not None else None
        return ImportRefused("import_columns_shifted", file=file, line=self.first, count=self.misfits,
                             width=self.width)


def read_table(path: str | Path, shape: TableShape) -> ParsedFile:
    """The file checked (a regular file, its size, its encoding, no NUL) and its header read, or
    ImportRefused with a sentence (and a line number). Workbooks: services/workbook_reading."""
    path = Path(path)
    shown = path.name
    with opened(path) as file:
        checked = _check_bytes(file, shown)
    sample = checked.sample
    if not sample.strip():
        raise ImportRefused("import_empty", file=shown, example=shape.example)
    delimiter = _choose_delimiter(sample, shape)
    if delimiter is None:
        raise ImportRefused("import_no_header", file=shown, first=sample.lstrip().splitlines()[0][:120],
                            example=shape.example, line=1)
    header_line, header = next(_records(io.StringIO(sample, newline=""), delimiter, shown,
                                        partial=not checked.complete), (1, []))
    names = [word(cell) for cell in header]
    columns, unknown, ignored = columns_of(names, header, shape, shown, header_line)
    return ParsedFile(path=path, encoding=checked.encoding, delimiter=delimiter, header=tuple(names),
                      columns=columns, unknown_columns=tuple(unknown), ignored_columns=tuple(ignored),
                      codec=checked.codec, skip=checked.skip, header_line=header_line, digest=checked.digest)


# ---------------------------------------------------------------------------------------------
# The bytes
# ---------------------------------------------------------------------------------------------

class opened:
    """The file opened for reading, if it is a regular file: a FIFO is opened without waiting
    for a writer, then refused with pipes, devices and sockets; a folder is refused as one."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> BinaryIO:
        path = self.path
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            raise ImportRefused("import_missing", path=str(path)) from None
        except IsADirectoryError:
            raise ImportRefused("import_is_folder", path=str(path)) from None
        except PermissionError:
            raise ImportRefused("import_not_permitted", path=str(path)) from None
        except OSError as error:
            raise ImportRefused("import_unreadable", path=str(path),
                                reason=error) from None
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            os.close(descriptor)
            raise ImportRefused("import_is_folder" if stat.S_ISDIR(mode) else "import_not_a_file", path=str(path))
        self.file = os.fdopen(descriptor, "rb")
        return self.file

    def __exit__(self, *exc) -> None:
        self.file.close()


class _Checked(io.RawIOBase):
    """The file's bytes as they are read: at most MAX_FILE_BYTES of them, and their digest."""

    def __init__(self, file: BinaryIO, shown: str):
        self.file, self.shown, self.read_so_far, self.hash = file, shown, 0, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            count = self.file.readinto(buffer)
        except OSError as error:
            raise ImportRefused("import_unreadable", path=self.shown,
                                reason=error) from None
        self.read_so_far += count
        if self.read_so_far > MAX_FILE_BYTES:
            raise ImportRefused("import_too_large_read", file=self.shown, limit=MAX_FILE_BYTES // 1_048_576)
        self.hash.update(memoryview(buffer)[:count])
        return count

    def digest(self) -> bytes:
        return self.hash.digest()


@dataclass(frozen=True)
class _Bytes:
    encoding: str
    codec: str
    skip: int
    sample: str  # the first characters, for the delimiter and the header
    complete: bool  # whether the sample is the whole text
    digest: bytes


def _check_bytes(file: BinaryIO, shown: str) -> _Bytes:
    """One pass over the bytes: the size within the limit, the encoding that reads every one
    of them, no NUL; the first characters as text. Nothing but a chunk is held at a time."""
    size = os.fstat(file.fileno()).st_size
    if size > MAX_FILE_BYTES:  # said at once when the file says so; the reading counts anyway
        raise ImportRefused("import_too_large", file=shown, size=round(size / 1_048_576),
                            limit=MAX_FILE_BYTES // 1_048_576)
    source = _Checked(file, shown)
    first = source.read(_CHUNK)
    marked = next(((codec, name, len(bom)) for bom, codec, name in _MARKED if first.startswith(bom)), None)
    if marked is not None:
        codec, name, skip = marked
        _decode_all(source, first, codec, skip, shown, strict_nul=True)
    else:
        codec, name, skip = "utf-8", "UTF-8", 0
        # Valid UTF-8 is almost never Windows-1252 text by accident, so UTF-8 is tried first.
        if not _decode_all(source, first, codec, skip, shown, fallback=True):
            codec, name = "cp1252", "Windows-1252"
            file.seek(0)
            source = _Checked(file, shown)
            first = source.read(_CHUNK)
            _decode_all(source, first, codec, skip, shown)
    text = codecs.getincrementaldecoder(codec)(errors="ignore").decode(first[skip:skip + _SAMPLE * 4])
    complete = source.read_so_far - skip <= _SAMPLE * 4 and len(text) <= _SAMPLE
    return _Bytes(encoding=name, codec=codec, skip=skip, sample=text[:_SAMPLE], complete=complete,
                  digest=source.digest())


def _decode_all(source: _Checked, first: bytes, codec: str, skip: int, shown: str, *, fallback: bool = False,
                strict_nul: bool = False) -> bool:
    """Decode every byte (keeping no text): False when UTF-8 fails and Windows-1252 may be
    tried; NUL bytes in an unmarked file, NUL characters, and undecodable bytes refused."""
    decoder = codecs.getincrementaldecoder(codec)()
    lines, chunk = 1, first[skip:]
    while True:
        if not strict_nul and (nul := chunk.find(b"\x00")) >= 0:
            raise ImportRefused("import_nul_bytes", file=shown, line=lines + chunk.count(b"\n", 0, nul))
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            if fallback:
                return False
            raise ImportRefused("import_not_text", file=shown,
                                line=lines + chunk.count(b"\n", 0, max(error.start, 0))) from None
        if (nul := text.find("\x00")) >= 0:
            raise ImportRefused("import_nul_characters", file=shown, line=lines + text.count("\n", 0, nul))
        lines += text.count("\n")
        if not chunk:
            return True
        chunk = source.read(_CHUNK)


# ---------------------------------------------------------------------------------------------
# The text
# ---------------------------------------------------------------------------------------------

def _first_record(text: str, delimiter: str) -> list[str]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return record
    except csv.Error:
        pass
    return []


def _choose_delimiter(sample: str, shape: TableShape) -> str | None:
    """The delimiter that makes the header name the most known columns; the sniffer breaks ties."""
    lines = "\n".join(sample.splitlines()[:50])
    try:
        sniffed = csv.Sniffer().sniff(lines, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: sum(shape.known(word(cell)) for cell in _first_record(sample, d)) for d in DELIMITERS}
    best = max(scores.values())
    if best == 0:
        return None
    if sniffed in scores and scores[sniffed] == best:
        return sniffed
    return next(d for d in (",", ";", "\t", "|") if scores[d] == best)


def _records(text: Iterable[str], delimiter: str, shown: str, *,
             partial: bool = False) -> Iterator[tuple[int, list[str]]]:
    """Each non-blank record with the line it starts on; `partial` for a sample that may end
    inside a record (its last one is not read)."""
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    start = 1
    try:
        for record in reader:
            if record and (record[0].strip() or any(cell.strip() for cell in record)):
                yield start, _restored(record)
            start = reader.line_num + 1
    except csv.Error as error:
        if partial:
            return
        raise ImportRefused(_csv_refusal(str(error)), file=shown, line=start, limit=csv.field_size_limit()) from None


def _restored(record: list[str]) -> list[str]:
    if "\x1f'" in "\x1f" + "\x1f".join(record):  # some cell starts with an apostrophe
        return [restore(cell) if cell[:1] == "'" else cell for cell in record]
    return record


def _csv_refusal(reason: str) -> str:
    """The code for what Python's csv module says is wrong (its words are English only)."""
    if "unexpected end of data" in reason or "EOF" in reason:
        return "import_unclosed_quote"
    if "field larger than field limit" in reason:
        return "import_cell_too_long"
    return "import_bad_csv"


def columns_of(names: list[str], header: Iterable[str], shape: TableShape, shown: str,
             header_line: int) -> tuple[dict[str, int], list[str], list[str]]:
    """Each known column's position, and the unknown and computed columns, as the file names them."""
    columns: dict[str, int] = {}
    unknown: list[str] = []
    ignored: list[str] = []
    for position, (name, written) in enumerate(zip(names, header)):
        if not name:
            continue
        name = shape.column(name)
        if name in columns or name in ignored:
            raise ImportRefused("import_column_twice", file=shown, column=name, line=header_line)
        if name in shape.computed:
            ignored.append(name)
        elif name in shape.columns:
            columns[name] = position
        else:
            unknown.append(written.strip())
    if shape.keys and not any(set(group) <= columns.keys() for group in shape.keys):
        raise ImportRefused("import_no_key_columns", file=shown, line=header_line,
                            needed=[" + ".join(group) for group in shape.keys])
    return columns, unknown, ignored
