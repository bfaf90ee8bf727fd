"""A person's history on either engine: their events, the agreements they gave with signed scans
(opened read-only), policy acknowledgements and consent given and withdrawn, newest first; read
off the GUI thread; reached from the People view and the person dialog."""

import os
import stat
import threading
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QDesktopServices

from accountregistry.domain.vocabulary import Disposition, Kind, Role
from accountregistry.gui.dialogs.person import PersonDialog
from accountregistry.gui.dialogs.person_history import KIND, PersonHistoryWindow
from accountregistry.services import agreements, person_history, policy
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.case_reading import account_name
from accountregistry.services.consent import ConsentInput, give_consent, withdraw_consent
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
TODAY = date.today()


def days_ago(n):
    return TODAY - timedelta(days=n)


@pytest.fixture
def ida(db, tmp_path):
    """Ida: an employee-role profile (terms, role), her own profile with consent given then
    withdrawn, a signed agreement with a scan, and the policy acknowledged."""
    person = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    other = add_person(db, PersonInput(name="Nils Ekström", work_email="nils@nordlys.dk"))
    role = register_account(db, AccountInput(url="https://www.youtube.com/@IdaPaaTur", kind=Kind.employee_role,
                                             holder_id=person.id))
    grant_role(db, account_id=role.id, person_id=person.id, role=Role.owner, granted_on=days_ago(40))
    record_terms(db, role.id, TermsInput(disposition=Disposition.transfer_to_successor, agreed_on=days_ago(30)))
    own = register_account(db, AccountInput(url="https://www.instagram.com/ida.hogh", kind=Kind.personal,
                                            holder_id=person.id))
    give_consent(db, own.id, ConsentInput(given_on=days_ago(20), scope=["share_company_posts"],
                                          asked_by_id=other.id))
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(PDF)
    agreements.record_agreement(db, person.id, agreements.AgreementInput(agreed_on=days_ago(10), channel="email",
                                                                         scan=scan))
    policy.record_policy(db, policy.PolicyInput(effective_on=days_ago(60), approved_by="Board",
                                                texts={"language": "Be kind."}))
    policy.acknowledge(db, person.id, on=days_ago(5))
    withdraw_consent(db, own.id, on=days_ago(2), note="No longer wishes to share")
    return person


def open_history(qtbot, db, person_id):
    window = PersonHistoryWindow(db, person_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.read.reads >= 1 and not window.read.busy())
    return window


def test_everything_about_the_person_newest_first(qtbot, db, ida):
    window = open_history(qtbot, db, ida.id)
    kinds = [kind for kind, _id in window.rows()]
    records = [kind for kind in kinds if kind != "event"]
    assert records == ["consent_withdrawn", "acknowledgement", "agreement", "consent_given"]  # by their days
    assert "event" in kinds  # the registration, the role granted, the terms, the person added
    # The records are not listed again as the events that recorded them.
    history = person_history.person_history(db, ida.id)
    assert not {e.entity for e in history.events} & person_history.LISTED_AS_RECORDS
    assert {"person", "account_role"} <= {e.entity for e in history.events}
    agreement = window.tree.topLevelItem(kinds.index("agreement"))
    assert [agreement.child(n).data(0, KIND)[0] for n in range(agreement.childCount())
            if agreement.child(n).data(0, KIND)] == ["scan"]


def test_a_scan_opens_read_only_and_its_copy_goes_with_the_window(qtbot, db, ida, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    window = open_history(qtbot, db, ida.id)
    agreement = window.tree.topLevelItem([kind for kind, _ in window.rows()].index("agreement"))
    [scan] = [agreement.child(n) for n in range(agreement.childCount()) if agreement.child(n).data(0, KIND)]
    window.tree.setCurrentItem(scan)
    assert window.open_button.isEnabled()
    window.open_button.click()
    [path] = opened
    with open(path, "rb") as shown:
        assert shown.read() == PDF
    assert not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    folder = window.viewer.folder
    window.close()
    assert not folder.exists()


def test_it_is_read_off_the_gui_thread(qtbot, db, ida, monkeypatch):
    from accountregistry.gui.dialogs import person_history as window_module

    threads = []
    real = window_module.person_history

    def reading(*arguments):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*arguments)

    monkeypatch.setattr(window_module, "person_history", reading)
    open_history(qtbot, db, ida.id)
    assert threads == [False]


