"""Due dates on a real registry follow the organisation's calendar: its country's public
holidays and its closing days are skipped, the preview and the case say which moved a date,
and the notice in an account's handover terms decides when its handover items fall due."""

from __future__ import annotations

from datetime import date

import pytest

from accountregistry.domain.checklist import Effect
from accountregistry.domain.vocabulary import Disposition, Kind, Role
from accountregistry.services import organisation
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.offboarding import (
    Blocker,
    blockers,
    case_items,
    change_last_working_day,
    preview_offboarding,
    start_offboarding,
)
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

TODAY = date(2026, 12, 1)
LAST_DAY = date(2027, 1, 6)  # a Wednesday, after Christmas and New Year


@pytest.fixture
def leaver(db):
    person = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk"))
    successor = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company),
                            today=TODAY)
    grant_role(db, account_id=page.id, person_id=person.id, role=Role.owner, granted_on=date(2024, 5, 1),
               today=TODAY)
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind=Kind.employee_role,
                                                holder_id=person.id), today=TODAY)
    grant_role(db, account_id=profile.id, person_id=person.id, role=Role.owner, granted_on=date(2024, 5, 1),
               today=TODAY)
    return {"person": person, "successor": successor, "page": page, "profile": profile}


def dues(items) -> dict[tuple[str, int | None], date]:
    return {(i.action, i.account_id): i.due_on for i in items}


def test_without_a_country_due_dates_count_monday_to_friday(db, leaver):
    planned = preview_offboarding(db, person_id=leaver["person"].id, last_working_day=LAST_DAY, today=TODAY)
    minus_three = [p for p in planned if p.offset == -3]
    assert minus_three and {p.due_on for p in minus_three} == {date(2027, 1, 1)}  # New Year's Day
    assert all(not p.moved_by for p in planned)


def test_public_holidays_and_closing_days_are_skipped_and_named(db, leaver):
    organisation.update_settings(db, holidays_country="DK", closing_days=["24.12", "31.12"])
    planned = preview_offboarding(db, person_id=leaver["person"].id, last_working_day=LAST_DAY, today=TODAY)
    minus_three = [p for p in planned if p.offset == -3]
    assert {p.due_on for p in minus_three} == {date(2026, 12, 30)}
    [moved] = {p.moved_by for p in minus_three}
    assert [(c.day, c.holiday) for c in moved] == [(date(2026, 12, 31), None), (date(2027, 1, 1), "New Year's Day")]
    on_the_day = [p for p in planned if p.offset == 0]
    assert on_the_day and all(p.due_on == LAST_DAY and not p.moved_by for p in on_the_day)

    case = start_offboarding(db, person_id=leaver["person"].id, last_working_day=LAST_DAY, today=TODAY)
    items = case_items(db, case.id)
    assert dues(items) == dues(planned)
    shown = {i.due_on: i.moved_by for i in items if i.due_offset_business_days == -3}
    assert shown == {date(2026, 12, 30): moved}


def test_moving_the_last_day_counts_with_the_calendar(db, leaver):
    organisation.update_settings(db, holidays_country="SE")
    case = start_offboarding(db, person_id=leaver["person"].id, last_working_day=date(2026, 6, 30),
                             today=date(2026, 6, 1))
    change_last_working_day(db, case.id, date(2026, 6, 22), today=date(2026, 6, 1))
    items = case_items(db, case.id)
    minus_three = [i for i in items if i.due_offset_business_days == -3]
    # Friday 19 June 2026 is Midsummer Eve: Monday 22 June less three business days is the 16th.
    assert minus_three and {i.due_on for i in minus_three} == {date(2026, 6, 16)}
    assert {c.holiday for i in minus_three for c in i.moved_by} == {"Midsummer Eve"}


def test_the_notice_in_the_handover_terms_decides_when_handover_items_fall_due(db, leaver):
    organisation.update_settings(db, holidays_country="DK")
    record_terms(db, leaver["profile"].id, TermsInput(disposition=Disposition.transfer_to_successor,
                                                      agreed_on=date(2025, 1, 10), successor_id=leaver["successor"].id,
                                                      notice_days=14), today=TODAY)
    last_day = date(2026, 12, 31)
    planned = preview_offboarding(db, person_id=leaver["person"].id, last_working_day=last_day, today=TODAY)
    [transfer] = [p for p in planned if p.account_id == leaver["profile"].id and p.effect == Effect.transfer]
    assert transfer.due_on == date(2026, 12, 17)  # 14 calendar days before the last day
    assert transfer.notice_days == 14
    assert transfer.offset == -9  # business days: 18, 21-24 and 28-31 December (25 December is a holiday)
    # Items without a handover, and accounts without a notice, keep their template's offset.
    others = [p for p in planned if p.account_id == leaver["page"].id]
    assert others and all(p.notice_days is None for p in others)

    case = start_offboarding(db, person_id=leaver["person"].id, last_working_day=last_day, today=TODAY)
    assert dues(case_items(db, case.id)) == dues(planned)


def test_a_notice_falling_on_a_weekend_is_due_the_friday_before(db, leaver):
    record_terms(db, leaver["profile"].id, TermsInput(disposition=Disposition.transfer_to_successor,
                                                      agreed_on=date(2025, 1, 10), notice_days=5), today=TODAY)
    planned = preview_offboarding(db, person_id=leaver["person"].id, last_working_day=date(2026, 12, 17),
                                  today=TODAY)
    [transfer] = [p for p in planned if p.account_id == leaver["profile"].id and p.effect == Effect.transfer]
    assert transfer.due_on == date(2026, 12, 11)  # 12 December is a Saturday


def test_the_last_day_near_counts_business_days_of_the_calendar(db, leaver):
    organisation.update_settings(db, holidays_country="DK")
    case = start_offboarding(db, person_id=leaver["person"].id, last_working_day=date(2026, 12, 28), today=TODAY)
    [near] = [b for b in blockers(db, case.id, today=date(2026, 12, 22)) if b.kind == Blocker.LAST_DAY_NEAR]
    assert near.params["days"] == 3  # 23, 24 and 28 December; 25 December is Christmas Day
