"""The Credentials tab of an account's window: storing, revealing, copying, deleting and rotating
a company login, and what a person sees when the keyring is missing, locked or hanging.

Runs on the in-memory keyring from conftest, or on keyring's own fail backend and small
backends that refuse or hang; never on the real OS keyring. Time-outs are made short."""

import logging
import traceback

import keyring
import keyring.errors
import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTreeWidget, QWidget

from accountregistry.services.credentials import keyring_entry, registry_id
from accountregistry.domain.messages import Label, sentence
from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
from accountregistry.gui.widgets.credentials_section import ClipboardGuard, CredentialsSection
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.credentials import credentials_status, get_secret, set_secret

import engine_support
from account_window import history_lines, open_window
from keyrings import LockedKeyring

SECRET = "Nordlys-Kode 2026! <b>æøå</b>"
SHORT_MS = 200


@pytest.fixture(autouse=True)
def short_timeouts(monkeypatch):
    monkeypatch.setattr(CredentialsSection, "REVEAL_MS", SHORT_MS)
    monkeypatch.setattr(CredentialsSection, "CLIPBOARD_MS", SHORT_MS)
    monkeypatch.setattr(CredentialsSection, "BUSY_DELAY_MS", 0)


@pytest.fixture
def company(db):
    return register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser", kind=Kind.company,
                                             display_name="Nordlys Rejser"))


class PromptDismissedException(Exception):
    """What secretstorage raises when the person dismisses the unlock prompt (matched by name)."""


class DismissedPromptKeyring(LockedKeyring):
    def get_password(self, service, username):
        raise PromptDismissedException("dismissed")

    set_password = delete_password = get_password


