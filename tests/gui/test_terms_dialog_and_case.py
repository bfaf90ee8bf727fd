"""Saving handover terms in the window brings the open offboarding of the account's holder up to
date: the items the terms ask for are added, the item asking for terms is done."""

from datetime import date, timedelta

from accountregistry.domain.vocabulary import Disposition, ItemStatus, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.offboarding import case_items, start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

from account_window import save_terms

LAST_DAY = date.today() + timedelta(days=40)


def test_saved_terms_add_their_items_to_the_open_case(qtbot, db):
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    team = register_account(db, AccountInput(url="https://www.instagram.com/ingrid.nordlys", kind=Kind.employee_role,
                                             holder_id=ingrid.id))
    grant_role(db, account_id=team.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2024, 5, 1))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=LAST_DAY, successor_id=ole.id)
    assert [v.action for v in case_items(db, case.id) if v.account_id == team.id] == ["agree_terms"]

    save_terms(qtbot, db, team.id, Disposition.transfer_to_successor, "14")

    items = {v.action: v for v in case_items(db, case.id) if v.account_id == team.id}
    assert {action: v.status for action, v in items.items()} == {
        "agree_terms": ItemStatus.done, "transfer_to_successor": ItemStatus.open, "update_bio": ItemStatus.open}
    # The notice of 14 days: the handover falls due on the business day on or before that.
    assert LAST_DAY - timedelta(days=20) <= items["transfer_to_successor"].due_on <= LAST_DAY - timedelta(days=14)