def test_someone_with_nothing_recorded_but_themselves(qtbot, db):
    newcomer = add_person(db, PersonInput(name="Maja Strøm", work_email="maja@nordlys.no"))
    window = open_history(qtbot, db, newcomer.id)
    assert [kind for kind, _ in window.rows()] == ["event"]  # added to the registry


def test_someone_imported_from_hr_reads_as_added_with_the_values_they_came_with(qtbot, db, tmp_path):
    """The import's one event names everyone it added; each one's history shows it as their
    addition, with the name and title they were added with, also after they changed."""
    from PySide6.QtCore import QCoreApplication

    from accountregistry.gui.dialogs.person_history import PERSON_EVENTS
    from accountregistry.services.people import IMPORTED, find_by_email, update_person
    from accountregistry.services.people_import import apply_people_import, plan_people_import, read_people_file

    hr = tmp_path / "hr.csv"
    hr.write_text("name;work_email;department;title;manager_email;employment_status;last_working_day\n"
                  "Søren Ærø;soren@nordlys.dk;Økonomi;Controller;kari@nordlys.dk;;\nKari Holm;kari@nordlys.dk;;;;;\n", encoding="utf-8")
    apply_people_import(db, plan_people_import(db, read_people_file(hr)))
    soren = find_by_email(db, "soren@nordlys.dk")
    update_person(db, soren.id, PersonInput(name="Søren Holm", work_email="soren@nordlys.dk", title="CFO",
                                            manager_id=soren.manager_id))
    window = open_history(qtbot, db, soren.id)
    assert [kind for kind, _ in window.rows()] == ["event", "event"]  # the change, the addition
    added = window.tree.topLevelItem(1)
    assert added.text(2) == QCoreApplication.translate("PersonHistoryWindow", PERSON_EVENTS[("person", IMPORTED)])
    shown = [added.child(n).text(2) for n in range(added.childCount())]
    assert any("Søren Ærø" in line for line in shown) and any("Controller" in line for line in shown)
    assert any("Kari Holm" in line for line in shown)  # the manager by name, not by id
    assert not any("Søren Holm" in line or "CFO" in line for line in shown)


@pytest.mark.parametrize("language", ["en", "da"])
def test_what_an_account_import_added_reads_in_the_users_language(qtbot, db, tmp_path, speak, language):
    """The person an account import added, the account and the role it gave them: each its own
    line in the user's words, the file it came from below it; never the fallback "Import (…)"."""
    from PySide6.QtCore import QCoreApplication

    from accountregistry.gui.dialogs.person_history import PERSON_EVENTS
    from accountregistry.services.csv_import import apply_import, plan_import, read_table
    from accountregistry.services.people import find_by_email

    if language != "en":
        speak(language)
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("url;kind;holder_name;holder_email;administrators\n"
                        "https://x.com/JaneDoe;employee_role;Jane Doe;jane@acme.dk;Jane Doe <jane@acme.dk> (owner)\n",
                        encoding="utf-8")
    apply_import(db, plan_import(db, read_table(accounts)))
    window = open_history(qtbot, db, find_by_email(db, "jane@acme.dk").id)
    tr = QCoreApplication.translate
    items = {window.tree.topLevelItem(n).text(2): window.tree.topLevelItem(n)
             for n in range(window.tree.topLevelItemCount())}
    on_account = tr("PersonHistoryWindow", "{account}: {what}").format
    account = account_name("x", "profile", None, "janedoe").sentence()  # as the account's window says it
    added = items[tr("PersonHistoryWindow", PERSON_EVENTS[("person", "import")])]
    imported = items[on_account(account=account, what=tr("AccountDetail", "Imported the {account}").format(
        account=account))]
    granted = items[on_account(account=account, what=tr("AccountDetail", "Granted {role} to {person} in an "
                                                                             "import").format(
        role=tr("Vocabulary", "owner"), person="Jane Doe"))]
    assert len(items) == 3
    source = tr("AccountDetail", "{field}: {value}").format(field=tr("AccountDetail", "Source"), value=accounts.name)
    for item in (added, imported, granted):
        assert source in [item.child(n).text(2) for n in range(item.childCount())]
    assert any("Jane Doe" in added.child(n).text(2) for n in range(added.childCount()))
    if language == "da":  # the lines above are those of the Danish catalogue, not English left over
        assert "X-profil »janedoe«: Tildelte Jane Doe rollen ejer ved en import" in items  # not "x janedoe: …"
        assert not [text for text in items if "Import (" in text or "Imported" in text]
        assert source.startswith("Kilde")