def open_credentials(qtbot, db, account_id, *, wait=True):
    window = open_window(qtbot, db, account_id, "credentials")
    if wait:
        qtbot.waitUntil(lambda: window.credentials.keyring is not None and not window.credentials.is_busy())
    return window, window.credentials


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def visible_texts(window: QWidget) -> str:
    """Every text the window and its children show or tell a screen reader."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QTreeWidget):
            items = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while items:
                item = items.pop()
                texts += [item.text(c) for c in range(item.columnCount())]
                items += [item.child(c) for c in range(item.childCount())]
    return "\n".join(texts)


def database_bytes(db) -> bytes:
    """Everything the registry stores: its file and journal on SQLite, every table on a server."""
    if not db.is_sqlite:
        return engine_support.every_row(db)
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    return b"".join(path.read_bytes() for path in files if path.exists())


def assert_secret_nowhere(secret, window, db, caplog):
    assert secret not in visible_texts(window)
    assert secret not in caplog.text
    stored = database_bytes(db)
    for encoding in ("utf-8", "utf-16-le"):
        assert secret.encode(encoding) not in stored


# --- storing --------------------------------------------------------------------------------

def test_setting_a_password_through_the_dialog_stores_it_in_the_keyring_only(
        qtbot, db, company, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    window, section = open_credentials(qtbot, db, company.id)
    row = section.rows["password"]
    assert section.banner.isHidden()
    assert row.state.text() == "Not stored"
    assert not row.reveal_button.isEnabled() and not row.copy_button.isEnabled()
    assert row.reveal_button.toolTip() == "No login password is stored yet."
    assert not section.rotated_button.isEnabled()

    click(qtbot, row.set_button)
    dialog = section.secret_dialog
    assert dialog.isVisible() and dialog.entry.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == sentence("secret_empty", {"label": Label("Login password")})
    qtbot.keyClicks(dialog.entry, SECRET)
    qtbot.keyClicks(dialog.confirm, SECRET[:-1])
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "The two passwords are not the same; type them again."
    assert dialog.isVisible() and memory_keyring.secrets == {}
    assert dialog.confirm.text() == "" and dialog.focusWidget() is dialog.confirm
    qtbot.keyClicks(dialog.confirm, SECRET)
    with qtbot.waitSignal(section.changed):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter saves, as the default button

    assert memory_keyring.secrets == {keyring_entry(registry_id(db), company.id, "password"): SECRET}
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # not kept around with the secret typed in it
    account = get_account(db, company.id)
    assert (account.has_secret, account.secret_updated_by) == (True, "tester")
    assert row.state.text().startswith("Stored; set on ") and row.state.text().endswith(" by tester")
    assert row.set_button.text() == "Replace…" and row.set_button.accessibleName() == "Replace Login password"
    assert row.reveal_button.isEnabled() and row.copy_button.isEnabled() and row.delete_button.isEnabled()
    assert section.rotated_button.isEnabled()
    assert "by tester" in section.rotation_label.text()
    assert section.message.text() == "Stored the login password in the keyring."
    assert history_lines(window)[0] == "Stored the login password in the keyring"
    assert_secret_nowhere(SECRET, window, db, caplog)


def test_recovery_codes_are_typed_on_several_lines_and_replaced(qtbot, db, company, memory_keyring):
    set_secret(db, company.id, "recovery_codes", "old-1111")
    _window, section = open_credentials(qtbot, db, company.id)
    row = section.rows["recovery_codes"]
    click(qtbot, row.set_button)
    dialog = section.secret_dialog
    assert dialog.windowTitle() == "Replace: Recovery codes" and dialog.confirm is None
    qtbot.keyClicks(dialog.entry, "1111-2222")
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)  # a new line, not "save"
    qtbot.keyClicks(dialog.entry, "3333-4444")
    assert dialog.isVisible()
    with qtbot.waitSignal(section.changed):
        click(qtbot, dialog.save_button)
    assert get_secret(db, company.id, "recovery_codes") == "1111-2222\n3333-4444"


def test_cancelling_the_dialog_stores_nothing(qtbot, db, company, memory_keyring):
    _window, section = open_credentials(qtbot, db, company.id)
    click(qtbot, section.rows["password"].set_button)
    dialog = section.secret_dialog
    qtbot.keyClicks(dialog.entry, SECRET)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and section.secret_dialog is None
    assert memory_keyring.secrets == {} and not get_account(db, company.id).has_secret
    assert not section.is_busy()


def test_a_secret_too_long_for_any_keyring_is_refused_in_the_dialog(qtbot, db, company, memory_keyring):
    _window, section = open_credentials(qtbot, db, company.id)
    click(qtbot, section.rows["two_factor_notes"].set_button)
    dialog = section.secret_dialog
    dialog.entry.setPlainText("x" * 1001)  # pasted
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == sentence("secret_too_long", {"label": Label("Two-factor notes"), "limit": 1000})
    assert dialog.isVisible() and memory_keyring.secrets == {}


# --- revealing and copying ------------------------------------------------------------------

def test_reveal_shows_the_secret_and_hides_it_again_after_the_time_out(qtbot, db, company, caplog):
    set_secret(db, company.id, "password", SECRET)
    window, section = open_credentials(qtbot, db, company.id)
    row = section.rows["password"]
    assert row.revealed_row.isHidden() and SECRET not in visible_texts(window)

    click(qtbot, row.reveal_button)
    qtbot.waitUntil(row.revealed.isVisible)
    assert row.revealed.text() == SECRET and row.revealed.isReadOnly()
    assert row.reveal_button.text() == "Hide" and row.reveal_button.isEnabled()
    assert row.revealed_note.text() == "Hidden again after 1 s."

    qtbot.waitUntil(lambda: row.revealed_row.isHidden())
    assert row.revealed.text() == "" and row.reveal_button.text() == "Reveal"
    assert SECRET not in visible_texts(window)

    # Hide at once, without waiting; and leaving the tab hides it too.
    click(qtbot, row.reveal_button)
    qtbot.waitUntil(row.revealed.isVisible)
    click(qtbot, row.reveal_button)
    assert row.revealed_row.isHidden() and row.revealed.text() == ""
    click(qtbot, row.reveal_button)
    qtbot.waitUntil(row.revealed.isVisible)
    window.tabs.setCurrentIndex(0)
    assert row.revealed.text() == ""
    assert SECRET not in caplog.text


def test_a_bug_in_a_keyring_job_is_reported_without_the_secret(qtbot, db, company, monkeypatch):
    set_secret(db, company.id, "password", SECRET)
    window, section = open_credentials(qtbot, db, company.id)

    def broken(db, account_id, field, *, timeout=None):
        raise ValueError(f"cannot decode {SECRET!r}")  # a bug whose message quotes the secret

    monkeypatch.setattr("accountregistry.services.credentials.get_secret", broken)
    with qtbot.captureExceptions() as reported, qtbot.waitSignal(section.job_finished):
        click(qtbot, section.rows["password"].reveal_button)
    # The crash dialog and the log get the bug by its class name, nothing of its message.
    [(kind, error, trace)] = reported
    assert kind.__name__ == "KeyringJobFailed" and str(error) == "ValueError"
    assert error.__context__ is None and error.__cause__ is None
    assert SECRET not in "".join(traceback.format_exception(kind, error, trace))
    assert section.message.isVisible() and SECRET not in visible_texts(window)
    assert not section.is_busy()


def test_copy_puts_the_secret_on_the_clipboard_and_clears_it_again(qtbot, db, company):
    set_secret(db, company.id, "password", SECRET)
    _window, section = open_credentials(qtbot, db, company.id)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    click(qtbot, section.rows["password"].copy_button)
    qtbot.waitUntil(lambda: clipboard.text() == SECRET)
    assert section.message.text() == ("Copied the login password. The clipboard is cleared again after 1 s "
                                      "if it still holds it.")
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "")
    assert not ClipboardGuard.instance().pending()


def password_copied(qtbot, db, account_id):
    """The account's window, after its stored password was copied with Copy; the clipboard."""
    set_secret(db, account_id, "password", SECRET)
    window, section = open_credentials(qtbot, db, account_id)
    clipboard = QGuiApplication.clipboard()
    click(qtbot, section.rows["password"].copy_button)
    qtbot.waitUntil(lambda: clipboard.text() == SECRET)
    return window, clipboard


