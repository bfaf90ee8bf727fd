"""The dashboard's "Show overdue items": every overdue checklist item of every open offboarding,
the most overdue first, as `offboard due` lists them (services/due_items), read in the
background (every open offboarding's checklist: not on the GUI thread). Opening a row shows
that item in its offboarding."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.formatting import format_date
from accountregistry.gui.models.offboarding_model import account_text
from accountregistry.services.due_items import DueItem, due_items
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import laid_out, plain_label

ITEM_ROLE = Qt.ItemDataRole.UserRole  # (case id, item id) of a row
TITLE_COLUMN = 4

COLUMNS = (QT_TRANSLATE_NOOP("OverdueItemsDialog", "Due"), QT_TRANSLATE_NOOP("OverdueItemsDialog", "Days overdue"),
           QT_TRANSLATE_NOOP("OverdueItemsDialog", "Leaver"), QT_TRANSLATE_NOOP("OverdueItemsDialog", "Account"),
           QT_TRANSLATE_NOOP("OverdueItemsDialog", "Item"), QT_TRANSLATE_NOOP("OverdueItemsDialog", "Assignee"))


def overdue_items(db: Database) -> list[DueItem]:
    """The overdue ones of `offboard due`'s list (overdue first, so the most overdue leads)."""
    return [item for item in due_items(db) if item.overdue]


class OverdueItemsDialog(QDialog):
    item_chosen = Signal(int, int)  # case id, item id

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overdue checklist items"))
        self.items: list[DueItem] = []
        self.hint = plain_label(QCoreApplication.translate("MainWindow", "Loading…"))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([QCoreApplication.translate("OverdueItemsDialog", c) for c in COLUMNS])
        self.table.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)  # until the items are there
        self.open_button.clicked.connect(lambda: self._open(self.table.currentItem()))
        buttons.rejected.connect(self.reject)
        laid_out(QVBoxLayout(self), self.hint, self.table, buttons)
        self.resize(1180, 460)
        # The user is waiting for it: before the views' reads waiting for their turn.
        self.read = BackgroundRead(self, overdue_items, self._show, arguments=lambda: (db,), urgent=True)
        self.read.request()

    def _show(self, items: list[DueItem]) -> None:
        self.items = items
        self.hint.setText(self.tr("Open an item to show it in its offboarding."))
        for item in items:
            row = QTreeWidgetItem([format_date(item.due_on), str(item.days_overdue), item.leaver_name,
                                   self._account(item), item.title, item.assignee.sentence()])
            row.setData(0, ITEM_ROLE, (item.case_id, item.item_id))
            row.setToolTip(TITLE_COLUMN, item.title)  # long titles are cut to keep the assignee in view
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(row)
        for column in range(len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(TITLE_COLUMN, min(self.table.columnWidth(TITLE_COLUMN), 420))
        if items:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.open_button.setEnabled(bool(items))

    def _account(self, item: DueItem) -> str:
        return account_text(item.account)

    def _open(self, row: QTreeWidgetItem | None, _column: int = 0) -> None:
        if row is None:
            return
        case_id, item_id = row.data(0, ITEM_ROLE)
        self.item_chosen.emit(case_id, item_id)
        self.accept()
