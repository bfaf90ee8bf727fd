"""Who is leaving with accounts unsettled (the dashboard's list), who "me" is, and the record a
handover confirmation is printed from; on a real database, built through the services."""

from datetime import date, timedelta

import pytest

from accountregistry.domain.errors import NotFound, ValidationError
from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, ItemStatus, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.leavers import assigned_to_actor, handover_record, people_leaving, person_for_actor
from accountregistry.services.offboarding import case_items, complete_item, start_offboarding, waive_item
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role, revoke_role

TODAY = date(2026, 12, 1)


def person(db, name, email, *, days=None, status=None, department=None):
    leaving = days is not None
    return add_person(db, PersonInput(
        name=name, work_email=email, department=department,
        employment_status=status or (EmploymentStatus.leaving if leaving else EmploymentStatus.employed),
        last_working_day=TODAY + timedelta(days=days) if leaving else None),
        # Recorded as leaving while still there: their last day may have passed since.
        today=TODAY + timedelta(days=min(days or 0, 0)) if status is None else TODAY)


def company_page(db, handle):
    return register_account(db, AccountInput(url=f"https://www.linkedin.com/company/{handle}", kind=Kind.company,
                                             display_name=handle.title()), today=TODAY)


def grant(db, account, who, role=Role.admin):
    return grant_role(db, account_id=account.id, person_id=who.id, role=role, granted_on=date(2025, 1, 1),
                      today=TODAY)


def test_people_leaving_within_the_window_who_still_have_something_to_settle(db):
    soon = person(db, "Ingrid Berg", "ingrid@nordlys.no", days=20)  # holds a role, no case yet
    later = person(db, "Ole Dahl", "ole@nordlys.no", days=45)  # a case with open items
    settled = person(db, "Kari Holm", "kari@nordlys.no", days=10)  # nothing to settle
    late = person(db, "Bo Ek", "bo@nordlys.se", days=-3)  # last day passed, still an admin
    staying = person(db, "Åse Lund", "ase@nordlys.no")
    page, group = company_page(db, "nordlys"), company_page(db, "nordlys-travel")
    grant(db, page, soon)
    grant(db, group, soon, Role.editor)
    grant(db, page, later)
    grant(db, group, late)
    grant(db, page, staying)
    case = start_offboarding(db, person_id=later.id, last_working_day=TODAY + timedelta(days=45),
                             successor_id=staying.id, today=TODAY)
    open_items = sum(1 for i in case_items(db, case.id) if i.status == ItemStatus.open)

    within_30 = people_leaving(db, within_days=30, today=TODAY)
    assert [(x.name, x.days_left, x.case_id, x.active_roles, x.unsettled_accounts) for x in within_30] == [
        ("Bo Ek", -3, None, 1, 1), ("Ingrid Berg", 20, None, 2, 2)]
    assert settled.id not in {x.person_id for x in within_30}

    within_60 = people_leaving(db, within_days=60, today=TODAY)
    assert [x.name for x in within_60] == ["Bo Ek", "Ingrid Berg", "Ole Dahl"]
    ole = within_60[-1]
    assert (ole.case_id, ole.has_case, ole.open_items, ole.active_roles) == (case.id, True, open_items, 1)
    assert ole.unsettled_accounts == 1  # the page: its items and the role count once
    assert ole.last_working_day == TODAY + timedelta(days=45)


def test_a_leaver_drops_off_the_list_once_everything_is_settled(db):
    leaver = person(db, "Ingrid Berg", "ingrid@nordlys.no", days=20)
    successor = person(db, "Ole Dahl", "ole@nordlys.no")
    page = company_page(db, "nordlys")
    grant(db, page, leaver)
    case = start_offboarding(db, person_id=leaver.id, last_working_day=TODAY + timedelta(days=20),
                             successor_id=successor.id, today=TODAY)
    assert [x.person_id for x in people_leaving(db, within_days=30, today=TODAY)] == [leaver.id]
    for item in case_items(db, case.id):
        if item.is_handover:
            complete_item(db, item.id, today=TODAY)
        else:
            waive_item(db, item.id, reason="Not needed here")
    assert people_leaving(db, within_days=30, today=TODAY) == []


def test_a_role_alone_keeps_a_leaver_on_the_list(db):
    leaver = person(db, "Ingrid Berg", "ingrid@nordlys.no", days=5)
    page = company_page(db, "nordlys")
    role = grant(db, page, leaver, Role.analyst)
    assert len(people_leaving(db, within_days=30, today=TODAY)) == 1
    revoke_role(db, role_id=role.id, reason="Left the team", revoked_on=TODAY, today=TODAY)
    assert people_leaving(db, within_days=30, today=TODAY) == []


@pytest.mark.parametrize("days", [0, -5, 100_000, True, "30"])
def test_a_window_that_is_not_a_number_of_days_is_refused(db, days):
    with pytest.raises(ValidationError) as refused:
        people_leaving(db, within_days=days, today=TODAY)
    assert refused.value.codes == {"within_days": "out_of_range"}


