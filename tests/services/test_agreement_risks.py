"""The risks of issue 19 computed from what the services recorded, on either engine: an
employee-role account whose holder left, terms the holder has not agreed, an unofficial account
nobody decided on, a personal group built for the company kept by its holder, and a review's flag
for change left open. Each fires on its record and not on the clean one next to it."""

from datetime import date

import pytest

from accountregistry.domain.errors import ValidationError
from accountregistry.services import reviews
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.risks import account_risks

TODAY = date(2026, 11, 21)
AGREED = date(2026, 11, 1)


def risk_ids(db, account_id):
    return {r.id for r in account_risks(db, [account_id], today=TODAY)[account_id]}


@pytest.fixture
def holder(db):
    return add_person(db, PersonInput(name="Ida Holm", work_email="ida@nordlys.dk"))


def employee_role(db, holder, **values):
    return register_account(db, AccountInput(url="https://www.tiktok.com/@ida.nordlys", kind="employee_role",
                                             holder_id=holder.id, **values), today=TODAY)


def test_an_employee_role_account_whose_holder_left(db, holder):
    account = employee_role(db, holder)
    assert "employee_role_holder_left" not in risk_ids(db, account.id)
    update_person(db, holder.id, PersonInput(name="Ida Holm", work_email="ida@nordlys.dk", employment_status="left",
                                             last_working_day=date(2026, 10, 30)), today=TODAY)
    assert "employee_role_holder_left" in risk_ids(db, account.id)


def test_a_personal_profile_of_someone_who_left_is_theirs(db, holder):
    account = register_account(db, AccountInput(url="https://www.tiktok.com/@ida", kind="personal",
                                                holder_id=holder.id), today=TODAY)
    update_person(db, holder.id, PersonInput(name="Ida Holm", work_email="ida@nordlys.dk", employment_status="left",
                                             last_working_day=date(2026, 10, 30)), today=TODAY)
    assert "employee_role_holder_left" not in risk_ids(db, account.id)


def test_terms_the_holder_has_not_agreed_until_a_version_they_agreed(db, holder):
    account = employee_role(db, holder)
    record_terms(db, account.id, TermsInput(disposition="transfer_to_successor", agreed_on=AGREED), today=TODAY)
    assert "terms_not_agreed_by_holder" in risk_ids(db, account.id)
    record_terms(db, account.id, TermsInput(disposition="transfer_to_successor", agreed_on=AGREED,
                                            agreed_by_holder=True), today=TODAY)
    assert "terms_not_agreed_by_holder" not in risk_ids(db, account.id)


def test_an_agreed_version_followed_by_one_the_holder_did_not_agree(db, holder):
    account = employee_role(db, holder)
    record_terms(db, account.id, TermsInput(disposition="archive", agreed_on=AGREED, agreed_by_holder=True),
                 today=TODAY)
    record_terms(db, account.id, TermsInput(disposition="close", agreed_on=AGREED), today=TODAY)
    assert "terms_not_agreed_by_holder" in risk_ids(db, account.id)


def test_each_account_judged_by_its_own_latest_terms(db, holder):
    # Another account's terms reaching version 2 once hid this one's unagreed version 1: the
    # latest version was the largest over every account (found by the risks benchmark's data).
    account = employee_role(db, holder)
    record_terms(db, account.id, TermsInput(disposition="archive", agreed_on=AGREED), today=TODAY)
    other = register_account(db, AccountInput(url="https://www.tiktok.com/@nordlys.news", kind="employee_role",
                                              holder_id=holder.id), today=TODAY)
    for _ in range(2):
        record_terms(db, other.id, TermsInput(disposition="archive", agreed_on=AGREED, agreed_by_holder=True),
                     today=TODAY)
    assert "terms_not_agreed_by_holder" in risk_ids(db, account.id)
    assert "terms_not_agreed_by_holder" not in risk_ids(db, other.id)


