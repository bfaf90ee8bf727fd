"""The social-media policy register on either engine: versions with texts per area (the built-in
areas and the company's own), the version in force, acknowledgements one by one and from a list
(all or nothing), the dashboard's share, and the risk of a holder who has not acknowledged it."""

from datetime import date

import pytest

from accountregistry.domain.errors import NotFound, ValidationError
from accountregistry.domain.policy import AREA_IDS, OWN_AREA, POLICY_AREAS
from accountregistry.services import policy
from accountregistry.services.accounts import AccountInput, archive_account, register_account
from accountregistry.services.consent import ConsentInput, give_consent
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.risks import account_risks

TODAY = date(2026, 11, 21)


def first_version(db, **values):
    values.setdefault("effective_on", date(2026, 11, 1))
    values.setdefault("approved_by", "Board of Nordlys Rejser")
    values.setdefault("texts", {"working_hours": "Up to each employee.", "language": "Be kind; competitors read it."})
    return policy.record_policy(db, policy.PolicyInput(**values), today=TODAY)


@pytest.fixture
def staff(db):
    return {key: add_person(db, PersonInput(name=name, work_email=f"{key}@nordlys.dk"))
            for key, name in (("ida", "Ida Høgh"), ("nils", "Nils Ekström"), ("mette", "Mette Holm"))}


def test_the_areas_are_the_seven_of_seed_002_and_two_of_seed_000():
    assert len(POLICY_AREAS) == 9 and "working_time" in AREA_IDS and "response_expectations" in AREA_IDS
    assert OWN_AREA not in AREA_IDS


def test_a_version_keeps_its_texts_in_the_areas_order_then_the_companys_own(db):
    version = first_version(db, own=[("Pictures of guests", "Only with their written consent.")])
    assert version.version == 1
    texts = policy.policy_texts(db, version.id)
    assert [(t.area, t.heading) for t in texts] == [("working_hours", None), ("language", None),
                                                    (OWN_AREA, "Pictures of guests")]
    second = first_version(db, effective_on=date(2026, 12, 1))
    assert second.version == 2
    assert policy.current_policy(db, today=TODAY).id == version.id  # the second takes effect later
    assert policy.current_policy(db, today=date(2026, 12, 1)).id == second.id
    assert policy.current_policy(db, today=date(2026, 10, 31)) is None


@pytest.mark.parametrize(("values", "field", "code"), [
    ({"texts": {}}, "texts", "policy_without_texts"),
    ({"texts": {"gossip": "No."}}, "texts", "policy_area_unknown"),
    ({"approved_by": "  "}, "approved_by", "required"),
    ({"effective_on": None}, "effective_on", "required"),
    ({"own": [("", "Text without a heading")]}, "own.0.heading", "required"),
    ({"texts": {"language": "x" * 10001}}, "texts.language", "too_long"),
])
def test_a_version_with_a_problem_is_refused_and_nothing_stored(db, values, field, code):
    with pytest.raises(ValidationError) as refused:
        first_version(db, **values)
    assert refused.value.codes.get(field) == code, refused.value.codes
    assert policy.policy_versions(db) == []


def test_acknowledging_once_and_again(db, staff):
    version = first_version(db)
    row = policy.acknowledge(db, staff["ida"].id, on=date(2026, 11, 2), today=TODAY)
    assert (row.acknowledged_on, row.policy_version_id) == (date(2026, 11, 2), version.id)
    assert policy.acknowledge(db, staff["ida"].id, today=TODAY) is None  # already: nothing changes
    with pytest.raises(ValidationError) as refused:
        policy.acknowledge(db, staff["nils"].id, on=date(2026, 12, 1), today=TODAY)
    assert refused.value.codes == {"on": "in_future"}
    with pytest.raises(NotFound):
        policy.acknowledge(db, staff["nils"].id, version=7, today=TODAY)
    assert [name for name, _, _ in policy.acknowledgements_of(db, version.id)] == ["Ida Høgh"]


def test_nothing_to_acknowledge_before_a_version_is_in_force(db, staff):
    with pytest.raises(NotFound) as refused:
        policy.acknowledge(db, staff["ida"].id, today=TODAY)
    assert refused.value.code == "policy_none_in_force"


