"""Offboarding cases on a real database: generation from the registry, handover items that
really move roles (audited), closing refused with what remains listed, reopen and cancel,
moving the last day, blockers, and the read models the window and CLI show."""

import csv
from datetime import date, timedelta, timezone

import pytest
from sqlmodel import func, select

from accountregistry.domain.errors import Conflict, NotFound, StoreError, ValidationError
from accountregistry.domain.messages import sentence
from accountregistry.domain.vocabulary import CaseStatus, Disposition, EmploymentStatus, ItemStatus, Kind, Presence, Role
from accountregistry.services import offboarding, personal_values
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.consent import ConsentInput, give_consent
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.offboarding import (
    AccountName,
    ActiveRole,
    Assignee,
    Blocker,
    CaseNotSettled,
    OpenItem,
    SuccessorRequired,
    blockers,
    cancel_case,
    case_for_person,
    case_items,
    cases,
    change_last_working_day,
    close_case,
    complete_item,
    export_case_csv,
    preview_offboarding,
    reopen_case,
    reopen_item,
    set_successor,
    start_offboarding,
    waive_item,
)
from accountregistry.services.offboarding_items import items_for_new_role
from accountregistry.services.people import PersonInput, add_person, get_person, update_person
from accountregistry.services.roles import grant_in, grant_role
from accountregistry.store.models import (
    Account,
    AccountRole,
    AuditEvent,
    ChecklistItem,
    HandoverTerms,
    OffboardingCase,
    Person,
)

from engine_support import roles_of_account, roles_of_person

TODAY = date(2026, 12, 1)  # a Tuesday
LAST_DAY = date(2026, 12, 31)  # a Thursday
GENERAL = {"confirm_mailbox_unused", "sign_handover_confirmation"}


class Org:
    """A small organisation: Ingrid leaves, Ole succeeds her, Kari stays."""

    def __init__(self, db):
        self.ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
        self.ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
        self.kari = add_person(db, PersonInput(name="Kari Holm", work_email="kari@nordlys.no"))
        self.page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys",
                                                      kind=Kind.company, login_email="ingrid@nordlys.no"),
                                     today=TODAY)
        self.role_profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg",
                                                              kind=Kind.employee_role, holder_id=self.ingrid.id),
                                             today=TODAY)
        self.own_profile = register_account(db, AccountInput(url="https://x.com/ingridberg", kind=Kind.personal,
                                                             holder_id=self.ingrid.id), today=TODAY)
        give_consent(db, self.own_profile.id, ConsentInput(given_on=date(2025, 3, 1)), today=TODAY)
        self.page_owner = grant_role(db, account_id=self.page.id, person_id=self.ingrid.id, role=Role.owner,
                                     granted_on=date(2024, 5, 1), today=TODAY)
        self.page_analyst = grant_role(db, account_id=self.page.id, person_id=self.ingrid.id, role=Role.analyst,
                                       granted_on=date(2024, 5, 1), today=TODAY)
        grant_role(db, account_id=self.role_profile.id, person_id=self.ingrid.id, role=Role.owner,
                   granted_on=date(2024, 5, 1), today=TODAY)
        record_terms(db, self.role_profile.id, TermsInput(disposition=Disposition.transfer_to_successor,
                                                          agreed_on=date(2025, 1, 10), successor_id=self.ole.id),
                     today=TODAY)


@pytest.fixture
def org(db):
    return Org(db)


def start(db, org, **changes):
    arguments = dict(person_id=org.ingrid.id, last_working_day=LAST_DAY, successor_id=org.ole.id, today=TODAY)
    arguments.update(changes)
    return start_offboarding(db, **arguments)


def items_by_action(db, case_id):
    return {(v.action, v.account_id): v for v in case_items(db, case_id)}


def item(db, case_id, action, account_id=None):
    return next(v for v in case_items(db, case_id) if v.action == action
                and (account_id is None or v.account_id == account_id))


