"""The ownership report exported from the main window with the keyboard alone: Ctrl+2 to the
accounts, Ctrl+E for the export, a file name typed, Enter to export, Escape to close."""

import csv

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from accountregistry.gui.dialogs.export_report import ExportReportDialog
from accountregistry.services.accounts import count_accounts
from accountregistry.services.ownership_report import HEADER
from accountregistry.services.report_layouts import Layout


@pytest.fixture
def window(open_main_window, sample):
    return open_main_window(sample)


def test_export_the_report_with_the_keyboard_only(qtbot, sample, tmp_path, window):
    target = tmp_path / "out" / "ejerskab.csv"
    target.parent.mkdir()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "Accounts"
    seen = []

    def use_the_dialog():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert isinstance(dialog, ExportReportDialog)
        typing_into = dialog.focusWidget()
        assert typing_into is dialog.path_edit  # the file name is where typing starts
        qtbot.keyClick(typing_into, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(typing_into, str(target))
        qtbot.keyClick(typing_into, Qt.Key.Key_Return)  # Export is the default button
        qtbot.waitUntil(lambda: dialog.written_count is not None and dialog.close_button.isEnabled())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    QTimer.singleShot(0, use_the_dialog)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    with target.open(encoding="utf-8-sig", newline="") as file:
        delimiter = file.readline()[len("platform")]
        file.seek(0)
        rows = list(csv.reader(file, delimiter=delimiter))
    assert tuple(rows[0]) == Layout("people", HEADER).header  # the window's default: the report for people
    assert len(rows) - 1 == count_accounts(sample) == 123
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert QApplication.activeModalWidget() is None  # Escape closed the dialog
