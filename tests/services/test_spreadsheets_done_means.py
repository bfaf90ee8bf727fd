"""Issue 13's "done means", where the tests beside the code stopped short of what it says:

- the report for people (the window's default layout, in the window's language), not only the
  data layout, opened by LibreOffice's default multi-separator CSV import, in English (`,`) and
  Danish (`;`): every cell under its header, æøå intact, no formula anywhere, handles exact;
- the sheet typed in a Danish LibreOffice: every typed cell imported as typed, from files
  really in Windows-1252 and UTF-16;
- export -> import -> export compared as written files, cell by cell (values and cell types),
  for .xlsx and CSV, in both layouts, in English and Danish;
- the hostile kinds as .ods (a password, a hidden sheet, a merged header, a zip bomb, a CSV named
  .ods): refused with a sentence and nothing written;
- formulas typed in LibreOffice, saved as .ods and .xlsx: their text imported as Calc shows it,
  never calculated, stored as text and exported neutralised (CSV) and as text cells (.xlsx).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date

import pytest
from libreoffice import DEFAULT_CSV_IMPORT, as_written, convert, needs_libreoffice

import accountregistry.cli
from accountregistry import language
from accountregistry.services import accounts, handover, people, roles
from accountregistry.services.accounts import AccountInput
from accountregistry.services.csv_import import ImportRefused, apply_import, plan_import, read_table
from accountregistry.services.handover import TermsInput
from accountregistry.services.ownership_report import HEADER, export_report
from accountregistry.services.people import PersonInput
from accountregistry.store.schema import open_database

import engine_support

TODAY = date(2026, 6, 1)
STAMP = HEADER.index("exported_at")
DELIMITER = {"en": ",", "da": ";"}
# Cells a spreadsheet likes to change or split: numbers made of handles and notes, formulas,
# apostrophes, separators, spaces and line breaks, æøå.
TRICKY = ["00123", "3,5", "'quoted'", "=1+1", "+45 12 34 56 78", "#N/A", "two  spaces  inside", "tab\there",
          "line\nbreak", "Ærø Købing Å/S", "-minus", "@at", "Ja; nej", 'say "hi"']


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


@pytest.fixture
def speaking(request):
    previous = language.use_language(request.param)
    yield request.param
    language.set_translator(*previous)


def csv_cells(path, delimiter):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=delimiter))




# --- the report for people through LibreOffice's default CSV import ---------------------------------------------------

@needs_libreoffice
@pytest.mark.parametrize("layout", ["people", "data"])
@pytest.mark.parametrize("speaking", ["en", "da"], indirect=True)
def test_libreoffice_default_import_puts_every_cell_of_either_layout_under_its_header(sample, tmp_path, speaking, layout):
    from python_calamine import CalamineWorkbook

    accounts.register_account(sample, AccountInput(url="https://www.linkedin.com/company/awkward", kind="company",
                                                   display_name="Søstrene Grønærø; A/S", notes="\t".join(TRICKY[1:9])),
                              today=TODAY)
    accounts.register_account(sample, AccountInput(url="https://www.instagram.com/aero_ol", kind="company",
                                                   display_name="Ærø Øl, Å/S"), today=TODAY)
    target = tmp_path / "report.csv"
    export_report(sample, target, delimiter=DELIMITER[speaking], layout=layout, today=TODAY)
    written = csv_cells(target, DELIMITER[speaking])
    converted = convert(target, "xlsx", tmp_path / "out", infilter=DEFAULT_CSV_IMPORT)
    with zipfile.ZipFile(converted) as book:  # no cell became a formula
        assert not re.search(r"<f[ >]", book.read("xl/worksheets/sheet1.xml").decode())
    read = CalamineWorkbook.from_path(str(converted)).get_sheet_by_index(0).to_python()
    assert len(read) == len(written) > 120
    handle = 2  # platform, presence, handle in both layouts
    for wrote, found in zip(written, read):
        assert len(found) == len(wrote) == len(HEADER)
        if wrote[handle].isdigit():
            # A CSV cell has no type: LibreOffice reads a handle of digits (a Facebook id) as a
            # number, whatever the quoting (test_report_workbooks: ..._survives_libreoffices_default_import).
            # Its value stays exact up to 15 digits; the workbooks keep it as text.
            assert len(wrote[handle]) <= 15 and found[handle] == int(wrote[handle])
        else:
            assert isinstance(found[handle], str) and found[handle] == wrote[handle]
        found = [as_written(cell) for cell in found]
        wrote[STAMP] = found[STAMP]  # Calc may read the moment as a date-time
        assert found == wrote
    names = {row[4] for row in read}
    assert {"Søstrene Grønærø; A/S", "Ærø Øl, Å/S"} <= names
    if speaking == "da" and layout == "people":
        assert read[0][14] == "Ved fratræden" and "Overdrag til efterfølger" in {row[14] for row in read}


# --- the sheet typed in a Danish LibreOffice --------------------------------------------------------------------------

TYPED_HEADER = ("Adresse;Vist navn;Type;Status;Indehaver;Indehaverens e-mail;Ansvarlig afdeling;Tofaktormetode;"
                "Ved fratræden;Aftalt den;Senest gennemgået den;Noter")
TYPED_ROWS = [
    ("https://www.linkedin.com/company/nordlys", "Nordlys A/S", "Virksomhed", "Aktiv", "", "", "Kommunikation", "app",
     "Overdrages til virksomheden", "15-03-26", "01-04-26", "Æblegrød og øl"),
    ("https://www.instagram.com/maja.nordlys", "Maja Ørsted", "Personlig", "Hvilende", "Maja Ørsted",
     "maja@nordlys.dk", "", "Nej", "Indehaveren beholder den", "02-04-26", "15-03-26", "Privat profil"),
    ("https://www.facebook.com/groups/nordlysalumni", "Nordlys Alumni", "Medarbejderrolle", "aktiv", "Bo Berg",
     "bo@nordlys.dk", "HR", "Sikkerhedsnøgle", "", "", "03-04-26", "Gruppe for tidligere ansatte"),
]
# What each typed row is in the registry, column by column of the data layout.
TYPED_AS = [
    {"url": "https://www.linkedin.com/company/nordlys", "display_name": "Nordlys A/S", "kind": "company",
     "status": "active", "holder_name": "", "holder_email": "", "responsible_unit": "Kommunikation",
     "two_factor": "authenticator_app", "disposition": "transfer_to_company", "terms_agreed_on": "2026-03-15",
     "last_reviewed_on": "2026-04-01", "notes": "Æblegrød og øl"},
    {"url": "https://www.instagram.com/maja.nordlys", "display_name": "Maja Ørsted", "kind": "personal",
     "status": "dormant", "holder_name": "Maja Ørsted", "holder_email": "maja@nordlys.dk", "responsible_unit": "",
     "two_factor": "none", "disposition": "holder_keeps", "terms_agreed_on": "2026-04-02",
     "last_reviewed_on": "2026-03-15", "notes": "Privat profil"},
    {"url": "https://www.facebook.com/groups/nordlysalumni", "display_name": "Nordlys Alumni",
     "kind": "employee_role", "status": "active", "holder_name": "Bo Berg", "holder_email": "bo@nordlys.dk",
     "responsible_unit": "HR", "two_factor": "security_key", "disposition": "", "terms_agreed_on": "",
     "last_reviewed_on": "2026-04-03", "notes": "Gruppe for tidligere ansatte"},
]


def _imported(path):
    from report_reading import report_rows

    db = open_database(path.with_name(path.name + ".sqlite3"))
    try:
        plan = plan_import(db, read_table(path), today=TODAY)
        assert not plan.errors, [row.reason for row in plan.errors]
        apply_import(db, plan)
        return sorted((dict(zip(HEADER, row)) for row in report_rows(db, today=TODAY, stamp="-")),
                      key=lambda row: TYPED_ROWS.index(next(r for r in TYPED_ROWS if r[0] == row["url"])))
    finally:
        db.close()


@needs_libreoffice
def test_every_cell_typed_in_a_danish_libreoffice_imports_as_typed_from_each_file(tmp_path):
    typed = tmp_path / "konti.csv"
    typed.write_text("\r\n".join([TYPED_HEADER, *(";".join(row) for row in TYPED_ROWS)]) + "\r\n", encoding="utf-8")
    danish = {"LC_ALL": "da_DK.UTF-8", "LANG": "da_DK.UTF-8"}
    sheet = convert(typed, "ods", tmp_path / "ods", infilter="CSV:59,34,76,1,,1030", environment=danish)
    files = {"ods": sheet, "xlsx": convert(sheet, "xlsx", tmp_path / "xlsx", environment=danish)}
    for encoding, number in (("cp1252", 1), ("utf-16", 65535)):
        files[encoding] = convert(sheet, f"csv:Text - txt - csv (StarCalc):59,34,{number},1", tmp_path / encoding,
                                  environment=danish)
    # The CSV files are what they say: Windows-1252 (æ as one byte, no UTF-8) and UTF-16, with
    # semicolons and LibreOffice's Danish dates.
    cp1252 = files["cp1252"].read_bytes()
    assert b"\xc6blegr\xf8d" in cp1252 and b"\xc3" not in cp1252
    utf16 = files["utf-16"].read_bytes()
    assert utf16[:2] in (b"\xff\xfe", b"\xfe\xff")
    for text in (cp1252.decode("cp1252"), utf16.decode("utf-16")):
        assert next(csv.reader(io.StringIO(text), delimiter=";")) == TYPED_HEADER.split(";") and "15-03-26" in text
    for name, path in files.items():
        found = _imported(path)
        assert [{column: row[column] for column in TYPED_AS[0]} for row in found] == TYPED_AS, name


# --- export -> import -> export, as written files ---------------------------------------------------------------------

@pytest.fixture
def tricky(db):
    jane = people.add_person(db, PersonInput(name="Jane Ødegård", work_email="jane@acme.dk"))
    bo = people.add_person(db, PersonInput(name="Bo Berg", work_email="bo@acme.dk"))
    for number, note in enumerate(TRICKY):
        account = accounts.register_account(db, AccountInput(
            url=f"https://www.youtube.com/@acme{number:05d}", kind=["company", "employee_role", "personal"][number % 3],
            holder_id=None if number % 3 == 0 else jane.id, display_name=note, notes=note, responsible_unit=note,
            two_factor=["authenticator_app", "none", "security_key"][number % 3],
            last_reviewed_on=date(2026, 3, number + 1), review_interval_months=6), today=TODAY)
        roles.grant_role(db, account_id=account.id, person_id=jane.id, role="owner", granted_on=date(2026, 1, 5),
                         today=TODAY)
        if number % 2:
            roles.grant_role(db, account_id=account.id, person_id=bo.id, role="admin", granted_on=date(2026, 1, 5),
                             today=TODAY)
        handover.record_terms(db, account.id, TermsInput(
            disposition=["transfer_to_company", "transfer_to_successor", "holder_keeps"][number % 3],
            successor_id=bo.id if number % 3 == 1 else None, agreed_on=date(2026, 2, 2), notice_days=14,
            content_terms=note), today=TODAY)
    return db


def workbook_cells(path):
    """Every sheet's cells with their types, as Excel would read them."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    return {sheet.title: [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]
            for sheet in book.worksheets}


