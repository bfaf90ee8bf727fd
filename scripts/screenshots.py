"""Screenshots of the real window on the sample organisation, for looking at what a person sees.

Run under a virtual display:  xvfb-run -a python scripts/screenshots.py [--out screenshots] [--size 1280x800]
Each main view, an account's window, the register dialog, the organisation settings, the people
import's preview and About are saved as PNGs (screenshots/ is git-ignored); --empty adds
the first start. `scripts/dev screenshots` runs this and the other screenshot scripts at
1280×800 and 1920×1080, in English and Danish.

At the designed scale:  --accounts 100000 --registry screenshots/registry-100000.sqlite3
shoots a synthetic registry (tests/benchmarks/scale_data.py; built there once, then reused)
instead of the sample organisation, and the window while it is still reading ("0-loading").
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))  # scale_data, for --accounts

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from accountregistry.gui.app import create_application  # noqa: E402
from accountregistry.gui.i18n import chosen_language, install_language  # noqa: E402
from accountregistry.gui.main_window import VIEWS, MainWindow  # noqa: E402
from accountregistry.gui.dialogs.import_people import ImportPeopleDialog  # noqa: E402
from accountregistry.gui.dialogs.organisation_settings import OrganisationSettingsDialog  # noqa: E402
from accountregistry.gui.dialogs.register_account import RegisterAccountDialog  # noqa: E402
from accountregistry.gui.tasks import task_manager  # noqa: E402
from accountregistry.services.demo import fill_with_sample_organisation  # noqa: E402
from accountregistry.services.organisation import company_domains, get_settings, update_settings  # noqa: E402
from accountregistry.store.schema import open_database  # noqa: E402



# An HR system's file as the people import's preview shows it: a new person, a change, a leaver
# with a future last day, a manager nobody knows, an impossible date, an address given twice.
HR_FILE = (
    "name;work_email;department;title;manager_email;employment_status;last_working_day\n"
    "Sofie Lund;sofie.lund@nordlys.dk;Marketing;Content Editor;birgitte.holm@nordlys.dk;;\n"
    "Anne Sønderby;anne.sonderby@nordlys.dk;Customer Support;Head of Customer Experience;;;\n"
    "Bjørn Håland;bjorn.haland@nordlys.no;Sales;Sales Manager, Norway;;;31.03.2099\n"
    "Jonas Berg;jonas.berg@nordlys.se;IT;Developer;chef@andetsted.dk;;\n"
    "Maja Holt;maja.holt@nordlys.dk;Sales;;;;31.02.2027\n"
    "Sofie Lund;sofie.lund@nordlys.dk;Marketing;Editor;;;\n"
)


def people_import_preview(app: QApplication, window: MainWindow, folder: str) -> ImportPeopleDialog:
    path = Path(folder) / "hr-people.csv"
    path.write_text(HR_FILE, encoding="utf-8")
    dialog = ImportPeopleDialog(window.db, path, window)
    dialog.show()
    while dialog.plan is None or dialog.task.busy():
        app.processEvents()
        task_manager().pool.waitForDone(20)
    settle(app)
    return dialog


def agreement_windows(app: QApplication, window: MainWindow, out: Path, suffix: str, folder: str) -> None:
    """Issue 19's windows on the sample organisation: an offboarding with its signed handover
    confirmation recorded from the window (and a refused scan), the policy window, a person's history."""
    from datetime import date, timedelta

    from accountregistry.gui.dialogs.record_confirmation import RecordConfirmationDialog
    from accountregistry.services.offboarding import start_offboarding
    from accountregistry.services.people import find_by_email

    db = window.db
    ida = find_by_email(db, "ida.hogh@nordlys.dk")
    case = start_offboarding(db, person_id=ida.id, last_working_day=date.today() + timedelta(days=30))
    window.show_view("Offboarding")
    loaded(app, window)
    view = window.offboarding_view
    view.show_case(case.id)
    loaded(app, window)
    dialog = RecordConfirmationDialog(db, case_id=case.id, leaver_id=ida.id, parent=window)
    dialog.show()
    while dialog.who.person_id() is None:
        app.processEvents()
        task_manager().pool.waitForDone(20)
    letter = Path(folder) / "signed-confirmation.pdf"
    letter.write_text("Dear Ida, this is not a scan", encoding="utf-8")
    dialog.scan.setText(str(letter))
    dialog.confirm()  # refused: the sentence beside the scan, nothing stored
    settle(app)
    save(dialog, out / f"8-record-confirmation-refused{suffix}.png")
    letter.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
    dialog.confirm()
    dialog.close()
    view.show_case(case.id)
    loaded(app, window)
    save(window, out / f"8b-offboarding-confirmation-signed{suffix}.png")
    policy_window(app, window, out, suffix, folder)
    window.show_view("People")
    loaded(app, window)
    people = window.people_view
    people.select_person(ida.id)
    settle(app)
    save(window, out / f"10-people-history-button{suffix}.png")
    history = people.open_history(ida.id)
    while history.read.busy() or not history.read.reads:
        app.processEvents()
        task_manager().pool.waitForDone(20)
    history.resize(1100, 700)
    settle(app)
    save(history, out / f"10b-person-history{suffix}.png")
    written(app, history.saver, out / f"10c-holders-agreement{suffix}.pdf", history.save_agreement)
    save(history, out / f"10c-person-history-agreement-saved{suffix}.png")
    history.close()


