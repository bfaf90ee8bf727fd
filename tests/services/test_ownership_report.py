"""The ownership report as a person opening it in a spreadsheet sees it: the bytes on disk."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pytest
from plain_user import as_plain_user

from accountregistry.domain.errors import RegistryError, ValidationError
from accountregistry.domain.pseudonyms import pseudonym
from accountregistry.services import accounts, handover, people, retention, roles
from accountregistry.services.accounts import AccountInput
from accountregistry.services.handover import TermsInput
from accountregistry.services.ownership_report import (
    HEADER,
    Cancelled,
    default_delimiter,
    export_report,
    neutralise,
    restore,
)
from report_reading import report_rows
from accountregistry.services.people import PersonInput
from accountregistry.store.database import Database

import engine_support

TODAY = date(2026, 6, 1)
ISSUE_HEADER = ("platform, presence, handle, url, display_name, kind, status, holder_name, holder_email, "
                "responsible_unit, administrators, admin_count, login_email, two_factor, disposition, "
                "successor_email, terms_agreed_on, last_reviewed_on, next_review_due, risks").split(", ")


def read_back(path, delimiter=";"):
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read æøå"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=delimiter))


@pytest.fixture
def registry(db):
    """One company page with two administrators and terms; one personal profile."""
    jane = people.add_person(db, PersonInput(name="Jane Ødegård", work_email="jane@acme.dk"))
    bo = people.add_person(db, PersonInput(name="Bo Berg", work_email="bo@acme.dk"))
    page = accounts.register_account(db, AccountInput(
        url="https://www.linkedin.com/company/acme", kind="company", display_name="Acme A/S",
        responsible_unit="Kommunikation", login_email="social@acme.dk", two_factor="security_key",
        last_reviewed_on=date(2026, 3, 1), review_interval_months=6), today=TODAY)
    roles.grant_role(db, account_id=page.id, person_id=bo.id, role="admin", granted_on=date(2026, 1, 5), today=TODAY)
    roles.grant_role(db, account_id=page.id, person_id=jane.id, role="owner", granted_on=date(2026, 1, 5),
                     today=TODAY)
    handover.record_terms(db, page.id, TermsInput(disposition="transfer_to_successor", agreed_on=date(2026, 2, 2),
                                                  successor_id=bo.id, notice_days=14), today=TODAY)
    profile = accounts.register_account(db, AccountInput(
        url="https://www.linkedin.com/in/jane-odegard", kind="personal", holder_id=jane.id,
        display_name="=HYPERLINK(\"http://evil\")"), today=TODAY)
    return {"page": page, "profile": profile, "jane": jane, "bo": bo}


def test_the_header_is_the_documented_one_and_starts_with_the_issues_columns(db, registry, tmp_path):
    target = tmp_path / "report.csv"
    export_report(db, target, delimiter=";", today=TODAY)
    header = read_back(target)[0]
    assert header[:len(ISSUE_HEADER)] == ISSUE_HEADER
    assert tuple(header) == HEADER
    assert len(set(header)) == len(header)


def test_a_row_says_who_administers_what_under_which_terms(db, registry, tmp_path):
    target = tmp_path / "report.csv"
    assert export_report(db, target, delimiter=";", today=TODAY) == 2
    rows = [dict(zip(HEADER, row)) for row in read_back(target)[1:]]
    page = next(r for r in rows if r["handle"] == "acme")
    assert page["platform"] == "linkedin" and page["presence"] == "page"
    assert page["url"] == "https://www.linkedin.com/company/acme"
    assert page["administrators"] == "Jane Ødegård <jane@acme.dk> (owner) | Bo Berg <bo@acme.dk> (admin)"
    assert page["admin_count"] == "2"
    assert (page["disposition"], page["successor_email"], page["successor_name"]) == (
        "transfer_to_successor", "bo@acme.dk", "Bo Berg")
    assert page["terms_agreed_on"] == "2026-02-02" and page["notice_days"] == "14"
    assert page["last_reviewed_on"] == "2026-03-01" and page["next_review_due"] == "2026-09-01"
    assert page["responsible_unit"] == "Kommunikation" and page["official"] == "yes"
    profile = next(r for r in rows if r["presence"] == "profile")
    assert (profile["holder_name"], profile["holder_email"]) == ("Jane Ødegård", "jane@acme.dk")
    assert profile["administrators"] == "" and profile["admin_count"] == "0"
    assert profile["disposition"] == "" and profile["agreed_by_holder"] == ""


def test_risks_are_listed_by_id(db, registry, tmp_path):
    rows = {row[HEADER.index("handle")]: row for row in report_rows(db, today=TODAY)}
    # One controlling admin would be a risk; the page has an owner and an admin, so it is not.
    assert "single_admin" not in rows["acme"][HEADER.index("risks")]
    jane_alone = accounts.register_account(db, AccountInput(url="https://x.com/acmehelp", kind="company"),
                                           today=TODAY)
    roles.grant_role(db, account_id=jane_alone.id, person_id=registry["jane"].id, role="admin", today=TODAY)
    rows = {row[HEADER.index("handle")]: row for row in report_rows(db, today=TODAY)}
    risks = rows["acmehelp"][HEADER.index("risks")].split(" | ")
    assert "single_admin" in risks and "no_handover_terms" in risks


def test_formula_cells_are_neutralised_in_the_file(db, registry, tmp_path):
    target = tmp_path / "report.csv"
    export_report(db, target, delimiter=",", today=TODAY)
    rows = [dict(zip(HEADER, row)) for row in read_back(target, ",")[1:]]
    profile = next(r for r in rows if r["presence"] == "profile")
    assert profile["display_name"] == "'=HYPERLINK(\"http://evil\")"


@pytest.mark.parametrize("value", ["=1+2", "+45 12", "-3", "@SUM(A1)", "\tx", "\rx", "'=x", "''@y", "'plain",
                                   "plain", "", "'", "a=b"])
def test_neutralise_and_restore_are_exact_inverses(value):
    written = neutralise(value)
    assert restore(written) == value
    assert not written.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")) or written.startswith("'")


@pytest.mark.parametrize(("name", "expected"), [
    ("da_DK.UTF-8", ";"), ("sv_SE", ";"), ("nb_NO.UTF-8", ";"), ("nn_NO", ";"), ("no_NO", ";"),
    ("de_DE@euro", ";"), ("fr_FR", ";"), ("Danish_Denmark", ";"), ("Norwegian Bokmål_Norway", ";"),
    ("en_US.UTF-8", ","), ("en_GB", ","), ("C", ","), ("", ","), ("xx_YY", ","),
])
def test_the_default_delimiter_is_the_locales_list_separator(name, expected):
    assert default_delimiter(name) == expected


def test_the_default_delimiter_follows_the_environment(db, registry, tmp_path, monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    target = tmp_path / "report.csv"
    export_report(db, target, today=TODAY)
    assert target.read_bytes()[3:].split(b"\r\n")[0].startswith(b"platform;presence;handle")


def test_filters_choose_the_rows(db, registry):
    assert [row[HEADER.index("presence")] for row in report_rows(db, kind="personal", today=TODAY)] == ["profile"]
    assert list(report_rows(db, platform="facebook", today=TODAY)) == []
    assert len(list(report_rows(db, status="active", platform="linkedin", today=TODAY))) == 2
    assert len(list(report_rows(db, account_ids=[registry["page"].id], today=TODAY))) == 1
    assert list(report_rows(db, kind="unknown", today=TODAY)) == []
    with pytest.raises(ValidationError) as raised:
        list(report_rows(db, kind="corporate"))
    assert raised.value.field == "kind"


def test_cancelling_leaves_no_file_and_keeps_an_older_one(db, registry, tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("the previous report", encoding="utf-8")
    with pytest.raises(Cancelled):
        export_report(db, target, delimiter=";", progress=lambda done, total: done == 0, today=TODAY)
    assert target.read_text(encoding="utf-8") == "the previous report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite3" and "sqlite3" not in p.name) == [
        "report.csv"]


def test_progress_is_reported_up_to_the_total(db, registry, tmp_path):
    seen = []
    export_report(db, tmp_path / "r.csv", delimiter=";", progress=lambda d, t: seen.append((d, t)) or True,
                  today=TODAY)
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)


def test_an_unwritable_target_is_a_sentence_and_no_file(db, registry, tmp_path):
    with pytest.raises(RegistryError) as raised:
        export_report(db, tmp_path / "missing" / "r.csv", delimiter=";")
    assert raised.value.code == "export_no_folder"
    with pytest.raises(RegistryError) as raised:
        export_report(db, tmp_path, delimiter=";")
    assert raised.value.code == "export_is_folder"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        refusal = export_as_plain_user(db, locked / "r.csv")
    finally:
        locked.chmod(0o700)
    assert (refusal["kind"], refusal["code"]) == ("RegistryError", "export_not_permitted")
    assert list(locked.iterdir()) == []


# Run in a process of its own, without root's power to write into read-only folders.
_EXPORT = """
import json, sys
from accountregistry.domain.errors import RegistryError
from accountregistry.services.ownership_report import export_report
from accountregistry.store.schema import open_database
try:
    export_report(open_database(sys.argv[1]), sys.argv[2], delimiter=";")
