"""Recording that the handover confirmation of an offboarding was signed: by whom (the leaver,
unless someone else signed), on which day, how (signed paper, e-mail, in person), and an optional
signed scan kept with it (PDF, PNG or JPEG, at most 20 MB: services.agreements refuses anything
else with a sentence, and then nothing is stored, not even the confirmation).

Like the offboarding view's other prompts, OK runs the action; a refusal is shown beside its
field and the dialog stays open with everything typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from accountregistry.domain.vocabulary import AgreementChannel, AgreementKind
from accountregistry.gui.accessibility import clear_button
from accountregistry.gui.dialogs.offboarding_prompts import _ActionDialog
from accountregistry.gui.dialogs.register_account import add_row
from accountregistry.gui.file_folders import choose_file_to_open
from accountregistry.gui.formatting import words
from accountregistry.gui.messages import show_message
from accountregistry.gui.widgets.date_field import DateField
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services import agreements
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import line_edit, push_button


def channel_box() -> QComboBox:
    """The ways an agreement is given, in the user's language."""
    box = QComboBox()
    for channel in AgreementChannel:
        box.addItem(words(channel).capitalize(), channel.value)
    return box


class RecordConfirmationDialog(_ActionDialog):
    """``recorded`` holds the agreement once OK has recorded it."""

    def __init__(self, db: Database, *, case_id: int, leaver_id: int, today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Record the signed handover confirmation"),
                         self.tr("Record who signed the handover confirmation, when and how. It covers the "
                                 "accounts of this offboarding as they stand now; a signed scan can be kept "
                                 "with it (PDF, PNG or JPEG, at most 20 MB)."),
                         self.tr("&Record"), parent)
        self.db = db
        self.case_id = case_id
        self.recorded = None
        self.who = PersonPicker(db)
        self.who.set_person_id(leaver_id)
        self.signed_on = DateField()
        self.signed_on.set_date(today or date.today())
        self.channel = channel_box()
        self.scan = line_edit(self.tr("No scan"))
        clear_button(self.scan)
        self.choose_button = push_button(self.tr("C&hoose…"), self.tr("Choose a signed scan"), self.choose_scan)
        add_row(self.form, self.tr("Signed &by"), self.who, self.messages, "person_id")
        add_row(self.form, self.tr("Signed &on"), self.signed_on, self.messages, "agreed_on")
        self.signed_on.edit.setAccessibleName(self.tr("Signed on"))
        add_row(self.form, self.tr("Cha&nnel"), self.channel, self.messages, "channel")
        add_row(self.form, self.tr("Signed &scan"), self.scan, self.messages, "file", beside=self.choose_button)
        self.resize(600, self.sizeHint().height())
        self.who.setFocus()

    def choose_scan(self) -> None:
        path = choose_file_to_open(self, self.tr("Choose a signed scan"),
                                   self.tr("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.scan.setText(path)

    def confirm(self) -> None:
        self.messages.clear()
        show_message(self.general, None)
        person_id = self.who.person_id()
        if person_id is None:
            self.messages.set("person_id", self.who.missing_message(self.tr("Choose who signed.")))
            return
        problem = self.signed_on.problem()
        if problem or self.signed_on.date() is None:
            self.signed_on.set_error(problem or self.tr("The day it was signed is required."))
            return
        self.signed_on.set_error(None)
        data = agreements.AgreementInput(agreed_on=self.signed_on.date(), channel=self.channel.currentData(),
                                         scan=self.scan.text().strip() or None)
        self.run(lambda: self._record(person_id, data), "file")

    def _record(self, person_id: int, data: agreements.AgreementInput) -> None:
        self.recorded = agreements.record_agreement(self.db, person_id, data, kind=AgreementKind.handover_confirmation,
                                                    case_id=self.case_id)