def row_counts(db):
    with db.reading() as session:
        return {model.__tablename__: session.exec(select(func.count()).select_from(model)).one()
                for model in (Person, Account, AccountRole, HandoverTerms, OffboardingCase, ChecklistItem, AuditEvent)}


def audit_rows(db, **where):
    with db.reading() as session:
        statement = select(AuditEvent).order_by(AuditEvent.id)
        for name, value in where.items():
            statement = statement.where(getattr(AuditEvent, name) == value)
        # As the trail is read: notes and reasons are kept apart from the events (personal_values).
        return personal_values.restore(session, list(session.exec(statement)))


def active_roles(db, account_id):
    return sorted((r.person_id, r.role.value) for r in roles_of_account(db, account_id, active_only=True))


# --- Preview and start ------------------------------------------------------------------------

def test_preview_writes_nothing(db, org):
    before = row_counts(db)
    planned = preview_offboarding(db, person_id=org.ingrid.id, last_working_day=LAST_DAY, successor_id=org.ole.id,
                                  today=TODAY)
    assert row_counts(db) == before
    assert get_person(db, org.ingrid.id).employment_status == EmploymentStatus.employed
    actions = {(p.action, p.account_id) for p in planned}
    assert ("hand_over_company_account", org.page.id) in actions
    assert ("revoke_company_role", org.page.id) in actions
    assert ("change_recovery_email", org.page.id) in actions
    assert ("transfer_to_successor", org.role_profile.id) in actions
    assert ("update_title_and_employer", org.own_profile.id) in actions
    assert ("withdraw_ambassador_consent", org.own_profile.id) in actions
    assert {a for a, account_id in actions if account_id is None} == GENERAL


def test_start_stores_the_previewed_checklist_and_marks_the_person_leaving(db, org):
    planned = preview_offboarding(db, person_id=org.ingrid.id, last_working_day=LAST_DAY, successor_id=org.ole.id,
                                  today=TODAY)
    case = start(db, org)
    views = case_items(db, case.id)
    assert sorted((v.action, v.account_id, v.title, v.due_on) for v in views) == sorted(
        (p.action, p.account_id, p.title, p.due_on) for p in planned)
    assert all(v.status == ItemStatus.open for v in views)
    person = get_person(db, org.ingrid.id)
    assert (person.employment_status, person.last_working_day) == (EmploymentStatus.leaving, LAST_DAY)
    [started] = audit_rows(db, entity="offboarding_case")
    assert (started.action, started.entity_id, started.new_values["items"]) == ("start", case.id, len(views))
    person_events = audit_rows(db, entity="person", action="update")
    assert person_events[-1].new_values == {"employment_status": "leaving", "last_working_day": "2026-12-31"}
    planned_events = audit_rows(db, entity="checklist_item", action="plan")
    assert len(planned_events) == len(views)
    assert {e.account_id for e in planned_events} == {org.page.id, org.role_profile.id, org.own_profile.id, None}


def test_a_second_open_case_is_refused(db, org):
    case = start(db, org)
    with pytest.raises(Conflict) as raised:
        start(db, org, last_working_day=date(2027, 1, 15))
    assert raised.value.code == "open_case_exists"
    assert raised.value.existing_id == case.id
    with pytest.raises(Conflict) as raised:
        preview_offboarding(db, person_id=org.ingrid.id, last_working_day=LAST_DAY, today=TODAY)
    assert raised.value.code == "open_case_exists"


@pytest.mark.parametrize("changes, field, code", [
    (dict(last_working_day=date(2026, 10, 30)), "last_working_day", "last_day_long_ago"),
    (dict(last_working_day=date(2029, 1, 1)), "last_working_day", "last_day_far_ahead"),
    (dict(successor_id="ingrid"), "successor_id", "own_successor"),
    (dict(successor_id=999), "successor_id", "successor_not_found"),
])
def test_start_refuses_bad_input(db, org, changes, field, code):
    if changes.get("successor_id") == "ingrid":
        changes["successor_id"] = org.ingrid.id
    before = row_counts(db)
    with pytest.raises(ValidationError) as raised:
        start(db, org, **changes)
    assert raised.value.codes == {field: code}
    assert row_counts(db) == before


