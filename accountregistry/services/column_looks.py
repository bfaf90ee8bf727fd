"""What the values of each column look like, declared once per import, and the rows whose values
sit one column off: "the columns seem shifted from line 6: the Address column holds names".

    watch = ShiftedValues(ACCOUNT_LOOKS, parsed.columns, labels)
    watch.row(line, cells, failed)      each row of the file, in order (only failed rows are looked at)
    watch.refusal(file)                 ImportRefused("import_values_shifted", …) or None

A row's values are shifted when at least two of its cells do not look like their own column's
values but like a neighbouring column's (an address under the display name, a name under the
address), and such cells outnumber the cells after the first of them that fit their own column.
The file's columns seem shifted from the first such row from which on most rows are shifted:
a row whose cells each keep the header's width (a spreadsheet saves them so) but moved by one.

A Look is a test of one cell's text; the accounts' looks are built from the column kinds the
import already knows (its choices, yes/no columns, dates and numbers), plus the few whose
values have a form of their own (addresses, handles, emails, names, administrators).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from accountregistry.domain.errors import Label
from accountregistry.domain.platforms import PLATFORM_IDS
from accountregistry.domain.vocabulary import EmploymentStatus, StrEnum
from accountregistry.services.import_cells import YES_OR_NO_WORDS
from accountregistry.services.import_words import (CHOICE_COLUMNS, COLUMN_LABELS, YES_NO_COLUMNS, platform_named,
                                                   value_named)
from accountregistry.services.ownership_report import COLUMNS
from accountregistry.services.report_sheets import DATE, NUMBER
from accountregistry.services.table_reading import ImportRefused

__all__ = ["ACCOUNT_LABELS", "ACCOUNT_LOOKS", "PEOPLE_LOOKS", "Look", "ShiftedValues"]


@dataclass(frozen=True)
class Look:
    """What a column's values look like: `fits(text)` for a stripped, non-blank cell. `rank`:
    the lower, the more telling a misplaced value is (named first when as many rows say so)."""

    name: str
    fits: Callable[[str], bool]
    rank: int


def _matches(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    compiled = re.compile(pattern, flags)
    return lambda text: compiled.fullmatch(text) is not None


_DATE_TEXT = _matches(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")
_NUMBER_TEXT = _matches(r"\d+")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _name(text: str) -> bool:
    """A person's or an account's name: a letter, one line, no address, no email, no list."""
    return (_HAS_LETTER.search(text) is not None and len(text) <= 200 and "://" not in text
            and not any(mark in text for mark in "@<>|\n"))


@cache
def _choices(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


def choice(enum: type[StrEnum]) -> Look:
    """One of the product's words for `enum`, in any of the four languages or a synonym."""
    return Look(f"choice:{enum.__name__}", lambda text: value_named(enum, text) in _choices(enum), 4)


URL = Look("url", _matches(r"(https?://|www\.)\S+", re.IGNORECASE), 0)
EMAIL = Look("email", _matches(r"[^@\s<>|]+@[^@\s<>|]+\.[^@\s<>|]+"), 1)
DATE_LOOK = Look("date", _DATE_TEXT, 2)
ADMINISTRATORS = Look("administrators", _matches(r"[^()]*\([^()]+\)(\s*\|.*)?", re.DOTALL), 3)
NUMBER_LOOK = Look("number", _NUMBER_TEXT, 5)
YES_NO_LOOK = Look("yes_no", lambda text: text.lower() in YES_OR_NO_WORDS, 6)
PLATFORM = Look("platform", lambda text: platform_named(text) in PLATFORM_IDS, 4)
HANDLE = Look("handle", lambda text: not any(space in text for space in " \t\n") and "://" not in text, 7)
NAME = Look("name", _name, 8)

_SHAPE_LOOKS = {DATE: DATE_LOOK, NUMBER: NUMBER_LOOK}

# The account import's columns (services/ownership_report.COLUMNS); free text (notes, terms,
# the unit) has no look: anything fits it, so it tells nothing.
ACCOUNT_LOOKS: dict[str, Look] = {
    **{column.name: _SHAPE_LOOKS[column.shape] for column in COLUMNS if column.shape in _SHAPE_LOOKS},
    **{column: choice(enum) for column, enum in CHOICE_COLUMNS.items()},
    **{column: YES_NO_LOOK for column in YES_NO_COLUMNS},
    "platform": PLATFORM, "handle": HANDLE, "url": URL, "administrators": ADMINISTRATORS,
    "display_name": NAME, "holder_name": NAME, "successor_name": NAME,
    "holder_email": EMAIL, "login_email": EMAIL, "successor_email": EMAIL, "escalation_email": EMAIL,
}
ACCOUNT_LABELS = {name: Label(text) for name, text in COLUMN_LABELS.items()}  # what a refusal calls them
# The people import's columns (services/people_file.PEOPLE_HEADER).
PEOPLE_LOOKS: dict[str, Look] = {
    "name": NAME, "work_email": EMAIL, "manager_email": EMAIL, "employment_status": choice(EmploymentStatus),
    "last_working_day": DATE_LOOK,
}


class ShiftedValues:
    """Watches a file's rows for values one column off (see the module's docstring)."""

    def __init__(self, looks: Mapping[str, Look], columns: Mapping[str, int], labels: Mapping[str, Label]):
        at = {position: name for name, position in columns.items()}
        self.labels = labels
        self.looks = looks
        # (position, column, its look, the neighbouring columns that have a look)
        self.checks = tuple(
            (position, name, looks[name], tuple(other for other in (at.get(position - 1), at.get(position + 1))
                                                if other in looks))
            for position, name in sorted(at.items()) if name in looks)
        self.rows = 0
        self.shifted: list[tuple[int, int]] = []  # (index among the rows, line) of each shifted row
        self.pairs: Counter[tuple[str, str]] = Counter()  # (column, the neighbour its values look like)

    def row(self, line: int, cells: list[str], failed: bool) -> None:
        """One row that fits under the header; `failed`: whether reading it found a problem (a
        row read without one is not shifted, whatever its cells look like)."""
        index = self.rows
        self.rows += 1
        if not failed:
            return
        pairs = self._misplaced(cells)
        if pairs:
            self.shifted.append((index, line))
            self.pairs.update(pairs)

    def _misplaced(self, cells: list[str]) -> list[tuple[str, str]]:
        """The (column, neighbour) pairs of a shifted row; [] for a row that is not."""
        pairs: list[tuple[str, str]] = []
        misplaced = fitting = 0
        for position, name, look, neighbours in self.checks:
            cell = cells[position].strip() if position < len(cells) else ""
            if not cell:
                continue
            if look.fits(cell):
                fitting += misplaced > 0
                continue
            found = [(name, other) for other in neighbours if self.looks[other].fits(cell)]
            misplaced += bool(found)
            pairs += found
        return pairs if misplaced >= 2 and misplaced > fitting else []

    def refusal(self, file: str) -> ImportRefused | None:
        """From the first shifted row from which on most rows are shifted: where, and which column
        holds what belongs under which."""
        total = len(self.shifted)
        for number, (index, line) in enumerate(self.shifted):
            count, rows = total - number, self.rows - index
            if 2 * count > rows:
                column, holds = min(self.pairs, key=lambda pair: (-self.pairs[pair], self.looks[pair[0]].rank))
                return ImportRefused("import_values_shifted", file=file, line=line, count=count, rows=rows,
                                     column=self.labels[column], holds=self.labels[holds])
        return None
