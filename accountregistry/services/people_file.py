"""People as a table: the list `people list` prints and the file `people export` writes, with the
documented header an HR system's file is read with (`people import`).

    name, work_email, department, title, manager_email, employment_status, last_working_day

Email is the key. Written as the ownership report is (services/ownership_report.write_table):
CSV (UTF-8 with a byte order mark, the locale's list separator, cells that a spreadsheet would
run as a formula neutralised), or an .xlsx or .ods workbook (the last working day a date cell,
the rest text as typed), owner-readable only.
"""

from __future__ import annotations

import os
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.services.ownership_report import write_table
from accountregistry.services.report_sheets import DATE, TEXT
from accountregistry.store.ordering import bytewise
from accountregistry.store.database import Database
from accountregistry.store.models import Person

__all__ = ["PEOPLE_HEADER", "PersonLine", "export_people", "people_lines"]

PEOPLE_HEADER = ("name", "work_email", "department", "title", "manager_email", "employment_status",
                 "last_working_day")


@dataclass(frozen=True)
class PersonLine:
    """One person as the file and the list show them (in PEOPLE_HEADER's order)."""

    name: str
    work_email: str | None
    department: str | None
    title: str | None
    manager_email: str | None
    employment_status: EmploymentStatus
    last_working_day: date | None

    def cells(self) -> list[str]:
        return ["" if value is None else value.value if isinstance(value, EmploymentStatus)
                else value.isoformat() if isinstance(value, date) else value for value in astuple(self)]


def people_lines(db: Database, *, leaving_only: bool = False) -> list[PersonLine]:
    """Everyone (or only those leaving), by name."""
    person = Person.__table__
    manager = person.alias("manager")
    query = (sa.select(person.c.name, person.c.work_email, person.c.department, person.c.title, manager.c.work_email,
                       person.c.employment_status, person.c.last_working_day)
             .outerjoin(manager, manager.c.id == person.c.manager_id)
             .order_by(sa.func.lower(bytewise(person.c.name)), person.c.id))
    if leaving_only:
        query = query.where(person.c.employment_status == EmploymentStatus.leaving.value)
    with db.reading() as session:
        return [PersonLine(*row[:5], EmploymentStatus(row[5]), row[6]) for row in session.execute(query)]


# How each column is written to a workbook: the last working day a date, the rest text.
PEOPLE_SHAPES = tuple(DATE if name == "last_working_day" else TEXT for name in PEOPLE_HEADER)


def export_people(db: Database, path: str | os.PathLike, *, delimiter: str | None = None,
                  file_format: str | None = None) -> tuple[Path, int]:
    """Write everyone to a file that `people import` reads back: CSV, .xlsx or .ods
    (`file_format`, else the name's suffix); (path, people written)."""
    lines = people_lines(db)
    return write_table(db, path, PEOPLE_HEADER, PEOPLE_SHAPES, [line.cells() for line in lines], file_format=file_format, delimiter=delimiter,
                       title="People"), len(lines)
