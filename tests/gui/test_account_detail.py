"""An account's window: administrators granted and revoked, handover terms, the overview and
its unsaved-changes guard, and the history in words."""

import os
from pathlib import Path
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from accountregistry.domain.messages import Label, sentence
from accountregistry.domain.vocabulary import Disposition, Kind
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.handover import TermsInput, record_terms, terms_history
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role
from accountregistry.store.database import local_time

import engine_support
from gui_thread import statements_on_gui_thread
from account_window import history_lines, open_window
from engine_support import roles_of_account


@pytest.fixture
def ingrid(db):
    return add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no"))


@pytest.fixture
def page(db):
    return register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def offered(dialog):
    """The dispositions the terms dialog's list offers."""
    return [dialog.disposition.itemData(row) for row in range(dialog.disposition.count())]


def table_rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_grant_then_revoke_an_administrator_and_read_both_in_the_history(qtbot, db, page, ingrid):
    window = open_window(qtbot, db, page.id)
    window.tabs.setCurrentIndex(1)
    qtbot.keyClicks(window.grant_person.lineEdit(), "Ingrid")
    window.grant_person.completer().popup().hide()
    # "Ingrid" alone is not a person; the picker says so instead of guessing.
    click(qtbot, window.grant_button)
    assert "No one in the registry matches “Ingrid”" in window.role_messages.text("person_id")
    qtbot.keyClicks(window.grant_person.lineEdit(), " Berg")
    window.grant_person.completer().popup().hide()
    window.grant_role.setCurrentIndex(window.grant_role.findData("admin"))
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.grant_button)
    assert [row[:2] for row in table_rows(window.administrators)] == [["Ingrid Berg", "admin"]]
    assert window.role_messages.text("person_id") == ""

    window.administrators.selectRow(0)
    assert window.revoke_button.isEnabled()
    click(qtbot, window.revoke_button)
    assert window.role_messages.text("reason") == sentence("required", {"label": Label("Reason")})
    assert len(roles_of_account(db, page.id, active_only=True)) == 1
    qtbot.keyClicks(window.revoke_reason, "Moved to Sales")
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.revoke_button)

    assert window.administrators.rowCount() == 0
    [row] = table_rows(window.role_history)
    assert (row[0], row[1], row[3], row[5], row[6]) == ("Ingrid Berg", "admin", "tester", "tester", "Moved to Sales")
    assert row[4] != ""  # revoked on: today, in the user's date format
    lines = history_lines(window)
    assert lines[0] == "Revoked admin from Ingrid Berg"
    assert "  Reason: Moved to Sales" in lines
    assert "Granted admin to Ingrid Berg" in lines
    assert [line for line in lines if not line.startswith("  ")][-1] == "Registered the LinkedIn page “nordlys”"


def test_a_personal_account_is_never_offered_a_transfer(qtbot, db, ingrid):
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind=Kind.personal,
                                                holder_id=ingrid.id))
    window = open_window(qtbot, db, profile.id)
    window.tabs.setCurrentIndex(2)
    assert window.current_terms_label.text() == "No handover terms are agreed for this account yet."
    click(qtbot, window.edit_terms_button)
    dialog = window.terms_dialog
    assert dialog.isVisible() and dialog.personal_notice.isVisible()
    assert offered(dialog) == ["holder_keeps", "archive", "close"]
    qtbot.keyClicks(dialog.followers_terms, "Ingrid keeps her network; she leaves the Nordlys groups.")
    qtbot.keyClicks(dialog.notice_days, "30")
    with qtbot.waitSignal(window.changed):
        click(qtbot, dialog.save_button)
    [terms] = terms_history(db, profile.id)
    assert (terms.disposition, terms.notice_days) == (Disposition.holder_keeps, 30)
    assert window.terms_versions.rowCount() == 1
    assert "version 1" in window.current_terms_label.text()


