"""The people list as a table model that filters and sorts itself.

Filtering and sorting live in the model rather than a QSortFilterProxyModel: the proxy calls
back into Python for every comparison, which is what makes large tables slow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from accountregistry.gui.formatting import words
from accountregistry.services.lookups import PersonRow, people_overview
from accountregistry.store.database import Database

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # English, marked for lupdate; headerData shows it translated
    display: Callable[[PersonRow], object]
    sort_key: Callable[[PersonRow], object]


def _text_key(value: str | None) -> tuple[bool, str]:
    # Blanks last, whichever way the column is sorted into.
    return (not value, (value or "").casefold())


def _qdate(value: date | None) -> QDate | None:
    # A QDate, not text: the view shows it in the user's locale format.
    return QDate(value.year, value.month, value.day) if value else None


HEADERS_CONTEXT = "PeopleModel"
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda p: p.name, lambda p: _text_key(p.name)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Work email"), lambda p: p.work_email or "",
           lambda p: _text_key(p.work_email)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Department"), lambda p: p.department or "",
           lambda p: _text_key(p.department)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Title"), lambda p: p.title or "", lambda p: _text_key(p.title)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Employment status"), lambda p: words(p.employment_status),
           lambda p: p.employment_status.value),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Last working day"), lambda p: _qdate(p.last_working_day),
           lambda p: (p.last_working_day is None, p.last_working_day or date.min)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Manager"), lambda p: p.manager_name or "",
           lambda p: _text_key(p.manager_name)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Accounts held"), lambda p: p.accounts_held, lambda p: p.accounts_held),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Active roles"), lambda p: p.active_roles, lambda p: p.active_roles),
)
NUMBER_COLUMNS = {7, 8}


class PeopleModel(QAbstractTableModel):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self._all: list[PersonRow] = []
        self._shown: list[PersonRow] = []
        self._text = ""
        self._status: str | None = None
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.reload()

    # -- the data --------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._all = people_overview(self.db)
        self._shown = self._select()
        self.endResetModel()

    def set_filter(self, text: str = "", status: str | None = None) -> None:
        """Free text over name, email, department and title; optionally one employment status."""
        self.beginResetModel()
        self._text, self._status = text.strip().casefold(), status or None
        self._shown = self._select()
        self.endResetModel()

    def _select(self) -> list[PersonRow]:
        words_ = self._text.split()
        rows = [p for p in self._all
                if (self._status is None or p.employment_status.value == self._status)
                and all(word in _haystack(p) for word in words_)]
        column = COLUMNS[self._sort_column]
        rows.sort(key=column.sort_key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return rows

    def person_at(self, row: int) -> PersonRow:
        return self._shown[row]

    def row_of(self, person_id: int) -> int:
        return next((row for row, p in enumerate(self._shown) if p.id == person_id), -1)

    # -- Qt's side ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        person = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].display(person)
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(HEADERS_CONTEXT, COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._shown[i.row()].id for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._shown = self._select()
        rows = {p.id: row for row, p in enumerate(self._shown)}
        self.changePersistentIndexList(persistent, [self.index(rows[pid], i.column()) for pid, i in zip(ids, persistent)])
        self.layoutChanged.emit()


def _haystack(person: PersonRow) -> str:
    return " ".join(filter(None, (person.name, person.work_email, person.department, person.title))).casefold()
