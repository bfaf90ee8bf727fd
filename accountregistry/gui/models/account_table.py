"""The accounts table's contents, sorted and filtered: plain Python, no Qt.

An AccountTable is never changed once made: sorting, filtering or new rows make a new one that
shares what did not change. So a worker thread can build the next table from the one on
screen (after a reload or another person's change) while the window keeps showing it, and the
window's thread only swaps them (AccountsModel.set_table).

Filtering is one substring test per row on a lowercased text the service built once, and,
for the rows it does not find, whether anyone holding a role there is among the people whose
name or email holds the word (a set made per word from the 20,000 people); sorting is one Python sort on keys computed once per column
(kept while the rows are).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum

from accountregistry.services.account_list import NOBODY, AccountRow, People

# The filter's "kind" for accounts whose kind nobody has recorded yet.
KIND_NOT_KNOWN = "not_known"
# Sorting this many rows in one call would hold Python's lock long enough for the window to
# stutter when a worker thread sorts: larger sorts are done in pieces and merged.
SORT_PIECE = 20_000


class Column(IntEnum):
    platform = 0
    handle = 1
    display_name = 2
    kind = 3
    presence = 4
    status = 5
    official = 6
    holder = 7
    administrators = 8
    next_review = 9
    risks = 10


# Sorting by kind or status follows the product's order, not the alphabet; unknown kind last.
_KIND_ORDER = {"company": 0, "employee_role": 1, "personal": 2, None: 3}
_STATUS_ORDER = {"active": 0, "dormant": 1, "archived": 2, "closed": 3}

# One key per column and row: (missing, value). Missing values (no display name, no holder,
# no review date) go last whichever way the column is sorted.
SORT_KEYS: dict[Column, Callable[[AccountRow], tuple]] = {
    Column.platform: lambda r: (False, r.platform_name.casefold()),
    Column.handle: lambda r: (False, r.handle.casefold()),
    Column.display_name: lambda r: (not r.display_name, r.display_name.casefold()),
    Column.kind: lambda r: (False, _KIND_ORDER.get(r.kind, 4)),
    Column.presence: lambda r: (False, r.presence),
    Column.status: lambda r: (False, _STATUS_ORDER.get(r.status, 4)),
    Column.official: lambda r: (False, not r.official),
    Column.holder: lambda r: (not r.holder_name, r.holder_name.casefold()),
    Column.administrators: lambda r: (False, r.active_administrators),
    Column.next_review: lambda r: (r.next_review is None, r.next_review or date.min),
    Column.risks: lambda r: (r.risks is None, r.worst_risk, len(r.risks or ())),  # not read yet: last
}


@dataclass(frozen=True)
class AccountFilter:
    """What the filter bar asks for; empty values match everything."""

    text: str = ""  # every word must occur in handle, display name, holder or an administrator
    platform: str = ""
    kind: str = ""  # a Kind value, or KIND_NOT_KNOWN
    status: str = ""
    official: bool | None = None  # None: official or not
    only_at_risk: bool = False

    def words(self) -> list[str]:
        return self.text.lower().split()

    def narrows(self, earlier: AccountFilter) -> bool:
        """Whether every row this filter keeps was kept by `earlier` (typing on adds letters),
        so that only the rows still shown need testing."""
        return (replace(self, text="") == replace(earlier, text="")
                and self.text.lower().startswith(earlier.text.lower()))


def _sorted(indexes: Sequence[int], key: Callable[[int], object], descending: bool) -> list[int]:
    """`indexes` in order of `key`, stable either way; a long list sorted in pieces, then merged."""
    if len(indexes) <= SORT_PIECE:
        return sorted(indexes, key=key, reverse=descending)
    pieces = [sorted(indexes[start:start + SORT_PIECE], key=key, reverse=descending)
              for start in range(0, len(indexes), SORT_PIECE)]
    # heapq.merge takes equal keys from its inputs in their order: stable as one sort would be.
    return list(heapq.merge(*pieces, key=key, reverse=descending))


class AccountTable:
    """Rows in registration order, and which of them are shown in which order."""

    __slots__ = ("_keys", "filter", "haystacks", "order", "people", "position", "rows", "sort_column",
                 "sort_descending", "visible")

    def __init__(self, rows: list[AccountRow], haystacks: list[str], position: dict[int, int],
                 keys: dict[Column, list], sort_column: int, sort_descending: bool, order: list[int],
                 filter: AccountFilter, visible: list[int], people: People = NOBODY):
        self.rows, self.haystacks, self.position, self._keys = rows, haystacks, position, keys
        self.sort_column, self.sort_descending, self.order = sort_column, sort_descending, order
        self.filter, self.visible = filter, visible
        # Everyone's names as last read: the search looks for its words in them.
        self.people = people

    @classmethod
    def empty(cls) -> AccountTable:
        return cls([], [], {}, {}, -1, False, [], AccountFilter(), [])

    @classmethod
    def of(cls, rows: Iterable[AccountRow], sort_column: int = -1, sort_descending: bool = False,
           filter: AccountFilter = AccountFilter()) -> AccountTable:
        rows = list(rows)
        table = cls(rows, [row.search_text for row in rows], {row.id: at for at, row in enumerate(rows)}, {},
                    sort_column, sort_descending, [], filter, [], rows[0].people if rows else NOBODY)
        table.order = table._ordered()
        table.visible = table._matching(filter, table.order)
        return table

    # --- new tables ----------------------------------------------------------------------

    def sorted_by(self, column: int, descending: bool) -> AccountTable:
        column = column if 0 <= column < len(Column) else -1
        table = AccountTable(self.rows, self.haystacks, self.position, self._keys, column, descending, [],
                             self.filter, [], self.people)
        table.order = table._ordered()
        table.visible = table._matching(self.filter, table.order)
        return table

    def filtered(self, wanted: AccountFilter) -> AccountTable:
        candidates = self.visible if wanted.narrows(self.filter) else self.order
        return AccountTable(self.rows, self.haystacks, self.position, self._keys, self.sort_column,
                            self.sort_descending, self.order, wanted, self._matching(wanted, candidates),
                            self.people)

    def with_rows(self, rows: Iterable[AccountRow], removed_ids: Iterable[int] = ()) -> AccountTable:
        """The changed accounts' rows replaced (new ones added at the end), removed ones gone;
        the same sort and filter. Sort keys of unchanged rows are kept, and the earlier order is
        sorted again, which Python's sort does in one pass when little moved."""
        rows = list(rows)
        gone = set(removed_ids) & self.position.keys()
        merged, haystacks = list(self.rows), list(self.haystacks)
        keys = {column: list(values) for column, values in list(self._keys.items())}
        position = self.position
        changed: list[int] = []
        added: list[int] = []
        for row in rows:
            at = position.get(row.id)
            if at is None:
                at = len(merged)
                merged.append(row)
                haystacks.append(row.search_text)
                added.append(at)
                for column, values in keys.items():
                    values.append(SORT_KEYS[column](row))
            else:
                merged[at] = row
                haystacks[at] = row.search_text
                changed.append(at)
                for column, values in keys.items():
                    values[at] = SORT_KEYS[column](row)
        if gone:
            kept = [at for at, row in enumerate(merged) if row.id not in gone]
            merged = [merged[at] for at in kept]
            haystacks = [haystacks[at] for at in kept]
            keys = {column: [values[at] for at in kept] for column, values in keys.items()}
            earlier = {old: new for new, old in enumerate(kept)}
            order = [earlier[at] for at in self.order if at in earlier] + [earlier[at] for at in added]
            position = {row.id: at for at, row in enumerate(merged)}
        else:
            order = self.order + added
            if added:
                position = {**position, **{merged[at].id: at for at in added}}
        table = AccountTable(merged, haystacks, position, keys, self.sort_column, self.sort_descending, order,
                             self.filter, [], rows[0].people if rows else self.people)
        if self.sort_column >= 0 and (changed or added):
            table.order = table._ordered(order)
        table.visible = table._matching(self.filter, table.order)
        return table

    # --- reading -------------------------------------------------------------------------

    def row_at(self, shown: int) -> AccountRow:
        return self.rows[self.visible[shown]]

    def row_of(self, account_id: int) -> AccountRow | None:
        at = self.position.get(account_id)
        return None if at is None else self.rows[at]

    def shown_at(self, account_id: int) -> int:
        """Where the account is shown, or -1 when the filter hides it (or it does not exist)."""
        at = self.position.get(account_id)
        if at is None:
            return -1
        try:
            return self.visible.index(at)
        except ValueError:
            return -1

    # --- the work ------------------------------------------------------------------------

    def _key_list(self, column: Column) -> list:
        keys = self._keys.get(column)
        if keys is None:
            key = SORT_KEYS[column]
            keys = self._keys[column] = [key(row) for row in self.rows]
        return keys

    def _ordered(self, earlier: list[int] | None = None) -> list[int]:
        """Every row index, sorted; from `earlier` (nearly sorted) in one pass when given."""
        count = len(self.rows)
        if self.sort_column < 0:
            return list(range(count))
        keys = self._key_list(Column(self.sort_column))
        descending = self.sort_descending
        if earlier is None:
            # Python's sort is stable in both directions: equal keys keep registration order.
            ranked = _sorted(range(count), keys.__getitem__, descending)
        else:
            # The index breaks ties, as registration order does in a sort from scratch.
            sign = -1 if descending else 1
            ranked = sorted(earlier, key=lambda at: (keys[at], sign * at), reverse=descending)
        if not descending:
            return ranked
        return [i for i in ranked if not keys[i][0]] + [i for i in ranked if keys[i][0]]

    def _found(self, word: str, candidates: list[int]) -> list[int]:
        """The candidates whose handle, display name or holder holds `word`, or where someone
        whose name or email holds it holds a role."""
        haystacks, rows = self.haystacks, self.rows
        named = {person_id for person_id, person in self.people.items() if word in person.text}
        if not named:
            return [i for i in candidates if word in haystacks[i]]
        nobody_named = named.isdisjoint
        return [i for i in candidates if word in haystacks[i] or not nobody_named(rows[i].role_holders)]

    def _matching(self, wanted: AccountFilter, candidates: list[int]) -> list[int]:
        rows, kept = self.rows, candidates
        if wanted.platform:
            kept = [i for i in kept if rows[i].platform == wanted.platform]
        if wanted.kind:
            kind = None if wanted.kind == KIND_NOT_KNOWN else wanted.kind
            kept = [i for i in kept if rows[i].kind == kind]
        if wanted.status:
            kept = [i for i in kept if rows[i].status == wanted.status]
        if wanted.official is not None:
            kept = [i for i in kept if rows[i].official == wanted.official]
        if wanted.only_at_risk:
            kept = [i for i in kept if rows[i].risks]
        for word in wanted.words():
            kept = self._found(word, kept)
        return list(kept) if kept is candidates else kept

