"""A file whose columns shifted (a delimiter inside an unquoted cell, or a spreadsheet that
split a cell) is refused with "the columns seem shifted from line N" said first, by both
imports, from CSV and from a workbook, through the services, the command line and the window's
preview; a row's blank cells beyond the header are harmless."""

from __future__ import annotations

from datetime import date

import pytest

import accountregistry.cli
from accountregistry.domain.messages import sentence
from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.people_import import apply_people_import, plan_people_import, read_people_file
from accountregistry.services.table_reading import ImportRefused, RowWidths

import engine_support

TODAY = date(2026, 6, 1)
ACCOUNTS = ["url;display_name;kind;notes",
            "https://x.com/acme;Acme;company;fine",
            "https://x.com/acme_dk;Acme DK;company;fine",
            "https://x.com/acme_se;Acme; Sverige;company;a ; in the name",  # shifted from here on
            "https://x.com/acme_no;Acme;company;two;cells",
            "https://x.com/acme_fi;Acme FI;company"]
PEOPLE = ["name;work_email;department;title",
          "Ingrid Berg;ingrid@nordlys.dk;Sales;Head",
          "Dahl; Ole;ole@nordlys.dk;Sales;Seller",  # shifted from here on
          "Kari Holm;kari@nordlys.dk;HR;Lead;",  # a blank cell beyond the header: harmless
          "Bo Ek;bo@nordlys.dk"]


def write(tmp_path, lines, name):
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def counts(db):
    return [engine_support.scalar(db, f"SELECT count(*) FROM {table}") for table in ("account", "person",
                                                                                     "audit_event")]


def test_an_account_file_shifted_from_a_line_says_so_first_and_writes_nothing(db, tmp_path):
    plan = plan_import(db, read_table(write(tmp_path, ACCOUNTS, "accounts.csv")), today=TODAY)
    assert (plan.shifted.code, plan.shifted.line, plan.shifted.params["count"],
            plan.shifted.params["width"]) == ("import_columns_shifted", 4, 3, 4)
    assert {row.line: row.codes for row in plan.errors} == {
        line: [("", "row_cells_count")] for line in (4, 5, 6)}
    before = counts(db)
    with pytest.raises(ImportRefused):
        apply_import(db, plan)
    assert counts(db) == before


def test_a_people_file_shifted_from_a_line_says_so_first_and_a_short_row_is_no_crash(db, tmp_path):
    plan = plan_people_import(db, read_people_file(write(tmp_path, PEOPLE, "people.csv")), today=TODAY)
    assert (plan.shifted.code, plan.shifted.line, plan.shifted.params["count"]) == ("import_columns_shifted", 3, 2)
    assert {row.line: {c: p.code for c, p in row.problems.items()} for row in plan.errors} == {
        3: {"": "row_cells_count"}, 5: {"": "row_cells_count"}}
    assert [row.line for row in plan.rows if not row.problems] == [2, 4]
    before = counts(db)
    with pytest.raises(ImportRefused):
        apply_people_import(db, plan)
    assert counts(db) == before


def test_a_sheet_saved_with_its_whole_used_range_is_not_shifted_until_a_value_lands_past_the_header(db, tmp_path):
    """LibreOffice saves every row as wide as the widest: blank header cells and blank cells
    beyond the header are read as nothing; a value under no heading is a shift."""
    wide = ["url;display_name;kind;;", "https://x.com/acme;Acme;company;;", "https://x.com/acme_dk;Acme DK;company;;"]
    plan = plan_import(db, read_table(write(tmp_path, wide, "wide.csv")), today=TODAY)
    assert plan.shifted is None and not plan.errors
    wide.append("https://x.com/acme_se;Acme;Sverige;company;")
    plan = plan_import(db, read_table(write(tmp_path, wide, "wide.csv")), today=TODAY)
    assert (plan.shifted.line, [row.line for row in plan.errors]) == (4, [4])


def test_a_workbook_with_values_past_its_header_is_shifted(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    for row in (["url", "display_name", "kind"], ["https://x.com/acme", "Acme", "company"],
                ["https://x.com/acme_se", "Acme", "Sverige", "company"]):
        book.active.append(row)
    book.save(tmp_path / "shifted.xlsx")
    plan = plan_import(db, read_table(tmp_path / "shifted.xlsx"), today=TODAY)
    assert (plan.shifted.code, plan.shifted.line, [row.line for row in plan.errors]) == (
        "import_columns_shifted", 3, [3])


@pytest.mark.parametrize("command, lines, first_line", [
    (["import"], ACCOUNTS, 4), (["people", "import"], PEOPLE, 3)], ids=["accounts", "people"])
def test_the_command_says_the_columns_shifted_before_the_lines(db, db_location, tmp_path, capsys, command, lines,
                                                                first_line):
    path = write(tmp_path, lines, "shifted.csv")
    before = counts(db)
    assert accountregistry.cli.main(["--db", db_location, *command, str(path)]) == 1
    err = capsys.readouterr().err
    shifted = sentence("import_columns_shifted", {"file": "shifted.csv", "line": first_line,
                                                  "count": 3 if command == ["import"] else 2, "width": 4})
    assert err.splitlines()[0] == shifted and len(err.splitlines()) > 2  # first, then each line's reason
    assert counts(db) == before


@pytest.mark.parametrize("kind", ["accounts", "people"])
def test_the_preview_says_the_columns_shifted_first(qtbot, db, tmp_path, kind):
    from accountregistry.gui.dialogs.import_accounts import ImportAccountsDialog
    from accountregistry.gui.dialogs.import_people import ImportPeopleDialog

    path = write(tmp_path, ACCOUNTS if kind == "accounts" else PEOPLE, "shifted.csv")
    dialog = (ImportAccountsDialog if kind == "accounts" else ImportPeopleDialog)(db, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
    shifted = dialog.plan.shifted if kind == "accounts" else dialog.plan.source.shifted
    assert shifted.code == "import_columns_shifted"
    assert dialog.message.text().startswith(shifted.sentence())
    assert not dialog.import_button.isEnabled()
    # The preview starts on the first misfit row and names it by its cells, so the user finds it.
    lines = ACCOUNTS if kind == "accounts" else PEOPLE
    cells = lines[shifted.line - 1].split(";")
    current = dialog.table.currentIndex().row()
    assert dialog.model.index(current, 0).data() == str(shifted.line)
    assert dialog.model.index(current, 2).data() == RowWidths.shown(cells)
    assert RowWidths.shown(cells).startswith(f"{cells[0].strip()} | {cells[1].strip()}")
    assert RowWidths.shown(cells) in dialog.row_details.text()