def test_a_person_who_has_left_cannot_be_offboarded(db, org):
    person = get_person(db, org.kari.id)
    update_person(db, person.id, PersonInput(name=person.name, work_email=person.work_email,
                                             employment_status=EmploymentStatus.left,
                                             last_working_day=TODAY - timedelta(days=1)), today=TODAY)
    with pytest.raises(Conflict) as raised:
        start(db, org, person_id=org.kari.id, successor_id=None)
    assert (raised.value.code, raised.value.params) == ("leaver_has_left", {"name": "Kari Holm"})


def test_an_unknown_person_is_not_found(db, org):
    with pytest.raises(NotFound) as raised:
        start(db, org, person_id=999)
    assert (raised.value.code, raised.value.params) == ("person_not_found", {"person_id": 999})


# --- Doing the items changes the registry -----------------------------------------------------

def test_a_handover_item_moves_the_role_to_the_successor_and_both_are_audited(db, org):
    case = start(db, org)
    handover = item(db, case.id, "hand_over_company_account")
    assert handover.is_handover and handover.assignee.english == "Ingrid Berg (leaver)"
    complete_item(db, handover.id, note="Done on LinkedIn", today=date(2026, 12, 20))

    assert active_roles(db, org.page.id) == [(org.ingrid.id, "analyst"), (org.ole.id, "owner")]
    [revoked] = [r for r in roles_of_account(db, org.page.id) if r.id == org.page_owner.id]
    assert (revoked.revoked_on, revoked.revoked_by, revoked.reason) == (
        date(2026, 12, 20), "tester", f"Offboarding {case.id}")
    grant, revoke = audit_rows(db, entity="account_role")[-2:]
    # People are named by id (their names are looked up when the trail is shown).
    assert (grant.action, grant.account_id, grant.new_values["person_id"], grant.new_values["role"]) == (
        "grant", org.page.id, org.ole.id, "owner")
    assert (revoke.action, revoke.account_id, revoke.new_values["reason"], revoke.new_values["person_id"]) == (
        "revoke", org.page.id, f"Offboarding {case.id}", org.ingrid.id)
    done = item(db, case.id, "hand_over_company_account")
    assert (done.status, done.done_by, done.note) == (ItemStatus.done, "tester", "Done on LinkedIn")
    [completed] = audit_rows(db, entity="checklist_item", action="complete")
    assert completed.account_id == org.page.id
    assert completed.new_values["changes"] == ["owner of LinkedIn page “nordlys”: Ingrid Berg → Ole Dahl"]


def test_a_handover_without_a_successor_is_refused_and_changes_nothing(db, org):
    case = start(db, org, successor_id=None)
    handover = item(db, case.id, "hand_over_company_account")
    before = row_counts(db)
    with pytest.raises(Conflict) as raised:
        complete_item(db, handover.id, today=date(2026, 12, 20))
    assert isinstance(raised.value, SuccessorRequired) and raised.value.case_id == handover.case_id
    assert row_counts(db) == before
    assert active_roles(db, org.page.id) == [(org.ingrid.id, "analyst"), (org.ingrid.id, "owner")]
    assert item(db, case.id, "hand_over_company_account").status == ItemStatus.open


def test_a_transfer_makes_the_successor_holder_and_moves_every_role(db, org):
    case = start(db, org)
    complete_item(db, item(db, case.id, "transfer_to_successor").id, today=date(2026, 12, 29))
    assert get_account(db, org.role_profile.id).holder_id == org.ole.id
    assert active_roles(db, org.role_profile.id) == [(org.ole.id, "owner")]
    [holder_change] = audit_rows(db, entity="account", action="update", account_id=org.role_profile.id)
    assert (holder_change.old_values, holder_change.new_values) == (
        {"holder_id": org.ingrid.id}, {"holder_id": org.ole.id, "reason": f"Offboarding {case.id}"})


