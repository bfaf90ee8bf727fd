"""Exporting the ownership report: which file, which delimiter, which accounts; written in the
background with progress and a Cancel that leaves no file behind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QRadioButton, QVBoxLayout,
                               QWidget)

from accountregistry.gui.file_folders import documents_folder
from accountregistry.gui.formatting import format_number
from accountregistry.gui.messages import show_message
from accountregistry.gui.tasks import Task, failure_sentence
from accountregistry.gui.widgets.dialog_parts import (cancel_work, chain_tab_order, laid_out, name_close_button, named,
                                                     plain_label, push_button, show_progress)
from accountregistry.domain.messages import format_value
from accountregistry.services.ownership_report import default_delimiter, export_report
from accountregistry.services.workbook_reading import beyond_import
from accountregistry.store.database import Database


@dataclass(frozen=True)
class ReportSelection:
    """Which accounts a report holds, in the terms export_report takes."""

    count: int
    kind: str | None = None  # a Kind value, or "unknown" for accounts of no recorded kind
    platform: str | None = None
    status: str | None = None
    account_ids: tuple[int, ...] | None = None

    @classmethod
    def of_accounts(cls, account_ids: Iterable[int]) -> ReportSelection:
        ids = tuple(account_ids)
        return cls(count=len(ids), account_ids=ids)

    def arguments(self) -> dict:
        return {"kind": self.kind, "platform": self.platform, "status": self.status, "account_ids": self.account_ids}


def default_report_path(folder: Path | None = None, today: date | None = None) -> Path:
    """ownership-report-2026-12-31.csv in the user's documents folder (or home)."""
    if folder is None:
        folder = documents_folder()
    return folder / f"ownership-report-{(today or date.today()).isoformat()}.csv"