def test_the_clipboard_is_left_alone_when_something_else_was_copied_meanwhile(qtbot, db, company):
    _window, clipboard = password_copied(qtbot, db, company.id)
    guard = ClipboardGuard.instance()
    assert guard.pending()
    clipboard.setText("https://www.linkedin.com/company/nordlys-rejser")  # the user copied something else
    qtbot.waitUntil(lambda: not guard.pending())
    assert clipboard.text() == "https://www.linkedin.com/company/nordlys-rejser"


def test_the_clipboard_is_cleared_even_after_the_window_was_closed(qtbot, db, company):
    window, clipboard = password_copied(qtbot, db, company.id)
    window.close()
    qtbot.waitUntil(lambda: clipboard.text() == "")


# --- rotation and deletion ------------------------------------------------------------------

def test_mark_rotated_records_who_and_when(qtbot, db, company):
    set_secret(db, company.id, "password", SECRET)
    stored_at = get_account(db, company.id).secret_updated_at
    window, section = open_credentials(qtbot, db, company.id)
    assert "by tester" in section.rotation_label.text()
    db.actor = "hr-anna"  # another person, at another desk
    with qtbot.waitSignal(section.changed):
        click(qtbot, section.rotated_button)
    [status] = credentials_status(db, company.id)
    assert status.last_rotated_by == "hr-anna" and status.last_rotated_at > stored_at
    assert section.rotation_label.text().startswith("Last stored, replaced or marked rotated on ")
    assert section.rotation_label.text().endswith(" by hr-anna.")
    assert section.message.text() == "Recorded that the login was rotated."
    assert history_lines(window)[0] == "Marked the login as rotated"
    assert any(line.startswith("  Secret changed by: “tester” → “hr-anna”") for line in history_lines(window))


def test_delete_asks_first_then_removes_the_secret(qtbot, db, company, memory_keyring):
    set_secret(db, company.id, "password", SECRET)
    window, section = open_credentials(qtbot, db, company.id)
    asked = []
    section.confirm_delete = lambda name: asked.append(name) or False
    click(qtbot, section.rows["password"].delete_button)
    assert asked == ["password"] and len(memory_keyring.secrets) == 1 and not section.is_busy()

    section.confirm_delete = lambda name: True
    with qtbot.waitSignal(section.changed):
        click(qtbot, section.rows["password"].delete_button)
    assert memory_keyring.secrets == {} and not get_account(db, company.id).has_secret
    assert section.rows["password"].state.text() == "Not stored"
    assert section.rows["password"].delete_button.isHidden()
    assert not section.rotated_button.isEnabled()
    assert section.rotation_label.text() == "No login is stored for this account."
    assert history_lines(window)[0] == "Deleted the login password from the keyring"