def file_cells(path, delimiter):
    if path.suffix == ".csv":
        return {"": csv_cells(path, delimiter)}
    return workbook_cells(path)


def _without_stamp(sheets):
    """The cells without the moment of the export (each export says when it was made)."""
    first = next(iter(sheets))
    sheets[first] = [[cell for position, cell in enumerate(row) if position != STAMP] for row in sheets[first]]
    return sheets


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
@pytest.mark.parametrize("layout", ["data", "people"])
@pytest.mark.parametrize("speaking", ["en", "da"], indirect=True)
def test_export_import_export_writes_the_same_cells(tricky, tmp_path, speaking, layout, file_format):
    delimiter = DELIMITER[speaking]
    first = tmp_path / f"first.{file_format}"
    assert export_report(tricky, first, delimiter=delimiter, layout=layout, today=TODAY) == len(TRICKY)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        table = read_table(first)
        assert not table.unknown_columns
        plan = plan_import(other, table, today=TODAY)
        assert not plan.errors, [row.reason for row in plan.errors]
        apply_import(other, plan)
        second = tmp_path / f"second.{file_format}"
        export_report(other, second, delimiter=delimiter, layout=layout, today=TODAY)
    finally:
        other.close()
    before, after = (_without_stamp(file_cells(path, delimiter)) for path in (first, second))
    assert after == before
    accounts_sheet = next(iter(before.values()))
    assert len(accounts_sheet) == len(TRICKY) + 1
    notes = {str(row[HEADER.index("notes")][0] if file_format == "xlsx" else row[HEADER.index("notes")])
             for row in accounts_sheet[1:]}
    assert {note for note in TRICKY if not note.startswith(("=", "+", "-", "@"))} <= notes


