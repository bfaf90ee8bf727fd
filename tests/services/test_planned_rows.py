"""The preview's rows held compactly (import_planning.PlannedRows): each row reads back as it
was planned, and what the preview asks of them (counts, the rows of one action, where a row
is, a row planned again) is answered as a list of PlannedRow would."""

from __future__ import annotations

import pytest

from accountregistry.domain.errors import Problem
from accountregistry.services.import_planning import Change, PlannedRow, PlannedRows, RowAction

ROWS = [
    PlannedRow(2, RowAction.new, "https://github.com/acme"),
    PlannedRow(3, RowAction.update, "https://www.linkedin.com/company/ærø-øl",
               changes=(Change("display_name", "Ærø", "Ærø Øl"),)),
    PlannedRow(5, RowAction.error, "x \udcff broken", problems=(("url", Problem("address_not_recognised", {"address": "x"})),)),
    PlannedRow(6, RowAction.unchanged, "", notes=(Problem("role_kept", {"person": "Ann", "role": "admin"}),)),
    PlannedRow(9, RowAction.conflict, "https://github.com/emoji-🙂",
               problems=(("administrators", Problem("role_already_revoked", {"day": "2026-01-01"})),)),
]


def test_each_row_reads_back_as_planned():
    rows = PlannedRows(ROWS)
    assert len(rows) == 5 and list(rows) == ROWS and rows == ROWS
    assert rows[1] == ROWS[1] and rows[-1] == ROWS[-1] and rows[1:3] == ROWS[1:3]
    assert PlannedRows() == [] and rows != ROWS[:4]


def test_what_the_preview_asks_of_them():
    rows = PlannedRows(ROWS)
    assert [rows.count_of(action) for action in RowAction] == [1, 1, 1, 1, 1]
    assert rows.having(RowAction.error) == [ROWS[2]] and rows.having(RowAction.new) == [ROWS[0]]
    errors = rows.having(RowAction.error)
    assert len(errors) == 1 and errors[0] == errors[-1] == ROWS[2] and errors[:200] == [ROWS[2]]
    assert not PlannedRows(ROWS[:2]).having(RowAction.error)
    assert rows.index(ROWS[3]) == 3
    with pytest.raises(ValueError):
        rows.index(PlannedRow(4, RowAction.new, "https://github.com/acme"))
    with pytest.raises(ValueError):
        rows.index(PlannedRow(2, RowAction.error, "https://github.com/acme"))


def test_a_row_planned_again_replaces_the_row_of_its_line():
    rows = PlannedRows(ROWS)
    again = PlannedRow(5, RowAction.new, ROWS[2].account)
    rows.replace(again)
    assert rows[2] == again and rows.count_of(RowAction.error) == 0 and list(rows)[3:] == ROWS[3:]
    with pytest.raises(ValueError):
        rows.replace(PlannedRow(7, RowAction.new, ""))
