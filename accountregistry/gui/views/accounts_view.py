"""The accounts view: every account in one filterable, sortable table, and what to do with one.

It collects what the user asks for and calls the services; the rows come from
services.account_list, loaded by the main window (off the GUI thread) and handed in. The
ownership report is exported from here (with the current filters), spreadsheets are imported
here, and accounts are marked reviewed, one by one or in a review round. The dialogs are
imported when first opened: the table is wanted on screen before them (the import's spreadsheet
readers alone took 0.3 s to import).
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.errors import RegistryError, StoreError
from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.risks import RISK_RULES
from accountregistry.domain.vocabulary import AccountStatus, Kind
from accountregistry.gui.accessibility import clear_button
from accountregistry.gui.file_folders import choose_file_to_open, remember_folder, start_folder
from accountregistry.gui.formatting import format_number, words
from accountregistry.gui.models.account_table import (
    EVERYTHING,
    RISKS,
    ROLE_HOLDERS,
    AccountCounts,
    AccountsRead,
    read_accounts,
)
from accountregistry.gui.models.accounts_model import (
    KIND_NOT_KNOWN,
    AccountFilter,
    AccountsModel,
    AccountTable,
    Column,
    badge_layout,
    kind_text,
    reload_key,
)
from accountregistry.gui.tasks import Task, failure_sentence, let_go, show_refusal
from accountregistry.gui.widgets.dialog_parts import chain_tab_order, line_edit, named, push_button
from accountregistry.gui.widgets.record_table import record_table
from accountregistry.services.account_list import AccountColumns, AccountRow, RiskFlag
from accountregistry.store.database import Database

if TYPE_CHECKING:
    from accountregistry.gui.dialogs.export_report import ReportSelection
    from accountregistry.gui.dialogs.review_round import ReviewOutcome

# Widths that fit typical content, so that 100,000 rows never need measuring. The Risks column
# is as wide as its widest badge with the count of the others (widest_badge_width), Kind as its
# widest word; the long names share the rest, cut short ("…") when it is scarce: at the default
# window size (1280×800) nothing needs sideways scrolling, and a wide screen gives the names the room.
DEFAULT_WIDTHS = {
    Column.platform: 100, Column.handle: 125, Column.display_name: 125,
    Column.presence: 60, Column.status: 65, Column.official: 55, Column.holder: 100, Column.administrators: 50,
    Column.next_review: 85,
}
STRETCHED = (Column.handle, Column.display_name, Column.holder)


def widest_badge_width() -> int:
    """The widest picture the Risks column can show: any rule's badge in the user's language,
    with a two-digit count of the others beside it."""
    flags = [RiskFlag(rule.id, rule.title, "low", "") for rule in RISK_RULES]
    ten = tuple(flags[:10])
    return max(badge_layout((flag, *ten), QGuiApplication.font())[3] for flag in flags)


_RETIRED = frozenset({AccountStatus.archived.value, AccountStatus.closed.value})


def labelled(text: str, widget: QWidget) -> QLabel:
    """A visible label for `widget`, whose accessible name is the same words."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    return label


class _AccountsTable(QTableView):
    """A column read after the rows (the risks, the role holders) is painted again alone: Qt painted the whole
    table again, the start's longest turn on the GUI thread (issue 16: 36-43 ms at 100,000 accounts, load 9)."""

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:  # noqa: N802
        column = top_left.column()
        if column != bottom_right.column() or top_left.row() == bottom_right.row() or QAccessible.isActive():
            super().dataChanged(top_left, bottom_right, roles)
            return
        self.viewport().update(self.columnViewportPosition(column), 0, self.columnWidth(column),
                               self.viewport().height())