def test_the_actor_is_found_by_email_name_or_login_and_never_guessed(db):
    sofie = person(db, "Sofie Dahl Jørgensen", "sofie.jorgensen@nordlys.dk", department="Communications")
    person(db, "Anne Lund", "anne@nordlys.dk")
    person(db, "Anne Lund", "anne.lund@nordlys.se")
    person(db, "Tuva Brække", "tuva@nordlys.no", days=-10, status=EmploymentStatus.left)
    assert person_for_actor(db, "Sofie.Jorgensen@Nordlys.dk").id == sofie.id
    assert person_for_actor(db, "  sofie dahl   jørgensen ").id == sofie.id
    found = person_for_actor(db, "sofie.jorgensen")
    assert (found.id, found.department) == (sofie.id, "Communications")
    assert person_for_actor(db, "anne") is not None  # the login part of one email only
    assert person_for_actor(db, "Anne Lund") is None  # two people: no guess
    assert person_for_actor(db, "tuva") is None  # has left
    assert person_for_actor(db, "") is None
    assert person_for_actor(db, "nobody") is None


def test_the_handover_record_lists_every_account_with_its_outcome(db):
    leaver = person(db, "Ingrid <Berg> & Co", "ingrid@nordlys.no", days=20, department="Sales")
    successor = person(db, "Ole Dahl", "ole@nordlys.no")
    page = company_page(db, "nordlys")
    own = register_account(db, AccountInput(url="https://x.com/ingridberg", kind=Kind.personal, holder_id=leaver.id),
                           today=TODAY)
    role_profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg",
                                                      kind=Kind.employee_role, holder_id=leaver.id), today=TODAY)
    record_terms(db, role_profile.id, TermsInput(disposition=Disposition.archive, agreed_on=date(2025, 1, 10)),
                 today=TODAY)
    grant(db, page, leaver, Role.owner)
    grant(db, role_profile, leaver, Role.owner)
    case = start_offboarding(db, person_id=leaver.id, last_working_day=TODAY + timedelta(days=20),
                             successor_id=successor.id, today=TODAY)
    items = case_items(db, case.id)
    handover = next(i for i in items if i.is_handover and i.account_id == page.id)
    complete_item(db, handover.id, note="Done in the LinkedIn admin centre", today=TODAY)
    general = next(i for i in items if i.account_id is None)
    waive_item(db, general.id, reason="She never had a company mailbox")

    record = handover_record(db, case.id)
    assert (record.leaver_name, record.successor_name, record.last_working_day) == (
        "Ingrid <Berg> & Co", "Ole Dahl", TODAY + timedelta(days=20))
    assert {o.account_id for o in record.accounts} == {page.id, own.id, role_profile.id}
    by_id = {o.account_id: o for o in record.accounts}
    moved = by_id[page.id]
    assert moved.administrators == (("Ole Dahl", Role.owner, False),) and moved.leaver_roles == ()
    done = [i for i in moved.items if i.status == ItemStatus.done]
    assert [i.note for i in done] == ["Done in the LinkedIn admin centre"] and done[0].done_by == "tester"
    archived = by_id[role_profile.id]
    assert archived.disposition == Disposition.archive and archived.terms_agreed_on == date(2025, 1, 10)
    assert archived.leaver_roles == (Role.owner,) and not archived.settled
    assert archived.holder_name == "Ingrid <Berg> & Co"
    assert by_id[own.id].kind == Kind.personal and by_id[own.id].disposition is None
    waived = [i for i in record.general.items if i.status == ItemStatus.waived]
    assert [i.waive_reason for i in waived] == ["She never had a company mailbox"]


def test_the_handover_record_of_a_missing_case_is_refused(db):
    with pytest.raises(NotFound):
        handover_record(db, 4711)


def test_the_handover_record_tells_the_leaver_from_a_namesake(db):
    leaver = person(db, "Anne Lund", "anne@nordlys.no", days=20)
    namesake = person(db, "Anne Lund", "anne.lund@nordlys.no")
    page = company_page(db, "nordlys")
    grant(db, page, leaver, Role.owner)
    grant(db, page, namesake, Role.admin)
    case = start_offboarding(db, person_id=leaver.id, last_working_day=TODAY + timedelta(days=20), today=TODAY)

    (outcome,) = handover_record(db, case.id).accounts
    assert sorted(outcome.administrators) == [("Anne Lund", Role.admin, False), ("Anne Lund", Role.owner, True)]
    assert outcome.leaver_roles == (Role.owner,)


def test_assigned_to_the_actor_by_person_by_department_or_by_function_name(db):
    hr_person = person(db, "Sofie Dahl", "sofie@nordlys.no", department="HR")
    leaver = person(db, "Ingrid Berg", "ingrid@nordlys.no", days=20)
    grant(db, company_page(db, "nordlys"), leaver, Role.owner)
    case = start_offboarding(db, person_id=leaver.id, last_working_day=TODAY + timedelta(days=20), today=TODAY)
    items = case_items(db, case.id)

    me = person_for_actor(db, "sofie")
    hr_items = [i for i in items if i.assignee.function == "HR"]
    leaver_items = [i for i in items if i.assignee.person_id == leaver.id]
    assert hr_items and leaver_items
    assert all(assigned_to_actor(i, "sofie", me) for i in hr_items)
    assert not any(assigned_to_actor(i, "sofie", me) for i in leaver_items)
    assert all(assigned_to_actor(i, "ingrid", person_for_actor(db, "ingrid")) for i in leaver_items)
    # A shared login named as the function, with nobody in the registry behind it.
    assert all(assigned_to_actor(i, "hr", None) for i in hr_items)
    assert not any(assigned_to_actor(i, "it-support", None) for i in hr_items)
    assert hr_person.department == "HR"
