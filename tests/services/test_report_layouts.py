"""The report for people: headers, values, roles and risks in the user's language, a sheet
explaining the risks; and `import` reads it back to the very same accounts."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

import accountregistry.cli
from accountregistry import language
from accountregistry.domain.risks import RISK_RULES
from accountregistry.services import accounts, handover, people, roles
from accountregistry.services.accounts import AccountInput
from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.handover import TermsInput
from accountregistry.services.ownership_report import HEADER, export_report
from accountregistry.services.people import PersonInput
from accountregistry.store.schema import open_database

TODAY = date(2026, 6, 1)


@pytest.fixture
def danish():
    previous = language.use_language("da")
    yield
    language.set_translator(*previous)


@pytest.fixture
def registry(db):
    jane = people.add_person(db, PersonInput(name="Jane Ødegård", work_email="jane@acme.dk"))
    bo = people.add_person(db, PersonInput(name="Bo Berg", work_email="bo@acme.dk"))
    page = accounts.register_account(db, AccountInput(
        url="https://www.linkedin.com/company/acme", kind="company", display_name="Acme A/S", official=True,
        responsible_unit="Kommunikation", login_email="social@acme.dk", two_factor="authenticator_app",
        last_reviewed_on=date(2026, 3, 1), review_interval_months=6), today=TODAY)
    roles.grant_role(db, account_id=page.id, person_id=jane.id, role="owner", granted_on=date(2026, 1, 5),
                     today=TODAY)
    roles.grant_role(db, account_id=page.id, person_id=bo.id, role="admin", granted_on=date(2026, 1, 5), today=TODAY)
    handover.record_terms(db, page.id, TermsInput(disposition="transfer_to_company", agreed_on=date(2026, 2, 2),
                                                  notice_days=14, agreed_by_holder=True), today=TODAY)
    accounts.register_account(db, AccountInput(url="https://www.instagram.com/jane.odegard", kind="personal",
                                               holder_id=jane.id, display_name="Jane", two_factor="none"), today=TODAY)
    accounts.register_account(db, AccountInput(url="https://www.facebook.com/lonely", kind="company"), today=TODAY)
    accounts.register_account(db, AccountInput(url="https://blog.nordlys.example/news", kind="company",
                                               display_name="Blog"), today=TODAY)
    return db


def cells(path) -> list[list[str]]:
    if path.suffix == ".csv":
        return list(csv.reader(io.StringIO(path.read_bytes()[3:].decode("utf-8"), newline=""), delimiter=";"))
    from python_calamine import CalamineWorkbook

    return [[str(cell) for cell in row] for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()]


def test_the_people_layout_speaks_danish(registry, tmp_path, danish):
    target = tmp_path / "konti.csv"
    export_report(registry, target, delimiter=";", layout="people", today=TODAY)
    header, *rows = cells(target)
    assert header[:6] == ["Platform", "Form", "Brugernavn", "Adresse", "Vist navn", "Type"]
    assert "Ved fratræden" in header and "Risici" in header and "Antal administratorer" in header
    page = dict(zip(header, next(row for row in rows if row[3] == "https://www.linkedin.com/company/acme")))
    # Platforms by their names, the product's words as the window shows them (capitalised).
    assert (page["Platform"], page["Form"]) == ("LinkedIn", "Side")
    assert (page["Type"], page["Status"], page["Tofaktormetode"]) == ("Virksomhed", "Aktiv", "Godkendelsesapp")
    assert page["Ved fratræden"] == "Overdrag til virksomheden"
    assert (page["Officiel"], page["Aftalt med indehaveren"]) == ("Ja", "Ja")
    assert page["Administratorer"] == "Jane Ødegård <jane@acme.dk> (ejer) | Bo Berg <bo@acme.dk> (administrator)"
    profile = dict(zip(header, next(row for row in rows if "instagram" in row[3])))
    assert profile["Type"] == "Personlig" and profile["Tofaktormetode"] == "Ingen"
    blog = dict(zip(header, next(row for row in rows if "nordlys.example" in row[3])))
    assert blog["Platform"] == "Andet"  # the one platform name a language translates
    lonely = dict(zip(header, next(row for row in rows if "lonely" in row[3])))
    no_admin = language.translate("Risk", "No admin")
    assert no_admin != "No admin" and lonely["Risici"].split(" | ")[0] == no_admin


@pytest.mark.parametrize("code", ["da", "sv", "nb"])
@pytest.mark.parametrize("file_format", ["csv", "xlsx", "ods"])
def test_people_layout_export_import_export_is_exact(registry, tmp_path, file_format, code):
    previous = language.use_language(code)
    try:
        _people_layout_round_trip(registry, tmp_path, file_format)
    finally:
        language.set_translator(*previous)


def _people_layout_round_trip(registry, tmp_path, file_format):
    first = tmp_path / f"first.{file_format}"
    export_report(registry, first, delimiter=";", layout="people", today=TODAY)
    words = cells(first)
    assert {"LinkedIn", "Facebook", "Instagram"} <= {row[0] for row in words[1:]}
    assert all(row[5][:1].isupper() for row in words[1:] if row[5])  # kinds as the window shows them
    other = open_database(tmp_path / "other.sqlite3")
    plan = plan_import(other, read_table(first), today=TODAY)
    assert not plan.errors and not read_table(first).unknown_columns, [row.reason for row in plan.errors]
    apply_import(other, plan)
    second = tmp_path / f"second.{file_format}"
    export_report(other, second, delimiter=";", layout="people", today=TODAY)
    stamp = HEADER.index("exported_at")
    without_stamp = [[cell for position, cell in enumerate(row) if position != stamp] for row in cells(first)]
    assert without_stamp == [[cell for position, cell in enumerate(row) if position != stamp]
                             for row in cells(second)]
    other.close()


def test_a_people_workbook_explains_each_risk_on_its_own_sheet(registry, tmp_path, danish):
    from python_calamine import CalamineWorkbook

    target = tmp_path / "konti.xlsx"
    export_report(registry, target, layout="people", today=TODAY)
    book = CalamineWorkbook.from_path(str(target))
    assert book.sheet_names == ["Konti", "Kolonner og risici"]
    explained = book.get_sheet_by_name("Kolonner og risici").to_python()
    assert explained[0] == ["Kolonne eller risiko", "Hvad det betyder", "Hvad du skal gøre"]
    risks = explained[-len(RISK_RULES):]
    assert len(explained) == 1 + len(HEADER) + len(RISK_RULES) and all(all(row) for row in risks)
    # What the import reads of the same workbook is the accounts' sheet, the first.
    assert not plan_import(registry, read_table(target), today=TODAY).errors


@pytest.mark.parametrize("code", ["en", "da"])
@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_every_column_of_the_accounts_sheet_is_explained_under_its_header(registry, tmp_path, code, suffix):
    from python_calamine import CalamineWorkbook

    from accountregistry.services.ownership_report import COLUMN_ABOUT

    previous = language.use_language(code)
    try:
        target = tmp_path / f"report.{suffix}"
        export_report(registry, target, layout="people", today=TODAY)
        about = {name: language.translate("Field", COLUMN_ABOUT[name]) for name in HEADER}
    finally:
        language.set_translator(*previous)
    book = CalamineWorkbook.from_path(str(target))
    accounts, explained = (book.get_sheet_by_index(index).to_python() for index in (0, 1))
    what = {row[0]: row[1] for row in explained[1:]}
    assert [what.get(shown) for shown in accounts[0]] == [about[name] for name in HEADER]
    assert all(about.values()) and len(set(about.values())) == len(HEADER)  # each its own words
    if code == "da":
        assert about["url"] != COLUMN_ABOUT["url"]  # in Danish, not English


@pytest.mark.parametrize("layout", ["data", "people"])
def test_a_cell_with_nothing_in_it_is_empty_in_the_ods_workbook_not_an_empty_text(registry, tmp_path, layout):
    """As in the .xlsx: a cell without a value has no value type (an empty text is a value to Calc:
    ISBLANK false, counted by COUNTA, a stop for Ctrl+arrow), on the explanations' sheet too."""
    import zipfile
    from xml.etree import ElementTree

    target = tmp_path / "report.ods"
    export_report(registry, target, layout=layout, today=TODAY)
    table = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    typed = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"
    for sheet in ElementTree.fromstring(zipfile.ZipFile(target).read("content.xml")).iter(table + "table"):
        cells = [(cell.get(typed), "".join(cell.itertext())) for cell in sheet.iter(table + "table-cell")]
        assert (None, "") in cells and ("string", "") not in cells, sheet.get(table + "name")


def test_the_cli_writes_the_data_layout_unless_asked(registry, db_location, tmp_path):
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / "d.csv"),
                                     "--delimiter", ";"]) == 0
    assert cells(tmp_path / "d.csv")[0] == list(HEADER)
    assert accountregistry.cli.main(["--db", db_location, "export", "-o", str(tmp_path / "p.csv"),
                                     "--layout", "people", "--delimiter", ";"]) == 0
    assert cells(tmp_path / "p.csv")[0][3] == "Address"