def test_a_new_version_of_the_terms_keeps_the_earlier_one_readable(qtbot, db, page, ingrid):
    record_terms(db, page.id, TermsInput(disposition=Disposition.transfer_to_company, agreed_on=date(2026, 1, 5),
                                         followers_terms="The page stays with Nordlys."))
    window = open_window(qtbot, db, page.id)
    window.tabs.setCurrentIndex(2)
    click(qtbot, window.edit_terms_button)
    dialog = window.terms_dialog
    assert "transfer_to_successor" in offered(dialog)
    # A new version starts from the current terms.
    assert dialog.followers_terms.toPlainText() == "The page stays with Nordlys."
    dialog.disposition.setCurrentIndex(dialog.disposition.findData("transfer_to_successor"))
    qtbot.keyClicks(dialog.successor.lineEdit(), "Ingrid Berg")
    dialog.successor.completer().popup().hide()
    qtbot.keyClicks(dialog.notice_days, "400")
    click(qtbot, dialog.save_button)
    assert dialog.messages.text("notice_days") == sentence("out_of_range", {"label": Label("Notice (days)"),
                                                                          "low": 0, "high": 365})
    dialog.notice_days.clear()
    with qtbot.waitSignal(window.changed):
        click(qtbot, dialog.save_button)

    assert [row[0] for row in table_rows(window.terms_versions)] == ["2", "1"]
    assert "Successor: Ingrid Berg" in window.terms_text.toPlainText()
    window.terms_versions.selectRow(1)
    earlier = window.terms_text.toPlainText()
    assert "Version 1" in earlier and "On departure: Transfer to the company" in earlier
    assert "Agreed handover terms, version 2" in history_lines(window)
    assert "  Disposition: “Transfer to the company” → “Transfer to the successor”" in history_lines(window)


def test_editing_the_overview_and_saving_updates_the_registry(qtbot, db, page, ingrid):
    window = open_window(qtbot, db, page.id)
    form = window.form
    assert not window.save_button.isEnabled()
    qtbot.keyClicks(form.display_name, "Nordlys Rejser")
    qtbot.keyClicks(form.holder.lineEdit(), "ingrid.berg@nordlys.no")
    form.holder.completer().popup().hide()
    assert window.has_unsaved_changes() and window.save_button.isEnabled()
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.save_button)
    account = get_account(db, page.id)
    assert (account.display_name, account.holder_id, account.version) == ("Nordlys Rejser", ingrid.id, 2)
    assert account.url == page.url and account.handle == "nordlys"
    assert not window.has_unsaved_changes()
    assert window.heading.text() == "Nordlys Rejser — LinkedIn page “nordlys”"
    lines = history_lines(window)
    assert lines[:3] == ["Changed the account", "  Display name: “—” → “Nordlys Rejser”",
                         "  Holder: “—” → “Ingrid Berg”"]


def test_a_refused_overview_edit_shows_the_message_beside_the_field(qtbot, db, page):
    window = open_window(qtbot, db, page.id)
    qtbot.keyClicks(window.form.review_interval, "99")
    click(qtbot, window.save_button)
    assert window.form.messages.text("review_interval_months") == sentence("out_of_range", {
        "label": Label("Review interval (months)"), "low": 1, "high": 60})
    assert get_account(db, page.id).review_interval_months is None and window.has_unsaved_changes()


