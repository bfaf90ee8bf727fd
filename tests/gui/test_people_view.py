"""The people view: the model, adding and editing through the dialog, filtering, and what the
selected person holds and administers."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from accountregistry.domain.messages import Label, sentence
from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role
from accountregistry.domain.pseudonyms import pseudonym
from accountregistry.gui.models.people_model import PeopleModel, PeopleQuery, read_people
from accountregistry.gui.views.people_view import PeopleView
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person, get_person
from accountregistry.services.retention import anonymise
from accountregistry.services.roles import grant_role, revoke_role

from on_screen import on_screen


@pytest.fixture
def staff(db):
    mette = add_person(db, PersonInput(name="Mette Kjærgaard", work_email="mette@nordlys.dk",
                                       department="Management", title="Chief Executive Officer"))
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no", department="Sales",
                                        title="Account Executive", manager_id=mette.id))
    bjorn = add_person(db, PersonInput(name="Bjørn Håland", work_email="bjorn@nordlys.no", department="Sales",
                                       employment_status=EmploymentStatus.leaving,
                                       last_working_day=date(2030, 12, 31)))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys Rejser"))
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind=Kind.personal,
                                                holder_id=ingrid.id))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2025, 2, 1))
    old = grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2024, 1, 1))
    revoke_role(db, role_id=old.id, reason="Handed to Communications", revoked_on=date(2024, 6, 1))
    return {"mette": mette, "ingrid": ingrid, "bjorn": bjorn, "page": page, "profile": profile}


@pytest.fixture
def view(qtbot, db, staff, settled):
    widget = PeopleView(db)
    on_screen(qtbot, widget, 1100, 700)  # a view reads what it shows once it is shown
    settled(widget)
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def names_shown(view):
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def test_the_people_model_passes_the_model_tester(qtmodeltester, db, staff):
    model = PeopleModel()
    model.set_people(read_people(db, PeopleQuery()))
    qtmodeltester.check(model)
    model.sort(7, Qt.SortOrder.DescendingOrder)
    model.set_filter("nordlys.no")
    qtmodeltester.check(model)


def test_the_picker_model_passes_the_model_tester(qtbot, qtmodeltester, db, staff):
    picker = PersonPicker(db)
    qtbot.addWidget(picker)
    qtmodeltester.check(picker.model())


def test_the_model_sorts_every_column_itself(db, staff):
    model = PeopleModel()
    model.set_people(read_people(db, PeopleQuery()))
    assert [model.index(r, 0).data() for r in range(3)] == ["Bjørn Håland", "Ingrid Berg", "Mette Kjærgaard"]
    model.sort(8, Qt.SortOrder.DescendingOrder)  # active roles
    assert model.index(0, 0).data() == "Ingrid Berg" and model.index(0, 8).data() == 1
    model.sort(5, Qt.SortOrder.AscendingOrder)  # last working day, blanks last
    assert model.index(0, 0).data() == "Bjørn Håland"
    assert model.index(0, 5).data().toPython() == date(2030, 12, 31)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 3


def test_anonymised_people_are_shown_by_their_pseudonym_in_the_users_language(qtbot, db, staff, settled, speak):
    """What a Danish user reads for anonymised people however many people there are (the view reads
    them 50 at a time): the Danish pseudonym, never the stored marker nor English, as name and as
    manager, in name order, and found by it. Vera and Åse are read after the first 50 people."""
    left = {"employment_status": EmploymentStatus.left, "last_working_day": date(2019, 1, 31)}
    ulla = add_person(db, PersonInput(name="Ulla Ask", work_email="ulla@nordlys.dk", department="Sales", **left))
    kims = [add_person(db, PersonInput(name=f"Kim {n:02}")).name for n in range(48)]
    vera = add_person(db, PersonInput(name="Vera Ny", **left))
    add_person(db, PersonInput(name="Åse Lind", manager_id=ulla.id))
    anonymise(db, [ulla.id, vera.id])
    english = pseudonym(ulla.id)
    speak("da")
    gone, also_gone = pseudonym(ulla.id), pseudonym(vera.id)
    assert gone != english
    view = PeopleView(db)
    on_screen(qtbot, view, 1100, 700)
    settled(view)
    shown = [*sorted([gone, also_gone], key=str.casefold), "Bjørn Håland", "Ingrid Berg", *kims, "Mette Kjærgaard"]
    assert names_shown(view) == [*shown, "Åse Lind"]
    assert view.model.index(len(shown), 6).data() == gone  # Åse's manager
    qtbot.keyClicks(view.filter, also_gone.casefold())  # found by the name shown
    assert names_shown(view) == [also_gone]


def test_filtering_by_text_and_by_employment_status(qtbot, view):
    assert names_shown(view) == ["Bjørn Håland", "Ingrid Berg", "Mette Kjærgaard"]
    qtbot.keyClicks(view.filter, "sales")
    assert names_shown(view) == ["Bjørn Håland", "Ingrid Berg"]
    view.status_filter.setCurrentIndex(view.status_filter.findData("leaving"))
    assert names_shown(view) == ["Bjørn Håland"]
    view.status_filter.setCurrentIndex(0)
    view.filter.clear()
    qtbot.keyClicks(view.filter, "MÆTTE")  # nobody: "æ" is not "e"
    assert names_shown(view) == []
    view.filter.clear()
    qtbot.keyClicks(view.filter, "chief")
    assert names_shown(view) == ["Mette Kjærgaard"]


def test_selecting_a_person_shows_their_accounts_and_roles(qtbot, view, staff):
    assert not view.edit_button.isEnabled() and view.held.rowCount() == 0
    row = view.model.row_of(staff["ingrid"].id)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.table.visualRect(view.model.index(row, 0)).center())
    assert view.edit_button.isEnabled()
    assert view.held_box.title() == "Accounts held by Ingrid Berg (1)"
    assert [view.held.item(0, c).text() for c in (0, 2, 4)] == ["LinkedIn", "in/ingrid-berg", "personal"]
    assert view.roles_box.title() == "Roles of Ingrid Berg: 1 active, 1 past"
    roles = [[view.roles.item(r, c).text() for c in (0, 1, 4, 5)] for r in range(view.roles.rowCount())]
    assert roles == [["LinkedIn Nordlys Rejser", "admin", "active", ""],
                     ["LinkedIn Nordlys Rejser", "owner", "revoked", "Handed to Communications"]]
    with qtbot.waitSignal(view.open_account) as opened:
        view.held.itemActivated.emit(view.held.item(0, 0))
    assert opened.args == [staff["profile"].id]

    # The selection survives filtering while the person is still shown.
    qtbot.keyClicks(view.filter, "berg")
    assert view.selected_person_id() == staff["ingrid"].id


def test_adding_a_person_through_the_dialog(qtbot, db, view, staff, settled):
    click(qtbot, view.add_button)
    dialog = view.person_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Add person"
    click(qtbot, dialog.save_button)
    assert dialog.messages.text("name") == sentence("required", {"label": Label("Name")})
    qtbot.keyClicks(dialog.name, "Sofie Dahl Jørgensen")
    qtbot.keyClicks(dialog.work_email, "ingrid.berg@nordlys.no")
    click(qtbot, dialog.save_button)
    assert dialog.messages.text("work_email") == sentence("work_email_taken", {"name": "Ingrid Berg",
                                                                               "email": "ingrid.berg@nordlys.no"})
    dialog.work_email.clear()
    qtbot.keyClicks(dialog.work_email, "Sofie@Nordlys.dk")
    qtbot.keyClicks(dialog.department, "HR")
    qtbot.keyClicks(dialog.manager.lineEdit(), "Mette Kjærgaard")
    dialog.manager.completer().popup().hide()
    with qtbot.waitSignal(view.changed):
        click(qtbot, dialog.save_button)
    assert view.person_dialog is None
    settled(view)
    assert "Sofie Dahl Jørgensen" in names_shown(view)
    added = view.selected_person_id()
    person = get_person(db, added)
    assert (person.work_email, person.department, person.manager_id) == ("sofie@nordlys.dk", "HR", staff["mette"].id)


def test_editing_a_person_who_is_leaving(qtbot, db, view, staff, settled):
    view.select_person(staff["ingrid"].id)
    click(qtbot, view.edit_button)
    dialog = view.person_dialog
    assert dialog.name.text() == "Ingrid Berg" and dialog.manager.person_id() == staff["mette"].id
    assert dialog.no_last_working_day.isChecked() and not dialog.last_working_day.isEnabled()
    dialog.employment_status.setCurrentIndex(dialog.employment_status.findData("leaving"))
    # Leaving needs a date, so the date field opens.
    assert not dialog.no_last_working_day.isChecked() and dialog.last_working_day.isEnabled()
    dialog.last_working_day.setDate(date(2027, 1, 31))
    with qtbot.waitSignal(view.changed):
        click(qtbot, dialog.save_button)
    person = get_person(db, staff["ingrid"].id)
    assert (person.employment_status, person.last_working_day) == (EmploymentStatus.leaving, date(2027, 1, 31))
    settled(view)
    row = view.model.row_of(staff["ingrid"].id)
    assert view.model.index(row, 4).data() == "leaving"


def test_a_leaver_without_a_date_is_refused_beside_the_date(qtbot, view, staff):
    view.select_person(staff["bjorn"].id)
    click(qtbot, view.edit_button)
    dialog = view.person_dialog
    assert not dialog.no_last_working_day.isChecked()
    qtbot.mouseClick(dialog.no_last_working_day, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.no_last_working_day.height() // 2))
    click(qtbot, dialog.save_button)
    assert dialog.messages.text("last_working_day") == sentence("leaving_needs_last_day")
    dialog.reject()