def test_a_secret_the_keyring_lost_is_told_apart_and_can_be_cleaned_up(qtbot, db, company, memory_keyring):
    set_secret(db, company.id, "password", SECRET)
    memory_keyring.secrets.clear()  # removed in the keyring application, say
    _window, section = open_credentials(qtbot, db, company.id)
    row = section.rows["password"]
    assert section.banner.isHidden()  # the keyring works; it only lacks this secret
    assert row.state.text().startswith("Recorded as stored, but the keyring does not hold it")
    click(qtbot, row.reveal_button)
    qtbot.waitUntil(lambda: not section.is_busy())
    assert section.message.text().startswith("The keyring holds no login password for this account")
    assert row.revealed_row.isHidden()
    section.confirm_delete = lambda name: True
    with qtbot.waitSignal(section.changed):
        click(qtbot, row.delete_button)
    assert not get_account(db, company.id).has_secret and row.state.text() == "Not stored"


# --- kinds of account -----------------------------------------------------------------------

def test_a_personal_account_has_no_credentials_to_offer(qtbot, db, personal):
    window, section = open_credentials(qtbot, db, personal.id, wait=False)
    assert window.tabs.tabText(window.tabs.indexOf(section)) == "&Credentials"
    assert section.personal_notice.isVisible()
    assert section.personal_notice.text().startswith("This is a personal account: its login belongs to its holder")
    assert section.fields_box.isHidden() and section.rotation_box.isHidden() and section.banner.isHidden()
    assert not any(button.isVisible() for row in section.rows.values() for button in row.buttons())
    assert section.keyring is None and not section.is_busy()  # the keyring is not even asked


def test_an_account_becoming_personal_loses_the_offer_but_keeps_the_delete(qtbot, db, company, memory_keyring):
    set_secret(db, company.id, "password", SECRET)
    window, section = open_credentials(qtbot, db, company.id)
    window.tabs.setCurrentIndex(0)
    window.form.kind_radios[Kind.personal].setChecked(True)
    window.save_overview()
    window.tabs.setCurrentWidget(section)
    assert section.personal_notice.isVisible()
    row = section.rows["password"]
    assert row.set_button.isHidden() and row.reveal_button.isHidden() and row.copy_button.isHidden()
    section.confirm_delete = lambda name: True
    with qtbot.waitSignal(section.changed):
        click(qtbot, row.delete_button)  # cleaning up is never refused
    assert memory_keyring.secrets == {} and section.fields_box.isHidden()


def test_an_account_of_unknown_kind_is_asked_to_say_whose_it_is(qtbot, db):
    unknown = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlysvenner"))
    _window, section = open_credentials(qtbot, db, unknown.id, wait=False)
    assert section.personal_notice.text().startswith("Record in the Overview whether this is a company")
    assert section.fields_box.isHidden()


# --- no usable keyring ----------------------------------------------------------------------

KEYRING_BUTTONS = ("set_button", "reveal_button", "copy_button", "delete_button")


@pytest.mark.parametrize("backend, title, advice", [
    (fail.Keyring, "No keyring to store logins in",
     "install and unlock a Secret Service such as GNOME Keyring or KWallet"),
    (LockedKeyring, "The keyring is locked", "unlock it (for example in your keyring application"),
    (DismissedPromptKeyring, "The keyring is locked", "or its unlock prompt was dismissed"),
])
def test_without_a_usable_keyring_a_banner_says_why_and_nothing_falls_back(
        qtbot, db, company, memory_keyring, caplog, backend, title, advice):
    caplog.set_level(logging.DEBUG)
    set_secret(db, company.id, "password", SECRET)  # stored while the keyring worked
    keyring.set_keyring(backend())
    window, section = open_credentials(qtbot, db, company.id)
    assert section.banner.isVisible()
    assert section.banner_title.text() == title
    assert advice in section.banner_text.text()
    assert "logins are never kept anywhere else instead" in section.banner_text.text()
    row = section.rows["password"]
    for name in KEYRING_BUTTONS:
        button = getattr(row, name)
        assert not button.isEnabled() and advice in button.toolTip(), name
    assert not section.rows["recovery_codes"].set_button.isEnabled()
    # What needs no keyring still works: the rotation record, and the rest of the window.
    with qtbot.waitSignal(section.changed):
        click(qtbot, section.rotated_button)
    window.tabs.setCurrentIndex(0)
    qtbot.keyClicks(window.form.display_name, " A/S")
    assert window.save_overview()
    assert get_account(db, company.id).display_name == "Nordlys Rejser A/S"
    assert_secret_nowhere(SECRET, window, db, caplog)
    assert memory_keyring.secrets == {keyring_entry(registry_id(db), company.id, "password"): SECRET}  # untouched


