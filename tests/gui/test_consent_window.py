"""Ambassador consent in the window: the account's Consent tab records consent and its
withdrawal (never refused), and the Consent view lists, filters and exports the register."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt

from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.consent import CONSENT_HEADER, consent_lines
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.risks import account_risks


@pytest.fixture
def mette(db):
    return add_person(db, PersonInput(name="Mette Holm", work_email="mette@nordlys.dk"))


@pytest.fixture
def profile(db, mette):
    return register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm", kind=Kind.personal,
                                             holder_id=mette.id, ambassador=True))


def open_window(qtbot, db, account_id):
    window = AccountDetailWindow(db, account_id)
    window.wait_until_shown()
    qtbot.addWidget(window, before_close_func=lambda w: w.revert())
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.consent)
    return window


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def risk_ids(db, account_id):
    return {r.id for r in account_risks(db, [account_id])[account_id]}


def test_record_consent_then_its_withdrawal_in_the_accounts_window(qtbot, db, profile):
    assert "ambassador_without_consent" in risk_ids(db, profile.id)
    window = open_window(qtbot, db, profile.id)
    section = window.consent
    assert section.personal.isVisibleTo(window) and not section.not_personal.isVisibleTo(window)
    assert section.listed.isChecked()
    section.scope["share_company_posts"].setChecked(True)
    section.scope["social_selling"].setChecked(True)
    with qtbot.waitSignal(window.changed):
        click(qtbot, section.give_button)
    [line] = consent_lines(db, account_id=profile.id)
    assert line.given_on == date.today() and line.scope == ("share_company_posts", "social_selling")
    assert len(rows(section.records)) == 1 and "ambassador_without_consent" not in risk_ids(db, profile.id)
    # The history says it, in words.
    assert any("consent" in text.lower() for text in window.history_lines())

    section.withdrawal_note.setText("Wants to keep work and private apart")
    with qtbot.waitSignal(window.changed):
        click(qtbot, section.withdraw_button)
    [line] = consent_lines(db, account_id=profile.id)
    assert line.withdrawn_on == date.today() and line.withdrawal_note == "Wants to keep work and private apart"
    assert not get_account(db, profile.id).ambassador and not section.listed.isChecked()
    assert risk_ids(db, profile.id).isdisjoint({"ambassador_without_consent", "consent_withdrawn_still_listed"})


def test_a_withdrawal_without_any_consent_is_recorded_not_refused(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id)
    window.consent.unlist.setChecked(False)
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.consent.withdraw_button)
    [line] = consent_lines(db, account_id=profile.id)
    assert line.given_on is None and line.withdrawn_on == date.today()
    assert "consent_withdrawn_still_listed" in risk_ids(db, profile.id)  # still listed: said, not refused


def test_a_second_consent_is_said_under_the_form_and_nothing_is_stored(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id)
    click(qtbot, window.consent.give_button)
    click(qtbot, window.consent.give_button)
    assert window.consent.messages.text("give")
    assert len(consent_lines(db, account_id=profile.id)) == 1


def test_listing_for_ambassador_work_is_a_tick_and_is_audited(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id)
    with qtbot.waitSignal(window.changed):
        window.consent.listed.setChecked(False)
    assert not get_account(db, profile.id).ambassador


def test_a_company_page_needs_nobodys_consent(qtbot, db):
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    window = AccountDetailWindow(db, page.id)
    qtbot.addWidget(window)
    window.wait_until_shown()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.consent))
    assert not window.consent.personal.isVisibleTo(window)


def test_the_consent_view_lists_filters_and_exports_what_it_shows(qtbot, sample, open_main_window, tmp_path):
    window = open_main_window(sample)
    window.show_view("Consent")
    view = window.consent_view
    qtbot.waitUntil(lambda: not view.is_loading() and view.table.rowCount() > 0)
    everything = view.table.rowCount()
    assert everything == len(consent_lines(sample))
    view.state_filter.setCurrentIndex(view.ENDED)
    ended = view.shown_lines()
    assert ended and all(line.withdrawn_on is not None for line in ended)
    assert view.table.rowCount() == len(ended) < everything
    view.state_filter.setCurrentIndex(view.ALL)
    view.search.setText("søren")
    assert view.table.rowCount() >= 1 and all("Søren" in (line.holder_name or "") for line in view.shown_lines())
    target = tmp_path / "consent.csv"
    view.ask_save_path = lambda suggested: str(target)
    click(qtbot, view.export_button)
    qtbot.waitUntil(view.exported.isVisible)
    with open(target, encoding="utf-8-sig", newline="") as file:
        dialect = csv.Sniffer().sniff(file.read(2048))
        file.seek(0)
        written = list(csv.reader(file, dialect))
    assert tuple(written[0]) == CONSENT_HEADER and len(written) - 1 == view.table.rowCount()
    # Opening a record opens the account's window.
    with qtbot.waitSignal(view.open_account) as opened:
        view._open(0)
    assert opened.args[0] == view.shown_lines()[0].account_id
