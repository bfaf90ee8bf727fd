"""Administrators and handover terms: grants and revocations kept as history, the personal
account rule, and the audit record of each."""

from datetime import date

import pytest
from sqlmodel import select

from accountregistry.domain.errors import Conflict, ValidationError
from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, Kind, Role
from accountregistry.services import personal_values
from accountregistry.services.accounts import AccountInput, archive_account, register_account
from accountregistry.services.handover import TermsInput, current_terms, record_terms, terms_history
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.roles import grant_role, revoke_role
from accountregistry.store.models import AuditEvent

from engine_support import roles_of_account, roles_of_person

TODAY = date(2026, 11, 21)


@pytest.fixture
def page(db):
    return register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))


@pytest.fixture
def ingrid(db):
    return add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))


def audit_rows(db, entity):
    with db.reading() as session:
        # As the trail is read: notes and reasons are kept apart from the events (personal_values).
        events = list(session.exec(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)))
        return personal_values.restore(session, events)


def test_grant_then_revoke_keeps_both_in_the_history(db, page, ingrid):
    grant = grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2026, 1, 5),
                       today=TODAY)
    revoke_role(db, role_id=grant.id, reason="Moved to Sales", revoked_on=date(2026, 6, 1), today=TODAY)
    [row] = roles_of_account(db, page.id)
    assert (row.granted_on, row.revoked_on, row.revoked_by, row.reason) == (
        date(2026, 1, 5), date(2026, 6, 1), "tester", "Moved to Sales")
    assert roles_of_account(db, page.id, active_only=True) == []
    grant_event, revoke_event = audit_rows(db, "account_role")
    assert (grant_event.action, grant_event.account_id) == ("grant", page.id)
    assert grant_event.new_values["person_id"] == ingrid.id and "person_name" not in grant_event.new_values
    assert (revoke_event.action, revoke_event.new_values["reason"]) == ("revoke", "Moved to Sales")


def test_the_same_role_twice_is_a_conflict(db, page, ingrid):
    grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin", today=TODAY)
    with pytest.raises(Conflict) as raised:
        grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin", today=TODAY)
    assert (raised.value.code, raised.value.params) == ("role_already_held", {"name": "Ingrid Berg", "role": Role.admin})
    # A different role for the same person is a separate grant.
    grant_role(db, account_id=page.id, person_id=ingrid.id, role="analyst", today=TODAY)
    assert len(roles_of_person(db, ingrid.id, active_only=True)) == 2


def test_a_revocation_needs_a_reason(db, page, ingrid):
    grant = grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin", today=TODAY)
    with pytest.raises(ValidationError) as raised:
        revoke_role(db, role_id=grant.id, reason="   ", today=TODAY)
    assert raised.value.codes == {"reason": "required"}
    assert roles_of_account(db, page.id, active_only=True) != []


def test_a_role_cannot_be_revoked_twice_or_before_its_grant(db, page, ingrid):
    grant = grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin", granted_on=date(2026, 3, 1),
                       today=TODAY)
    with pytest.raises(ValidationError) as raised:
        revoke_role(db, role_id=grant.id, reason="Typo", revoked_on=date(2026, 2, 1), today=TODAY)
    assert raised.value.codes == {"revoked_on": "revoked_before_granted"}
    revoke_role(db, role_id=grant.id, reason="Left the team", today=TODAY)
    with pytest.raises(Conflict) as raised:
        revoke_role(db, role_id=grant.id, reason="Again", today=TODAY)
    assert raised.value.code == "role_already_revoked"


def test_no_role_for_someone_who_has_left(db, page):
    gone = add_person(db, PersonInput(name="Former Colleague", employment_status=EmploymentStatus.left,
                                      last_working_day=date(2026, 1, 31)), today=TODAY)
    with pytest.raises(Conflict) as raised:
        grant_role(db, account_id=page.id, person_id=gone.id, role="admin", today=TODAY)
    assert raised.value.code == "grant_to_leaver"


def test_no_role_on_an_archived_account(db, page, ingrid):
    archive_account(db, page.id)
    with pytest.raises(Conflict) as raised:
        grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin", today=TODAY)
    assert raised.value.code == "grant_on_archived_account"


