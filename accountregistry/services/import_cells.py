"""The account import's rows read into values: what each column means, as one table.

A row becomes a Draft: the account's fields, its holder, administrators, successor and
handover terms as typed values, or the problems found, each a (column, Problem) pair. Nothing
here looks at the registry; services/import_planning compares the drafts with it.

- Dates as 31.12.2026, 2026-12-31, 15-03-26 or any form domain.dates.parse_date reads (day
  first where the planner says so); never in the future where a form would refuse that too.
- People as a name and an email (holder_*, successor_*), administrators as
  “Name <email> (role) | …”.
- yes/no cells take yes, ja, true, 1, x and no, nej, nei, false, 0.
"""

from __future__ import annotations

import functools
import re
from operator import itemgetter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from pydantic_core import PydanticUndefined

from accountregistry.domain import platforms
from accountregistry.domain.dates import DateInvalid, parse_date
from accountregistry.domain.errors import Label, Problem, RegistryError
from accountregistry.domain.hidden_characters import HIDDEN
from accountregistry.domain.vocabulary import Presence, Role, StrEnum
from accountregistry.services.accounts import identify_address
from accountregistry.services.import_words import choice_named, platform_named, value_named
from accountregistry.services.validation import Problems
from accountregistry.store.fields import Declared, fields_of
from accountregistry.store.models import AccountFields, TermsFields

__all__ = ["ACCOUNT_CELLS", "COLUMN_OF", "MISSING", "TERMS_CELLS", "TERMS_ROW_FIELDS", "Draft", "PersonRef",
           "RowProblem", "RowReader", "problem_of"]

RowProblem = tuple[str, Problem]  # (the column it is about, what is wrong)
PersonRef = tuple[str | None, str | None]  # (name, email) as the file gives a person
MISSING: Any = object()  # a column the file does not have

_YES = frozenset({"yes", "y", "true", "1", "ja", "j", "x"})
_NO = frozenset({"no", "n", "false", "0", "nej", "nei"})
YES_OR_NO_WORDS = _YES | _NO  # what a yes/no cell may hold (services/column_looks)
# What Problems.text refuses: control characters other than tab and line breaks; in a one_line
# name also the characters nobody can see (domain/hidden_characters.HIDDEN).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def problem_of(error: RegistryError) -> Problem:
    """A refusal from the domain (a date, an address) as a Problem."""
    return Problem(error.code, error.params)


def _clean_text(problems: Problems, name: str, label: Label, cell: str, max_length: int, *,
                one_line: bool = False) -> str | None:
    # The common case without a call per character (100,000 rows); anything doubtful goes to
    # Problems.text, so the problems are the ones every form finds.
    cleaned = cell.strip()
    if not cleaned:
        return None
    if len(cleaned) <= max_length and not _CONTROL.search(cleaned) and not (one_line and HIDDEN.search(cleaned)):
        return cleaned
    return problems.text(name, cell, label, max_length=max_length, one_line=one_line)


def _text(max_length: int, one_line: bool = False):
    def read(problems: Problems, name: str, label: Label, cell: str):
        return _clean_text(problems, name, label, cell, max_length, one_line=one_line)
    return read


def _choice(enum: type[StrEnum], blank: StrEnum | None):
    def read(problems: Problems, name: str, label: Label, cell: str):
        if not cell.strip():
            return blank
        return choice_named(problems, name, enum, label, cell)
    return read


def _yes_no(blank: bool):
    def read(problems: Problems, name: str, label: Label, cell: str):
        word = cell.strip().lower()
        if not word:
            return blank
        if word in _YES:
            return True
        if word in _NO:
            return False
        problems.add(name, "not_yes_no", label=label, value=cell.strip())
        return blank
    return read


def _number(low: int, high: int):
    def read(problems: Problems, name: str, label: Label, cell: str):
        return problems.whole_number(name, cell.strip() or None, label, low=low, high=high)
    return read


def _past_date(problems: Problems, name: str, label: Label, cell: str, today: date, day_first: bool):
    if not cell:
        return None
    try:
        value = parse_date(cell, day_first=day_first, today=today)
    except DateInvalid as error:
        problems.add(name, "invalid_in_field", label=label, reason=problem_of(error))
        return None
    return problems.not_after_today(name, value, label, today)


