"""Registering an account from the main window with the keyboard alone: no mouse anywhere.

Every key goes to whichever widget has the keyboard focus, as a real keyboard's would."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton

from accountregistry.domain.vocabulary import Kind
from accountregistry.services.account_list import load_accounts
from accountregistry.services.accounts import get_account


@pytest.fixture
def window(open_main_window, db):
    return open_main_window(db)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """One key, to the widget that has the keyboard focus (the active window, if none)."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_register_an_account_with_the_keyboard_only(qtbot, db, window, settled):
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "Accounts"
    seen = {}

    def fill_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        try:
            keys(dialog)
        finally:
            if dialog.isVisible():  # a failed step must not leave exec() waiting for ever
                dialog.reject()

    def keys(dialog):
        seen["title"] = dialog.windowTitle()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.url)
        type_text(qtbot, "https://www.instagram.com/nordlys.rejser/")
        seen["recognised"] = dialog.form.messages.text("url")
        for _ in range(4):  # platform, presence and handle were filled in from the address
            press(qtbot, Qt.Key.Key_Tab)
        seen["display name has focus"] = QApplication.focusWidget() is dialog.form.display_name
        type_text(qtbot, "Nordlys Rejser")
        # On through the rest of the form to the kind, chosen with the arrow keys.
        for _ in range(12):
            if isinstance(QApplication.focusWidget(), QRadioButton):
                break
            press(qtbot, Qt.Key.Key_Tab)
        seen["kind focused"] = QApplication.focusWidget().text()
        press(qtbot, Qt.Key.Key_Down)
        seen["kind chosen"] = dialog.form.kind()
        press(qtbot, Qt.Key.Key_Return)  # the default button: Register
        seen["closed"] = not dialog.isVisible()

    QTimer.singleShot(0, fill_in_the_dialog)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # exec()s the dialog until it closes

    assert seen == {"title": "Register account", "recognised": "Recognised: Instagram profile “nordlys.rejser”.",
                    "display name has focus": True, "kind focused": "Company",
                    "kind chosen": Kind.employee_role, "closed": True}
    [row] = load_accounts(db).rows()
    account = get_account(db, row.id)
    assert (account.platform, account.handle, account.display_name, account.kind) == (
        "instagram", "nordlys.rejser", "Nordlys Rejser", Kind.employee_role)
    view = window.accounts_view
    settled(view)
    assert view.current_row().id == account.id and view.count_label.text() == "1 account"
