"""Choosing a person by typing part of their name or email."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from accountregistry.gui.accessibility import clear_button
from accountregistry.services.lookups import PersonChoice, people_for_picker
from accountregistry.store.database import Database

_Index = QModelIndex | QPersistentModelIndex


class PeopleChoiceModel(QAbstractListModel):
    """People as the picker lists them; a plain list model because 20,000 QStandardItems are slow to build."""

    def __init__(self, people: list[PersonChoice], parent=None):
        super().__init__(parent)
        self._people = people

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return person.label
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None

    def set_people(self, people: list[PersonChoice]) -> None:
        self.beginResetModel()
        self._people = people
        self.endResetModel()


class PersonPicker(QComboBox):
    """An editable combo box over the registry's people with type-ahead on names and emails.

    Empty means nobody. Text that matches no one is kept as typed (so the user can correct it)
    and reported by ``has_unmatched_text()``, for a message beside the field.
    """

    person_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setEditable(True)
        # Typed text must never become a new "person" in the list.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.lineEdit().setPlaceholderText(self.tr("Type a name or email"))
        clear_button(self.lineEdit())
        self._people: list[PersonChoice] = []
        self._by_label: dict[str, int] = {}
        self._model = PeopleChoiceModel([], self)
        self.setModel(self._model)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # "berg" should find "Ingrid Berg" and "ingrid.berg@…", not only names starting with it.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.editTextChanged.connect(lambda _text: self.person_changed.emit())
        self.reload()

    def reload(self) -> None:
        """Read the people again (after someone was added), keeping the choice."""
        chosen = self.person_id()
        self._people = people_for_picker(self.db)
        self._by_label = {p.label: p.id for p in self._people}
        self._model.set_people(self._people)
        self.set_person_id(chosen)

    def person_id(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        if text in self._by_label:
            return self._by_label[text]
        # A name or email typed in full (without picking from the list) is enough when it is unique.
        wanted = text.casefold()
        matches = [p.id for p in self._people
                   if p.name.casefold() == wanted or (p.work_email or "").casefold() == wanted]
        return matches[0] if len(matches) == 1 else None

    def has_unmatched_text(self) -> bool:
        return bool(self.currentText().strip()) and self.person_id() is None

    def unmatched_message(self) -> str:
        """What to say beside the picker when has_unmatched_text()."""
        return self.tr("No one in the registry matches “{text}”; choose a person from the list.").format(
            text=self.currentText().strip())

    def set_person_id(self, person_id: int | None) -> None:
        row = next((i for i, p in enumerate(self._people) if p.id == person_id), -1)
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")
