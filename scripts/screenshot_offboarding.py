"""Screenshots of offboarding on the sample organisation: the wizard (form, a refused date, the
checklist preview), a case in the window (and a refused close), the "People leaving" panel,
and the printed checklist and handover confirmation rendered from their PDFs.

Run under a virtual display:
    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_offboarding.py [--out DIR] [--dark]
In another language (as the window starts in it: ACCOUNTREGISTRY_LANGUAGE, then the saved choice):
    ACCOUNTREGISTRY_LANGUAGE=da xvfb-run -a ... python scripts/screenshot_offboarding.py --out /tmp/da
PDF pages are turned into PNGs with pdftoppm (poppler-utils), when it is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard
from sqlmodel import select

from accountregistry.domain.checklist import Effect, active_templates
from accountregistry.domain.vocabulary import ItemStatus
from accountregistry.gui.app import create_application
from accountregistry.gui.documents import write_pdf
from accountregistry.gui.i18n import chosen_language, install_language
from accountregistry.gui.main_window import MainWindow
from accountregistry.gui.widgets.leavers_panel import LeaversPanel
from accountregistry.services import offboarding
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.store.models import Person
from accountregistry.store.schema import open_database
from screenshots import loaded, save, settle, use_dark_palette, window_size


def pdf_to_png(pdf: Path, out: Path) -> None:
    if shutil.which("pdftoppm") is None:
        print(f"pdftoppm not found (apt-get install poppler-utils): {pdf} left as PDF only")
        return
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / pdf.stem)], check=True)
    for page in sorted(out.glob(f"{pdf.stem}-*.png")):
        print(page)


# What the person at the keyboard types into notes and reasons, in the language the window speaks.
TYPED = {
    "en": {"note": "Emil added as admin in LinkedIn's admin centre", "checked": "IT checked every login in October",
           "outside": "Done outside the registry"},
    "da": {"note": "Emil er tilføjet som administrator i LinkedIns administrationscenter",
           "checked": "IT har tjekket alle logins i oktober", "outside": "Klaret uden for registret"},
}


def person(db, name: str) -> Person:
    with db.reading() as session:
        return session.exec(select(Person).where(Person.name == name)).one()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "screenshots" / "offboarding")
    parser.add_argument("--dark", action="store_true", help="under a dark palette, as a dark desktop theme gives")
    parser.add_argument("--size", default="1280x800", help="the main window's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    language = chosen_language(QSettings())
    install_language(language)  # as gui/app.py does: titles and texts in that language
    typed = TYPED.get(language, TYPED["en"])
    suffix = "-dark" if args.dark else ""
    if args.dark:
        use_dark_palette(app)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(Path(folder) / "registry.sqlite3")
        fill_with_sample_organisation(db)
        # Freja is the LinkedIn page's only admin and leaves next month; Emil takes over.
        freja, emil = person(db, "Freja Møller"), person(db, "Emil Thygesen")

        window = MainWindow(db, settings)
        window.resize(*window_size(args.size))
        window.show()
        loaded(app, window)
        settle(app)
        window.show_view("Offboarding")
        view = window.offboarding_view
        settle(app)
        save(window, args.out / f"view-empty{suffix}.png")

        wizard = view.start_offboarding(freja.id)
        settle(app)
        wizard.form.last_day.edit.setText("30/02/2027")  # no 30 February, nor a 30th month, in any reading
        wizard.button(QWizard.WizardButton.NextButton).click()
        settle(app)
        save(wizard, args.out / f"wizard-refused-date{suffix}.png")
        wizard.form.last_day.set_date(freja.last_working_day or date.today() + timedelta(days=31))
        wizard.form.successor.set_person_id(emil.id)
        settle(app)
        save(wizard, args.out / f"wizard-form{suffix}.png")
        wizard.button(QWizard.WizardButton.NextButton).click()
        settle(app)
        save(wizard, args.out / f"wizard-preview{suffix}.png")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        settle(app)
        loaded(app, window)
        settle(app)
        case_id = view.case_id

        # Some work done: the LinkedIn page handed over, a check waived, a note.
        items = offboarding.case_items(db, case_id)
        page = next(i for i in items if i.is_handover and i.account_name == "LinkedIn page “Nordlys Rejser”")
        offboarding.complete_item(db, page.id, note=typed["note"])
        mailbox = next(i for i in items if i.action == "confirm_mailbox_unused")
        offboarding.waive_item(db, mailbox.id, reason=typed["checked"])
        view.refresh()
        loaded(app, window)
        save(window, args.out / f"case{suffix}.png")
        view.close_button.click()
        settle(app)
        save(window, args.out / f"case-close-refused{suffix}.png")
        view.mine.setChecked(True)
        settle(app)
        save(window, args.out / f"case-assigned-to-me{suffix}.png")
        view.mine.setChecked(False)
        # Without a successor the page whose only admin Freja is becomes a blocker: the successor
        # cleared in the view, as a person does it (which also puts away the close refusal).
        view.successor.set_person_id(None)
        view.set_successor_button.click()
        loaded(app, window)
        settle(app)
        save(window, args.out / f"case-blockers{suffix}.png")
        offboarding.set_successor(db, case_id, emil.id)
        view.refresh()

        panel = LeaversPanel(db)
        panel.window_days.setCurrentIndex(panel.window_days.findData(60))  # "within 60 days", as chosen
        panel.resize(640, 260)
        panel.show()
        settle(app)
        save(panel, args.out / f"leavers-panel{suffix}.png")
        panel.close()

        if not args.dark:
            checklist = write_pdf(view.checklist_document(), args.out / "checklist.pdf", title="Checklist")
            pdf_to_png(checklist, args.out)
            # The handover confirmation of a settled case, and of this one (still open).
            confirmation = write_pdf(view.handover_document(), args.out / "handover-open.pdf", title="Handover")
            pdf_to_png(confirmation, args.out)
            for item in offboarding.case_items(db, case_id):
                if item.status != ItemStatus.open:
                    continue
                template = active_templates().by_action(item.action)
                # Items that move or remove the leaver's roles are done (the case closes only then);
                # by their effect, not their title, which is in the window's language.
                if item.is_handover or (template is not None and template.effect == Effect.revoke):
                    offboarding.complete_item(db, item.id)
                else:
                    offboarding.waive_item(db, item.id, reason=typed["outside"])
            offboarding.close_case(db, case_id)
            view.refresh()
            loaded(app, window)
            save(window, args.out / "case-closed.png")
            confirmation = write_pdf(view.handover_document(), args.out / "handover-closed.pdf", title="Handover")
            pdf_to_png(confirmation, args.out)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