class ExportReportDialog(QDialog):
    """Stays open after the export to say what was written (or why not); emits `exported`."""

    exported = Signal(Path, int)

    def __init__(self, db: Database, *, shown: ReportSelection, everything: ReportSelection,
                 filtered: bool, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.shown, self.everything = shown, everything
        self.written_path: Path | None = None
        self.written_count: int | None = None
        self._confirmed_path: Path | None = None  # chosen in a file dialog, which asked about replacing
        self._target_path: Path | None = None
        suggested = default_report_path(folder)
        self._folder = suggested.parent  # where a bare file name goes
        self.task = Task(self, progress=self._show_progress, success=self._exported, failure=self._failed,
                         cancelled=self._cancelled, finished=self._work_ended)
        self.setWindowTitle(self.tr("Export the ownership report"))

        intro = plain_label(self.tr("One row per account, with its holder, administrators, login, two-factor "
                                    "sign-in, handover terms, review dates and risks. Excel and LibreOffice open it, "
                                    "and Import reads it back. It names people and their roles, so only you can read "
                                    "the file (as with the registry itself); share it deliberately."))

        self.path_edit = named(QLineEdit(str(suggested)), self.tr("File"))
        self.path_edit.setToolTip(self.tr("The file to write; type a name or choose one"))
        self.path_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 52)
        self.choose_button = push_button(self.tr("C&hoose…"), self.tr("Choose the file"), self._choose,
                                         tip=self.tr("Choose the file in a file dialog"))
        self.choose_button.setAutoDefault(False)
        file_row = laid_out(QHBoxLayout(), (self.path_edit, 1), self.choose_button)
        self.path_message = named(plain_label(hidden=True), self.tr("Problem with the file"))

        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Semicolon ( ; ) for Danish, Swedish, Norwegian and most of Europe"), ";")
        self.delimiter.addItem(self.tr("Comma ( , ) for English"), ",")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        self.delimiter.setCurrentIndex(max(self.delimiter.findData(default_delimiter()), 0))
        self.delimiter.setAccessibleName(self.tr("Delimiter"))
        self.delimiter.setToolTip(self.tr("The character between cells. The spreadsheet on this computer "
                                          "expects the one chosen first."))

        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("For people: headings, values and risks in your language"), "people")
        self.layout_choice.addItem(self.tr("For programs and re-import: the fixed column names and stored values"),
                                   "data")
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        self.layout_choice.setToolTip(self.tr("Both can be imported again. The file ends in .xlsx or .ods for a "
                                              "workbook (with a sheet explaining the risks), .csv for plain text."))

        if filtered:
            shown_text = self.tr("Only the accounts &shown (current filters: {count} accounts)")
        else:
            shown_text = self.tr("The accounts &shown ({count} accounts; no filter is set)")
        self.only_shown = QRadioButton(shown_text.format(count=format_number(shown.count)))
        self.only_shown.setAccessibleName(self.tr("Only the accounts shown"))
        self.all_accounts = QRadioButton(self.tr("&All accounts ({count})").format(
            count=format_number(everything.count)))
        self.all_accounts.setAccessibleName(self.tr("All accounts"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.only_shown)
        self.scope.addButton(self.all_accounts)
        self.only_shown.setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(2)
        laid_out(scope_box, self.only_shown, self.all_accounts)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow("", self.path_message)
        delimiter_label = QLabel(self.tr("&Delimiter:"))
        delimiter_label.setBuddy(self.delimiter)
        form.addRow(delimiter_label, self.delimiter)
        layout_label = QLabel(self.tr("&Layout:"))
        layout_label.setBuddy(self.layout_choice)
        form.addRow(layout_label, self.layout_choice)
        form.addRow(QLabel(self.tr("Accounts:")), scope_box)

        self.progress = named(QProgressBar(), self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = named(plain_label(selectable=True), self.tr("Export status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.status.setVisible(False)
        # Their room is kept while hidden: the form never jumps or squeezes when they appear.
        for widget in (self.progress, self.status):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        self.close_button = named(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.close_button.setAutoDefault(False)

        laid_out(QVBoxLayout(self), intro, form, self.progress, self.status, 1, self.buttons)
        # The buttons keep their place after the button box, which orders them: taken out of it,
        # Tab from the last one went to the box and on to its first again, never back to the top.
        chain_tab_order([self.path_edit, self.choose_button, self.delimiter, self.layout_choice, self.only_shown,
                         self.all_accounts])
        self.path_edit.setFocus()
        self.path_edit.selectAll()

        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.path_edit.textEdited.connect(self._changed)
        self.delimiter.currentIndexChanged.connect(self._changed)
        self.scope.buttonToggled.connect(self._changed)

    def _changed(self, *_) -> None:
        # After an export Enter closes the dialog; once something changes it exports again.
        self.path_message.setVisible(False)
        self.export_button.setDefault(True)

    # --- seams a test replaces: modal dialogs it cannot drive ----------------------------

    def ask_for_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ownership report"), suggested,
                                              self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx);;"
                                                      "LibreOffice spreadsheets (*.ods);;All files (*)"))
        return path or None

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"),
            self.tr("{path} exists already. Replace it with the new report?").format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- what the user does --------------------------------------------------------------

    def selection(self) -> ReportSelection:
        return self.shown if self.only_shown.isChecked() else self.everything

    def _choose(self) -> None:
        chosen = self.ask_for_path(self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)
            self._confirmed_path = self._target()
            self.path_message.setVisible(False)
            self.export_button.setFocus()

    def _target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.suffix and not path.is_dir():
            path = path.with_suffix(".csv")  # a name typed without one; spreadsheets look for .csv
        if not path.is_absolute():
            path = self._folder / path
        return path

    def _say_path_problem(self, text: str) -> None:
        show_message(self.path_message, text)
        self.path_edit.setFocus()

    def export(self) -> None:
        if self.task.busy():
            return
        target = self._target()
        if target is None:
            self._say_path_problem(self.tr("Give the name of the file to write the report to."))
            return
        if target.is_file() and target != self._confirmed_path and not self.confirm_replace(target):
            return
        self.path_edit.setText(str(target))
        selection, delimiter = self.selection(), self.delimiter.currentData()
        layout = self.layout_choice.currentData()
        self._set_working(True)
        self.status.setText(self.tr("Reading {count} accounts…").format(count=format_number(selection.count)))
        self.status.setVisible(True)
        self.progress.setRange(0, 0)  # busy until the first progress report gives a total
        self.progress.setVisible(True)
        self._target_path = target

        def work(progress):
            return export_report(self.db, target, delimiter=delimiter, layout=layout, progress=progress,
                                 **selection.arguments())

        self.task.start(work)

    def reject(self) -> None:
        if not cancel_work(self.task, self.close_button, self.status, self.tr("Cancelling…")):
            super().reject()

    # --- what the work reports -----------------------------------------------------------

    def _set_working(self, working: bool) -> None:
        for widget in (self.path_edit, self.choose_button, self.delimiter, self.layout_choice, self.only_shown,
                       self.all_accounts, self.export_button):
            widget.setEnabled(not working)
        name_close_button(self.close_button, cancels=working)

    def _show_progress(self, done: int, total: int) -> None:
        if not self.task.cancel_requested():
            show_progress(self.progress, done, total, self.status, self.tr("Writing {done} of {total} accounts…"))

    def _exported(self, count: int) -> None:
        self.written_path, self.written_count = self._target_path, count
        self.close_button.setDefault(True)
        self.exported.emit(self._target_path, count)
        show_progress(self.progress, 1, 1)
        said = self.tr("Exported {count} account to {path}.") if count == 1 else self.tr(
            "Exported {count} accounts to {path}.")
        beyond = beyond_import(self._target_path)
        said = said.format(count=format_number(count), path=self._target_path)
        show_message(self.status, f"{said} {format_value(beyond)}" if beyond else said, error=False)

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        show_message(self.status, self.tr("Not exported. {reason}").format(reason=failure_sentence(error)), error=True)

    def _cancelled(self) -> None:
        self.progress.setVisible(False)
        show_message(self.status, self.tr("The export was cancelled; no file was written."), error=False)

    def _work_ended(self) -> None:
        self._set_working(False)
        self.close_button.setFocus()
