"""A Danish window says these refusals in Danish too, through the real widgets: the refusals the
issue names (a LinkedIn home page, a review interval out of range, an account already
registered), an import of a file that cannot be read, and starting an offboarding (the leaver
as their own successor, a person whose offboarding is open already), word for word.

The others (adding a person, an empty address, a date, closing an offboarding, a handover
without a successor, a missing keyring) are in test_refusals_in_danish.py, the rows of an
import in test_import_preview.py (test_a_danish_window_shows_import_refusals_in_danish).
The sentences are written out on purpose: they are what a Danish user reads.
"""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from accountregistry.gui.dialogs.import_accounts import ImportAccountsDialog
from accountregistry.gui.dialogs.register_account import RegisterAccountDialog
from accountregistry.gui.dialogs.start_offboarding import StartOffboardingWizard
from accountregistry.services.accounts import AccountInput, count_accounts, register_account
from accountregistry.services.offboarding import cases, start_offboarding
from accountregistry.services.people import PersonInput, add_person


@pytest.fixture
def danish(speak):
    assert speak("da").found_catalogue


def test_registering_an_account_is_refused_in_danish(qtbot, db, danish, monkeypatch):
    dialog = RegisterAccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.url, "https://www.linkedin.com/")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert form.messages.text("url") == (
        "»https://www.linkedin.com/« er forsiden af LinkedIn, ikke en konto; indsæt adressen på selve profilen, "
        "siden, gruppen eller kanalen (for eksempel https://www.linkedin.com/company/acme).")

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    form.url.clear()
    qtbot.keyClicks(form.url, "https://www.linkedin.com/company/nordlys")
    qtbot.keyClicks(form.review_interval, "0")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert form.messages.text("review_interval_months") == "Interval for gennemgang (måneder) skal være mellem 1 og 60."

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or box.button(QMessageBox.StandardButton.Cancel).click())
    form.review_interval.clear()
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("LinkedIn nordlys findes allerede i registret."), asked
    assert dialog.isVisible() and count_accounts(db) == 1


def refusal_of(qtbot, db, path):
    dialog = ImportAccountsDialog(db, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.refusal is not None)
    qtbot.waitUntil(lambda: not dialog.task.busy())
    closing = QCoreApplication.translate("DialogParts", "Close")
    qtbot.waitUntil(lambda: dialog.close_button.text() == closing)
    assert dialog.message.text() == dialog.refusal  # shown, as it is
    return dialog.refusal


def test_an_import_is_refused_in_danish(qtbot, db, danish, tmp_path):
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert refusal_of(qtbot, db, empty) == (
        "tom.csv er tom; den skal have en overskriftslinje som url;display_name;kind (eller platform;handle;…) og "
        "en række under den for hver post.")
    names = tmp_path / "farver.csv"
    names.write_text("farve;alder\nblå;40\n", encoding="utf-8")
    assert refusal_of(qtbot, db, names) == (
        "Linje 1 i farver.csv (»farve;alder«) nævner ingen af de kolonner, importen læser; første linje skal være "
        "en overskrift som url;display_name;kind (eller platform;handle;…).")


def test_starting_an_offboarding_is_refused_in_danish(qtbot, db, danish):
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    last_day = date.today() + timedelta(days=40)
    wizard = StartOffboardingWizard(db, ingrid.id)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    qtbot.keyClicks(wizard.form.last_day.edit, last_day.isoformat())
    qtbot.keyClicks(wizard.form.successor.lineEdit(), "ingrid@nordlys.no")
    wizard.form.successor.completer().popup().hide()
    next_page = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_page, Qt.MouseButton.LeftButton)
    assert wizard.form.messages.text("successor_id") == "Ingrid Berg kan ikke være sin egen efterfølger; vælg en, der bliver."
    assert wizard.currentPage() is wizard.form and cases(db) == []

    start_offboarding(db, person_id=ingrid.id, last_working_day=last_day)  # meanwhile, from another window
    wizard.form.successor.lineEdit().clear()
    qtbot.mouseClick(next_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.form.messages.text("person_id")))
    written = f"{last_day.day}.{last_day.month}.{last_day.year}"
    assert wizard.form.messages.text("person_id") == (
        f"Ingrid Berg har allerede et åbent fratrædelsesforløb (sidste arbejdsdag {written}); ret det i stedet.")
    assert len(cases(db)) == 1