def test_a_grant_in_the_future_is_refused(db, page, ingrid):
    with pytest.raises(ValidationError) as raised:
        grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin", granted_on=date(2027, 1, 1),
                   today=TODAY)
    assert raised.value.codes == {"granted_on": "in_future"}


@pytest.mark.parametrize("disposition", [Disposition.transfer_to_successor, Disposition.transfer_to_company])
def test_a_personal_account_is_never_transferred(db, ingrid, disposition):
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind=Kind.personal,
                                                holder_id=ingrid.id))
    with pytest.raises(ValidationError) as raised:
        record_terms(db, profile.id, TermsInput(disposition=disposition, agreed_on=TODAY), today=TODAY)
    assert raised.value.codes == {"disposition": "personal_not_transferable"}
    assert current_terms(db, profile.id) is None
    assert audit_rows(db, "handover_terms") == []


def test_a_personal_account_may_be_kept_by_its_holder(db, ingrid):
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind=Kind.personal,
                                                holder_id=ingrid.id))
    terms = record_terms(db, profile.id, TermsInput(disposition=Disposition.holder_keeps, agreed_on=TODAY,
                                                    agreed_by_holder=True), today=TODAY)
    assert terms.version == 1


def test_new_terms_are_a_new_version_and_the_old_stay_readable(db, page, ingrid):
    record_terms(db, page.id, TermsInput(disposition="archive", agreed_on=date(2026, 2, 1)), today=TODAY)
    record_terms(db, page.id, TermsInput(disposition="transfer_to_successor", successor_id=ingrid.id,
                                         followers_terms="Followers stay with the page.", notice_days=30,
                                         agreed_on=date(2026, 9, 1), agreed_by_company="Mette Dahl"), today=TODAY)
    assert [t.version for t in terms_history(db, page.id)] == [2, 1]
    assert current_terms(db, page.id).disposition == Disposition.transfer_to_successor
    first, second = audit_rows(db, "handover_terms")
    assert first.new_values["disposition"] == "archive"
    assert second.old_values["disposition"] == "archive"
    assert second.new_values["disposition"] == "transfer_to_successor"
    assert second.new_values["successor_id"] == ingrid.id


def test_terms_check_their_fields(db, page):
    holder = add_person(db, PersonInput(name="Holder"))
    with pytest.raises(ValidationError) as raised:
        record_terms(db, page.id, TermsInput(disposition="give_away", agreed_on=date(2030, 1, 1), notice_days=400,
                                             successor_id=9999), today=TODAY)
    assert set(raised.value.problems) == {"disposition", "agreed_on", "notice_days", "successor_id"}
    account = register_account(db, AccountInput(url="https://x.com/holder", kind="employee_role",
                                                holder_id=holder.id))
    with pytest.raises(ValidationError) as raised:
        record_terms(db, account.id, TermsInput(disposition="transfer_to_successor", successor_id=holder.id,
                                                agreed_on=TODAY), today=TODAY)
    assert raised.value.codes == {"successor_id": "successor_is_holder"}


def test_a_person_update_is_audited_with_old_and_new(db, ingrid):
    update_person(db, ingrid.id, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no",
                                             employment_status="leaving", last_working_day=date(2026, 12, 31)),
                  today=TODAY)
    [added, updated] = audit_rows(db, "person")
    assert added.action == "add"
    assert updated.old_values == {"employment_status": "employed", "last_working_day": None}
    assert updated.new_values == {"employment_status": "leaving", "last_working_day": "2026-12-31"}


def test_leaving_needs_a_last_working_day(db, ingrid):
    with pytest.raises(ValidationError) as raised:
        update_person(db, ingrid.id, PersonInput(name="Ingrid Berg", employment_status="leaving"))
    assert raised.value.field == "last_working_day"


def test_a_person_cannot_manage_themselves(db, ingrid):
    with pytest.raises(ValidationError) as raised:
        update_person(db, ingrid.id, PersonInput(name="Ingrid Berg", manager_id=ingrid.id))
    assert raised.value.codes == {"manager_id": "own_manager"}
