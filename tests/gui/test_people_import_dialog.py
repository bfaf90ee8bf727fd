"""People from HR in the window: the account import's preview for an HR file, reached from the
first start and the File menu; nothing written until Import, the valid rows only on request."""

from __future__ import annotations

from PySide6.QtCore import Qt

from accountregistry.services.csv_import import RowAction
from accountregistry.services.people import PersonInput, add_person, count_people, find_by_email

HR_FILE = ("name;work_email;department;title;manager_email;employment_status;last_working_day\n"
           "Ingrid Berg;ingrid@nordlys.dk;Salg;Chef;;;\n"
           "Ole Dahl;ole@nordlys.dk;Salg;;ingrid@nordlys.dk;;31.12.2099\n"
           "Kari Holm;kari@nordlys.dk;HR;;chef@andetsted.dk;;\n")


def test_the_first_start_imports_people_with_a_preview(qtbot, db, tmp_path, monkeypatch, open_main_window):
    hr = tmp_path / "hr.csv"
    hr.write_text(HR_FILE, encoding="utf-8")
    window = open_main_window(db)
    monkeypatch.setattr(window, "choose_people_file", lambda: str(hr))
    opened = []
    original = window.import_people
    monkeypatch.setattr(window, "import_people", lambda path=None: opened.append(original(path)))
    qtbot.mouseClick(window.dashboard.welcome.people_button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
    assert dialog.counts[RowAction.new].text() == "New: 2" and dialog.counts[RowAction.error].text() == "Error: 1"
    error = dialog.plan.errors[0]
    assert error.line == 4 and "chef@andetsted.dk" in error.reason
    assert not dialog.import_button.isEnabled() and dialog.valid_button.isEnabled()
    assert count_people(db) == 0  # nothing written by looking

    monkeypatch.setattr(dialog, "confirm_valid_rows", lambda importing, skipped: True)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    assert count_people(db) == 2
    assert find_by_email(db, "ole@nordlys.dk").employment_status.value == "leaving"
    assert "2 new people" in dialog.message.text()


def test_an_update_shows_what_changes(qtbot, db, tmp_path):
    from accountregistry.gui.dialogs.import_people import ImportPeopleDialog

    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk", department="Sales"))
    hr = tmp_path / "hr.csv"
    hr.write_text("work_email;department\ningrid@nordlys.dk;Marketing\n", encoding="utf-8")
    dialog = ImportPeopleDialog(db, hr)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
    assert dialog.counts[RowAction.update].text() == "Update: 1"
    details = dialog.model.index(0, 3).data()
    assert "Department" in details and "Sales" in details and "Marketing" in details
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert find_by_email(db, "ingrid@nordlys.dk").department == "Marketing"


def test_the_people_view_imports_from_hr_and_shows_who_came(qtbot, db, tmp_path, monkeypatch, open_main_window):
    hr = tmp_path / "hr.csv"
    hr.write_text(HR_FILE, encoding="utf-8")
    window = open_main_window(db)
    window.show_view("People")
    monkeypatch.setattr(window, "choose_people_file", lambda: str(hr))
    opened = []
    original = window.import_people
    monkeypatch.setattr(window, "import_people", lambda path=None: opened.append(original(path)))
    view = window.people_view
    assert view.import_button.isVisible() and view.import_button.isEnabled()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
    assert dialog.counts[RowAction.new].text() == "New: 2"
    monkeypatch.setattr(dialog, "confirm_valid_rows", lambda importing, skipped: True)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    # The list behind the dialog is read again: the two new people are in it.
    qtbot.waitUntil(lambda: view.model.total_count() == 2 and not view.is_loading())


def test_an_hr_workbook_gets_the_same_preview(qtbot, db, tmp_path):
    from openpyxl import Workbook

    from accountregistry.gui.dialogs.import_people import ImportPeopleDialog

    book = Workbook()
    for line in HR_FILE.splitlines():
        book.active.append(line.split(";"))
    book.save(tmp_path / "hr.xlsx")
    dialog = ImportPeopleDialog(db, tmp_path / "hr.xlsx")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
    assert dialog.counts[RowAction.new].text() == "New: 2" and dialog.counts[RowAction.error].text() == "Error: 1"
    assert dialog.plan.errors[0].line == 4


def test_the_preview_shows_statuses_dates_and_fields_in_the_users_language(qtbot, db, tmp_path, compiled,
                                                                            monkeypatch):
    """A Danish window: "ansat" -> "fratræder", the day as Danes write it, the field's Danish name;
    never the stored words (employed, leaving, employment_status)."""
    from datetime import date

    from accountregistry.gui import i18n
    from accountregistry.gui.dialogs.import_people import ImportPeopleDialog
    from accountregistry.gui.formatting import format_date

    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk"))
    hr = tmp_path / "hr.csv"
    hr.write_text("work_email;last_working_day\ningrid@nordlys.dk;31.12.2099\n", encoding="utf-8")
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    installed = i18n.install_language("da", folder=compiled)
    try:
        dialog = ImportPeopleDialog(db, hr)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
        details = dialog.model.index(0, 3).data()
    finally:
        installed.remove()
    assert "Ansættelsesstatus: »ansat« → »fratræder«" in details
    assert "Sidste arbejdsdag" in details and "2099" in details
    assert "employ" not in details and "leaving" not in details and "_" not in details
