"""Choosing a person by typing part of their name or email.

Every picker offers everyone in the registry: 20,000 people at the designed size. They are read
once per registry into a PeopleDirectory, in the background once the window is up, and shared
by every picker of every dialog; the window reads them again when people change.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from accountregistry.gui.accessibility import clear_button
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.lookups import PersonChoice, people_for_picker
from accountregistry.store.database import Database

@dataclass(frozen=True)
class PeopleChoices:
    """Everyone a picker offers, with what finds them, made once (off the GUI thread) and shared
    by every picker: at 20,000 people each picker making its own costs the window a stall."""

    people: list[PersonChoice] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    by_label: dict[str, int] = field(default_factory=dict)  # person id by label
    rows: dict[int, int] = field(default_factory=dict)  # row by person id

    @classmethod
    def of(cls, people: list[PersonChoice]) -> PeopleChoices:
        labels = [person.label for person in people]
        return cls(people, labels, dict(zip(labels, (person.id for person in people))),
                   {person.id: row for row, person in enumerate(people)})


def _read_choices(db: Database, shown: PeopleChoices | None = None) -> PeopleChoices:
    """Everyone (worker thread); `shown` itself if they are the same people as it holds, so that
    the copy just read is freed here, not on the GUI thread, and no picker is filled again."""
    with bulk_work():  # 20,000 people: never walked by the collector once read
        people = people_for_picker(db)
        if shown is not None and people == shown.people:
            return shown
        return PeopleChoices.of(people)


class PeopleDirectory(QObject):
    """Everyone a picker offers, for one registry: `people` is None until first read."""

    updated = Signal()

    _of: dict[int, PeopleDirectory] = {}  # by id() of a Database alive

    @classmethod
    def of(cls, db: Database) -> PeopleDirectory:
        """The application's directory of this registry's people."""
        directory = cls._of.get(id(db))
        if directory is None or directory.db is not db:
            directory = cls._of[id(db)] = cls(db, QCoreApplication.instance())
            weakref.finalize(db, cls._of.pop, id(db), None)
        return directory

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.choices: PeopleChoices | None = None  # None until first read
        # Every picker's list, by label: one model held by Qt (a combo box asks a model of 20,000
        # rows for thousands of texts when its choice is set), filled once per read, not once per
        # picker made (4-9 ms of the GUI thread each at 20,000 people; an account's window has four).
        self.model = QStringListModel(self)
        self.reading = BackgroundRead(None, _read_choices, self._read, arguments=lambda: (self.db, self.choices))

    def request(self) -> None:
        """Read everyone again, in the background (people were added, renamed or left)."""
        self.reading.request()

    def busy(self) -> bool:
        return self.reading.busy()

    def ensure(self) -> None:
        """For a picker made before anyone asked for the people (a dialog on its own, in a test
        or a script): read them now. The window asks for them in the background first."""
        if self.choices is None and not self.busy():
            self._read(_read_choices(self.db))

    @property
    def people(self) -> list[PersonChoice] | None:
        return self.choices.people if self.choices is not None else None

    def _read(self, choices: PeopleChoices) -> None:
        if choices is not self.choices:  # the same people: the pickers have them
            self.choices = choices
            self.model.setStringList(choices.labels)  # each picker keeps its choice (_people_coming)
            self.updated.emit()


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
        self.placeholder = self.tr("Type a name or email")
        self.lineEdit().setPlaceholderText(self.placeholder)
        clear_button(self.lineEdit())
        self._choices = PeopleChoices()
        self.directory = PeopleDirectory.of(db)
        self.setModel(self.directory.model)
        completer = QCompleter(self.directory.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # "berg" should find "Ingrid Berg" and "ingrid.berg@…", not only names starting with it.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.editTextChanged.connect(lambda _text: self.person_changed.emit())
        self._wanted: int | None = None  # chosen before the people arrived (or were read again)
        self._blocked: bool | None = None  # blockSignals' answer while the list changes
        self.directory.model.modelAboutToBeReset.connect(self._people_coming)
        self.directory.updated.connect(self._people_updated)
        self.directory.ensure()
        if self.directory.people is not None:
            self._people_updated()
        else:
            self.lineEdit().setPlaceholderText(self.tr("Loading people…"))

    def set_placeholder(self, text: str) -> None:
        """What the empty field says once the people are there."""
        self.placeholder = text
        if self.directory.people is not None:
            self.lineEdit().setPlaceholderText(text)

    def reload(self) -> None:
        """Read the people again (after someone was added), keeping the choice."""
        self.directory.request()

    def _people_coming(self) -> None:
        """The people read again are about to replace the list: the choice is kept, and this is
        not the user choosing someone (no person_changed: a form would count it as an unsaved
        edit, and ask about it when closed) until _people_updated."""
        self._wanted = self._wanted if self._wanted is not None else self.person_id()
        self._blocked = self.blockSignals(True)

    def _people_updated(self) -> None:
        chosen, self._wanted = self._wanted, None
        blocked = self.blockSignals(True) if self._blocked is None else self._blocked
        try:
            self._choices = self.directory.choices or PeopleChoices()
            self.lineEdit().setPlaceholderText(self.placeholder)
            self.set_person_id(chosen)
        finally:
            self._blocked = None
            self.blockSignals(blocked)

    def person_id(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        if text in self._choices.by_label:
            return self._choices.by_label[text]
        # A name or email typed in full (without picking from the list) is enough when it is unique.
        wanted = text.casefold()
        matches = [p.id for p in self._choices.people
                   if p.name.casefold() == wanted or (p.work_email or "").casefold() == wanted]
        return matches[0] if len(matches) == 1 else None

    def has_unmatched_text(self) -> bool:
        return bool(self.currentText().strip()) and self.person_id() is None

    def unmatched_message(self) -> str:
        """What to say beside the picker when has_unmatched_text()."""
        return self.tr("No one in the registry matches “{text}”; choose a person from the list.").format(
            text=self.currentText().strip())

    def missing_message(self, choose: str) -> str:
        """What to say beside the picker when no one is chosen: unmatched_message(), or else `choose`."""
        return self.unmatched_message() if self.has_unmatched_text() else choose

    def set_person_id(self, person_id: int | None) -> None:
        if self.directory.people is None:  # still reading: chosen once the people arrive
            self._wanted = person_id
            return
        row = self._choices.rows.get(person_id, -1) if person_id is not None else -1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")