def test_a_revoking_item_revokes_only_the_roles_it_names(db, org):
    case = start(db, org)
    complete_item(db, item(db, case.id, "revoke_company_role").id, today=date(2026, 12, 31))
    assert active_roles(db, org.page.id) == [(org.ingrid.id, "owner")]


def test_the_successor_keeps_a_role_they_already_had(db, org):
    grant_role(db, account_id=org.page.id, person_id=org.ole.id, role=Role.owner, today=TODAY)
    case = start(db, org)
    complete_item(db, item(db, case.id, "hand_over_company_account").id, today=TODAY)
    assert active_roles(db, org.page.id) == [(org.ingrid.id, "analyst"), (org.ole.id, "owner")]
    assert len([r for r in roles_of_person(db, org.ole.id) if r.account_id == org.page.id]) == 1


def test_waiving_needs_a_reason_and_settled_items_cannot_be_ticked_again(db, org):
    case = start(db, org)
    mailbox = item(db, case.id, "confirm_mailbox_unused")
    with pytest.raises(ValidationError) as raised:
        waive_item(db, mailbox.id, reason="   ")
    assert raised.value.field == "reason"
    waive_item(db, mailbox.id, reason="Mailbox is kept for the successor")
    waived = item(db, case.id, "confirm_mailbox_unused")
    assert (waived.status, waived.waive_reason) == (ItemStatus.waived, "Mailbox is kept for the successor")
    with pytest.raises(Conflict) as raised:
        complete_item(db, mailbox.id, today=TODAY)
    assert raised.value.code == "item_waived"
    reopen_item(db, mailbox.id, reason="Mailbox will be closed after all")
    reopened = item(db, case.id, "confirm_mailbox_unused")
    assert (reopened.status, reopened.waive_reason, reopened.done_by) == (ItemStatus.open, None, None)
    complete_item(db, mailbox.id, today=TODAY)
    with pytest.raises(Conflict) as raised:
        complete_item(db, mailbox.id, today=TODAY)
    assert raised.value.code == "item_done"
    actions = [e.action for e in audit_rows(db, entity="checklist_item", entity_id=mailbox.id)]
    assert actions == ["plan", "waive", "reopen", "complete"]


# --- Closing, reopening, cancelling -----------------------------------------------------------

def settle_everything(db, case_id, today=LAST_DAY):
    for view in case_items(db, case_id):
        if view.status == ItemStatus.open:
            complete_item(db, view.id, today=today)


def test_closing_is_refused_and_lists_exactly_what_remains(db, org):
    case = start(db, org)
    # Waiving the revocation settles the item but not the role: the role still stands in the way.
    waive_item(db, item(db, case.id, "revoke_company_role").id, reason="Done on LinkedIn, not yet recorded")
    settle_everything(db, case.id)
    reopen_item(db, item(db, case.id, "sign_handover_confirmation").id)
    signatures = item(db, case.id, "sign_handover_confirmation")
    with pytest.raises(CaseNotSettled) as raised:
        close_case(db, case.id, today=LAST_DAY)
    refusal = raised.value
    assert (refusal.code, refusal.params, refusal.case_id) == (
        "case_not_settled", {"leaver": "Ingrid Berg", "count": 2}, case.id)
    assert refusal.open_items == (OpenItem(signatures.id, date(2026, 12, 31), Assignee("HR", None), signatures.title),)
    assert refusal.active_roles == (ActiveRole("Ingrid Berg", Role.analyst,
                                               AccountName("LinkedIn", Presence.page, "nordlys")),)
    # One line for the refusal, then one for each thing that remains.
    assert refusal.sentence().splitlines() == [sentence("case_not_settled", refusal.params),
                                               *(f"  - {line.sentence()}" for line in refusal.remaining)]
    assert get_case_status(db, case.id) == CaseStatus.open


def get_case_status(db, case_id):
    return offboarding.get_case(db, case_id).status