# --- hostile .ods files -----------------------------------------------------------------------------------------------

def _ods_parts(db, tmp_path):
    accounts.register_account(db, AccountInput(url="https://www.linkedin.com/company/acme", kind="company"),
                              today=TODAY)
    exported = tmp_path / "ours.ods"
    export_report(db, exported, today=TODAY)
    with zipfile.ZipFile(exported) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write_ods(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), parts["mimetype"])  # first and stored, as ODF asks
        for name, data in parts.items():
            if name != "mimetype":
                archive.writestr(name, data)


def _changed(part, old, new):
    def change(parts):
        text = parts[part].decode()
        assert old in text, old
        parts[part] = text.replace(old, new, 1).encode()
    return change


def _hidden_sheet(parts):
    text = parts["content.xml"].decode()
    style = ('<style:style style:name="taHidden" style:family="table">'
             '<style:table-properties table:display="false"/></style:style>')
    text = text.replace("</office:automatic-styles>", style + "</office:automatic-styles>", 1)
    if style not in text:
        text = text.replace("<office:body>", f"<office:automatic-styles>{style}</office:automatic-styles>"
                                             "<office:body>", 1)
    hidden = ('<table:table table:name="Secret" table:style-name="taHidden"><table:table-row>'
              '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
              '</table:table-row></table:table>')
    parts["content.xml"] = text.replace("</office:spreadsheet>", hidden + "</office:spreadsheet>", 1).encode()