def test_a_list_of_acknowledgements_is_recorded_whole(db, staff, tmp_path):
    version = first_version(db)
    listing = tmp_path / "acknowledged.csv"
    listing.write_text("Email;Date\nIDA@nordlys.dk;03.11.2026\n\nnils@nordlys.dk, 2026-11-04\n", encoding="utf-8-sig")
    assert policy.import_acknowledgements(db, listing, today=TODAY) == (2, 0)
    assert policy.import_acknowledgements(db, listing, today=TODAY) == (0, 2)
    assert {(n, d) for n, _, d in policy.acknowledgements_of(db, version.id)} == {
        ("Ida Høgh", date(2026, 11, 3)), ("Nils Ekström", date(2026, 11, 4))}


@pytest.mark.parametrize(("content", "field", "code"), [
    ("mette@nordlys.dk;03.11.2026\nnobody@nordlys.dk;03.11.2026\n", "line 2", "acknowledgement_line_unknown_person"),
    ("mette@nordlys.dk;31.02.2026\n", "line 1", "acknowledgement_line_refused"),
    ("mette@nordlys.dk\n", "line 1", "acknowledgement_line_date_missing"),
    ("mette@nordlys.dk;01.12.2027\n", "line 1", ("acknowledgement_line_refused", "in_future")),
    ("not an email;03.11.2026\nmette;03.11.2026\n", "line 2", ("acknowledgement_line_refused", "not_email")),
    ("email;date\n", "file", "acknowledgement_list_empty"),
])
def test_a_list_with_a_bad_line_is_refused_whole(db, staff, tmp_path, content, field, code):
    version = first_version(db)
    listing = tmp_path / "acknowledged.csv"
    listing.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        policy.import_acknowledgements(db, listing, today=TODAY)
    code, reason = code if isinstance(code, tuple) else (code, None)
    assert refused.value.codes.get(field) == code, refused.value.codes
    if reason:  # the line's own problem, inside the sentence that names the line
        assert refused.value.problems[field].params["reason"].code == reason
    assert policy.acknowledgements_of(db, version.id) == []


def test_a_preview_shows_each_line_as_it_would_be_imported_and_stores_nothing(db, staff, tmp_path):
    version = first_version(db)
    policy.acknowledge(db, staff["ida"].id, on=date(2026, 11, 2), today=TODAY)
    listing = tmp_path / "acknowledged.csv"
    listing.write_text("email;date\nida@nordlys.dk;03.11.2026\nnils@nordlys.dk;2026-11-04\n"
                       "nobody@nordlys.dk;03.11.2026\nmette@nordlys.dk;31.02.2026\n", encoding="utf-8")
    shown, lines = policy.preview_acknowledgements(db, listing, today=TODAY)
    assert shown.id == version.id
    assert [(l.line, l.name, l.already, l.problem.code if l.problem else None) for l in lines] == [
        (2, "Ida Høgh", True, None), (3, "Nils Ekström", False, None),
        (4, None, False, "acknowledgement_line_unknown_person"), (5, "Mette Holm", False, "acknowledgement_line_refused")]
    assert [n for n, _, _ in policy.acknowledgements_of(db, version.id)] == ["Ida Høgh"]  # nothing stored
    with pytest.raises(ValidationError) as refused:
        policy.preview_acknowledgements(db, tmp_path / "missing.csv", today=TODAY)
    assert refused.value.codes == {"file": "acknowledgement_list_unreadable"}


def test_a_list_that_is_not_text_or_too_big_is_refused(db, staff, tmp_path, monkeypatch):
    first_version(db)
    binary = tmp_path / "list.xlsx"
    binary.write_bytes(b"PK\x03\x04\xff\xfe\x00")
    with pytest.raises(ValidationError) as refused:
        policy.import_acknowledgements(db, binary, today=TODAY)
    assert refused.value.codes == {"file": "acknowledgement_list_not_text"}
    monkeypatch.setattr(policy, "LIST_LIMIT_BYTES", 3)
    with pytest.raises(ValidationError) as refused:
        policy.import_acknowledgements(db, binary, today=TODAY)
    assert refused.value.codes == {"file": "acknowledgement_list_too_big"}
    with pytest.raises(ValidationError) as refused:
        policy.import_acknowledgements(db, tmp_path / "missing.csv", today=TODAY)
    assert refused.value.codes == {"file": "acknowledgement_list_unreadable"}


