"""At start the dashboard says how many checklist items are overdue, and leads to them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.due_items import due_items
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role


def test_the_overdue_items_are_counted_and_opened(qtbot, db, open_main_window):
    kari = add_person(db, PersonInput(name="Kari Holm", work_email="kari@nordlys.no"))
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    for person in (kari, ingrid):
        grant_role(db, account_id=page.id, person_id=person.id, role=Role.admin, granted_on=date(2024, 5, 1))
    start_offboarding(db, person_id=ingrid.id, last_working_day=date.today() + timedelta(days=30))
    late = start_offboarding(db, person_id=kari.id, last_working_day=date.today() - timedelta(days=10))
    overdue = sum(1 for item in due_items(db) if item.overdue)
    assert overdue > 1

    window = open_main_window(db)
    notice = window.dashboard.overdue_notice
    assert notice.isVisible()
    assert f"{overdue} offboarding checklist items are overdue" in notice.text.text()
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "Offboarding"
    qtbot.waitUntil(lambda: window.offboarding_view.case_id == late.id, timeout=60_000)  # read in the background


def test_nothing_overdue_says_nothing(qtbot, db, open_main_window):
    window = open_main_window(db)
    assert not window.dashboard.overdue_notice.isVisible()
