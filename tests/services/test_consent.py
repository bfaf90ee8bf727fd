"""Ambassador consent: given for a holder's own profile with what the company may ask, withdrawn at
any time and never refused, kept as a register, and ended by the offboarding item on the last
working day when it is ticked."""

from datetime import date

import pytest
from sqlmodel import select

from accountregistry.domain.errors import Conflict, NotFound, ValidationError
from accountregistry.domain.vocabulary import Kind
from accountregistry.services import offboarding
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.consent import (
    CONSENT_HEADER,
    ConsentInput,
    consent_lines,
    export_consent,
    give_consent,
    withdraw_consent,
)
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.models import AuditEvent, ConsentRecord

TODAY = date(2026, 11, 20)


@pytest.fixture
def sofie(db):
    return add_person(db, PersonInput(name="Sofie Dahl", work_email="sofie@nordlys.dk"))


def records(db, account_id):
    with db.reading() as session:
        return list(session.exec(select(ConsentRecord).where(ConsentRecord.account_id == account_id)
                                 .order_by(ConsentRecord.id)))


def test_a_personal_account_is_recorded_without_any_consent(db, mette):
    account = register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-h", kind=Kind.personal,
                                                holder_id=mette.id))
    assert records(db, account.id) == []
    assert get_account(db, account.id).ambassador is False


def test_consent_records_the_day_the_scope_and_who_asked_and_lists_the_profile(db, personal, mette, sofie):
    record = give_consent(db, personal.id, ConsentInput(given_on=date(2026, 3, 1),
                                                       scope=["share_company_posts", "social_selling"],
                                                       asked_by_id=sofie.id), today=TODAY)
    assert (record.person_id, record.given_on, record.asked_by_id, record.withdrawn_on) == (
        mette.id, date(2026, 3, 1), sofie.id, None)
    assert (record.share_company_posts, record.name_employer, record.social_selling) == (True, False, True)
    assert get_account(db, personal.id).ambassador is True
    [line] = consent_lines(db)
    assert (line.holder_name, line.asked_by_name, line.scope) == ("Mette Holm", "Sofie Dahl",
                                                                 ("share_company_posts", "social_selling"))
    assert line.in_force(TODAY)
    with db.reading() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.account_id == personal.id)
                              .order_by(AuditEvent.id)).all()
    assert [(e.entity, e.action) for e in events][-2:] == [("consent_record", "give"), ("account", "update")]


@pytest.mark.parametrize("kind, holder, code", [(Kind.company, True, "consent_only_personal"),
                                                (Kind.employee_role, True, "consent_only_personal"),
                                                (None, True, "consent_kind_unknown"),
                                                (Kind.personal, False, "consent_needs_holder")])
def test_consent_is_given_for_a_holders_own_profile_only(db, mette, kind, holder, code):
    account = register_account(db, AccountInput(url="https://x.com/nordlys", kind=kind,
                                                holder_id=mette.id if holder else None))
    with pytest.raises(ValidationError) as refused:
        give_consent(db, account.id, ConsentInput(), today=TODAY)
    assert refused.value.codes == {"account": code}
    assert records(db, account.id) == []


def test_what_is_wrong_with_the_input_is_said_field_by_field_and_nothing_is_stored(db, personal):
    with pytest.raises(ValidationError) as refused:
        give_consent(db, personal.id, ConsentInput(given_on=date(2027, 1, 1), scope=["share_company_posts,selling"],
                                                  asked_by_id=999), today=TODAY)
    assert refused.value.codes == {"given_on": "in_future", "scope": "consent_scope_unknown",
                                   "asked_by_id": "person_not_found"}
    assert records(db, personal.id) == [] and get_account(db, personal.id).ambassador is False


def test_one_consent_in_force_per_profile_a_new_one_after_a_withdrawal(db, personal):
    first = give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    with pytest.raises(Conflict) as refused:
        give_consent(db, personal.id, ConsentInput(), today=TODAY)
    assert refused.value.code == "consent_already_given" and refused.value.existing_id == first.id
    withdraw_consent(db, personal.id, on=date(2026, 6, 1), today=TODAY)
    second = give_consent(db, personal.id, ConsentInput(given_on=date(2026, 9, 1)), today=TODAY)
    assert [r.id for r in records(db, personal.id)] == [first.id, second.id]
    assert [line.latest for line in consent_lines(db, account_id=personal.id)] == [True, False]


