"""Save PNGs of an account's Credentials tab: a company account with stored logins (hidden, then
one revealed), the dialog that asks for a password, a personal account, and the banners shown
when there is no keyring or it is locked.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_credentials.py [--locale da_DK] [--out screenshots]

The secrets live in an in-memory keyring made for the run: this never touches your real keyring.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QWidget

from accountregistry.store.schema import open_database
from screenshot_dialogs import start

sys.path.append(str(Path(__file__).resolve().parents[1] / "tests"))
from keyrings import InMemoryKeyring, LockedKeyring  # noqa: E402  (the tests' keyrings, never yours)


class DesktopKeyring(InMemoryKeyring):
    name = "SecretService Keyring"  # what the section names on a Linux desktop


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
    args = start(__doc__)

    from accountregistry.domain.vocabulary import Kind
    from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.credentials import set_secret
    from accountregistry.services.people import PersonInput, add_person

    memory = DesktopKeyring()
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
