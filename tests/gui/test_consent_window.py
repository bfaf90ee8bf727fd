"""Ambassador consent in the window: the account's Consent tab records consent and its
withdrawal (never refused), and the Consent view lists, filters and exports the register."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from accountregistry.domain.pseudonyms import pseudonym
from accountregistry.domain.vocabulary import EmploymentStatus, Kind
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.gui.views.consent_view import ConsentView
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.consent import (
    CONSENT_HEADER,
    ConsentInput,
    consent_lines,
    give_consent,
    withdraw_consent,
)
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.retention import anonymise
from accountregistry.services.risks import account_risks

from account_window import history_lines, open_window


@pytest.fixture
def profile(db, mette):
    return register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm", kind=Kind.personal,
                                             holder_id=mette.id, ambassador=True))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def risk_ids(db, account_id):
    return {r.id for r in account_risks(db, [account_id])[account_id]}


def test_record_consent_then_its_withdrawal_in_the_accounts_window(qtbot, db, profile):
    assert "ambassador_without_consent" in risk_ids(db, profile.id)
    window = open_window(qtbot, db, profile.id, "consent")
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
    assert any("consent" in text.lower() for text in history_lines(window))

    section.withdrawal_note.setText("Wants to keep work and private apart")
    with qtbot.waitSignal(window.changed):
        click(qtbot, section.withdraw_button)
    [line] = consent_lines(db, account_id=profile.id)
    assert line.withdrawn_on == date.today() and line.withdrawal_note == "Wants to keep work and private apart"
    assert not get_account(db, profile.id).ambassador and not section.listed.isChecked()
    assert risk_ids(db, profile.id).isdisjoint({"ambassador_without_consent", "consent_withdrawn_still_listed"})


def test_a_withdrawal_without_any_consent_is_recorded_not_refused(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id, "consent")
    window.consent.unlist.setChecked(False)
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.consent.withdraw_button)
    [line] = consent_lines(db, account_id=profile.id)
    assert line.given_on is None and line.withdrawn_on == date.today()
    assert "consent_withdrawn_still_listed" in risk_ids(db, profile.id)  # still listed: said, not refused


def test_a_note_over_its_limit_is_refused_beside_it_and_nothing_is_stored(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id, "consent")
    window.consent.withdrawal_note.setText("x" * 1001)
    click(qtbot, window.consent.withdraw_button)
    assert window.consent.messages.text("withdrawal_note") and not window.consent.messages.text("give")
    assert consent_lines(db, account_id=profile.id) == []
    assert window.consent.withdrawal_note.text() == "x" * 1001  # nothing the user typed is lost


def test_a_second_consent_is_said_under_the_form_and_nothing_is_stored(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id, "consent")
    click(qtbot, window.consent.give_button)
    click(qtbot, window.consent.give_button)
    assert window.consent.messages.text("give")
    assert len(consent_lines(db, account_id=profile.id)) == 1


def test_listing_for_ambassador_work_is_a_tick_and_is_audited(qtbot, db, profile):
    window = open_window(qtbot, db, profile.id, "consent")
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
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() > 0)
    everything = view.model.rowCount()
    assert everything == len(consent_lines(sample))
    view.state_filter.setCurrentIndex(view.ENDED)
    ended = view.shown_lines()
    assert ended and all(line.withdrawn_on is not None for line in ended)
    assert view.model.rowCount() == len(ended) < everything
    view.state_filter.setCurrentIndex(view.ALL)
    view.search.setText("søren")
    assert view.model.rowCount() >= 1 and all("Søren" in (line.holder_name or "") for line in view.shown_lines())
    target = tmp_path / "consent.csv"
    view.ask_save_path = lambda suggested: str(target)
    click(qtbot, view.export_button)
    qtbot.waitUntil(view.exported.isVisible)
    with open(target, encoding="utf-8-sig", newline="") as file:
        dialect = csv.Sniffer().sniff(file.read(2048))
        file.seek(0)
        written = list(csv.reader(file, dialect))
    assert tuple(written[0]) == CONSENT_HEADER and len(written) - 1 == view.model.rowCount()
    # Opening a record opens the account's window.
    with qtbot.waitSignal(view.open_account) as opened:
        view._open(0)
    assert opened.args[0] == view.shown_lines()[0].account_id


@pytest.fixture
def register(db):
    """Three profiles: Ada's consent withdrawn, Bo's in force, Cy's given last year."""
    accounts = {}
    for name, slug, given_on in (("Ada Berg", "ada-berg", date(2026, 3, 1)), ("Bo Dahl", "bo-dahl", date(2026, 1, 5)),
                                 ("Cy Eng", "cy-eng", date(2025, 6, 9))):
        person = add_person(db, PersonInput(name=name, work_email=f"{slug}@nordlys.dk"))
        account = register_account(db, AccountInput(url=f"https://www.linkedin.com/in/{slug}", kind=Kind.personal,
                                                    holder_id=person.id))
        give_consent(db, account.id, ConsentInput(given_on=given_on, scope=("share_company_posts",)))
        accounts[name] = account.id
    withdraw_consent(db, accounts["Ada Berg"], on=date(2026, 4, 1), note="moved on")
    return accounts


def consent_view(qtbot, db):
    view = ConsentView(db)
    qtbot.addWidget(view)
    return view


def holders(view):
    return [view.model.index(row, 0).data() for row in range(view.model.rowCount())]


