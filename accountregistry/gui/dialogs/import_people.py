"""Importing people from HR with the account import's preview: counts per action, every row
with its line number and what it would do or why it cannot be imported, all or nothing unless
the user chooses the valid rows only. The people import's plan (services/people_import) is
shown through the preview's row shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from accountregistry.gui.dialogs.import_accounts import HEADERS, ImportAccountsDialog
from accountregistry.domain.messages import format_value
from accountregistry.gui.formatting import format_date, format_number, words
from accountregistry.services.csv_import import RowAction
from accountregistry.services.import_planning import Change
from accountregistry.services.people_import import (
    LABELS,
    PeopleImportPlan,
    PersonRow,
    RowsByAction,
    apply_people_import,
    plan_people_import,
    read_people_file,
)
from accountregistry.services.table_reading import ImportRefused

NEW_PERSON = QT_TRANSLATE_NOOP("ImportPreview", "A new person.")
_COLUMN_OF = {"manager_id": "manager_email"}


def _shown(value) -> str:
    """A person's value as the window shows it: a status in the user's language, a date in
    their short format."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return words(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


@dataclass
class PreviewRow:
    """A person row as the preview reads a row: line, action, who, reason, changes."""

    line: int
    action: RowAction
    account: str  # the preview's "who or what" column: the person
    reason: str | None
    changes: list[Change] = field(default_factory=list)
    NEW_TEXT = NEW_PERSON

    @classmethod
    def of(cls, row: PersonRow) -> PreviewRow:
        who = f"{row.name} <{row.work_email}>" if row.name else (row.work_email or row.cells)
        changes = [Change(format_value(LABELS[_COLUMN_OF.get(name, name)]), _shown(old), _shown(new))
                   for name, (old, new) in row.changes.items()]
        return cls(row.line, row.action, who, " ".join(row.sentences()) or None, changes)

    def note_sentences(self) -> list[str]:
        return []


@dataclass
class PreviewPlan(RowsByAction):
    source: PeopleImportPlan
    rows: list[PreviewRow]
    unknown_columns: tuple[str, ...]
    ignored_columns: tuple[str, ...] = ()
    new_people: tuple = ()
    shifted: ImportRefused | None = None
    formula_cells: int = 0


class ImportPeopleDialog(ImportAccountsDialog):
    """Checks `path` as soon as it opens; emits `imported` with the PeopleImportResult once written."""

    HEADERS = (HEADERS[0], HEADERS[1], QT_TRANSLATE_NOOP("ImportPreview", "Person"), HEADERS[3])

    def title(self) -> str:
        return self.tr("Import people from {name}").format(name=self.path.name)

    def check(self, source: Path) -> PreviewPlan:
        plan = plan_people_import(self.db, read_people_file(source))
        return PreviewPlan(plan, [PreviewRow.of(row) for row in plan.rows], plan.unknown_columns,
                           shifted=plan.shifted, formula_cells=plan.formula_cells)

    def write(self, plan: PreviewPlan, *, only_valid_rows: bool, grant_again: bool, progress):
        return apply_people_import(self.db, plan.source, only_valid_rows=only_valid_rows)

    def written_text(self, outcome) -> str:
        said = self.tr("Imported from {name}: {added} new people, {updated} updated, {unchanged} unchanged.").format(
            name=self.path.name, added=format_number(outcome.added), updated=format_number(outcome.updated),
            unchanged=format_number(outcome.unchanged))
        if outcome.skipped:
            said += " " + self.tr("{count} rows in error left out.").format(count=format_number(outcome.skipped))
        return said
