"""The consent register as a table model that filters and sorts itself; read off the GUI thread
(read_consent), with what filtering needs (each record's words, whether it is in force) made
there too, so a keystroke in the filter only compares prepared text.

As the people model: filtering and sorting live in the model (no QSortFilterProxyModel calling
back into Python for every comparison)."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from accountregistry.gui.formatting import qdate
from accountregistry.gui.models.columns import Column, Index
from accountregistry.gui.widgets.consent_section import scope_text
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.consent import ConsentLine, consent_lines
from accountregistry.store.database import Database

# The column titles keep the view's context: their translations were made there.
HEADERS_CONTEXT = "ConsentView"


def _casefolded(value: str | None) -> str | None:
    return value.casefold() if value else None


# Each column sorts by a value where None (blank) sorts last, whichever way. The values of one
# column are of one type, so that sorting compares them at C speed.
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ConsentView", "Holder"), lambda line: line.holder_name or "—",
           lambda line: _casefolded(line.holder_name)),
    Column(QT_TRANSLATE_NOOP("ConsentView", "Profile"), lambda line: line.profile,
           lambda line: _casefolded(line.profile)),
    Column(QT_TRANSLATE_NOOP("ConsentView", "Given on"), lambda line: qdate(line.given_on),
           lambda line: line.given_on),
    Column(QT_TRANSLATE_NOOP("ConsentView", "May be asked"), lambda line: scope_text(line.scope),
           lambda line: line.scope or None),
    Column(QT_TRANSLATE_NOOP("ConsentView", "Asked by"), lambda line: line.asked_by_name or "",
           lambda line: _casefolded(line.asked_by_name)),
    Column(QT_TRANSLATE_NOOP("ConsentView", "Withdrawn on"), lambda line: qdate(line.withdrawn_on),
           lambda line: line.withdrawn_on),
    Column(QT_TRANSLATE_NOOP("ConsentView", "Note"), lambda line: line.withdrawal_note or "",
           lambda line: _casefolded(line.withdrawal_note)),
)


@dataclass(frozen=True)
class ColumnOrder:
    """The records' indices in one column's ascending order, blanks after them (made in the
    worker: sorting 35,000 records by a Python key is too slow for the GUI thread)."""

    indices: array  # of int: the records with a value, ascending, then the blank ones
    blanks: int

    @classmethod
    def of(cls, lines: list[ConsentLine], column: int) -> ColumnOrder:
        values = [COLUMNS[column].sort_key(line) for line in lines]
        present = [i for i, value in enumerate(values) if value is not None]
        present.sort(key=values.__getitem__)  # equal values keep their order as read
        blanks = [i for i, value in enumerate(values) if value is None]
        return cls(array("i", present + blanks), len(blanks))

    def order(self, descending: bool) -> list[int]:
        """Ascending, or descending with blanks still last."""
        ascending = self.indices.tolist()
        if not descending:
            return ascending
        present = len(ascending) - self.blanks
        return ascending[:present][::-1] + ascending[present:]


# Columns whose text may be cut to fit: shown whole on hover.
LONG_TEXT = frozenset({3, 6})

# What the state filter offers, in its order.
EVERY_RECORD, IN_FORCE, ENDED = range(3)


def _words(line: ConsentLine) -> str:
    return " ".join(filter(None, (line.holder_name, line.holder_email, line.profile, line.url,
                                  line.asked_by_name, line.withdrawal_note))).casefold()


@dataclass(frozen=True)
class ConsentQuery:
    """Which records are shown, in which order: what the filter bar and the header ask for."""

    text: str = ""  # casefolded; every word must occur in holder, email, profile, who asked or note
    state: int = EVERY_RECORD
    sort_column: int = -1  # -1: as read (holder, profile, newest first)
    descending: bool = False


@dataclass(frozen=True)
class ConsentRead:
    """Every record, with what the filter compares (made by read_consent, off the GUI thread)."""

    lines: list[ConsentLine]
    words: list[str]  # each record's searchable text, casefolded
    in_force: list[bool]  # each record, today
    in_force_count: int
    orders: tuple[ColumnOrder, ...]  # each column's
    query: ConsentQuery
    order: Sequence[int]  # every record's index in the query's order (as read: a range, no list)
    shown: Sequence[int]  # the indices the query shows, in its order

    @classmethod
    def of(cls, lines: list[ConsentLine], query: ConsentQuery, today: date | None = None) -> ConsentRead:
        today = today or date.today()
        in_force = [line.in_force(today) for line in lines]
        orders = tuple(ColumnOrder.of(lines, column) for column in range(len(COLUMNS)))
        read = cls(lines, [_words(line) for line in lines], in_force, sum(in_force), orders, query, [], [])
        return read.ordered(query)

    def ordered(self, query: ConsentQuery) -> ConsentRead:
        """The same records for another query; sorted again only if the order asked for changed."""
        if self.order and (query.sort_column, query.descending) == (self.query.sort_column, self.query.descending):
            order = self.order
        elif 0 <= query.sort_column < len(COLUMNS):
            order = self.orders[query.sort_column].order(query.descending)
        else:
            order = range(len(self.lines))
        return replace(self, query=query, order=order, shown=self._select(query, order))

    def _select(self, query: ConsentQuery, order: Sequence[int]) -> Sequence[int]:
        # One plain comprehension per condition: a keystroke filters 35,000 records in a few ms.
        shown, texts, in_force = order, self.words, self.in_force
        if query.state != EVERY_RECORD:
            wanted = query.state == IN_FORCE
            shown = [i for i in shown if in_force[i] is wanted]
        for word in query.text.split():
            shown = [i for i in shown if word in texts[i]]
        return shown


EMPTY = ConsentRead([], [], [], 0, (), ConsentQuery(), [], [])


def read_consent(db: Database, query: ConsentQuery) -> ConsentRead:
    """Off the GUI thread: the register, prepared for filtering, selected for `query`."""
    with bulk_work():  # 35,000 records at 100,000 accounts: never walked by the collector once read
        return ConsentRead.of(consent_lines(db), query)


class ConsentModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._read = EMPTY
        self.query = ConsentQuery()

    # -- the data --------------------------------------------------------

    def set_read(self, read: ConsentRead) -> None:
        """Every record anew, selected again here if the user changed the query meanwhile."""
        self.beginResetModel()
        self._read = read if read.query == self.query else read.ordered(self.query)
        self.endResetModel()

    def set_filter(self, text: str = "", state: int = EVERY_RECORD) -> None:
        self.beginResetModel()
        self.query = replace(self.query, text=text.strip().casefold(), state=state)
        self._read = self._read.ordered(self.query)
        self.endResetModel()

    def total_count(self) -> int:
        return len(self._read.lines)

    def in_force_count(self) -> int:
        return self._read.in_force_count

    def line_at(self, row: int) -> ConsentLine:
        return self._read.lines[self._read.shown[row]]

    def shown_lines(self) -> list[ConsentLine]:
        lines = self._read.lines
        return [lines[i] for i in self._read.shown]

    # -- Qt's side ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._read.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._read.shown):
            return None
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and index.column() in LONG_TEXT):
            return COLUMNS[index.column()].display(self.line_at(index.row()))
        if role == Qt.ItemDataRole.UserRole:
            return self.line_at(index.row()).account_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(HEADERS_CONTEXT, COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        records = [self._read.shown[i.row()] for i in persistent]
        wanted = set(records)
        self.query = replace(self.query, sort_column=column if 0 <= column < len(COLUMNS) else -1,
                             descending=order == Qt.SortOrder.DescendingOrder)
        self._read = self._read.ordered(self.query)
        rows = {record: row for row, record in enumerate(self._read.shown) if record in wanted} if wanted else {}
        self.changePersistentIndexList(persistent, [self.index(rows.get(record, -1), i.column())
                                                    for record, i in zip(records, persistent)])
        self.layoutChanged.emit()
