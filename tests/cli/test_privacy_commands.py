"""`accountregistry people anonymise` and `people export-data` as a script runs them: a dry run
changes nothing, refusals are one line and change nothing, the export is JSON."""

from __future__ import annotations

import json
from datetime import date
import sqlite3

import pytest

import accountregistry.cli


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


def person_rows(path):
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT id, name, work_email, title FROM person ORDER BY id").fetchall()


def test_anonymise_due_with_a_dry_run_first(db_path, capsys):
    assert run("--db", db_path, "people", "add", "--name", "Tuva Lind", "--email", "tuva@nordlys.dk", "--title",
               "Editor", "--status", "left", "--last-day", "2020-01-31") == 0
    assert run("--db", db_path, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk") == 0
    before = person_rows(db_path)
    capsys.readouterr()
    assert run("--db", db_path, "people", "anonymise", "--due", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Tuva Lind" in out and "Ole Dahl" not in out
    assert person_rows(db_path) == before
    assert run("--db", db_path, "people", "anonymise", "--due") == 0
    [tuva, ole] = person_rows(db_path)
    assert tuva == (1, "[#1]", None, None)  # stored without words; read in the reader's language
    assert ole == before[1]
    capsys.readouterr()
    assert run("--db", db_path, "--lang", "da", "people", "list") == 0
    assert "[tidligere medarbejder 1]" in capsys.readouterr().out
    capsys.readouterr()
    assert run("--db", db_path, "people", "anonymise", "--due") == 0
    assert "Nobody" in capsys.readouterr().out


def test_refusals_are_one_line_and_change_nothing(db_path, capsys):
    assert run("--db", db_path, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk") == 0
    before = person_rows(db_path)
    capsys.readouterr()
    for reference in ("ole@nordlys.dk", "nobody@nordlys.dk", "99"):
        assert run("--db", db_path, "people", "anonymise", reference) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("accountregistry: ")
    assert person_rows(db_path) == before
    for wrong in ((), ("ole@nordlys.dk", "--due")):  # neither people nor --due, or both
        with pytest.raises(SystemExit) as usage:
            run("--db", db_path, "people", "anonymise", *wrong)
        assert usage.value.code == 2


def test_export_data_writes_json(db_path, tmp_path, capsys):
    assert run("--db", db_path, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk") == 0
    target = tmp_path / "ole.json"
    assert run("--db", db_path, "people", "export-data", "OLE@nordlys.dk", "-o", target) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Ole Dahl"
    assert len(data["audit_events"]) == 1
    assert run("--db", db_path, "people", "export-data", "nobody@x.dk", "-o", tmp_path / "x.json") == 1
    assert not (tmp_path / "x.json").exists()


def test_the_notes_that_name_them_are_listed_and_replaced_or_kept(db, capsys):
    from accountregistry.domain.vocabulary import EmploymentStatus, Kind
    from accountregistry.services.accounts import AccountInput, get_account, register_account
    from accountregistry.services.people import PersonInput, add_person
    from tests.engine_support import location

    tuva = add_person(db, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk",
                                      employment_status=EmploymentStatus.left, last_working_day=date(2020, 1, 31)))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                             notes="Ask tuva@nordlys.dk for the 2FA phone."))
    assert run("--db", location(db), "--lang", "da", "people", "anonymise", "tuva@nordlys.dk", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Facebook: nordlysrejser" in out and "Noter" in out and "Ask tuva@nordlys.dk for the 2FA phone." in out
    # Where the note is: the kind of record in the user's language, never its table's name.
    assert f"Konto {page.id} (Facebook: nordlysrejser), Noter:" in out and "account " not in out
    assert get_account(db, page.id).notes == "Ask tuva@nordlys.dk for the 2FA phone."
    assert run("--db", location(db), "people", "anonymise", str(tuva.id), "--keep-notes") == 0
    assert get_account(db, page.id).notes == "Ask tuva@nordlys.dk for the 2FA phone."


def test_signed_scans_in_the_dry_run_the_export_and_gone_after(db, tmp_path, capsys):
    import base64

    from accountregistry.domain.vocabulary import EmploymentStatus, Kind
    from accountregistry.services import agreements
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.people import PersonInput, add_person, update_person
    from accountregistry.services.roles import grant_role, revoke_role
    from tests.engine_support import location

    scan_bytes = b"%PDF-1.4\n1 0 obj << /Signed (Tuva) >> endobj\ntrailer << >>\n%%EOF\n"
    tuva = add_person(db, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company))
    role = grant_role(db, account_id=page.id, person_id=tuva.id, role="admin", granted_on=date(2019, 3, 1))
    agreement = agreements.record_agreement(db, tuva.id, agreements.AgreementInput(agreed_on=date(2019, 3, 1)))
    (tmp_path / "tuva-signed.pdf").write_bytes(scan_bytes)
    scan = agreements.attach(db, agreement.id, tmp_path / "tuva-signed.pdf")
    revoke_role(db, role_id=role.id, reason="left", revoked_on=date(2020, 1, 31))
    update_person(db, tuva.id, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk",
                                           employment_status=EmploymentStatus.left, last_working_day=date(2020, 1, 31)))
    where = location(db)
    assert run("--db", where, "people", "export-data", "tuva@nordlys.dk", "-o", tmp_path / "tuva.json") == 0
    [listed] = json.loads((tmp_path / "tuva.json").read_text(encoding="utf-8"))["agreements"][0]["signed_scans"]
    assert base64.b64decode(listed["content_base64"]) == scan_bytes
    capsys.readouterr()
    assert run("--db", where, "people", "anonymise", "tuva@nordlys.dk", "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"signed scan {scan.id} “tuva-signed.pdf”" in out
    assert "holder_agreement" not in out and "(holder agreement of 1 Mar 2019)" in out  # words, not codes
    assert run("--db", where, "agreement", "scan", scan.id, "-o", tmp_path / "before.pdf") == 0
    assert run("--db", where, "people", "anonymise", "tuva@nordlys.dk") == 0
    capsys.readouterr()
    assert run("--db", where, "agreement", "scan", scan.id, "-o", tmp_path / "after.pdf") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(scan.id) in err
    assert not (tmp_path / "after.pdf").exists()
