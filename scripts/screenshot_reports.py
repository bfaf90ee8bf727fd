"""Screenshots of reports, import and risks on the sample organisation, for looking at them.

Run under a virtual display:  xvfb-run -a python scripts/screenshot_reports.py [--out screenshots]
Saves the dashboard with its risk chart and the chart alone (light and dark palette), the
accounts view's buttons, the export dialog (before and after exporting), the import preview of
a messy file (some errors, some updates, a new account; all rows and the errors only) and the
review round.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from accountregistry.gui.app import create_application
from accountregistry.gui.dialogs.export_report import ExportReportDialog, ReportSelection
from accountregistry.gui.dialogs.import_accounts import ImportAccountsDialog
from accountregistry.gui.dialogs.review_round import ReviewRoundDialog
from accountregistry.gui.i18n import chosen_language, install_language
from accountregistry.gui.main_window import MainWindow
from accountregistry.services.account_list import summarise
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.services.ownership_report import export_report
from accountregistry.services.risk_counts import count_risks
from accountregistry.store.schema import open_database
from screenshots import loaded, save, settle, use_dark_palette, window_size


def messy_file(db, folder: Path) -> Path:
    """The sample's own report with what real spreadsheets have: edits, mistakes, a new row."""
    report = folder / "report.csv"
    export_report(db, report, delimiter=";")
    with report.open(encoding="utf-8-sig", newline="") as file:
        header, *rows = list(csv.reader(file, delimiter=";"))
    at = header.index
    rows[0][at("display_name")] = "Emil Thygesen (Nordlys)"
    rows[1][at("kind")] = "corporate"
    rows[2][at("holder_email")] = "not-an-email"
    rows[5][at("two_factor")] = "authenticator_app"
    rows[7][at("last_reviewed_on")] = "31.12.2099"
    new = [""] * len(header)
    new[at("url")], new[at("kind")], new[at("display_name")] = ("https://www.tiktok.com/@nordlysny", "company",
                                                                "Nordlys NY")
    path = folder / "messy.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";").writerows([header, *rows, new])
    return path


def wait_for(app: QApplication, done) -> None:
    while not done():
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--size", default="1280x800", help="the main window's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    # The language of ACCOUNTREGISTRY_LANGUAGE (da, sv, nb, pseudo), as the window starts in it.
    install_language(chosen_language(QSettings()))
    app.setStyle("Fusion")  # the dark palette needs a style that draws with the palette
    light = app.palette()
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(Path(folder) / "sample.sqlite3")
        fill_with_sample_organisation(db)
        window = MainWindow(db, settings)
        window.resize(*window_size(args.size))
        window.show()
        loaded(app, window)
        settle(app)

        def dashboard_with_rows() -> None:
            # What the window does once the lead passes the table's rows to the dashboard.
            rows = window.accounts_view.model.table.columns.rows()
            window.dashboard.show_summary("Nordlys Rejser A/S", summarise(rows), window._facts.people,
                                          offer_first_steps=False, risk_counts=count_risks(rows))
            settle(app)

        for palette_name in ("light", "dark"):
            if palette_name == "dark":
                use_dark_palette(app)
            else:
                app.setPalette(light)
            window.show_view("Dashboard")
            dashboard_with_rows()
            save(window, args.out / f"reports-dashboard-{palette_name}.png")
            save(window.dashboard.chart, args.out / f"reports-chart-{palette_name}.png")
        app.setPalette(light)
        settle(app)

        window.show_view("Accounts")
        view = window.accounts_view
        view.platform_filter.setCurrentIndex(view.platform_filter.findData("linkedin"))
        settle(app)
        save(window, args.out / "reports-accounts-actions.png")  # Export, Import and the review buttons
        shown, filtered = view.shown_selection()
        export = ExportReportDialog(db, shown=shown, everything=ReportSelection(count=view.model.total_count()),
                                    filtered=filtered, parent=window)
        export.show()
        settle(app)
        save(export, args.out / "reports-export-dialog.png")
        export.path_edit.setText(str(Path(folder) / "ownership-report.csv"))
        export.export()
        wait_for(app, lambda: export.written_count is not None and export.close_button.isEnabled())
        settle(app)
        save(export, args.out / "reports-export-done.png")
        export.close()

        preview = ImportAccountsDialog(db, messy_file(db, Path(folder)), window)
        preview.show()
        wait_for(app, lambda: preview.plan is not None or preview.refusal is not None)
        settle(app)
        save(preview, args.out / "reports-import-preview.png")
        preview.show_filter.setCurrentIndex(preview.show_filter.findData("error"))
        settle(app)
        save(preview, args.out / "reports-import-errors.png")
        preview.close()

        review = ReviewRoundDialog(db, window)
        review.show()
        wait_for(app, lambda: bool(review.round) and not review.task.busy())
        settle(app)
        save(review, args.out / "reports-review-round.png")
        review.close()

        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
