"""The accounts view at 100,000 accounts: first paint and a filter keystroke, against a floor.

view:  AccountsView (AccountsModel filtering and sorting inside the model, the risk badge
       painter, the filter bar), fed the rows services.account_list loads.
floor: a bare QTableView over a minimal QAbstractTableModel holding the same rows as display
       strings, filtered by the same substring test on the same lowercased text, in the same run.

first paint: rows into the model + view shown + events processed + the table painted.
keystroke:   one more letter in the search field (or one less) -> model reset -> table painted.

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
from accountregistry.services.account_list import load_account_rows
from accountregistry.store.bulk import insert_rows
from accountregistry.store.models import Account, AccountRole, Person
from accountregistry.store.schema import open_database
from scale_data import generate

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


@pytest.fixture(scope="module")
def scale_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("scale") / "registry.sqlite3")
    with db.transaction() as session:
        for model, rows in zip((Person, Account, AccountRole), generate()):
            insert_rows(session, model, rows)
    yield db
    db.close()


def test_accounts_view_first_paint_and_keystroke_against_floor(qtbot, scale_db):
    loads = []
    for _ in range(2):
        began = time.perf_counter()
        rows = load_account_rows(scale_db)
        loads.append(time.perf_counter() - began)
    assert len(rows) == 100_000
    display = [(r.platform_name, r.handle, r.display_name, r.kind or "", r.presence, r.status, r.holder_name,
                str(r.active_administrators), str(r.next_review or ""), " · ".join(r.risk_titles)) for r in rows]
    haystacks = [r.search_text for r in rows]

    view_paint, floor_paint = [], []
    view_keys, floor_keys = [], []
    for _ in range(REPEATS):
        view = AccountsView(scale_db)
        qtbot.addWidget(view)
        view.resize(1280, 760)
        began = time.perf_counter()
        view.set_rows(rows)
        view.show()
        settle_and_paint(view.table)
        view_paint.append(time.perf_counter() - began)
        assert view.model.rowCount() == 100_000

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
    began = time.perf_counter()
    view.model.sort(Column.holder, Qt.SortOrder.AscendingOrder)
    first_sort = time.perf_counter() - began
    began = time.perf_counter()
    view.model.sort(Column.holder, Qt.SortOrder.DescendingOrder)
    second_sort = time.perf_counter() - began

    lines = ["", f"accounts view at {len(rows):,} accounts: median ms of {REPEATS} runs "
                 f"({len(view_keys) // REPEATS} keystrokes per run), view vs bare QTableView",
             f"{'measure':<28}{'view ms':>9}{'floor ms':>10}{'ratio':>8}"]
    for name, ours, floor in (("first paint", view_paint, floor_paint), ("filter keystroke", view_keys, floor_keys)):
        lines.append(f"{name:<28}{ms(ours):>9.1f}{ms(floor):>10.1f}{ms(ours) / ms(floor):>8.2f}")
    lines.append(f"{'slowest keystroke':<28}{max(view_keys) * 1000:>9.1f}{max(floor_keys) * 1000:>10.1f}"
                 f"{max(view_keys) / max(floor_keys):>8.2f}")
    lines.append(f"{'sort by holder (keys made)':<28}{first_sort * 1000:>9.1f}")
    lines.append(f"{'sort again (keys kept)':<28}{second_sort * 1000:>9.1f}")
    lines.append(f"{'load rows from database':<28}{min(loads) * 1000:>9.1f}   (worker thread in the window)")
    print("\n".join(lines))
