"""The first step of an empty registry's setup: the organisation's name, its email domains and
whose public holidays due dates skip (suggested from the system's locale). The dashboard's
welcome panel shows it above the ways to fill the registry; every part can be skipped and is
reachable later (File → Organisation settings…)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.vocabulary import HolidayCountry
from accountregistry.gui.dialogs.organisation_settings import country_combo
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row, set_combo_data
from accountregistry.gui.messages import show_message
from accountregistry.services.organisation import NO_COUNTRY, SettingsInput
from accountregistry.gui.widgets.dialog_parts import laid_out, line_edit, push_button

_COUNTRIES = {QLocale.Country.Denmark: HolidayCountry.DK, QLocale.Country.Sweden: HolidayCountry.SE,
              QLocale.Country.Norway: HolidayCountry.NO}
_LANGUAGES = {QLocale.Language.Danish: HolidayCountry.DK, QLocale.Language.Swedish: HolidayCountry.SE,
              QLocale.Language.NorwegianBokmal: HolidayCountry.NO}


def suggested_country(locale: QLocale) -> str:
    """The holidays country the system's locale suggests: its territory; its language only when
    the locale names no territory (Swedish in Finland suggests none: Finland's are not offered)."""
    if locale.territory() == QLocale.Country.AnyTerritory:
        country = _LANGUAGES.get(locale.language())
    else:
        country = _COUNTRIES.get(locale.territory())
    return country.value if country else NO_COUNTRY


class OrganisationStep(QWidget):
    """Collects the organisation's first settings; the window saves them through the service."""

    entered = Signal(object)  # SettingsInput

    def __init__(self, parent: QWidget | None = None, *, system: QLocale | None = None):
        super().__init__(parent)
        self.messages = FieldMessages(self)
        self.name = line_edit(self.tr("e.g. Nordlys Rejser A/S"))
        self.email_domains = line_edit(self.tr("e.g. nordlys.dk, nordlys.se"))
        self.holidays_country = country_combo()
        set_combo_data(self.holidays_country, suggested_country(system if system is not None else QLocale.system()))
        form = QFormLayout()
        add_row(form, self.tr("Organisation &name"), self.name, self.messages, "name")
        add_row(form, self.tr("Company email &domains"), self.email_domains, self.messages, "email_domains")
        add_row(form, self.tr("Public &holidays of"), self.holidays_country, self.messages, "holidays_country")
        self.save_button = push_button(self.tr("Save"), self.tr("Save the organisation"),
                                       lambda: self.entered.emit(self.collect()))
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setVisible(False)
        row = laid_out(QHBoxLayout(), self.save_button, (self.said, 1), 0)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(760)  # a short form reads better than three lines across the screen
        laid_out(QVBoxLayout(self), form, row).setContentsMargins(0, 0, 0, 0)

    def collect(self) -> SettingsInput:
        return SettingsInput(name=self.name.text(), email_domains=self.email_domains.text().split(","),
                             holidays_country=self.holidays_country.currentData())

    def show_problems(self, problems: dict[str, str]) -> None:
        self.messages.clear()
        show_message(self.said, self.messages.show(problems))

    def show_saved(self) -> None:
        self.messages.clear()
        show_message(self.said, self.tr("Saved. Change it any time under File → Organisation settings…"), error=False)