def risk_ids(db, account_id):
    return {r.id for r in account_risks(db, [account_id], today=TODAY)[account_id]}


def test_an_employee_role_or_ambassador_holder_who_has_not_acknowledged_the_policy(db, staff):
    role = register_account(db, AccountInput(url="https://www.tiktok.com/@ida.nordlys", kind="employee_role",
                                             holder_id=staff["ida"].id), today=TODAY)
    ambassador = register_account(db, AccountInput(url="https://www.linkedin.com/in/nils", kind="personal",
                                                   holder_id=staff["nils"].id), today=TODAY)
    give_consent(db, ambassador.id, ConsentInput(given_on=date(2026, 10, 1)), today=TODAY)
    own = register_account(db, AccountInput(url="https://www.instagram.com/mette", kind="personal",
                                            holder_id=staff["mette"].id), today=TODAY)
    assert "policy_not_acknowledged" not in risk_ids(db, role.id)  # no policy in force yet
    first_version(db)
    assert "policy_not_acknowledged" in risk_ids(db, role.id)
    assert "policy_not_acknowledged" in risk_ids(db, ambassador.id)
    assert "policy_not_acknowledged" not in risk_ids(db, own.id)  # not listed: the holder speaks for themselves
    policy.acknowledge(db, staff["ida"].id, today=TODAY)
    policy.acknowledge(db, staff["nils"].id, today=TODAY)
    assert "policy_not_acknowledged" not in risk_ids(db, role.id) | risk_ids(db, ambassador.id)
    # A new version in force asks everyone again.
    first_version(db, effective_on=date(2026, 11, 20))
    assert "policy_not_acknowledged" in risk_ids(db, role.id)


def test_the_dashboards_share_counts_holders_of_looked_after_accounts(db, staff):
    for key in ("ida", "nils"):
        register_account(db, AccountInput(url=f"https://www.tiktok.com/@{key}.nordlys", kind="employee_role",
                                          holder_id=staff[key].id), today=TODAY)
    assert policy.policy_summary(db, today=TODAY) == policy.PolicySummary(version=None, holders=2, acknowledged=0)
    version = first_version(db)
    policy.acknowledge(db, staff["ida"].id, today=TODAY)
    policy.acknowledge(db, staff["mette"].id, today=TODAY)  # holds no account: not counted
    summary = policy.policy_summary(db, today=TODAY)
    assert (summary.version.id, summary.holders, summary.acknowledged) == (version.id, 2, 1)


def shares(db, today):
    summary = policy.policy_summary(db, today=today)
    return summary.holders, summary.acknowledged


def test_the_share_counts_each_holder_once_and_only_the_version_in_force(db, staff):
    # Ida holds two looked-after accounts (one person), Nils only an archived one (not counted).
    made = [register_account(db, AccountInput(url=f"https://www.tiktok.com/@{handle}", kind="employee_role",
                                              holder_id=staff[key].id), today=TODAY)
            for handle, key in (("ida.nordlys", "ida"), ("ida.rejser", "ida"), ("nils.nordlys", "nils"))]
    archive_account(db, made[2].id)
    first_version(db, effective_on=date(2026, 10, 1))
    policy.acknowledge(db, staff["ida"].id, on=date(2026, 10, 2), today=date(2026, 10, 2))
    policy.acknowledge(db, staff["nils"].id, on=date(2026, 10, 2), today=date(2026, 10, 2))
    assert shares(db, date(2026, 10, 15)) == (1, 1)
    # A new version in force: Ida's acknowledgement was of the old one.
    first_version(db, effective_on=date(2026, 11, 1))
    assert shares(db, TODAY) == (1, 0)
    policy.acknowledge(db, staff["ida"].id, today=TODAY)
    assert shares(db, TODAY) == (1, 1)