class AccountsView(QWidget):
    """Emits `accounts_changed` after it changed accounts, so the dashboard can follow, and
    `imported` after an import wrote to the registry (people may have been added too)."""

    accounts_changed = Signal()
    imported = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = AccountsModel(self)
        self.detail_windows: dict[int, QWidget] = {}
        self.loaded = False
        # Reads rows again, all of them or the changed ones, and makes the next table of them.
        self.loader = Task(self, success=self._table_read, failure=self._reload_failed, finished=self._read_next)
        self._read_all = False
        self._pending: set[int] = set()
        self._unassessed = False  # the table shows rows whose risks are still to be read
        self._holders_unread = False  # … whose role holders are still to be read
        self._risks_ahead: Future | None = None  # read_risks_ahead's, for the next RISKS read
        self._select_when_read: int | None = None
        self.counts: AccountCounts | None = None  # the dashboard's numbers, counted with the table
        # Marks many accounts reviewed.
        self.reviewer = Task(self, progress=self._show_review_progress, success=self._reviewed,
                             failure=self._review_failed, finished=self._review_ended)
        self._review_progress: QProgressDialog | None = None
        self._review_ids: list[int] = []

        self.search = line_edit(self.tr("Handle, display name, holder, administrator name or email"))
        clear_button(self.search)
        search_label = labelled(self.tr("&Search"), self.search)
        self.platform_filter = QComboBox()
        self.platform_filter.addItem(self.tr("All platforms"), "")
        for platform in PLATFORMS:
            self.platform_filter.addItem(platform.name, platform.id)
        platform_label = labelled(self.tr("&Platform"), self.platform_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in Kind:
            self.kind_filter.addItem(kind_text(kind.value), kind.value)
        self.kind_filter.addItem(kind_text(None), KIND_NOT_KNOWN)
        kind_label = labelled(self.tr("&Kind"), self.kind_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in AccountStatus:
            self.status_filter.addItem(words(status).capitalize(), status.value)
        status_label = labelled(self.tr("S&tatus"), self.status_filter)
        # Official or not: the pages and groups someone made in the company's name without a mandate.
        self.official_filter = QComboBox()
        self.official_filter.addItem(self.tr("Official or not"), None)
        self.official_filter.addItem(self.tr("Official"), True)
        self.official_filter.addItem(self.tr("Unofficial"), False)
        self.official_filter.setAccessibleName(self.tr("Official"))
        self.only_at_risk = named(QCheckBox(self.tr("Only at &risk")), self.tr("Only at risk"))

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 3)
        for label, widget in ((platform_label, self.platform_filter), (kind_label, self.kind_filter),
                              (status_label, self.status_filter)):
            bar.addSpacing(8)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.official_filter)
        bar.addSpacing(8)
        bar.addWidget(self.only_at_risk)

        self.register_button = push_button(self.tr("Register account…"), self.tr("Register account"),
                                           self.register_account, tip=self.tr("Register a new account (Ctrl+N)"))
        self.open_button = push_button(self.tr("Open"), self.tr("Open"), self.open_selected,
                                       tip=self.tr("Open the selected account (Enter or double-click)"))
        self.archive_button = push_button(self.tr("Archive…"), self.tr("Archive"), self.archive_selected,
                                          tip=self.tr("Archive the selected account, keeping its record and "
                                                      "history (Delete)"))
        self.review_button = push_button(self.tr("Mark re&viewed…"), self.tr("Mark reviewed"),
                                         self.mark_selected_reviewed,
                                         tip=self.tr("Confirm that the selected accounts' records are true today "
                                                     "(Ctrl+Shift+M)"))
        self.round_button = push_button(self.tr("Review r&ound…"), self.tr("Review round"), self.review_round,
                                        tip=self.tr("Go through every account due for review, by holder or unit"))
        self.import_button = push_button(self.tr("&Import…"), self.tr("Import"), lambda: self.import_accounts(),
                                         tip=self.tr("Import accounts from a spreadsheet (CSV), with a preview "
                                                     "first (Ctrl+I)"))
        self.export_button = push_button(self.tr("&Export…"), self.tr("Export"), self.export_report,
                                         tip=self.tr("Export the ownership report of the accounts shown to a "
                                                     "spreadsheet (CSV) (Ctrl+E)"))
        self.count_label = named(QLabel(self.tr("Loading accounts…")), self.tr("Accounts shown"))
        actions = QHBoxLayout()
        actions.addWidget(self.register_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.review_button)
        actions.addSpacing(12)
        actions.addWidget(self.round_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        # Several accounts at once (Shift, Ctrl, Ctrl+A) for marking them reviewed; opening and
        # archiving act on the current one.
        self.table = record_table(_AccountsTable(), self.tr("Accounts"), several=True)
        # Always there: a scroll bar appearing with the rows narrowed the columns, and Qt painted the
        # whole table twice more (at the start, and after each filter that hid or showed it).
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.setModel(self.model)
        self.table.setIconSize(QSize(18, 18))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # At least as wide as the column's title, which in Danish or Swedish is often longer than
        # the English ("Admins" is "Administratorer"); room is left for the sort indicator.
        title_metrics = QFontMetrics(header.font())
        for column, width in DEFAULT_WIDTHS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(column, max(width, title_metrics.horizontalAdvance(title) + 28))
        self.keep_columns_in_sight()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # registration order until asked
        self.table.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        chain_tab_order([self.search, self.platform_filter, self.kind_filter, self.status_filter, self.official_filter,
                         self.only_at_risk, self.register_button, self.open_button, self.archive_button,
                         self.review_button, self.round_button, self.import_button, self.export_button, self.table])

        self._add_shortcuts()
        self.search.textChanged.connect(self.apply_filter)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.only_at_risk.toggled.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda index: self.open_account(self.model.row_at(index).id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.layoutChanged.connect(self._update_buttons)
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
        self.find_action = action(self.tr("Find"), QKeySequence(QKeySequence.StandardKey.Find), self.focus_search,
                                  window, self)
        self.register_action = action(self.tr("Register account"), QKeySequence(QKeySequence.StandardKey.New),
                                      self.register_account, window, self)
        self.export_action = action(self.tr("Export the ownership report"), QKeySequence("Ctrl+E"),
                                    self.export_report, window, self)
        self.import_action = action(self.tr("Import accounts"), QKeySequence("Ctrl+I"),
                                    lambda: self.import_accounts(), window, self)
        self.review_action = action(self.tr("Mark reviewed"), QKeySequence("Ctrl+Shift+M"),
                                    self.mark_selected_reviewed, window, self)
        table = Qt.ShortcutContext.WidgetShortcut
        self.open_action = action(self.tr("Open"), [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                                  self.open_selected, table, self.table)
        self.archive_action = action(self.tr("Archive"), QKeySequence(QKeySequence.StandardKey.Delete),
                                     self.archive_selected, table, self.table)

    # --- rows ----------------------------------------------------------------------------

    def set_rows(self, rows: AccountColumns | list[AccountRow]) -> None:
        """Show these rows (a few: a test, a screenshot); the window reads them with reload_rows."""
        self.set_table(AccountTable.of(rows, self.model.sort_column,
                                       self.model.sort_order == Qt.SortOrder.DescendingOrder, self.model.filter))

    def set_table(self, table: AccountTable) -> None:
        """Show `table`, keeping the current account selected and the top row where it was."""
        current = self.current_account_id()
        top = self.table.indexAt(self.table.viewport().rect().topLeft())
        top_id = self.model.row_at(top).id if top.isValid() else None
        shown = self.model.rowCount()
        self.model.set_table(table)
        if self.model.rowCount() != shown:  # reset: the selection and the scroll position are gone
            # Laid out now, not at Qt's next turn: that painted the whole table a second time (issue 16).
            self.table.executeDelayedItemsLayout()
            self.select_account(current, scroll=False)
            if top_id is not None and (index := self.model.index_of_account(top_id)).isValid():
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.loaded = True
        self._update_count()
        self._update_buttons()  # a column read after the rows changes no row, yet may make Export possible

    def reload_rows(self) -> None:
        """Read every row again in the background (F5, an import, someone else's changes)."""
        self._read_all = True
        self._read_next()

    def refresh_accounts(self, account_ids: Iterable[int], *, select: int | None = None) -> None:
        """Read the named accounts' rows again (after a change), in the background, without
        reading the rest; then select `select` if given."""
        self._pending.update(account_ids)
        if select is not None:
            self._select_when_read = select
        self._read_next()

    def is_loading(self) -> bool:
        return self.loader.busy() or self._read_all or bool(self._pending) or self._unassessed or self._holders_unread

    def keep_columns_in_sight(self) -> None:
        """The long names stretch over the room the other columns leave, the Risks column holds
        its widest badge and Kind its widest word: again after widths saved earlier are restored."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        self.table.setColumnWidth(Column.risks, widest_badge_width() + margin + 4)
        kinds = max(map(self.table.fontMetrics().horizontalAdvance, map(kind_text, Kind))) + margin + 8
        self.table.setColumnWidth(Column.kind, max(kinds, self.table.columnWidth(Column.kind)))

    def risks_loading(self) -> bool:
        """Whether rows are shown whose risks are still being read (they say "Loading…")."""
        return self._unassessed

    def _read_next(self) -> None:
        if self.loader.busy() or not (self._read_all or self._pending or self._unassessed or self._holders_unread):
            return
        if self._read_all or self._pending:
            ids = EVERYTHING if self._read_all else sorted(self._pending)
        else:  # the risks first: the dashboard's numbers wait for them
            ids = RISKS if self._unassessed else ROLE_HOLDERS
        self._read_all, self._pending = False, set()
        if not self.loaded:
            self.count_label.setText(self.tr("Loading accounts…"))
        db, shown = self.db, self.model.table
        ahead = self._risks_ahead if ids == RISKS else None
        self._risks_ahead = None
        self.loader.start(lambda _progress: read_accounts(db, shown, ids, ahead))

    def show_read(self, read: AccountsRead, *, read_missing: bool = True, risks_ahead: Future | None = None) -> None:
        """Show rows read elsewhere (with the registry's opening), then read what they lack (or
        leave that to read_missing()); their risks may be on their way already (`risks_ahead`)."""
        self._risks_ahead = risks_ahead
        self._table_read(read)
        if read_missing:
            self._read_next()

    def read_missing(self) -> None:
        """Read what the rows shown lack (their risks), if anything."""
        self._read_next()

    def _table_read(self, read: AccountsRead) -> None:
        table, shown = read.table, self.model.table
        # The user may have sorted or filtered while the rows were read.
        if (table.sort_column, table.sort_descending) != (shown.sort_column, shown.sort_descending):
            table = table.sorted_by(shown.sort_column, shown.sort_descending)
        if table.filter != shown.filter:
            table = table.filtered(shown.filter)
        self._unassessed, self._holders_unread = not read.assessed, not read.holders_read
        self.model.read_failed = False
        self.only_at_risk.setEnabled(read.assessed or self.only_at_risk.isChecked())
        self.set_table(table)
        if self._select_when_read is not None:
            self._show_account(self._select_when_read)
            self._select_when_read = None
        if read.counts is not None:
            self.counts = read.counts
            self.accounts_changed.emit()
        if len(shown):  # what it shared with the new table stays
            let_go(shown)

    # --- filtering -----------------------------------------------------------------------

    def add_notice(self, widget: QWidget) -> None:
        """Show another part's notice between the buttons and the table."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.table), widget)

    def current_filter(self) -> AccountFilter:
        return AccountFilter(text=self.search.text(), platform=self.platform_filter.currentData() or "",
                             kind=self.kind_filter.currentData() or "", status=self.status_filter.currentData() or "",
                             official=self.official_filter.currentData(), only_at_risk=self.only_at_risk.isChecked())

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return self.platform_filter, self.kind_filter, self.status_filter, self.official_filter

    def apply_filter(self) -> None:
        current = self.current_account_id()
        self.model.set_filter(self.current_filter())
        self.select_account(current)
        self._update_count()

    def show_only_at_risk(self) -> None:
        """The dashboard's way in: every filter cleared except "only at risk"."""
        for combo in self._filter_combos():
            combo.setCurrentIndex(0)
        self.search.clear()
        self.only_at_risk.setChecked(True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_incomplete(self) -> bool:
        """Words are searched for while the role holders are missing: an administrator's name finds nothing."""
        return (self._holders_unread or self.model.read_failed) and bool(self.model.filter.words())

    def _update_count(self) -> None:
        if not self.loaded:
            self.count_label.setText(self.tr("Loading accounts…"))
            return
        if self._search_incomplete():
            self.count_label.setText(self.tr("Administrators not searched; press {key}").format(key=reload_key())
                                     if self.model.read_failed else self.tr("Loading…"))
            return
        shown, total = self.model.rowCount(), self.model.total_count()
        # Whole sentences, one for one account and one for more: "1 konto", "3 konti".
        if shown == total:
            text = self.tr("{total} account") if total == 1 else self.tr("{total} accounts")
        else:
            text = self.tr("Showing {shown} of {total} account") if total == 1 else self.tr(
                "Showing {shown} of {total} accounts")
        self.count_label.setText(text.format(shown=format_number(shown), total=format_number(total)))

    # --- selection -----------------------------------------------------------------------

    def current_account_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index).id

    def current_row(self) -> AccountRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_account(self, account_id: int | None, *, scroll: bool = True) -> bool:
        if account_id is None:
            return False
        index = self.model.index_of_account(account_id)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag  # alone, whatever keys are held (selectRow heeds Ctrl, Shift)
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        if scroll:
            self.table.scrollTo(index)
        return True

    def _show_account(self, account_id: int) -> None:
        """Select the account; if the filter hides it, clear the filter rather than leave the
        user wondering where it went."""
        if not self.select_account(account_id):
            self.search.clear()
            for combo in self._filter_combos():
                combo.setCurrentIndex(0)
            self.only_at_risk.setChecked(False)
            self.select_account(account_id)

    def _update_buttons(self) -> None:
        row = self.current_row() if self.current_account_id() is not None else None
        self.open_button.setEnabled(row is not None)
        self.open_action.setEnabled(row is not None)
        can_archive = row is not None and row.status != AccountStatus.archived.value
        self.archive_button.setEnabled(can_archive)
        self.archive_action.setEnabled(can_archive)
        # Any selection (not which of it is reviewable: with 100,000 rows selected that would be
        # slow on every click); archived and closed accounts are left out when the action runs.
        can_review = self.table.selectionModel().hasSelection() and not self.reviewer.busy()
        self.review_button.setEnabled(can_review)
        self.review_action.setEnabled(can_review)
        exportable = self.model.total_count() > 0 and not self._search_incomplete()  # it would miss rows
        self.export_button.setEnabled(exportable)
        self.export_action.setEnabled(exportable)

    # --- what the user can do ------------------------------------------------------------

    def register_account(self) -> None:
        from accountregistry.gui.dialogs.register_account import RegisterAccountDialog

        dialog = RegisterAccountDialog(self.db, self)
        existing: list[int] = []
        dialog.open_existing.connect(existing.append)
        dialog.exec()
        registered = getattr(dialog, "registered_account_id", None)
        dialog.deleteLater()
        if registered is not None:
            self.refresh_accounts([registered], select=registered)
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
        from accountregistry.gui.dialogs.account_detail import AccountDetailWindow

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
        from accountregistry.services.case_reading import account_name

        name = account_name(row.platform, row.presence, None, row.handle).sentence()
        if row.display_name:
            name = self.tr("{account} ({display_name})").format(account=name, display_name=row.display_name)
        answer = QMessageBox.question(
            self, self.tr("Archive account"),
            self.tr("Archive {name}?\n\nThe account stays in the registry with its administrators, handover terms "
                    "and history; it is no longer reviewed or flagged.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from accountregistry.services.accounts import archive_account

        try:
            archive_account(self.db, row.id)
        except RegistryError as error:
            QMessageBox.warning(self, self.tr("Archive account"), error.sentence())
            return
        self.refresh_accounts([row.id])

    # --- several accounts at once --------------------------------------------------------

    def selected_rows(self) -> list[AccountRow]:
        return [self.model.row_at(index) for index in self.table.selectionModel().selectedRows()]

    def reviewable_ids(self) -> list[int]:
        """The selected accounts that are looked after: archived and closed ones are not reviewed."""
        return [row.id for row in self.selected_rows() if row.status not in _RETIRED]

    def select_accounts(self, account_ids: list[int]) -> None:
        selection = QItemSelection()
        for account_id in account_ids:
            index = self.model.index_of_account(account_id)
            if index.isValid():
                selection.select(index, self.model.index(index.row(), self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # --- the ownership report ------------------------------------------------------------

    def shown_selection(self) -> tuple[ReportSelection, bool]:
        """The accounts the table shows, as the export asks for them, and whether a filter is set.

        Filters the report's own query can express are passed as such; a search text or "only
        at risk" is passed as the shown accounts' ids.
        """
        from accountregistry.gui.dialogs.export_report import ReportSelection

        wanted = self.model.filter
        shown = self.model.rowCount()
        filtered = shown != self.model.total_count() or wanted != type(wanted)()
        if wanted.words() or wanted.only_at_risk:
            return ReportSelection.of_accounts(self.model.row_at(i).id for i in range(shown)), filtered
        kind = "unknown" if wanted.kind == KIND_NOT_KNOWN else (wanted.kind or None)
        return ReportSelection(count=shown, kind=kind, platform=wanted.platform or None,
                               status=wanted.status or None), filtered

    def export_report(self) -> None:
        if not self.export_button.isEnabled():
            return
        from accountregistry.gui.dialogs.export_report import ExportReportDialog, ReportSelection

        shown, filtered = self.shown_selection()
        dialog = ExportReportDialog(self.db, shown=shown, everything=ReportSelection(count=self.model.total_count()),
                                    filtered=filtered, folder=start_folder(), parent=self)
        dialog.exported.connect(lambda path, _count: remember_folder(path))
        self.open_dialog(dialog)

    def open_dialog(self, dialog: QDialog) -> None:
        """Show one of the view's dialogs, modal; deleted when closed. A seam for tests, which
        show the dialog without a nested event loop and drive it."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.exec()

    # --- importing -----------------------------------------------------------------------

    def choose_import_file(self) -> str | None:
        """A seam: tests replace it rather than drive the platform's file dialog."""
        return choose_file_to_open(self, self.tr("Import accounts"),
                                   self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)"))

    def import_accounts(self, path: str | Path | None = None) -> None:
        chosen = path if path is not None else self.choose_import_file()
        if not chosen:
            return
        from accountregistry.gui.dialogs.import_accounts import ImportAccountsDialog

        dialog = ImportAccountsDialog(self.db, chosen, self)
        dialog.imported.connect(self._after_import)
        self.open_dialog(dialog)

    def _after_import(self, _result) -> None:
        self.reload_rows()
        self.imported.emit()

    def _reload_failed(self, error: BaseException) -> None:
        if self._unassessed or self._holders_unread:  # once failed, failed until a read succeeds
            self.model.read_failed = True
            self.table.viewport().update()  # the unread cells now say so
        self._unassessed = self._holders_unread = False  # not asked again until Retry (or F5) reads everything
        self._update_count()
        self._update_buttons()
        if isinstance(error, StoreError):
            show_refusal(self, error)  # the window says it once, with Retry
            return
        QMessageBox.warning(self, self.tr("Accounts"), self.tr("The accounts could not be read again: {reason}")
                            .format(reason=failure_sentence(error)))

    # --- reviews -------------------------------------------------------------------------

    def ask_review_note(self, count: int) -> str | None:
        """A seam: the optional note for marking `count` accounts reviewed; None if cancelled."""
        from accountregistry.gui.dialogs.review_round import ask_note

        return ask_note(self, count=count, flag=False)

    def mark_selected_reviewed(self) -> None:
        ids = self.reviewable_ids()
        if self.reviewer.busy():
            return
        if not ids:
            if self.table.selectionModel().hasSelection():
                QMessageBox.information(self, self.tr("Mark reviewed"),
                                        self.tr("Archived and closed accounts are not reviewed."))
            return
        note = self.ask_review_note(len(ids))
        if note is None:
            return
        self._review_ids = ids
        if len(ids) > 1:
            progress = QProgressDialog(self.tr("Marking {count} accounts reviewed…").format(
                count=format_number(len(ids))), self.tr("Cancel"), 0, len(ids), self)
            progress.setWindowTitle(self.tr("Mark reviewed"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(400)  # only shown if it takes a while
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.canceled.connect(self.reviewer.cancel)
            self._review_progress = progress
        from accountregistry.gui.dialogs.review_round import review_each
        from accountregistry.services.reviews import mark_reviewed

        self._update_buttons()
        self.reviewer.start(lambda progress: review_each(
            self.db, ids, lambda db, account_id: mark_reviewed(db, account_id, note=note or None), progress))

    def _show_review_progress(self, done: int, total: int) -> None:
        if self._review_progress is not None:
            self._review_progress.setValue(done)

    def _reviewed(self, outcome: ReviewOutcome) -> None:
        if outcome.done:
            self.refresh_accounts(outcome.done)
            self.select_accounts(self._review_ids)
        if outcome.error is not None:
            QMessageBox.warning(self, self.tr("Mark reviewed"), self.tr(
                "{done} of {total} accounts were marked reviewed; then: {reason}").format(
                done=format_number(len(outcome.done)), total=format_number(outcome.total), reason=outcome.error))

    def _review_failed(self, error: BaseException) -> None:
        self.refresh_accounts(self._review_ids)
        QMessageBox.warning(self, self.tr("Mark reviewed"), failure_sentence(error))

    def _review_ended(self) -> None:
        if self._review_progress is not None:
            self._review_progress.close()
            self._review_progress.deleteLater()
            self._review_progress = None
        self._update_buttons()

    def review_round(self) -> None:
        from accountregistry.gui.dialogs.review_round import ReviewRoundDialog

        dialog = ReviewRoundDialog(self.db, self)
        dialog.accounts_reviewed.connect(self.refresh_accounts)
        self.open_dialog(dialog)
