"""The ownership report as .xlsx and .ods workbooks, written and read back: what a person
opening them in Excel or LibreOffice sees, and what `import` makes of them."""

from __future__ import annotations

import re
import stat
import zipfile
from datetime import date

import pytest
from libreoffice import convert, needs_libreoffice

import accountregistry.cli
from accountregistry.services import accounts, handover, people, roles
from accountregistry.services.accounts import AccountInput
from accountregistry.services.csv_import import ImportRefused, apply_import, plan_import, read_table
from accountregistry.services.handover import TermsInput
from accountregistry.services.ownership_report import HEADER, export_report
from report_reading import report_rows
from accountregistry.services.people import PersonInput
from accountregistry.store.schema import open_database

import engine_support

TODAY = date(2026, 6, 1)
# Cells a spreadsheet likes to change: numbers made of handles and notes, formulas, apostrophes,
# spaces and line breaks, æøå.
TRICKY = ["00123", "3,5", "'quoted'", "=1+1", "+45 12 34 56 78", "#N/A", "two  spaces  inside", "tab\there",
          "line\nbreak", "Ærø Købing Å/S", "-minus", "@at"]


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


@pytest.fixture
def tricky(db):
    jane = people.add_person(db, PersonInput(name="Jane Ødegård", work_email="jane@acme.dk"))
    for number, note in enumerate(TRICKY):
        account = accounts.register_account(db, AccountInput(
            url=f"https://www.youtube.com/@acme{number:05d}", kind="company", display_name=note, notes=note,
            responsible_unit=note, last_reviewed_on=date(2026, 3, number + 1), review_interval_months=6), today=TODAY)
        roles.grant_role(db, account_id=account.id, person_id=jane.id, role="owner", granted_on=date(2026, 1, 5),
                         today=TODAY)
        handover.record_terms(db, account.id, TermsInput(disposition="holder_keeps", agreed_on=date(2026, 2, 2),
                                                         notice_days=14, content_terms=note), today=TODAY)
    return db


def cells_of(db, stamp="x"):
    rows = list(report_rows(db, today=TODAY, stamp=stamp))
    return rows


@pytest.mark.parametrize("file_format", ["xlsx", "ods", "csv"])
def test_export_import_export_is_exact_cell_by_cell(tricky, tmp_path, file_format):
    first = tmp_path / f"first.{file_format}"
    assert export_report(tricky, first, delimiter=";", today=TODAY) == len(TRICKY)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    other = open_database(tmp_path / "other.sqlite3")
    plan = plan_import(other, read_table(first), today=TODAY)
    assert not plan.errors, [row.reason for row in plan.errors]
    apply_import(other, plan)
    assert cells_of(other) == cells_of(tricky)
    # Read back into the first registry, nothing changes.
    plan = plan_import(tricky, read_table(first), today=TODAY)
    assert {"new": 0, "updated": 0}.items() <= plan.summary().params.items()


def test_the_xlsx_workbook_has_a_frozen_filterable_header_typed_cells_and_text_kept_as_text(tricky, tmp_path):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    target = tmp_path / "report.xlsx"
    export_report(tricky, target, today=TODAY)
    sheet = load_workbook(target).worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(HEADER))}{len(TRICKY) + 1}"
    assert [cell.value for cell in sheet[1]] == list(HEADER)
    rows = {row[HEADER.index("notes")].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(rows) == set(TRICKY)
    for note, row in rows.items():
        shown = row[HEADER.index("notes")]
        assert shown.data_type == "s" and shown.value == note  # never a formula, a number or an error
        reviewed = row[HEADER.index("last_reviewed_on")]
        assert reviewed.is_date and reviewed.number_format == "mm-dd-yy"  # the reader's own short date
        assert row[HEADER.index("admin_count")].value == 1
        assert row[HEADER.index("notice_days")].value == 14
    widths = sheet.column_dimensions
    assert 8 <= widths["A"].width <= 50 and widths["D"].width > widths["A"].width


def test_the_cli_writes_the_format_its_suffix_or_format_option_names(tricky, db_location, tmp_path, capsys):
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / "r.xlsx")]) == 0
    assert zipfile.is_zipfile(tmp_path / "r.xlsx")
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / "r.txt"),
                                     "--format", "ods"]) == 0
    with zipfile.ZipFile(tmp_path / "r.txt") as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    other = tmp_path / "other.sqlite3"
    assert accountregistry.cli.main(["--db", str(other), "import", str(tmp_path / "r.txt")]) == 0
    assert f"{len(TRICKY)} new, 0 updated" in capsys.readouterr().out


