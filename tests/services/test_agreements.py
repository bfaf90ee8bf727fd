"""The holder's agreement on either engine: it covers the accounts the person holds or
administers with their terms' version and mandate, goes out of date when those change, counts
as the holder's agreement to the terms it covered, and keeps signed scans (PDF, PNG, JPEG up to
20 MB, told by content) in the database; anything else is refused and nothing stored."""

import struct
import zlib
from datetime import date

import pytest

from accountregistry.domain import attachments
from accountregistry.domain.errors import NotFound, ValidationError
from accountregistry.domain.vocabulary import AgreementKind, Role
from accountregistry.services import agreements
from accountregistry.services.accounts import ACCOUNT_FIELDS, AccountInput, get_account, register_account, update_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.lookups import account_events
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.risks import account_risks
from accountregistry.services.roles import grant_role

TODAY = date(2026, 11, 21)
AGREED = date(2026, 11, 1)


def edit_input(db, account_id, **changes):
    account = get_account(db, account_id)
    return AccountInput(**{**{name: getattr(account, name) for name in ACCOUNT_FIELDS}, **changes})


def png_bytes() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
            + chunk(b"IEND", b""))


PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 20 + b"\xff\xd9"


@pytest.fixture
def ida(db):
    return add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))


@pytest.fixture
def accounts(db, ida):
    """A company page Ida administers, her employee-role profile and her personal profile."""
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind="company"),
                            today=TODAY)
    grant_role(db, account_id=page.id, person_id=ida.id, role=Role.admin, granted_on=AGREED, today=TODAY)
    role = register_account(db, AccountInput(url="https://www.youtube.com/@IdaPaaTur", kind="employee_role",
                                             holder_id=ida.id, mandate="Films from trips", response_hours=48),
                            today=TODAY)
    record_terms(db, role.id, TermsInput(disposition="transfer_to_successor", agreed_on=AGREED), today=TODAY)
    own = register_account(db, AccountInput(url="https://www.instagram.com/ida.hogh", kind="personal",
                                            holder_id=ida.id), today=TODAY)
    archived_other = register_account(db, AccountInput(url="https://x.com/somebodyelse", kind="company"), today=TODAY)
    return {"page": page, "role": role, "own": own, "other": archived_other}


def record(db, ida, **values):
    return agreements.record_agreement(db, ida.id, agreements.AgreementInput(agreed_on=AGREED, **values), today=TODAY)


def test_an_agreement_covers_what_the_person_holds_and_administers(db, ida, accounts):
    agreement = record(db, ida, channel="email")
    [state] = agreements.agreements_of_person(db, ida.id)
    covered = {item.account_id: item for item in state.items}
    assert set(covered) == {accounts["page"].id, accounts["role"].id, accounts["own"].id}
    assert covered[accounts["role"].id].terms_version == 1 and covered[accounts["page"].id].terms_version is None
    assert covered[accounts["role"].id].mandate["response_hours"] == 48
    assert (state.agreement.id, state.agreement.channel, state.out_of_date) == (agreement.id, "email", False)
    assert any(e.action == "agree" for e in account_events(db, accounts["role"].id))


def test_it_goes_out_of_date_when_the_terms_or_the_mandate_change_or_an_account_is_added(db, ida, accounts):
    agreement = record(db, ida)
    record_terms(db, accounts["role"].id, TermsInput(disposition="archive", agreed_on=TODAY), today=TODAY)
    assert [(c.account_id, c.reason, c.covered, c.current) for c in agreements.changes_since(db, agreement.id)] == [
        (accounts["role"].id, "terms_changed", 1, 2)]
    update_account(db, accounts["own"].id, edit_input(db, accounts["own"].id, frequency="Weekly"), today=TODAY)
    new = register_account(db, AccountInput(url="https://www.tiktok.com/@ida.nordlys", kind="employee_role",
                                            holder_id=ida.id), today=TODAY)
    reasons = {(c.account_id, c.reason) for c in agreements.changes_since(db, agreement.id)}
    assert reasons == {(accounts["role"].id, "terms_changed"), (accounts["own"].id, "mandate_changed"),
                       (new.id, "account_added")}
    assert agreements.agreements_of_person(db, ida.id)[0].out_of_date
    fresh = record(db, ida)
    assert agreements.changes_since(db, fresh.id) == []


def test_an_agreement_covering_the_current_terms_is_the_holders_agreement(db, ida, accounts):
    def risks():
        return {r.id for r in account_risks(db, [accounts["role"].id], today=TODAY)[accounts["role"].id]}

    assert "terms_not_agreed_by_holder" in risks()
    record(db, ida)
    assert "terms_not_agreed_by_holder" not in risks()
    record_terms(db, accounts["role"].id, TermsInput(disposition="archive", agreed_on=TODAY), today=TODAY)
    assert "terms_not_agreed_by_holder" in risks()  # the new version is not agreed yet