except RegistryError as error:
    print(json.dumps({"kind": "RegistryError", "code": error.code, "sentence": error.sentence()}))
else:
    print(json.dumps({"kind": None}))
"""


def export_as_plain_user(db, target) -> dict:
    done = subprocess.run(as_plain_user([sys.executable, "-c", _EXPORT, engine_support.location(db), str(target)]),
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_the_report_never_contains_a_secret(db, registry, tmp_path, memory_keyring):
    target = tmp_path / "r.csv"
    export_report(db, target, delimiter=";", today=TODAY)
    assert "password" not in target.read_text(encoding="utf-8-sig").lower()


def test_administrators_are_ordered_by_role_then_name_as_the_database_orders_them(db):
    # On SQLite the cell is built in Python; it must order exactly as SQL's ORDER BY would:
    # role rank, then name (binary: capitals before lowercase, æøå after z), then the grant.
    page = accounts.register_account(db, AccountInput(url="https://x.com/orderly", kind="company"), today=TODAY)
    names = ["bo", "Bo", "Åse", "anna", "Zara", "Øjvind", "anna"]
    for n, name in enumerate(names):
        person = people.add_person(db, PersonInput(name=name, work_email=f"p{n}@acme.dk" if n != 3 else None))
        roles.grant_role(db, account_id=page.id, person_id=person.id, role=("admin", "editor", "owner")[n % 3],
                         today=TODAY)
        if n == 4:
            roles.grant_role(db, account_id=page.id, person_id=person.id, role="analyst", today=TODAY)
    expected = engine_support.rows(
        db, "SELECT p.name, p.work_email, r.role FROM account_role r JOIN person p ON p.id = r.person_id "
        "WHERE r.account_id = :account AND r.revoked_on IS NULL ORDER BY CASE r.role WHEN 'owner' THEN 0 "
        "WHEN 'admin' THEN 1 WHEN 'editor' THEN 2 WHEN 'moderator' THEN 3 WHEN 'analyst' THEN 4 END, "
        "p.name, r.id", account=page.id)
    row = next(r for r in report_rows(db, today=TODAY) if r[HEADER.index("handle")] == "orderly")
    assert row[HEADER.index("administrators")] == " | ".join(
        f"{name} <{email}> ({role})" if email else f"{name} ({role})" for name, email, role in expected)
    assert row[HEADER.index("admin_count")] == "7"
    assert [r[HEADER.index("administrators")] for r in report_rows(db, account_ids=[page.id], today=TODAY)] == [
        row[HEADER.index("administrators")]]


@pytest.fixture
def anonymised(db):
    """Tuva and Siri, who left long ago, anonymised: Tuva still holds a company page and its texts
    named her (anonymising wrote her marker there); Siri is its terms' successor and signed them."""
    tuva, siri = (people.add_person(db, PersonInput(name=name, work_email=f"{name[:4].lower()}@nordlys.dk"))
                  for name in ("Tuva Lind", "Siri Holm"))
    page = accounts.register_account(db, AccountInput(
        url="https://www.facebook.com/nordlysrejser", kind="company", holder_id=tuva.id, display_name="[#99] as typed",
        notes="Ask Tuva Lind", mandate="Tuva Lind posts", response_expectations="Tuva Lind answers"), today=TODAY)
    handover.record_terms(db, page.id, TermsInput(
        disposition="transfer_to_successor", agreed_on=date(2020, 1, 2), successor_id=siri.id,
        agreed_by_company="Siri Holm", followers_terms="Tuva Lind's network", content_terms="Tuva Lind's posts"),
        today=TODAY)
    for person in (tuva, siri):
        people.update_person(db, person.id, PersonInput(name=person.name, work_email=person.work_email,
                                                        employment_status="left", last_working_day=date(2020, 1, 31)))
    retention.anonymise(db, [tuva.id, siri.id])
    return pseudonym(tuva.id), pseudonym(siri.id)


