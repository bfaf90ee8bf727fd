"""Spreadsheets as a Danish user types them in LibreOffice: Danish headers and values, dates
as LibreOffice writes them in Danish (15-03-26), saved as .ods, .xlsx and CSV (semicolons,
Windows-1252 and UTF-16). Each imports to exactly the same accounts."""

from __future__ import annotations

from datetime import date

import pytest
from libreoffice import convert, needs_libreoffice

from accountregistry.domain.vocabulary import AccountStatus, Disposition, Kind, Presence, Role, TwoFactor
from accountregistry.services.csv_import import ACCOUNT_TABLE, apply_import, plan_import, read_table
from accountregistry.services.import_words import COLUMN_SYNONYMS, VALUE_SYNONYMS, column_named, value_named
from accountregistry.services.ownership_report import HEADER
from report_reading import report_rows
from accountregistry.store.schema import open_database

TODAY = date(2026, 6, 1)
TYPED = "\r\n".join([
    "Adresse;Vist navn;Type;Status;Indehaver;Indehaverens e-mail;Ansvarlig afdeling;Tofaktormetode;Ved fratræden;"
    "Aftalt den;Senest gennemgået den;Noter",
    "https://www.linkedin.com/company/nordlys;Nordlys A/S;Virksomhed;Aktiv;;;Kommunikation;app;"
    "Overdrages til virksomheden;15-03-26;01-04-26;Æblegrød og øl",
    "https://www.instagram.com/maja.nordlys;Maja Ørsted;Personlig;Hvilende;Maja Ørsted;maja@nordlys.dk;;Nej;"
    "Indehaveren beholder den;02-04-26;15-03-26;Privat profil",
    "https://www.facebook.com/groups/nordlysalumni;Nordlys Alumni;Medarbejderrolle;aktiv;Bo Berg;bo@nordlys.dk;"
    "HR;Sikkerhedsnøgle;;;03-04-26;Gruppe for tidligere ansatte",
]) + "\r\n"
EXPECTED = {
    "nordlys": {"kind": "company", "status": "active", "two_factor": "authenticator_app",
                "disposition": "transfer_to_company", "terms_agreed_on": "2026-03-15",
                "last_reviewed_on": "2026-04-01", "notes": "Æblegrød og øl", "responsible_unit": "Kommunikation",
                "display_name": "Nordlys A/S"},
    "maja.nordlys": {"kind": "personal", "status": "dormant", "two_factor": "none", "holder_name": "Maja Ørsted",
                     "holder_email": "maja@nordlys.dk", "disposition": "holder_keeps",
                     "terms_agreed_on": "2026-04-02", "last_reviewed_on": "2026-03-15"},
    "groups/nordlysalumni": {"kind": "employee_role", "two_factor": "security_key", "holder_name": "Bo Berg",
                             "last_reviewed_on": "2026-04-03", "disposition": ""},
}


def imported(path) -> dict[str, dict[str, str]]:
    db = open_database(path.with_name(path.name + ".sqlite3"))
    try:
        plan = plan_import(db, read_table(path), today=TODAY)
        assert not plan.errors, [row.reason for row in plan.errors]
        apply_import(db, plan)
        return {row[HEADER.index("handle")]: dict(zip(HEADER, row)) for row in report_rows(db, today=TODAY, stamp="-")}
    finally:
        db.close()


@needs_libreoffice
def test_a_sheet_typed_in_danish_imports_exactly_from_ods_xlsx_and_csv(tmp_path):
    typed = tmp_path / "konti.csv"
    typed.write_text(TYPED, encoding="utf-8")
    # Typed into a Danish LibreOffice: its own reading of 15-03-26 (1030: Danish), saved as .ods.
    danish = {"LC_ALL": "da_DK.UTF-8", "LANG": "da_DK.UTF-8"}
    sheet = convert(typed, "ods", tmp_path / "ods", infilter="CSV:59,34,76,1,,1030", environment=danish)
    saved = [sheet, convert(sheet, "xlsx", tmp_path / "xlsx", environment=danish)]
    for encoding in ("cp1252", "utf-16"):
        number = {"cp1252": 1, "utf-16": 65535}[encoding]
        saved.append(convert(sheet, f"csv:Text - txt - csv (StarCalc):59,34,{number},1", tmp_path / encoding,
                             environment=danish))
    assert "15-03-26" in saved[2].read_bytes().decode("cp1252")  # the dates as a Dane saw them
    results = [imported(path) for path in saved]
    for handle, expected in EXPECTED.items():
        for result in results:
            assert {name: result[handle][name] for name in expected} == expected, handle
    assert all(result == results[0] for result in results)


def test_every_synonym_names_its_column_and_every_value_its_value():
    for column, words in COLUMN_SYNONYMS.items():
        assert column in ACCOUNT_TABLE.columns
        for written in words:
            assert column_named(written) == column, written
            assert column_named(written.upper()) == column, written
    for enum, values in VALUE_SYNONYMS.items():
        for value, words in values.items():
            for written in words:
                assert value_named(enum, written) == value, written


@pytest.mark.parametrize("enum", [Kind, AccountStatus, Disposition, TwoFactor, Role, Presence])
def test_the_windows_own_words_for_a_value_name_it_in_every_language(enum):
    from accountregistry import language
    from accountregistry.domain.messages import VOCABULARY_CONTEXT

    for member in enum:
        english = member.value.replace("_", " ")
        assert value_named(enum, english.title()) == member.value
        for code in language.TRANSLATED:
            translated = language.catalogue(code).get((VOCABULARY_CONTEXT, english))
            if translated:
                assert value_named(enum, translated) == member.value, (code, translated)


def test_day_first_in_a_semicolon_file_and_in_a_danish_command_line(tmp_path, monkeypatch):
    from accountregistry import language

    header = "url,last_reviewed_on\r\nhttps://www.linkedin.com/company/nordlys,03/04/2026\r\n"
    comma = tmp_path / "comma.csv"
    comma.write_text(header, encoding="utf-8")
    db = open_database(tmp_path / "r.sqlite3")
    plan = plan_import(db, read_table(comma), today=TODAY)
    assert plan.errors and plan.errors[0].problems[0][1].code == "invalid_in_field"  # English: ambiguous
    semicolon = tmp_path / "semicolon.csv"
    semicolon.write_text(header.replace(",", ";"), encoding="utf-8")
    assert not plan_import(db, read_table(semicolon), today=TODAY).errors
    previous = language.use_language("da")
    try:
        plan = plan_import(db, read_table(comma), today=TODAY)
    finally:
        language.set_translator(*previous)
    assert not plan.errors
    db.close()