def test_bad_agreements_are_refused(db, ida, accounts):
    with pytest.raises(ValidationError) as refused:
        record(db, ida, channel="carrier pigeon")
    assert set(refused.value.codes) == {"channel"}
    with pytest.raises(ValidationError) as refused:
        agreements.record_agreement(db, ida.id, agreements.AgreementInput(agreed_on=date(2027, 1, 1)), today=TODAY)
    assert refused.value.codes == {"agreed_on": "in_future"}
    nobody = add_person(db, PersonInput(name="Nils", work_email="nils@nordlys.dk"))
    with pytest.raises(ValidationError) as refused:
        record(db, nobody)
    assert refused.value.codes == {"person_id": "agreement_nothing_to_cover"}
    with pytest.raises(NotFound) as missing:
        agreements.record_agreement(db, ida.id, agreements.AgreementInput(), kind=AgreementKind.handover_confirmation,
                                    today=TODAY)
    assert missing.value.code == "agreement_no_offboarding"
    assert agreements.agreements_of_person(db, ida.id) == []


@pytest.mark.parametrize(("name", "content", "media_type"), [
    ("scan.pdf", PDF, "application/pdf"), ("photo.png", png_bytes(), "image/png"), ("photo.JPG", JPEG, "image/jpeg"),
    ("scan-without-extension", PDF, "application/pdf"),  # told by content, not by name
])
def test_a_signed_scan_is_kept_in_the_database(db, ida, accounts, tmp_path, name, content, media_type):
    agreement = record(db, ida)
    path = tmp_path / name
    path.write_bytes(content)
    scan = agreements.attach(db, agreement.id, path)
    path.unlink()
    assert agreements.attachment_content(db, scan.id) == (name, media_type, content)
    [state] = agreements.agreements_of_person(db, ida.id)
    assert state.attachments == ((scan.id, name, media_type, len(content)),)
    assert any(e.action == "attach" for e in account_events(db, accounts["page"].id))


@pytest.mark.parametrize(("name", "content", "code"), [
    ("letter.pdf", b"Dear Ida, this is plain text", "attachment_type_refused"),
    ("renamed.png", b"PK\x03\x04 a zip file", "attachment_type_refused"),
    ("empty.pdf", b"", "attachment_type_refused"),
    ("cut-off.pdf", PDF[:30], "attachment_unreadable"),
    ("cut-off.png", png_bytes()[:40], "attachment_unreadable"),
    ("broken.png", png_bytes()[:19] + b"\x02" + png_bytes()[20:], "attachment_unreadable"),  # header checksum wrong
    ("cut-off.jpg", JPEG[:-2], "attachment_unreadable"),
])
def test_other_or_broken_files_are_refused_and_nothing_stored(db, ida, accounts, tmp_path, name, content, code):
    agreement = record(db, ida)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        agreements.attach(db, agreement.id, path)
    assert refused.value.codes == {"file": code}
    assert agreements.agreements_of_person(db, ida.id)[0].attachments == ()


def test_a_scan_over_the_limit_or_missing_is_refused(db, ida, accounts, tmp_path, monkeypatch):
    agreement = record(db, ida)
    big = tmp_path / "big.pdf"
    big.write_bytes(PDF[:-7] + b" " * (attachments.MAX_BYTES) + b"%%EOF\n")
    with pytest.raises(ValidationError) as refused:
        agreements.attach(db, agreement.id, big)
    assert refused.value.codes == {"file": "attachment_too_big"}
    with pytest.raises(ValidationError) as refused:
        agreements.attach(db, agreement.id, tmp_path / "missing.pdf")
    assert refused.value.codes == {"file": "attachment_unreadable_file"}
    small = tmp_path / "small.pdf"
    small.write_bytes(PDF)
    with pytest.raises(NotFound):
        agreements.attach(db, 999, small)
    assert agreements.agreements_of_person(db, ida.id)[0].attachments == ()


@pytest.mark.parametrize(("name", "content", "code"), [
    ("scan.pdf", PDF, None), ("letter.pdf", b"Dear Ida", "attachment_type_refused"),
])
def test_a_confirmation_is_recorded_with_its_scan_or_not_at_all(db, ida, accounts, tmp_path, name, content, code):
    from accountregistry.services.offboarding import start_offboarding

    case = start_offboarding(db, person_id=ida.id, last_working_day=date(2026, 12, 18), today=TODAY)
    path = tmp_path / name
    path.write_bytes(content)
    data = agreements.AgreementInput(agreed_on=TODAY, channel="in_person", scan=path)
    if code:
        with pytest.raises(ValidationError) as refused:
            agreements.record_agreement(db, ida.id, data, kind=AgreementKind.handover_confirmation, case_id=case.id,
                                        today=TODAY)
        assert refused.value.codes == {"file": code}
        assert agreements.agreements_of_person(db, ida.id) == []
        return
    agreements.record_agreement(db, ida.id, data, kind=AgreementKind.handover_confirmation, case_id=case.id,
                                today=TODAY)
    [state] = agreements.agreements_of_person(db, ida.id)
    assert (state.agreement.kind, state.agreement.case_id, state.agreement.channel) == (
        "handover_confirmation", case.id, "in_person")
    assert [(scan[1], scan[2]) for scan in state.attachments] == [(name, "application/pdf")]
