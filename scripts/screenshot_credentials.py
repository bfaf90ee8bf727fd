"""Save PNGs of an account's Credentials tab: a company account with stored logins (hidden, then
one revealed), the dialog that asks for a password, a personal account, and the banners shown
when there is no keyring or it is locked.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_credentials.py [--locale da_DK] [--out screenshots]

The secrets live in an in-memory keyring made for the run: this never touches your real keyring.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from accountregistry.gui.app import create_application
from accountregistry.gui.i18n import chosen_language, install_language
from accountregistry.store.schema import open_database


class InMemoryKeyring(KeyringBackend):
    priority = 1
    name = "SecretService Keyring"  # what the section names on a Linux desktop

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class LockedKeyring(KeyringBackend):
    """What the Secret Service backend does when the person dismisses the unlock prompt."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    set_password = delete_password = get_password


def settle(until=lambda: True, limit: float = 10.0) -> None:
    """Let posted events and keyring answers (from worker threads) arrive."""
    deadline = time.monotonic() + limit
    while True:
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    settle()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="screenshots", type=Path)
    parser.add_argument("--locale", default="da_DK", help="dates are shown in this locale's format")
    args = parser.parse_args()
    QLocale.setDefault(QLocale(args.locale))
    create_application()
    # The language of ACCOUNTREGISTRY_LANGUAGE (da, sv, nb, pseudo), as the window starts in it.
    install_language(chosen_language(QSettings()))
    args.out.mkdir(parents=True, exist_ok=True)

    from accountregistry.domain.vocabulary import Kind
    from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.credentials import set_secret
    from accountregistry.services.people import PersonInput, add_person

    memory = InMemoryKeyring()
    keyring.set_keyring(memory)

    def opened(db, account_id: int) -> AccountDetailWindow:
        window = AccountDetailWindow(db, account_id)
        window.wait_until_shown()
        window.resize(980, 720)
        window.show()
        window.tabs.setCurrentWidget(window.credentials)
        section = window.credentials
        settle(lambda: section.keyring is not None and not section.is_busy() or not section._needs_keyring())
        return window

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "credentials.sqlite3")
        try:
            page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser",
                                                     kind=Kind.company, display_name="Nordlys Rejser"))
            set_secret(db, page.id, "password", "Nordlys-Kode 2026!")
            set_secret(db, page.id, "recovery_codes", "4821-9930\n1174-5582\n6620-0419\n7391-2285")
            holder = add_person(db, PersonInput(name="Mette Holm"))
            profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm",
                                                        kind=Kind.personal, holder_id=holder.id))

            window = opened(db, page.id)
            section = window.credentials
            save(window, args.out / "credentials_stored.png")

            section.toggle_reveal("password")
            settle(lambda: section.rows["password"].is_revealed())
            section.toggle_reveal("recovery_codes")
            settle(lambda: section.rows["recovery_codes"].is_revealed())
            save(window, args.out / "credentials_revealed.png")

            section.ask_for_secret("password")
            dialog = section.secret_dialog
            dialog.entry.setText("Nordlys-Kode 2027!")
            dialog.confirm.setText("Nordlys-Kode 2027?")
            dialog.accept()  # refused: the two differ
            save(dialog, args.out / "credentials_set_password.png")
            dialog.reject()
            window.close()

            window = opened(db, profile.id)
            save(window, args.out / "credentials_personal.png")
            window.close()

            keyring.set_keyring(fail.Keyring())
            window = opened(db, page.id)
            save(window, args.out / "credentials_no_keyring.png")
            window.close()

            keyring.set_keyring(LockedKeyring())
            window = opened(db, page.id)
            save(window, args.out / "credentials_locked.png")
            window.close()
        finally:
            db.close()


if __name__ == "__main__":
    main()