def test_an_edit_made_on_a_stale_copy_is_refused_not_overwritten(qtbot, db, page):
    window = open_window(qtbot, db, page.id)
    update_account(db, page.id, AccountInput(url=page.url, kind=Kind.company, display_name="Changed elsewhere"))
    qtbot.keyClicks(window.form.display_name, "Mine")
    qtbot.keyClicks(window.form.responsible_unit, "Sales")
    click(qtbot, window.save_button)
    # Who changed it and when, from the audit trail; Reload is offered.
    last = engine_support.mappings(db, "SELECT actor, at FROM audit_event ORDER BY id DESC LIMIT 1")[0]
    assert window.overview_message.text() == sentence("stale_edit", {
        "who": last["actor"], "when": local_time(last["at"]), "record": Label("account")})
    assert get_account(db, page.id).display_name == "Changed elsewhere"
    assert window.reload_button.isVisible() and window.has_unsaved_changes()

    # Reload shows the other change, with this window's own values beside their fields to enter again.
    click(qtbot, window.reload_button)
    assert window.form.display_name.text() == "Changed elsewhere" and window.form.responsible_unit.text() == ""
    assert "“Mine”" in window.form.messages.text("display_name")
    assert "“Sales”" in window.form.messages.text("responsible_unit")
    assert not window.reload_button.isVisible() and not window.has_unsaved_changes()
    qtbot.keyClicks(window.form.responsible_unit, "Sales")  # entered again: saved over the fresh copy
    click(qtbot, window.save_button)
    assert get_account(db, page.id).responsible_unit == "Sales"
    assert get_account(db, page.id).display_name == "Changed elsewhere"


@pytest.mark.parametrize("answer, closes, saved", [
    (QMessageBox.StandardButton.Cancel, False, None),
    (QMessageBox.StandardButton.Discard, True, None),
    (QMessageBox.StandardButton.Save, True, "Nordlys"),
])
def test_unsaved_changes_are_guarded_on_close(qtbot, db, page, monkeypatch, answer, closes, saved):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answer)
    window = open_window(qtbot, db, page.id)
    window.close()
    assert asked == []  # nothing changed, nothing to ask
    window.show()
    qtbot.keyClicks(window.form.display_name, "Nordlys")
    qtbot.keyClick(window.form.display_name, Qt.Key.Key_Escape)
    assert asked == ["The account has changes that are not saved. Save them?"]
    assert window.isVisible() is not closes
    assert get_account(db, page.id).display_name == saved
    if window.isVisible():
        click(qtbot, window.revert_button)  # or closing at teardown would ask for real
        assert not window.has_unsaved_changes() and window.form.display_name.text() == ""


def test_a_refused_save_on_close_keeps_the_window_open(qtbot, db, page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Save)
    window = open_window(qtbot, db, page.id)
    qtbot.keyClicks(window.form.review_interval, "0")
    window.close()
    assert window.isVisible() and window.form.messages.text("review_interval_months")
    click(qtbot, window.revert_button)


def test_the_window_shows_the_accounts_risks_and_marks_who_is_leaving(qtbot, db, page, ingrid):
    from accountregistry.domain.risks import rule
    from accountregistry.domain.vocabulary import Role
    from accountregistry.gui.formatting import format_date
    from accountregistry.services.people import update_person
    from accountregistry.services.roles import grant_role

    window = open_window(qtbot, db, page.id)
    assert rule("no_active_admin").title in window.risks.text()  # nobody controls it yet
    assert rule("no_active_admin").what_to_do.split(",")[0] in window.risks.text()
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2025, 1, 1))
    update_person(db, ingrid.id, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no",
                                             employment_status="leaving", last_working_day=date(2030, 1, 31)))
    window.reload()
    window.wait_until_shown()
    assert rule("leaver_holds_role").title in window.risks.text()
    assert rule("no_active_admin").title not in window.risks.text()
    assert table_rows(window.administrators)[0][0] == f"Ingrid Berg (leaving {format_date(date(2030, 1, 31))})"


