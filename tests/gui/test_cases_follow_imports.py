"""An open offboarding follows handover terms, roles and kinds whichever way they are recorded: a
CSV import through the CLI, `account set`, or the window. Each test changes one account of the
leaver through the window and a twin account through the CLI, and compares their checklist items."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from accountregistry import cli
from accountregistry.domain.vocabulary import Disposition, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.offboarding import case_items, start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

from account_window import open_window, save_terms

LAST_DAY = date.today() + timedelta(days=40)


@pytest.fixture
def leaver(db):
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    return ingrid, ole


def items_of(db, case_id, account_id):
    """The account's checklist items: action -> (status, due date)."""
    return {v.action: (v.status, v.due_on) for v in case_items(db, case_id) if v.account_id == account_id}


def statuses(db, case_id, account_id):
    return {action: status for action, (status, _) in items_of(db, case_id, account_id).items()}


def alike(db, case_id, one, other):
    """The statuses of the items of two accounts whose items (status and due date) are alike."""
    assert items_of(db, case_id, one.id) == items_of(db, case_id, other.id)
    return statuses(db, case_id, one.id)


def run(db_location, *args):
    return cli.main(["--db", str(db_location), *map(str, args)])


def import_file(tmp_path, db_location, capsys, text):
    path = tmp_path / "import.csv"
    path.write_text(text, encoding="utf-8")
    assert run(db_location, "import", path) == 0, capsys.readouterr().err
    capsys.readouterr()


def test_terms_imported_give_the_items_the_window_gives(qtbot, db, db_location, leaver, tmp_path, capsys):
    ingrid, ole = leaver
    by_window, by_import = (register_account(db, AccountInput(url=f"https://www.instagram.com/{handle}",
                                                              kind=Kind.employee_role, holder_id=ingrid.id))
                            for handle in ("ingrid.nordlys", "ingrid.rejser"))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=LAST_DAY, successor_id=ole.id)
    assert statuses(db, case.id, by_import.id) == {"agree_terms": "open"}

    save_terms(qtbot, db, by_window.id, Disposition.transfer_to_successor, "14")
    import_file(tmp_path, db_location, capsys, "url;disposition;terms_agreed_on;notice_days\n"
                f"{by_import.url};transfer_to_successor;{date.today().isoformat()};14\n")

    assert alike(db, case.id, by_import, by_window) == {
        "agree_terms": "done", "transfer_to_successor": "open", "update_bio": "open"}


def test_a_role_imported_gives_the_items_the_window_gives(qtbot, db, db_location, leaver, tmp_path, capsys):
    ingrid, ole = leaver
    by_window, by_import = (register_account(db, AccountInput(url=f"https://www.linkedin.com/company/{handle}",
                                                              kind=Kind.company))
                            for handle in ("nordlys", "nordlys-rejser"))
    for page in (by_window, by_import):
        grant_role(db, account_id=page.id, person_id=ole.id, role=Role.owner, granted_on=date(2024, 5, 1))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=LAST_DAY, successor_id=ole.id)
    assert items_of(db, case.id, by_import.id) == {}

    window = open_window(qtbot, db, by_window.id)
    window.tabs.setCurrentIndex(1)
    qtbot.keyClicks(window.grant_person.lineEdit(), "Ingrid Berg")
    window.grant_person.completer().popup().hide()
    window.grant_role.setCurrentIndex(window.grant_role.findData(Role.admin.value))
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(window.grant_button, Qt.MouseButton.LeftButton)
    import_file(tmp_path, db_location, capsys, "url;administrators\n"
                f"{by_import.url};Ole Dahl <ole@nordlys.no> (owner) | Ingrid Berg <ingrid@nordlys.no> (admin)\n")

    assert alike(db, case.id, by_import, by_window) == {
        "hand_over_company_account": "open", "check_two_factor": "open"}


def test_a_kind_recorded_replans_the_case_in_the_cli_and_the_window(qtbot, db, db_location, leaver, capsys):
    ingrid, ole = leaver
    by_window, by_cli = (register_account(db, AccountInput(url=f"https://www.instagram.com/{handle}",
                                                           holder_id=ingrid.id))
                         for handle in ("ingrid.nordlys", "ingrid.rejser"))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=LAST_DAY, successor_id=ole.id)
    assert statuses(db, case.id, by_cli.id) == {"settle_kind": "open"}

    window = open_window(qtbot, db, by_window.id)
    window.form.kind_radios[Kind.employee_role].click()
    with qtbot.waitSignal(window.changed):
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert run(db_location, "account", "set", by_cli.id, "kind=employee_role") == 0, capsys.readouterr().err

    assert alike(db, case.id, by_cli, by_window) == {"settle_kind": "done", "agree_terms": "open"}


def test_an_import_that_records_the_kind_settles_it_too(db, db_location, leaver, tmp_path, capsys):
    ingrid, ole = leaver
    profile = register_account(db, AccountInput(url="https://www.instagram.com/ingrid.nordlys", holder_id=ingrid.id))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=LAST_DAY, successor_id=ole.id)
    import_file(tmp_path, db_location, capsys, f"url;kind\n{profile.url};employee_role\n")
    assert statuses(db, case.id, profile.id) == {"settle_kind": "done", "agree_terms": "open"}


def test_a_new_account_imported_for_the_leaver_joins_the_case(db, db_location, leaver, tmp_path, capsys):
    ingrid, ole = leaver
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=LAST_DAY, successor_id=ole.id)
    import_file(tmp_path, db_location, capsys, "url;kind;holder_name;holder_email;disposition;terms_agreed_on\n"
                "https://www.instagram.com/ingrid.nordlys;employee_role;Ingrid Berg;ingrid@nordlys.no;"
                f"transfer_to_successor;{date.today().isoformat()}\n"
                "https://www.instagram.com/someone.else;employee_role;Ole Dahl;ole@nordlys.no;;\n")
    [mine] = {v.account_id for v in case_items(db, case.id) if v.account_id is not None}
    items = {v.action: v.status for v in case_items(db, case.id) if v.account_id == mine}
    assert items == {"transfer_to_successor": "open", "update_bio": "open"}
