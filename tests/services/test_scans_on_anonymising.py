"""Signed scans of a person's agreements show their name and signature: the access request
holds the scans themselves, the confirmation before anonymising names them, and anonymising
removes their bytes and file names (the agreement, its date and channel, what it covered and
the policy acknowledgements stay; the scan's row says when it was removed)."""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta

import pytest

from accountregistry.domain.errors import NotFound
from accountregistry.domain.vocabulary import AgreementKind, EmploymentStatus, Role
from accountregistry.services import agreements, policy
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.audit import account_history, verify_chain
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.person_data import export_person_data, person_data
from accountregistry.services.retention import anonymise, preview_anonymisation
from accountregistry.services.roles import grant_role, revoke_role
from accountregistry.store.schema import backup_sqlite
from tests.engine_support import every_row, rows

TODAY = date(2027, 3, 10)
AGREED = date(2021, 2, 1)
NAME, EMAIL = "Søren Østergaard", "soren@nordlys.dk"
FILE_NAME = "soren-ostergaard-signed.pdf"
MARKER = b"SIGNATURE-OF-SOREN-7f3a9c"
SCAN = b"%PDF-1.4\n1 0 obj << /Signature (" + MARKER + b") >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def signer(db, tmp_path):
    """A leaver who administered a company page and held a personal profile, agreed about both
    (with a signed scan), acknowledged the policy, then left long ago."""
    person = add_person(db, PersonInput(name=NAME, work_email=EMAIL))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind="company"),
                            today=AGREED)
    role = grant_role(db, account_id=page.id, person_id=person.id, role=Role.admin, granted_on=AGREED, today=AGREED)
    register_account(db, AccountInput(url="https://www.instagram.com/soren.ostergaard", kind="personal",
                                      holder_id=person.id), today=AGREED)
    agreement = agreements.record_agreement(db, person.id, agreements.AgreementInput(agreed_on=AGREED,
                                                                                     channel="signed_paper"),
                                            today=AGREED)
    path = tmp_path / FILE_NAME
    path.write_bytes(SCAN)
    scan = agreements.attach(db, agreement.id, path)
    path.unlink()
    version = policy.record_policy(db, policy.PolicyInput(effective_on=AGREED, approved_by="Board",
                                                          texts={"language": "Be kind."}), today=AGREED)
    policy.acknowledge(db, person.id, version=version.version, on=AGREED, today=AGREED)
    left = TODAY - timedelta(days=2000)
    revoke_role(db, role_id=role.id, reason="left", revoked_on=left, today=TODAY)
    update_person(db, person.id, PersonInput(name=NAME, work_email=EMAIL, employment_status=EmploymentStatus.left,
                                             last_working_day=left), today=TODAY)
    return {"person": person.id, "page": page.id, "agreement": agreement.id, "scan": scan.id}


def test_the_access_request_holds_the_scan_itself(db, signer, tmp_path):
    [agreement] = person_data(db, signer["person"]).sections["agreements"]
    [listed] = agreement["signed_scans"]
    assert (listed["id"], listed["file_name"], listed["media_type"], listed["size"], listed["removed_at"]) == (
        signer["scan"], FILE_NAME, "application/pdf", len(SCAN), None)
    target, _ = export_person_data(db, signer["person"], tmp_path / "access-request.json")
    [written] = json.loads(target.read_text(encoding="utf-8"))["agreements"][0]["signed_scans"]
    assert base64.b64decode(written["content_base64"]) == SCAN


def test_the_preview_names_the_scans_that_will_go(db, signer):
    before = every_row(db)
    preview = preview_anonymisation(db, signer["person"])
    assert [(scan.attachment_id, scan.agreement_id, scan.kind, scan.agreed_on, scan.file_name)
            for scan in preview.scans] == [(signer["scan"], signer["agreement"], AgreementKind.holder_agreement,
                                            AGREED, FILE_NAME)]
    assert every_row(db) == before


def test_anonymising_removes_the_scan_and_keeps_the_agreement(db, signer, tmp_path):
    [done] = anonymise(db, [signer["person"]])
    assert [scan.attachment_id for scan in done.scans] == [signer["scan"]]
    # The agreement, its date, channel and the company page it covered stay; the personal
    # profile left the registry, and with it what the agreement said about it.
    [state] = agreements.agreements_of_person(db, signer["person"])
    assert (state.agreement.agreed_on, state.agreement.channel.value) == (AGREED, "signed_paper")
    assert [item.account_id for item in state.items] == [signer["page"]]
    assert state.removed == {signer["scan"]} and [scan[0] for scan in state.attachments] == [signer["scan"]]
    [(content, file_name, removed_at, size)] = rows(db, "SELECT content, file_name, removed_at, size FROM attachment")
    assert (content, file_name, size) == (None, "", len(SCAN)) and removed_at is not None
    with pytest.raises(NotFound) as gone:
        agreements.attachment_content(db, signer["scan"])
    assert gone.value.code == "attachment_removed" and gone.value.params["attachment_id"] == signer["scan"]
    assert rows(db, "SELECT count(*) FROM policy_acknowledgement WHERE person_id = :p", p=signer["person"]) == [(1,)]
    # The page's history says it; neither it nor any row holds the file name any more.
    with db.reading() as session:
        actions = [event.action for event in account_history(session, signer["page"]) if event.entity == "attachment"]
    assert actions == ["remove_on_anonymising", "attach"]
    everything = every_row(db)
    for word in (FILE_NAME, NAME, EMAIL):
        assert word.encode() not in everything and json.dumps(word)[1:-1].encode() not in everything
    assert MARKER not in everything
    assert verify_chain(db).intact
    # The access request now says the scan was removed, and when.
    [agreement] = person_data(db, signer["person"]).sections["agreements"]
    [listed] = agreement["signed_scans"]
    assert listed["removed_at"] is not None and listed["file_name"] == ""
    target, _ = export_person_data(db, signer["person"], tmp_path / "after.json")
    assert json.loads(target.read_text(encoding="utf-8"))["agreements"][0]["signed_scans"][0]["content_base64"] is None


@pytest.mark.sqlite_only  # about the SQLite file, its write-ahead log and a backup of it
def test_the_scan_bytes_are_gone_from_the_file(db, db_path, signer, tmp_path):
    wal = db_path.with_name(db_path.name + "-wal")
    assert any(MARKER in path.read_bytes() for path in (db_path, wal) if path.exists())
    anonymise(db, [signer["person"]])
    later = backup_sqlite(db_path, tmp_path / "later.sqlite3")
    for path in (db_path, wal, later):
        data = path.read_bytes() if path.exists() else b""
        assert MARKER not in data, path
        assert FILE_NAME.encode() not in data, path


def test_a_scan_without_bytes_must_say_when_it_was_removed(db, signer):
    import sqlalchemy as sa

    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE attachment SET content = NULL WHERE id = :id"), {"id": signer["scan"]})
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE attachment SET removed_at = CURRENT_TIMESTAMP WHERE id = :id"),
                           {"id": signer["scan"]})
    assert agreements.attachment_content(db, signer["scan"])[2] == SCAN
