"""People from HR: a spreadsheet of the organisation's people, read with the same reading as the
account import (services/table_reading: encodings, delimiters, header, line numbers; .xlsx and
.ods workbooks by services/workbook_reading).

    read_people_file(path)           the file as a table, or ImportRefused with a line number
    plan_people_import(db, parsed)   each row new, an update (field by field), unchanged, or an
                                     error with its problems; nothing is written
    apply_people_import(db, plan)    all or nothing (or the valid rows only), one transaction,
                                     the people added named in one event, each person changed audited

The header (services/people_file.PEOPLE_HEADER): name, work_email, department, title,
manager_email, employment_status, last_working_day. ``work_email`` is the key; unknown columns
are reported and ignored; a column the file lacks leaves that field as it is, a blank cell in a
column it has clears it (a name is required). A last working day in the future marks the
person as leaving, one in the past as having left. A manager is named by work email, of someone
in the registry or in the same file. Someone who is not in the file is never deleted; someone
with an open offboarding keeps the status and last day the offboarding gave them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from accountregistry.domain.dates import DateInvalid, day_first_language, parse_date
from accountregistry.domain.errors import Conflict, Label, Problem
from accountregistry.domain.departures import departure_status
from accountregistry.domain.vocabulary import CaseStatus, EmploymentStatus
from accountregistry.services import audit
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.csv_import import RowAction
from accountregistry.services.import_planning import chunks
from accountregistry.services.import_words import choice_named
from accountregistry.services.people import IMPORTED, id_runs
from accountregistry.services.people_file import PEOPLE_HEADER
from accountregistry.services.column_looks import PEOPLE_LOOKS, ShiftedValues
from accountregistry.services.table_reading import ImportRefused, RowWidths, TableShape
from accountregistry.services.workbook_reading import read_spreadsheet
from accountregistry.services.validation import Problems
from accountregistry.store.fields import fields_of
from accountregistry.store.bulk import fetch_tuples, ids_may_be_random, insert_tuples
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.models import OffboardingCase, Person, utcnow

__all__ = ["PeopleImportPlan", "PeopleImportResult", "PersonRow", "RowsByAction", "apply_people_import",
           "plan_people_import", "read_people_file"]

LABELS = {
    "name": Label("Name"),
    "work_email": Label("Work email"),
    "department": Label("Department"),
    "title": Label("Title"),
    "manager_email": Label("Manager email"),
    "employment_status": Label("Employment status"),
    "last_working_day": Label("Last working day"),
}


def read_people_file(path: str | Path, *, sheet: str | None = None):
    """The file as a table: a CSV file (table_reading.ParsedFile), or an .xlsx or .ods workbook's
    `sheet` or first sheet (workbook_reading), or ImportRefused naming the line or row."""
    shape = TableShape(columns=frozenset(PEOPLE_HEADER), keys=(("work_email",),), example=";".join(PEOPLE_HEADER))
    return read_spreadsheet(path, shape, sheet)


@dataclass
class PersonRow:
    line: int
    action: RowAction
    work_email: str | None
    name: str | None
    values: dict[str, Any] = field(default_factory=dict)  # the person's fields as they will be
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field: (now, from the file)
    problems: dict[str, Problem] = field(default_factory=dict)  # column ("" the row): what is wrong
    manager_email: str | None = None
    person_id: int | None = None  # the existing person, for an update
    version: int | None = None  # of the existing person as the plan read it
    manager_id: int | None = None  # the existing person's manager as the plan read it
    cells: str = ""  # a row that does not fit under the header: its cells, as the preview names it

    def sentences(self) -> list[str]:
        return [problem.sentence() for problem in self.problems.values()]


class RowsByAction:
    """A plan's `rows` (each with its action) counted and found by action: the plan's and its preview's."""

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def errors(self) -> list:
        return [row for row in self.rows if row.action == RowAction.error]

    def first_of(self, action: RowAction) -> int | None:
        """The position of the first row of one action, or None (as ImportPlan.first_of)."""
        return next((at for at, row in enumerate(self.rows) if row.action == action), None)


@dataclass
class PeopleImportPlan(RowsByAction):
    path: Path
    rows: list[PersonRow]
    unknown_columns: tuple[str, ...]
    today: date
    formula_cells: int = 0  # cells of a workbook read as their formulas' text (workbook_reading)
    # "The columns seem shifted from line N", when rows do not fit under the header: said first.
    shifted: ImportRefused | None = None


@dataclass(frozen=True)
class PeopleImportResult:
    added: int
    updated: int
    unchanged: int
    skipped: int  # rows in error left out (only_valid_rows)


# --- Reading each row -------------------------------------------------------------------------

