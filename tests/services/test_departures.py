"""Leavers whose last working day has passed are recorded as having left, unless their
offboarding is still open; an offboarding closed before the last day leaves them leaving until
that day."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.services.offboarding import case_items, close_case, complete_item, start_offboarding
from accountregistry.services.people import PersonInput, add_person, get_person, record_departures, update_person
from accountregistry.store.models import AuditEvent

TODAY = date(2027, 3, 10)


def leaving(db, name, days):
    """Recorded as leaving while still there (on the last day at the latest)."""
    return add_person(db, PersonInput(name=name, work_email=f"{name.lower()}@nordlys.dk",
                                      employment_status=EmploymentStatus.leaving,
                                      last_working_day=TODAY + timedelta(days=days)),
                      today=TODAY + timedelta(days=min(days, 0)))


def test_past_last_days_are_departures_future_ones_are_not(db):
    gone, today, later = leaving(db, "Gone", -1), leaving(db, "Today", 0), leaving(db, "Later", 5)
    employed = add_person(db, PersonInput(name="Stays", work_email="stays@nordlys.dk"))
    assert record_departures(db, today=TODAY) == 1
    assert get_person(db, gone.id).employment_status == EmploymentStatus.left
    assert get_person(db, gone.id).last_working_day == TODAY - timedelta(days=1)  # kept: the day they left
    for person in (today, later):
        assert get_person(db, person.id).employment_status == EmploymentStatus.leaving
    assert get_person(db, employed.id).employment_status == EmploymentStatus.employed
    with db.reading() as session:
        [event] = session.exec(select(AuditEvent).where(AuditEvent.entity == "person", AuditEvent.entity_id == gone.id,
                                                        AuditEvent.action == "update")).all()
    assert event.new_values == {"employment_status": "left"}
    assert record_departures(db, today=TODAY) == 0  # once


def test_an_open_offboarding_keeps_them_leaving_and_an_early_close_lets_them_go_on_the_day(db):
    person = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk"))
    case = start_offboarding(db, person_id=person.id, last_working_day=TODAY + timedelta(days=3), today=TODAY)
    assert record_departures(db, today=TODAY + timedelta(days=10)) == 0  # still open: closing decides
    for item in case_items(db, case.id):
        complete_item(db, item.id, today=TODAY)
    close_case(db, case.id, today=TODAY)  # everything settled before the last day
    assert get_person(db, person.id).employment_status == EmploymentStatus.leaving
    assert record_departures(db, today=TODAY + timedelta(days=3)) == 0  # the last day itself: still there
    assert record_departures(db, today=TODAY + timedelta(days=4)) == 1
    assert get_person(db, person.id).employment_status == EmploymentStatus.left


def test_a_last_working_day_decides_the_status_whoever_saves_the_person(db):
    def added(name, status, days):
        return add_person(db, PersonInput(name=name, work_email=f"{name.lower()}@nordlys.dk", employment_status=status,
                                          last_working_day=TODAY + timedelta(days=days)), today=TODAY)

    assert added("Past", EmploymentStatus.employed, -1).employment_status == EmploymentStatus.left
    assert added("Ahead", EmploymentStatus.employed, 3).employment_status == EmploymentStatus.leaving
    assert added("Early", EmploymentStatus.left, 0).employment_status == EmploymentStatus.leaving  # still there
    assert added("Helper", EmploymentStatus.external, -1).employment_status == EmploymentStatus.external
    stays = add_person(db, PersonInput(name="Stays", work_email="stays@nordlys.dk"), today=TODAY)
    changed = update_person(db, stays.id, PersonInput(name="Stays", work_email="stays@nordlys.dk",
                                                      last_working_day=TODAY - timedelta(days=2)), today=TODAY)
    assert changed.employment_status == EmploymentStatus.left
    with db.reading() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.entity == "person", AuditEvent.entity_id == stays.id,
                                                      AuditEvent.action == "update")).one()
    assert event.new_values["employment_status"] == "left"
