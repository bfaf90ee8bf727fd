"""A Danish window says every refusal in Danish: adding a person, registering an account, a
date, closing an offboarding, completing a handover without a successor, and a keyring that
cannot be used, each through the real widgets with the committed catalogue installed.

The sentences are written out here on purpose (one test per kind of refusal): they are what a
Danish user reads, and they must not fall back to English.
"""

from datetime import date

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.gui import i18n
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.gui.dialogs.person import PersonDialog
from accountregistry.gui.dialogs.register_account import RegisterAccountDialog
from accountregistry.gui.views.offboarding_view import OffboardingView
from accountregistry.gui.widgets.date_field import DateField
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.offboarding import case_items, start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role


@pytest.fixture
def danish(compiled, monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    installed = i18n.install_language("da", folder=compiled)
    assert installed.found_catalogue
    yield installed
    installed.remove()


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_adding_a_person_is_refused_in_danish(qtbot, db, danish):
    add_person(db, PersonInput(name="Søren Dahl", work_email="soren@nordlys.dk"))
    dialog = shown(qtbot, PersonDialog(db))
    dialog.save()
    assert dialog.messages.text("name") == "Navn skal udfyldes."
    qtbot.keyClicks(dialog.name, "Anne Holm")
    qtbot.keyClicks(dialog.work_email, "soren@nordlys.dk")
    dialog.save()
    assert dialog.messages.text("work_email") == "Søren Dahl har allerede arbejds-e-mailen soren@nordlys.dk."
    dialog.work_email.clear()
    qtbot.keyClicks(dialog.work_email, "anne@")
    dialog.save()
    assert dialog.messages.text("work_email") == (
        "Arbejds-e-mail »anne@« er ikke en e-mailadresse (forventet navn@eksempel.dk).")


def test_registering_an_account_is_refused_in_danish(qtbot, db, danish):
    dialog = shown(qtbot, RegisterAccountDialog(db))
    dialog.register()
    assert dialog.form.messages.text("url") == (
        "Indsæt kontoens adresse, eller vælg en platform og skriv brugernavnet.")


def test_a_date_is_refused_in_danish(qtbot, danish):
    field = shown(qtbot, DateField())
    # Day first is the Danish reading (issue 13): read, and the words beside say which date.
    qtbot.keyClicks(field.edit, "03/04/2027")
    assert field.problem() is None and field.date() == date(2027, 4, 3)
    assert "april 2027" in field.understood.text()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "31.02.2027")
    assert field.problem() == "»31.02.2027« er ikke en dato, der findes (f.eks. 31.12.2026 eller 2026-12-31)."


@pytest.fixture
def leaving(db):
    """Ingrid leaves with no successor chosen; she administers the company page."""
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys"))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2024, 5, 1))
    return start_offboarding(db, person_id=ingrid.id, last_working_day=date(2026, 12, 31),
                             today=date(2026, 12, 1))


def test_closing_an_offboarding_and_a_handover_without_successor_are_refused_in_danish(qtbot, db, danish, leaving,
                                                                                       settled):
    view = shown(qtbot, OffboardingView(db))
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)  # for the focus asserted below
    view.show_case(leaving.id)
    settled(view)  # the view reads the cases in the background
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    lines = view.refusal_text.text().splitlines()
    assert lines[-1] == "• Ingrid Berg er stadig administrator for LinkedIn-side »Nordlys«"
    open_items = case_items(db, leaving.id)
    assert len(lines) == len(open_items) + 1
    # Each open item by its title as the checklist shows it, not by its number.
    titles = {v.title for v in open_items}
    assert all(any(line.startswith(f"• {title}") for title in titles) and ": frist " in line for line in lines[:-1])
    handover = next(v for v in open_items if v.is_handover)
    view.select_item(handover.id)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.notice.text() == (
        "Vælg en efterfølger i fratrædelsesforløbet for Ingrid Berg, før denne overdragelse udføres: rollerne på "
        "LinkedIn-side »Nordlys« for Ingrid Berg går til efterfølgeren.")
    assert view.successor.isAncestorOf(QApplication.focusWidget()) or view.successor.hasFocus()


def test_a_missing_keyring_is_explained_in_danish(qtbot, db, danish):
    account = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = AccountDetailWindow(db, account.id)
        qtbot.addWidget(window, before_close_func=lambda w: w.revert())
        window.wait_until_shown()
        window.show()
        window.tabs.setCurrentWidget(window.credentials)
        section = window.credentials
        qtbot.waitUntil(lambda: section.keyring is not None and not section.is_busy())
        assert section.banner_text.text().startswith(
            "Der er ingen nøglering på denne computer; installér og lås en Secret Service op, f.eks. "
            "GNOME-nøglering eller KWallet, og prøv så igen.")
        assert section.rows["password"].set_button.toolTip().startswith("Der er ingen nøglering")
    finally:
        keyring.set_keyring(previous)
