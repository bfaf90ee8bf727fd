"""The tables that list records (accounts, people, rows of a file, a person's roles): read-only,
whole rows selected, Tab leaving the table, one row height so a view never measures 100,000
rows. Each view adds only what is its own (columns, sorting, icons)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics
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
    return table


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
