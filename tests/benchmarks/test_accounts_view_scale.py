"""The accounts view at each BENCHMARK_SCALE: first paint, a filter keystroke and a sort, against a floor.

view:  AccountsView (AccountsModel filtering and sorting inside the model, the risk badge
       painter, the filter bar), fed the rows services.account_list loads.
floor: a bare QTableView over a minimal QAbstractTableModel holding the same rows as display
       strings, filtered by the same substring test on the same lowercased text, in the same run.

first paint: rows into the model + view shown + events processed + the table painted.
keystroke:   one more letter in the search field (or one less) -> model reset -> table painted.
sort:        a click on a column's header, ascending then descending -> table painted; the floor
             sorts its rows by the same text (casefolded) with Python's sort and emits
             layoutChanged. Holder (text), next review (dates) and risks (worst first).

Printed: median milliseconds, floor and ratio (aim: each under 100 ms). Loading the rows from
the database is printed too; the window does it in a worker thread. Not a timed test: only
correctness is asserted.
"""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from accountregistry.gui.models.accounts_model import Column
from accountregistry.gui.views.accounts_view import AccountsView
from accountregistry.services.account_list import load_accounts
from accountregistry.store.schema import open_database

pytestmark = pytest.mark.benchmark

REPEATS = 7
# Typed one letter at a time, then deleted one at a time: narrowing and widening keystrokes.
TYPED = "anna"


class BareModel(QAbstractTableModel):
    """The least a table model can do: display strings, a substring filter, a reset."""

    def __init__(self, rows: list[tuple[str, ...]], haystacks: list[str]):
        super().__init__()
        self.all_rows, self.haystacks = rows, haystacks
        self.shown = rows

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        needle = text.lower()
        self.shown = [row for row, hay in zip(self.all_rows, self.haystacks) if needle in hay] if needle \
            else self.all_rows
        self.endResetModel()

    def sort_by(self, key, descending: bool) -> None:
        self.layoutAboutToBeChanged.emit()
        self.shown = sorted(self.shown, key=key, reverse=descending)
        self.layoutChanged.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown[index.row()][index.column()]
        return None


def settle_and_paint(table: QTableView) -> None:
    QApplication.processEvents()
    table.viewport().repaint()  # synchronous: the paint is inside the measured time


def ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


@pytest.fixture
def scale_db(registry_at_scale):
    db = open_database(registry_at_scale)
    yield db
    db.close()


# Keys into the floor's display tuples, one per column as Column orders them.
SORTED = {Column.holder: lambda row: row[Column.holder].casefold(),
          Column.next_review: lambda row: row[Column.next_review], Column.risks: lambda row: row[Column.risks]}


def test_accounts_view_first_paint_and_keystroke_against_floor(qtbot, scale_db, scale):
    loads = []
    for _ in range(2):
        began = time.perf_counter()
        accounts = load_accounts(scale_db)
        loads.append(time.perf_counter() - began)
    assert len(accounts) == scale
    rows = accounts.rows()
    display = [(r.platform_name, r.handle, r.display_name, r.kind or "", r.presence, r.status, str(r.official),
                r.holder_name, str(r.active_administrators), str(r.next_review or ""), " · ".join(r.risk_titles))
               for r in rows]
    # What the view's search finds: the row's own text and the names and emails of everyone
    # holding an active role (the view looks those up through its people; the floor has them in line).
    haystacks = ["\n".join((r.search_text, *(r.people[p].text for p in r.role_holders))) for r in rows]

    view_paint, floor_paint = [], []
    view_keys, floor_keys = [], []
    for _ in range(REPEATS):
        view = AccountsView(scale_db)
        qtbot.addWidget(view)
        view.resize(1280, 760)
        began = time.perf_counter()
        view.set_rows(accounts)
        view.show()
        settle_and_paint(view.table)
        view_paint.append(time.perf_counter() - began)
        assert view.model.rowCount() == scale

        bare = BareModel(display, haystacks)
        table = QTableView()
        qtbot.addWidget(table)
        table.resize(1280, 760)
        began = time.perf_counter()
        table.setModel(bare)
        table.show()
        settle_and_paint(table)
        floor_paint.append(time.perf_counter() - began)

        texts = [TYPED[:n] for n in range(1, len(TYPED) + 1)] + [TYPED[:n] for n in range(len(TYPED) - 1, -1, -1)]
        for text in texts:
            began = time.perf_counter()
            view.search.setText(text)
            settle_and_paint(view.table)
            view_keys.append(time.perf_counter() - began)
            began = time.perf_counter()
            bare.set_filter(text)
            settle_and_paint(table)
            floor_keys.append(time.perf_counter() - began)
            assert view.model.rowCount() == bare.rowCount(), text
        view.close()
        table.close()

    view.search.clear()
    bare.set_filter("")
    view.show()
    table.show()
    sorts = []
    for column, key in SORTED.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            began = time.perf_counter()
            view.table.sortByColumn(column, order)
            settle_and_paint(view.table)
            ours = time.perf_counter() - began
            began = time.perf_counter()
            bare.sort_by(key, order == Qt.SortOrder.DescendingOrder)
            settle_and_paint(table)
            sorts.append((f"sort {column.name} {'down' if order == Qt.SortOrder.DescendingOrder else 'up'}", ours, time.perf_counter() - began))

    lines = ["", f"accounts view at {len(rows):,} accounts: median ms of {REPEATS} runs "
                 f"({len(view_keys) // REPEATS} keystrokes per run), view vs bare QTableView",
             f"{'measure':<28}{'view ms':>9}{'floor ms':>10}{'ratio':>8}"]
    for name, ours, floor in (("first paint", view_paint, floor_paint), ("filter keystroke", view_keys, floor_keys)):
        lines.append(f"{name:<28}{ms(ours):>9.1f}{ms(floor):>10.1f}{ms(ours) / ms(floor):>8.2f}")
    lines.append(f"{'slowest keystroke':<28}{max(view_keys) * 1000:>9.1f}{max(floor_keys) * 1000:>10.1f}"
                 f"{max(view_keys) / max(floor_keys):>8.2f}")
    for name, ours, floor in sorts:
        lines.append(f"{name:<28}{ours * 1000:>9.1f}{floor * 1000:>10.1f}{ours / floor:>8.2f}")
    lines.append(f"{'load rows from database':<28}{min(loads) * 1000:>9.1f}   (worker thread in the window)")
    print("\n".join(lines))
