"""The accounts view: every account in one filterable, sortable table, and what to do with one.

It collects what the user asks for and calls the services; the rows come from
services.account_list, loaded by the main window (off the GUI thread) and handed in.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.vocabulary import AccountStatus, Kind
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.gui.dialogs.register_account import RegisterAccountDialog
from accountregistry.gui.formatting import words
from accountregistry.gui.models.accounts_model import (
    KIND_NOT_KNOWN,
    AccountFilter,
    AccountsModel,
    Column,
    kind_text,
)
from accountregistry.services import accounts as account_service
from accountregistry.services.account_list import AccountRow, load_account_rows, risks_available
from accountregistry.store.database import Database

# Widths that fit typical content, so that 100,000 rows never need measuring.
# The risks column stretches over the rest of the width; these fit the sample organisation.
DEFAULT_WIDTHS = {
    Column.platform: 105, Column.handle: 170, Column.display_name: 170, Column.kind: 100,
    Column.presence: 70, Column.status: 70, Column.holder: 130, Column.administrators: 55,
    Column.next_review: 95, Column.risks: 200,
}

def labelled(text: str, widget: QWidget) -> QLabel:
    """A visible label for `widget`, whose accessible name is the same words."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    return label


class AccountsView(QWidget):
    """Emits `accounts_changed` after it changed accounts, so the dashboard can follow."""

    accounts_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = AccountsModel(self)
        self.detail_windows: dict[int, QWidget] = {}
        self.loaded = False

        self.search = QLineEdit()
        self.search.setPlaceholderText("Handle, display name, holder, administrator name or email")
        self.search.setClearButtonEnabled(True)
        search_label = labelled("&Search", self.search)
        self.platform_filter = QComboBox()
        self.platform_filter.addItem("All platforms", "")
        for platform in PLATFORMS:
            self.platform_filter.addItem(platform.name, platform.id)
        platform_label = labelled("&Platform", self.platform_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("All kinds", "")
        for kind in Kind:
            self.kind_filter.addItem(kind_text(kind.value), kind.value)
        self.kind_filter.addItem(kind_text(None), KIND_NOT_KNOWN)
        kind_label = labelled("&Kind", self.kind_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", "")
        for status in AccountStatus:
            self.status_filter.addItem(words(status).capitalize(), status.value)
        status_label = labelled("S&tatus", self.status_filter)
        self.only_at_risk = QCheckBox("Only at &risk")
        self.only_at_risk.setAccessibleName("Only at risk")
        if not risks_available():
            self.only_at_risk.setEnabled(False)
            self.only_at_risk.setToolTip("Risks are not computed in this version.")

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        for label, widget in ((platform_label, self.platform_filter), (kind_label, self.kind_filter),
                              (status_label, self.status_filter)):
            bar.addSpacing(8)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.only_at_risk)

        self.register_button = QPushButton("Register account…")
        self.register_button.setAccessibleName("Register account")
        self.register_button.setToolTip("Register a new account (Ctrl+N)")
        self.open_button = QPushButton("Open")
        self.open_button.setAccessibleName("Open")
        self.open_button.setToolTip("Open the selected account (Enter or double-click)")
        self.archive_button = QPushButton("Archive…")
        self.archive_button.setAccessibleName("Archive")
        self.archive_button.setToolTip("Archive the selected account, keeping its record and history (Delete)")
        self.count_label = QLabel("Loading accounts…")
        self.count_label.setAccessibleName("Accounts shown")
        actions = QHBoxLayout()
        actions.addWidget(self.register_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.archive_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setAccessibleName("Accounts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(18, 18))
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(QFontMetrics(self.font()).height() + 10, 24))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in DEFAULT_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # registration order until asked
        self.table.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.platform_filter)
        self.setTabOrder(self.platform_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.only_at_risk)
        self.setTabOrder(self.only_at_risk, self.register_button)
        self.setTabOrder(self.register_button, self.open_button)
        self.setTabOrder(self.open_button, self.archive_button)
        self.setTabOrder(self.archive_button, self.table)

        self._add_shortcuts()
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.platform_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.only_at_risk.toggled.connect(self.apply_filter)
        self.register_button.clicked.connect(self.register_account)
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.table.doubleClicked.connect(lambda index: self.open_account(self.model.row_at(index).id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _add_shortcuts(self) -> None:
        def action(text: str, keys, slot, context: Qt.ShortcutContext, owner: QWidget) -> QAction:
            made = QAction(text, owner)
            made.setShortcuts(keys if isinstance(keys, list) else [keys])
            made.setShortcutContext(context)
            made.triggered.connect(slot)
            owner.addAction(made)
            return made

        window = Qt.ShortcutContext.WindowShortcut
        # Window-wide while this view is the one shown (a hidden widget's shortcuts are inactive).
        self.find_action = action("Find", QKeySequence(QKeySequence.StandardKey.Find), self.focus_search, window,
                                  self)
        self.register_action = action("Register account", QKeySequence(QKeySequence.StandardKey.New),
                                      self.register_account, window, self)
        table = Qt.ShortcutContext.WidgetShortcut
        self.open_action = action("Open", [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                                  self.open_selected, table, self.table)
        self.archive_action = action("Archive", QKeySequence(QKeySequence.StandardKey.Delete),
                                     self.archive_selected, table, self.table)

    # --- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: list[AccountRow]) -> None:
        current = self.current_account_id()
        self.model.set_rows(rows)
        self.loaded = True
        self.select_account(current)
        self._update_count()

    def refresh_accounts(self, account_ids: list[int]) -> None:
        """Reload the named accounts' rows (after a change) without reloading all of them."""
        current = self.current_account_id()
        rows = load_account_rows(self.db, account_ids)
        found = {row.id for row in rows}
        self.model.update_rows(rows, removed_ids=[i for i in account_ids if i not in found])
        self.select_account(current)
        self._update_count()
        self.accounts_changed.emit()

    # --- filtering -----------------------------------------------------------------------

    def current_filter(self) -> AccountFilter:
        return AccountFilter(text=self.search.text(), platform=self.platform_filter.currentData() or "",
                             kind=self.kind_filter.currentData() or "", status=self.status_filter.currentData() or "",
                             only_at_risk=self.only_at_risk.isChecked())

    def apply_filter(self) -> None:
        current = self.current_account_id()
        self.model.set_filter(self.current_filter())
        self.select_account(current)
        self._update_count()

    def show_only_at_risk(self) -> None:
        """The dashboard's way in: every filter cleared except "only at risk"."""
        for combo in (self.platform_filter, self.kind_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.only_at_risk.setChecked(True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        if not self.loaded:
            self.count_label.setText("Loading accounts…")
            return
        shown, total = self.model.rowCount(), self.model.total_count()
        noun = "account" if total == 1 else "accounts"
        self.count_label.setText(f"{total:,} {noun}" if shown == total else f"Showing {shown:,} of {total:,} {noun}")

    # --- selection -----------------------------------------------------------------------

    def current_account_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index).id

    def current_row(self) -> AccountRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_account(self, account_id: int | None) -> bool:
        if account_id is None:
            return False
        index = self.model.index_of_account(account_id)
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        row = self.current_row() if self.current_account_id() is not None else None
        self.open_button.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        can_archive = row is not None and row.status != AccountStatus.archived.value
        self.archive_button.setEnabled(can_archive)
        self.archive_action.setEnabled(can_archive)

    # --- what the user can do ------------------------------------------------------------

    def register_account(self) -> None:
        dialog = RegisterAccountDialog(self.db, self)
        existing: list[int] = []
        dialog.open_existing.connect(existing.append)
        dialog.exec()
        registered = getattr(dialog, "registered_account_id", None)
        dialog.deleteLater()
        if registered is not None:
            self.refresh_accounts([registered])
            if not self.select_account(registered):
                # The filter hides the new account: show it rather than leave the user wondering.
                self.search.clear()
                for combo in (self.platform_filter, self.kind_filter, self.status_filter):
                    combo.setCurrentIndex(0)
                self.only_at_risk.setChecked(False)
                self.select_account(registered)
        elif existing:
            self.open_account(existing[0])

    def open_selected(self) -> None:
        account_id = self.current_account_id()
        if account_id is not None:
            self.open_account(account_id)

    def open_account(self, account_id: int) -> None:
        window = self.detail_windows.get(account_id)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return
        window = AccountDetailWindow(self.db, account_id, self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.detail_windows[account_id] = window
        window.destroyed.connect(lambda *_, key=account_id: self.detail_windows.pop(key, None))
        window.changed.connect(lambda key=account_id: self.refresh_accounts([key]))
        window.show()

    def archive_selected(self) -> None:
        row = self.current_row() if self.current_account_id() is not None else None
        if row is None or row.status == AccountStatus.archived.value:
            return
        name = f"{row.platform_name} {row.presence} “{row.handle}”"
        if row.display_name:
            name += f" ({row.display_name})"
        answer = QMessageBox.question(
            self, "Archive account",
            f"Archive {name}?\n\nThe account stays in the registry with its administrators, handover terms "
            "and history; it is no longer reviewed or flagged.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            account_service.archive_account(self.db, row.id)
        except RegistryError as error:
            QMessageBox.warning(self, "Archive account", str(error))
            return
        self.refresh_accounts([row.id])