def test_a_withdrawal_ends_the_consent_and_keeps_the_note(db, personal):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    record = withdraw_consent(db, personal.id, on=date(2026, 5, 1), note="  Would rather not.  ", today=TODAY)
    assert (record.withdrawn_on, record.withdrawal_note) == (date(2026, 5, 1), "Would rather not.")
    [line] = consent_lines(db)
    assert not line.in_force(TODAY)
    # Still listed until someone takes it off the list (the risk says so); or both at once:
    assert get_account(db, personal.id).ambassador is True
    withdraw_consent(db, personal.id, on=date(2026, 4, 1), unlist=True, today=TODAY)
    assert get_account(db, personal.id).ambassador is False


@pytest.mark.parametrize("situation", ["no consent", "already withdrawn", "no holder", "kind unknown",
                                       "hostile note", "before the consent"])
def test_a_withdrawal_is_never_refused(db, mette, situation):
    kind = None if situation == "kind unknown" else Kind.personal
    holder = None if situation == "no holder" else mette.id
    account = register_account(db, AccountInput(url="https://x.com/mette", kind=kind, holder_id=holder))
    note = "x\x00\x1b" * 1000 if situation == "hostile note" else None
    if situation in ("already withdrawn", "before the consent", "hostile note"):
        give_consent(db, account.id, ConsentInput(given_on=date(2026, 3, 1)), today=TODAY)
    if situation == "already withdrawn":
        withdraw_consent(db, account.id, on=date(2026, 4, 1), today=TODAY)
    on = date(2026, 1, 1) if situation == "before the consent" else date(2026, 5, 1)
    record = withdraw_consent(db, account.id, on=on, note=note, today=TODAY)
    assert record.withdrawn_on is not None
    latest = records(db, account.id)[-1]
    assert latest.withdrawn_on == record.withdrawn_on
    if situation == "no consent":
        assert (latest.given_on, latest.withdrawn_on) == (None, date(2026, 5, 1))  # the holder's "no"
    if situation == "before the consent":
        assert latest.withdrawn_on == date(2026, 3, 1)  # it never was in force
    if situation == "already withdrawn":
        assert latest.withdrawn_on == date(2026, 4, 1) and len(records(db, account.id)) == 1
    if situation == "hostile note":
        assert latest.withdrawal_note == "x" * 1000  # what nobody can see is left out, nothing cut


@pytest.mark.parametrize("kind", [Kind.company, Kind.employee_role])
def test_withdrawing_on_the_companys_account_is_refused_and_records_nothing(db, mette, kind):
    account = register_account(db, AccountInput(url="https://x.com/nordlys", kind=kind, holder_id=mette.id))
    with pytest.raises(ValidationError) as refused:
        withdraw_consent(db, account.id, on=date(2026, 5, 1), unlist=True, today=TODAY)
    assert refused.value.problems["account"].code == "consent_only_personal"
    assert records(db, account.id) == [] and get_account(db, account.id).version == 1


def test_a_note_over_its_limit_is_refused_and_nothing_is_stored(db, personal):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    with pytest.raises(ValidationError) as refused:
        withdraw_consent(db, personal.id, on=date(2026, 5, 1), note="x" * 1001, unlist=True, today=TODAY)
    problem = refused.value.problems["withdrawal_note"]
    assert (problem.code, problem.params["limit"], problem.params["length"]) == ("too_long", 1000, 1001)
    [record] = records(db, personal.id)
    assert (record.withdrawn_on, record.withdrawal_note) == (None, None)
    assert get_account(db, personal.id).ambassador is True


def test_a_withdrawal_already_come_is_kept_as_first_recorded(db, personal):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    withdraw_consent(db, personal.id, on=date(2026, 5, 1), note="First", today=TODAY)
    events = audit_count(db)
    record = withdraw_consent(db, personal.id, on=date(2026, 3, 1), note="Second", today=TODAY)
    assert (record.withdrawn_on, record.withdrawal_note) == (date(2026, 5, 1), "First")
    assert [(r.withdrawn_on, r.withdrawal_note) for r in records(db, personal.id)] == [(date(2026, 5, 1), "First")]
    assert audit_count(db) == events  # nothing changed, nothing recorded


def audit_count(db) -> int:
    with db.reading() as session:
        return len(session.exec(select(AuditEvent.id)).all())


def test_an_end_ahead_is_brought_forward_by_a_withdrawal_now(db, personal):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    withdraw_consent(db, personal.id, on=date(2026, 12, 31), today=TODAY)
    [line] = consent_lines(db)
    assert line.in_force(TODAY)  # it ends on the 31st
    withdraw_consent(db, personal.id, on=TODAY, today=TODAY)
    assert records(db, personal.id)[-1].withdrawn_on == TODAY