def written(app: QApplication, saver, target: Path, start) -> None:
    """Save a document through a window's PDF action (gui/pdf_saver.py) into the screenshots."""
    saver.ask_path = lambda _caption, _suggested: str(target)
    start()
    while saver.busy():
        app.processEvents()
        task_manager().pool.waitForDone(20)
    settle(app)


def policy_window(app: QApplication, window: MainWindow, out: Path, suffix: str, folder: str) -> None:
    """The policy register: a version being written, the versions with their texts, and a list of
    acknowledgements previewed with its problems (nothing stored)."""
    from datetime import date, timedelta

    from accountregistry.services import policy

    db = window.db
    policy.record_policy(db, policy.PolicyInput(
        effective_on=date.today() - timedelta(days=60), approved_by="Mette Kjærgaard",
        texts={"working_hours": "Up to 30 minutes a day for the company's own channels.",
               "confidential_information": "Never name a guest, a price not yet published or a partner's plans.",
               "language": "Write as you would speak to a guest: friendly, short, no slang about competitors."},
        own=[("Pictures of guests", "Only with the guests' written consent.")]))
    shown = window.open_policy()
    shown.resize(1000, 700)
    settle(app)
    save(shown, out / f"9-policy-versions{suffix}.png")
    written(app, shown.saver, out / f"9e-policy{suffix}.pdf", shown.save_pdf)
    save(shown, out / f"9e-policy-pdf-saved{suffix}.png")
    shown.tabs.setCurrentIndex(1)
    shown.approved_by.setText("Mette Kjærgaard")
    shown.area_texts["working_hours"].setPlainText("Up to 30 minutes a day.")
    settle(app)
    save(shown, out / f"9b-policy-new-version{suffix}.png")
    listing = Path(folder) / "acknowledged.csv"
    day = (date.today() - timedelta(days=3)).strftime("%d.%m.%Y")
    listing.write_text(f"email;date\nida.hogh@nordlys.dk;{day}\nnils.ekstrom@nordlys.se;{day}\n"
                       f"someone@elsewhere.example;{day}\nfreja.moller@nordlys.dk;31.02.2026\n", encoding="utf-8")
    shown.preview_list(listing)
    settle(app)
    save(shown, out / f"9c-policy-list-preview{suffix}.png")
    shown.close()
    window.reload()  # the version was recorded beside the window, not through it
    window.show_view("Dashboard")
    loaded(app, window)
    save(window, out / f"9d-dashboard-policy{suffix}.png")


def window_size(text: str) -> tuple[int, int]:
    """"1280x800" as (1280, 800)."""
    width, height = (int(n) for n in text.lower().split("x"))
    return width, height


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def loaded(app: QApplication, window: MainWindow) -> None:
    """Until the window has read the registry: it reads in the background, and starts reading
    once it is painted (so it is let paint first)."""
    settle(app)
    window.wait_for_loading()
    settle(app)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def use_dark_palette(app) -> None:
    """The palette a dark desktop theme hands a Qt program (Fusion draws with it faithfully)."""
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Link: "#7fb2ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))  # as a theme greys them
    app.setPalette(palette)


