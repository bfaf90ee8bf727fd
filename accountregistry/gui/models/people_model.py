"""The people list as a table model that filters and sorts itself; read off the GUI thread
(read_people), already filtered and sorted as the view shows it.

Filtering and sorting live in the model rather than a QSortFilterProxyModel: the proxy calls
back into Python for every comparison, which is what makes large tables slow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from accountregistry.domain.messages import LABEL_CONTEXT
from accountregistry.gui.formatting import qdate, words
from accountregistry.gui.models.columns import Column, Index
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.lookups import PersonRow, people_overview, text_sort_key
from accountregistry.store.database import Database
from accountregistry.store.fields import fields_of
from accountregistry.store.models import PersonFields

HEADERS_CONTEXT = "PeopleModel"

def person_column(name: str, display: Callable[[PersonRow], object] | None = None,
                  sort_key: Callable[[PersonRow], object] | None = None) -> Column:
    """A column showing one of a person's fields, named as store/models.py declares it (its
    translation is the field's, as in the refusals that name it); text unless told otherwise."""
    value = attrgetter(name)
    return Column(fields_of(PersonFields)[name].label, display or (lambda p: value(p) or ""),
                  sort_key or (lambda p: text_sort_key(value(p))), LABEL_CONTEXT)


COLUMNS = (
    person_column("name"),
    person_column("work_email"),
    person_column("department"),
    person_column("title"),
    person_column("employment_status", lambda p: words(p.employment_status), lambda p: p.employment_status.value),
    person_column("last_working_day", lambda p: qdate(p.last_working_day),
                  lambda p: (p.last_working_day is None, p.last_working_day or date.min)),
    person_column("manager_id", lambda p: p.manager_name or "", lambda p: text_sort_key(p.manager_name)),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Accounts held"), lambda p: p.accounts_held, lambda p: p.accounts_held),
    Column(QT_TRANSLATE_NOOP("PeopleModel", "Active roles"), lambda p: p.active_roles, lambda p: p.active_roles),
)
NUMBER_COLUMNS = {7, 8}


@dataclass(frozen=True)
class PeopleQuery:
    """Which people are shown, in which order: what the filter bar and the header ask for."""

    text: str = ""  # casefolded; every word must occur in name, email, department or title
    status: str | None = None  # one employment status, or everyone
    sort_column: int = 0
    descending: bool = False

    def select(self, people: list[PersonRow]) -> list[PersonRow]:
        """The people shown, of everyone as people_overview reads them (by name); plain Python:
        a worker thread may call it."""
        rows = people if self.status is None else [p for p in people if p.employment_status.value == self.status]
        for word in self.text.split():
            rows = [p for p in rows if word in _haystack(p)]
        if (self.sort_column, self.descending) == (0, False):  # as read: by name (people_overview)
            return list(rows)
        return sorted(rows, key=COLUMNS[self.sort_column].sort_key, reverse=self.descending)


@dataclass(frozen=True)
class PeopleRead:
    """Everyone, and who of them are shown for `query` (made by read_people, off the GUI thread)."""

    query: PeopleQuery
    people: list[PersonRow]
    shown: list[PersonRow]


def read_people(db: Database, query: PeopleQuery) -> PeopleRead:
    with bulk_work():  # 20,000 people: never walked by the collector once read
        people = people_overview(db)
        return PeopleRead(query, people, query.select(people))


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[PersonRow] = []
        self._shown: list[PersonRow] = []
        self.query = PeopleQuery()

    # -- the data --------------------------------------------------------

    def set_people(self, read: PeopleRead) -> None:
        """Everyone anew: what read_people selected for the query that was current then
        (selected again here if the user changed it meanwhile)."""
        self.beginResetModel()
        self._all = read.people
        self._shown = read.shown if read.query == self.query else self.query.select(read.people)
        self.endResetModel()

    def total_count(self) -> int:
        return len(self._all)

    def set_filter(self, text: str = "", status: str | None = None) -> None:
        """Free text over name, email, department and title; optionally one employment status."""
        self.beginResetModel()
        self.query = replace(self.query, text=text.strip().casefold(), status=status or None)
        self._shown = self.query.select(self._all)
        self.endResetModel()

    def person_at(self, row: int) -> PersonRow:
        return self._shown[row]

    def row_of(self, person_id: int) -> int:
        return next((row for row, p in enumerate(self._shown) if p.id == person_id), -1)

    # -- Qt's side ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
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
            column = COLUMNS[section]
            return QCoreApplication.translate(column.context or HEADERS_CONTEXT, column.title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._shown[i.row()].id for i in persistent]
        self.query = replace(self.query, sort_column=column, descending=order == Qt.SortOrder.DescendingOrder)
        self._shown = self.query.select(self._all)
        rows = {p.id: row for row, p in enumerate(self._shown)}
        self.changePersistentIndexList(persistent, [self.index(rows[pid], i.column()) for pid, i in zip(ids, persistent)])
        self.layoutChanged.emit()


def _haystack(person: PersonRow) -> str:
    return " ".join(filter(None, (person.name, person.work_email, person.department, person.title))).casefold()
