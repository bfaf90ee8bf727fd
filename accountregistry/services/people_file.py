"""People as a table: the list `people list` prints and the file `people export` writes, with the
documented header an HR system's file is read with (`people import`).

    name, work_email, department, title, manager_email, employment_status, last_working_day

Email is the key. Written as UTF-8 with a byte order mark and the locale's list separator, as
the ownership report is, cells that a spreadsheet would run as a formula neutralised.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.services.files import write_whole
from accountregistry.services.ownership_report import default_delimiter, neutralise
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
             .order_by(sa.func.lower(person.c.name), person.c.id))
    if leaving_only:
        query = query.where(person.c.employment_status == EmploymentStatus.leaving.value)
    with db.reading() as session:
        return [PersonLine(*row[:5], EmploymentStatus(row[5]), row[6]) for row in session.execute(query)]


def people_csv(lines: list[PersonLine], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(PEOPLE_HEADER)
    writer.writerows([neutralise(cell) for cell in line.cells()] for line in lines)
    return out.getvalue()


def export_people(db: Database, path: str | os.PathLike, *, delimiter: str | None = None) -> tuple[Path, int]:
    """Write everyone to a CSV file that `people import` reads back; (path, people written)."""
    lines = people_lines(db)
    text = people_csv(lines, delimiter or default_delimiter())
    return write_whole(path, text.encode("utf-8-sig"), database=db.path), len(lines)