def test_the_consent_view_reads_in_the_background_and_says_nothing_until_then(qtbot, db, register):
    view = consent_view(qtbot, db)
    # Nothing read while hidden; shown, it reads in a worker and fills the model when done.
    assert not view.loaded and view.model.rowCount() == 0 and not view.export_button.isEnabled()
    view.show()
    assert view.is_loading() and not view.loaded  # the GUI thread was not held by the read
    qtbot.waitUntil(lambda: view.loaded and not view.is_loading())
    assert holders(view) == ["Ada Berg", "Bo Dahl", "Cy Eng"]
    assert view.model.total_count() == 3 and view.model.in_force_count() == 2
    assert view.export_button.isEnabled()


def test_records_that_arrive_while_the_view_is_hidden_are_fitted_when_it_is_shown(qtbot, db, register):
    """Fitting the columns asks rows for their texts (17 ms at 100k): not for a view the user has
    left before its records came, but as soon as it is back on screen."""
    view = consent_view(qtbot, db)
    view.show()
    view.hide()  # moved on to another view before the records came
    qtbot.waitUntil(lambda: view.loaded and not view.is_loading())
    header = view.table.horizontalHeader()
    QApplication.processEvents()  # the event-loop turn a fitting would have taken
    assert view.table.columnWidth(0) == header.defaultSectionSize()
    view.show()
    qtbot.waitUntil(lambda: view.table.columnWidth(0) != header.defaultSectionSize())
    assert view.table.columnWidth(0) >= view.table.sizeHintForColumn(0) or view.table.columnWidth(0) == 260
    assert holders(view) == ["Ada Berg", "Bo Dahl", "Cy Eng"]


def test_the_consent_view_sorts_by_a_column_and_opens_the_record_clicked(qtbot, db, register):
    view = consent_view(qtbot, db)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and not view.is_loading())
    view.state_filter.setCurrentIndex(view.IN_FORCE)
    assert holders(view) == ["Bo Dahl", "Cy Eng"]
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # given on, oldest first
    assert holders(view) == ["Cy Eng", "Bo Dahl"]
    assert view.model.index(0, 2).data() == QDate(2025, 6, 9)
    with qtbot.waitSignal(view.open_account) as opened:
        view.table.doubleClicked.emit(view.model.index(1, 3))
    assert opened.args[0] == register["Bo Dahl"]
    # A read after a change keeps the filter and the order the user chose.
    give_consent(db, register["Ada Berg"], ConsentInput(given_on=date(2025, 7, 2)))
    view.reload()
    qtbot.waitUntil(lambda: not view.is_loading())
    assert holders(view) == ["Cy Eng", "Ada Berg", "Bo Dahl"]  # Ada's new consent, in the order chosen
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert holders(view) == ["Bo Dahl", "Ada Berg", "Cy Eng"]
    view.search.setText("moved")  # the note of Ada's withdrawal, which is not in force
    assert view.model.rowCount() == 0 and not view.export_button.isEnabled()
    view.state_filter.setCurrentIndex(view.ENDED)
    assert holders(view) == ["Ada Berg"] and view.shown_lines()[0].withdrawal_note == "moved on"


def test_an_anonymised_person_is_shown_and_found_by_their_pseudonym_in_the_register(qtbot, db, register, speak):
    """What a Danish user reads where an anonymised person asked for consents or is named in a note,
    however many records there are (the view reads them 50 at a time): the Danish pseudonym, never
    the stored marker nor English, and found by it. Åse's 48 records are read after the first 50."""
    ulla = add_person(db, PersonInput(name="Ulla Ask", work_email="ulla@nordlys.dk",
                                      employment_status=EmploymentStatus.left, last_working_day=date(2019, 1, 31)))
    give_consent(db, register["Ada Berg"], ConsentInput(given_on=date(2026, 5, 1), asked_by_id=ulla.id))
    withdraw_consent(db, register["Bo Dahl"], on=date(2026, 6, 1), note="Told Ulla Ask")
    ase = add_person(db, PersonInput(name="Åse Lind"))
    for n in range(48):
        profile = register_account(db, AccountInput(url=f"https://www.linkedin.com/in/ase-lind-{n:02}",
                                                    kind=Kind.personal, holder_id=ase.id))
        give_consent(db, profile.id, ConsentInput(given_on=date(2026, 2, 1), asked_by_id=ulla.id))
    withdraw_consent(db, profile.id, on=date(2026, 6, 1), note="Told Ulla Ask")
    anonymise(db, [ulla.id])
    english = pseudonym(ulla.id)
    speak("da")
    gone = pseudonym(ulla.id)
    assert gone != english
    view = consent_view(qtbot, db)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and not view.is_loading())
    assert holders(view) == ["Ada Berg", "Ada Berg", "Bo Dahl", "Cy Eng", *["Åse Lind"] * 48]  # holder, newest first
    assert [view.model.index(row, 4).data() for row in range(52)] == [gone, "", "", "", *[gone] * 48]  # asked by
    assert [view.model.index(row, 6).data() for row in range(52)] == ["", "moved on", f"Told {gone}", "",
                                                                      *[""] * 47, f"Told {gone}"]
    view.search.setText(gone)
    assert holders(view) == ["Ada Berg", "Bo Dahl", *["Åse Lind"] * 48]


def test_a_record_text_cut_to_fit_is_whole_on_hover(qtbot, db, register):
    view = consent_view(qtbot, db)
    view.show()
    qtbot.waitUntil(lambda: view.loaded and not view.is_loading())
    view.state_filter.setCurrentIndex(view.ENDED)
    note = view.model.index(0, 6)
    assert note.data(Qt.ItemDataRole.ToolTipRole) == note.data() == "moved on"
