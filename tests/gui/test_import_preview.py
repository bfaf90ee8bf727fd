"""Importing a spreadsheet from the window: the preview of a messy file (counts, rows, errors
with their line), Import held back while any row is in error, importing only the valid rows
after saying how many are left out, a clean file imported and shown, refusals and Cancel."""

import csv
import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from accountregistry.domain.errors import NotFound
from accountregistry.domain.messages import sentence
from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.dialogs.import_accounts import DETAILS, LINE, ImportAccountsDialog
from accountregistry.gui.views.dashboard_view import DashboardView
from accountregistry.services.accounts import count_accounts, find_account
from accountregistry.services.csv_import import RowAction
from accountregistry.services.ownership_report import export_report

from on_screen import accounts_view, import_dialog

NEW_URL = "https://www.tiktok.com/@nordlysny"


def find_by_url(db, url):
    try:
        return find_account(db, url)
    except NotFound:
        return None




def write_rows(path, rows, delimiter=";"):
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=delimiter).writerows(rows)
    return path


@pytest.fixture
def exported(sample, tmp_path):
    """The sample's own ownership report, as rows: header first."""
    path = tmp_path / "report.csv"
    export_report(sample, path, delimiter=";")
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def new_row(header, url=NEW_URL, display_name="Nordlys NY"):
    row = [""] * len(header)
    row[header.index("url")] = url
    row[header.index("kind")] = "company"
    row[header.index("display_name")] = display_name
    return row


@pytest.fixture
def messy(exported, tmp_path):
    """One update (line 2), two errors (lines 3 and 4), a new account (line 125), the rest unchanged."""
    header, *rows = exported
    rows[0][header.index("display_name")] = "Nyt navn æøå"
    rows[1][header.index("kind")] = "corporate"
    rows[2][header.index("holder_email")] = "not-an-email"
    return write_rows(tmp_path / "messy.csv", [header, *rows, new_row(header)])


def open_preview(qtbot, db, path) -> ImportAccountsDialog:
    dialog = ImportAccountsDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.refusal is not None)
    qtbot.waitUntil(lambda: not dialog.task.busy())
    closing = QCoreApplication.translate("DialogParts", "Close")  # the button once nothing is left to cancel
    qtbot.waitUntil(lambda: dialog.close_button.text() == closing or dialog.show_filter.isEnabled())
    return dialog


def shown_rows(dialog):
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_preview_of_a_messy_file_counts_and_lists_every_row(qtbot, qtmodeltester, sample, messy):
    dialog = open_preview(qtbot, sample, messy)
    qtmodeltester.check(dialog.model)
    counts = {action: label.text() for action, label in dialog.counts.items() if label.isVisible()}
    assert counts == {RowAction.new: "New: 1", RowAction.update: "Update: 1", RowAction.unchanged: "Unchanged: 120",
                      RowAction.error: "Error: 2"}
    assert len(shown_rows(dialog)) == 124
    assert "124 rows" in dialog.heading.text()

    # Errors are said in words, with the line the spreadsheet shows, and the first one is current.
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(RowAction.error))
    errors = shown_rows(dialog)
    assert [(row[LINE], row[1]) for row in errors] == [("3", "Error"), ("4", "Error")]
    assert errors[0][DETAILS] == "Kind “corporate” is not one of: Company, Employee role, Personal."
    # The current row in full below the table, for the keyboard (the table cuts long reasons).
    assert dialog.row_details.text() == ("Line 3: Error, https://bsky.app/profile/nordlys.dk. "
                                         "Kind “corporate” is not one of: Company, Employee role, Personal.")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.row_details.text().startswith("Line 4: Error, https://bsky.app/profile/nordlys.no. Holder email")
    assert errors[1][DETAILS].startswith("Holder email “not-an-email” is not an email address")
    assert dialog.model.index(0, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert "2 rows cannot be imported; the first is line 3" in dialog.message.text()

    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(RowAction.update))
    assert shown_rows(dialog) == [["2", "Update", "https://bsky.app/profile/emilthygesen.bsky.social",
                                   "display name: “Emil Thygesen” → “Nyt navn æøå”"]]
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(RowAction.new))
    assert [row[:3] for row in shown_rows(dialog)] == [["125", "New", NEW_URL]]

    assert not dialog.import_button.isEnabled()
    assert "2 rows are in error" in dialog.import_button.toolTip()
    assert dialog.valid_button.isVisible() and dialog.valid_button.isEnabled()


