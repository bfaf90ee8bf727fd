"""A personal account's ambassador consent, in its window: whether the profile is listed for
ambassador work, every consent its holder gave or withdrew, and recording either.

A withdrawal is never refused (services/consent.py): its button is always there. Company and
employee-role accounts are the company's to use: the tab says that they need nobody's consent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.messages import LABEL_CONTEXT
from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row, date_edit
from accountregistry.gui.formatting import format_date
from accountregistry.gui.messages import message_colours
from accountregistry.gui.widgets.record_table import fill_table, read_only_table
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services import consent
from accountregistry.services.accounts import get_account
from accountregistry.services.consent import ConsentInput, ConsentLine
from accountregistry.store.database import Database
from accountregistry.store.models import CONSENT_SCOPES, Account
from accountregistry.gui.widgets.dialog_parts import holding, laid_out, line_edit, named, plain_label, push_button


def scope_name(name: str) -> str:
    """What the company may ask, in the user's language (store/models.py's label)."""
    return QCoreApplication.translate(LABEL_CONTEXT, consent.scope_label(name))


def scope_text(scope: Iterable[str]) -> str:
    return ", ".join(scope_name(name) for name in scope) or "—"


@dataclass(frozen=True)
class ConsentSectionRead:
    """What the section shows, read together (in the background when the account window opens)."""

    account: Account
    lines: list[ConsentLine]  # a personal account's records, newest first; none for other kinds


def read_consent_section(db: Database, account_id: int) -> ConsentSectionRead:
    account = get_account(db, account_id)
    return ConsentSectionRead(account, consent.consent_lines(db, account_id=account_id)
                              if account.kind == Kind.personal else [])


class ConsentSection(QWidget):
    """Emits ``changed`` after anything was recorded."""

    changed = Signal()

    def __init__(self, db: Database, account_id: int):
        super().__init__()
        self.db = db
        self.account_id = account_id
        self.messages = FieldMessages(self)
        self.state = plain_label()
        self.listed = named(QCheckBox(self.tr("&Listed for ambassador work")), self.tr("Listed for ambassador work"))
        self.listed.toggled.connect(self._listed_toggled)

        give_box = QGroupBox(self.tr("Record consent"))
        give_form = QFormLayout(give_box)
        self.given_on = date_edit()
        self.scope = {name: QCheckBox(scope_name(name)) for name in CONSENT_SCOPES}
        for box in self.scope.values():
            box.setAccessibleName(box.text())
        scopes = holding(*self.scope.values(), vertical=True)
        self.asked_by = PersonPicker(db)
        self.give_button = push_button(self.tr("Record consen&t"), self.tr("Record consent"), self.give)
        add_row(give_form, self.tr("&Given on"), self.given_on, self.messages, "given_on")
        add_row(give_form, self.tr("The company may ask"), scopes, self.messages, "scope")
        add_row(give_form, self.tr("As&ked by"), self.asked_by, self.messages, "asked_by_id")
        give_form.addRow("", self.give_button)
        self.messages.add_to_form(give_form, "give")

        withdraw_box = QGroupBox(self.tr("Record a withdrawal"))
        withdraw_form = QFormLayout(withdraw_box)
        self.withdrawn_on = date_edit(not_after_today=False)
        self.withdrawal_note = line_edit(self.tr("How the holder said it, if they gave a reason"))
        self.unlist = QCheckBox(self.tr("Also take the profile off the ambassador list"))
        self.unlist.setChecked(True)
        self.unlist.setAccessibleName(self.unlist.text())
        self.withdraw_button = push_button(self.tr("Record withdr&awal"), self.tr("Record withdrawal"), self.withdraw)
        add_row(withdraw_form, self.tr("Withdrawn &on"), self.withdrawn_on)
        add_row(withdraw_form, self.tr("&Note"), self.withdrawal_note)
        self.messages.add_to_form(withdraw_form, "withdrawal_note")
        withdraw_form.addRow("", self.unlist)
        withdraw_form.addRow("", self.withdraw_button)

        self.records = read_only_table([self.tr("Given on"), self.tr("May be asked"), self.tr("Asked by"),
                                        self.tr("Withdrawn on"), self.tr("Note"), self.tr("Recorded by")],
                                       self.tr("Consent records"))

        self.not_personal = plain_label(self.tr("Only a personal profile is listed for ambassador work with its "
                                                "holder's consent. This account is the company's to use: it needs "
                                                "nobody's consent."))
        self.not_personal.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        actions = laid_out(QHBoxLayout(), (give_box, 1), (withdraw_box, 1))
        self.personal = holding(self.state, self.listed, actions,
                                QLabel(self.tr("Consent given and withdrawn, newest first")), (self.records, 1),
                                vertical=True)
        laid_out(QVBoxLayout(self), self.not_personal, (self.personal, 1))
        self._loading = False

    def reload(self) -> None:
        self.fill(read_consent_section(self.db, self.account_id))

    def fill(self, read: ConsentSectionRead) -> None:
        """Show what `read_consent_section` read."""
        account = read.account
        personal = account.kind == Kind.personal
        self.not_personal.setVisible(not personal)
        self.personal.setVisible(personal)
        self.lines = read.lines
        self._loading = True
        try:
            self.listed.setChecked(account.ambassador)
        finally:
            self._loading = False
        self.state.setText(self._state_text(account.ambassador, self.lines))
        # Listed without consent in force is a risk: said in the caution colour.
        at_risk = account.ambassador and not any(line.in_force(date.today()) for line in self.lines)
        self.state.setStyleSheet(f"color: {message_colours(self)[1]};" if at_risk else "")
        fill_table(self.records, [[line.given_on, scope_text(line.scope) if line.given_on else "—",
                                   line.asked_by_name or "", line.withdrawn_on, line.withdrawal_note or "",
                                   line.recorded_by] for line in self.lines],
                   [line.record_id for line in self.lines])

    def _state_text(self, listed: bool, lines: list[ConsentLine]) -> str:
        latest, today = (lines[0] if lines else None), date.today()
        if latest is not None and latest.in_force(today):
            said = self.tr("Consent in force since {day}: {scope}.").format(day=format_date(latest.given_on),
                                                                            scope=scope_text(latest.scope))
        elif latest is not None and latest.withdrawn_on is not None:
            said = self.tr("Consent withdrawn on {day}.").format(day=format_date(latest.withdrawn_on))
        else:
            said = self.tr("No consent is recorded.")
        if listed and (latest is None or not latest.in_force(today)):
            said += " " + self.tr("The profile is still listed for ambassador work: take it off the list, or "
                                  "record the holder's consent.")
        return said

    # -- recording -------------------------------------------------------------

    def give(self) -> None:
        self.messages.clear()
        asked_by = self.asked_by.person_id()
        if asked_by is None and self.asked_by.has_unmatched_text():
            self.messages.set("asked_by_id", self.asked_by.unmatched_message())
            return
        data = ConsentInput(given_on=self.given_on.date().toPython(),
                            scope=[name for name, box in self.scope.items() if box.isChecked()],
                            asked_by_id=asked_by)
        if self._recorded(lambda: consent.give_consent(self.db, self.account_id, data)):
            for box in self.scope.values():
                box.setChecked(False)
            self.asked_by.set_person_id(None)

    def withdraw(self) -> None:
        self.messages.clear()
        on, note, unlist = self.withdrawn_on.date().toPython(), self.withdrawal_note.text(), self.unlist.isChecked()
        if self._recorded(lambda: consent.withdraw_consent(self.db, self.account_id, on=on, note=note,
                                                           unlist=unlist)):
            self.withdrawal_note.clear()

    def _listed_toggled(self, listed: bool) -> None:
        if not self._loading:
            self._recorded(lambda: consent.set_listed(self.db, self.account_id, listed))

    def _recorded(self, work) -> bool:
        try:
            work()
        except RegistryError as error:
            self.messages.show_refusal(error, "give")
            return False
        self.reload()
        self.changed.emit()
        return True
