"""An empty registry opens a short setup on the dashboard: the organisation (name, domains,
holidays country suggested from the system's locale), then the ways to fill it. Every step can
be skipped; a company page imported afterwards that logs in with Gmail is a "Private login"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from accountregistry.domain.vocabulary import HolidayCountry
from accountregistry.gui.widgets.first_start import OrganisationStep, suggested_country
from accountregistry.services import organisation

from on_screen import import_dialog


@pytest.mark.parametrize("locale, country", [
    (QLocale(QLocale.Language.Danish, QLocale.Country.Denmark), "DK"),
    (QLocale(QLocale.Language.Swedish, QLocale.Country.Finland), "none"),  # Finland's holidays are not offered
    (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), "SE"),
    (QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway), "NO"),
    (QLocale(QLocale.Language.English, QLocale.Country.Norway), "NO"),  # an English-speaking office in Oslo
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "none"),
    (QLocale(QLocale.Language.Danish, QLocale.Country.AnyTerritory), "DK"),
])
def test_the_holidays_country_is_suggested_from_the_locale(qtbot, locale, country):
    assert suggested_country(locale) == country
    step = OrganisationStep(system=locale)
    qtbot.addWidget(step)
    assert step.holidays_country.currentData() == country


def test_the_setup_saves_the_organisation_and_an_imported_gmail_login_is_flagged(qtbot, db, tmp_path,
                                                                                 monkeypatch, open_main_window):
    window = open_main_window(db)
    welcome = window.dashboard.welcome
    assert welcome.isVisible() and welcome.organisation.isVisible()
    step = welcome.organisation

    step.email_domains.setText("acme")  # refused beside the field, nothing written
    qtbot.mouseClick(step.save_button, Qt.MouseButton.LeftButton)
    assert step.messages.text("email_domains")
    assert organisation.get_settings(db).email_domains == ""

    step.name.setText("Acme Rejser A/S")
    step.email_domains.setText("acme.dk, https://www.acme.se/")
    step.holidays_country.setCurrentIndex(step.holidays_country.findData("DK"))
    qtbot.mouseClick(step.save_button, Qt.MouseButton.LeftButton)
    settings = organisation.get_settings(db)
    assert (settings.name, settings.email_domains, settings.holidays_country) == (
        "Acme Rejser A/S", "acme.dk,acme.se", HolidayCountry.DK)
    assert not step.messages.text("email_domains") and step.said.isVisible()
    qtbot.waitUntil(lambda: "Acme Rejser A/S" in window.dashboard.heading.text())

    accounts = tmp_path / "accounts.csv"
    accounts.write_text("url;kind;login_email\n"
                        "https://www.linkedin.com/company/acme-rejser;company;acme.rejser@gmail.com\n"
                        "https://www.facebook.com/acmerejser;company;social@acme.dk\n", encoding="utf-8")
    view = window.accounts_view
    dialog = import_dialog(qtbot, monkeypatch, view, welcome.import_button, accounts)
    with qtbot.waitSignal(view.accounts_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.total_count() == 2 and not window.is_loading())
    flagged = {row.handle for row in view.model.table.columns.rows() if "login_outside_company_domains" in row.risk_ids}
    assert flagged == {"acme-rejser"}


def test_every_step_can_be_skipped(qtbot, db, open_main_window):
    window = open_main_window(db)
    qtbot.mouseClick(window.dashboard.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "Accounts"
    assert organisation.get_settings(db).name == ""  # nothing was asked for on the way
    assert window.organisation_action.isEnabled()  # and the settings are in the File menu
