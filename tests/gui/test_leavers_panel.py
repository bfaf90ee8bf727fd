"""The dashboard's "People leaving" panel: the 30/60/90-day choice, the counts, and choosing a
person by mouse or keyboard; and the main window taking the choice to the offboarding."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role
from accountregistry.gui.main_window import MainWindow
from accountregistry.gui.views.offboarding_view import OffboardingView
from accountregistry.gui.widgets.leavers_panel import LeaversPanel
from accountregistry.services.leavers import DEFAULT_WINDOW
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

TODAY = date.today()


@pytest.fixture
def leavers(db):
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    found = {}
    for key, name, days in (("freja", "Freja Møller", 20), ("mikkel", "Mikkel <Brøndum>", 50),
                            ("nils", "Nils Ek", 80)):
        person = add_person(db, PersonInput(name=name, work_email=f"{key}@nordlys.dk",
                                            employment_status=EmploymentStatus.leaving,
                                            last_working_day=TODAY + timedelta(days=days)), today=TODAY)
        grant_role(db, account_id=page.id, person_id=person.id, role=Role.editor, granted_on=date(2024, 1, 1))
        found[key] = person
    found["case"] = start_offboarding(db, person_id=found["mikkel"].id,
                                      last_working_day=TODAY + timedelta(days=50))
    return found


def choose_window(panel, days):
    """Choose 'within `days` days' in the panel's list, as the user does."""
    panel.window_days.setCurrentIndex(panel.window_days.findData(days))


def names(panel):
    return [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]


def test_the_window_of_days_chooses_who_is_listed(qtbot, db, leavers, settled):
    panel = LeaversPanel()
    qtbot.addWidget(panel)
    panel.set_db(db)
    panel.show()
    assert panel.summary.text() == "Loading…"  # nothing is said before it was read
    assert panel.within_days() == DEFAULT_WINDOW == 90  # as in the offboarding view
    choose_window(panel, 30)
    settled(panel)
    assert names(panel) == ["Freja Møller"]
    assert panel.summary.text() == "1 person leaves within 30 days with accounts unsettled."
    first = panel.list.topLevelItem(0)
    assert [first.text(c) for c in (2, 3)] == ["1 account, 1 role held", "no offboarding started"]
    assert panel.start_button.isVisible() and panel.start_button.isEnabled()
    assert first.text(1).endswith("(in 20 days)")
    choose_window(panel, 60)
    settled(panel)
    assert names(panel) == ["Freja Møller", "Mikkel <Brøndum>"]
    mikkel = panel.list.topLevelItem(1)
    assert mikkel.text(3) == "started" and "open items" in mikkel.text(2)
    panel.list.setCurrentItem(mikkel)
    assert not panel.start_button.isEnabled()  # his offboarding is started: opened by a click instead
    panel.window_days.setCurrentIndex(panel.window_days.findData(90))
    settled(panel)
    assert names(panel) == ["Freja Møller", "Mikkel <Brøndum>", "Nils Ek"]
    assert panel.summary.text() == "3 people leave within 90 days with accounts unsettled."


def test_nobody_leaving_is_said_plainly(qtbot, db, settled):
    panel = LeaversPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    settled(panel)
    assert panel.summary.text() == "No one leaves within 90 days with anything unsettled."
    assert not panel.list.isVisibleTo(panel)


def test_choosing_a_person_by_mouse_or_keyboard(qtbot, db, leavers, settled):
    panel = LeaversPanel(db)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    qtbot.waitExposed(panel)
    choose_window(panel, 60)
    settled(panel)
    rect = panel.list.visualItemRect(panel.list.topLevelItem(1))
    with qtbot.waitSignal(panel.leaver_chosen) as chosen:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [leavers["mikkel"].id, leavers["case"].id]
    panel.list.setFocus()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    with qtbot.waitSignal(panel.leaver_chosen) as chosen:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert chosen.args == [leavers["freja"].id, 0]


def test_the_main_window_shows_the_leavers_offboarding_or_offers_to_start_one(qtbot, db, leavers, tmp_path, settled):
    window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading())
    window.show_leaver(leavers["mikkel"].id, leavers["case"].id)
    settled(window)
    assert window.current_view() == "Offboarding"
    assert window.offboarding_view.case_id == leavers["case"].id
    window.show_leaver(leavers["freja"].id, 0)
    wizard = window.offboarding_view.wizard
    assert wizard is not None and wizard.form.person.person_id() == leavers["freja"].id
    assert wizard.form.last_day.date() == TODAY + timedelta(days=20)
    wizard.reject()


def test_the_offboarding_view_offers_the_people_leaving_until_a_case_is_chosen(qtbot, db, leavers, settled):
    view = OffboardingView(db)
    qtbot.addWidget(view)
    view.show()
    settled(view)
    assert view.right.currentIndex() == 0 and view.leavers.within_days() == 90
    assert names(view.leavers) == ["Freja Møller", "Mikkel <Brøndum>", "Nils Ek"]
    view.leavers.leaver_chosen.emit(leavers["nils"].id, 0)
    assert view.wizard is not None and view.wizard.form.person.person_id() == leavers["nils"].id
    view.wizard.reject()
    view.leavers.leaver_chosen.emit(leavers["mikkel"].id, leavers["case"].id)
    assert view.case_id == leavers["case"].id and view.right.currentIndex() == 1


def test_someone_recorded_as_leaving_without_an_offboarding_is_listed_with_start(qtbot, db, settled):
    person = add_person(db, PersonInput(name="Sara Lind", work_email="sara@nordlys.dk",
                                        employment_status=EmploymentStatus.leaving,
                                        last_working_day=TODAY + timedelta(days=10)), today=TODAY)
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlys", kind=Kind.company))
    grant_role(db, account_id=page.id, person_id=person.id, role=Role.admin, granted_on=date(2024, 1, 1))
    panel = LeaversPanel()
    qtbot.addWidget(panel)
    panel.set_db(db)
    panel.show()
    settled(panel)
    assert names(panel) == ["Sara Lind"]
    assert panel.list.topLevelItem(0).text(3) == "no offboarding started"
    with qtbot.waitSignal(panel.leaver_chosen) as chosen:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [person.id, 0]  # 0: start one