# Read as the person's fields are declared (store/models.PersonFields: length, one line).
_TEXTS = ("name", "department", "title")
# Columns whose cells repeat from row to row: each distinct cell is checked once per file.
_REPEATING = ("department", "title", "manager_email")


class _RowReader:
    """A file's rows read into a person's fields: where each column is, found once per file.
    A column the file lacks leaves its field out; a blank cell in one it has clears it."""

    def __init__(self, columns: dict[str, int], today: date, day_first: bool):
        declared = fields_of(Person)
        self.email_at = columns["work_email"]
        self.texts = tuple((declared[name], columns[name]) for name in _TEXTS if name in columns)
        self.manager_at, self.status_at = columns.get("manager_email"), columns.get("employment_status")
        self.day_at = columns.get("last_working_day")
        self.today, self.day_first = today, day_first
        self.seen: dict[str, dict[str, Any]] = {name: {} for name in _REPEATING}  # cell: its value, no problem

    def read(self, cells: list[str]) -> tuple[dict[str, Any], Problems, str | None]:
        """The row's values by field, its problems, its manager's email."""
        problems = Problems()
        values: dict[str, Any] = {"work_email": problems.email("work_email", cells[self.email_at],
                                                               LABELS["work_email"], required=True)}
        for field, at in self.texts:
            values[field.name] = self.once(problems, field.name, cells[at], problems.declared, field)
        cell = _at(cells, self.manager_at)
        manager_email = self.once(problems, "manager_email", cell, _manager_email, problems) if cell else None
        if cell == "":
            values["manager_id"] = None  # a blank cell (in a column the file has) clears the manager
        _read_status(problems, values, _at(cells, self.status_at), self.last_day(problems, cells), self.today)
        return values, problems, manager_email

    def once(self, problems: Problems, name: str, cell: str, check, argument) -> Any:
        """check(argument, cell): its value, taken from an earlier row with the same cell in a
        column whose cells repeat; a cell with a problem is checked in every row it is in."""
        seen = self.seen.get(name)
        if seen is not None and cell in seen:
            return seen[cell]
        value = check(argument, cell)
        if seen is not None and name not in problems:
            seen[cell] = value
        return value

    def last_day(self, problems: Problems, cells: list[str]) -> date | str | None:
        """The last working day; "" when the file has the column and the cell is blank."""
        cell = _at(cells, self.day_at)
        if not cell:
            return cell
        try:
            return parse_date(cell, day_first=self.day_first, today=self.today)
        except DateInvalid as error:
            problems.add("last_working_day", error.code, **error.params)
            return ""


def _at(cells: list[str], at: int | None) -> str | None:
    return None if at is None else cells[at].strip()


def _manager_email(problems: Problems, cell: str) -> str | None:
    return problems.email("manager_email", cell, LABELS["manager_email"])


def _read_status(problems: Problems, values: dict[str, Any], status_text: str | None, day: date | str | None,
                 today: date) -> None:
    """The employment status, which a last working day decides: leaving while it is ahead, left
    once it has passed (an external helper stays external). The status in any of the four
    languages; `day` "" for a blank (or unreadable) cell, None when the file has no such column."""
    if day is not None:
        values["last_working_day"] = day or None
    status = None
    if status_text:
        status = choice_named(problems, "employment_status", EmploymentStatus, LABELS["employment_status"],
                              status_text)
    if day:
        status = departure_status(status, day, today)
    elif status in _NEED_A_DAY and not day and "last_working_day" not in problems:
        problems.add("last_working_day", "required", label=LABELS["last_working_day"])
    if status is not None or status_text is not None:
        values["employment_status"] = status or EmploymentStatus.employed


_NEED_A_DAY = (EmploymentStatus.leaving, EmploymentStatus.left)


# --- The plan ---------------------------------------------------------------------------------

def plan_people_import(db: Database, parsed, *, today: date | None = None) -> PeopleImportPlan:
    """Each row of `parsed` (read_people_file) against the registry; nothing is written."""
    with bulk_work():  # a few small objects per row, none in a cycle: the collector held off
        return _plan(db, parsed, today or date.today())