def _zip_bomb(parts):
    text = parts["content.xml"].decode()
    parts["content.xml"] = text.replace("<office:body>", "<office:body>" + " " * 40_000_000, 1).encode()


HOSTILE_ODS = {
    # LibreOffice's "Save with password": the content is encrypted, the manifest says how.
    "password": (_changed("META-INF/manifest.xml", 'manifest:full-path="content.xml"',
                          'manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                          'manifest:checksum="x"/></manifest:file-entry><manifest:file-entry '
                          'manifest:media-type="text/xml" manifest:full-path="unused.xml"'),
                 "workbook_password"),
    "hidden_sheet": (_hidden_sheet, "workbook_hidden_sheet"),
    "merged_header": (_changed("content.xml", "<table:table-cell ",
                               '<table:table-cell table:number-columns-spanned="2" '), "workbook_merged_header"),
    "zip_bomb": (_zip_bomb, "workbook_packed_too_tightly"),
}


def _counts(db):
    return [engine_support.scalar(db, f"SELECT count(*) FROM {table}")
            for table in ("person", "account", "account_role", "handover_terms", "audit_event")]


@pytest.mark.parametrize("name", [*HOSTILE_ODS, "csv_named_ods"])
def test_a_hostile_ods_is_refused_with_a_sentence_and_nothing_written(db, db_location, tmp_path, capsys, name):
    path = tmp_path / f"{name}.ods"
    if name == "csv_named_ods":
        path.write_text("url;display_name\nhttps://www.linkedin.com/company/a;A\n")
        code = "workbook_not_a_workbook"
    else:
        parts = _ods_parts(db, tmp_path)
        change, code = HOSTILE_ODS[name]
        change(parts)
        _write_ods(path, parts)
    with pytest.raises(ImportRefused) as raised:
        read_table(path)
    assert raised.value.code == code
    assert path.name in raised.value.sentence()
    before = _counts(db)
    assert accountregistry.cli.main(["--db", db_location, "import", str(path)]) == 1
    assert raised.value.sentence() in capsys.readouterr().err
    assert _counts(db) == before


