"""Screenshots of the real window on the sample organisation, for looking at what a person sees.

Run under a virtual display:  xvfb-run -a python scripts/screenshots.py [--out screenshots]
Each main view, and the register dialog, is saved as a PNG (screenshots/ is git-ignored).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from accountregistry.gui.app import create_application  # noqa: E402
from accountregistry.gui.main_window import VIEWS, MainWindow  # noqa: E402
from accountregistry.gui.views.accounts_view import optional_class  # noqa: E402
from accountregistry.services.demo import fill_with_sample_organisation  # noqa: E402
from accountregistry.store.schema import open_database  # noqa: E402


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--empty", action="store_true", help="also shoot the first start on an empty database")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        # A throwaway settings file: the screenshots never depend on, or change, the user's own.
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        if args.empty:
            empty = open_database(Path(folder) / "empty.sqlite3")
            window = MainWindow(empty, settings)
            window.resize(1400, 860)
            window.show()
            window.wait_for_loading()
            settle(app)
            save(window, args.out / "first-start.png")
            window.close()
            empty.close()
        db = open_database(Path(folder) / "sample.sqlite3")
        fill_with_sample_organisation(db)
        window = MainWindow(db, settings)
        window.resize(1400, 860)
        window.show()
        window.wait_for_loading()
        settle(app)
        for number, name in enumerate(VIEWS, start=1):
            window.show_view(name)
            settle(app)
            save(window, args.out / f"{number}-{name.lower()}.png")
        window.show_view("Accounts")
        window.accounts_view.kind_filter.setCurrentIndex(2)  # employee role
        window.accounts_view.search.setText("nordlys")
        settle(app)
        save(window, args.out / "2b-accounts-filtered.png")
        window.accounts_view.search.clear()
        window.accounts_view.kind_filter.setCurrentIndex(0)
        dialog_class = optional_class("accountregistry.gui.dialogs.register_account", "RegisterAccountDialog")
        if dialog_class is not None:
            dialog = dialog_class(db, window)
            dialog.show()
            settle(app)
            save(dialog, args.out / "5-register-account.png")
            dialog.close()
        detail_class = optional_class("accountregistry.gui.dialogs.account_detail", "AccountDetailWindow")
        if detail_class is not None:
            window.accounts_view.open_account(1)
            settle(app)
            for detail in window.accounts_view.detail_windows.values():
                detail.resize(1000, 720)
                settle(app)
                save(detail, args.out / "6-account-detail.png")
        QTimer.singleShot(0, window.close)
        settle(app)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
