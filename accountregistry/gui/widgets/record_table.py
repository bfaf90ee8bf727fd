"""The tables that list records (accounts, people, rows of a file, a person's roles): read-only,
whole rows selected, Tab leaving the table, one row height so a view never measures 100,000
rows. Each view adds only what is its own (columns, sorting, icons)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

__all__ = ["fill_table", "read_only_table", "record_table", "table_item"]


def record_table(table: QTableView, accessible_name: str, *, several: bool = False) -> QTableView:
    """Set up `table` as a read-only list of records; `several` lets Shift/Ctrl select more than
    one row (for acting on many at once)."""
    table.setAccessibleName(accessible_name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    # Fixed row heights: the view never measures every row to lay them out.
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(max(QFontMetrics(table.font()).height() + 10, 24))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.installEventFilter(_ActivationRepaintsSelection(table))
    return table


class _ActivationRepaintsSelection(QObject):
    """When its window becomes active or inactive, and so takes the keyboard focus from a table or gives
    it back, a table repaints its selected rows and the current one, which alone can look different;
    Qt's item views repaint their whole viewport (and header) at each: the accounts table's 9-13 ms of
    the GUI thread each time an account's window opened or closed. (Where the palette's active and
    inactive colours differ, Qt's repaint stays.)"""

    def eventFilter(self, table: QTableView, event: QEvent) -> bool:
        # The event's kind first: the table is asked nothing for other events, which also come while it is
        # being destroyed (scripts/screenshot_dialogs.py crashed in this filter, when it asked for every event).
        kind = event.type()
        if not (kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
                and event.reason() == Qt.FocusReason.ActiveWindowFocusReason
                or kind in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)
                and table.palette().isEqual(QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)) \
                or (selection := table.selectionModel()) is None:
            return False
        selected = table.visualRegionForSelection(selection.selection())
        table.viewport().update(selected.united(table.visualRect(table.currentIndex())))
        return True


def read_only_table(headers: list[str], accessible_name: str) -> QTableWidget:
    """A small record table holding its own items (a person's accounts, their roles)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return record_table(table, accessible_name)


def table_item(value: object, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if isinstance(value, date):
        # A QDate shows in the user's locale format and sorts as a date.
        value = QDate(value.year, value.month, value.day)
    item.setData(Qt.ItemDataRole.DisplayRole, "" if value is None else value)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def fill_table(table: QTableWidget, rows: list[list[object]], data: list[object] | None = None) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, table_item(value, data[r] if data else None))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
