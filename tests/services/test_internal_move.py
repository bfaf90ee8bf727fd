"""An internal move (someone changes department or role but stays) settles their accounts by
the day of the move without recording them as leaving."""

from __future__ import annotations

from datetime import date

from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.leavers import people_leaving
from accountregistry.services.offboarding import (cancel_case, case_items, cases, close_case, complete_item,
                                                  preview_offboarding, start_offboarding)
from accountregistry.services.people import PersonInput, add_person, get_person, record_departures
from accountregistry.services.roles import grant_role

from engine_support import roles_of_person

TODAY = date(2027, 3, 1)
MOVE_DAY = date(2027, 3, 15)


def mover(db):
    person = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk", department="Sales"))
    successor = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company),
                            today=TODAY)
    grant_role(db, account_id=page.id, person_id=person.id, role=Role.owner, granted_on=date(2024, 5, 1), today=TODAY)
    return person, successor


def test_an_internal_move_settles_accounts_and_the_person_stays(db):
    person, successor = mover(db)
    departure = preview_offboarding(db, person_id=person.id, last_working_day=MOVE_DAY, today=TODAY)
    planned = preview_offboarding(db, person_id=person.id, last_working_day=MOVE_DAY, today=TODAY, internal_move=True)
    assert {p.account_id for p in planned} == {p.account_id for p in departure} - {None}  # no general items
    case = start_offboarding(db, person_id=person.id, last_working_day=MOVE_DAY, successor_id=successor.id,
                             today=TODAY, internal_move=True)
    assert get_person(db, person.id).employment_status == EmploymentStatus.employed
    assert [s.internal_move for s in cases(db, today=TODAY)] == [True]
    assert people_leaving(db, within_days=90, today=TODAY) == []

    for item in case_items(db, case.id):
        complete_item(db, item.id, today=TODAY)
    assert roles_of_person(db, person.id, active_only=True) == []  # handed over to Ole
    close_case(db, case.id, today=date(2027, 3, 20))  # after the day of the move
    assert get_person(db, person.id).employment_status == EmploymentStatus.employed
    record_departures(db, today=date(2027, 4, 1))
    assert get_person(db, person.id).employment_status == EmploymentStatus.employed


def test_cancelling_an_internal_move_leaves_the_person_as_they_were(db):
    person, _ = mover(db)
    case = start_offboarding(db, person_id=person.id, last_working_day=MOVE_DAY, today=TODAY, internal_move=True)
    cancel_case(db, case.id, reason="The move was called off")
    assert get_person(db, person.id).employment_status == EmploymentStatus.employed
