"""Reading a spreadsheet's table from a file: decoding, dialect and header, for any import.

    read_table(path, shape)     the file as a header and rows, or ImportRefused with a line

What an import reads is described by a TableShape: the columns it knows, those it computes
itself (skipped without a word), and the columns a row needs to be recognised by. The account
import (services/csv_import) and the people import share this reading.

- Encodings: UTF-8 with or without a byte order mark, UTF-16 LE or BE with a byte order mark
  (Excel's "Unicode text"), otherwise Windows-1252 (Excel's "CSV" on Western Windows).
- Delimiters: ``;`` ``,`` tab or ``|``. Guessed by csv.Sniffer, then checked against the header:
  the delimiter chosen is the one that splits the first line into the most known column names.
- The first non-blank line is the header. Column names are matched without regard to case,
  spaces or hyphens ("Holder email" is holder_email). Unknown columns are reported and ignored.
- Refused whole, with the line number: NUL bytes, a quote that is never closed, bytes that are
  not text in any of the encodings, a file larger than MAX_FILE_BYTES (64 MiB: twice an export
  of the designed 100,000 accounts), a cell longer than csv's field limit (128 KiB), an empty
  file, a header naming a column twice or none of the columns a row is recognised by.
- Blank lines are skipped; each row keeps the line it starts on, as a spreadsheet numbers it.
- A leading apostrophe that an export added against formula injection is removed (exactly
  the one; see ownership_report.restore).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from accountregistry.domain.errors import RegistryError
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.ownership_report import restore

__all__ = ["DELIMITERS", "MAX_FILE_BYTES", "ImportRefused", "ParsedFile", "TableShape", "read_table"]

MAX_FILE_BYTES = 64 * 1024 * 1024
DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "vertical bar"}
_SAMPLE = 65536  # characters looked at to choose the delimiter


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
    example: str = ""  # a header line to show in refusals

    def known(self, name: str) -> bool:
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
    rows: list[tuple[int, list[str]]]  # (line the row starts on, cells), blank lines left out

    @property
    def delimiter_name(self) -> str:
        return _DELIMITER_NAMES[self.delimiter]


def normalise_name(text: str) -> str:
    """A column name or a choice as the registry writes it: "Holder e-mail " -> "holder_e_mail"."""
    return "_".join(text.strip().lower().replace("-", " ").split())


def read_table(path: str | Path, shape: TableShape) -> ParsedFile:
    """The file as a header and rows, or ImportRefused with a sentence (and a line number)."""
    path = Path(path)
    shown = path.name
    text, encoding = _decode(shown, _read_bytes(path))
    nul = text.find("\x00")
    if nul >= 0:
        raise ImportRefused("import_nul_characters", file=shown, line=_line_of(text, nul))
    if not text.strip():
        raise ImportRefused("import_empty", file=shown, example=shape.example)
    delimiter = _choose_delimiter(text, shape)
    if delimiter is None:
        raise ImportRefused("import_no_header", file=shown, first=text.lstrip().splitlines()[0][:120],
                            example=shape.example, line=1)
    with bulk_work():
        header, header_line, rows = _records(text, delimiter, shown)
    names = [normalise_name(cell) for cell in header]
    columns, unknown, ignored = _columns(names, header, shape, shown, header_line)
    return ParsedFile(path=path, encoding=encoding, delimiter=delimiter, header=tuple(names), columns=columns,
                      unknown_columns=tuple(unknown), ignored_columns=tuple(ignored), rows=rows)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ImportRefused("import_is_folder", path=str(path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused("import_too_large", file=path.name, size=round(size / 1_048_576),
                                limit=MAX_FILE_BYTES // 1_048_576)
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused("import_missing", path=str(path)) from None
    except PermissionError:
        raise ImportRefused("import_not_permitted", path=str(path)) from None
    except OSError as error:
        raise ImportRefused("import_unreadable", path=str(path), reason=error) from None


def _line_of(data: bytes | str, offset: int) -> int:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, offset) + 1


def _decode(shown: str, data: bytes) -> tuple[str, str]:
    """(text, encoding name) or ImportRefused."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8", "UTF-8 with BOM", data[3:])]
    elif data.startswith(b"\xff\xfe"):
        candidates = [("utf-16-le", "UTF-16 LE", data[2:])]
    elif data.startswith(b"\xfe\xff"):
        candidates = [("utf-16-be", "UTF-16 BE", data[2:])]
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise ImportRefused("import_nul_bytes", file=shown, line=_line_of(data, nul))
        # Valid UTF-8 is almost never Windows-1252 text by accident, so UTF-8 is tried first.
        candidates = [("utf-8", "UTF-8", data), ("cp1252", "Windows-1252", data)]
    for codec, name, payload in candidates:
        try:
            return payload.decode(codec), name
        except UnicodeDecodeError as error:
            failure = error
    # The last candidate's failure: for an unmarked file, where not even Windows-1252 reads it.
    raise ImportRefused("import_not_text", file=shown, line=_line_of(candidates[-1][2], failure.start))


def _first_record(text: str, delimiter: str) -> list[str]:
    reader = csv.reader(io.StringIO(text[:_SAMPLE], newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return record
    except csv.Error:
        pass
    return []


def _choose_delimiter(text: str, shape: TableShape) -> str | None:
    """The delimiter that makes the header name the most known columns; the sniffer breaks ties."""
    sample = "\n".join(text[:_SAMPLE].splitlines()[:50])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: sum(shape.known(normalise_name(cell)) for cell in _first_record(text, d)) for d in DELIMITERS}
    best = max(scores.values())
    if best == 0:
        return None
    if sniffed in scores and scores[sniffed] == best:
        return sniffed
    return next(d for d in (",", ";", "\t", "|") if scores[d] == best)


def _records(text: str, delimiter: str, shown: str) -> tuple[list[str], int, list[tuple[int, list[str]]]]:
    """The header, its line, and the rows with the line each starts on; blank lines left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    header_line = 1
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for record in reader:
            if record and (record[0].strip() or any(cell.strip() for cell in record)):
                if header is None:
                    header, header_line = record, start
                else:
                    rows.append((start, _restored(record)))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportRefused(_csv_refusal(str(error)), file=shown, line=start, limit=csv.field_size_limit()) from None
    assert header is not None  # the caller refuses blank text, so some record is not blank
    return header, header_line, rows


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


def _columns(names: list[str], header: Iterable[str], shape: TableShape, shown: str,
             header_line: int) -> tuple[dict[str, int], list[str], list[str]]:
    """Each known column's position, and the unknown and computed columns, as the file names them."""
    columns: dict[str, int] = {}
    unknown: list[str] = []
    ignored: list[str] = []
    for position, (name, written) in enumerate(zip(names, header)):
        if not name:
            continue
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