def test_a_flag_for_change_is_shown_until_resolved_and_keeps_unsaved_edits(qtbot, db, page):
    from accountregistry.services.reviews import flag_for_change
    flag_for_change(db, page.id, note="The page's login must move to presse@")
    window = open_window(qtbot, db, page.id)
    assert window.flag_row.isVisibleTo(window) and "presse@" in window.flag_label.text()
    assert "Change not made" in window.risks.text()  # listed among the risks until resolved
    qtbot.keyClicks(window.form.frequency, "Twice a week")
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.resolve_flag_button)
    assert not window.flag_row.isVisibleTo(window)
    assert get_account(db, page.id).change_flagged_on is None
    assert window.form.frequency.text() == "Twice a week"  # the unsaved edit is still there
    assert window.save_overview()
    assert get_account(db, page.id).frequency == "Twice a week"
    assert "Resolved the review's flag for change" in "\n".join(history_lines(window))


def test_the_mandate_fields_are_saved_from_the_window(qtbot, db, page, ingrid):
    window = open_window(qtbot, db, page.id)
    form = window.form
    qtbot.keyClicks(form.response_hours, "24")
    form.outside_working_hours.setChecked(True)
    qtbot.keyClicks(form.audience, "Business travellers")
    qtbot.keyClicks(form.weekly_hours, "3")
    form.escalation.set_person_id(ingrid.id)
    assert window.save_overview()
    account = get_account(db, page.id)
    assert (account.response_hours, account.outside_working_hours, account.audience, account.weekly_hours,
            account.escalation_id) == (24, True, "Business travellers", 3, ingrid.id)
    form.weekly_hours.setText("forty")
    assert not window.save_overview()
    assert form.messages.text("weekly_hours")  # the sentence beside the field
    assert get_account(db, page.id).weekly_hours == 3


def test_the_agreements_tab_records_attaches_opens_and_goes_out_of_date(qtbot, db, ingrid, tmp_path, monkeypatch):
    import stat

    from PySide6.QtGui import QDesktopServices

    from accountregistry.domain.vocabulary import AgreementChannel

    account = register_account(db, AccountInput(url="https://www.youtube.com/@IngridNordlys", kind=Kind.employee_role,
                                                holder_id=ingrid.id))
    record_terms(db, account.id, TermsInput(disposition=Disposition.transfer_to_successor, agreed_on=date(2026, 11, 1)))
    window = open_window(qtbot, db, account.id)
    section = window.agreements
    window.tabs.setCurrentWidget(section)
    section.channel.setCurrentIndex(section.channel.findData(AgreementChannel.in_person.value))
    with qtbot.waitSignal(section.changed):
        click(qtbot, section.record_button)
    top = section.tree.topLevelItem(0)
    assert top.text(1) == "Ingrid Berg" and top.text(4) == "Up to date"
    assert "Recorded Ingrid Berg's holder agreement (in person), covering terms version 1" in history_lines(window)
    section.tree.setCurrentItem(top)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert section.attach(scan)
    letter = tmp_path / "letter.pdf"
    letter.write_text("not a pdf", encoding="utf-8")
    section.tree.setCurrentItem(section.tree.topLevelItem(0))
    assert not section.attach(letter)
    assert section.messages.text("file")  # the refusal beside the file, nothing stored
    top = section.tree.topLevelItem(0)
    [scan_item] = [top.child(n) for n in range(top.childCount()) if top.child(n).text(1) == "Scan"]
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    section.tree.setCurrentItem(scan_item)
    click(qtbot, section.open_button)
    [path] = opened
    assert Path(path).read_bytes() == b"%PDF-1.4\n%%EOF\n"
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)  # read-only
    record_terms(db, account.id, TermsInput(disposition=Disposition.archive, agreed_on=date(2026, 11, 2)))
    window.reload()
    window.wait_until_shown()  # read again in the background
    assert section.tree.topLevelItem(0).text(4) == "Out of date"