def test_nothing_is_written_until_the_user_imports_and_declining_writes_nothing(qtbot, monkeypatch, sample, messy):
    before = count_accounts(sample)
    dialog = open_preview(qtbot, sample, messy)
    asked = []
    monkeypatch.setattr(dialog, "confirm_valid_rows", lambda importing, skipped: asked.append((importing, skipped)))
    qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    assert asked == [(2, 2)]  # two rows written, two left out: said before anything happens
    assert not dialog.task.busy() and dialog.result is None
    assert count_accounts(sample) == before and find_by_url(sample, NEW_URL) is None


def test_import_only_the_valid_rows_writes_those_and_nothing_of_the_others(qtbot, monkeypatch, sample, messy):
    dialog = open_preview(qtbot, sample, messy)
    monkeypatch.setattr(dialog, "confirm_valid_rows", lambda importing, skipped: True)
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.valid_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert (result.accounts_created, result.accounts_updated, result.rows_skipped) == (1, 1, 2)
    assert find_by_url(sample, NEW_URL).kind == Kind.company
    assert find_by_url(sample, "https://bsky.app/profile/emilthygesen.bsky.social").display_name == "Nyt navn æøå"
    assert find_by_url(sample, "https://bsky.app/profile/nordlys.dk").kind != "corporate"
    qtbot.waitUntil(lambda: dialog.close_button.text() == "Close")
    assert "1 new accounts, 1 updated, 120 unchanged" in dialog.message.text()
    assert "2 rows in error left out" in dialog.message.text()
    assert not dialog.import_button.isEnabled() and not dialog.valid_button.isEnabled()


def test_a_clean_file_imports_from_the_accounts_view_and_the_view_shows_it(qtbot, monkeypatch, sample, exported,
                                                                        tmp_path):
    header, *rows = exported
    clean = write_rows(tmp_path / "clean.csv", [header, *rows, new_row(header),
                                                new_row(header, "https://www.youtube.com/@nordlysrejser-dk",
                                                        "Nordlys på YouTube")], delimiter=",")
    view = accounts_view(qtbot, sample)
    dialog = import_dialog(qtbot, monkeypatch, view, view.import_button, clean)
    assert dialog.counts[RowAction.new].text() == "New: 2" and dialog.counts[RowAction.error].text() == "Error: 0"
    assert dialog.import_button.isEnabled() and not dialog.valid_button.isVisible()
    with qtbot.waitSignal(view.accounts_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert view.count_label.text() == "125 accounts"
    for url in (NEW_URL, "https://www.youtube.com/@nordlysrejser-dk"):
        assert view.model.index_of_account(find_by_url(sample, url).id).isValid()


@pytest.mark.parametrize("content, code, line", [
    (b"", "import_empty", None),
    (b"url;kind\nhttps://x.com/a\x00b;company\n", "import_nul_bytes", 2),
    (b"hello;world\n1;2\n", "import_no_header", 1),
])
def test_a_file_that_cannot_be_read_is_refused_in_a_sentence(qtbot, sample, tmp_path, content, code, line):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    dialog = open_preview(qtbot, sample, path)
    assert dialog.plan is None and (dialog.refused.code, dialog.refused.line) == (code, line)
    assert dialog.refusal == dialog.refused.sentence()
    assert dialog.message.text() == dialog.refusal and dialog.message.isVisible()
    assert dialog.heading.text() == "empty.csv cannot be imported."
    assert not dialog.import_button.isEnabled() and not dialog.valid_button.isVisible()
    assert dialog.close_button.text() == "Close"


def test_cancel_during_the_import_rolls_it_back(qtbot, sample, exported, tmp_path):
    header = exported[0]
    path = write_rows(tmp_path / "new.csv", [header, new_row(header)])
    dialog = open_preview(qtbot, sample, path)
    reached, go_on = threading.Event(), threading.Event()

    def hold(done, total):  # in the worker thread, inside the import's transaction
        if not reached.is_set():
            reached.set()
            go_on.wait()

    dialog.task.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels the import, not the dialog
    assert dialog.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.task.busy() and dialog.close_button.isEnabled())
    assert dialog.message.text() == sentence("import_cancelled", {})
    assert find_by_url(sample, NEW_URL) is None and dialog.result is None
    assert dialog.import_button.isEnabled()  # the preview stands: the user may import after all


def test_a_danish_window_shows_import_refusals_in_danish(qtbot, speak, sample, messy, tmp_path):
    speak("da")
    dialog = open_preview(qtbot, sample, messy)
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(RowAction.error))
    errors = shown_rows(dialog)
    assert [(row[LINE], row[1]) for row in errors] == [("3", "Fejl"), ("4", "Fejl")]
    assert errors[0][DETAILS] == "Type »corporate« er ikke en af: Virksomhed, Medarbejderrolle, Personlig."
    assert errors[1][DETAILS].startswith("Indehaverens e-mail »not-an-email« er ikke en e-mailadresse")
    assert dialog.row_details.text().startswith("Linje 3: Fejl, https://bsky.app/profile/nordlys.dk. Type »corporate«")
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(RowAction.new))
    assert [(row[LINE], row[1], row[DETAILS]) for row in shown_rows(dialog)] == [("125", "Ny", "En ny konto.")]

    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    refused = open_preview(qtbot, sample, empty)
    assert refused.refusal.startswith("tom.csv er tom; den skal have en overskriftslinje")
    assert refused.message.text() == refused.refusal


