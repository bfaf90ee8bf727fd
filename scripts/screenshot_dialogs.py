"""Save a PNG of each registry dialog and the people view, opened on the sample organisation.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot_dialogs.py [--locale da_DK] [--out screenshots]

Screenshots are how we check what a person sees: run this after changing a dialog and look.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from accountregistry.gui.app import create_application
from accountregistry.gui.tasks import task_manager
from accountregistry.gui.i18n import chosen_language, install_language
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.store.models import Account
from accountregistry.store.schema import open_database


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    # Layouts settle in posted events, as they would between a user's keystrokes.
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def start(description: str) -> argparse.Namespace:
    """The options of the dialog scripts (this one and screenshot_credentials.py), and the
    application made in the chosen language."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--out", default="screenshots", type=Path)
    parser.add_argument("--locale", default="da_DK", help="dates are shown in this locale's format")
    args = parser.parse_args()
    QLocale.setDefault(QLocale(args.locale))
    create_application()
    # The language of ACCOUNTREGISTRY_LANGUAGE (da, sv, nb, pseudo), as the window starts in it.
    install_language(chosen_language(QSettings()))
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def main() -> None:
    args = start(__doc__)

    from accountregistry.domain.vocabulary import Kind
    from accountregistry.gui.dialogs.account_detail import AccountDetailWindow
    from accountregistry.gui.dialogs.handover_terms import HandoverTermsDialog
    from accountregistry.gui.dialogs.person import PersonDialog
    from accountregistry.gui.dialogs.register_account import RegisterAccountDialog
    from accountregistry.gui.views.people_view import PeopleView

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite3")
        try:
            fill_with_sample_organisation(db)
            with db.reading() as session:
                # The busiest company account and a personal one show the most.
                first = select(Account).order_by(Account.id)
                company = session.exec(first.where(Account.kind == Kind.company)).first()
                personal = session.exec(first.where(Account.kind == Kind.personal)).first()

            register = RegisterAccountDialog(db)
            register.form.url.setText("https://www.facebook.com/groups/nordlys-rejser-kunder")
            register.form.display_name.setText("Nordlys Rejser kunder")
            register.form.login_email.setText("nordlys.kunder@gmail.com")
            save(register, args.out / "register_account.png")
            register.form.kind_radios[Kind.personal].setChecked(True)
            register.terms.setChecked(True)
            save(register, args.out / "register_account_personal.png")
            register.form.kind_radios[Kind.company].setChecked(True)
            register.form.review_interval.setText("0")
            register.register()
            save(register, args.out / "register_account_refused.png")
            register.form.url.setText("https://www.linkedin.com/")
            save(register, args.out / "register_account_bad_address.png")
            register.close()

            detail = AccountDetailWindow(db, company.id)
            detail.wait_until_shown()
            for index, name in enumerate(("overview", "administrators", "handover_terms", "history")):
                detail.tabs.setCurrentIndex(index)
                save(detail, args.out / f"account_detail_{name}.png")
            detail.close()

            save(HandoverTermsDialog(db, personal.id), args.out / "handover_terms_personal.png")
            save(HandoverTermsDialog(db, company.id), args.out / "handover_terms_company.png")

            people = PeopleView(db)
            people.resize(1200, 760)
            people.show()  # it reads its rows in the background once shown: wait for them
            while people.is_loading() or people.model.rowCount() == 0:
                QApplication.processEvents()
                task_manager().pool.waitForDone(20)
            people.select_person(people.model.person_at(people.model.rowCount() // 2).id)
            save(people, args.out / "people_view.png")
            save(PersonDialog(db, people.selected_person_id()), args.out / "person_edit.png")
            save(PersonDialog(db), args.out / "person_add.png")
        finally:
            db.close()
    QApplication.instance().quit()


if __name__ == "__main__":
    main()
