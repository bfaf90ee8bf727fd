"""What the table models share: the index Qt hands them, and a column declared by its title and
what it shows and sorts by."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # English, marked for lupdate; headerData shows it translated
    display: Callable[[Any], object]  # called on the GUI thread, for rows on screen only
    sort_key: Callable[[Any], object]  # what the column sorts by
    context: str | None = None  # where its translation is; None: the model's own context
