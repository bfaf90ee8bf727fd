"""The person dialog refuses a save made on a stale copy (someone else changed the person since
it opened): it says who and when, and Reload shows their change with this dialog's own unsaved
values beside their fields, to enter again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

import engine_support
from accountregistry.domain.messages import Label, sentence
from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.gui.dialogs.person import PersonDialog
from accountregistry.services.people import PersonInput, add_person, get_person, update_person
from accountregistry.store.database import local_time


@pytest.fixture
def person(db):
    return add_person(db, PersonInput(name="Maja Holt", work_email="maja@nordlys.dk", department="Sales"))


def opened_dialog(qtbot, db, person_id) -> PersonDialog:
    dialog = PersonDialog(db, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_stale_save_says_who_and_when_and_reload_keeps_the_unsaved_values(qtbot, db, person):
    dialog = opened_dialog(qtbot, db, person.id)
    assert not dialog.reload_button.isVisible()
    update_person(db, person.id, PersonInput(name="Maja Holt-Berg", work_email="maja@nordlys.dk",
                                             department="Sales", employment_status=EmploymentStatus.leaving,
                                             last_working_day=date(2027, 3, 31)))
    dialog.title.setText("Account Manager")
    dialog.department.setText("Marketing")
    click(qtbot, dialog.save_button)
    last = engine_support.mappings(db, "SELECT actor, at FROM audit_event ORDER BY id DESC LIMIT 1")[0]
    assert dialog.general_message.text() == sentence("stale_edit", {
        "who": last["actor"], "when": local_time(last["at"]), "record": Label("person")})
    assert dialog.reload_button.isVisible() and dialog.isVisible()
    assert get_person(db, person.id).title is None  # nothing overwritten

    click(qtbot, dialog.reload_button)
    # Their change is shown; this dialog's values beside the fields where they differ.
    assert dialog.name.text() == "Maja Holt-Berg" and dialog.department.text() == "Sales"
    assert dialog.employment_status.currentData() == EmploymentStatus.leaving.value
    assert not dialog.no_last_working_day.isChecked()
    assert "“Account Manager”" in dialog.messages.text("title")
    assert "“Marketing”" in dialog.messages.text("department")
    assert "“Maja Holt”" in dialog.messages.text("name")
    assert "“—”" in dialog.messages.text("last_working_day")  # this dialog had none
    assert dialog.messages.text("work_email") == ""  # the same on both sides
    assert not dialog.reload_button.isVisible() and not dialog.general_message.isVisible()

    dialog.title.setText("Account Manager")  # entered again: saved over the fresh copy
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    saved = get_person(db, person.id)
    assert (saved.name, saved.title, saved.department) == ("Maja Holt-Berg", "Account Manager", "Sales")


def test_a_duplicate_email_is_not_a_stale_edit(qtbot, db, person):
    add_person(db, PersonInput(name="Bo Berg", work_email="bo@nordlys.dk"))
    dialog = opened_dialog(qtbot, db, person.id)
    dialog.work_email.setText("bo@nordlys.dk")
    click(qtbot, dialog.save_button)
    assert dialog.messages.text("work_email") and not dialog.reload_button.isVisible()


def test_the_database_login_is_saved_and_a_taken_one_is_said_beside_its_field(qtbot, db, person):
    add_person(db, PersonInput(name="Bo Berg", work_email="bo@nordlys.dk", login="bo"))
    dialog = opened_dialog(qtbot, db, person.id)
    assert dialog.login.text() == ""
    dialog.login.setText("bo")
    click(qtbot, dialog.save_button)
    assert dialog.messages.text("login") and dialog.isVisible()
    dialog.login.setText("maja")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    assert get_person(db, person.id).login == "maja"
    assert PersonDialog(db, person.id).login.text() == "maja"


def test_the_account_history_names_the_person_behind_a_login(qtbot, db, person):
    from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
    from accountregistry.services.accounts import AccountInput, register_account

    account = register_account(db, AccountInput(url="https://x.com/nordlys"))
    update_person(db, person.id, PersonInput(name="Maja Holt", work_email="maja@nordlys.dk", department="Sales",
                                             login=db.actor))
    window = AccountDetailWindow(db, account.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: hasattr(window, "history") and window.history.topLevelItemCount() > 0)  # read later
    assert window.history.topLevelItem(0).text(1) == f"Maja Holt ({db.actor})"


def test_a_past_last_working_day_saves_the_person_as_having_left(qtbot, db, person):
    dialog = opened_dialog(qtbot, db, person.id)
    assert dialog.employment_status.currentData() == EmploymentStatus.employed.value
    dialog.no_last_working_day.setChecked(False)
    dialog.last_working_day.setDate(date.today() - timedelta(days=1))
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.save_button)
    assert get_person(db, person.id).employment_status == EmploymentStatus.left
    reopened = opened_dialog(qtbot, db, person.id)
    assert reopened.employment_status.currentData() == EmploymentStatus.left.value
