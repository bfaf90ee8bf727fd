"""At start the dashboard says how many checklist items are overdue, and leads to every one of them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.gui.dialogs.overdue_items import ITEM_ROLE
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.due_items import due_items
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

from gui_thread import statements_on_gui_thread


def test_the_overdue_items_of_every_case_are_counted_and_opened(qtbot, db, open_main_window):
    kari = add_person(db, PersonInput(name="Kari Holm", work_email="kari@nordlys.no"))
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    for person in (kari, ingrid, ole):
        grant_role(db, account_id=page.id, person_id=person.id, role=Role.admin, granted_on=date(2024, 5, 1))
    start_offboarding(db, person_id=ole.id, last_working_day=date.today() + timedelta(days=30))
    later = start_offboarding(db, person_id=ingrid.id, last_working_day=date.today() - timedelta(days=3))
    late = start_offboarding(db, person_id=kari.id, last_working_day=date.today() - timedelta(days=10))
    overdue = [item for item in due_items(db) if item.overdue]
    assert {item.case_id for item in overdue} == {late.id, later.id}

    window = open_main_window(db)
    notice = window.dashboard.overdue_notice
    assert notice.isVisible()
    assert f"{len(overdue)} offboarding checklist items are overdue" in notice.text.text()
    with statements_on_gui_thread(db) as on_gui_thread:
        qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
        dialog = window.overdue_dialog
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.read.busy())
    assert on_gui_thread == [], "\n".join(on_gui_thread)  # every checklist is read in the background
    rows = [dialog.table.topLevelItem(r) for r in range(dialog.table.topLevelItemCount())]
    shown = [row.data(0, ITEM_ROLE) for row in rows]
    assert shown == [(item.case_id, item.item_id) for item in overdue]  # both cases, the most overdue first
    assert shown[0][0] == late.id
    assert [int(row.text(1)) for row in rows] == [item.days_overdue for item in overdue]

    wanted = next(row for row in reversed(rows) if row.data(0, ITEM_ROLE)[0] == later.id)
    dialog.table.setCurrentItem(wanted)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.current_view() == "Offboarding"
    item_id = wanted.data(0, ITEM_ROLE)[1]
    qtbot.waitUntil(lambda: window.offboarding_view.case_id == later.id
                    and window.offboarding_view.current_item_id() == item_id, timeout=60_000)  # read in the background


def test_nothing_overdue_says_nothing(qtbot, db, open_main_window):
    window = open_main_window(db)
    assert not window.dashboard.overdue_notice.isVisible()
