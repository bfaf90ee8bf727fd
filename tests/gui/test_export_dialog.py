"""Exporting the ownership report from the accounts view: the current filters applied, the file
read back as Excel would, Cancel that leaves nothing, and problems said in sentences."""

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from accountregistry.domain.messages import sentence
from accountregistry.gui.dialogs.export_report import ExportReportDialog
from accountregistry.gui.models.accounts_model import KIND_NOT_KNOWN
from accountregistry.services.import_words import platform_named
from accountregistry.services.ownership_report import HEADER, default_delimiter
from accountregistry.services.report_layouts import Layout

from on_screen import accounts_view

BOM = b"\xef\xbb\xbf"




@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def view(qtbot, sample):
    return accounts_view(qtbot, sample)


def open_dialog(monkeypatch, view) -> list[ExportReportDialog]:
    """Open the view's export dialog without a nested event loop: shown, not exec'd."""
    opened: list[ExportReportDialog] = []

    def show(dialog):
        opened.append(dialog)
        dialog.show()

    monkeypatch.setattr(view, "open_dialog", show)
    view.export_report()
    assert len(opened) == 1
    return opened


def export(qtbot, dialog, path, delimiter=","):
    dialog.path_edit.setText(str(path))
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(delimiter))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy() and dialog.export_button.isEnabled())


def read_back(path, delimiter=","):
    data = path.read_bytes()
    assert data.startswith(BOM), "Excel needs the byte order mark to read æøå"
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=delimiter))
    return rows[0], rows[1:]


def test_the_report_holds_exactly_the_accounts_the_filters_show(qtbot, monkeypatch, out, view):
    view.platform_filter.setCurrentIndex(view.platform_filter.findData("linkedin"))
    qtbot.keyClicks(view.search, "nordlys")
    shown = {(view.model.row_at(i).platform, view.model.row_at(i).handle) for i in range(view.model.rowCount())}
    assert 0 < len(shown) < view.model.total_count()

    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    assert dialog.only_shown.isChecked()
    assert f"current filters: {len(shown)} accounts" in dialog.only_shown.text()
    target = out / "ejerskab æøå.csv"
    export(qtbot, dialog, target)

    header, rows = read_back(target)
    # For people by default: the window's names for the columns (the same columns, in order).
    assert tuple(header) == Layout("people", HEADER).header and header[0] == "Platform"
    assert {(platform_named(row[0]), row[2]) for row in rows} == shown  # the platforms by their names
    assert dialog.status.text() == f"Exported {len(shown)} accounts to {target}."
    assert dialog.close_button.text() == "Close"


def test_kind_not_known_and_all_accounts(qtbot, monkeypatch, out, view, sample):
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(KIND_NOT_KNOWN))
    unknown = view.model.rowCount()
    assert unknown > 0
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    export(qtbot, dialog, out / "unknown.csv", delimiter=";")
    header, rows = read_back(out / "unknown.csv", delimiter=";")
    assert len(rows) == unknown and all(row[header.index("Kind")] == "" for row in rows)

    # On the round button itself: a radio button takes clicks on its circle and words only.
    qtbot.mouseClick(dialog.all_accounts, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.all_accounts.height() // 2))
    assert dialog.all_accounts.isChecked()
    export(qtbot, dialog, out / "all.txt", delimiter="\t")
    _, rows = read_back(out / "all.txt", delimiter="\t")
    assert len(rows) == view.model.total_count() == 123


def test_the_delimiter_starts_as_the_locale_expects(qtbot, view, monkeypatch):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    assert dialog.delimiter.currentData() == default_delimiter()
    assert dialog.path_edit.text().endswith(".csv")


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, monkeypatch, out, view):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    reached, go_on = threading.Event(), threading.Event()

    def hold(done, total):  # runs in the worker thread, at the export's first progress report
        if done == 0:
            reached.set()
            go_on.wait()

    dialog.task.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    target = out / "report.csv"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set)
    assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "Cancel during an export stops the export, not the dialog"
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.task.busy() and dialog.export_button.isEnabled())
    assert dialog.status.text() == sentence("export_cancelled")
    assert list(out.iterdir()) == []  # neither the report nor its temporary file
    assert dialog.written_path is None


@pytest.mark.parametrize("where, code", [("missing/report.csv", "export_no_folder"), ("", "export_is_folder")])
def test_a_target_that_cannot_be_written_gets_a_sentence(qtbot, monkeypatch, out, view, where, code):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    target = out / where if where else out
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy() and dialog.export_button.isEnabled())
    params = {"folder": target.parent} if code == "export_no_folder" else {"path": target}
    assert dialog.status.text() == "Not exported. " + sentence(code, params)
    assert list(out.iterdir()) == []


def test_no_file_name_is_said_beside_the_field(qtbot, monkeypatch, view):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    dialog.path_edit.clear()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.path_message.isVisible()
    assert dialog.path_message.text() == "Give the name of the file to write the report to."
    assert not dialog.task.busy()


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, monkeypatch, out, view):
    target = out / "report.csv"
    target.write_text("keep me", encoding="utf-8")
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(dialog, "confirm_replace", lambda path: asked.append(path) or False)
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [target] and not dialog.task.busy()
    assert target.read_text(encoding="utf-8") == "keep me"

    monkeypatch.setattr(dialog, "confirm_replace", lambda path: True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written_count is not None)
    assert read_back(target)[0] == list(Layout("people", HEADER).header)


