"""`accountregistry people` list, add, set and export as a script runs them."""

from __future__ import annotations

import csv
import io
import json

import pytest

import accountregistry.cli
from accountregistry.domain.messages import Phrase, sentence
from accountregistry.services.people_file import PEOPLE_HEADER

import engine_support


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


def people(db):
    return [row[:4] + (row[4] and str(row[4]),) + row[5:]
            for row in engine_support.rows(db, "SELECT name, work_email, department, employment_status, "
                                               "last_working_day, version FROM person ORDER BY id")]


def test_add_set_list_and_export(db, db_location, tmp_path, capsys):
    assert run("--db", db_location, "people", "add", "--name", "Ingrid Berg", "--email", "Ingrid@Nordlys.dk",
               "--department", "Sales") == 0
    assert run("--db", db_location, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk",
               "--status", "leaving", "--last-day", "31.12.2027", "--manager", "ingrid@nordlys.dk") == 0
    assert people(db) == [("Ingrid Berg", "ingrid@nordlys.dk", "Sales", "employed", None, 1),
                               ("Ole Dahl", "ole@nordlys.dk", None, "leaving", "2027-12-31", 1)]

    assert run("--db", db_location, "people", "set", "ingrid@nordlys.dk", "title=Head of Sales", "department=",
               "--expect-version", "1") == 0
    capsys.readouterr()
    assert run("--db", db_location, "people", "list", "--format", "json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0] == {"name": "Ingrid Berg", "work_email": "ingrid@nordlys.dk", "department": "",
                         "title": "Head of Sales", "manager_email": "", "employment_status": "employed",
                         "last_working_day": ""}
    assert listed[1]["manager_email"] == "ingrid@nordlys.dk"
    assert run("--db", db_location, "people", "list", "--leaving", "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == list(PEOPLE_HEADER) and [r[0] for r in rows[1:]] == ["Ole Dahl"]

    target = tmp_path / "people.csv"
    assert run("--db", db_location, "people", "export", "-o", target, "--delimiter", ";") == 0
    written = target.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    lines = written.decode("utf-8-sig").splitlines()
    assert lines[0] == ";".join(PEOPLE_HEADER) and len(lines) == 3


@pytest.mark.parametrize("name, chosen, expected", [
    ("people.xlsx", None, b"PK"), ("people.ods", None, b"PK"), ("people.txt", "xlsx", b"PK"),
    ("people.list", "csv", b"\xef\xbb\xbf")])
def test_people_export_writes_the_format_its_suffix_or_format_option_names(db, db_location, tmp_path, capsys,
                                                                           name, chosen, expected):
    from accountregistry.services.people_import import plan_people_import, read_people_file

    assert run("--db", db_location, "people", "add", "--name", "Åse Lund", "--email", "ase@nordlys.no",
               "--title", "00123") == 0
    target = tmp_path / name
    assert run("--db", db_location, "people", "export", "-o", target, *(["--format", chosen] if chosen else [])) == 0
    assert target.read_bytes().startswith(expected)
    [row] = plan_people_import(db, read_people_file(target)).rows
    assert row.action.value == "unchanged"


def test_people_export_refuses_bad_targets_with_a_sentence(db, db_location, tmp_path, capsys):
    assert run("--db", db_location, "people", "export", "-o", tmp_path, "--format", "xlsx") == 1
    assert run("--db", db_location, "people", "export", "-o", tmp_path / "nowhere" / "p.ods") == 1
    with pytest.raises(SystemExit) as usage:
        run("--db", db_location, "people", "export", "-o", tmp_path / "p.ods", "--format", "pdf")
    assert usage.value.code == 2
    if db.is_sqlite:  # never over the registry itself
        before = db.path.read_bytes()
        assert run("--db", db_location, "people", "export", "-o", db.path, "--format", "xlsx") == 1
        assert db.path.read_bytes() == before
    err = capsys.readouterr().err
    assert err.count("accountregistry: ") >= (3 if db.is_sqlite else 2) and "Traceback" not in err
    assert not list(tmp_path.glob("*.ods")) and not list(tmp_path.glob("*.xlsx"))


def test_a_stale_change_and_bad_input_are_refused_and_write_nothing(db, db_location, capsys):
    assert run("--db", db_location, "people", "add", "--name", "Ingrid Berg", "--email", "ingrid@nordlys.dk") == 0
    assert run("--db", db_location, "people", "set", "ingrid@nordlys.dk", "title=Boss") == 0
    before = people(db)
    capsys.readouterr()
    assert run("--db", db_location, "people", "set", "ingrid@nordlys.dk", "title=Other", "--expect-version", "1") == 1
    assert "accountregistry:" in capsys.readouterr().err
    assert run("--db", db_location, "people", "set", "ingrid@nordlys.dk", "last_day=31.02.2027") == 1
    assert capsys.readouterr().err.startswith("accountregistry: Last working day: ")  # the field by its name
    assert run("--db", db_location, "people", "add", "--name", "Twin", "--email", "INGRID@nordlys.dk") == 1
    assert run("--db", db_location, "people", "add", "--name", "Bad", "--email", "not-an-email") == 1
    assert run("--db", db_location, "people", "set", "nobody@nordlys.dk", "title=X") == 1
    assert people(db) == before
    with pytest.raises(SystemExit) as usage:
        run("--db", db_location, "people", "set", "ingrid@nordlys.dk", "shoe_size=44")
    assert usage.value.code == 2


def test_people_import_dry_run_refusal_and_only_valid_rows(db, db_location, tmp_path, capsys):
    hr = tmp_path / "hr.csv"
    hr.write_text("name;work_email;department;manager_email;last_working_day;shoe_size\n"
                  "Ingrid Berg;ingrid@nordlys.dk;Sales;;;42\n"
                  "Ole Dahl;ole@nordlys.dk;Sales;ingrid@nordlys.dk;31.12.2099;43\n"
                  "Kari Holm;kari@nordlys.dk;HR;boss@elsewhere.dk;;38\n", encoding="utf-8")
    assert run("--db", db_location, "people", "import", hr, "--dry-run") == 1
    captured = capsys.readouterr()
    assert "line 4: manager_email:" in captured.err and "shoe_size" in captured.err
    counts = Phrase("cli_people_counts", new=2, updated=0, unchanged=0, errors=1)
    assert captured.out.splitlines()[-1] == sentence("cli_dry_run", {"counts": counts})
    assert run("--db", db_location, "people", "import", hr) == 1
    assert people(db) == []  # one row in error: nothing written
    capsys.readouterr()
    assert run("--db", db_location, "people", "import", hr, "--only-valid-rows") == 0
    assert "2 new" in capsys.readouterr().out
    assert [p[0] for p in people(db)] == ["Ingrid Berg", "Ole Dahl"]
    assert people(db)[1][3] == "leaving"


def test_people_import_reads_a_workbooks_sheet(db, db_location, tmp_path, capsys):
    from datetime import date

    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Read me"
    staff = book.create_sheet("Staff")
    staff.append(list(PEOPLE_HEADER))
    staff.append(["Ingrid Berg", "ingrid@nordlys.dk", "Sales", "", "", "", None])
    staff.append(["Ole Dahl", "ole@nordlys.dk", "Sales", "", "ingrid@nordlys.dk", "", date(2099, 12, 31)])
    book.save(tmp_path / "hr.xlsx")
    assert run("--db", db_location, "people", "import", tmp_path / "hr.xlsx", "--sheet", "Staff") == 0
    assert "2 new" in capsys.readouterr().out
    assert [(p[0], p[3], p[4]) for p in people(db)] == [("Ingrid Berg", "employed", None),
                                                             ("Ole Dahl", "leaving", "2099-12-31")]
    assert run("--db", db_location, "people", "import", tmp_path / "hr.xlsx", "--sheet", "Nope") == 1
    assert capsys.readouterr().err.startswith("accountregistry: ")


def test_the_command_line_records_leavers_whose_last_day_has_passed_as_left(db, db_location, capsys):
    from datetime import date, timedelta

    past, ahead = date.today() - timedelta(days=30), date.today() + timedelta(days=30)
    assert run("--db", db_location, "people", "add", "--name", "No Status", "--email", "none@nordlys.dk",
               "--last-day", past.isoformat()) == 0
    assert run("--db", db_location, "people", "add", "--name", "Still Here", "--email", "here@nordlys.dk",
               "--last-day", ahead.isoformat()) == 0
    assert run("--db", db_location, "people", "add", "--name", "Helper", "--email", "helper@nordlys.dk",
               "--status", "external", "--last-day", past.isoformat()) == 0
    assert [(p[0], p[3]) for p in people(db)] == [("No Status", "left"), ("Still Here", "leaving"),
                                                  ("Helper", "external")]
    # Recorded as leaving while the day was ahead (here: by a window, an HR system, an old version).
    engine_support.execute(db, f"UPDATE person SET last_working_day = '{past.isoformat()}' "
                               "WHERE work_email = 'here@nordlys.dk'")
    capsys.readouterr()
    assert run("--db", db_location, "people", "list", "--leaving", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert [(p[0], p[3]) for p in people(db)][1] == ("Still Here", "left")
    assert run("--db", db_location, "people", "set", "helper@nordlys.dk", "status=employed") == 0
    assert run("--db", db_location, "people", "set", "helper@nordlys.dk", f"last_day={ahead.isoformat()}") == 0
    assert [(p[0], p[3]) for p in people(db)][2] == ("Helper", "leaving")


def test_people_list_csv_neutralises_a_formula_name(db, db_location, capsys):
    from accountregistry.services.ownership_report import restore

    formula = '=HYPERLINK("http://evil.example","Klik")'
    assert run("--db", db_location, "people", "add", "--name", formula, "--email", "formel@nordlys.dk") == 0
    capsys.readouterr()
    assert run("--db", db_location, "people", "list", "--format", "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == list(PEOPLE_HEADER) and rows[1][0] == "'" + formula and restore(rows[1][0]) == formula


@pytest.mark.parametrize("language, last_day", [("da", "2027-04-03"), ("en", None)])
def test_a_last_day_is_read_day_first_in_a_danish_command_line_as_offboarding_reads_it(db, db_location, language,
                                                                                        last_day):
    """03/04/2027 is 3 April in Danish (people add and set read dates as offboard start does);
    in English it reads both ways and is refused, nothing written."""
    added = run("--lang", language, "--db", db_location, "people", "add", "--name", "Ida Høgh",
                "--email", "ida@nordlys.dk", "--status", "leaving", "--last-day", "03/04/2027")
    assert added == (0 if last_day else 1)
    assert [row[4] for row in people(db)] == ([last_day] if last_day else [])


def test_a_date_is_refused_one_way_whichever_command_reads_it():
    """The people's and the account's dates are read by the one reader the others use: a
    refusal carries the code, the field and its label alike; a blank date is required, an
    option not given is no date (people and account set clear a date with a blank value)."""
    from accountregistry.cli.arguments import read_date
    from accountregistry.domain.errors import ValidationError

    for text, code in (("31.02.2027", "date_not_existing"), (" ", "required")):
        with pytest.raises(ValidationError) as raised:
            read_date("last_working_day", text, "Last working day")
        assert raised.value.codes == {"last_working_day": code}
        assert raised.value.problem.params["label"] == "Last working day"
    assert read_date("last_working_day", None, "Last working day") is None


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_last_day_adds_the_person_without_one(db, db_location, blank):
    """A script filling --last-day from an empty cell: the person is added with no last day, as
    before 96303e9 (it refused the person as if a last day were required)."""
    assert run("--db", db_location, "people", "add", "--name", "Ida Lund", "--email", "ida@nordlys.dk",
               "--last-day", blank) == 0
    assert [row[3:5] for row in people(db)] == [("employed", None)]
