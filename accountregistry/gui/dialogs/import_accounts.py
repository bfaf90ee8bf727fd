"""Importing accounts from a spreadsheet, with a preview before anything is written.

The file is read and checked in the background (services.csv_import.read_table and
plan_import); the preview lists every row as new, update (with what changes), unchanged,
conflict (it would grant again a role an offboarding took away, or one revoked after the file
was exported: left out unless the user ticks the box that says so) or error (with its line and
why). Nothing is written until the user presses Import, which stays
disabled while any row is in error; importing only the valid rows is a separate, confirmed
choice. The import itself runs in the background with progress and a Cancel that rolls back.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QProgressBar, QStyle, QTableView, QVBoxLayout, QWidget)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.messages import sentence
from accountregistry.gui.formatting import format_number
from accountregistry.gui.models.columns import Index
from accountregistry.gui.messages import message_colours, show_message
from accountregistry.gui.tasks import Task, failure_sentence
from accountregistry.gui.widgets.dialog_parts import (chain_tab_order, laid_out, name_close_button, named,
                                                     plain_label, show_progress)
from accountregistry.gui.widgets.record_table import record_table
from accountregistry.services.csv_import import (ImportPlan, ImportResult, PlannedRow, PlannedRows, RowAction,
                                                 apply_import, plan_import, read_table)
from accountregistry.store.database import Database

# What the preview says of a new row (a person row says NEW_PERSON: import_people).
NEW_ACCOUNT = QT_TRANSLATE_NOOP("ImportPreview", "A new account.")
ACTION_NAMES = {
    RowAction.new: QT_TRANSLATE_NOOP("ImportPreview", "New"),
    RowAction.update: QT_TRANSLATE_NOOP("ImportPreview", "Update"),
    RowAction.unchanged: QT_TRANSLATE_NOOP("ImportPreview", "Unchanged"),
    RowAction.conflict: QT_TRANSLATE_NOOP("ImportPreview", "Conflict"),
    RowAction.error: QT_TRANSLATE_NOOP("ImportPreview", "Error"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Line"),
    QT_TRANSLATE_NOOP("ImportPreview", "Action"),
    QT_TRANSLATE_NOOP("ImportPreview", "Account"),
    QT_TRANSLATE_NOOP("ImportPreview", "What changes, or why the row cannot be imported"),
)
LINE, ACTION, ACCOUNT, DETAILS = range(4)


def _translate(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def action_text(action: RowAction) -> str:
    return _translate(ACTION_NAMES[action])


def details_text(row: PlannedRow) -> str:
    """What the preview says about a row: the reason for an error, the changes of an update."""
    if row.action == RowAction.error:
        return row.reason or ""
    parts: list[str] = []
    if row.action == RowAction.new:
        parts.append(QCoreApplication.translate("ImportPreview", getattr(row, "NEW_TEXT", NEW_ACCOUNT)))
    for change in row.changes:
        # The column keeps its name in the file's header: that is the word the user wrote.
        parts.append(QCoreApplication.translate("ImportPreview", "{column}: “{old}” → “{new}”").format(
            column=change.column.replace("_", " "), old=change.old, new=change.new))
    parts.extend(row.note_sentences())
    if row.action == RowAction.conflict:  # why it is left out first, then what it would change
        return row.reason + " " + "; ".join(parts)
    return "; ".join(parts) if row.action == RowAction.update else " ".join(parts)


class ImportPreviewModel(QAbstractTableModel):
    """The plan's rows, optionally only those of one action; error rows stand out in words,
    weight and an icon, and a tint besides."""

    def __init__(self, parent=None, headers: tuple[str, ...] = HEADERS):
        super().__init__(parent)
        self.headers = headers  # the third names what a row is: an account, a person
        self._rows: Sequence[PlannedRow] = []
        self._shown: Sequence[PlannedRow] = []
        self._action: RowAction | None = None

    def set_plan_rows(self, rows: Sequence[PlannedRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = self._filtered()
        self.endResetModel()

    def set_action(self, action: RowAction | None) -> None:
        self.beginResetModel()
        self._action = action
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> Sequence[PlannedRow]:
        if self._action is None:
            return self._rows
        if isinstance(self._rows, PlannedRows):  # an account import's: made only for the rows shown
            return self._rows.having(self._action)
        return [row for row in self._rows if row.action == self._action]

    def row_at(self, row: int) -> PlannedRow:
        return self._shown[row]

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return _translate(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row, column = self._shown[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.action not in (RowAction.error, RowAction.conflict):
            return None
        return self._error_style(column, role, row.action == RowAction.conflict)

    @staticmethod
    def _text(row: PlannedRow, column: int, role: int) -> str | None:
        if column == LINE:
            return str(row.line) if role == Qt.ItemDataRole.DisplayRole else None
        if column == ACTION:
            return action_text(row.action)
        if column == ACCOUNT:
            return row.account
        return details_text(row)

    @staticmethod
    def _error_style(column: int, role: int, conflict: bool):
        """How an error (or a conflict) row stands out besides its words: weight, an icon and a tint."""
        if role == Qt.ItemDataRole.FontRole and column in (ACTION, DETAILS):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == ACTION:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole:
            dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            if conflict:
                return QColor("#4a3a12") if dark else QColor("#fff3d6")
            return QColor("#4a1f1f") if dark else QColor("#fde7e7")
        return None


class ImportAccountsDialog(QDialog):
    """Checks `path` as soon as it opens; emits `imported` with the ImportResult once written."""

    imported = Signal(object)
    HEADERS = HEADERS

    def __init__(self, db: Database, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.refusal: str | None = None  # the sentence the file or the import was refused with
        self.refused: RegistryError | None = None  # ... and the refusal itself
        self._phase = "checking"  # checking, preview, importing, done
        self.task = Task(self, progress=self._show_progress, success=self._succeeded, failure=self._failed,
                         cancelled=self._cancelled, finished=self._update_buttons)
        self.setWindowTitle(self.title())

        self.heading = named(plain_label(), self.tr("File"))
        self.counts: dict[RowAction, QLabel] = {}
        count_row = QHBoxLayout()
        for action in RowAction:
            label = named(QLabel(), self.tr("{action} rows").format(action=action_text(action)))
            self.counts[action] = label
            count_row.addWidget(label)
            count_row.addSpacing(16)
        count_row.addStretch(1)
        self.message = named(plain_label(selectable=True, hidden=True), self.tr("What the import says"))
        self.notes = named(plain_label(hidden=True), self.tr("Notes about the file"))

        self.show_filter = named(QComboBox(), self.tr("Show"))
        self.show_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.show_filter)
        filter_row.addStretch(1)

        self.model = ImportPreviewModel(self, self.HEADERS)
        self.table = record_table(QTableView(), self.tr("Rows of the file"))
        self.table.setModel(self.model)
        self.table.setColumnWidth(LINE, 56)
        self.table.setColumnWidth(ACTION, 110)
        self.table.setColumnWidth(ACCOUNT, 300)

        # The current row in full: long reasons are cut in the table, and tooltips need a mouse.
        self.row_details = named(plain_label(selectable=True), self.tr("The chosen row"))
        self.row_details.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.row_details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        # Rows that would grant again a role an offboarding took away are left out unless chosen.
        self.grant_again = QCheckBox()
        self.grant_again.setVisible(False)
        self.grant_again.toggled.connect(lambda _checked: self._update_buttons())

        self.progress = named(QProgressBar(), self.tr("Progress"))
        self.progress.setRange(0, 0)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.valid_button = self.buttons.addButton(self.tr("Import only the &valid rows…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.valid_button.setAccessibleName(self.tr("Import only the valid rows"))
        self.valid_button.setToolTip(self.tr("Leave out the rows in error and import the others"))
        self.close_button = named(self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        for button in (self.import_button, self.valid_button, self.close_button):
            button.setAutoDefault(False)
        self.import_button.setDefault(True)

        laid_out(QVBoxLayout(self), self.heading, count_row, self.message, self.notes, filter_row, (self.table, 1),
                 self.row_details, self.grant_again, self.progress, self.buttons)
        chain_tab_order([self.show_filter, self.table, self.grant_again, self.import_button, self.valid_button,
                         self.close_button])
        self.resize(980, 600)

        self.show_filter.currentIndexChanged.connect(self._filter_rows)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._describe_row(current))
        self.import_button.clicked.connect(lambda: self.start_import(only_valid_rows=False))
        self.valid_button.clicked.connect(self.import_valid_rows)
        self.close_button.clicked.connect(self.reject)

        self.heading.setText(self.tr("Checking {path}…").format(path=self.path))
        self._update_buttons()
        source = self.path
        self.task.start(lambda progress: self.check(source))

    # --- what another kind of import (people) replaces -----------------------------------

    def title(self) -> str:
        return self.tr("Import accounts from {name}").format(name=self.path.name)

    def check(self, source: Path):
        """In the background: the file read and planned against the registry; writes nothing."""
        return plan_import(self.db, read_table(source))

    def write(self, plan, *, only_valid_rows: bool, grant_again: bool, progress):
        """In the background: the plan written."""
        return apply_import(self.db, plan, only_valid_rows=only_valid_rows, grant_again=grant_again,
                            progress=progress)

    # --- seams a test replaces: modal dialogs it cannot drive ----------------------------

    def confirm_valid_rows(self, importing: int, skipped: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Import only the valid rows"),
            self.tr("Import {importing} rows and leave out the {skipped} rows in error? The rows left out are "
                    "not imported; correct them in the file and import it again.").format(
                importing=format_number(importing), skipped=format_number(skipped)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- the preview ---------------------------------------------------------------------

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._phase = "preview"
        self.progress.setVisible(False)
        rows = len(plan.rows)
        self.heading.setText(self.tr("{name}: {rows} rows. Nothing is written until you press Import.").format(
            name=self.path.name, rows=format_number(rows)))
        counted = {action: plan.count(action) for action in RowAction}
        for action, label in self.counts.items():
            label.setText(self.tr("{action}: {count}").format(action=action_text(action),
                                                              count=format_number(counted[action])))
            if action == RowAction.error and counted[action]:
                label.setStyleSheet(f"color: {message_colours(self)[0]}; font-weight: bold")
            label.setVisible(action != RowAction.conflict or counted[action] > 0)  # rare: only when there are
        self.show_filter.blockSignals(True)
        self.show_filter.clear()
        self.show_filter.addItem(self.tr("All rows ({count})").format(count=format_number(rows)), None)
        for action in RowAction:
            self.show_filter.addItem(self.tr("{action} ({count})").format(action=action_text(action),
                                                                         count=format_number(counted[action])), action)
        self.show_filter.blockSignals(False)
        self.model.set_plan_rows(plan.rows)
        notes = [note for shown, note in (
            (plan.unknown_columns, self.tr("Columns this registry does not know are left out: {columns}.").format(
                columns=", ".join(plan.unknown_columns))),
            (plan.ignored_columns, self.tr("Columns the registry computes itself are not read: {columns}.").format(
                columns=", ".join(plan.ignored_columns))),
            (plan.new_people, self.tr("{count} people not yet in the registry will be added.").format(
                count=format_number(len(plan.new_people)))),
            (plan.formula_cells, sentence("workbook_formula_cells", {"file": self.path.name,
                                                                     "count": format_number(plan.formula_cells)})),
        ) if shown]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        errors, conflicts = counted[RowAction.error], counted[RowAction.conflict]
        self._say_verdict(plan, errors, conflicts)
        self.grant_again.setText(self.tr("Also import the {count} rows in conflict: grant those roles again").format(
            count=format_number(conflicts)))
        self.grant_again.setAccessibleName(self.tr("Also import the rows in conflict"))
        self.grant_again.setVisible(bool(conflicts))
        self.table.setFocus()
        if self.model.rowCount():
            first_shown = self.model.index(0, 0)
            if errors or conflicts:  # start on the first row that needs attention
                first_shown = self.model.index(plan.first_of(RowAction.error if errors else RowAction.conflict), 0)
            self.table.setCurrentIndex(first_shown)
            self.table.scrollTo(first_shown)
        self._update_buttons()

    def _say_verdict(self, plan: ImportPlan, errors: int, conflicts: int) -> None:
        if errors:
            first = plan.rows[plan.first_of(RowAction.error)]
            said = self.tr("{count} rows cannot be imported; the first is line {line}: {reason} Correct the "
                           "file and check it again, or import only the valid rows.").format(
                count=format_number(errors), line=first.line, reason=first.reason)
            if plan.shifted is not None:  # why the rows fail, before the first of them
                said = plan.shifted.sentence() + " " + said
            self._say(said, error=True)
        elif conflicts:
            self._say(self.tr("{count} rows would grant again a role that an offboarding took away, or that was "
                              "revoked after the file was exported; they are left out unless you choose otherwise "
                              "below.").format(count=format_number(conflicts)), error=True)
        elif not self._writable_rows():
            self._say(self.tr("Nothing to import: every account in the file is already in the registry as the "
                              "file has it."), error=False)
        else:
            self.message.setVisible(False)

    def _filter_rows(self) -> None:
        self.model.set_action(self.show_filter.currentData())
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        else:
            self.row_details.clear()

    def _describe_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            self.row_details.clear()
            return
        row = self.model.row_at(index.row())
        details = details_text(row)
        text = self.tr("Line {line}: {action}, {account}.") if row.account else self.tr("Line {line}: {action}.")
        text = text.format(line=row.line, action=action_text(row.action), account=row.account)
        self.row_details.setText(f"{text} {details}" if details else text)

    def _writable_rows(self) -> int:
        if self.plan is None:
            return 0
        chosen = self.plan.count(RowAction.conflict) if self.grant_again.isChecked() else 0
        return self.plan.count(RowAction.new) + self.plan.count(RowAction.update) + chosen

    def _update_buttons(self) -> None:
        working = self.task.busy() and self._phase in ("checking", "importing")
        previewing = self._phase == "preview" and self.plan is not None and not working
        errors = self.plan.count(RowAction.error) if self.plan is not None else 0
        self.import_button.setEnabled(previewing and not errors and self._writable_rows() > 0)
        if previewing and errors:
            self.import_button.setToolTip(self.tr("Disabled: {count} rows are in error. Correct them, or import "
                                                  "only the valid rows.").format(count=format_number(errors)))
        else:
            self.import_button.setToolTip(self.tr("Write the new and changed accounts to the registry"))
        self.valid_button.setVisible(errors > 0)
        self.valid_button.setEnabled(previewing and errors > 0 and self._writable_rows() > 0)
        self.show_filter.setEnabled(self.plan is not None)
        self.grant_again.setEnabled(previewing)
        done = self._phase in ("done", "refused")
        name_close_button(self.close_button, cancels=not done)
        if done:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    # --- importing -----------------------------------------------------------------------

    def import_valid_rows(self) -> None:
        if self.plan is None or not self.plan.count(RowAction.error):
            return
        if self.confirm_valid_rows(self._writable_rows(), self.plan.count(RowAction.error)):
            self.start_import(only_valid_rows=True)

    def start_import(self, *, only_valid_rows: bool) -> None:
        if self.plan is None or self.task.busy() or self._phase != "preview":
            return
        plan = self.plan
        self._phase = "importing"
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._say(self.tr("Importing…"), error=False)
        grant_again = self.grant_again.isChecked()
        self.task.start(lambda progress: self.write(plan, only_valid_rows=only_valid_rows, grant_again=grant_again,
                                                    progress=progress))
        self._update_buttons()

    def reject(self) -> None:
        if self._phase == "importing" and self.task.busy():
            # Escape and Cancel stop the import; it rolls back, and the dialog says so.
            self.task.cancel()
            self.close_button.setEnabled(False)
            self._say(self.tr("Cancelling; nothing will be written…"), error=False)
            return
        # Checking writes nothing: closing simply drops its result when it arrives.
        super().reject()

    # --- what the work reports -----------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        if self._phase == "importing" and not self.task.cancel_requested():
            show_progress(self.progress, done, total)

    def _succeeded(self, outcome) -> None:
        if self._phase == "checking":
            self._show_plan(outcome)
            return
        self.result = outcome
        self._phase = "done"
        self.progress.setVisible(False)
        self._say(self.written_text(outcome), error=False)
        self._update_buttons()
        self.imported.emit(outcome)

    def written_text(self, outcome) -> str:
        said = self.tr("Imported from {name}: {created} new accounts, {updated} updated, {unchanged} unchanged.") \
            .format(name=self.path.name, created=format_number(outcome.accounts_created),
                    updated=format_number(outcome.accounts_updated),
                    unchanged=format_number(outcome.accounts_unchanged))
        extra = []
        if outcome.people_created:
            extra.append(self.tr("{count} people added").format(count=format_number(outcome.people_created)))
        if outcome.roles_granted:
            extra.append(self.tr("{count} roles granted").format(count=format_number(outcome.roles_granted)))
        if outcome.terms_recorded:
            extra.append(self.tr("{count} handover terms recorded").format(count=format_number(outcome.terms_recorded)))
        if outcome.rows_skipped:
            extra.append(self.tr("{count} rows in error left out").format(count=format_number(outcome.rows_skipped)))
        if outcome.conflicts_left_out:
            extra.append(self.tr("{count} rows in conflict left out").format(
                count=format_number(outcome.conflicts_left_out)))
        if extra:
            said += " " + "; ".join(extra) + "."
        return said

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        if self._phase == "checking":
            self._phase = "refused"
            self.heading.setText(self.tr("{name} cannot be imported.").format(name=self.path.name))
        else:
            self._phase = "preview"  # nothing was written: the preview stands, the user may try again
        self._update_buttons()
        self.refusal = failure_sentence(error)
        self.refused = error if isinstance(error, RegistryError) else None
        self._say(self.refusal, error=True)

    def _cancelled(self) -> None:
        self._phase = "preview"
        self.progress.setVisible(False)
        self._say(self.tr("The import was cancelled; nothing was written."), error=False)
        self._update_buttons()

    def _say(self, text: str, *, error: bool) -> None:
        show_message(self.message, text, error=error)