def test_notes_keep_invisible_characters_but_the_history_shows_them(qtbot, db, page):
    # Issue 18, finding 9: a right-to-left override in a note reversed what the history showed.
    update_account(db, page.id, AccountInput(url=page.url, kind=Kind.company, notes="Password hint: \u202eterces"))
    assert get_account(db, page.id).notes == "Password hint: \u202eterces"  # kept as written
    window = open_window(qtbot, db, page.id)
    assert any("Password hint: ⟨U+202E⟩terces" in line for line in history_lines(window))
    assert not any("\u202e" in line for line in history_lines(window))
    under_notes = window.form.messages.labels["notes"]
    assert under_notes.isVisible() and "⟨U+202E⟩terces" in under_notes.text()
    window.form.notes.setPlainText("Password hint: secret")
    assert not under_notes.isVisible()
    window.revert()


def test_the_people_read_again_is_no_unsaved_edit(qtbot, db, ingrid):
    """The window's people are read again in the background (someone was added elsewhere): the
    holder shown stays, and nothing counts as an edit (closing would ask about it)."""
    from accountregistry.gui.widgets.person_picker import PeopleDirectory

    account = register_account(db, AccountInput(url="https://www.youtube.com/@IngridNordlys", kind=Kind.employee_role,
                                                holder_id=ingrid.id))
    window = open_window(qtbot, db, account.id)
    directory = PeopleDirectory.of(db)
    add_person(db, PersonInput(name="Ole Dahl", work_email="ole.dahl@nordlys.no"))  # elsewhere
    with qtbot.waitSignal(directory.updated):
        directory.request()
    assert window.form.holder.person_id() == ingrid.id
    assert not window.has_unsaved_changes()


def test_what_the_window_shows_is_read_off_the_gui_thread(qtbot, db, page, ingrid):
    # At 100,000 accounts every read on the GUI thread is a moment the whole program cannot answer
    # (and waits for the worker threads' turn). The window asks the database nothing on the GUI
    # thread to show the account: not its logins, consent or agreements, not the organisation's
    # settings its form checks against, nor whether it is registered under another name.
    from accountregistry.gui.widgets.person_picker import PeopleDirectory
    from accountregistry.services.organisation import update_settings

    update_settings(db, email_domains=["nordlys.no"], default_review_interval_months=7)
    update_account(db, page.id, AccountInput(url=page.url, kind=Kind.company, display_name="Nordlys",
                                             login_email="nordlys.social@gmail.com"))
    PeopleDirectory.of(db).ensure()  # the main window reads the people in the background first
    with statements_on_gui_thread(db) as on_gui_thread:
        window = AccountDetailWindow(db, page.id)
        qtbot.addWidget(window)
        window.show()
        window.wait_until_shown()
    assert on_gui_thread == [], "\n".join(on_gui_thread)
    # ... and it all arrived: the overview, the logins' tab (a company account stores them), the history.
    assert window.form.display_name.text() == "Nordlys"
    assert window.credentials.storable()
    assert window.history.topLevelItemCount() == 2
    # ... with the organisation's settings: the login outside its domains is warned about, and
    # the empty review interval says the organisation's default.
    assert "nordlys.no" in window.form.messages.text("login_email")
    assert "7" in window.form.review_interval.placeholderText()


def test_the_account_is_read_once_its_window_is_made(qtbot, db, page, monkeypatch):
    # Read beside the tabs being made and the window's first paint, the read's Python held the
    # lock the GUI thread waited for at each of them (issue 16: opening an account stalled the window).
    from accountregistry.gui.dialogs import account_detail

    made, tabs_to_make, read = {}, [], account_detail.read_account
    monkeypatch.setattr(account_detail, "read_account", lambda *args: (
        tabs_to_make.append(len(made["window"]._to_make) if "window" in made else None), read(*args))[1])
    made["window"] = window = AccountDetailWindow(db, page.id)
    qtbot.addWidget(window)
    window.show()
    window.wait_until_shown()
    assert tabs_to_make == [0] and window.form.url.text() == page.url