@functools.lru_cache(maxsize=65536)
def _valid_email(cell: str) -> str | None:
    """The address lowercased, or None if Problems.email would refuse it. Cached: a file names
    the same few thousand people hundreds of thousands of times."""
    problems = Problems()
    email = problems.email("email", cell, Label("Email"))
    return None if problems.found else email


def _email(problems: Problems, name: str, label: Label, cell: str) -> str | None:
    if not cell.strip():
        return None
    return _valid_email(cell) or problems.email(name, cell, label)


@dataclass(frozen=True)
class _Cell:
    column: str  # the report's column
    field: str  # the model's field
    label: Label  # the field's name, for problems
    read: Callable[..., Any] | None  # None: a date, read against today


def _reader(declared: Declared, blank: Any) -> Callable[..., Any] | None:
    """How a cell of the field reads, from how the model declares it (store/models.py)."""
    if declared.choices is not None:
        return _choice(declared.choices, blank)
    if declared.email:
        return _email
    if declared.max_length is not None:
        return _text(declared.max_length, declared.one_line)
    if declared.low is not None and declared.high is not None:
        return _number(declared.low, declared.high)
    if isinstance(blank, bool):
        return _yes_no(blank)
    return None  # a date


def _cells(model: type, columns: dict[str, str]) -> tuple[_Cell, ...]:
    """The cells of `columns` (report column -> field), each read as the model declares it; a
    blank cell means the field's default (a disposition: no terms at all)."""
    declared = fields_of(model)
    defaults = {name: info.default for name, info in model.model_fields.items()}
    return tuple(_Cell(column, name, declared[name].label,
                       _reader(declared[name], None if defaults[name] is PydanticUndefined else defaults[name]))
                 for column, name in columns.items())


# Account fields by column; identity (platform, presence, handle, url) and people are read apart.
ACCOUNT_CELLS = _cells(AccountFields, {name: name for name in (
    "display_name", "kind", "status", "official", "responsible_unit", "login_email", "two_factor", "mandate",
    "response_expectations", "review_interval_months", "last_reviewed_on", "notes", "ambassador", "response_hours",
    "outside_working_hours", "frequency", "audience", "weekly_hours")})
# Handover terms by column; the successor is a person, read apart.
TERMS_CELLS = _cells(TermsFields, {"disposition": "disposition", "terms_agreed_on": "agreed_on",
                                   "followers_terms": "followers_terms", "content_terms": "content_terms",
                                   "notice_days": "notice_days", "agreed_by_holder": "agreed_by_holder",
                                   "agreed_by_company": "agreed_by_company"})
IDENTITY_COLUMNS = ("platform", "presence", "handle", "url")
_URL = fields_of(AccountFields)["url"]
# Each person column: the label its problems name it by.
PEOPLE_COLUMNS = {"holder_email": Label("Holder"), "successor_email": Label("Successor"),
                  "administrators": Label("Administrators"), "escalation_email": Label("Escalation contact")}
_EMAIL_LABELS = {"holder_email": Label("Holder email"), "successor_email": Label("Successor email"),
                 "escalation_email": Label("Escalation contact")}
PERSON_CELLS = ("holder_name", "holder_email", "successor_name", "successor_email", "administrators",
                "escalation_email")
TERMS_ROW_FIELDS = tuple(cell.field for cell in TERMS_CELLS) + ("successor_id",)
COLUMN_OF = {cell.field: cell.column for cell in ACCOUNT_CELLS + TERMS_CELLS}
READ_COLUMNS = frozenset(c.column for c in ACCOUNT_CELLS + TERMS_CELLS).union(IDENTITY_COLUMNS, PERSON_CELLS,
                                                                             ("exported_at",))

_ENTRY_SEPARATOR = re.compile(r"(?<=\))\s*\|")
_ADMINISTRATOR = re.compile(r"^(?P<name>[^<>]*?)\s*(?:<(?P<email>[^<>]*)>)?\s*(?:\((?P<role>[^()]*)\))?\s*$")


