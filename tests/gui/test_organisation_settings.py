"""File → Organisation settings…: the page shows what is stored, saves what is typed through the
service, shows a refusal beside its field with nothing written; without email domains the
dashboard and the accounts at risk say the "Private login" rule is off and lead to the page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from accountregistry.domain.vocabulary import HolidayCountry
from accountregistry.gui.dialogs.organisation_settings import OrganisationSettingsDialog
from accountregistry.services import organisation
from accountregistry.services.organisation import update_settings


def test_the_page_shows_and_saves_every_setting(qtbot, db):
    update_settings(db, name="Acme", email_domains=["acme.dk"], closing_days=["24.12", "2027-05-07"])
    dialog = OrganisationSettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Acme"
    assert dialog.email_domains.text() == "acme.dk"
    assert dialog.closing_days.text() == "24.12, 2027-05-07"
    assert dialog.holidays_country.currentData() == "none"

    dialog.name.setText("Acme Rejser A/S")
    dialog.email_domains.setText("acme.dk, https://www.acme.se/kontakt")
    dialog.holidays_country.setCurrentIndex(dialog.holidays_country.findData("SE"))
    dialog.closing_days.setText("24.12, 31.12")
    dialog.retention.setValue(60)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == OrganisationSettingsDialog.DialogCode.Accepted
    settings = organisation.get_settings(db)
    assert (settings.name, settings.email_domains, settings.holidays_country, settings.closing_days,
            settings.retention_months) == ("Acme Rejser A/S", "acme.dk,acme.se", HolidayCountry.SE, "12-24,12-31", 60)


def test_a_refusal_shows_beside_its_field_and_nothing_is_written(qtbot, db):
    update_settings(db, name="Acme", email_domains=["acme.dk"])
    dialog = OrganisationSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Changed")
    dialog.email_domains.setText("acme")
    dialog.closing_days.setText("30.02")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # still open, with the input kept
    assert dialog.messages.text("email_domains") and dialog.messages.text("closing_days")
    assert not dialog.messages.text("name")
    assert dialog.email_domains.text() == "acme"
    assert organisation.get_settings(db).name == "Acme"


def fill_settings_page_when_it_opens(qtbot, domains: str) -> list:
    """Types the domains into the modal page as soon as it is open, then saves it."""
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OrganisationSettingsDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog)
        dialog.email_domains.setText(domains)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    return seen


def test_without_domains_the_dashboard_and_the_risk_list_lead_to_the_page(qtbot, sample, open_main_window):
    update_settings(sample, email_domains=[])
    window = open_main_window(sample)
    notice = window.dashboard.domains_notice
    assert notice.isVisible()
    window.dashboard.at_risk_button.click()
    assert window.current_view() == "Accounts"
    assert window.risks_domains_notice.isVisible()
    window.accounts_view.only_at_risk.setChecked(False)
    assert not window.risks_domains_notice.isVisible()  # only above the accounts at risk
    window.accounts_view.only_at_risk.setChecked(True)

    def private_logins() -> int:
        rows = window.accounts_view.model.table.columns.rows()
        return sum("login_outside_company_domains" in row.risk_ids for row in rows)

    assert private_logins() == 0
    opened = fill_settings_page_when_it_opens(qtbot, "nordlys.dk, nordlys.se, nordlys.no")
    qtbot.mouseClick(window.risks_domains_notice.button, Qt.MouseButton.LeftButton)
    assert opened
    qtbot.waitUntil(lambda: not window.risks_domains_notice.isVisible())
    qtbot.waitUntil(lambda: not window.is_loading())
    assert not notice.isVisibleTo(window.dashboard)
    assert organisation.company_domains(organisation.get_settings(sample)) == {"nordlys.dk", "nordlys.se",
                                                                               "nordlys.no"}
    # The sample's private logins are risks now.
    qtbot.waitUntil(lambda: private_logins() > 0)


def test_the_file_menu_opens_the_page(qtbot, db, open_main_window):
    window = open_main_window(db)
    assert window.organisation_action.text().replace("&", "") == "Organisation settings…"
    opened = fill_settings_page_when_it_opens(qtbot, "acme.dk")
    window.organisation_action.trigger()
    assert opened
    assert organisation.get_settings(db).email_domains == "acme.dk"