# --- formulas typed in LibreOffice ------------------------------------------------------------------------------------

# A note typed as a formula -> its text as Calc shows it in the .ods and in the .xlsx LibreOffice saves
# (LibreOffice lower-cases the DDE call and writes it its own way in .xlsx).
FORMULA_NOTES = [
    ('=B{n}&" noter"', {"ods": '=B{n}&" noter"', "xlsx": '=B{n}&" noter"'}),
    ('=HYPERLINK("http://evil.example","klik")', {"ods": '=HYPERLINK("http://evil.example";"klik")',
                                                 "xlsx": '=HYPERLINK("http://evil.example","klik")'}),
    ("=cmd|' /C calc'!A0", {"ods": "=cmd|' /c calc'!a0", "xlsx": "=cmd;' /c calc' a0"}),
    ("=SUM(Konti!C1:C2)+1", {"ods": "=SUM($Konti.C1:C2)+1", "xlsx": "=SUM(Konti!C1:C2)+1"}),
]


@needs_libreoffice
def test_formulas_saved_by_libreoffice_are_imported_as_their_text_and_exported_as_text(tmp_path):
    from openpyxl import Workbook, load_workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Konti"
    sheet.append(["url", "display_name", "kind", "notes"])
    for n, (typed, _) in enumerate(FORMULA_NOTES, 2):
        sheet.append([f"https://www.linkedin.com/company/formula{n}", f"Formel {n}", "company", typed.format(n=n)])
    typed = tmp_path / "formler.xlsx"
    book.save(typed)
    danish = {"LC_ALL": "da_DK.UTF-8", "LANG": "da_DK.UTF-8"}
    ods = convert(typed, "ods", tmp_path / "ods", environment=danish)
    files = {"ods": ods, "xlsx": convert(ods, "xlsx", tmp_path / "xlsx", environment=danish)}
    for name, path in files.items():
        expected = {f"https://www.linkedin.com/company/formula{n}": shown[name].format(n=n)
                    for n, (_, shown) in enumerate(FORMULA_NOTES, 2)}
        db = open_database(tmp_path / f"{name}.sqlite3")
        try:
            table = read_table(path)
            assert table.formula_cells == len(FORMULA_NOTES), name
            plan = plan_import(db, table, today=TODAY)
            assert not plan.errors, [row.reason for row in plan.errors]
            apply_import(db, plan)
            assert dict(engine_support.rows(db, "SELECT url, notes FROM account")) == expected, name
            exported_csv, exported_xlsx = tmp_path / f"{name}.csv", tmp_path / f"{name}-out.xlsx"
            export_report(db, exported_csv, delimiter=";", today=TODAY)
            export_report(db, exported_xlsx, today=TODAY)
        finally:
            db.close()
        notes = HEADER.index("notes")
        assert sorted(row[notes] for row in csv_cells(exported_csv, ";")[1:]) == sorted(
            "'" + note for note in expected.values())
        cells = [row[notes] for row in load_workbook(exported_xlsx, read_only=True).worksheets[0].iter_rows(min_row=2)]
        assert sorted((cell.value, cell.data_type) for cell in cells) == sorted(
            (note, "s") for note in expected.values())