@dataclass(slots=True)
class Draft:
    """One row of the file as values, before it is compared with the registry."""

    line: int
    key: tuple[str, str] | None  # (platform, handle): the account it names
    label: str  # the account as the preview names it
    account: dict[str, Any]
    holder: Any = MISSING  # PersonRef, None (blank: no holder) or MISSING
    grants: list[tuple[PersonRef, Role]] | None = None  # None: no administrators column
    terms: dict[str, Any] | None = None  # None: no terms in the row
    successor: Any = MISSING
    escalation: Any = MISSING  # the mandate's escalation contact, by email only
    exported_on: date | None = None  # the day the file says it was exported (UTC)
    problems: list[RowProblem] = field(default_factory=list)

    def refs(self) -> list[PersonRef]:
        """Every person the row names."""
        found = [ref for ref in (self.holder, self.successor, self.escalation) if ref.__class__ is tuple]
        return found + [ref for ref, _ in self.grants] if self.grants else found


def _person_ref(problems: Problems, column: str, name_cell: str | None, email_cell: str | None) -> Any:
    name = (_clean_text(problems, column, Label("Name"), name_cell, 200, one_line=True)
            if name_cell is not None else None)
    email = _email(problems, column, _EMAIL_LABELS[column], email_cell) if email_cell else None
    if name is None and email is None:
        return None
    return (name, email)


def _administrator(entry: str) -> tuple[PersonRef, Role] | Problem:
    """One “Name <email> (role)”: (person, role), or what is wrong with it."""
    match = _ADMINISTRATOR.match(entry)
    shown = entry[:100]
    if match is None or not match["role"] or not match["name"] and not match["email"]:
        return Problem("administrator_format", {"entry": shown})
    problems = Problems()
    role = choice_named(problems, "role", Role, Label("Role"), match["role"])
    email = _email(problems, "email", Label("Email"), match["email"]) if match["email"] else None
    name = _clean_text(problems, "name", Label("Name"), match["name"], 200, one_line=True)
    if "role" in problems:
        return Problem("administrator_role", {"entry": shown, "allowed": list(Role)})
    if "email" in problems:
        return Problem("administrator_email", {"entry": shown})
    if "name" in problems:
        return Problem("administrator_name", {"entry": shown})
    return (name, email), role


class _Entries:
    """_administrator of each entry, worked out once per person and once per role for one file:
    its 100,000s of entries name each person and role many times over. An entry is
    "<person> (<role>)": what an entry that parsed said of its person part and of its role
    part is remembered apart (20,000 people and a few roles, where every distinct entry took
    about 15 MiB at 100,000 rows); an entry whose parts are not both known yet is parsed whole
    (so is one that is wrong, and it says so in its own words). A person named with several
    roles is held once: one (name, email) for all their entries."""

    def __init__(self) -> None:
        self.people: dict[str, PersonRef] = {}  # the person part -> (name, email)
        self.roles: dict[str, Role] = {}  # the role part, closing parenthesis included -> role
        self.refs: dict[PersonRef, PersonRef] = {}

    def grants(self, problems: Problems, cell: str) -> list[tuple[PersonRef, Role]]:
        """Each entry of an Administrators cell as (person, role), once each; a wrong one into `problems`."""
        grants: list[tuple[PersonRef, Role]] = []
        people, roles = self.people, self.roles
        # Every entry ends in its role's parenthesis: splitting only after one keeps a "|" that is
        # part of a name. Where every "|" stands between ") " and " " (as the export writes them),
        # a plain split cuts at the very same places.
        parts = cell.split(" | ") if cell.count("|") == cell.count(") | ") else _ENTRY_SEPARATOR.split(cell)
        for part in parts:
            entry = part.strip()
            person, opened, role = entry.rpartition(" (")
            found = people.get(person), roles.get(role)
            if found[0] is None or found[1] is None or not opened:
                if not entry:
                    continue
                found = self.parsed(entry, person, opened, role)
                if isinstance(found, Problem):
                    problems.add("administrators", found)
                    continue
            if found not in grants:
                grants.append(found)
        return grants

    def parsed(self, entry: str, person: str, opened: str, role: str) -> tuple[PersonRef, Role] | Problem:
        found = _administrator(entry)
        if isinstance(found, Problem):
            return found
        ref, named = self.refs.setdefault(found[0], found[0]), found[1]
        # Remembered only where the role read is the part after the last " (" (it ends the entry, with no
        # other "("): then any entry "<that person> (<a role part seen so>)" parses as these two do.
        if opened and role[-1:] == ")" and "(" not in role:
            self.people[person], self.roles[role] = ref, named
        return ref, named


