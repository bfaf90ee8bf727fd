"""Importing accounts from a spreadsheet: what `export` writes, and what people really have.

Three steps, so that the window can show a preview before anything is written:

    read_table(path)            the file as a table, or ImportRefused with a line number
    plan_import(db, parsed)     each row classified: new, update (field by field), unchanged,
                                or error (line number and reason); nothing is written
    apply_import(db, plan)      all or nothing, in one transaction, audited

The file
--------
- Encodings: UTF-8 with or without a byte order mark, UTF-16 LE or BE with a byte order mark
  (Excel's "Unicode text"), otherwise Windows-1252 (Excel's "CSV" on Western Windows).
- Delimiters: ``;`` ``,`` tab or ``|``. Guessed by csv.Sniffer, then checked against the header:
  the delimiter chosen is the one that splits the first line into the most known column names.
- The first non-blank line is the header. Column names are the report's (see
  ownership_report), matched without regard to case, spaces or hyphens ("Holder email").
  Unknown columns are reported and ignored, as are the computed ones (admin_count,
  next_review_due, risks).
- Minimum columns: ``url`` alone is enough to recognise an account; otherwise ``platform`` and
  ``handle`` (and ``presence`` where a platform has several).
- Refused whole, with the line number: NUL bytes, a quote that is never closed, bytes that are
  not text in any of the encodings, a file larger than MAX_FILE_BYTES (64 MiB: twice an export
  of the designed 100,000 accounts, while the whole file and its parsed rows still fit easily
  in memory; split a larger file, or leave out the long text columns), a cell longer than
  csv's field limit (128 KiB), an empty file.
- Blank lines are skipped. A row with more or fewer cells than the header is an error row:
  a lost delimiter would otherwise shift every value after it into the wrong column.
- A leading apostrophe that the export added against formula injection is removed (exactly
  the one; see ownership_report.restore).

What a row means
----------------
- Accounts are matched on platform and normalised handle (the same key the registry uses).
  An account may appear only once in a file; a later line naming it again is an error.
- A column the file has is the truth for that field: a blank cell clears it (status blank
  means active, two_factor blank unknown, official blank yes, as for a new account). A column
  the file lacks leaves the field as it is.
- People are matched by email (lowercased); someone not yet in the registry is created with
  the name the file gives. A name without an email matches an existing person of exactly that
  name, if there is only one. Names of existing people are not changed by an import.
- ``administrators`` (“Name <email> (role) | …”): roles not yet held are granted, dated the
  day of the import. An import never revokes: a revocation needs a reason and a date, so an
  administrator missing from the file is kept, and the preview says so.
- Handover terms (disposition, successor, terms_agreed_on, followers_terms, content_terms,
  notice_days, agreed_by_holder, agreed_by_company): a new version is recorded only when they
  differ from the current one; a blank disposition records nothing.
- Dates as 31.12.2026, 2026-12-31 or any form domain.dates.parse_date reads; never in the
  future where a form would refuse that too.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from accountregistry.domain import platforms
from accountregistry.domain.dates import DateInvalid, parse_date
from accountregistry.domain.errors import Conflict, RegistryError
from accountregistry.domain.vocabulary import (
    TRANSFER_DISPOSITIONS,
    AccountStatus,
    Disposition,
    EmploymentStatus,
    Kind,
    Role,
    StrEnum,
    TwoFactor,
)
from accountregistry.services import audit
from accountregistry.services.accounts import ACCOUNT_FIELDS, AccountInput, identify
from accountregistry.services.handover import TERMS_FIELDS
from accountregistry.services.ownership_report import (
    COLUMNS,
    Cancelled,
    administrator_cell,
    bulk_work,
    restore,
)
from accountregistry.services.people import PERSON_FIELDS
from accountregistry.services.roles import ROLE_FIELDS
from accountregistry.services.validation import Problems
from accountregistry.store import bulk
from accountregistry.store.bulk import bulk_loading, column_defaults, insert_rows, insert_tuples
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, AuditEvent, HandoverTerms, Person, utcnow

__all__ = [
    "DELIMITERS",
    "MAX_FILE_BYTES",
    "Change",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "NewPerson",
    "ParsedFile",
    "PlannedRow",
    "RowAction",
    "apply_import",
    "plan_import",
    "read_table",
]

MAX_FILE_BYTES = 64 * 1024 * 1024
DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "vertical bar"}
_KNOWN = {column.name for column in COLUMNS}
_COMPUTED = {column.name for column in COLUMNS if not column.read_back}
_EXAMPLE_HEADER = "url;display_name;kind (or platform;handle;…)"
# How many ids or keys one statement names: far below any database's limit on parameters.
_BATCH = 500
_CHUNK = 5000  # rows per insert, and per progress report


class ImportRefused(RegistryError):
    """The file cannot be read as a table, or the plan cannot be applied; nothing was written."""

    def __init__(self, message: str, *, line: int | None = None):
        super().__init__(message)
        self.line = line


# ---------------------------------------------------------------------------------------------
# Reading the file
# ---------------------------------------------------------------------------------------------

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


def _line_of(data: bytes | str, offset: int) -> int:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, offset) + 1


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """(text, encoding name) or ImportRefused."""
    shown = path.name
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = [("utf-8", "UTF-8 with BOM", data[3:])]
    elif data.startswith(b"\xff\xfe"):
        candidates = [("utf-16-le", "UTF-16 LE", data[2:])]
    elif data.startswith(b"\xfe\xff"):
        candidates = [("utf-16-be", "UTF-16 BE", data[2:])]
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise ImportRefused(
                f"{shown} contains NUL bytes (line {_line_of(data, nul)}): it is not a text file, or it "
                "is UTF-16 without a byte order mark; save it again as CSV (UTF-8).", line=_line_of(data, nul))
        # Valid UTF-8 is almost never Windows-1252 text by accident, so UTF-8 is tried first.
        candidates = [("utf-8", "UTF-8", data), ("cp1252", "Windows-1252", data)]
    for codec, name, payload in candidates:
        try:
            return payload.decode(codec), name
        except UnicodeDecodeError as error:
            failure = error
    # The last candidate's failure: for an unmarked file, where not even Windows-1252 reads it.
    line = _line_of(candidates[-1][2], failure.start)
    raise ImportRefused(f"{shown} is not text in UTF-8, UTF-16 or Windows-1252 (unreadable bytes on line "
                        f"{line}); save it again as CSV (UTF-8).", line=line)


def _normalise_name(text: str) -> str:
    return "_".join(text.strip().lower().replace("-", " ").split())


def _first_record(text: str, delimiter: str) -> list[str]:
    reader = csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return record
    except csv.Error:
        pass
    return []


def _choose_delimiter(text: str) -> str | None:
    """The delimiter that makes the header name the most known columns; the sniffer breaks ties."""
    sample = "\n".join(text[:65536].splitlines()[:50])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: sum(_normalise_name(cell) in _KNOWN for cell in _first_record(text, d)) for d in DELIMITERS}
    best = max(scores.values())
    if best == 0:
        return None
    if sniffed in scores and scores[sniffed] == best:
        return sniffed
    return next(d for d in (",", ";", "\t", "|") if scores[d] == best)


def _records(text: str, delimiter: str, shown: str) -> tuple[list[str] | None, int, list[tuple[int, list[str]]]]:
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
                elif "\x1f'" in "\x1f" + "\x1f".join(record):  # some cell starts with an apostrophe
                    rows.append((start, [restore(cell) if cell[:1] == "'" else cell for cell in record]))
                else:
                    rows.append((start, record))
            start = reader.line_num + 1
    except csv.Error as error:
        reason = str(error)
        if "unexpected end of data" in reason or "EOF" in reason:
            sentence = (f"Line {start} of {shown} opens a quoted cell (\") that is never closed, so the rest of "
                        "the file would be one cell; close the quote or remove it.")
        elif "field larger than field limit" in reason:
            sentence = (f"Line {start} of {shown} has a cell longer than {csv.field_size_limit():,} characters, "
                        "more than any account field holds; is a quote missing?")
        else:
            sentence = f"Line {start} of {shown} is not valid CSV ({reason}); check its quotes."
        raise ImportRefused(sentence, line=start) from None
    return header, header_line, rows


def read_table(path: str | Path) -> ParsedFile:
    """The file as a header and rows, or ImportRefused with a sentence (and a line number)."""
    path = Path(path)
    shown = path.name
    try:
        if path.is_dir():
            raise ImportRefused(f"{path} is a folder; choose a CSV file.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                f"{shown} is {size / 1_048_576:,.0f} MB; the import reads files up to "
                f"{MAX_FILE_BYTES // 1_048_576} MB. Split it into smaller files, or leave out long text columns.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"{path} does not exist; check the file name.") from None
    except PermissionError:
        raise ImportRefused(f"Cannot read {path}: you do not have permission to open it.") from None
    except OSError as error:
        raise ImportRefused(f"Cannot read {path}: {(error.strerror or str(error)).lower()}.") from None
    text, encoding = _decode(path, data)
    nul = text.find("\x00")
    if nul >= 0:
        line = _line_of(text, nul)
        raise ImportRefused(f"{shown} contains NUL characters on line {line}; it is not a spreadsheet's text "
                            "export. Save it again as CSV.", line=line)
    if not text.strip():
        raise ImportRefused(f"{shown} is empty; it needs a header line such as {_EXAMPLE_HEADER} and a row "
                            "per account.")
    delimiter = _choose_delimiter(text)
    if delimiter is None:
        first = text.lstrip().splitlines()[0][:120]
        raise ImportRefused(
            f"Line 1 of {shown} (“{first}”) names none of the report's columns; the first line must be a "
            f"header such as {_EXAMPLE_HEADER}.", line=1)

    with bulk_work():
        header, header_line, rows = _records(text, delimiter, shown)
    assert header is not None  # the text is not blank, so some record is

    names = [_normalise_name(cell) for cell in header]
    columns: dict[str, int] = {}
    unknown: list[str] = []
    ignored: list[str] = []
    for position, (name, written) in enumerate(zip(names, header)):
        if not name:
            continue
        if name in columns or name in ignored:
            raise ImportRefused(f"The header of {shown} (line {header_line}) names the column “{name}” twice; "
                                "keep one of them.", line=header_line)
        if name in _COMPUTED:
            ignored.append(name)
        elif name in _KNOWN:
            columns[name] = position
        else:
            unknown.append(written.strip())
    if "url" not in columns and not {"platform", "handle"} <= columns.keys():
        raise ImportRefused(
            f"The header of {shown} (line {header_line}) has neither a “url” column nor “platform” and “handle” "
            "columns, so no row could name its account; add one of them.", line=header_line)
    return ParsedFile(path=path, encoding=encoding, delimiter=delimiter, header=tuple(names), columns=columns,
                      unknown_columns=tuple(unknown), ignored_columns=tuple(ignored), rows=rows)


# ---------------------------------------------------------------------------------------------
# Cells: what each column means, as one table
# ---------------------------------------------------------------------------------------------

_YES = frozenset({"yes", "y", "true", "1", "ja", "j", "x"})
_NO = frozenset({"no", "n", "false", "0", "nej", "nei"})


def _word(cell: str) -> str:
    return "_".join(cell.strip().lower().replace("-", " ").split())


# What Problems.text refuses: control characters other than tab and line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean_text(problems: Problems, name: str, label: str, cell: str, max_length: int) -> str | None:
    # The common case without a call per character (100,000 rows); anything doubtful goes to
    # Problems.text, so the messages are the ones every form shows.
    cleaned = cell.strip()
    if not cleaned:
        return None
    if len(cleaned) <= max_length and not _CONTROL.search(cleaned):
        return cleaned
    return problems.text(name, cell, label, max_length=max_length)


def _text(max_length: int):
    def read(problems: Problems, name: str, label: str, cell: str):
        return _clean_text(problems, name, label, cell, max_length)
    return read


def _choice(enum: type[StrEnum], blank: StrEnum | None):
    def read(problems: Problems, name: str, label: str, cell: str):
        if not cell.strip():
            return blank
        return problems.choice(name, _word(cell), enum, label)
    return read


def _yes_no(blank: bool):
    def read(problems: Problems, name: str, label: str, cell: str):
        word = cell.strip().lower()
        if not word:
            return blank
        if word in _YES:
            return True
        if word in _NO:
            return False
        problems.add(name, f"{label} “{cell.strip()}” should be yes or no.")
        return blank
    return read


def _number(low: int, high: int):
    def read(problems: Problems, name: str, label: str, cell: str):
        return problems.whole_number(name, cell.strip() or None, label, low=low, high=high)
    return read


def _past_date(problems: Problems, name: str, label: str, cell: str, today: date):
    if not cell:
        return None
    try:
        value = parse_date(cell)
    except DateInvalid as error:
        problems.add(name, f"{label}: {error}")
        return None
    return problems.not_after_today(name, value, label, today)


@functools.lru_cache(maxsize=65536)
def _valid_email(cell: str) -> str | None:
    """The address lowercased, or None if Problems.email would refuse it. Cached: a file names
    the same few thousand people hundreds of thousands of times."""
    problems = Problems()
    email = problems.email("email", cell, "Email")
    return None if problems.found else email


def _email(problems: Problems, name: str, label: str, cell: str) -> str | None:
    if not cell.strip():
        return None
    return _valid_email(cell) or problems.email(name, cell, label)


@dataclass(frozen=True)
class _Cell:
    column: str  # the report's column
    field: str  # the model's field
    label: str  # as the window labels the field, for messages
    read: Callable[..., Any] | None  # None: a date, read against today


# Account fields by column; identity (platform, presence, handle, url) and people are read apart.
ACCOUNT_CELLS: tuple[_Cell, ...] = (
    _Cell("display_name", "display_name", "Display name", _text(300)),
    _Cell("kind", "kind", "Kind", _choice(Kind, None)),
    _Cell("status", "status", "Status", _choice(AccountStatus, AccountStatus.active)),
    _Cell("official", "official", "Official", _yes_no(True)),
    _Cell("responsible_unit", "responsible_unit", "Responsible unit", _text(200)),
    _Cell("login_email", "login_email", "Login email", _email),
    _Cell("two_factor", "two_factor", "Two-factor method", _choice(TwoFactor, TwoFactor.unknown)),
    _Cell("mandate", "mandate", "Purpose and mandate", _text(4000)),
    _Cell("response_expectations", "response_expectations", "Response expectations", _text(1000)),
    _Cell("consent_given_on", "consent_given_on", "Consent given on", None),
    _Cell("consent_withdrawn_on", "consent_withdrawn_on", "Consent withdrawn on", None),
    _Cell("review_interval_months", "review_interval_months", "Review interval (months)", _number(1, 60)),
    _Cell("last_reviewed_on", "last_reviewed_on", "Last reviewed on", None),
    _Cell("notes", "notes", "Notes", _text(10000)),
)
# Handover terms by column; the successor is a person, read apart.
TERMS_CELLS: tuple[_Cell, ...] = (
    _Cell("disposition", "disposition", "Disposition", _choice(Disposition, None)),
    _Cell("terms_agreed_on", "agreed_on", "Terms agreed on", None),
    _Cell("followers_terms", "followers_terms", "Followers, network and groups", _text(4000)),
    _Cell("content_terms", "content_terms", "Content", _text(4000)),
    _Cell("notice_days", "notice_days", "Notice (days)", _number(0, 365)),
    _Cell("agreed_by_holder", "agreed_by_holder", "Agreed by the holder", _yes_no(False)),
    _Cell("agreed_by_company", "agreed_by_company", "Agreed for the company by", _text(200)),
)
_IDENTITY = ("platform", "presence", "handle", "url")
_PEOPLE_COLUMNS = ("holder_name", "holder_email", "administrators", "successor_name", "successor_email")
_TERMS_FIELDS = tuple(cell.field for cell in TERMS_CELLS) + ("successor_id",)
# Every column the export writes and import reads is accounted for exactly once.
assert {c.column for c in ACCOUNT_CELLS + TERMS_CELLS}.union(_IDENTITY, _PEOPLE_COLUMNS) == _KNOWN - _COMPUTED

_ENTRY_SEPARATOR = re.compile(r"(?<=\))\s*\|")
_ADMINISTRATOR = re.compile(r"^(?P<name>[^<>]*?)\s*(?:<(?P<email>[^<>]*)>)?\s*(?:\((?P<role>[^()]*)\))?\s*$")


# ---------------------------------------------------------------------------------------------
# The plan
# ---------------------------------------------------------------------------------------------

class RowAction(StrEnum):
    new = "new"
    update = "update"
    unchanged = "unchanged"
    error = "error"


@dataclass(frozen=True)
class Change:
    """One field an update changes, both sides as the report writes them."""

    column: str
    old: str
    new: str


@dataclass(frozen=True)
class NewPerson:
    email: str
    name: str
    line: int  # where the file first names them


@dataclass
class PlannedRow:
    line: int
    action: RowAction
    account: str  # the account as the preview names it: its address, or what the row gave
    changes: tuple[Change, ...] = ()
    reason: str | None = None  # why the row is an error
    notes: tuple[str, ...] = ()  # what the import leaves alone on purpose
    # What apply_import writes; filled for new and update rows only.
    work: _Work | None = field(default=None, repr=False, compare=False)


@dataclass
class ImportPlan:
    source: str  # the file's name, for the audit trail
    today: date
    rows: list[PlannedRow]
    new_people: list[NewPerson]
    unknown_columns: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action == RowAction.error]

    def summary(self) -> str:
        return (f"{self.count(RowAction.new)} new, {self.count(RowAction.update)} updated, "
                f"{self.count(RowAction.unchanged)} unchanged, {self.count(RowAction.error)} errors")


@dataclass(frozen=True)
class ImportResult:
    accounts_created: int
    accounts_updated: int
    accounts_unchanged: int
    rows_skipped: int  # error rows left out with only_valid_rows
    people_created: int
    roles_granted: int
    terms_recorded: int


_Ref = tuple[str | None, str | None]  # (name, email) as the file gives a person
_MISSING: Any = object()  # a column the file does not have


@dataclass
class _Draft:
    line: int
    key: tuple[str, str] | None
    label: str
    account: dict[str, Any]
    holder: Any = _MISSING  # _Ref, None (blank: no holder) or _MISSING
    grants: list[tuple[_Ref, Role]] | None = None  # None: no administrators column
    terms: dict[str, Any] | None = None  # None: no terms in the row
    successor: Any = _MISSING
    problems: list[str] = field(default_factory=list)


@dataclass
class _Work:
    account_id: int | None
    version: int | None
    values: dict[str, Any]  # new: every field; update: the changed ones (holder_id included)
    old_values: dict[str, Any]  # update: what the changed fields were
    holder: Any  # person key (id, or email of a person to create), None, or _MISSING
    grants: list[tuple[Any, Role, str]]  # (person key, role, name for the audit)
    terms: dict[str, Any] | None
    terms_version: int
    old_terms: dict[str, Any]
    successor: Any
    people: set[str]  # emails of people to create that this row needs


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _person_ref(problems: Problems, column: str, name_cell: str | None, email_cell: str | None) -> Any:
    name = _clean_text(problems, column, "Name", name_cell, 200) if name_cell is not None else None
    email = _email(problems, column, column.replace("_", " ").capitalize(), email_cell) if email_cell else None
    if name is None and email is None:
        return None
    return (name, email)


def _administrator(entry: str) -> tuple[_Ref, Role] | str:
    """One “Name <email> (role)”: (person, role), or the sentence saying what is wrong."""
    match = _ADMINISTRATOR.match(entry)
    shown = entry[:100]
    if match is None or not match["role"] or not match["name"] and not match["email"]:
        return (f"Administrator “{shown}” should be written as Name <email> (role), for example "
                "Jane Doe <jane@acme.dk> (admin).")
    problems = Problems()
    role = problems.choice("role", _word(match["role"]), Role, f"The role of “{shown}”")
    email = _email(problems, "email", f"The email of “{shown}”", match["email"]) if match["email"] else None
    name = _clean_text(problems, "name", "Administrator name", match["name"], 200)
    if problems.found:
        return " ".join(problems.sentences())
    return (name, email), role


class _Entries(dict):
    """_administrator per distinct entry, for one file: its 100,000s of entries name each person
    and role many times over (more distinct ones than a module-wide cache could keep)."""

    def __missing__(self, entry: str) -> tuple[_Ref, Role] | str:
        found = self[entry] = _administrator(entry)
        return found


def _administrators(problems: Problems, cell: str, known: _Entries | None = None) -> list[tuple[_Ref, Role]]:
    grants: list[tuple[_Ref, Role]] = []
    entries = _Entries() if known is None else known
    # Every entry ends in its role's parenthesis: splitting only after one keeps a "|" that is
    # part of a name. Where every "|" stands between ") " and " " (as the export writes them),
    # a plain split cuts at the very same places.
    parts = cell.split(" | ") if cell.count("|") == cell.count(") | ") else _ENTRY_SEPARATOR.split(cell)
    for part in parts:
        entry = part.strip()
        if not entry:
            continue
        found = entries[entry]
        if isinstance(found, str):
            problems.add("administrators", found)
        elif found not in grants:
            grants.append(found)
    return grants


def _present(specs: tuple[_Cell, ...], columns: dict[str, int]) -> tuple[tuple[_Cell, int], ...]:
    """The cells of `specs` the file has, in the same order, with their positions in a row."""
    return tuple((spec, columns[spec.column]) for spec in specs if spec.column in columns)


# Columns whose few distinct values are read once each rather than once per row: the choices,
# yes/no, numbers and dates of 100,000 rows are a few hundred different cells.
_REMEMBERED_COLUMNS = frozenset({"kind", "status", "official", "two_factor", "responsible_unit", "login_email",
                                 "consent_given_on", "consent_withdrawn_on", "review_interval_months",
                                 "last_reviewed_on", "disposition", "terms_agreed_on", "notice_days",
                                 "agreed_by_holder", "agreed_by_company"})


class _CellReader:
    """One column's reading of a cell into a row's problems: the value, and at most a problem for
    the column itself (each column is read once per row, so no earlier problem can hide it).

    `known` remembers each distinct cell's (value, problems) for the columns in
    _REMEMBERED_COLUMNS; `blank` is the value of an empty cell where reading one finds nothing
    wrong, so that the many empty cells of a file cost no call.
    """

    def __init__(self, spec: _Cell, today: date):
        self.column, self.label, self.reader, self.today = spec.column, spec.label, spec.read, today
        self.known: dict[str, tuple[Any, tuple[tuple[str, str], ...]]] | None = (
            {} if spec.column in _REMEMBERED_COLUMNS else None)
        probe = Problems()
        value = self.plain(probe, "")
        self.blank_is_plain = not probe.found
        self.blank = value

    def plain(self, problems: Problems, cell: str) -> Any:
        if self.reader is None:
            return _past_date(problems, self.column, self.label, cell.strip(), self.today)
        return self.reader(problems, self.column, self.label, cell)

    def learn(self, cell: str) -> tuple[Any, tuple[tuple[str, str], ...]]:
        fresh = Problems()
        value = self.plain(fresh, cell)
        found = self.known[cell] = (value, tuple(fresh.found.items()))
        return found


def _read_cells(problems: Problems, cells: list[str], readers: tuple[tuple[str, int, _CellReader], ...],
                into: dict[str, Any]) -> None:
    for field_name, position, reader in readers:
        cell = cells[position]
        known = reader.known
        if known is not None:
            found = known.get(cell) or reader.learn(cell)
            if found[1]:
                for name, message in found[1]:
                    problems.add(name, message)
            into[field_name] = found[0]
        elif not cell and reader.blank_is_plain:
            into[field_name] = reader.blank
        else:
            into[field_name] = reader.plain(problems, cell)


class _RowReader:
    """Reads the rows of one file: where each column is, and each column's reader, worked out
    once; then row by row what _read_row always did."""

    def __init__(self, columns: dict[str, int], today: date):
        self.columns = columns
        self.today = today
        self.account_cells = tuple((spec.field, position, _CellReader(spec, today))
                                   for spec, position in _present(ACCOUNT_CELLS, columns))
        self.terms_cells = tuple((spec.field, position, _CellReader(spec, today))
                                 for spec, position in _present(TERMS_CELLS, columns))
        at = columns.get
        self.url_at, self.platform_at, self.presence_at, self.handle_at = (
            at("url"), at("platform"), at("presence"), at("handle"))
        self.holder_at = (at("holder_name"), at("holder_email"))
        self.successor_at = (at("successor_name"), at("successor_email"))
        self.administrators_at = at("administrators")
        self.entries = _Entries()
        self.people: dict[tuple[str, str | None, str | None], tuple[Any, tuple[tuple[str, str], ...]]] = {}
        self.reads_holder = self.holder_at != (None, None)
        self.reads_successor = self.successor_at != (None, None)

    def person(self, problems: Problems, column: str, at: tuple[int | None, int | None], cells: list[str]) -> Any:
        """_person_ref of the row's (name, email) cells, worked out once per distinct pair: a
        file names the same holders thousands of times."""
        name_at, email_at = at
        pair = (column, None if name_at is None else cells[name_at], None if email_at is None else cells[email_at])
        try:
            ref, found = self.people[pair]
        except KeyError:
            fresh = Problems()
            ref = _person_ref(fresh, column, pair[1], pair[2])
            found = tuple(fresh.found.items())
            self.people[pair] = (ref, found)
        for name, message in found:
            problems.add(name, message)
        return ref

    def read(self, line: int, cells: list[str]) -> _Draft:
        problems = Problems()
        url_at, platform_at, presence_at, handle_at = self.url_at, self.platform_at, self.presence_at, self.handle_at
        data = AccountInput(url=None if url_at is None else cells[url_at],
                            platform=None if platform_at is None else cells[platform_at].strip().lower() or None,
                            presence=None if presence_at is None else cells[presence_at].strip().lower() or None,
                            handle=None if handle_at is None else cells[handle_at])
        identity = identify(data, problems)
        key, label = None, (data.url or " ".join(filter(None, (data.platform, data.handle))) or "").strip()[:200]
        account: dict[str, Any] = {}
        if identity is not None:
            platform_id, presence, handle, url = identity
            url = url.strip()
            if data.url and data.url.strip() and data.platform and data.handle:
                # The export writes both; a spreadsheet edit may change one and not the other.
                expected = platforms.canonical_url(platform_id, presence, handle)
                if url != expected:
                    try:
                        found = platforms.recognise_url(url)
                    except ValueError as error:
                        problems.add("url", str(error))
                    else:
                        if (found.platform, found.handle) != (platform_id, handle):
                            problems.add("url", f"The url {url[:200]} is another account than platform "
                                                f"{platform_id} and handle {handle}; correct one of them.")
            if len(url) > 2048:
                problems.add("url", "The address is too long (at most 2,048 characters).")
            key, label = (platform_id, handle), url
            account["platform"], account["presence"], account["handle"], account["url"] = (
                platform_id, presence, handle, url)
        _read_cells(problems, cells, self.account_cells, account)
        given, withdrawn = account.get("consent_given_on"), account.get("consent_withdrawn_on")
        if given and withdrawn and withdrawn < given:
            problems.add("consent_withdrawn_on", "Consent cannot be withdrawn before it was given.")

        draft = _Draft(line=line, key=key, label=label, account=account)
        if self.reads_holder:
            draft.holder = self.person(problems, "holder_email", self.holder_at, cells)
        if self.reads_successor:
            draft.successor = self.person(problems, "successor_email", self.successor_at, cells)
        if self.administrators_at is not None:
            draft.grants = _administrators(problems, cells[self.administrators_at], self.entries)
        terms: dict[str, Any] = {}
        _read_cells(problems, cells, self.terms_cells, terms)
        if terms.get("disposition") is not None:
            if terms.get("agreed_on") is None and "terms_agreed_on" not in problems:
                problems.add("terms_agreed_on", "Terms agreed on is required with a disposition: the date the "
                                                "handover terms were agreed.")
            draft.terms = terms
        elif "disposition" not in problems and (
                draft.successor not in (None, _MISSING)
                or any(value not in (None, False) for name, value in terms.items() if name != "disposition")):
            problems.add("disposition", "Handover terms need a disposition; fill it in, or clear the other handover "
                                        "terms cells of this row.")
        draft.problems = [problem.sentence() for problem in problems.found.values()]
        return draft


def _chunks(items: list, size: int = _BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Registry:
    """What the plan compares the file with, read set-based: people, and the matched accounts
    with their active roles and current terms."""

    def __init__(self, connection: sa.Connection, keys: Iterable[tuple[str, str]]):
        person = Person.__table__.c
        self.people: dict[int, tuple[str, str | None, EmploymentStatus]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, list[int]] = {}
        for person_id, name, email, status in connection.execute(
                sa.select(person.id, person.name, person.work_email, person.employment_status)):
            self.people[person_id] = (name, email, status)
            if email:
                self.by_email[email] = person_id
            self.by_name.setdefault(name, []).append(person_id)

        account = Account.__table__.c
        wanted = set(keys)
        ids = [account_id for account_id, platform_id, handle in connection.execute(
            sa.select(account.id, account.platform, account.handle)) if (platform_id, handle) in wanted]
        self.accounts: dict[tuple[str, str], Any] = {}
        self.roles: dict[int, set[tuple[int, Role]]] = {}
        self.terms: dict[int, Any] = {}
        role, terms = AccountRole.__table__.c, HandoverTerms.__table__.c
        fields = [account.id, account.version, *(account[name] for name in ACCOUNT_FIELDS)]
        for batch in _chunks(ids):
            for row in connection.execute(sa.select(*fields).where(account.id.in_(batch))):
                self.accounts[(row.platform, row.handle)] = row
            for account_id, person_id, role_name in connection.execute(
                    sa.select(role.account_id, role.person_id, role.role)
                    .where(role.account_id.in_(batch), role.revoked_on.is_(None))):
                self.roles.setdefault(account_id, set()).add((person_id, role_name))
            for row in connection.execute(
                    sa.select(HandoverTerms.__table__).where(terms.account_id.in_(batch))
                    .order_by(terms.account_id, terms.version)):
                self.terms[row.account_id] = row  # the highest version wins

    def person_label(self, key: Any, new_people: dict[str, NewPerson]) -> str:
        if key is None:
            return ""
        if isinstance(key, int):
            name, email, _ = self.people[key]
        else:
            name, email = new_people[key].name, key
        return f"{name} <{email}>" if email else name


def plan_import(db: Database, parsed: ParsedFile, *, today: date | None = None) -> ImportPlan:
    """Classify every row of the file; write nothing."""
    with bulk_work():
        return _plan(db, parsed, today or date.today())


def _plan(db: Database, parsed: ParsedFile, today: date) -> ImportPlan:
    width = len(parsed.header)
    drafts: list[_Draft] = []
    seen: dict[tuple[str, str], int] = {}
    read = _RowReader(parsed.columns, today).read
    for line, cells in parsed.rows:
        if len(cells) != width:
            drafts.append(_Draft(line=line, key=None, label="", account={}, problems=[
                f"The row has {len(cells)} cells but the header has {width}; a delimiter is missing or extra "
                "(check for an unquoted delimiter inside a cell)."]))
            continue
        draft = read(line, cells)
        if draft.key is not None:
            first = seen.setdefault(draft.key, line)
            if first != line:
                draft.problems.append(f"This account is already on line {first}; an account may appear only once "
                                      "in a file.")
        drafts.append(draft)

    with db.reading() as session:
        registry = _Registry(session.connection(), (d.key for d in drafts if d.key and not d.problems))

    new_people = _people_to_create(drafts, registry)
    rows = [_plan_row(draft, registry, new_people, today) for draft in drafts]
    return ImportPlan(source=parsed.path.name, today=today, rows=rows,
                      new_people=sorted(new_people.values(), key=lambda p: p.line),
                      unknown_columns=parsed.unknown_columns, ignored_columns=parsed.ignored_columns)


def _refs(draft: _Draft) -> list[_Ref]:
    found = [ref for ref in (draft.holder, draft.successor) if ref not in (None, _MISSING)]
    return found + [ref for ref, _ in draft.grants or ()]


def _people_to_create(drafts: list[_Draft], registry: _Registry) -> dict[str, NewPerson]:
    """People the file names by an email the registry does not know, with the first name given."""
    new_people: dict[str, NewPerson] = {}
    for draft in drafts:
        if draft.problems:
            continue
        for name, email in _refs(draft):
            if email and email not in registry.by_email and name and email not in new_people:
                new_people[email] = NewPerson(email=email, name=name, line=draft.line)
    return new_people


def _resolve(ref: Any, registry: _Registry, new_people: dict[str, NewPerson], problems: list[str],
             what: str) -> Any:
    """A person key: an existing person's id, a new person's email, or None."""
    if ref is None or ref is _MISSING:
        return ref
    name, email = ref
    if email:
        if email in registry.by_email:
            return registry.by_email[email]
        person = new_people.get(email)
        if person is None:
            problems.append(f"The {what} {email} is not in the registry, and the file gives no name for them; "
                            "add the name.")
        elif name and name != person.name:
            problems.append(f"{email} is named “{name}” here but “{person.name}” on line {person.line}; "
                            "use one name.")
        return email
    matches = registry.by_name.get(name or "", [])
    if len(matches) == 1:
        return matches[0]
    if matches:
        problems.append(f"{len(matches)} people in the registry are called {name}; give the {what}'s email.")
    else:
        problems.append(f"The {what} {name} is not in the registry; give their email so they can be added.")
    return None


def _plan_row(draft: _Draft, registry: _Registry, new_people: dict[str, NewPerson], today: date) -> PlannedRow:
    if draft.problems:
        return PlannedRow(draft.line, RowAction.error, draft.label, reason=" ".join(draft.problems))
    problems: list[str] = []
    holder = _resolve(draft.holder, registry, new_people, problems, "holder")
    successor = _resolve(draft.successor, registry, new_people, problems, "successor")
    grants = [(_resolve(ref, registry, new_people, problems, "administrator"), role)
              for ref, role in draft.grants or ()]
    existing = registry.accounts.get(draft.key)
    account_id = existing.id if existing is not None else None

    # The account as it will be: the file's fields over the registry's (or the defaults).
    values = dict(draft.account)
    if holder is not _MISSING:
        values["holder_id"] = holder
    final_kind = values.get("kind", existing.kind if existing is not None else None)
    final_holder = values.get("holder_id", existing.holder_id if existing is not None else None)

    # Roles: granted only when not already held; never revoked by an import.
    held = registry.roles.get(account_id, set()) if account_id is not None else set()
    to_grant: list[tuple[Any, Role, str]] = []
    for person, role in grants:
        if person is None or (person, role) in held:
            continue
        if isinstance(person, int):
            name, _, status = registry.people[person]
            if status == EmploymentStatus.left:
                problems.append(f"{name} has left the company; a role cannot be granted to someone who has left.")
        else:
            name = new_people[person].name if person in new_people else person
        if existing is not None and existing.status == AccountStatus.archived:
            problems.append("This account is archived; restore it before granting roles on it.")
        to_grant.append((person, role, name))
    notes: list[str] = []
    if draft.grants is not None and held:
        listed = {(person, role) for person, role in grants}
        for person_id, role in sorted(held - listed, key=lambda item: (item[0], item[1].value)):
            notes.append(f"{registry.person_label(person_id, new_people)} stays {role.value}: an import never "
                         "revokes a role; revoke it in the registry with a reason.")

    # Terms: a new version only when something differs from the current one.
    current = registry.terms.get(account_id) if account_id is not None else None
    terms = None
    old_terms: dict[str, Any] = {}
    if draft.terms is not None:
        terms = {name: (getattr(current, name) if current is not None else None) for name in _TERMS_FIELDS}
        if current is None:
            terms["agreed_by_holder"] = False
        terms.update(draft.terms)
        if successor is not _MISSING:
            terms["successor_id"] = successor
        if final_kind == Kind.personal and terms["disposition"] in TRANSFER_DISPOSITIONS:
            problems.append("A personal account belongs to its holder: the employer can never take it over, so "
                            "it cannot be transferred.")
        if terms["successor_id"] is not None and terms["successor_id"] == final_holder:
            problems.append("The successor cannot be the account's own holder.")
        if current is not None and all(terms[name] == getattr(current, name) for name in _TERMS_FIELDS):
            terms = None
        elif current is not None:
            old_terms = {name: getattr(current, name) for name in _TERMS_FIELDS}
    elif (current is not None and final_kind == Kind.personal and current.disposition in TRANSFER_DISPOSITIONS
          and (existing is None or existing.kind != Kind.personal)):
        problems.append("A personal account can never be transferred, but its handover terms say “{}”; give new "
                        "terms in this row.".format(current.disposition.value.replace("_", " ")))

    if problems:
        return PlannedRow(draft.line, RowAction.error, draft.label, reason=" ".join(dict.fromkeys(problems)))

    changes: list[Change] = []
    old_values: dict[str, Any] = {}
    if existing is not None:
        changed = {}
        for name, value in values.items():
            before = getattr(existing, name)
            if value != before:
                changed[name] = value
                old_values[name] = before
        values = changed
        for name, value in changed.items():
            if name == "holder_id":
                changes.append(Change("holder_email", registry.person_label(old_values[name], new_people),
                                      registry.person_label(value, new_people)))
            else:
                changes.append(Change(_COLUMN_OF.get(name, name), _shown(old_values[name]), _shown(value)))
        if to_grant:
            before = [(registry.people[p][0], registry.people[p][1], r.value) for p, r in sorted(
                held, key=lambda item: item[0])]
            after = before + [(name, person if isinstance(person, str) else registry.people[person][1], r.value)
                              for person, r, name in to_grant]
            changes.append(Change("administrators", administrator_cell(before), administrator_cell(after)))
        if terms is not None:
            for name in _TERMS_FIELDS:
                if terms[name] != old_terms.get(name):
                    if name == "successor_id":
                        changes.append(Change("successor_email",
                                              registry.person_label(old_terms.get(name), new_people),
                                              registry.person_label(terms[name], new_people)))
                    else:
                        changes.append(Change(_COLUMN_OF.get(name, name), _shown(old_terms.get(name)),
                                              _shown(terms[name])))
    action = RowAction.new if existing is None else RowAction.update if changes else RowAction.unchanged
    people = {key for key in [values.get("holder_id"), *(p for p, _, _ in to_grant),
                              (terms or {}).get("successor_id")] if isinstance(key, str)}
    work = None
    if action != RowAction.unchanged:
        work = _Work(account_id=account_id, version=existing.version if existing is not None else None,
                     values=values, old_values=old_values, holder=values.get("holder_id", _MISSING),
                     grants=to_grant, terms=terms,
                     terms_version=(current.version + 1) if current is not None else 1,
                     old_terms=old_terms, successor=(terms or {}).get("successor_id"), people=people)
    return PlannedRow(draft.line, action, draft.label, changes=tuple(changes), notes=tuple(notes), work=work)


_COLUMN_OF = {cell.field: cell.column for cell in ACCOUNT_CELLS + TERMS_CELLS}


# ---------------------------------------------------------------------------------------------
# Applying the plan
# ---------------------------------------------------------------------------------------------

def _stored_at(dialect: sa.Dialect, moment: Any) -> Any:
    """A timestamp as the audit trail's column stores it (what its insert would bind)."""
    process = AuditEvent.__table__.c.at.type.dialect_impl(dialect).bind_processor(dialect)
    return process(moment) if process is not None else moment


