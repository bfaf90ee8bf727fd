"""Privacy in the window: anonymising a person after a confirmation that names what goes,
cancelling changes nothing, the list of people due, the access request as PDF and JSON, the
dashboard's notice and the About box."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from accountregistry.domain.vocabulary import EmploymentStatus, Kind
from accountregistry.gui.dialogs.anonymise import AnonymiseConfirmation, DueForAnonymisationDialog
from accountregistry.gui.views.people_view import PeopleView
from accountregistry.services import organisation
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.people import PersonInput, add_person, get_person, update_person
from accountregistry.services.retention import preview_anonymisation

from account_window import history_lines
from on_screen import on_screen


@pytest.fixture
def leaver(db):
    person = add_person(db, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk", title="Editor",
                                        employment_status=EmploymentStatus.left,
                                        last_working_day=date.today() - timedelta(days=2000)))
    register_account(db, AccountInput(url="https://www.instagram.com/tuvalind/", kind=Kind.personal,
                                      holder_id=person.id))
    add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk"))
    return person


@pytest.fixture
def view(qtbot, db, leaver, settled):
    widget = PeopleView(db)
    on_screen(qtbot, widget, 1100, 700)
    settled(widget)
    widget.select_person(leaver.id)
    return widget


def answer_the_confirmation(choice: str, seen: list, *, replace_notes: bool | None = None):
    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, AnonymiseConfirmation)
        seen.append(box.informativeText())
        if replace_notes is not None:
            assert box.notes_box is not None and box.notes_box.isChecked()  # replacing them is the default
            box.notes_box.setChecked(replace_notes)
        (box.anonymise_button if choice == "anonymise" else box.cancel_button).click()

    QTimer.singleShot(0, answer)


def test_the_confirmation_names_what_goes_and_cancel_keeps_it(view, db, leaver):
    assert view.anonymise_action.isEnabled()
    seen: list[str] = []
    answer_the_confirmation("cancel", seen)
    view.anonymise_action.trigger()
    assert "Tuva Lind" in seen[0] and "tuva@nordlys.dk" in seen[0] and "instagram" in seen[0].lower()
    assert get_person(db, leaver.id).name == "Tuva Lind"


def test_anonymising_from_the_people_view(qtbot, view, db, leaver, settled):
    answer_the_confirmation("anonymise", [])
    with qtbot.waitSignal(view.changed):
        view.anonymise_action.trigger()
    assert get_person(db, leaver.id).name == f"[former employee {leaver.id}]"
    settled(view)
    shown = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert f"[former employee {leaver.id}]" in shown and "Tuva Lind" not in shown


@pytest.mark.parametrize("replace_notes", [True, False])
def test_the_confirmation_shows_the_notes_that_name_them(qtbot, view, db, leaver, replace_notes):
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                             notes="Tuva Lind still has the 2FA phone."))
    seen: list[str] = []
    answer_the_confirmation("anonymise", seen, replace_notes=replace_notes)
    with qtbot.waitSignal(view.changed):
        view.anonymise_action.trigger()
    assert "Facebook: nordlysrejser" in seen[0] and "Tuva Lind still has the 2FA phone." in seen[0]
    expected = f"[former employee {leaver.id}] still has" if replace_notes else "Tuva Lind still has"
    assert get_account(db, page.id).notes.startswith(expected)


def test_anonymise_is_offered_only_for_people_who_left(view, db):
    ole = next(p for p in (get_person(db, i) for i in (1, 2)) if p.name == "Ole Dahl")
    view.select_person(ole.id)
    assert not view.anonymise_action.isEnabled() and view.export_data_action.isEnabled()


def test_the_due_list(qtbot, db, leaver):
    dialog = DueForAnonymisationDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Tuva Lind"
    assert not dialog.selected_button.isEnabled() and dialog.all_button.isEnabled()
    organisation.update_settings(db, retention_months=120)
    dialog.load()
    assert dialog.table.rowCount() == 0 and not dialog.all_button.isEnabled()


def test_the_access_request_as_pdf_and_json(view, leaver, tmp_path):
    pdf = view.export_person_data(str(tmp_path / "tuva.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF-")
    data = json.loads(view.export_person_data(str(tmp_path / "tuva.json")).read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Tuva Lind" and len(data["accounts_held"]) == 1


def test_the_confirmation_in_danish(qtbot, db, leaver, speak):
    speak("da")
    box = AnonymiseConfirmation([preview_anonymisation(db, leaver.id)])
    qtbot.addWidget(box)
    assert box.anonymise_button.text() != "Anonymise"


def test_the_dashboard_notice_and_the_about_box(qtbot, db, leaver, open_main_window):
    window = open_main_window(db)
    assert window.dashboard.anonymisation_notice.isVisibleTo(window.dashboard)
    text = window.about_text()
    assert db.describe() in text and "36" in text and "[former employee 12]" in text


def test_the_about_box_in_danish_names_the_pseudonym_in_danish(qtbot, db, leaver, open_main_window, speak):
    from accountregistry.domain.pseudonyms import pseudonym

    speak("da")
    text = open_main_window(db).about_text()
    assert pseudonym(12) != "[former employee 12]" and pseudonym(12) in text
    assert "former employee" not in text and "How to erase a person" not in text  # the sentence is Danish


@pytest.fixture
def signed_scan(db, leaver, tmp_path):
    """Tuva administered a company page and signed her holder's agreement; its scan is kept."""
    from accountregistry.services import agreements
    from accountregistry.services.roles import grant_role, revoke_role

    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company))
    agreed, left = date.today() - timedelta(days=2500), leaver.last_working_day
    as_left = PersonInput(name=leaver.name, work_email=leaver.work_email, title=leaver.title,
                          employment_status=EmploymentStatus.left, last_working_day=left)
    update_person(db, leaver.id, PersonInput(name=leaver.name, work_email=leaver.work_email, title=leaver.title))
    role = grant_role(db, account_id=page.id, person_id=leaver.id, role="admin", granted_on=agreed)
    agreement = agreements.record_agreement(db, leaver.id, agreements.AgreementInput(agreed_on=agreed))
    path = tmp_path / "tuva-lind-signed.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    scan = agreements.attach(db, agreement.id, path)
    revoke_role(db, role_id=role.id, reason="left", revoked_on=left)
    update_person(db, leaver.id, as_left)
    return page, scan