# Columns whose few distinct values are read once each rather than once per row: the choices,
# yes/no, numbers and dates of 100,000 rows are a few hundred different cells.
_REMEMBERED_COLUMNS = frozenset({"kind", "status", "official", "two_factor", "responsible_unit", "login_email",
                                 "ambassador", "review_interval_months",
                                 "last_reviewed_on", "disposition", "terms_agreed_on", "notice_days",
                                 "agreed_by_holder", "agreed_by_company"})
_Found = tuple[Any, tuple[RowProblem, ...]]  # a cell's value and the problems reading it found


class _CellReader:
    """One column's reading of a cell into a row's problems: the value, and at most a problem for
    the column itself (each column is read once per row, so no earlier problem can hide it).

    `known` remembers each distinct cell's (value, problems) for the columns in
    _REMEMBERED_COLUMNS; `blank` is the value of an empty cell where reading one finds nothing
    wrong, so that the many empty cells of a file cost no call.
    """

    def __init__(self, spec: _Cell, today: date, day_first: bool):
        self.column, self.label, self.reader, self.today = spec.column, spec.label, spec.read, today
        self.day_first = day_first
        self.known: dict[str, _Found] | None = {} if spec.column in _REMEMBERED_COLUMNS else None
        probe = Problems()
        self.blank = self.plain(probe, "")
        self.blank_is_plain = not probe.found

    def plain(self, problems: Problems, cell: str) -> Any:
        if self.reader is None:
            return _past_date(problems, self.column, self.label, cell.strip(), self.today, self.day_first)
        return self.reader(problems, self.column, self.label, cell)

    def learn(self, cell: str) -> _Found:
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
                for name, problem in found[1]:
                    problems.add(name, problem)
            into[field_name] = found[0]
        elif not cell and reader.blank_is_plain:
            into[field_name] = reader.blank
        else:
            into[field_name] = reader.plain(problems, cell)


def _readers(specs: tuple[_Cell, ...], columns: dict[str, int], today: date, day_first: bool):
    """(field, position in a row, reader) of the cells of `specs` the file has, in order."""
    return tuple((spec.field, columns[spec.column], _CellReader(spec, today, day_first))
                 for spec in specs if spec.column in columns)