# Values audit.plain returns unchanged (no Enum, no date): the common case without two
# isinstance calls, for the millions of values an import's audit trail holds.
_AS_IS = frozenset({str, int, bool, float, type(None)})


def _plain(value: Any) -> Any:
    return value if value.__class__ in _AS_IS else audit.plain(value)


# The account fields whose values audit.plain changes (enums, dates): the planner gives every
# other field as text, a number, a boolean or None, which plain keeps as they are.
_ACCOUNT_FIELDS_TO_PLAIN = tuple(name for name in ACCOUNT_FIELDS
                                 if isinstance(Account.__table__.c[name].type, (sa.Enum, sa.Date, sa.DateTime)))


CHANGED_SINCE_PREVIEW = ("The registry changed since the file was checked (someone else added or edited the "
                         "same accounts or people); nothing was imported. Check the file again and import it.")


def apply_import(db: Database, plan: ImportPlan, *, only_valid_rows: bool = False,
                 progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Write the plan in one transaction: every new and changed row, or (on any error) nothing.

    With rows in error, nothing is written unless only_valid_rows is True; then the valid rows
    are written and the others skipped. `progress(done, total)` returning False cancels: the
    transaction is rolled back and Cancelled raised.
    """
    errors = plan.errors
    if errors and not only_valid_rows:
        first = errors[0]
        raise ImportRefused(
            f"{len(errors)} row{'s' if len(errors) != 1 else ''} of {plan.source} cannot be imported (the first, "
            f"line {first.line}: {first.reason}); nothing was imported. Correct the file, or import only the "
            "valid rows.", line=first.line)
    work = [row.work for row in plan.rows if row.work is not None and row.action != RowAction.error]
    try:
        with bulk_work(), db.transaction() as session:
            result = _Writer(session, db.actor, plan, work, progress).write()
    except sa.exc.IntegrityError:
        raise Conflict(CHANGED_SINCE_PREVIEW) from None
    return result


class _Writer:
    """Writes a plan inside the caller's transaction; the audit trail goes in last, in the order
    the rows were written (people, accounts, roles, terms).

    On SQLite the new rows get their ids here (the next free ones: the transaction holds the
    write lock from its first insert, and a write after someone else's commit fails) and go in
    as tuples; their audit events are written by the database from the rows just stored, one
    INSERT ... SELECT per kind, with the same content an event built here would have. Other
    databases get dicts and read the new ids back.
    """

    def __init__(self, session, actor: str, plan: ImportPlan, work: list[_Work],
                 progress: Callable[[int, int], bool] | None):
        self.session, self.actor, self.plan, self.work = session, actor, plan, work
        self.connection = session.connection()
        self.fast = self.connection.dialect.name == "sqlite" and bulk.SQLITE_FAST_PATH
        self.progress = progress
        self.people: dict[str, int] = {}  # email of a created person -> id
        # In writing order: event dicts, and (on SQLite) statements writing many events at once.
        self.audit: list[dict[str, Any] | sa.Executable] = []
        self.at = utcnow()  # one moment for the whole import, as one insert of the events gave
        self.done = 0
        needed = set().union(*(w.people for w in work)) if work else set()
        self.new_people = [p for p in plan.new_people if p.email in needed]
        self.total = (len(self.new_people) + len(work) + sum(len(w.grants) for w in work)
                      + sum(1 for w in work if w.terms is not None))

    def tick(self, count: int) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled("The import was cancelled; nothing was written.")

    def insert(self, model, rows: list[dict[str, Any]], *, counts: bool = True) -> None:
        for chunk in _chunks(rows, _CHUNK):
            insert_rows(self.session, model, chunk)
            if counts:
                self.tick(len(chunk))

    def insert_tuples(self, model, names: tuple[str, ...], rows: list[tuple], **same: Any) -> None:
        for chunk in _chunks(rows, _CHUNK):
            insert_tuples(self.session, model, names, chunk, same=same)
            self.tick(len(chunk))

    def new_ids(self, table: sa.Table, before: int, *key_columns: str) -> dict[Any, int]:
        # Enum columns read back as their text: the keys compare with the values just inserted.
        columns = [sa.type_coerce(table.c[name], sa.String) if isinstance(table.c[name].type, sa.Enum)
                   else table.c[name] for name in key_columns]
        statement = sa.select(*columns, table.c.id).where(table.c.id > before)
        rows = self.connection.execute(statement).all()  # one fetchall: iterating fetches row by row
        if len(columns) == 1:
            return dict(rows)
        return {row[:-1]: row[-1] for row in map(tuple, rows)}

    def last_id(self, table: sa.Table) -> int:
        return self.connection.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))).scalar_one()

    def person_id(self, key: Any) -> int | None:
        if key is None:
            return None
        return key if isinstance(key, int) else self.people[key]

    def event(self, entity: str, entity_id: int, account_id: int | None, old: dict | None, new: dict) -> None:
        self.audit.append({"at": self.at, "actor": self.actor, "entity": entity, "entity_id": entity_id,
                           "action": "import", "account_id": account_id, "old_values": old or None,
                           "new_values": {**new, "source": self.plan.source}})

    def events_of(self, table: sa.Table, first: int, last: int, fields: dict[str, sa.ColumnElement], *,
                  account_id: sa.ColumnElement | None, joins: tuple = ()) -> None:
        """On SQLite: one event per row first..last of `table` (what event() would record for it,
        the values read back as stored), written by the database."""
        row = table.c
        new_values = sa.func.json_object(
            *(part for name, value in fields.items() for part in (sa.literal(name), value)),
            sa.literal("source"), sa.literal(self.plan.source), type_=sa.String)
        source = sa.select(
            sa.literal(_stored_at(self.connection.dialect, self.at)), sa.literal(self.actor),
            sa.literal(table.name), row.id, sa.literal("import"),
            account_id if account_id is not None else sa.null(),
            sa.literal("null"),  # no earlier values: what JSON None is stored as
            new_values).select_from(table)
        for joined, on in joins:
            source = source.join(joined, on)
        source = source.where(row.id.between(first, last)).order_by(row.id)
        events = AuditEvent.__table__.c
        self.audit.append(sa.insert(AuditEvent.__table__).from_select(
            [events.at, events.actor, events.entity, events.entity_id, events.action, events.account_id,
             events.old_values, events.new_values], source))

    def write(self) -> ImportResult:
        self.refuse_stale()
        self.tick(0)
        with bulk_loading(self.connection):
            self.create_people()
            created, updated = self.write_accounts()
            granted = self.grant_roles()
            recorded = self.record_terms()
            self.write_audit()
        return ImportResult(accounts_created=created, accounts_updated=updated,
                            accounts_unchanged=self.plan.count(RowAction.unchanged),
                            rows_skipped=self.plan.count(RowAction.error), people_created=len(self.new_people),
                            roles_granted=granted, terms_recorded=recorded)

    def write_audit(self) -> None:
        events: list[dict[str, Any]] = []
        for item in self.audit:
            if isinstance(item, dict):
                events.append(item)
                continue
            insert_rows(self.session, AuditEvent, events)
            events = []
            self.connection.execute(item)
        insert_rows(self.session, AuditEvent, events)

    def refuse_stale(self) -> None:
        """The accounts the plan updates must still be as it saw them."""
        versions = {w.account_id: w.version for w in self.work if w.account_id is not None}
        account = Account.__table__.c
        for batch in _chunks(sorted(versions)):
            found = dict(self.connection.execute(sa.select(account.id, account.version)
                                                 .where(account.id.in_(batch))).all())
            if any(found.get(account_id) != versions[account_id] for account_id in batch):
                raise Conflict(CHANGED_SINCE_PREVIEW)

    def create_people(self) -> None:
        if not self.new_people:
            return
        table = Person.__table__
        before = self.last_id(table)
        if self.fast:
            first = before + 1
            self.insert_tuples(Person, ("id", "name", "work_email"),
                               [(first + n, p.name, p.email) for n, p in enumerate(self.new_people)])
            self.people = {p.email: first + n for n, p in enumerate(self.new_people)}
            self.events_of(table, first, before + len(self.new_people),
                           {name: table.c[name] for name in PERSON_FIELDS}, account_id=None)
            return
        self.insert(Person, [{"name": p.name, "work_email": p.email} for p in self.new_people])
        self.people = self.new_ids(table, before, "work_email")
        defaults = {"department": None, "title": None, "employment_status": EmploymentStatus.employed.value,
                    "last_working_day": None, "manager_id": None}
        for person in self.new_people:
            new = {"name": person.name, "work_email": person.email, **defaults}
            self.event("person", self.people[person.email], None, None,
                       {name: new[name] for name in PERSON_FIELDS})

    def write_accounts(self) -> tuple[int, int]:
        table = Account.__table__
        new = [w for w in self.work if w.account_id is None]
        if new:
            before = self.last_id(table)
            rows = []
            for w in new:
                values = dict(w.values)
                if "holder_id" in values:
                    values["holder_id"] = self.person_id(values["holder_id"])
                rows.append(values)
            names = tuple(rows[0])
            if self.fast and all(len(values) == len(names) and values.keys() == rows[0].keys() for values in rows):
                first = before + 1
                pick = itemgetter(*names)
                self.insert_tuples(Account, ("id", *names),
                                   [(first + n, *pick(values)) for n, values in enumerate(rows)]
                                   if len(names) > 1 else [(first + n, values[names[0]]) for n, values in
                                                           enumerate(rows)])
                for n, w in enumerate(new):
                    w.account_id = first + n
                account = table.c
                self.events_of(table, first, before + len(new),
                               {name: (sa.case((account[name], sa.func.json("true")), else_=sa.func.json("false"))
                                       if name == "official" else account[name]) for name in ACCOUNT_FIELDS},
                               account_id=account.id)
            else:
                self.insert(Account, rows)
                ids = self.new_ids(table, before, "platform", "handle")
                defaults = column_defaults(Account)
                default_of = defaults.get
                for w, values in zip(new, rows):
                    w.account_id = ids[(values["platform"], values["handle"])]
                    get = values.get
                    snapshot = {name: get(name, default_of(name)) for name in ACCOUNT_FIELDS}
                    for name in _ACCOUNT_FIELDS_TO_PLAIN:
                        snapshot[name] = _plain(snapshot[name])
                    self.event("account", w.account_id, w.account_id, None, snapshot)
        updates = [w for w in self.work if w.account_id is not None and w.version is not None and w.values]
        groups: dict[tuple[str, ...], list[_Work]] = {}
        for w in updates:
            groups.setdefault(tuple(sorted(w.values)), []).append(w)
        now = utcnow()
        for names, members in groups.items():
            statement = (sa.update(table)
                         .where(table.c.id == sa.bindparam("b_id"), table.c.version == sa.bindparam("b_version"))
                         .values({**{name: sa.bindparam(f"v_{name}") for name in names},
                                  "updated_at": now, "version": table.c.version + 1}))
            parameters = []
            for w in members:
                values = {f"v_{name}": (self.person_id(value) if name == "holder_id" else value)
                          for name, value in w.values.items()}
                parameters.append({"b_id": w.account_id, "b_version": w.version, **values})
            for chunk in _chunks(parameters, _CHUNK):
                result = self.connection.execute(statement, chunk)
                if result.rowcount not in (-1, len(chunk)) and self.connection.dialect.supports_sane_multi_rowcount:
                    raise Conflict(CHANGED_SINCE_PREVIEW)
                self.tick(len(chunk))
            for w in members:
                # Not `new`: that names the created accounts, counted in the return below.
                before_update = {name: audit.plain(value) for name, value in w.old_values.items()}
                after_update = {name: audit.plain(self.person_id(value) if name == "holder_id" else value)
                                for name, value in w.values.items()}
                self.event("account", w.account_id, w.account_id, before_update, after_update)
        # Rows whose only change is a role or the terms still count as updated.
        self.tick(sum(1 for w in self.work if w.account_id is not None and w.version is not None
                      and not w.values))
        return len(new), sum(1 for w in self.work if w.version is not None)

    def grant_roles(self) -> int:
        table = AccountRole.__table__
        today, actor, person_id = self.plan.today, self.actor, self.person_id
        if self.fast:
            created = self.people
            granted = [(w.account_id, person if person.__class__ is int else created[person], role.value)
                       for w in self.work for person, role, _ in w.grants]
            if not granted:
                return 0
            first = self.last_id(table) + 1
            self.insert_tuples(AccountRole, ("id", "account_id", "person_id", "role"),
                               [(first + n, *grant) for n, grant in enumerate(granted)],
                               granted_on=today, granted_by=actor)
            role, person = table.c, Person.__table__.c
            self.events_of(table, first, first + len(granted) - 1,
                           {**{name: role[name] for name in ROLE_FIELDS}, "person_name": person.name},
                           account_id=role.account_id, joins=((Person.__table__, person.id == role.person_id),))
            return len(granted)
        rows: list[dict[str, Any]] = []
        names: dict[tuple[int, int, str], str] = {}
        for w in self.work:
            for person, role, name in w.grants:
                key = (w.account_id, person_id(person), role.value)
                rows.append({"account_id": key[0], "person_id": key[1], "role": key[2], "granted_on": today,
                             "granted_by": actor})
                names[key] = name
        if not rows:
            return 0
        before = self.last_id(table)
        self.insert(AccountRole, rows)
        ids = self.new_ids(table, before, "account_id", "person_id", "role")
        plain = _plain
        for row in rows:
            key = (row["account_id"], row["person_id"], row["role"])
            snapshot = {name: plain(row[name]) for name in ROLE_FIELDS}
            self.event("account_role", ids[key], row["account_id"], None,
                       {**snapshot, "person_name": names[key]})
        return len(rows)

    def record_terms(self) -> int:
        table = HandoverTerms.__table__
        recorded = [w for w in self.work if w.terms is not None]
        if not recorded:
            return 0
        rows = []
        for w in recorded:
            terms = dict(w.terms)
            terms["successor_id"] = self.person_id(terms["successor_id"])
            rows.append({**terms, "account_id": w.account_id, "version": w.terms_version, "recorded_by": self.actor})
        before = self.last_id(table)
        self.insert(HandoverTerms, rows)
        ids = self.new_ids(table, before, "account_id", "version")
        for w, row in zip(recorded, rows):
            after = {name: audit.plain(row[name]) for name in TERMS_FIELDS}
            previous = {name: audit.plain(value) for name, value in w.old_terms.items()}
            if previous:
                previous["version"] = w.terms_version - 1
            old, new = audit.differences(previous, after)
            self.event("handover_terms", ids[(w.account_id, w.terms_version)], w.account_id, old, new)
        return len(recorded)
