"""A whole offboarding from the main window with the keyboard alone: go to Offboarding, start
one, tick or waive every item, close the case. No mouse anywhere; every key goes to whichever
widget has the keyboard focus, as a real keyboard's would."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from accountregistry.domain.vocabulary import CaseStatus, Disposition, EmploymentStatus, ItemStatus, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.offboarding import case_items, cases, get_case
from accountregistry.services.people import PersonInput, add_person, get_person
from accountregistry.services.roles import grant_role

from engine_support import roles_of_person

LAST_DAY = date.today() + timedelta(days=30)


@pytest.fixture
def people(db):
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no", department="Sales"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys Rejser"))
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg",
                                                 kind=Kind.employee_role, holder_id=ingrid.id))
    register_account(db, AccountInput(url="https://x.com/ingridberg", kind=Kind.personal, holder_id=ingrid.id))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2024, 5, 1))
    grant_role(db, account_id=profile.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2024, 5, 1))
    record_terms(db, profile.id, TermsInput(disposition=Disposition.transfer_to_successor,
                                            agreed_on=date(2025, 1, 10), successor_id=ole.id))
    return {"ingrid": ingrid, "ole": ole}


@pytest.fixture
def window(open_main_window, db, people):
    return open_main_window(db)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """One key, to the widget that has the keyboard focus (the active window, if none)."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def alt(qtbot, letter):
    press(qtbot, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)


def test_a_whole_offboarding_with_the_keyboard_only(qtbot, db, people, window):
    view = window.offboarding_view
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "Offboarding"

    # Start offboarding… (Alt+S): who, when, who takes over.
    alt(qtbot, "S")
    qtbot.waitUntil(lambda: view.wizard is not None and view.wizard.isVisible())
    wizard = view.wizard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    assert QApplication.focusWidget() is wizard.form.person  # the combo box passes keys to its line edit
    type_text(qtbot, "ingrid@nordlys.no")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.form.last_day.edit)
    type_text(qtbot, LAST_DAY.strftime("%d.%m.%Y"))
    assert wizard.form.last_day.date() == LAST_DAY
    press(qtbot, Qt.Key.Key_Tab)  # the calendar button
    assert QApplication.focusWidget() is wizard.form.last_day.calendar_button
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.form.successor
    type_text(qtbot, "ole@nordlys.no")
    for _ in range(2):  # the first Return may only take the completer's suggestion
        if wizard.currentPage() is wizard.preview:
            break
        press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.preview
    assert wizard.preview.tree.topLevelItemCount() == 4  # three accounts and the general items

    # Return on the checklist preview: Start offboarding, the default button.
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.wizard is None)
    [summary] = cases(db)
    assert get_person(db, people["ingrid"].id).employment_status == EmploymentStatus.leaving
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is view.items)
    assert view.case_id == summary.case_id

    # Tick every item with Space, except the mailbox check, waived with a reason (Alt+W).
    for _ in range(len(case_items(db, summary.case_id)) + 1):
        current = view.current_item()
        if current is None or current.status != ItemStatus.open:
            break
        if current.action == "confirm_mailbox_unused":
            alt(qtbot, "W")
            qtbot.waitUntil(lambda: view.prompt is not None and QApplication.focusWidget() is view.prompt.text)
            type_text(qtbot, "Ingrid never had a company mailbox")
            press(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: view.prompt is None)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is view.items)
        else:
            assert QApplication.focusWidget() is view.items
            press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda item_id=current.id: view.items_model.items[item_id].status != ItemStatus.open)
    statuses = {v.action: v.status for v in case_items(db, summary.case_id)}
    assert ItemStatus.open not in statuses.values()
    assert statuses["confirm_mailbox_unused"] == ItemStatus.waived
    assert roles_of_person(db, people["ingrid"].id, active_only=True) == []  # the handovers moved them

    # Close case (Alt+L).
    alt(qtbot, "L")
    qtbot.waitUntil(lambda: get_case(db, summary.case_id).status == CaseStatus.closed)
    qtbot.waitUntil(lambda: view.case_status.text().startswith("Closed on"))
    assert view.cases_model.item(2, 0).text() == "Closed (1)"
    assert not view.refusal_box.isVisible()