def test_the_account_window_is_painted_before_its_other_tabs_are_made(qtbot, db, page):
    # Made in the turn after the window, the first of them and the window's first paint held the
    # window up in one turn (issue 16: opening an account stalled it).
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QLabel

    window = AccountDetailWindow(db, page.id)
    qtbot.addWidget(window)
    loading_at_first_paint = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not loading_at_first_paint:
                loading_at_first_paint.append([type(window.tabs.widget(at)) is QLabel for at in range(1, 7)])
            return False

    watch = FirstPaint()
    window.installEventFilter(watch)
    window.show()
    # What was posted meanwhile runs before the window system's events (as in a nested event loop).
    QCoreApplication.sendPostedEvents()
    window.wait_until_shown()
    assert loading_at_first_paint == [[True] * 6]
    assert not any(type(window.tabs.widget(at)) is QLabel for at in range(window.tabs.count()))


def test_the_logins_and_agreements_tabs_say_nothing_until_they_are_read(qtbot, db, page):
    # Made before the background read arrives, they must not claim the account's kind is unknown
    # nor offer to record an agreement for a holder not yet read.
    from accountregistry.gui.widgets.agreements_section import AgreementsSection, read_agreements
    from accountregistry.gui.widgets.credentials_section import CredentialsSection, read_credentials

    logins = CredentialsSection(db, page.id, read=False)
    agreements = AgreementsSection(db, page.id, read=False)
    for widget in (logins, agreements):
        qtbot.addWidget(widget)
        widget.show()
    assert not logins.personal_notice.isVisible() and not logins.fields_box.isVisible()
    assert not agreements.record_button.isEnabled() and not agreements.attach_button.isEnabled()
    logins.fill(read_credentials(db, page.id))
    agreements.fill(read_agreements(db, page.id))
    assert logins.fields_box.isVisible()  # a company account stores logins
    assert not agreements.record_button.isEnabled()  # the page has no holder


def test_the_administrators_listed_are_those_the_admins_column_counts_and_other_roles_stand_apart(qtbot, db, page,
                                                                                                    ingrid):
    from accountregistry.domain.vocabulary import Role
    from accountregistry.services.account_list import load_accounts
    from accountregistry.services.roles import grant_role

    ole = add_person(db, PersonInput(name="Ole Hansen", work_email="ole.hansen@nordlys.no"))
    mette = add_person(db, PersonInput(name="Mette Kjærgaard", work_email="mette@nordlys.no"))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2025, 1, 1))
    window = open_window(qtbot, db, page.id)
    window.tabs.setCurrentIndex(1)
    # Only administrators: nothing else is listed apart.
    assert not window.other_roles.isVisibleTo(window)
    for person, role in ((ole, Role.analyst), (mette, Role.editor), (ingrid, Role.admin)):
        grant_role(db, account_id=page.id, person_id=person.id, role=role, granted_on=date(2025, 2, 1))
    window.reload()
    window.wait_until_shown()

    [row] = load_accounts(db, [page.id]).rows()
    listed = {r[0] for r in table_rows(window.administrators)}
    assert listed == {"Ingrid Berg"} and len(listed) == row.active_administrators == 1
    assert sorted(r[:2] for r in table_rows(window.other_roles)) == [["Mette Kjærgaard", "editor"],
                                                                    ["Ole Hansen", "analyst"]]
    assert window.other_roles.isVisibleTo(window)

    # A role listed apart is revoked as one listed among the administrators.
    window.other_roles.selectRow([r[0] for r in table_rows(window.other_roles)].index("Ole Hansen"))
    assert window.revoke_button.isEnabled()
    qtbot.keyClicks(window.revoke_reason, "Changed team")
    with qtbot.waitSignal(window.changed):
        click(qtbot, window.revoke_button)
    assert [r[:2] for r in table_rows(window.other_roles)] == [["Mette Kjærgaard", "editor"]]
    assert {r[0] for r in table_rows(window.administrators)} == {"Ingrid Berg"}
    assert [(r.person_id, r.role) for r in roles_of_account(db, page.id, active_only=True)
            if r.person_id == ole.id] == []