def test_a_settled_case_closes_and_the_person_has_left(db, org):
    case = start(db, org)
    settle_everything(db, case.id)
    assert roles_of_person(db, org.ingrid.id, active_only=True) == []
    closed = close_case(db, case.id, today=date(2027, 1, 4))
    assert (closed.status, closed.closed_by) == (CaseStatus.closed, "tester")
    assert closed.closed_at is not None
    assert get_person(db, org.ingrid.id).employment_status == EmploymentStatus.left
    with pytest.raises(Conflict) as raised:
        close_case(db, case.id, today=date(2027, 1, 4))
    assert (raised.value.code, raised.value.params) == ("case_already", {"status": CaseStatus.closed})


def test_closing_before_the_last_day_keeps_the_person_leaving(db, org):
    case = start(db, org)
    settle_everything(db, case.id, today=date(2026, 12, 10))
    close_case(db, case.id, today=date(2026, 12, 10))
    assert get_person(db, org.ingrid.id).employment_status == EmploymentStatus.leaving


def test_a_closed_case_is_reopened_with_a_reason(db, org):
    case = start(db, org)
    settle_everything(db, case.id)
    close_case(db, case.id, today=LAST_DAY)
    with pytest.raises(Conflict) as raised:
        reopen_item(db, item(db, case.id, "confirm_mailbox_unused").id)
    assert raised.value.code == "case_closed"
    with pytest.raises(ValidationError) as raised:
        reopen_case(db, case.id, reason="")
    assert raised.value.field == "reason"
    reopened = reopen_case(db, case.id, reason="A Facebook group was found later")
    assert (reopened.status, reopened.closed_at, reopened.status_reason) == (
        CaseStatus.open, None, "A Facebook group was found later")
    assert [e.action for e in audit_rows(db, entity="offboarding_case")] == ["start", "close", "reopen"]
    with pytest.raises(Conflict) as raised:
        reopen_case(db, case.id, reason="again")
    assert (raised.value.code, raised.value.params) == ("case_already", {"status": CaseStatus.open})


def test_a_cancelled_case_is_kept_and_the_person_is_employed_again(db, org):
    case = start(db, org)
    with pytest.raises(ValidationError):
        cancel_case(db, case.id, reason=None)
    cancel_case(db, case.id, reason="Ingrid withdrew her notice")
    kept = offboarding.get_case(db, case.id)
    assert (kept.status, kept.status_reason) == (CaseStatus.cancelled, "Ingrid withdrew her notice")
    assert len(case_items(db, case.id)) > 0  # nothing deleted
    person = get_person(db, org.ingrid.id)
    assert (person.employment_status, person.last_working_day) == (EmploymentStatus.employed, None)
    with pytest.raises(Conflict) as raised:
        complete_item(db, item(db, case.id, "confirm_mailbox_unused").id, today=TODAY)
    assert raised.value.code == "case_cancelled"
    # A new notice later: a new case, while the cancelled one stays in the history.
    second = start(db, org, last_working_day=date(2027, 3, 31))
    assert case_for_person(db, "ingrid@nordlys.no").id == second.id
    with pytest.raises(Conflict) as raised:
        reopen_case(db, case.id, reason="mistake")
    assert raised.value.code == "other_open_case"


# --- Changing the case ------------------------------------------------------------------------

def test_changing_the_last_day_moves_open_items_only(db, org):
    case = start(db, org)
    done = item(db, case.id, "confirm_mailbox_unused")  # due 2026-12-28 (-3)
    complete_item(db, done.id, today=TODAY)
    change_last_working_day(db, case.id, date(2027, 1, 15), today=TODAY)  # a Friday
    views = {v.id: v for v in case_items(db, case.id)}
    assert views[done.id].due_on == date(2026, 12, 28)
    assert item(db, case.id, "sign_handover_confirmation").due_on == date(2027, 1, 15)
    assert item(db, case.id, "hand_over_company_account").due_on == date(2027, 1, 8)  # -5
    assert item(db, case.id, "update_title_and_employer").due_on == date(2027, 1, 19)  # +2
    assert get_person(db, org.ingrid.id).last_working_day == date(2027, 1, 15)
    [event] = audit_rows(db, entity="offboarding_case", action="update")
    assert event.new_values["open_items_moved"] == len(views) - 1
    with pytest.raises(ValidationError) as raised:
        change_last_working_day(db, case.id, date(2026, 1, 15), today=TODAY)
    assert raised.value.codes == {"last_working_day": "last_day_long_ago"}


