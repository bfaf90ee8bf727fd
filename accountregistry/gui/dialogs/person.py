"""Adding or editing a person: who they are, where they work, and whether they are leaving."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QVBoxLayout, QWidget)

from accountregistry.domain.errors import Conflict, RegistryError
from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.gui.dialogs.register_account import (FieldMessages, add_row, chain_tab_order, date_edit,
                                                          set_combo_data, shown_texts)
from accountregistry.gui.formatting import capitalised, words
from accountregistry.gui.messages import show_message
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services.people import PersonInput, add_person, get_person, update_person
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import holding, laid_out, line_edit, named, plain_label, save_and_cancel

_LEAVING = (EmploymentStatus.leaving.value, EmploymentStatus.left.value)


class PersonDialog(QDialog):
    """``person_id`` None adds a person; otherwise edits that person (refusing a stale edit)."""

    def __init__(self, db: Database, person_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.person_id = person_id
        self.saved_person_id: int | None = None
        self._version: int | None = None
        self.setWindowTitle(self.tr("Add person") if person_id is None else self.tr("Edit person"))
        self.messages = FieldMessages(self)

        self.name = QLineEdit()
        self.work_email = QLineEdit()
        self.department = QLineEdit()
        self.title = QLineEdit()
        self.employment_status = QComboBox()
        for status in EmploymentStatus:
            self.employment_status.addItem(capitalised(words(status)), status.value)
        self.last_working_day = date_edit(not_after_today=False)
        self.no_last_working_day = named(QCheckBox(self.tr("None")), self.tr("No last working day"))
        self.no_last_working_day.setChecked(True)
        self.last_working_day.setEnabled(False)
        last_day = holding((self.last_working_day, 1), self.no_last_working_day)
        self.manager = PersonPicker(db)
        self.login = line_edit(self.tr("The login they use on a shared server, if any"))

        form = QFormLayout()
        m = self.messages
        add_row(form, self.tr("&Name"), self.name, m, "name")
        add_row(form, self.tr("&Work email"), self.work_email, m, "work_email")
        add_row(form, self.tr("&Department"), self.department, m, "department")
        add_row(form, self.tr("&Title"), self.title, m, "title")
        add_row(form, self.tr("&Employment status"), self.employment_status, m, "employment_status")
        last_day_label = add_row(form, self.tr("&Last working day"), last_day, m, "last_working_day")
        # The label names the row (a date and a checkbox); the date itself is the label's buddy.
        last_day_label.setBuddy(self.last_working_day)
        self.last_working_day.setAccessibleName(last_day_label.text().replace("&", ""))
        add_row(form, self.tr("&Manager"), self.manager, m, "manager_id")
        add_row(form, self.tr("Database l&ogin"), self.login, m, "login")

        self.general_message = plain_label(hidden=True)
        self.buttons, self.save_button = save_and_cancel(self, self.save)
        # After a stale edit: read the other person's change, keeping this one's typed values in sight.
        self.reload_button = self.buttons.addButton(self.tr("Re&load"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setAccessibleName(self.tr("Reload"))
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.reload_keeping_mine)
        # What is recorded about the person so far, in a window of its own (not for a new person).
        self.history_button = self.buttons.addButton(self.tr("Histor&y…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.setAccessibleName(self.tr("History"))
        self.history_button.setVisible(person_id is not None)
        self.history_button.clicked.connect(self.open_history)
        self.history_window = None
        laid_out(QVBoxLayout(self), form, self.general_message, self.buttons)
        chain_tab_order([self.name, self.work_email, self.department, self.title, self.employment_status,
                         self.last_working_day, self.no_last_working_day, self.manager, self.login, self.save_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.resize(480, self.sizeHint().height())

        self.no_last_working_day.toggled.connect(lambda none: self.last_working_day.setEnabled(not none))
        self.employment_status.currentIndexChanged.connect(self._status_chosen)
        if person_id is not None:
            self._load()

    def open_history(self):
        """The person's history, a window of its own above this dialog (reachable while it is open)."""
        from accountregistry.gui.dialogs.person_history import PersonHistoryWindow

        if self.person_id is None:
            return None
        if self.history_window is None:
            self.history_window = PersonHistoryWindow(self.db, self.person_id, self)
        self.history_window.show()
        self.history_window.raise_()
        return self.history_window

    def _load(self) -> None:
        person = get_person(self.db, self.person_id)
        self._version = person.version
        self.name.setText(person.name)
        self.work_email.setText(person.work_email or "")
        self.department.setText(person.department or "")
        self.title.setText(person.title or "")
        set_combo_data(self.employment_status, person.employment_status.value)
        self.no_last_working_day.setChecked(person.last_working_day is None)
        if person.last_working_day:
            self.last_working_day.setDate(person.last_working_day)
        self.manager.set_person_id(person.manager_id)
        self.login.setText(person.login or "")

    def _status_chosen(self) -> None:
        # Someone leaving needs a date: open the date field instead of waiting for the refusal.
        if self.employment_status.currentData() in _LEAVING:
            self.no_last_working_day.setChecked(False)

    def collect(self) -> PersonInput:
        return PersonInput(
            name=self.name.text(), work_email=self.work_email.text(), department=self.department.text(),
            title=self.title.text(), employment_status=self.employment_status.currentData(),
            last_working_day=None if self.no_last_working_day.isChecked() else self.last_working_day.date().toPython(),
            manager_id=self.manager.person_id(), login=self.login.text())

    def save(self) -> None:
        self.messages.clear()
        self.general_message.setVisible(False)
        if self.manager.has_unmatched_text():
            self.messages.set("manager_id", self.manager.unmatched_message())
            return
        try:
            if self.person_id is None:
                person = add_person(self.db, self.collect())
            else:
                person = update_person(self.db, self.person_id, self.collect(), expected_version=self._version)
        except Conflict as error:
            # A duplicate work email or login belongs beside that field; a stale edit concerns the whole form.
            if error.existing_id is not None:
                self.messages.set("login" if error.code == "login_taken" else "work_email", error.sentence())
            else:
                show_message(self.general_message, error.sentence())
                self.reload_button.setVisible(error.code == "stale_edit")
            return
        except RegistryError as error:
            self.messages.show_refusal(error, self.general_message)
            return
        self.saved_person_id = person.id
        self.accept()

    def shown_values(self) -> dict[str, str]:
        """The text each field shows now, by field (no last working day: empty)."""
        shown = shown_texts({"name": self.name, "work_email": self.work_email, "department": self.department,
                             "title": self.title, "employment_status": self.employment_status,
                             "last_working_day": self.last_working_day, "manager_id": self.manager,
                             "login": self.login})
        if self.no_last_working_day.isChecked():
            shown["last_working_day"] = ""
        return shown

    def reload_keeping_mine(self) -> None:
        """Show the person as they are now; beside each field where this dialog's unsaved value
        differs from it, that value, to enter again (nothing of it is saved by itself)."""
        mine = self.shown_values()
        self.messages.clear()
        self.general_message.setVisible(False)
        self.reload_button.setVisible(False)
        self._load()
        theirs = self.shown_values()
        for field, value in mine.items():
            if value != theirs.get(field):
                self.messages.set(field, self.tr("Your unsaved value: “{value}”").format(value=value or "—"),
                                  warning=True)