@pytest.mark.parametrize("language", ["en", "da"])
def test_an_imported_account_s_history_names_the_import_and_its_source_in_the_users_language(
        qtbot, db, tmp_path, speak, language):
    from PySide6.QtCore import QCoreApplication

    from accountregistry.services.accounts import find_account
    from accountregistry.services.case_reading import account_name
    from accountregistry.services.csv_import import apply_import, plan_import, read_table

    if language != "en":
        speak(language)
    path = tmp_path / "accounts.csv"
    path.write_text("url;kind;holder_name;holder_email;administrators;disposition;terms_agreed_on\n"
                    "https://x.com/JaneDoe;employee_role;Jane Doe;jane@acme.dk;Jane Doe <jane@acme.dk> (owner);"
                    "transfer_to_company;2026-11-30\n",
                    encoding="utf-8")
    apply_import(db, plan_import(db, read_table(path)))
    account = find_account(db, "https://x.com/janedoe")
    window = open_window(qtbot, db, account.id)
    window.tabs.setCurrentWidget(window.history.parentWidget())
    qtbot.waitUntil(lambda: window.history.topLevelItemCount() == 3)
    tr = QCoreApplication.translate
    said = [window.history.topLevelItem(n).text(2) for n in range(3)]
    # Each row the import added says so, in the user's words: none is the fallback "Import (…)".
    assert tr("AccountDetail", "Imported the {account}").format(
        account=account_name("x", "profile", None, account.handle).sentence()) in said
    assert tr("AccountDetail", "Granted {role} to {person} in an import").format(
        role=tr("Vocabulary", "owner"), person="Jane Doe") in said
    assert tr("AccountDetail", "Imported handover terms, version {version}").format(version=1) in said
    source = tr("AccountDetail", "{field}: {value}").format(field=tr("AccountDetail", "Source"), value=path.name)
    lines = history_lines(window)
    assert lines.count("  " + source) == 3  # below each of the three: the file it came from
    if language == "da":
        assert not any(line.startswith(("Import (", "  Source:")) for line in lines)
        assert any(line.startswith("  Kilde") for line in lines)


def test_an_account_an_import_changed_reads_as_changed_by_the_import_with_each_change(qtbot, db, tmp_path, page):
    from PySide6.QtCore import QCoreApplication

    from accountregistry.services.csv_import import apply_import, plan_import, read_table

    path = tmp_path / "accounts.csv"
    path.write_text(f"url;kind;display_name\n{page.url};company;Nordlys AS\n", encoding="utf-8")
    apply_import(db, plan_import(db, read_table(path)))
    window = open_window(qtbot, db, page.id)
    window.tabs.setCurrentWidget(window.history.parentWidget())
    qtbot.waitUntil(lambda: window.history.topLevelItemCount() == 2)
    changed = window.history.topLevelItem(0)
    assert changed.text(2) == QCoreApplication.translate("AccountDetail", "Changed the account in an import")
    below = [changed.child(n).text(2) for n in range(changed.childCount())]
    assert any("Nordlys AS" in line for line in below) and any(line.endswith(path.name) for line in below)


def test_a_role_already_held_is_refused_beside_grant(qtbot, db, page, ingrid):
    grant_role(db, account_id=page.id, person_id=ingrid.id, role="admin")
    window = open_window(qtbot, db, page.id)
    window.tabs.setCurrentIndex(1)
    qtbot.keyClicks(window.grant_person.lineEdit(), "Ingrid Berg")
    window.grant_person.completer().popup().hide()
    window.grant_role.setCurrentIndex(window.grant_role.findData("admin"))
    click(qtbot, window.grant_button)
    assert "Ingrid Berg" in window.role_messages.text("grant")  # the service's Conflict, said where it was asked
    assert window.role_messages.text("person_id") == ""
    assert len(roles_of_account(db, page.id, active_only=True)) == 1