def test_withdrawing_an_unknown_account_says_it_is_not_there(db):
    with pytest.raises(NotFound) as refused:
        withdraw_consent(db, 404)
    assert refused.value.code == "account_not_found"


def test_the_register_exports_to_csv_with_formulas_neutralised(db, personal, tmp_path):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1), scope=["name_employer"]), today=TODAY)
    withdraw_consent(db, personal.id, on=date(2026, 2, 1), note="=HYPERLINK(\"x\")", today=TODAY)
    target, count = export_consent(db, tmp_path / "consent.csv", delimiter=";")
    text = target.read_text(encoding="utf-8-sig")
    header, row = text.splitlines()
    assert count == 1 and header.split(";") == list(CONSENT_HEADER)
    assert row.split(";")[:8] == ["Mette Holm", "mette@nordlys.dk", "linkedin", "profile", "in/mette-holm",
                                  "https://www.linkedin.com/in/mette-holm", "2026-01-01", "name_employer"]
    assert "'=HYPERLINK" in row


def test_export_to_a_folder_or_the_database_is_refused(db, tmp_path):
    cases = [(tmp_path, "export_is_folder"), (tmp_path / "missing" / "x.csv", "export_no_folder")]
    if db.path is not None:  # a server's database is no file
        cases.append((db.path, "path_is_database"))
    for target, code in cases:
        with pytest.raises(Exception) as refused:
            export_consent(db, target)
        assert refused.value.code == code


def test_ticking_the_offboarding_item_ends_consent_on_the_last_working_day(db, personal, mette):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    last_day = date(2026, 12, 18)
    case = offboarding.start_offboarding(db, person_id=mette.id, last_working_day=last_day, today=TODAY)
    [item] = [i for i in offboarding.case_items(db, case.id) if i.action == "withdraw_ambassador_consent"]
    assert records(db, personal.id)[-1].withdrawn_on is None  # planning records nothing
    offboarding.complete_item(db, item.id, today=TODAY)
    record = records(db, personal.id)[-1]
    assert record.withdrawn_on == last_day and str(case.id) in record.withdrawal_note  # the case, not the leaver
    assert get_account(db, personal.id).ambassador is False


def test_without_consent_in_force_there_is_no_item_to_end_it(db, personal, mette):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 1, 1)), today=TODAY)
    withdraw_consent(db, personal.id, on=date(2026, 2, 1), today=TODAY)
    case = offboarding.start_offboarding(db, person_id=mette.id, last_working_day=date(2026, 12, 18), today=TODAY)
    assert "withdraw_ambassador_consent" not in {i.action for i in offboarding.case_items(db, case.id)}


# --- The risks consent raises (domain/risks.py), as the database works them out -----------------

def consent_risks(db, account_id, today=TODAY):
    from accountregistry.services.risks import account_risks

    return {r.id for r in account_risks(db, [account_id], today=today)[account_id]} & {
        "ambassador_without_consent", "consent_withdrawn_still_listed"}


def test_a_profile_listed_without_consent_is_a_risk_until_consent_is_recorded(db, mette):
    listed = register_account(db, AccountInput(url="https://x.com/mette", kind=Kind.personal, holder_id=mette.id,
                                               ambassador=True))
    assert consent_risks(db, listed.id) == {"ambassador_without_consent"}
    give_consent(db, listed.id, ConsentInput(given_on=date(2026, 3, 1)), today=TODAY)
    assert consent_risks(db, listed.id) == set()


def test_a_withdrawal_with_the_profile_still_listed_is_a_risk_until_it_is_taken_off(db, personal):
    give_consent(db, personal.id, ConsentInput(given_on=date(2026, 3, 1)), today=TODAY)
    withdraw_consent(db, personal.id, on=date(2026, 12, 31), today=TODAY)
    assert consent_risks(db, personal.id) == set()  # it ends ahead: in force today
    assert consent_risks(db, personal.id, today=date(2026, 12, 31)) == {"consent_withdrawn_still_listed"}
    withdraw_consent(db, personal.id, on=TODAY, unlist=True, today=TODAY)
    assert consent_risks(db, personal.id) == set() and get_account(db, personal.id).ambassador is False


def test_a_personal_profile_nobody_listed_needs_no_consent(db, personal):
    assert consent_risks(db, personal.id) == set()
    withdraw_consent(db, personal.id, today=TODAY)  # the holder said no: nothing to fix
    assert consent_risks(db, personal.id) == set()
