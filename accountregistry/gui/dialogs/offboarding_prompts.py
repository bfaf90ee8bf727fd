"""The small questions the offboarding view asks: a reason (waive, reopen, cancel), a note
(done with a note), a new last working day.

Each dialog runs its action itself when the user confirms, and stays open with the service's
sentence beside the field when the action is refused, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from accountregistry.domain.errors import RegistryError, ValidationError
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row
from accountregistry.gui.messages import show_message
from accountregistry.gui.widgets.date_field import DateField
from accountregistry.gui.widgets.dialog_parts import laid_out, plain_label


class _ActionDialog(QDialog):
    """A form with one field whose OK runs ``action``; refusals are shown, not raised."""

    def __init__(self, title: str, explanation: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.done_ok = False
        self.messages = FieldMessages(self)
        self.explanation = plain_label(explanation)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = plain_label(hidden=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        laid_out(QVBoxLayout(self), self.explanation, self.form, self.general, self.buttons)

    def run(self, action: Callable[[], object], field: str = "", *,
            refused: Callable[[ValidationError], object] | None = None) -> None:
        """`action`, then close; a refused input is shown by `refused`, or else beside the form's fields."""
        self.messages.clear()
        show_message(self.general, None)
        try:
            action()
        except ValidationError as error:
            if refused is not None:
                refused(error)
                return
            # Beside the fields this form has; what the service names otherwise goes beside `field`.
            unplaced = self.messages.show(error.sentences())
            if unplaced or not error.sentences():
                self.messages.set(field, unplaced or error.sentence())
            return
        except RegistryError as error:
            show_message(self.general, error.sentence())
            return
        self.done_ok = True
        self.accept()

    def confirm(self) -> None:
        raise NotImplementedError


class ReasonDialog(_ActionDialog):
    """Asks for a reason or a note and runs ``action(text)``; ``required`` refuses a blank one
    here already (the service refuses it too, with the same kind of sentence)."""

    def __init__(self, *, title: str, explanation: str, label: str, ok_text: str, required: bool,
                 action: Callable[[str], object], refusal: str = "", parent: QWidget | None = None):
        super().__init__(title, explanation, ok_text, parent)
        self.required = required
        self.action = action
        self.refusal = refusal
        self.text = QLineEdit()
        self.text.setMaxLength(1000)
        add_row(self.form, label, self.text, self.messages, "reason")
        self.resize(520, self.sizeHint().height())
        self.text.setFocus()

    def confirm(self) -> None:
        text = self.text.text().strip()
        if self.required and not text:
            self.messages.set("reason", self.refusal or self.tr("A reason is required."))
            self.text.setFocus()
            return
        self.run(lambda: self.action(text or None), "reason")


class LastDayDialog(_ActionDialog):
    """Asks for a new last working day, read leniently, and runs ``action(day)``."""

    def __init__(self, *, current: date, action: Callable[[date], object], parent: QWidget | None = None):
        super().__init__(self.tr("Change the last working day"),
                         self.tr("Open items move with the last working day; done and waived items keep their "
                                 "dates."), self.tr("&Change"), parent)
        self.action = action
        self.day = DateField()
        add_row(self.form, self.tr("&Last working day"), self.day)
        self.day.edit.setAccessibleName(self.tr("Last working day"))
        self.day.set_date(current)
        self.resize(520, self.sizeHint().height())
        self.day.edit.setFocus()
        self.day.edit.selectAll()

    def confirm(self) -> None:
        problem = self.day.problem()
        value = self.day.date()
        if problem or value is None:
            self.day.set_error(problem or self.tr("The last working day is required."))
            return
        self.day.set_error(None)
        self.run(lambda: self.action(value),
                 refused=lambda error: self.day.set_error(" ".join(error.sentences().values())))
