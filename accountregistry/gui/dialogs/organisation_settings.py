"""File → Organisation settings…: the organisation's name, its email domains, the default
review interval, whose public holidays due dates skip, its closing days and the retention
period. The page collects what is typed; services/organisation checks and audits it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout,
                               QWidget)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.vocabulary import HolidayCountry
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row, chain_tab_order, set_combo_data
from accountregistry.gui.messages import show_message
from accountregistry.services import organisation
from accountregistry.services.organisation import NO_COUNTRY, RETENTION_RANGE, REVIEW_INTERVAL_RANGE, SettingsInput
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import laid_out, line_edit, plain_label, save_and_cancel

COUNTRY_NAMES = {
    HolidayCountry.DK.value: QT_TRANSLATE_NOOP("OrganisationSettings", "Denmark"),
    HolidayCountry.SE.value: QT_TRANSLATE_NOOP("OrganisationSettings", "Sweden"),
    HolidayCountry.NO.value: QT_TRANSLATE_NOOP("OrganisationSettings", "Norway"),
}


def country_combo() -> QComboBox:
    """None, then Denmark, Sweden and Norway (their codes as the items' data)."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("OrganisationSettings", "None (Monday to Friday only)"), NO_COUNTRY)
    for code, name in COUNTRY_NAMES.items():
        combo.addItem(QCoreApplication.translate("OrganisationSettings", name), code)
    return combo


def month_spin(low_high: tuple[int, int]) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*low_high)
    return spin


class OrganisationSettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Organisation settings"))
        self.messages = FieldMessages(self)

        self.name = line_edit(self.tr("e.g. Nordlys Rejser A/S"))
        self.email_domains = line_edit(self.tr("e.g. nordlys.dk, nordlys.se"))
        self.review_interval = month_spin(REVIEW_INTERVAL_RANGE)
        self.holidays_country = country_combo()
        self.closing_days = line_edit(self.tr("e.g. 24.12, 31.12"))
        self.retention = month_spin(RETENTION_RANGE)

        form = QFormLayout()
        m = self.messages
        add_row(form, self.tr("&Name"), self.name, m, "name")
        add_row(form, self.tr("Company email &domains"), self.email_domains, m, "email_domains")
        form.addRow("", self._hint(self.tr("Comma-separated. Company accounts that log in with an address outside "
                                           "these domains are flagged as “Private login”.")))
        add_row(form, self.tr("Default &review interval (months)"), self.review_interval, m,
                "default_review_interval_months")
        add_row(form, self.tr("Public &holidays of"), self.holidays_country, m, "holidays_country")
        add_row(form, self.tr("&Closing days"), self.closing_days, m, "closing_days")
        form.addRow("", self._hint(self.tr("Days the company is closed besides public holidays: 24.12 every year, "
                                           "2027-05-07 that year only. Due dates skip them.")))
        add_row(form, self.tr("Re&tention period (months)"), self.retention, m, "retention_months")
        form.addRow("", self._hint(self.tr("Months after a person's last working day. Then they are due for "
                                           "anonymisation (People → Privacy): their name becomes a pseudonym, "
                                           "their email and title are erased.")))

        for label in self.messages.labels.values():
            label.setMinimumWidth(360)  # as the hints: no gap below a wrapped message
        self.general_message = plain_label(hidden=True)
        self.buttons, self.save_button = save_and_cancel(self, self.save)
        laid_out(QVBoxLayout(self), form, self.general_message, 1, self.buttons)
        chain_tab_order([self.name, self.email_domains, self.review_interval, self.holidays_country,
                         self.closing_days, self.retention, self.save_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.load()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        # Wide enough that QFormLayout's height-for-width guess matches what is drawn: no gap below.
        label.setMinimumWidth(360)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label

    def load(self) -> None:
        settings = organisation.get_settings(self.db)
        self.name.setText(settings.name)
        self.email_domains.setText(", ".join(sorted(organisation.company_domains(settings))))
        self.review_interval.setValue(settings.default_review_interval_months)
        set_combo_data(self.holidays_country,
                       settings.holidays_country.value if settings.holidays_country else NO_COUNTRY)
        self.closing_days.setText(", ".join(d.typed() for d in organisation.closing_days(settings)))
        self.retention.setValue(settings.retention_months)

    def collect(self) -> SettingsInput:
        return SettingsInput(
            name=self.name.text(), email_domains=self.email_domains.text().split(","),
            default_review_interval_months=self.review_interval.value(),
            holidays_country=self.holidays_country.currentData(), closing_days=self.closing_days.text().split(","),
            retention_months=self.retention.value())

    def save(self) -> None:
        self.messages.clear()
        show_message(self.general_message, None)
        try:
            organisation.update_settings(self.db, self.collect())
        except RegistryError as error:
            self.messages.show_refusal(error, self.general_message)
            return
        self.accept()
