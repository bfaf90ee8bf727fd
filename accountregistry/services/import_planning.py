"""The account import's plan: each row of a file compared with the registry, nothing written.

Every row is new, an update (field by field), unchanged, or an error with its problems, each
(column, Problem). The registry's rules are the domain's (domain/rules.py), the same the
services apply to a form.

- Accounts are matched on platform and normalised handle (the same key the registry uses).
  An account may appear only once in a file; a later line naming it again is an error.
- A column the file has is the truth for that field: a blank cell clears it (status blank
  means active, two_factor blank unknown, official blank yes, as for a new account). A column
  the file lacks leaves the field as it is.
- People are matched by email (lowercased); someone not yet in the registry is created with
  the name the file gives. A name without an email matches an existing person of exactly that
  name, if there is only one. Names of existing people are not changed by an import.
- ``administrators``: roles not yet held are granted, dated the day of the import. An import
  never revokes: a revocation needs a reason and a date, so an administrator missing from the
  file is kept, and the preview notes so.
- Handover terms: a new version is recorded only when they differ from the current one; a
  blank disposition records nothing.
"""

from __future__ import annotations

import pickle
import tempfile
import weakref
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from enum import Enum
from operator import attrgetter
from typing import Any

import sqlalchemy as sa

from accountregistry.domain import platforms, rules
from accountregistry.domain.dates import day_first_language
from accountregistry.domain.errors import Problem
from accountregistry.domain.messages import Phrase
from accountregistry.domain.vocabulary import CaseStatus, EmploymentStatus, ItemStatus, Role, StrEnum
from accountregistry.services.accounts import ACCOUNT_FIELDS
from accountregistry.services.import_cells import (
    COLUMN_OF,
    MISSING,
    PEOPLE_COLUMNS,
    TERMS_ROW_FIELDS,
    Draft,
    RowProblem,
    RowReader,
)
from accountregistry.services.ownership_report import administrator_cell
from accountregistry.services.column_looks import ACCOUNT_LABELS, ACCOUNT_LOOKS, ShiftedValues
from accountregistry.services.files import kept_name
from accountregistry.services.table_reading import ImportRefused, ParsedFile, RowWidths
from accountregistry.store import platform_keys
from accountregistry.store.database import Database
from accountregistry.store.models import (
    Account,
    AccountRole,
    ChecklistItem,
    HandoverTerms,
    OffboardingCase,
    Person,
)

__all__ = ["Change", "ImportPlan", "NewPerson", "PlannedRow", "PlannedRows", "Planner", "RowAction", "Work",
           "WorkFile", "chunks", "plan_rows"]

# How many ids or keys one statement names: far below any database's limit on parameters.
BATCH = 500
# Rows read, planned (and written) at a time ... A chunk's drafts, plan and audit events are
# what the import holds beyond the preview: at 100,000 rows 2,000 peaked 30 MiB below 5,000
# (244 -> 214 MiB) for about 2% more CPU time (more statements, each as large as before), and
# 1,000 4 MiB below 2,000 (152 -> 148 MiB, once the audit trail named a chunk's rows in one event).
CHUNK_ROWS = 1000
CHUNK_CHARACTERS = 4_000_000  # ... or fewer, when their cells hold more text than this
_DAY = timedelta(days=1)


class RowAction(StrEnum):
    new = "new"
    update = "update"
    unchanged = "unchanged"
    conflict = "conflict"  # would undo an offboarding: written only when the user chooses so
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


@dataclass(slots=True)
class Work:
    """What apply_import writes for one new or changed row."""

    line: int
    account_id: int | None
    version: int | None
    # The account's fields the row writes and their values, in the same order: every field of a
    # new account, the changed ones of an update (holder_id included). As tuples, not a dict: a
    # file's rows share one `fields` (pickled once per chunk), and the writer inserts the values
    # as they are.
    fields: tuple[str, ...]
    values: tuple
    old_values: tuple  # update: what the changed fields were
    grants: list[tuple[Any, Role]]  # (person key, role)
    terms: dict[str, Any] | None
    terms_version: int
    old_terms: dict[str, Any]
    conflict: bool = False  # grants a role again that was taken away (RowAction.conflict)