# --- hostile workbooks ------------------------------------------------------------------------

def _workbook(path, build):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["url", "display_name"])
    sheet.append(["https://www.linkedin.com/company/acme", "Acme"])
    build(book, sheet)
    book.save(path)
    return path


def _zip_bomb(path):
    # A real workbook whose sheet unpacks to 40 MB of spaces (about 40 KB packed): within the 50 MB,
    # refused by its ratio.
    _workbook(path, lambda book, sheet: None)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * 40_000_000, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _understated(path):
    # The zip bomb with its sheet's size stated as 1,000 bytes in the zip's directory: the sizes
    # checked before anything is unpacked are the stated ones, since zipfile unpacks no further.
    _zip_bomb(path)
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"xl/worksheets/sheet1.xml") - 46  # its central directory record
    data[entry + 24:entry + 28] = (1000).to_bytes(4, "little")
    path.write_bytes(data)


def _bzip2(path):
    # A workbook whose parts are packed with bzip2, which zipfile unpacks whole whatever size the
    # zip states (a false one made a 6 KB file take 1.2 GB of memory); Excel and LibreOffice never
    # write it.
    _workbook(path, lambda book, sheet: None)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _hidden(book, sheet):
    book.create_sheet("Hidden").sheet_state = "hidden"


def _merged(book, sheet):
    sheet.merge_cells("A1:B1")