def test_the_welcome_panel_asks_for_an_import(qtbot):
    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    assert dashboard.welcome.import_button.isEnabled()
    with qtbot.waitSignal(dashboard.import_requested):
        qtbot.mouseClick(dashboard.welcome.import_button, Qt.MouseButton.LeftButton)


def test_a_row_that_would_grant_a_revoked_role_again_is_a_conflict_left_out_unless_ticked(qtbot, sample,
                                                                                          tmp_path):
    from accountregistry.services.roles import revoke_role
    from engine_support import roles_of_account

    old = tmp_path / "old.csv"
    export_report(sample, old, delimiter=";")
    account = find_by_url(sample, "https://bsky.app/profile/nordlys.dk")
    grant = next(r for r in roles_of_account(sample, account.id, active_only=True))
    revoke_role(sample, role_id=grant.id, reason="Left the team")  # after the export (its day counts)

    dialog = open_preview(qtbot, sample, old)
    assert dialog.counts[RowAction.conflict].text() == "Conflict: 1"
    assert dialog.grant_again.isVisible() and not dialog.grant_again.isChecked()
    assert dialog.model.row_at(dialog.table.currentIndex().row()).action == RowAction.conflict
    assert dialog.row_details.text().startswith("Line 3: Conflict, https://bsky.app/profile/nordlys.dk.")
    assert not dialog.import_button.isEnabled()  # nothing else in the file to write

    dialog.grant_again.setFocus()
    qtbot.keyClick(dialog.grant_again, Qt.Key.Key_Space)  # ticked: chosen explicitly
    assert dialog.grant_again.isChecked() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0].roles_granted == 1 and imported.args[0].conflicts_left_out == 0
    assert grant.person_id in {r.person_id for r in roles_of_account(sample, account.id, active_only=True)}


def test_the_preview_says_how_many_cells_held_formulas_and_that_their_text_is_imported(qtbot, sample, exported,
                                                                                        tmp_path):
    from openpyxl import Workbook

    header = exported[0]
    book = Workbook()
    book.active.append(header)
    for number, formula in enumerate(['=A1&"x"', "=cmd|' /C calc'!A0"]):
        row = new_row(header, url=f"{NEW_URL}{number}")
        row[header.index("notes")] = formula
        book.active.append(row)
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    dialog = open_preview(qtbot, sample, path)
    assert dialog.plan.formula_cells == 2 and not dialog.plan.errors
    assert dialog.notes.isVisible()
    assert sentence("workbook_formula_cells", {"file": "formulas.xlsx", "count": 2}) in dialog.notes.text()


def test_the_preview_counts_its_errors_and_conflicts_without_a_pass_over_the_rows(qtbot, monkeypatch, sample,
                                                                                   messy):
    """plan.errors / plan.conflicts are a Python pass over every row each (200,000 rows: ~5 ms);
    the preview counts with plan.count (C speed) and finds the first error without them."""
    from accountregistry.services.import_planning import PlannedRows

    passes = []
    having = PlannedRows.having
    monkeypatch.setattr(PlannedRows, "having", lambda rows, action: passes.append(action) or having(rows, action))
    dialog = open_preview(qtbot, sample, messy)
    assert "2 rows cannot be imported; the first is line 3" in dialog.message.text()
    assert dialog.model.row_at(dialog.table.currentIndex().row()).line == 3
    assert "2 rows are in error" in dialog.import_button.toolTip()
    assert passes == []


def test_a_danish_preview_writes_the_number_of_formula_cells_as_danish_numbers(qtbot, speak, sample, exported,
                                                                                tmp_path):
    from openpyxl import Workbook

    speak("da")
    header = exported[0]
    book = Workbook()
    book.active.append(header)
    for number in range(1234):
        row = new_row(header, url=f"{NEW_URL}{number}")
        row[header.index("notes")] = f"=A{number + 1}&\"x\""
        book.active.append(row)
    path = tmp_path / "formler.xlsx"
    book.save(path)
    dialog = open_preview(qtbot, sample, path)
    assert dialog.plan.formula_cells == 1234
    assert "Celler med formler i formler.xlsx: 1.234." in dialog.notes.text()  # as every other count: "1.234"