_WORK_FIELDS = attrgetter(*(each.name for each in fields(Work)))


@dataclass(slots=True)
class PlannedRow:
    """One row as the preview shows it (and as apply_import must find it again)."""

    line: int
    action: RowAction
    account: str  # the account as the preview names it: its address, or what the row gave
    changes: tuple[Change, ...] = ()
    problems: tuple[RowProblem, ...] = ()  # why the row is an error: (column, Problem)
    notes: tuple[Problem, ...] = ()  # what the import leaves alone on purpose

    @property
    def codes(self) -> list[tuple[str, str]]:
        """(column, code) of each problem: what tests and code decide by."""
        return [(column, problem.code) for column, problem in self.problems]

    @property
    def reason(self) -> str:
        """The problems in the user's language, one sentence after another."""
        return " ".join(problem.sentence() for _, problem in self.problems)

    def note_sentences(self) -> list[str]:
        return [note.sentence() for note in self.notes]


_ACTIONS = tuple(RowAction)
_ACTION_CODE = {action: code for code, action in enumerate(_ACTIONS)}
_NOTHING: tuple[tuple, tuple, tuple] = ((), (), ())


class PlannedRows(Sequence[PlannedRow]):
    """The preview's rows, held compactly and each made into a PlannedRow when asked for: a line
    number, an action and the account's label (as UTF-8) per row, and the changes, problems and
    notes of the rows that have any. A PlannedRow, its label and its line held for each of
    100,000 rows took about 23 MiB; these take about 6."""

    def __init__(self, rows: Iterable[PlannedRow] = ()) -> None:
        self.lines = array("q")  # ascending: the file's order
        self.actions = bytearray()  # _ACTION_CODE of each row's action
        self.labels = bytearray()  # every label, one after another
        self.ends = array("q")  # where each row's label ends in `labels`
        self.details: dict[int, tuple[tuple, tuple, tuple]] = {}  # by position: changes, problems, notes
        self.extend(rows)

    def extend(self, rows: Iterable[PlannedRow]) -> None:
        for row in rows:
            if row.changes or row.problems or row.notes:
                self.details[len(self.lines)] = (row.changes, row.problems, row.notes)
            self.lines.append(row.line)
            self.actions.append(_ACTION_CODE[row.action])
            self.labels += row.account.encode("utf-8", "surrogatepass")
            self.ends.append(len(self.labels))

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return [self[at] for at in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        start = self.ends[position - 1] if position > 0 else 0
        return PlannedRow(self.lines[position], _ACTIONS[self.actions[position]],
                          self.labels[start:self.ends[position]].decode("utf-8", "surrogatepass"),
                          *self.details.get(position, _NOTHING))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def count_of(self, action: RowAction) -> int:
        return self.actions.count(_ACTION_CODE[action])

    def first_of(self, action: RowAction) -> int | None:
        """The position of the first row of one action (found at C speed), or None."""
        at = self.actions.find(_ACTION_CODE[action])
        return None if at < 0 else at

    def having(self, action: RowAction) -> Sequence[PlannedRow]:
        """The rows of one action, each made when asked for (200,000 rows in error make none)."""
        code = _ACTION_CODE[action]
        return _Some(self, array("q", (at for at, found in enumerate(self.actions) if found == code)))

    def index(self, row: PlannedRow, start: int = 0, stop: int | None = None) -> int:  # type: ignore[override]
        """Found by its line (the rows are in the file's order)."""
        at = bisect_left(self.lines, row.line, start, len(self) if stop is None else stop)
        if at < len(self) and self[at] == row:
            return at
        raise ValueError("not a row of this plan")

    def replace(self, row: PlannedRow) -> None:
        """The row of the same line planned again (its label stays: the same cells gave it)."""
        at = bisect_left(self.lines, row.line)
        if at == len(self) or self.lines[at] != row.line:
            raise ValueError("not a row of this plan")
        self.actions[at] = _ACTION_CODE[row.action]
        self.details.pop(at, None)
        if row.changes or row.problems or row.notes:
            self.details[at] = (row.changes, row.problems, row.notes)


class _Some(Sequence[PlannedRow]):
    """Some of a plan's rows, by their positions."""

    def __init__(self, rows: PlannedRows, positions: array) -> None:
        self.rows, self.positions = rows, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return [self.rows[at] for at in self.positions[position]]
        return self.rows[self.positions[position]]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


@dataclass
class ImportPlan:
    source: str  # the file's name, for the audit trail
    today: date
    rows: PlannedRows
    new_people: list[NewPerson]
    unknown_columns: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    formula_cells: int = 0  # cells of a workbook read as their formulas' text (workbook_reading)
    # "The columns seem shifted from line N", when rows do not fit under the header: said first.
    shifted: ImportRefused | None = None
    work: WorkFile | None = field(default=None, repr=False, compare=False)  # what apply_import writes

    def count(self, action: RowAction) -> int:
        return self.rows.count_of(action)

    def first_of(self, action: RowAction) -> int | None:
        return self.rows.first_of(action)

    @property
    def conflicts(self) -> Sequence[PlannedRow]:
        return self.rows.having(RowAction.conflict)

    @property
    def errors(self) -> Sequence[PlannedRow]:
        return self.rows.having(RowAction.error)

    def error_kinds(self) -> list[tuple[int, PlannedRow]]:
        """(how many rows, the first of them) per kind of error (a row's first problem's code),
        the most frequent first."""
        kinds: dict[str, list] = {}
        for row in self.errors:
            kind = kinds.setdefault(row.problems[0][1].code, [0, row])
            kind[0] += 1
        return sorted(map(tuple, kinds.values()), key=lambda kind: (-kind[0], kind[1].line))

    def summary(self) -> Phrase:
        """How many rows of each kind, worded in the user's language where it is shown."""
        counts = {"new": self.count(RowAction.new), "updated": self.count(RowAction.update),
                  "unchanged": self.count(RowAction.unchanged), "errors": self.count(RowAction.error)}
        if conflicts := self.count(RowAction.conflict):
            return Phrase("import_plan_summary_conflicts", **counts, conflicts=conflicts)
        return Phrase("import_plan_summary", **counts)


def plan_rows(db: Database, parsed: ParsedFile, today: date) -> ImportPlan:
    """Every row of the file classified against the registry as it is now: what the preview
    shows in memory, what apply_import writes in a WorkFile."""
    work = WorkFile()
    rows = PlannedRows()
    with db.reading() as session:
        planner = Planner(parsed, today, session.connection())
        for chunk in planner.chunks():
            rows.extend(row for row, _ in chunk)
            work.add([planned for _, planned in chunk if planned is not None])
        work.add(planner.settle_deferred(rows))
    return ImportPlan(source=kept_name(parsed.path), today=today, rows=rows,
                      new_people=sorted(planner.new_people.values(), key=lambda p: p.line),
                      shifted=planner.widths.refusal(parsed.path.name),
                      unknown_columns=parsed.unknown_columns, ignored_columns=parsed.ignored_columns,
                      formula_cells=parsed.formula_cells, work=work)


class WorkFile:
    """What apply_import writes, chunk by chunk, in an anonymous temporary file (the owner's
    only; gone when closed or when the program ends): a plan of 100,000s of rows holds in
    memory only what its preview shows."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile(prefix="accountregistry-import-")
        weakref.finalize(self, self.file.close)  # closed with the plan that holds it

    def add(self, work: list[Work]) -> None:
        # As plain tuples of their fields: pickled and read back in about two thirds of the time.
        if work:
            pickle.dump(list(map(_WORK_FIELDS, work)), self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def chunks(self) -> Iterator[list[Work]]:
        """The chunks in the order they were added (only this object's own file is unpickled)."""
        self.file.seek(0)
        while True:
            try:
                chunk = pickle.load(self.file)
            except EOFError:
                return
            yield [Work(*values) for values in chunk]



class Planner:
    """Reads a file's rows in chunks and plans each against the registry through `connection`.

    People are read once; each chunk's accounts, roles and terms are read for that chunk. A
    person first named on a later line than one that gives only their email is settled at
    the end (`settle_deferred`)."""

    def __init__(self, parsed: ParsedFile, today: date, connection: sa.Connection):
        self.parsed, self.today, self.connection = parsed, today, connection
        self.people = _People(connection)
        self.new_people: dict[str, NewPerson] = {}
        self.complete = False  # whether every person the file names is known already
        self.seen = _FirstLines()  # the accounts named so far
        self.deferred: list[Draft] = []
        self.fields: dict[tuple[str, ...], tuple[str, ...]] = {}  # Work.fields, one of each
        self.resolved: dict[tuple, Any] = {}  # _RowPlanner.resolve's people found
        self.some_accounts = connection.execute(sa.select(Account.__table__.c.id).limit(1)).first() is not None
        self.widths = RowWidths(parsed.header, ShiftedValues(ACCOUNT_LOOKS, parsed.columns, ACCOUNT_LABELS))

    def chunks(self) -> Iterator[list[tuple[PlannedRow, Work | None]]]:
        widths = self.widths
        # Numeric dates day first where people write them so: in a Danish, Swedish or Norwegian
        # window or command line, and in a file whose delimiter is a semicolon.
        day_first = self.parsed.delimiter == ";" or day_first_language()
        read = RowReader(self.parsed.columns, self.today, day_first=day_first).read
        drafts: list[Draft] = []
        characters = 0
        for line, cells in self.parsed.records():
            misfit = widths.problem(line, cells)
            if misfit is not None:
                drafts.append(Draft(line=line, key=None, label=widths.shown(cells), account={},
                                    problems=[("", misfit)]))
            else:
                drafts.append(self.draft(read(line, cells)))
                widths.fitted(line, cells, bool(drafts[-1].problems))
                characters += len("".join(cells))  # as sum(map(len, cells)), in a quarter of the time
            if len(drafts) == CHUNK_ROWS or characters > CHUNK_CHARACTERS:
                yield self.plan(drafts)
                drafts, characters = [], 0
        if drafts:
            yield self.plan(drafts)

    def draft(self, draft: Draft) -> Draft:
        """The row checked against the file's earlier rows: the same account twice, new people."""
        if draft.key is not None:
            first = self.seen.first("\0".join(draft.key), draft.line)
            if first != draft.line:
                draft.problems.append(("url", Problem("row_duplicate_account", {"first": first})))
        if not draft.problems and not self.complete:
            new_people, known = self.new_people, self.people.by_email
            for name, email in draft.refs():
                if email and name and email not in known and email not in new_people:
                    new_people[email] = NewPerson(email=email, name=name, line=draft.line)
        return draft

    def plan(self, drafts: list[Draft]) -> list[tuple[PlannedRow, Work | None]]:
        # A registry without accounts (a first import) has none of them to read.
        accounts = _Accounts(self.connection, [d.key for d in drafts if d.key and not d.problems]
                             if self.some_accounts else [])
        planned = []
        for draft in drafts:
            row, work = _RowPlanner(draft, self.people, accounts, self.new_people, self.fields, self.resolved).plan()
            if row.problems and not self.complete and any(problem.code == "person_needs_name"
                                                          for _, problem in row.problems):
                self.deferred.append(draft)  # named further down, perhaps
            planned.append((row, work))
        return planned

    def settle_deferred(self, rows: PlannedRows) -> list[Work]:
        """The rows that named someone only by an email, planned again with every person the
        whole file names (replaced in `rows`), and the work of those that can now be written."""
        deferred, self.deferred, self.complete = self.deferred, [], True
        again = self.plan(deferred) if deferred else []
        for row, _ in again:
            rows.replace(row)
        return [work for _, work in again if work is not None]


class _FirstLines:
    """The line that first named each account, by its key (platform and handle), held compactly:
    the keys as UTF-8 one after another, each one's hash, line and end in arrays, and a table of
    their places found by hash (open addressing, at most half full). A dict of 100,000 keys held
    about 10 MiB (the company's sheet's peak); these about 5."""

    def __init__(self) -> None:
        self.keys = bytearray()
        self.ends = array("I", [0])
        self.lines = array("I")
        self.hashes = array("q")
        self.table = array("i", [-1]) * 1024  # places (in `lines`), -1 where none

    def first(self, key: str, line: int) -> int:
        """The first line that named `key`; `line` when none did (then it is the first)."""
        text = key.encode("utf-8", "surrogatepass")
        found = hash(text)
        mask = len(self.table) - 1
        at = found & mask
        while (place := self.table[at]) >= 0:
            if self.hashes[place] == found and self.keys[self.ends[place]:self.ends[place + 1]] == text:
                return self.lines[place]
            at = (at + 1) & mask
        self.table[at] = len(self.lines)
        self.keys += text
        self.ends.append(len(self.keys))
        self.lines.append(line)
        self.hashes.append(found)
        if 2 * len(self.lines) > len(self.table):
            self._grow()
        return line

    def _grow(self) -> None:
        self.table = table = array("i", [-1]) * (2 * len(self.table))
        mask = len(table) - 1
        for place, found in enumerate(self.hashes):
            at = found & mask
            while table[at] >= 0:
                at = (at + 1) & mask
            table[at] = place


def chunks(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _People:
    """Everyone in the registry, by id, email and name."""

    def __init__(self, connection: sa.Connection):
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

    def label(self, key: Any, new_people: dict[str, NewPerson]) -> str:
        if key is None:
            return ""
        if isinstance(key, int):
            name, email, _ = self.people[key]
        else:
            name, email = new_people[key].name, key
        return f"{name} <{email}>" if email else name


class _Accounts:
    """The accounts a chunk of rows names: their active roles, current terms, the roles revoked
    from them (the last day of each) and who left them through an offboarding."""

    def __init__(self, connection: sa.Connection, keys: list[tuple[str, str]]):
        self.connection = connection
        self.accounts: dict[tuple[str, str], Any] = {}
        self.roles: dict[int, set[tuple[int, Role]]] = {}
        self.terms: dict[int, Any] = {}
        self.revoked: dict[tuple[int, int, Role], date] = {}
        self.offboarded: set[tuple[int, int]] = set()  # (account, leaver): a done checklist item
        account = Account.__table__.c
        fields = [account.id, account.version, *(account[name] for name in ACCOUNT_FIELDS)]
        # Both columns by IN, which the (platform, handle) index answers on every database; the
        # values bound when run, so that SQLAlchemy's statement cache keeps none of them.
        statement = sa.select(*fields).where(account.platform.in_(sa.bindparam("platforms", expanding=True)),
                                             account.handle.in_(sa.bindparam("handles", expanding=True)))
        for batch in chunks(keys):
            wanted = set(batch)  # the pairs found beyond the batch's are left out
            found = [row for row in connection.execute(statement, {"platforms": sorted({key[0] for key in batch}),
                                                                   "handles": [key[1] for key in batch]})
                     if (row.platform, row.handle) in wanted]
            self.accounts.update(((row.platform, row.handle), row) for row in found)
            if found:
                self._read_roles_and_terms([row.id for row in found])

    def _read_roles_and_terms(self, ids: list[int]) -> None:
        role, terms = AccountRole.__table__.c, HandoverTerms.__table__.c
        item, case = ChecklistItem.__table__.c, OffboardingCase.__table__.c
        execute = self.connection.execute
        for account_id, person_id, role_name, revoked_on in execute(
                sa.select(role.account_id, role.person_id, role.role, role.revoked_on).where(role.account_id.in_(ids))):
            if revoked_on is None:
                self.roles.setdefault(account_id, set()).add((person_id, role_name))
            elif revoked_on > self.revoked.get((account_id, person_id, role_name), revoked_on - _DAY):
                self.revoked[(account_id, person_id, role_name)] = revoked_on
        for row in execute(sa.select(HandoverTerms.__table__).where(terms.account_id.in_(ids))
                           .order_by(terms.account_id, terms.version)):
            self.terms[row.account_id] = row  # the highest version wins
        self.offboarded.update(map(tuple, execute(
            sa.select(item.account_id, case.person_id).join(OffboardingCase.__table__, case.id == item.case_id)
            .where(item.account_id.in_(ids), item.status == ItemStatus.done, case.status != CaseStatus.cancelled))))


def _shown(value: Any) -> str:
    """A value as the report writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


_NONE_HELD: frozenset = frozenset()  # the roles held on a new account
# What a new account's values and a first version of terms replace (never changed: shared).
_NOTHING_BEFORE: dict[str, Any] = {}
# The account's fields that name a person, by the report column that gives them.
_PERSON_COLUMNS = {"holder_id": "holder_email", "escalation_id": "escalation_email"}


class _RowPlanner:
    """One valid draft against the registry: its people resolved, the rules applied, and what
    changes."""

    __slots__ = ("draft", "people", "accounts", "new_people", "shared", "resolved", "problems", "conflicts",
                 "existing", "account_id")

    def __init__(self, draft: Draft, people: _People, accounts: _Accounts, new_people: dict[str, NewPerson],
                 shared: dict[tuple[str, ...], tuple[str, ...]], resolved: dict[tuple, Any]):
        self.draft, self.people, self.accounts, self.new_people = draft, people, accounts, new_people
        self.shared = shared  # one tuple of each set of fields the rows write (Work.fields)
        self.resolved = resolved
        self.problems: list[RowProblem] = []
        self.conflicts: list[RowProblem] = []
        self.existing = accounts.accounts.get(draft.key)
        self.account_id = self.existing.id if self.existing is not None else None

    def plan(self) -> tuple[PlannedRow, Work | None]:
        draft = self.draft
        if draft.problems:
            return PlannedRow(draft.line, RowAction.error, draft.label, problems=tuple(draft.problems)), None
        self.check_key()
        holder = self.resolve(draft.holder, "holder_email")
        successor = self.resolve(draft.successor, "successor_email")
        escalation = self.resolve(draft.escalation, "escalation_email")
        grants = [(self.resolve(ref, "administrators"), role) for ref, role in draft.grants or ()]
        # The account as it will be: the file's fields over the registry's (or the defaults).
        values = dict(draft.account)
        if holder is not MISSING:
            values["holder_id"] = holder
        if escalation is not MISSING:
            values["escalation_id"] = escalation
        to_grant = self.grants(grants)
        terms, old_terms = self.terms(values, successor)
        if self.problems:
            unique = [p for n, p in enumerate(self.problems) if p not in self.problems[:n]]
            return PlannedRow(draft.line, RowAction.error, draft.label, problems=tuple(unique)), None
        return self.planned(values, to_grant, terms, old_terms, self.notes(grants))

    def check_key(self) -> None:
        """An import never re-keys or merges silently: when the account a row's key matches has a
        stored address that the current rules recognise as another key, the row is a conflict
        for a person to settle (platform_keys: an upgrade left it, or its address was edited)."""
        existing = self.existing
        if existing is None:
            return
        derived = platform_keys.derived(existing.platform, existing.presence, existing.handle, existing.url)
        if derived is not None and derived[0] != (existing.platform, existing.handle):
            new_platform, new_handle = derived[0]
            self.problems.append(("url", Problem("row_account_key_changed", {
                "id": existing.id, "platform": platforms.platform(existing.platform).name,
                "handle": existing.handle, "url": existing.url[:200],
                "new_platform": platforms.platform(new_platform).name, "new_handle": new_handle})))

    def final(self, values: dict[str, Any], name: str) -> Any:
        if name in values or self.existing is None:
            return values.get(name)
        return getattr(self.existing, name)

    def resolve(self, ref: Any, column: str) -> Any:
        """A person key: an existing person's id, a new person's email, or None (or MISSING).
        A (name, email) found without a problem is found so on every later row (the registry's
        people are read once; the file's new people are only added to): remembered."""
        if ref is None or ref is MISSING:
            return ref
        key = self.resolved.get(ref)
        if key is None:
            problems = len(self.problems)
            key = self.find(ref, column)
            if len(self.problems) == problems:
                self.resolved[ref] = key
        return key

    def find(self, ref: tuple[str | None, str | None], column: str) -> Any:
        name, email = ref
        label = PEOPLE_COLUMNS[column]
        if email in self.people.by_email:
            return self.people.by_email[email]
        if email:
            person = self.new_people.get(email)
            if person is None:
                self.problems.append((column, Problem("person_needs_name", {"label": label, "email": email})))
            elif name and name != person.name:
                self.problems.append((column, Problem("person_named_twice", {
                    "email": email, "name": name, "other": person.name, "line": person.line})))
            return email
        matches = self.people.by_name.get(name or "", [])
        if len(matches) == 1:
            return matches[0]
        if matches:
            self.problems.append((column, Problem("person_name_ambiguous",
                                                  {"label": label, "count": len(matches), "name": name})))
        else:
            self.problems.append((column, Problem("person_unknown", {"label": label, "name": name})))
        return None

    def held(self) -> set[tuple[int, Role]] | frozenset:
        return self.accounts.roles.get(self.account_id, _NONE_HELD) if self.account_id is not None else _NONE_HELD

    def grants(self, grants: list[tuple[Any, Role]]) -> list[tuple[Any, Role, str]]:
        """The roles to grant: those not held yet (an import never revokes), each by the rule."""
        held, people, new_people = self.held(), self.people.people, self.new_people
        status = self.existing.status if self.existing is not None else None
        to_grant: list[tuple[Any, Role, str]] = []
        for person, role in grants:
            if person is None or held and (person, role) in held:
                continue
            if isinstance(person, int):
                name, _, employment = people[person]
            else:
                name, employment = (new_people[person].name if person in new_people else person), None
            refused = rules.grant_refused(account_status=status, person_name=name, person_status=employment)
            if refused is not None:
                self.problems.append(("administrators", refused))
            elif (undone := self.undoes(person, role, name)) is not None:
                self.conflicts.append(("administrators", undone))
            to_grant.append((person, role, name))
        return to_grant

    def undoes(self, person: Any, role: Role, name: str) -> Problem | None:
        """Whether granting the role again would undo an offboarding, or a revocation made
        after the file was exported."""
        if self.account_id is None or not isinstance(person, int):
            return None
        accounts = self.accounts
        return rules.regrant_refused(person_name=name, role=role,
                                     revoked_on=accounts.revoked.get((self.account_id, person, role)),
                                     by_offboarding=(self.account_id, person) in accounts.offboarded,
                                     exported_on=self.draft.exported_on)

    def notes(self, grants: list[tuple[Any, Role]]) -> tuple[Problem, ...]:
        held = self.held()
        if self.draft.grants is None or not held:
            return ()
        listed = set(grants)
        return tuple(Problem("role_kept", {"person": self.people.label(person_id, self.new_people),
                                           "role": role})
                     for person_id, role in sorted(held - listed, key=lambda item: (item[0], item[1].value)))

    def terms(self, values: dict[str, Any], successor: Any) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """The terms to record (None: nothing new) and the current ones they replace."""
        current = self.accounts.terms.get(self.account_id) if self.account_id is not None else None
        if self.draft.terms is None:
            if current is not None and (refused := rules.kind_change_refused(
                    self.final(values, "kind"), self.existing.kind, current.disposition)):
                self.problems.append(("kind", refused))
            return None, _NOTHING_BEFORE
        kind = self.final(values, "kind")
        terms = {name: (getattr(current, name) if current is not None else None) for name in TERMS_ROW_FIELDS}
        if current is None:
            terms["agreed_by_holder"] = False
        terms.update(self.draft.terms)
        if successor is not MISSING:
            terms["successor_id"] = successor
        if refused := rules.disposition_refused(kind, terms["disposition"]):
            self.problems.append(("disposition", refused))
        if refused := rules.successor_refused(terms["successor_id"], self.final(values, "holder_id")):
            self.problems.append(("successor_email", refused))
        if current is None:
            return terms, _NOTHING_BEFORE
        old_terms = {name: getattr(current, name) for name in TERMS_ROW_FIELDS}
        return (None, _NOTHING_BEFORE) if terms == old_terms else (terms, old_terms)

    def planned(self, values: dict[str, Any], to_grant: list[tuple[Any, Role, str]],
                terms: dict[str, Any] | None, old_terms: dict[str, Any],
                notes: tuple[Problem, ...]) -> tuple[PlannedRow, Work | None]:
        draft, existing = self.draft, self.existing
        old_values: dict[str, Any] = _NOTHING_BEFORE
        changes: list[Change] | tuple = ()
        if existing is not None:
            values = {name: value for name, value in values.items() if value != getattr(existing, name)}
            old_values = {name: getattr(existing, name) for name in values}
            changes = self.changes(values, old_values, to_grant, terms, old_terms)
        action = RowAction.new if existing is None else RowAction.update if changes else RowAction.unchanged
        if action == RowAction.unchanged:
            return PlannedRow(draft.line, action, draft.label, notes=notes), None
        if self.conflicts:
            action = RowAction.conflict
        work = self.work(values, old_values, to_grant, terms, old_terms)
        return PlannedRow(draft.line, action, draft.label, tuple(changes), tuple(self.conflicts), notes), work

    def work(self, values: dict[str, Any], old_values: dict[str, Any], to_grant: list[tuple[Any, Role, str]],
             terms: dict[str, Any] | None, old_terms: dict[str, Any]) -> Work:
        """What apply_import writes for the row."""
        existing = self.existing
        current = self.accounts.terms.get(self.account_id) if self.account_id is not None else None
        fields = tuple(values)
        return Work(self.draft.line, self.account_id, existing.version if existing is not None else None,
                    self.shared.setdefault(fields, fields), tuple(values.values()), tuple(old_values.values()),
                    [(person, role) for person, role, _ in to_grant], terms,
                    (current.version + 1) if current is not None else 1, old_terms, bool(self.conflicts))

    def changes(self, values: dict[str, Any], old_values: dict[str, Any], to_grant: list[tuple[Any, Role, str]],
                terms: dict[str, Any] | None, old_terms: dict[str, Any]) -> list[Change]:
        """An update's changes, each as the report writes its column."""
        label = self.people.label
        people, new_people = self.people.people, self.new_people
        changes = [Change(_PERSON_COLUMNS[name], label(old_values[name], new_people), label(value, new_people))
                   if name in _PERSON_COLUMNS else Change(COLUMN_OF.get(name, name), _shown(old_values[name]),
                                                          _shown(value))
                   for name, value in values.items()]
        if to_grant:
            before = [(people[p][0], people[p][1], r.value) for p, r in sorted(self.held(), key=lambda item: item[0])]
            after = before + [(name, person if isinstance(person, str) else people[person][1], r.value)
                              for person, r, name in to_grant]
            changes.append(Change("administrators", administrator_cell(before), administrator_cell(after)))
        for name in TERMS_ROW_FIELDS if terms is not None else ():
            if terms[name] == old_terms.get(name):
                continue
            if name == "successor_id":
                changes.append(Change("successor_email", label(old_terms.get(name), new_people),
                                      label(terms[name], new_people)))
            else:
                changes.append(Change(COLUMN_OF.get(name, name), _shown(old_terms.get(name)), _shown(terms[name])))
        return changes