def test_reached_from_the_people_view_and_the_person_dialog(qtbot, db, ida):
    from accountregistry.gui.views.people_view import PeopleView

    view = PeopleView(db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.is_loading() and view.model.rowCount() == 2)
    view.select_person(ida.id)
    assert view.history_button.isEnabled()
    view.history_button.click()
    window = view.history_windows[ida.id]
    qtbot.waitUntil(lambda: window.read.reads >= 1 and not window.read.busy())
    assert window.rows()
    dialog = PersonDialog(db, ida.id)
    qtbot.addWidget(dialog)
    assert not dialog.history_button.isHidden()
    shown = dialog.open_history()
    qtbot.waitUntil(lambda: shown.read.reads >= 1 and not shown.read.busy())
    assert shown.rows() == window.rows()
    adding = PersonDialog(db)
    qtbot.addWidget(adding)
    assert adding.history_button.isHidden()  # a person being added has no history


def pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_the_holders_agreement_is_written_as_a_pdf_listing_the_persons_accounts(qtbot, db, ida, tmp_path):
    window = open_history(qtbot, db, ida.id)
    target = tmp_path / "agreement"  # no suffix typed: .pdf is added
    window.saver.ask_path = lambda caption, suggested: str(target)
    assert window.agreement_button.isEnabled()
    with qtbot.waitSignal(window.saver.written) as written:
        window.agreement_button.click()
    assert written.args == [str(tmp_path / "agreement.pdf")]
    text = pdf_text(tmp_path / "agreement.pdf")
    assert "Accounts (2)" in text and "@idapaatur" in text and "ida.hogh" in text and "Ida Høgh" in text
    assert window.message.isVisible()


@pytest.mark.parametrize("language", ["da", "sv", "nb"])
def test_the_agreements_account_table_has_its_headings_whole(qtbot, db, ida, tmp_path, speak, language):
    """The long Nordic word for "Handover terms" stays on one line in its column (it broke mid-word)."""
    from PySide6.QtCore import QCoreApplication

    speak(language)
    window = open_history(qtbot, db, ida.id)
    window.saver.ask_path = lambda caption, suggested: str(tmp_path / "agreement.pdf")
    with qtbot.waitSignal(window.saver.written):
        window.agreement_button.click()
    heading = [QCoreApplication.translate("AgreementDocument", text) for text in ("Account", "Handover terms")]
    lines = pdf_text(tmp_path / "agreement.pdf").splitlines()
    assert any(line.split()[:1] == heading[:1] and heading[1] in line for line in lines), heading


@pytest.mark.parametrize("bad", ["folder", "missing"])
def test_a_bad_target_for_the_agreement_is_refused_with_a_sentence(qtbot, db, ida, tmp_path, bad):
    window = open_history(qtbot, db, ida.id)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder if bad == "folder" else folder / "gone" / "agreement.pdf"
    window.saver.ask_path = lambda caption, suggested: str(target)
    with qtbot.waitSignal(window.saver.failed) as failed:
        window.save_agreement()
    assert failed.args[0] and window.message.text() == failed.args[0]
    assert list(folder.iterdir()) == []  # nothing half-written left


def test_cancelling_the_file_dialog_writes_nothing(qtbot, db, ida, tmp_path):
    window = open_history(qtbot, db, ida.id)
    window.saver.ask_path = lambda caption, suggested: None
    assert window.save_agreement() is False
    assert not window.saver.busy()


@pytest.mark.parametrize("language", ["en", "da"])
def test_an_out_of_date_agreements_lines_each_start_with_a_capital(qtbot, db, speak, language):
    """An agreement's changes since it was given are lines of their own under it, each naming the
    account first: as every other line of the history, each starts with a capital letter."""
    speak(language)
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    register_account(db, AccountInput(url="https://www.trustpilot.com/review/nordlys.dk", kind=Kind.employee_role,
                                      holder_id=ingrid.id, display_name="Nordlys"))
    agreements.record_agreement(db, ingrid.id, agreements.AgreementInput(agreed_on=days_ago(3), channel="email"))
    register_account(db, AccountInput(url="https://www.tripadvisor.com/Profile/ingridb", kind=Kind.employee_role,
                                      holder_id=ingrid.id))
    window = open_history(qtbot, db, ingrid.id)
    agreement = window.tree.topLevelItem([kind for kind, _ in window.rows()].index("agreement"))
    changes = [agreement.child(n).text(2) for n in range(agreement.childCount())]
    assert changes and all(line[0].isupper() for line in changes), changes