def test_check_again_after_unlocking_the_keyring(qtbot, db, company, memory_keyring):
    keyring.set_keyring(LockedKeyring())
    _window, section = open_credentials(qtbot, db, company.id)
    assert section.banner.isVisible()
    keyring.set_keyring(memory_keyring)  # the person unlocked it
    click(qtbot, section.check_button)
    qtbot.waitUntil(lambda: section.keyring is not None and not section.is_busy())
    assert section.banner.isHidden() and section.rows["password"].set_button.isEnabled()


def test_a_keyring_that_locks_during_an_action_shows_the_banner(qtbot, db, company, caplog):
    caplog.set_level(logging.DEBUG)
    set_secret(db, company.id, "password", SECRET)
    window, section = open_credentials(qtbot, db, company.id)
    keyring.set_keyring(LockedKeyring())
    click(qtbot, section.rows["password"].reveal_button)
    qtbot.waitUntil(lambda: not section.is_busy())
    assert section.banner.isVisible() and section.banner_title.text() == "The keyring is locked"
    assert section.rows["password"].revealed_row.isHidden()
    assert_secret_nowhere(SECRET, window, db, caplog)


def test_a_hanging_keyring_never_freezes_the_window(qtbot, db, company, hanging_keyring):
    keyring.set_keyring(hanging_keyring)
    window, section = open_credentials(qtbot, db, company.id, wait=False)
    assert section.is_busy()
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired) and section.busy.isVisible())
    # Still waiting on the keyring, and the window answers: another tab opens, typing works.
    assert section.is_busy() and section.busy_bar.maximum() == 0
    assert not section.rows["password"].set_button.isEnabled()
    assert section.rows["password"].set_button.toolTip() == "Checking the keyring…"
    window.tabs.setCurrentIndex(0)
    qtbot.keyClicks(window.form.display_name, " A/S")
    assert window.form.display_name.text() == "Nordlys Rejser A/S"
    window.revert()
    window.tabs.setCurrentWidget(section)

    click(qtbot, section.stop_button)
    assert not section.is_busy() and section.busy.isHidden()
    assert section.banner_title.text() == "The keyring does not answer"
    assert "did not answer in time" in section.banner_text.text()


def test_a_hanging_keyring_is_given_up_on_after_the_time_out(qtbot, db, company, hanging_keyring):
    keyring.set_keyring(hanging_keyring)
    window = AccountDetailWindow(db, company.id)
    qtbot.addWidget(window)
    window.wait_until_shown()
    window.credentials.keyring_timeout = 0.2
    window.show()
    window.tabs.setCurrentWidget(window.credentials)
    section = window.credentials
    qtbot.waitUntil(lambda: section.keyring is not None and not section.is_busy())
    assert section.banner.isVisible()
    assert section.banner_text.text().startswith("The keyring did not answer in time; check whether it is showing "
                                                 "an unlock prompt")


def test_an_action_on_a_keyring_that_stops_answering_times_out(qtbot, db, company, hanging_keyring):
    set_secret(db, company.id, "password", SECRET)
    _window, section = open_credentials(qtbot, db, company.id)
    section.keyring_timeout = 0.2
    keyring.set_keyring(hanging_keyring)
    click(qtbot, section.rows["password"].copy_button)
    assert section.is_busy()
    qtbot.waitUntil(lambda: not section.is_busy())
    assert "did not answer in time" in section.banner_text.text() and section.banner.isVisible()
    assert QGuiApplication.clipboard().text() != SECRET


def test_a_login_stored_in_someone_elses_keyring_says_whose(qtbot, db, company, memory_keyring):
    """A shared registry: the record says stored, this person's keyring lacks it because another
    login stored it in theirs; the tab names that person (linked to the login) and the day."""
    from accountregistry.gui.formatting import format_date
    from accountregistry.services.people import PersonInput, add_person
    from accountregistry.services.lookups import account_events
    from accountregistry.store.database import local_time

    set_secret(db, company.id, "password", SECRET)
    add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk", login=db.actor))
    memory_keyring.secrets.clear()  # this computer's keyring: not the one it was stored in
    [event] = [e for e in account_events(db, company.id) if e.action == "secret_set"]
    storer, db.actor = db.actor, "another_login"  # the window is opened by someone else
    try:
        _window, section = open_credentials(qtbot, db, company.id)
        assert section.rows["password"].state.text() == (
            f"Stored in Ida Høgh's keyring (set {format_date(local_time(event.at).date())})")
    finally:
        db.actor = storer