def test_the_layout_for_programs_writes_the_documented_header(qtbot, monkeypatch, out, view):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    assert dialog.layout_choice.currentData() == "people"
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("data"))
    export(qtbot, dialog, out / "data.csv")
    assert tuple(read_back(out / "data.csv")[0]) == HEADER


def test_a_workbook_the_import_will_not_read_back_is_said_when_done(qtbot, monkeypatch, out, view):
    from accountregistry.services import workbook_reading

    from engine_support import sentence_parts

    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    export(qtbot, dialog, out / "all.xlsx")
    assert dialog.status.text() == f"Exported 123 accounts to {out / 'all.xlsx'}."
    monkeypatch.setattr(workbook_reading, "MAX_UNPACKED_BYTES", 100_000)  # the 123 accounts: ~200 KB
    export(qtbot, dialog, out / "big.xlsx")
    done, said = dialog.status.text(), sentence_parts("export_beyond_import", "file", "size", "limit")
    assert done.startswith(f"Exported 123 accounts to {out / 'big.xlsx'}. ") and all(part in done for part in said)
    # The dialog grew for the longer message: the choices above it keep their height (review-window-19 F1).
    qtbot.wait(50)
    for choice in (dialog.only_shown, dialog.all_accounts):
        assert choice.height() >= choice.sizeHint().height()
    assert not dialog.only_shown.geometry().intersects(dialog.all_accounts.geometry())


def test_the_file_dialog_is_behind_a_seam_and_a_bare_name_gets_csv(qtbot, monkeypatch, out, view):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_for_path", lambda suggested: str(out / "chosen"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(out / "chosen")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written_count is not None)
    assert (out / "chosen.csv").is_file()
    assert dialog.written_count == 123 and dialog.close_button.isDefault()


def test_every_control_is_named(qtbot, monkeypatch, view):
    dialog = open_dialog(monkeypatch, view)[0]
    qtbot.addWidget(dialog)
    names = {w.accessibleName() for w in (dialog.path_edit, dialog.choose_button, dialog.delimiter,
                                          dialog.only_shown, dialog.all_accounts, dialog.export_button,
                                          dialog.close_button)}
    assert names == {"File", "Choose the file", "Delimiter", "Only the accounts shown", "All accounts", "Export",
                     "Cancel"}
    assert dialog.focusWidget() is dialog.path_edit  # typing a file name is the first thing to do


def test_file_dialogs_open_in_the_documents_folder_then_where_the_user_last_was(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings, QStandardPaths

    from accountregistry.gui.file_folders import LAST_FOLDER_KEY, remember_folder, start_folder

    QSettings().remove(LAST_FOLDER_KEY)  # what an earlier test in this process chose

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(documents))
    assert start_folder() == documents  # never the working directory
    chosen = tmp_path / "reports" / "ownership.csv"
    chosen.parent.mkdir()
    remember_folder(chosen)
    assert start_folder() == chosen.parent


def test_each_file_dialog_opens_in_the_documents_folder_then_in_the_folder_last_used(qtbot, db, tmp_path,
                                                                                      monkeypatch, settled):
    """The consent export, a person's data, a signed scan, a PDF: the first opens in the documents
    folder, the next ones where the user last chose a file (the system's file dialog is the edge
    replaced here: it says where it opened and answers as the user would)."""
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from accountregistry.domain.vocabulary import Kind
    from accountregistry.gui.file_folders import LAST_FOLDER_KEY
    from accountregistry.gui.pdf_saver import PdfSaver
    from accountregistry.gui.views.consent_view import ConsentView
    from accountregistry.gui.views.people_view import PeopleView
    from accountregistry.gui.widgets.agreements_section import AgreementsSection
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.people import PersonInput, add_person

    QSettings().remove(LAST_FOLDER_KEY)  # what an earlier test in this process chose
    documents, chosen = tmp_path / "Documents", tmp_path / "HR" / "2026"
    documents.mkdir()
    chosen.mkdir(parents=True)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(documents))
    opened_in = []

    def save_dialog(_parent, _caption, start, _filter):
        opened_in.append(Path(start).parent)
        return (str(chosen / "consent.csv"), "") if len(opened_in) == 1 else ("", "")

    def open_dialog(_parent, _caption, start, _filter):
        opened_in.append(Path(start))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_dialog))

    consent = ConsentView(db)
    qtbot.addWidget(consent)
    assert consent.ask_save_path("consent.csv") == str(chosen / "consent.csv")

    freja = add_person(db, PersonInput(name="Freja Møller", work_email="freja@nordlys.dk"))
    people = PeopleView(db)
    qtbot.addWidget(people)
    people.show()
    settled(people)
    people.select_person(freja.id)
    assert people.export_person_data() is None  # cancelled

    page = register_account(db, AccountInput(url="https://www.instagram.com/frejamoller/", kind=Kind.personal,
                                             holder_id=freja.id))
    section = AgreementsSection(db, page.id)
    qtbot.addWidget(section)
    section.attach_chosen()

    # A PDF saved from any window (the policy, a person's history, a signed confirmation).
    assert PdfSaver(section, say=lambda *_: None).ask_path("Save as PDF", "policy.pdf") is None  # cancelled

    assert opened_in == [documents, chosen, chosen, chosen]