def registry(args, folder: Path):
    """The sample organisation, or with --accounts a synthetic registry of that size."""
    if not args.accounts:
        db = open_database(folder / "sample.sqlite3")
        fill_with_sample_organisation(db)
        return db
    from scale_data import build_registry

    path = args.registry or folder / f"registry-{args.accounts}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_registry(path, args.accounts)
    return open_database(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--empty", action="store_true", help="also shoot the first start on an empty database")
    parser.add_argument("--dark", action="store_true", help="under a dark palette, as a dark desktop theme gives")
    parser.add_argument("--size", default="1280x800", help="the main window's size, WIDTHxHEIGHT")
    parser.add_argument("--accounts", type=int, default=0,
                        help="shoot a synthetic registry of this many accounts instead of the sample organisation")
    parser.add_argument("--registry", type=Path, help="with --accounts: where that registry is kept between runs")
    args = parser.parse_args()
    width, height = window_size(args.size)
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_language(chosen_language(QSettings()))  # ACCOUNTREGISTRY_LANGUAGE=da for Danish shots
    suffix = "-dark" if args.dark else ""
    if args.dark:
        use_dark_palette(app)
    with tempfile.TemporaryDirectory() as folder:
        # A throwaway settings file: the screenshots never depend on, or change, the user's own.
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        if args.empty:
            empty = open_database(Path(folder) / "empty.sqlite3")
            window = MainWindow(empty, settings)
            window.resize(width, height)
            window.show()
            loaded(app, window)
            settle(app)
            save(window, args.out / "first-start.png")
            window.close()
            empty.close()
        db = registry(args, Path(folder))
        window = MainWindow(db, settings)
        window.resize(width, height)
        window.show()
        if args.accounts:
            settle(app)  # painted, still reading: what it says while it does
            save(window, args.out / f"0-loading{suffix}.png")
        loaded(app, window)
        settle(app)
        for number, name in enumerate(VIEWS, start=1):
            window.show_view(name)
            loaded(app, window)  # a view reads what it shows once it is shown
            settle(app)
            save(window, args.out / f"{number}-{name.lower()}{suffix}.png")
        window.show_view("Accounts")
        window.accounts_view.kind_filter.setCurrentIndex(2)  # employee role
        window.accounts_view.search.setText("nordlys")
        settle(app)
        save(window, args.out / f"2b-accounts-filtered{suffix}.png")
        window.accounts_view.search.clear()
        window.accounts_view.kind_filter.setCurrentIndex(0)
        dialog = RegisterAccountDialog(db, window)
        dialog.show()
        settle(app)
        save(dialog, args.out / f"5-register-account{suffix}.png")
        # What pasting shows at once: the recognised account, and the warning that it may be the
        # sample's "Nordlys Rejser" page under its other name (its number instead of its name).
        dialog.form.url.setText("https://www.facebook.com/profile.php?id=100063480311999")
        dialog.form.display_name.setText("Nordlys Rejser")
        dialog.form._check_similar()  # what the form's pause timer would do a moment later
        settle(app)
        save(dialog, args.out / f"5c-register-account-recognised{suffix}.png")
        dialog.form.url.setText("https://www.instagram.com/p/C1a2b3c4dE5/?igsh=abc")
        dialog.form.display_name.clear()
        settle(app)
        save(dialog, args.out / f"5d-register-account-post{suffix}.png")
        dialog.close()
        settings_page = OrganisationSettingsDialog(db, window)
        settings_page.show()
        settle(app)
        save(settings_page, args.out / f"5b-organisation-settings{suffix}.png")
        settings_page.close()
        preview = people_import_preview(app, window, folder)
        save(preview, args.out / f"5c-people-import{suffix}.png")
        preview.close()
        # The "Private login" rule is off while the organisation has no email domains: said so.
        # (Put back afterwards: a large registry is kept between runs, for the next language.)
        domains = sorted(company_domains(get_settings(db)))
        update_settings(db, email_domains=[])
        window.reload()
        loaded(app, window)
        window.show_view("Dashboard")
        settle(app)
        save(window, args.out / f"1c-dashboard-no-domains{suffix}.png")
        about = window.show_about()
        settle(app)
        save(about, args.out / f"7-about{suffix}.png")
        about.accept()
        update_settings(db, email_domains=domains)
        if not args.accounts:  # they start from the sample organisation's people
            agreement_windows(app, window, args.out, suffix, folder)
        window.accounts_view.open_account(1)
        settle(app)
        for detail in window.accounts_view.detail_windows.values():
            detail.wait_until_shown()
            detail.resize(1000, 720)
            settle(app)
            save(detail, args.out / f"6-account-detail{suffix}.png")
        QTimer.singleShot(0, window.close)
        settle(app)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