def report_cells(path) -> list[list[str]]:
    if path.suffix == ".csv":
        return read_back(path)
    from python_calamine import CalamineWorkbook

    return [[str(cell) for cell in row] for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()]


@pytest.mark.parametrize("read", ["as_this_database_reads", "cell_by_cell"])
def test_an_anonymised_person_is_named_by_their_pseudonym_in_every_format_and_layout(db, anonymised, tmp_path,
                                                                                     monkeypatch, read):
    if read == "cell_by_cell":  # what a server gets, on SQLite too
        monkeypatch.setattr(Database, "is_sqlite", property(lambda self: False))
    for file_format in ("csv", "xlsx", "ods"):
        for layout in ("data", "people"):
            target = tmp_path / f"{layout}.{file_format}"
            export_report(db, target, delimiter=";", layout=layout, today=TODAY)
            page, (tuva, siri) = dict(zip(HEADER, report_cells(target)[1])), anonymised
            assert {name: page[name] for name in ("holder_name", "holder_email", "successor_name", "successor_email",
                                                  "agreed_by_company", "notes", "mandate", "response_expectations",
                                                  "followers_terms", "content_terms", "display_name")} == {
                "holder_name": tuva, "holder_email": "", "successor_name": siri, "successor_email": "",
                "agreed_by_company": siri, "notes": f"Ask {tuva}", "mandate": f"{tuva} posts",
                "response_expectations": f"{tuva} answers", "followers_terms": f"{tuva}'s network",
                "content_terms": f"{tuva}'s posts", "display_name": "[#99] as typed"}, (file_format, layout)