def test_choosing_the_successor_later_renames_and_reassigns_open_items(db, org):
    case = start(db, org, successor_id=None)
    handover = item(db, case.id, "hand_over_company_account")
    assert "to the successor" in handover.title
    set_successor(db, case.id, org.kari.id)
    after = item(db, case.id, "hand_over_company_account")
    assert "to Kari Holm" in after.title
    # Each item rewritten is in the trail, in its account's history.
    [event] = [e for e in audit_rows(db, entity="checklist_item", action="update") if e.entity_id == handover.id]
    assert (event.account_id, event.old_values, event.new_values) == (
        handover.account_id, {"title": handover.title}, {"title": after.title})
    with pytest.raises(ValidationError) as raised:
        set_successor(db, case.id, org.ingrid.id)
    assert raised.value.codes == {"successor_id": "own_successor"}


def test_a_role_granted_during_the_case_adds_its_items_once(db, org):
    case = start(db, org)
    group = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlysfans", kind=Kind.company,
                                              official=False), today=TODAY)
    # What roles.grant_in does at its end once the hook is in place (then this call finds them there).
    with db.transaction() as session:
        grant = grant_in(session, db.actor, account_id=group.id, person_id=org.ingrid.id, role=Role.admin,
                         granted_on=TODAY, today=TODAY)
        items_for_new_role(session, db.actor, grant)
        assert items_for_new_role(session, db.actor, grant) == []  # already there: never twice
    views = [v for v in case_items(db, case.id) if v.account_id == group.id]
    assert sorted(v.action for v in views) == ["check_two_factor", "decide_unofficial", "hand_over_unofficial"]
    assert all(v.status == ItemStatus.open and v.due_on == date(2026, 12, 24) for v in views
               if v.action != "decide_unofficial")
    assert all(v.account_name == "Facebook group “groups/nordlysfans”" for v in views)
    # Nobody without an open case gets items.
    with db.transaction() as session:
        grant = grant_in(session, db.actor, account_id=group.id, person_id=org.kari.id, role=Role.admin,
                         granted_on=TODAY, today=TODAY)
        assert items_for_new_role(session, db.actor, grant) == []


# --- Blockers and the read models -------------------------------------------------------------

def test_blockers(db, org):
    case = start(db, org, successor_id=None)
    found = blockers(db, case.id, today=date(2026, 12, 29))
    kinds = [b.kind for b in found]
    only_admin = [b for b in found if b.kind == Blocker.ONLY_ADMIN]
    assert {b.account_id for b in only_admin} == {org.page.id, org.role_profile.id}
    assert (only_admin[0].code, only_admin[0].params["leaver"]) == ("blocker_only_admin", "Ingrid Berg")
    overdue = [b for b in found if b.kind == Blocker.OVERDUE]
    assert overdue and all(case_items_by_id(db, case.id)[b.item_id].due_on < date(2026, 12, 29) for b in overdue)
    assert kinds[-1] == Blocker.LAST_DAY_NEAR
    assert (found[-1].code, found[-1].params["days"]) == ("blocker_last_day_near", 2)
    # Far from the last day, with a successor: nothing stands in the way yet.
    set_successor(db, case.id, org.ole.id)
    assert blockers(db, case.id, today=TODAY) == []


def case_items_by_id(db, case_id):
    return {v.id: v for v in case_items(db, case_id)}


def test_no_only_admin_blocker_when_someone_else_is_admin(db, org):
    grant_role(db, account_id=org.page.id, person_id=org.kari.id, role=Role.admin, today=TODAY)
    case = start(db, org, successor_id=None)
    assert {b.account_id for b in blockers(db, case.id, today=TODAY)} == {org.role_profile.id}