class RowReader:
    """Reads the rows of one file: where each column is, and each column's reader, worked out
    once; then row by row, `read(line, cells)` gives its Draft."""

    def __init__(self, columns: dict[str, int], today: date, *, day_first: bool = False):
        self.account_cells = _readers(ACCOUNT_CELLS, columns, today, day_first)
        self.terms_cells = _readers(TERMS_CELLS, columns, today, day_first)
        # Where the terms' cells are, when a row whose terms cells are all empty reads as no terms
        # at all (as it does when every blank is the field's default): most rows of a file.
        self.terms_at = tuple(position for _, position, _ in self.terms_cells) if self._blank_terms_are_none() else ()
        at = columns.get
        # Read from the row's cells and a None after them: a column the file lacks reads that None.
        self.identity_of = itemgetter(*(-1 if at(name) is None else at(name) for name in IDENTITY_COLUMNS))
        self.holder_at = (at("holder_name"), at("holder_email"))
        self.successor_at = (at("successor_name"), at("successor_email"))
        self.escalation_at = (None, at("escalation_email"))
        self.people_at = tuple((column, where, attribute) for column, where, attribute in (
            ("holder_email", self.holder_at, "holder"), ("successor_email", self.successor_at, "successor"),
            ("escalation_email", self.escalation_at, "escalation")) if where != (None, None))
        self.administrators_at = at("administrators")
        self.exported_at = at("exported_at")
        self.entries = _Entries()
        self.moments: dict[str, date | Problem | None] = {}  # exported_at cells: one or a few per file
        self.people: dict[tuple[str, str | None, str | None], _Found] = {}
        # The platform and presence cells as the words they name: a few distinct ones per file.
        self.platforms: dict[str, str] = {}
        self.presences: dict[str, str] = {}

    def read(self, line: int, cells: list[str]) -> Draft:
        problems = Problems()
        draft = self._identity(problems, line, cells)
        _read_cells(problems, cells, self.account_cells, draft.account)
        for column, at, attribute in self.people_at:  # the holder, successor and escalation contact
            setattr(draft, attribute, self._person(problems, column, at, cells))
        if self.administrators_at is not None:
            draft.grants = self.entries.grants(problems, cells[self.administrators_at])
        self._terms(problems, cells, draft)
        if self.exported_at is not None:
            draft.exported_on = self._exported_on(problems, cells[self.exported_at])
        draft.problems = list(problems.found.items())
        return draft

    def _exported_on(self, problems: Problems, cell: str) -> date | None:
        try:
            found = self.moments[cell]
        except KeyError:
            found = self.moments[cell] = _day_exported(cell)
        if isinstance(found, Problem):
            problems.add("exported_at", found)
            return None
        return found

    def _identity(self, problems: Problems, line: int, cells: list[str]) -> Draft:
        """The Draft with the account it names (platform, presence, handle, url), if it names one."""
        platform_id, presence, handle, url = self.identity_of([*cells, None])
        platform_id = platform_id and _named(self.platforms, platform_id, platform_named) or None
        presence = presence and _named(self.presences, presence, _presence_named) or None
        identity = identify_address(url, platform_id, presence, handle, problems)
        if identity is None:
            label = (url or " ".join(filter(None, (platform_id, handle))) or "").strip()[:200]
            return Draft(line=line, key=None, label=label, account={})
        both = url and url.strip() and platform_id and handle  # an address and a handle: they must agree
        platform_id, presence, handle, url = identity
        url = url.strip()
        if both:
            _check_url_matches(problems, url, platform_id, presence, handle)
        _clean_text(problems, "url", _URL.label, url, _URL.max_length)  # a pasted address may be too long
        return Draft(line=line, key=(platform_id, handle), label=url,
                     account={"platform": platform_id, "presence": presence, "handle": handle, "url": url})

    def _person(self, problems: Problems, column: str, at: tuple[int | None, int | None], cells: list[str]) -> Any:
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
        for name, problem in found:
            problems.add(name, problem)
        return ref

    def _blank_terms_are_none(self) -> bool:
        probe, terms = Problems(), {}
        _read_cells(probe, [""] * (max((at for _, at, _ in self.terms_cells), default=0) + 1), self.terms_cells,
                    terms)
        return not probe.found and all(value in (None, False) for value in terms.values())

    def _terms(self, problems: Problems, cells: list[str], draft: Draft) -> None:
        if self.terms_at and not any(map(cells.__getitem__, self.terms_at)):
            if draft.successor not in (None, MISSING):
                problems.add("disposition", "terms_need_disposition")
            return
        terms: dict[str, Any] = {}
        _read_cells(problems, cells, self.terms_cells, terms)
        if terms.get("disposition") is not None:  # without an agreement date: proposed terms
            draft.terms = terms
        elif "disposition" not in problems and (
                draft.successor not in (None, MISSING)
                or any(value not in (None, False) for name, value in terms.items() if name != "disposition")):
            problems.add("disposition", "terms_need_disposition")


def _named(known: dict[str, str], cell: str, name: Callable[[str], str]) -> str:
    """name(cell), worked out once per distinct cell."""
    try:
        return known[cell]
    except KeyError:
        found = known[cell] = name(cell)
        return found


_presence_named = functools.partial(value_named, Presence)


def _day_exported(cell: str) -> date | Problem | None:
    """The UTC day of an exported_at cell (2026-12-31T10:11:12Z), None when blank."""
    text = cell.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return Problem("invalid_in_field", {"label": Label("Exported at"),
                                            "reason": Problem("not_a_moment", {"value": text[:40]})})
    return (moment.astimezone(timezone.utc) if moment.tzinfo else moment).date()


def _check_url_matches(problems: Problems, url: str, platform_id: str, presence: str, handle: str) -> None:
    """The export writes both an address and a platform with a handle (normalised by identify);
    a spreadsheet edit may change one and not the other."""
    if url == platforms.normalised_url(platform_id, presence, handle):
        return
    try:
        found = platforms.recognise_url(url)
    except platforms.AddressRefused as error:
        problems.add("url", problem_of(error))
        return
    if (found.platform, found.handle) != (platform_id, handle):
        problems.add("url", "url_other_account", url=url[:200], platform=platform_id, handle=handle)
