"""A file whose rows keep the header's width but whose values moved by one column (a cell left
out, and the spreadsheet saved every row as wide as the header): the plan says the columns
seem shifted, from which line and which column holds what, before the rows' own reasons."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from accountregistry.services.csv_import import plan_import, read_table
from accountregistry.services.ownership_report import export_report
from accountregistry.services.people_import import plan_people_import, read_people_file
from accountregistry.store.schema import open_database

TODAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


@pytest.fixture
def sample_rows(sample, tmp_path):
    """The sample organisation's export, as rows of cells (the header first)."""
    path = tmp_path / "sample.csv"
    export_report(sample, path, delimiter=";", today=TODAY)
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as file:
        csv.writer(file, delimiter=";").writerows(rows)
    return path


def _shifted_from(rows, line, column=1):
    """Each row from `line` on with the cell at `column` left out and a blank added at its end."""
    return rows[:line - 1] + [row[:column] + row[column + 1:] + [""] for row in rows[line - 1:]]


def _plan(tmp_path, path, name="other.sqlite3"):
    return plan_import(open_database(tmp_path / name), read_table(path), today=TODAY)


def test_values_one_column_off_from_a_line_are_said_to_be_shifted_from_there(sample_rows, tmp_path):
    path = _write(tmp_path / "shift.csv", _shifted_from(sample_rows, 5))
    plan = _plan(tmp_path, path)
    assert plan.shifted is not None and plan.shifted.code == "import_values_shifted"
    params = plan.shifted.params
    assert (params["line"], params["column"], params["holds"]) == (5, "Address", "Display name")
    assert params["count"] == params["rows"] == len(sample_rows) - 4
    assert plan.errors and plan.errors[0].line == 5  # the rows' own reasons still follow


def test_a_workbook_with_values_one_column_off_is_said_to_be_shifted(sample_rows, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    for row in _shifted_from(sample_rows, 3, column=0):  # the platform left out from line 3 on
        book.active.append(row)
    book.save(tmp_path / "shift.xlsx")
    plan = _plan(tmp_path, tmp_path / "shift.xlsx")
    assert plan.shifted is not None and plan.shifted.code == "import_values_shifted"
    assert plan.shifted.params["line"] == 3 and plan.shifted.params["count"] == len(sample_rows) - 2


def test_rows_that_fail_without_being_shifted_are_not_called_shifted(sample_rows, tmp_path):
    header, rows = sample_rows[0], sample_rows[1:]
    kind, handle, url = header.index("kind"), header.index("handle"), header.index("url")
    assert _plan(tmp_path, _write(tmp_path / "same.csv", sample_rows)).shifted is None
    wrong = [row[:kind] + ["kompany"] + row[kind + 1:] for row in rows]  # a bad kind in every row
    for row in wrong:
        row[handle] = row[url]  # and the address typed under the handle too
    plan = _plan(tmp_path, _write(tmp_path / "wrong.csv", [header] + wrong), "wrong.sqlite3")
    assert len(plan.errors) == len(rows) and plan.shifted is None
    # Two shifted rows far apart among many good ones: their own reasons say enough.
    few = [row[:1] + row[2:] + [""] if line in (5, 60) else row for line, row in enumerate(sample_rows, 1)]
    plan = _plan(tmp_path, _write(tmp_path / "few.csv", few), "few.sqlite3")
    assert [row.line for row in plan.errors] == [5, 60] and plan.shifted is None


def test_a_people_file_with_values_one_column_off_is_said_to_be_shifted(db, tmp_path):
    header = ["name", "work_email", "department", "title", "manager_email", "employment_status", "last_working_day"]
    people = [["Ingrid Berg", "ingrid@nordlys.dk", "Sales", "Head of Sales", "", "employed", ""],
              ["Ole Dahl", "ole@nordlys.dk", "Sales", "Seller", "ingrid@nordlys.dk", "leaving", "31.12.2027"],
              ["Kari Holm", "kari@nordlys.dk", "HR", "", "ingrid@nordlys.dk", "employed", ""],
              ["Per Lund", "per@nordlys.dk", "HR", "Advisor", "kari@nordlys.dk", "employed", ""]]
    path = _write(tmp_path / "hr.csv", _shifted_from([header] + people, 3, column=0))
    plan = plan_people_import(db, read_people_file(path), today=TODAY)
    assert plan.shifted is not None and plan.shifted.code == "import_values_shifted"
    assert (plan.shifted.params["line"], plan.shifted.params["count"]) == (3, 3)
    assert {plan.shifted.params["column"], plan.shifted.params["holds"]} == {"Name", "Work email"}
    path = _write(tmp_path / "fine.csv", [header] + people)
    assert plan_people_import(db, read_people_file(path), today=TODAY).shifted is None