def _plan(db: Database, parsed, today: date) -> PeopleImportPlan:
    person, case = Person.__table__, OffboardingCase.__table__
    with db.reading() as session:
        existing = {row.work_email: row for row in session.execute(
            sa.select(person.c.id, person.c.version, person.c.work_email, person.c.name, person.c.department,
                      person.c.title, person.c.manager_id, person.c.employment_status, person.c.last_working_day)
            .where(person.c.work_email.is_not(None)))}
        in_offboarding = set(session.execute(sa.select(case.c.person_id).where(
            case.c.status == CaseStatus.open.value)).scalars())
    emails_by_id = {row.id: email for email, row in existing.items()}
    rows: list[PersonRow] = []
    first_line: dict[str, int] = {}
    read = _RowReader(parsed.columns, today, parsed.delimiter == ";" or day_first_language()).read
    widths = RowWidths(parsed.header, ShiftedValues(PEOPLE_LOOKS, parsed.columns, LABELS))
    for line, cells in parsed.records():
        misfit = widths.problem(line, cells)
        if misfit is not None:  # not read: its values would be under the wrong headings
            rows.append(PersonRow(line=line, action=RowAction.error, work_email=None, name=None,
                                  problems={"": misfit}, cells=widths.shown(cells)))
            continue
        values, problems, manager_email = read(cells)
        widths.fitted(line, cells, bool(problems.found))
        email = values.get("work_email")
        if email and email in first_line:
            problems.add("work_email", "duplicate_in_file", label=LABELS["work_email"], value=email,
                         line=first_line[email])
        elif email:
            first_line[email] = line
        row = PersonRow(line=line, action=RowAction.error, work_email=email, name=values.get("name"), values=values,
                        problems=problems.found, manager_email=manager_email)
        rows.append(row)
    in_file = {row.work_email for row in rows if row.work_email}
    for row in rows:
        if "" not in row.problems:
            _plan_row(row, existing, emails_by_id, in_file, in_offboarding)
    return PeopleImportPlan(path=Path(parsed.path), rows=rows, unknown_columns=tuple(parsed.unknown_columns),
                            shifted=widths.refusal(Path(parsed.path).name),
                            today=today, formula_cells=parsed.formula_cells)


def _plan_row(row: PersonRow, existing: dict, emails_by_id: dict[int, str], in_file: set[str],
              in_offboarding: set[int]) -> None:
    problems = Problems()
    problems.found = row.problems  # added to
    current = existing.get(row.work_email)
    _check_against_registry(problems, row, current, existing, in_file, in_offboarding)
    if row.problems:
        row.action = RowAction.error
    elif current is None:
        row.action = RowAction.new
    else:
        row.person_id, row.version, row.manager_id = current.id, current.version, current.manager_id
        row.changes = _changes(row, current, emails_by_id.get(current.manager_id))
        row.action = RowAction.update if row.changes else RowAction.unchanged


def _check_against_registry(problems: Problems, row: PersonRow, current, existing: dict, in_file: set[str],
                            in_offboarding: set[int]) -> None:
    """The manager is known and someone else; a new person has a name; an open offboarding keeps
    the status and the last day it gave."""
    if row.manager_email is not None:
        if row.manager_email == row.work_email:
            problems.add("manager_email", "own_manager_in_file", label=LABELS["manager_email"])
        elif row.manager_email not in existing and row.manager_email not in in_file:
            problems.add("manager_email", "unknown_manager", label=LABELS["manager_email"], value=row.manager_email)
    if current is None and "name" not in row.values and "work_email" not in problems:
        problems.add("name", "required", label=LABELS["name"])
    if current is not None and current.id in in_offboarding:
        for field_name in ("employment_status", "last_working_day"):
            if field_name in row.values and row.values[field_name] != _stored(current, field_name):
                problems.add(field_name, "in_offboarding", label=LABELS[field_name])


def _changes(row: PersonRow, current, manager_now: str | None) -> dict[str, tuple[Any, Any]]:
    """What the row changes, field by field: (now, from the file); the manager by email."""
    changes = {}
    for field_name in ("name", "work_email", "department", "title", "employment_status", "last_working_day"):
        if field_name in row.values and row.values[field_name] != _stored(current, field_name):
            changes[field_name] = (_stored(current, field_name), row.values[field_name])
    if row.manager_email is not None and row.manager_email != manager_now:
        changes["manager_id"] = (manager_now, row.manager_email)
    elif "manager_id" in row.values and manager_now is not None:
        changes["manager_id"] = (manager_now, None)
    return changes


def _stored(current, field_name: str) -> Any:
    value = getattr(current, field_name)
    return EmploymentStatus(value) if field_name == "employment_status" and value is not None else value


# --- Writing ----------------------------------------------------------------------------------

@unit_of_work
def apply_people_import(db: Database, plan: PeopleImportPlan, *, only_valid_rows: bool = False
                        ) -> PeopleImportResult:
    """Write the plan in one transaction: all of it, or with only_valid_rows the rows without
    errors; refused (nothing written) while any row is in error otherwise. Managers named in
    the file are set once everyone is in. One event names the people added (their rows hold
    the values they were added with); each change is audited, old and new."""
    errors = plan.errors
    if errors and not only_valid_rows:
        raise ImportRefused("import_rows_in_error", count=len(errors), file=plan.path.name, line=errors[0].line)
    new = [row for row in plan.rows if row.action == RowAction.new]
    updates = [row for row in plan.rows if row.action == RowAction.update]
    try:
        with bulk_work(), db.transaction() as session:
            ids = _insert(session, new)
            if new:  # one event names everyone added: their rows hold what they were added with
                added = [ids[row.work_email] for row in new]
                audit.record(session, actor=db.actor, entity="person", entity_id=min(added), action=IMPORTED,
                             new={"added": id_runs(added)})
            audit.record_many(session, actor=db.actor, action="update", events=_update(session, updates, ids))
    except (sa.exc.IntegrityError, _Stale):
        raise Conflict("import_changed_since_preview") from None
    return PeopleImportResult(added=len(new), updated=len(updates), unchanged=plan.count(RowAction.unchanged),
                              skipped=len(errors))