HOSTILE = {
    "zip_bomb": (lambda path: _zip_bomb(path), "workbook_packed_too_tightly"),
    "understated_sizes": (_understated, "workbook_damaged"),
    "bzip2_parts": (_bzip2, "workbook_damaged"),
    "hidden_sheet": (lambda path: _workbook(path, _hidden), "workbook_hidden_sheet"),
    "merged_header": (lambda path: _workbook(path, _merged), "workbook_merged_header"),
    # What Excel writes for a password-protected workbook: an OLE container with EncryptionInfo.
    "password": (lambda path: path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
                                               + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1000),
                 "workbook_password"),
    "old_xls": (lambda path: path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000),
                "workbook_old_format"),
    "csv_named_xlsx": (lambda path: path.write_text("url;display_name\nhttps://www.linkedin.com/company/a;A\n"),
                       "workbook_not_a_workbook"),
    "truncated": (lambda path: path.write_bytes(b"PK\x03\x04" + b"\0" * 100), "workbook_damaged"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_workbook_is_refused_with_a_sentence_and_nothing_written(db, db_location, tmp_path, capsys, name):
    make, code = HOSTILE[name]
    path = tmp_path / f"{name}.xlsx"
    make(path)
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == code
    assert raised.value.sentence() and path.name in raised.value.sentence()
    before = _counts(db)
    assert accountregistry.cli.main(["--db", db_location, "import", str(path)]) == 1
    assert raised.value.sentence() in capsys.readouterr().err
    assert _counts(db) == before


def _kept_by_a_company(path, rows: int, unpacked: int) -> None:
    """A workbook of `rows` accounts with a note each (a few MB), and a picture stored beside the
    sheet so that it unpacks to exactly `unpacked` bytes by the sizes its zip states."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Konti")
    sheet.append(["url", "display_name", "kind", "notes"])
    for number in range(rows):
        sheet.append([f"https://www.linkedin.com/company/kept{number}", f"Kept {number}", "company",
                      f"Konto {number}: adgang via IT, gennemgås hvert halve år. " * 8])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        written = sum(part.file_size for part in archive.infolist())
    assert 2_000_000 < written < 5_000_000
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/media/image1.png", bytes(unpacked - written))


@pytest.mark.parametrize("unpacked", [50_000_000, 50_000_001])
def test_a_workbook_is_read_up_to_50_mb_unpacked_and_refused_over_it(db, db_location, tmp_path, capsys, unpacked):
    path = tmp_path / "kept.xlsx"
    _kept_by_a_company(path, 4000, unpacked)
    before = _counts(db)
    if unpacked == 50_000_000:
        assert accountregistry.cli.main(["--db", db_location, "import", str(path)]) == 0
        assert _counts(db)[1] == before[1] + 4000
        return
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == "workbook_too_large_unpacked"
    assert raised.value.params["size"] == 50.1 and raised.value.params["limit"] == 50
    assert accountregistry.cli.main(["--db", db_location, "import", str(path)]) == 1
    assert raised.value.sentence() in capsys.readouterr().err
    assert _counts(db) == before


def test_an_export_the_import_will_not_read_back_says_so(tricky, db_location, tmp_path, capsys, monkeypatch):
    from accountregistry.services import workbook_reading

    said = engine_support.sentence_parts("export_beyond_import", "file", "size", "limit")
    for name in ("report.xlsx", "report.ods", "report.csv"):
        assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / name)]) == 0
        assert not any(part in capsys.readouterr().out for part in said)
    monkeypatch.setattr(workbook_reading, "MAX_UNPACKED_BYTES", 10_000)  # our export of 12 accounts: ~30 KB
    for name in ("small.xlsx", "small.ods"):
        assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / name)]) == 0
        written, beyond = capsys.readouterr().out.splitlines()
        assert str(tmp_path / name) in written and all(part in beyond for part in said) and name in beyond
        with pytest.raises(ImportRefused) as raised:
            read_table(tmp_path / name)
        assert raised.value.code == "workbook_too_large_unpacked"
    monkeypatch.setenv("HOME", str(tmp_path))  # a "~" the shell left as it was: the export and its note expand it
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", "~/tilde.ods"]) == 0
    written, beyond = capsys.readouterr().out.splitlines()
    assert (tmp_path / "tilde.ods").exists() and "tilde.ods" in beyond
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / "small.csv")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


HOSTILE_FORMULAS = ['=HYPERLINK("http://evil.example","klik")', "=cmd|' /C calc'!A0", '=B3&"x"']


def _formulas(book, sheet):
    sheet["B2"] = "=1+1"
    for number, formula in enumerate(HOSTILE_FORMULAS):
        sheet.append([f"https://www.linkedin.com/company/formula{number}", f"Formula {number}", formula])
    sheet["C1"] = "notes"


def test_formulas_are_imported_as_their_text_stored_as_text_and_exported_neutralised(db, db_location, tmp_path,
                                                                                       capsys):
    path = _workbook(tmp_path / "formulas.xlsx", _formulas)
    table = read_table(path)
    assert table.formula_cells == 4
    plan = plan_import(db, table, today=TODAY)
    assert not plan.errors and plan.formula_cells == 4
    apply_import(db, plan)
    stored = dict(engine_support.rows(db, "SELECT url, notes FROM account"))
    assert [stored[f"https://www.linkedin.com/company/formula{n}"] for n in range(3)] == HOSTILE_FORMULAS
    display = engine_support.scalar(db, "SELECT display_name FROM account WHERE url LIKE '%/acme'")
    assert display == "=1+1"  # the formula, not its result
    csv_file, xlsx_file = tmp_path / "out.csv", tmp_path / "out.xlsx"
    export_report(db, csv_file, delimiter=";", today=TODAY)
    export_report(db, xlsx_file, today=TODAY)
    written = csv_file.read_text(encoding="utf-8-sig")
    for formula in HOSTILE_FORMULAS:
        assert f"'{formula}" in written or f"'{formula}".replace('"', '""') in written
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx_file, read_only=True).worksheets[0]
    notes = HEADER.index("notes")
    cells = [row[notes] for row in sheet.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in cells if cell.value) == sorted(HOSTILE_FORMULAS)
    assert {cell.data_type for cell in cells if cell.value} == {"s"}  # text, never a formula
    # The command line says how many cells were read from formulas.
    assert accountregistry.cli.main(["--db", db_location, "import", "--dry-run", str(path)]) == 0
    assert "4" in capsys.readouterr().err


def test_a_formula_under_url_is_refused_by_the_url_rule(db, tmp_path):
    path = _workbook(tmp_path / "url.xlsx", lambda book, sheet: sheet.append(
        ['=HYPERLINK("https://www.linkedin.com/company/evil")', "Evil"]))
    plan = plan_import(db, read_table(path), today=TODAY)
    assert [(row.line, row.codes) for row in plan.errors] == [(3, [("url", "address_host_without_dot")])]


def _counts(db):
    return [engine_support.scalar(db, f"SELECT count(*) FROM {table}")
            for table in ("person", "account", "account_role", "audit_event")]


def test_a_named_sheet_is_read_and_an_unknown_one_named(db, tmp_path):
    path = _workbook(tmp_path / "two.xlsx", lambda book, sheet: book.create_sheet("Konti").append(
        ["url", "display_name"]) or book["Konti"].append(["https://www.linkedin.com/company/konti", "Konti"]))
    assert [cells for _, cells in read_table(path, sheet="konti").records()] == [
        ["https://www.linkedin.com/company/konti", "Konti"]]
    with pytest.raises(ImportRefused) as raised:
        read_table(path, sheet="Accounts")
    assert raised.value.code == "workbook_no_sheet" and raised.value.params["sheets"] == ["Sheet", "Konti"]


@needs_libreoffice
@pytest.mark.parametrize("ours, theirs", [("xlsx", "ods"), ("ods", "xlsx")])
def test_libreoffice_reads_and_resaves_our_workbooks_and_import_finds_no_change(sample, tmp_path, ours, theirs):
    target = tmp_path / f"report.{ours}"
    export_report(sample, target, today=TODAY)
    resaved = convert(target, theirs, tmp_path / "resaved")
    plan = plan_import(sample, read_table(resaved), today=TODAY)
    assert not plan.errors, [row.reason for row in plan.errors[:3]]
    assert {"new": 0, "updated": 0}.items() <= plan.summary().params.items()


@needs_libreoffice
@pytest.mark.parametrize("ours, theirs", [("xlsx", "xlsx"), ("xlsx", "ods"), ("ods", "ods"), ("ods", "xlsx")])
def test_a_numeric_handle_stays_as_typed_through_libreoffice(db, tmp_path, ours, theirs):
    """A handle 00123 in our workbook, opened and saved again by LibreOffice: still the text 00123
    (not the number 123), and import finds nothing changed."""
    from python_calamine import CalamineWorkbook

    accounts.register_account(db, AccountInput(url="https://www.instagram.com/00123", kind="company"), today=TODAY)
    target = tmp_path / f"report.{ours}"
    export_report(db, target, today=TODAY)
    resaved = convert(target, theirs, tmp_path / "resaved")
    header, row = CalamineWorkbook.from_path(str(resaved)).get_sheet_by_index(0).to_python()
    assert row[header.index("handle")] == "00123"
    plan = plan_import(db, read_table(resaved), today=TODAY)
    assert plan.summary().params == {"new": 0, "updated": 0, "unchanged": 1, "errors": 0}


@needs_libreoffice
def test_no_csv_form_of_a_numeric_handle_survives_libreoffices_default_import(tmp_path):
    """Why the CSV export cannot keep 00123 for LibreOffice's default CSV import (the workbooks
    do): a CSV cell has no type, and the default import reads a quoted or unquoted 00123 as the
    number 123. Every other spelling either shows a character that is not in the handle (an
    apostrophe: LibreOffice keeps it as part of the text) or is a formula (="00123"), which the
    export never writes."""
    from python_calamine import CalamineWorkbook

    from libreoffice import DEFAULT_CSV_IMPORT

    forms = ['00123', '"00123"', '" 00123"', '"00123 "', "'00123", '"=""00123"""']
    source = tmp_path / "forms.csv"
    source.write_text("form,handle\r\n" + "".join(f"{n},{form}\r\n" for n, form in enumerate(forms)),
                      encoding="utf-8-sig")
    converted = convert(source, "xlsx", tmp_path / "out", infilter=DEFAULT_CSV_IMPORT)
    read = [row[1] for row in CalamineWorkbook.from_path(str(converted)).get_sheet_by_index(0).to_python()[1:]]
    assert read[:4] == [123, 123, 123, 123]  # numbers, whatever the quoting or spaces
    assert read[4] == "'00123"  # text, but with an apostrophe the handle does not have
    with zipfile.ZipFile(converted) as book:  # and the last a formula
        assert re.search(r"<f[ >]", book.read("xl/worksheets/sheet1.xml").decode())