def test_the_confirmation_names_the_signed_scans_and_the_account_then_shows_them_removed(
        qtbot, view, db, leaver, signed_scan):
    from accountregistry.gui.dialogs.account_detail import AccountDetailWindow

    page, scan = signed_scan
    seen: list[str] = []
    answer_the_confirmation("anonymise", seen)
    with qtbot.waitSignal(view.changed):
        view.anonymise_action.trigger()
    assert "tuva-lind-signed.pdf" in seen[0]
    window = AccountDetailWindow(db, page.id)
    qtbot.addWidget(window)
    window.wait_until_shown()
    section = window.agreements
    top = section.tree.topLevelItem(0)
    [removed] = [top.child(n) for n in range(top.childCount())
                 if top.child(n).data(0, Qt.ItemDataRole.UserRole) == ("removed scan", scan.id)]
    assert removed.text(2) != "tuva-lind-signed.pdf"
    section.tree.setCurrentItem(removed)
    assert not section.open_button.isEnabled()  # nothing left to open
    assert any(str(scan.id) in line and "tuva" not in line.lower() for line in history_lines(window)[:1])


def test_a_removed_scan_reads_removed_in_the_person_history_and_does_not_open(qtbot, db, leaver, signed_scan):
    from accountregistry.gui.dialogs.person_history import KIND, PersonHistoryWindow
    from accountregistry.services.retention import anonymise

    _page, scan = signed_scan
    anonymise(db, [leaver.id])
    window = PersonHistoryWindow(db, leaver.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.read.reads >= 1 and not window.read.busy())
    agreement = window.tree.topLevelItem([kind for kind, _ in window.rows()].index("agreement"))
    [removed] = [agreement.child(n) for n in range(agreement.childCount())
                 if agreement.child(n).data(0, KIND) == ("removed scan", scan.id)]
    assert "tuva" not in removed.text(2).lower() and "kB" not in removed.text(2)
    window.tree.setCurrentItem(removed)
    assert not window.open_button.isEnabled()  # nothing left to open
