"""Agreeing handover terms for an account: every save is a new version; the earlier ones stay."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout,
                               QWidget)

from accountregistry.domain import platforms
from accountregistry.domain.errors import RegistryError
from accountregistry.domain.vocabulary import Kind, dispositions_for
from accountregistry.gui.formatting import capitalised
from accountregistry.gui.dialogs.register_account import (DISPOSITION_NAMES, KIND_NAMES, FieldMessages, add_row,
                                                          chain_tab_order, date_edit, number_text, personal_notice,
                                                          plain_text_edit, set_combo_data, typed_number)
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services.accounts import get_account
from accountregistry.services.case_reading import account_name
from accountregistry.services.handover import TermsInput, current_terms, record_terms
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import laid_out, line_edit, plain_label, save_and_cancel


class HandoverTermsDialog(QDialog):
    """Starts from the current terms, so a new version only needs what changed."""

    def __init__(self, db: Database, account_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.recorded_terms_id: int | None = None
        account = get_account(db, account_id)
        self.kind = account.kind
        name = platforms.platform_name(account.platform)
        self.setWindowTitle(self.tr("Handover terms: {platform} {handle}").format(platform=name, handle=account.handle))
        self.messages = FieldMessages(self)

        account_text = capitalised(account_name(account.platform, account.presence, None, account.handle).sentence())
        if account.display_name:
            account_text = self.tr("{account} — {display_name}").format(account=account_text,
                                                                       display_name=account.display_name)
        heading = QLabel(self.tr("{account} ({kind})").format(account=account_text,
                                                              kind=KIND_NAMES[account.kind].lower()))
        heading.setWordWrap(True)
        self.personal_notice = plain_label(personal_notice())
        self.personal_notice.setVisible(account.kind == Kind.personal)

        self.disposition = QComboBox()
        # Only what this kind of account may be given: a personal profile is never offered as a transfer.
        for disposition in dispositions_for(account.kind):
            self.disposition.addItem(DISPOSITION_NAMES[disposition], disposition.value)
        self.successor = PersonPicker(db)
        self.followers_terms = plain_text_edit(
            3, placeholder=self.tr("What happens to followers, the network and groups built for the company"))
        self.content_terms = plain_text_edit(3, placeholder=self.tr("What happens to posts, messages and media"))
        self.notice_days = line_edit(self.tr("blank = none agreed"))
        self.agreed_on = date_edit()
        self.agreed_by_holder = QCheckBox(self.tr("Agreed by the holder"))
        self.agreed_by_holder.setAccessibleName(self.agreed_by_holder.text())
        self.agreed_by_company = line_edit(self.tr("Name of who signed for the company"))

        form = QFormLayout()
        m = self.messages
        add_row(form, self.tr("&Disposition"), self.disposition, m, "disposition")
        add_row(form, self.tr("&Successor"), self.successor, m, "successor_id")
        add_row(form, self.tr("&Followers, network and groups"), self.followers_terms, m, "followers_terms")
        add_row(form, self.tr("&Content"), self.content_terms, m, "content_terms")
        add_row(form, self.tr("&Notice (days)"), self.notice_days, m, "notice_days")
        add_row(form, self.tr("A&greed on"), self.agreed_on, m, "agreed_on")
        form.addRow("", self.agreed_by_holder)
        add_row(form, self.tr("Agreed for the company &by"), self.agreed_by_company, m, "agreed_by_company")

        self.general_message = plain_label(hidden=True)
        self.buttons, self.save_button = save_and_cancel(self, self.save, save_text=self.tr("Save as new version"))

        laid_out(QVBoxLayout(self), heading, self.personal_notice, form, self.general_message, self.buttons)
        chain_tab_order([self.disposition, self.successor, self.followers_terms, self.content_terms,
                         self.notice_days, self.agreed_on, self.agreed_by_holder, self.agreed_by_company,
                         self.save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.resize(620, self.sizeHint().height())
        self._start_from_current()

    def _start_from_current(self) -> None:
        terms = current_terms(self.db, self.account_id)
        if terms is None:
            return
        set_combo_data(self.disposition, terms.disposition.value)
        self.successor.set_person_id(terms.successor_id)
        self.followers_terms.setPlainText(terms.followers_terms or "")
        self.content_terms.setPlainText(terms.content_terms or "")
        self.notice_days.setText(number_text(terms.notice_days))
        # A new version is agreed anew: the date and the holder's agreement are not carried over.
        self.agreed_by_company.setText(terms.agreed_by_company or "")

    def save(self) -> None:
        self.messages.clear()
        self.general_message.setVisible(False)
        if self.successor.has_unmatched_text():
            self.messages.set("successor_id", self.successor.unmatched_message())
            return
        data = TermsInput(disposition=self.disposition.currentData(), agreed_on=self.agreed_on.date().toPython(),
                          successor_id=self.successor.person_id(),
                          followers_terms=self.followers_terms.toPlainText(),
                          content_terms=self.content_terms.toPlainText(), notice_days=typed_number(self.notice_days),
                          agreed_by_holder=self.agreed_by_holder.isChecked(),
                          agreed_by_company=self.agreed_by_company.text())
        try:
            terms = record_terms(self.db, self.account_id, data)
        except RegistryError as error:
            self.messages.show_refusal(error, self.general_message)
            return
        self.recorded_terms_id = terms.id
        self.accept()