def test_an_unofficial_page_nobody_decided_on(db):
    page = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlysfans", kind="company",
                                             official=False), today=TODAY)
    found = risk_ids(db, page.id)
    assert "unofficial_undecided" in found and "no_handover_terms" not in found
    record_terms(db, page.id, TermsInput(disposition="transfer_to_company", agreed_on=AGREED), today=TODAY)
    assert "unofficial_undecided" not in risk_ids(db, page.id)


def test_an_official_page_without_terms_is_the_terms_risk(db):
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlys", kind="company"), today=TODAY)
    found = risk_ids(db, page.id)
    assert "no_handover_terms" in found and "unofficial_undecided" not in found


def test_a_personal_group_built_for_the_company_kept_by_its_holder(db, holder):
    group = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlysguides", kind="personal",
                                              holder_id=holder.id, official=False), today=TODAY)
    record_terms(db, group.id, TermsInput(disposition="holder_keeps", agreed_on=AGREED, agreed_by_holder=True),
                 today=TODAY)
    assert "personal_group_built_for_company" in risk_ids(db, group.id)
    record_terms(db, group.id, TermsInput(disposition="archive", agreed_on=AGREED, agreed_by_holder=True),
                 today=TODAY)
    assert "personal_group_built_for_company" not in risk_ids(db, group.id)


def test_a_holders_own_group_made_with_a_mandate_stays_theirs(db, holder):
    group = register_account(db, AccountInput(url="https://www.facebook.com/groups/idasknitting", kind="personal",
                                              holder_id=holder.id), today=TODAY)
    record_terms(db, group.id, TermsInput(disposition="holder_keeps", agreed_on=AGREED, agreed_by_holder=True),
                 today=TODAY)
    assert risk_ids(db, group.id) == set()


def test_a_flag_for_change_is_open_until_resolved(db, holder):
    account = employee_role(db, holder)
    reviews.flag_for_change(db, account.id, note="The holder moved to sales", today=TODAY)
    assert "change_flag_open" in risk_ids(db, account.id)
    assert get_account(db, account.id).change_flag_note == "The holder moved to sales"
    reviews.resolve_change_flag(db, account.id, note="Mandate updated")
    assert "change_flag_open" not in risk_ids(db, account.id)
    assert get_account(db, account.id).change_flagged_on is None


def test_a_flag_needs_a_note_and_nothing_is_stored_without(db, holder):
    account = employee_role(db, holder)
    with pytest.raises(ValidationError) as refused:
        reviews.flag_for_change(db, account.id, note="  ", today=TODAY)
    assert refused.value.field == "note"
    assert get_account(db, account.id).change_flagged_on is None
    assert "change_flag_open" not in risk_ids(db, account.id)


def test_the_mandate_fields_are_kept_and_checked(db, holder):
    contact = add_person(db, PersonInput(name="Mette Kjærgaard", work_email="mette@nordlys.dk"))
    account = employee_role(db, holder, mandate="Guided tours", response_hours=24, outside_working_hours=True,
                            frequency="Twice a week", audience="Travellers in Scandinavia", weekly_hours=3,
                            escalation_id=contact.id)
    assert (account.response_hours, account.outside_working_hours, account.frequency, account.audience,
            account.weekly_hours, account.escalation_id) == (24, True, "Twice a week", "Travellers in Scandinavia",
                                                              3, contact.id)
    for field, value in (("response_hours", 0), ("response_hours", 721), ("weekly_hours", 41), ("frequency", "x" * 201)):
        with pytest.raises(ValidationError) as refused:
            update_account(db, account.id, AccountInput(url=account.url, kind="employee_role", holder_id=holder.id,
                                                        **{field: value}), today=TODAY)
        assert field in refused.value.codes, field
    with pytest.raises(ValidationError) as refused:
        update_account(db, account.id, AccountInput(url=account.url, kind="employee_role", holder_id=holder.id,
                                                    escalation_id=99999), today=TODAY)
    assert refused.value.codes == {"escalation_id": "escalation_contact_not_found"}