_NEW_COLUMNS = ("name", "work_email", "department", "title", "employment_status", "last_working_day", "manager_id")


def _insert(session, rows: list[PersonRow]) -> dict[str, int]:
    """Insert the new people, each with their manager: in waves, those whose manager has an id
    first (a file lists people in any order); the ids by email (everyone's)."""
    person = Person.__table__
    ids = _ids_by_email(session, person.c.work_email.is_not(None))
    waiting, unset = list(rows), []
    while waiting:
        ready = [row for row in waiting if not row.manager_email or row.manager_email in ids]
        if not ready:  # managers who manage each other: in without a manager, set after
            ready = unset = waiting
        before = session.execute(sa.select(sa.func.max(person.c.id))).scalar() or 0
        insert_tuples(session, Person, _NEW_COLUMNS, [_new_values(row, ids) for row in ready])
        # By email: right whoever else added someone; everyone's where the new ids may lie below `before`.
        ids.update(_ids_by_email(session, sa.true() if ids_may_be_random(session.connection(), before)
                                 else person.c.id > before))
        done = {id(row) for row in ready}
        waiting = [row for row in waiting if id(row) not in done]
    _set_managers(session, {ids[row.work_email]: ids[row.manager_email] for row in unset if row.manager_email})
    return ids


def _new_values(row: PersonRow, ids: dict[str, int]) -> tuple:
    return (row.values["name"], row.work_email, row.values.get("department"), row.values.get("title"),
            (row.values.get("employment_status") or EmploymentStatus.employed).value,
            row.values.get("last_working_day"), ids.get(row.manager_email) if row.manager_email else None)


def _ids_by_email(session, condition) -> dict[str, int]:
    person = Person.__table__
    return dict(fetch_tuples(session.connection(), sa.select(person.c.work_email, person.c.id)
                             .where(person.c.work_email.is_not(None), condition)))


def _set_managers(session, managers: dict[int, int]) -> None:
    """One UPDATE per manager and batch of the people they manage."""
    person = Person.__table__
    by_manager: dict[int, list[int]] = {}
    for person_id, manager_id in managers.items():
        by_manager.setdefault(manager_id, []).append(person_id)
    for manager_id, people in by_manager.items():
        for chunk in chunks(people):
            session.execute(person.update().where(person.c.id.in_(chunk)).values(manager_id=manager_id))


class _Stale(Exception):
    """Someone the plan updates changed after the preview read them."""


def _update(session, rows: list[PersonRow], ids: dict[str, int]) -> list[audit.Event]:
    """The changed fields of existing people, one executemany per set of fields changed, each
    only while the person is as the plan read them; the events of what changed."""
    person = Person.__table__
    groups: dict[tuple[str, ...], list[PersonRow]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row.changes)), []).append(row)
    events = []
    for names, members in groups.items():
        statement = (sa.update(person)
                     .where(person.c.id == sa.bindparam("b_id"), person.c.version == sa.bindparam("b_version"))
                     .values({**{name: sa.bindparam(f"v_{name}") for name in names},
                              "updated_at": utcnow(), "version": person.c.version + 1}))
        parameters = []
        for row in members:
            old, new = _stored_change(row, ids)
            parameters.append({"b_id": row.person_id, "b_version": row.version,
                               **{f"v_{name}": value for name, value in new.items()}})
            events.append(audit.Event("person", row.person_id, None, {name: audit.plain(value) for name, value
                                                                        in old.items()},
                                      {name: audit.plain(value) for name, value in new.items()}))
        result = session.execute(statement, parameters)
        if result.rowcount not in (-1, len(parameters)) and session.bind.dialect.supports_sane_multi_rowcount:
            raise _Stale()
    return events


def _stored_change(row: PersonRow, ids: dict[str, int]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A row's changes as the person's columns hold them: (old, new); the manager by id."""
    old = {name: before for name, (before, _after) in row.changes.items()}
    new = {name: after for name, (_before, after) in row.changes.items()}
    if "manager_id" in new:
        old["manager_id"] = row.manager_id
        new["manager_id"] = ids.get(new["manager_id"]) if new["manager_id"] else None
    return old, new