def test_cases_are_grouped_with_progress(db, org):
    upcoming = start(db, org)
    late = start_offboarding(db, person_id=org.kari.id, last_working_day=date(2026, 12, 3), today=TODAY)
    summaries = cases(db, today=date(2026, 12, 4))
    assert [(s.case_id, s.group) for s in summaries] == [(upcoming.id, "upcoming"), (late.id, "overdue")]
    kari = summaries[1]
    assert (kari.settled, kari.total, kari.progress) == (0, 2, 0.0)
    complete_item(db, item(db, late.id, "confirm_mailbox_unused").id, today=TODAY)
    waive_item(db, item(db, late.id, "sign_handover_confirmation").id, reason="Nothing to sign")
    close_case(db, late.id, today=date(2026, 12, 4))
    cancel_case(db, upcoming.id, reason="Stays")
    summaries = cases(db, today=date(2026, 12, 4))
    assert [(s.person_name, s.group, s.settled, s.total) for s in summaries] == [
        ("Kari Holm", "closed", 2, 2), ("Ingrid Berg", "cancelled", 0, len(case_items(db, upcoming.id)))]
    assert summaries[0].progress == 1.0


def test_case_items_are_grouped_by_account_with_assignee_names(db, org):
    case = start(db, org)
    views = case_items(db, case.id)
    groups = []
    for v in views:
        if not groups or groups[-1] != v.account_name:
            groups.append(v.account_name)
    assert groups == ["LinkedIn page “nordlys”", "LinkedIn profile “in/ingrid-berg”", "X profile “ingridberg”",
                      "General"]
    assignees = {v.action: v.assignee.english for v in views}
    assert assignees["hand_over_company_account"] == "Ingrid Berg (leaver)"
    assert assignees["transfer_to_successor"] == "Communications"
    assert assignees["sign_handover_confirmation"] == "HR"


def test_case_for_person_by_email_or_id(db, org):
    case = start(db, org)
    assert case_for_person(db, "INGRID@nordlys.no").id == case.id
    assert case_for_person(db, org.ingrid.id).id == case.id
    with pytest.raises(NotFound) as raised:
        case_for_person(db, "ole@nordlys.no")
    assert (raised.value.code, raised.value.params) == ("no_case", {"name": "Ole Dahl"})
    with pytest.raises(NotFound) as raised:
        case_for_person(db, "nobody@nordlys.no")
    assert raised.value.code == "person_email_not_found"


def test_export_csv(db, org, tmp_path):
    case = start(db, org)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = export_case_csv(db, case.id, folder / "ingrid.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == list(offboarding.CSV_HEADER)
    assert len(rows) == 1 + len(case_items(db, case.id))
    first = dict(zip(rows[0], rows[1]))
    assert (first["account"], first["status"]) == ("LinkedIn page “nordlys”", "open")
    assert [p.name for p in folder.iterdir()] == ["ingrid.csv"]  # no partial file left behind
    # A settled item's moment is said in UTC, with its offset, as the stored model gives it.
    done = complete_item(db, next(v.id for v in case_items(db, case.id) if v.account_id is None), note="ok")
    rows = list(csv.reader(export_case_csv(db, case.id, folder / "ingrid.csv").read_bytes().decode("utf-8-sig")
                           .splitlines(), delimiter=";"))
    done_at = [dict(zip(rows[0], row))["done_at"] for row in rows[1:] if dict(zip(rows[0], row))["item_id"] == str(done.id)]
    assert done_at == [done.done_at.astimezone(timezone.utc).isoformat()] and done_at[0].endswith("+00:00")
    assert [v.done_at for v in case_items(db, case.id) if v.id == done.id] == [done.done_at]
    with pytest.raises(StoreError) as raised:
        export_case_csv(db, case.id, tmp_path / "missing" / "ingrid.csv")
    assert raised.value.code == "folder_missing"
