"""Reviews in the window: "Mark reviewed" with an optional note, and the review round, where
the accounts due are gone through group by group (holder or responsible unit), each confirmed
as it is or flagged for change, and the round can be written out as a checklist."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.platforms import platform_name
from accountregistry.gui.file_folders import choose_file_to_save
from accountregistry.gui.formatting import format_date, format_number
from accountregistry.gui.messages import show_message
from accountregistry.gui.tasks import Progress, Task, failure_sentence
from accountregistry.gui.widgets.dialog_parts import (chain_tab_order, laid_out, named, plain_label, push_button,
                                                     show_progress)
from accountregistry.services.ownership_report import default_delimiter
from accountregistry.services.reviews import (
    NO_HOLDER,
    NO_UNIT,
    ReviewGroup,
    ReviewItem,
    flag_for_change,
    mark_reviewed,
    review_round,
    write_review_checklist,
)
from accountregistry.store.database import Database

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class ReviewOutcome:
    """What a batch of reviews did: the accounts done, and why it stopped early if it did."""

    total: int
    done: list[int] = field(default_factory=list)
    error: RegistryError | None = None

    @property
    def stopped_early(self) -> bool:
        return len(self.done) < self.total


def review_each(db: Database, account_ids: Sequence[int], action: Callable[[Database, int], object],
                progress: Progress) -> ReviewOutcome:
    """Apply one review action to each account in turn (each its own record in the audit trail).

    Cancelling stops between accounts: those done stay done, as a reviewer's ticks on paper do.
    """
    outcome = ReviewOutcome(total=len(account_ids))
    for account_id in account_ids:
        if not progress(len(outcome.done), outcome.total):
            break
        try:
            action(db, account_id)
        except RegistryError as error:  # e.g. the account was deleted meanwhile: say so, keep the rest
            outcome.error = error
            break
        outcome.done.append(account_id)
    progress(len(outcome.done), outcome.total)
    return outcome


class ReviewNoteDialog(QDialog):
    """Asks for the note a review records: optional when confirming, required when flagging."""

    def __init__(self, title: str, prompt: str, action: str, *, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        text = plain_label(prompt)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        self.note.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 50)
        label = QLabel(self.tr("&Note (what needs changing):") if required else self.tr("&Note (optional):"))
        label.setBuddy(self.note)
        self.note.setAccessibleName(self.tr("Note"))
        self.message = plain_label(hidden=True)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(action.replace("&", ""))
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        laid_out(QVBoxLayout(self), text, label, self.note, self.message, buttons)

    def accept(self) -> None:
        if self.required and not self.note.text().strip():
            show_message(self.message, self.tr("Write what needs changing, so that whoever changes it knows."))
            self.note.setFocus()
            return
        super().accept()

    def text(self) -> str:
        return self.note.text().strip()


def ask_note(parent: QWidget, *, count: int, flag: bool) -> str | None:
    """The note for reviewing `count` accounts, or None if the user cancelled."""
    translate = QCoreApplication.translate  # with literal arguments, so that lupdate finds them
    title, text, button = (
        translate("ReviewNoteDialog", "Flag for change"),
        translate("ReviewNoteDialog", "Say what is no longer true about the {count} selected account(s). The "
                                      "record stays as it is and the account stays due for review until "
                                      "someone confirms it."),
        translate("ReviewNoteDialog", "&Flag for change")) if flag else (
        translate("ReviewNoteDialog", "Mark reviewed"),
        translate("ReviewNoteDialog", "Confirm that the record of the {count} selected account(s) is true as "
                                      "it stands today: holder, administrators, login and handover terms."),
        translate("ReviewNoteDialog", "&Mark reviewed"))
    dialog = ReviewNoteDialog(title, text.format(count=format_number(count)), button, required=flag, parent=parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def account_text(item: ReviewItem) -> str:
    platform = platform_name(item.platform)
    if item.display_name:
        return QCoreApplication.translate("ReviewRoundDialog", "{platform} “{handle}” — {display_name}").format(
            platform=platform, handle=item.handle, display_name=item.display_name)
    return QCoreApplication.translate("ReviewRoundDialog", "{platform} “{handle}”").format(
        platform=platform, handle=item.handle)


# The service's names for the group of accounts without a holder or unit, for lupdate.
_NO_GROUP_NAMES = {
    NO_HOLDER: QT_TRANSLATE_NOOP("ReviewRoundDialog", "No holder"),
    NO_UNIT: QT_TRANSLATE_NOOP("ReviewRoundDialog", "No responsible unit"),
}


def group_text(group: ReviewGroup) -> str:
    """The group's name; the group of accounts with no holder (or unit) in the user's language."""
    nobody = all(item.holder_name is None for item in group.items) if group.name == NO_HOLDER else (
        all(item.responsible_unit is None for item in group.items) if group.name == NO_UNIT else False)
    return QCoreApplication.translate("ReviewRoundDialog", _NO_GROUP_NAMES[group.name]) if nobody else group.name


class ReviewRoundDialog(QDialog):
    """Emits `accounts_reviewed` with the ids of accounts it confirmed, so views can refresh them."""

    accounts_reviewed = Signal(list)

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.round: list[ReviewGroup] = []
        self.outcomes: dict[int, str] = {}  # account id -> what this round did with it, in words
        self._pending: Callable[[object], None] | None = None
        self._cancellable = False
        self.task = Task(self, progress=self._show_progress, success=self._succeeded, failure=self._failed,
                         finished=self._work_ended)
        self.setWindowTitle(self.tr("Review round"))

        intro = plain_label(self.tr("The accounts whose review is due. Confirm each record that is still true as it "
                                    "is; flag for change what is not, with a note saying what."))
        self.by_holder = named(QRadioButton(self.tr("&Holder")), self.tr("Group by holder"))
        self.by_unit = named(QRadioButton(self.tr("Responsible &unit")), self.tr("Group by responsible unit"))
        self.grouping = QButtonGroup(self)
        self.grouping.addButton(self.by_holder)
        self.grouping.addButton(self.by_unit)
        self.by_holder.setChecked(True)
        group_row = laid_out(QHBoxLayout(), QLabel(self.tr("Group by:")), self.by_holder, self.by_unit, 1)

        self.tree = named(QTreeWidget(), self.tr("Accounts due for review"))
        self.tree.setHeaderLabels([self.tr("Account"), self.tr("Last reviewed"), self.tr("Due"),
                                   self.tr("This round")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.summary = named(plain_label(), self.tr("Review round summary"))

        self.progress = named(QProgressBar(), self.tr("Progress"))
        self.progress.setVisible(False)
        self.status = named(plain_label(selectable=True), self.tr("Status"))

        self.confirm_button = push_button(
            self.tr("&Confirm as is"), self.tr("Confirm as is"), self.confirm_selected,
            tip=self.tr("Mark the selected accounts reviewed today: their records are true"))
        self.flag_button = push_button(self.tr("&Flag for change…"), self.tr("Flag for change"), self.flag_selected,
                                       tip=self.tr("Note what is no longer true about the selected accounts"))
        self.checklist_button = push_button(self.tr("E&xport checklist…"), self.tr("Export checklist"),
                                            self.export_checklist)
        self.checklist_button.setToolTip(self.tr("Write the round as a CSV checklist to tick off on paper or in "
                                                 "a spreadsheet"))
        self.close_button = push_button(self.tr("Close"), self.tr("Close"), self.reject)
        for button in (self.confirm_button, self.flag_button, self.checklist_button, self.close_button):
            button.setAutoDefault(False)
        actions = laid_out(QHBoxLayout(), self.confirm_button, self.flag_button, 1, self.checklist_button,
                           self.close_button)

        laid_out(QVBoxLayout(self), intro, group_row, self.summary, (self.tree, 1), self.progress, self.status, actions)
        chain_tab_order([self.by_holder, self.by_unit, self.tree, self.confirm_button, self.flag_button,
                         self.checklist_button, self.close_button])
        self.resize(820, 560)

        self.grouping.buttonToggled.connect(lambda _button, checked: checked and self.load())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.load()

    # --- seams a test replaces: modal dialogs it cannot drive ----------------------------

    def ask_note(self, count: int, *, flag: bool) -> str | None:
        return ask_note(self, count=count, flag=flag)

    def ask_checklist_path(self, suggested: str) -> str | None:
        """Where to write the checklist (suggested: a file name); None when the user cancels."""
        return choose_file_to_save(self, self.tr("Export the review checklist"), suggested,
                                   self.tr("CSV files (*.csv);;All files (*)"))

    # --- the round -----------------------------------------------------------------------

    def group_by(self) -> str:
        return "unit" if self.by_unit.isChecked() else "holder"

    def load(self) -> None:
        if self.task.busy():
            return
        group_by, today = self.group_by(), self.today
        self._start(lambda progress: review_round(self.db, today=today, group_by=group_by), self._show_round,
                    self.tr("Finding the accounts due for review…"))

    def _show_round(self, groups: list[ReviewGroup]) -> None:
        self.round = groups
        selected = set(self.selected_account_ids())
        self.tree.clear()
        for group in groups:
            count = len(group.items)
            parent = QTreeWidgetItem([self.tr("{group} ({count} due)").format(group=group_text(group),
                                                                      count=format_number(count))])
            parent.setFirstColumnSpanned(True)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for item in group.items:
                child = QTreeWidgetItem([account_text(item), format_date(item.last_reviewed_on)
                                         or self.tr("Never"), format_date(item.next_review_due),
                                         self.outcomes.get(item.account_id, "")])
                child.setData(0, ACCOUNT_ID_ROLE, item.account_id)
                child.setToolTip(0, item.url)
                parent.addChild(child)
                if item.account_id in selected:
                    child.setSelected(True)
            self.tree.addTopLevelItem(parent)
            parent.setExpanded(True)
            parent.setFirstColumnSpanned(True)
        due = sum(len(group.items) for group in groups)
        if due:
            self.summary.setText(self.tr("{count} accounts are due for review, in {groups} groups.")
                                 .format(count=format_number(due), groups=format_number(len(groups))))
            if self.tree.currentItem() is None:
                self.tree.setCurrentItem(self.tree.topLevelItem(0).child(0))
        else:
            self.summary.setText(self.tr("No account is due for review. Every record was confirmed within its "
                                         "review interval."))
        self.status.clear()
        self._size_columns()
        self._update_buttons()

    def _size_columns(self) -> None:
        """The dates and their headers whole in any language; the accounts' names as wide as they
        need, up to two thirds of what is left; this round's outcome takes the rest."""
        for column in (1, 2, 0):
            self.tree.resizeColumnToContents(column)
        room = self.tree.viewport().width() - self.tree.columnWidth(1) - self.tree.columnWidth(2)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), max(room * 2 // 3, 240)))

    def account_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(g).child(a) for g in range(self.tree.topLevelItemCount())
                for a in range(self.tree.topLevelItem(g).childCount())]

    def selected_account_ids(self) -> list[int]:
        """The selected accounts; a selected group stands for all its accounts."""
        ids: list[int] = []
        for item in self.tree.selectedItems():
            children = [item.child(i) for i in range(item.childCount())] or [item]
            for child in children:
                account_id = child.data(0, ACCOUNT_ID_ROLE)
                if account_id is not None and account_id not in ids:
                    ids.append(account_id)
        return ids

    def _update_buttons(self) -> None:
        working = self.task.busy()
        chosen = bool(self.selected_account_ids())
        self.confirm_button.setEnabled(chosen and not working)
        self.flag_button.setEnabled(chosen and not working)
        self.checklist_button.setEnabled(bool(self.round) and not working)
        self.by_holder.setEnabled(not working)
        self.by_unit.setEnabled(not working)

    # --- what the user does --------------------------------------------------------------

    def confirm_selected(self) -> None:
        ids = self.selected_account_ids()
        if not ids or self.task.busy():
            return
        self._review(ids, lambda db, account_id: mark_reviewed(db, account_id, today=self.today),
                     self.tr("Confirmed ✓"))

    def flag_selected(self) -> None:
        ids = self.selected_account_ids()
        if not ids or self.task.busy():
            return
        note = self.ask_note(len(ids), flag=True)
        if note is None:
            return
        self._review(ids, lambda db, account_id: flag_for_change(db, account_id, note=note),
                     self.tr("Flagged for change: {note}").format(note=note), confirmed=False)

    def _review(self, ids: list[int], action, outcome_text: str, *, confirmed: bool = True) -> None:
        def done(outcome: ReviewOutcome) -> None:
            for account_id in outcome.done:
                self.outcomes[account_id] = outcome_text
            for item in self.account_items():
                if item.data(0, ACCOUNT_ID_ROLE) in outcome.done:
                    item.setText(3, outcome_text)
            count = format_number(len(outcome.done))
            said = (self.tr("Confirmed {count} accounts as they are.") if confirmed
                    else self.tr("Flagged {count} accounts for change.")).format(count=count)
            if outcome.error is not None:
                said += " " + self.tr("Stopped: {reason}").format(reason=outcome.error)
            elif outcome.stopped_early:
                said += " " + self.tr("Cancelled before the other {count}.").format(
                    count=format_number(outcome.total - len(outcome.done)))
            show_message(self.status, said, error=outcome.error is not None)
            if confirmed and outcome.done:
                self.accounts_reviewed.emit(list(outcome.done))

        self._start(lambda progress: review_each(self.db, ids, action, progress), done,
                    self.tr("Recording the reviews…"), cancellable=True)

    def export_checklist(self) -> None:
        if not self.round or self.task.busy():
            return
        chosen = self.ask_checklist_path(f"review-checklist-{(self.today or date.today()).isoformat()}.csv")
        if not chosen:
            return
        groups, delimiter = list(self.round), default_delimiter()
        count = sum(len(group.items) for group in groups)

        def written(path: Path) -> None:
            show_message(self.status, self.tr("Wrote the checklist of {count} accounts to {path}.").format(
                count=format_number(count), path=path), error=False)

        self._start(lambda progress: write_review_checklist(groups, chosen, delimiter=delimiter), written,
                    self.tr("Writing the checklist…"))

    def reject(self) -> None:
        if self.task.busy() and self._cancellable:
            # Reviews stop between accounts; the dialog stays to say how many were recorded.
            self.task.cancel()
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()  # reading the round or writing a checklist changes nothing: let it end unseen

    # --- background work -----------------------------------------------------------------

    def _start(self, work, then: Callable[[object], None], saying: str, *, cancellable: bool = False) -> None:
        self._pending = then
        self._cancellable = cancellable
        show_message(self.status, saying, error=False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.task.start(work)
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)

    def _succeeded(self, result) -> None:
        then, self._pending = self._pending, None
        if then is not None:
            then(result)

    def _failed(self, error: BaseException) -> None:
        self._pending = None
        show_message(self.status, failure_sentence(error), error=True)

    def _work_ended(self) -> None:
        self.progress.setVisible(False)
        self._update_buttons()
        self.tree.setFocus()

