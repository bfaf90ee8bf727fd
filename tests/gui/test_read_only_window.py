"""A login that may only read (registry_reader on a shared server) opens the window read-only:
one banner says why, the editing controls are gone, reading and export stay, and a write tried
anyway is refused with a sentence."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

import accountregistry.cli
from accountregistry.domain.errors import StoreError
from accountregistry.gui.main_window import MainWindow
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.ownership_report import export_report
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.schema import open_database, opened


@pytest.fixture
def login_with_role(postgres_cluster, server_database, schema_template):
    """login_with_role(role) -> (location, login): a registry with access set up and a login of
    the test's own granted that role."""
    def made(role: str) -> tuple[str, str]:
        url = server_database(schema_template)
        with opened(url) as db:
            register_account(db, AccountInput(url="https://x.com/nordlys"))
        login = postgres_cluster.new_name(role)
        postgres_cluster.execute(f"CREATE ROLE {login} LOGIN")
        assert accountregistry.cli.main(["--db", url, "access", "setup"]) == 0
        assert accountregistry.cli.main(["--db", url, "access", "grant", login, role]) == 0
        return sa.make_url(url).set(username=login).render_as_string(hide_password=False), login
    return made


@pytest.fixture
def reader_location(login_with_role):
    return login_with_role("reader")


def hidden(control) -> bool:
    return control.isHidden() if isinstance(control, QWidget) else not control.isVisible()


@pytest.fixture
def window_as(qtbot, tmp_path):
    """window_as(location) -> the main window opened by that login, loaded."""
    opened_windows = []

    def made(location: str) -> MainWindow:
        db = open_database(location, create=False)
        window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        opened_windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading())
        return window
    yield made
    for window in opened_windows:
        window.close()
        window.db.close()




def test_a_reader_sees_one_banner_and_no_editing_controls_and_may_export(qtbot, reader_location, tmp_path):
    location, login = reader_location
    db = open_database(location, create=False)
    window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading())
        assert window.read_only and window.read_only_notice.isVisible()
        assert login in window.read_only_notice.text.text()
        for view in ("People", "Offboarding", "Consent"):  # views made when first shown get the same
            window.show_view(view)
        people, offboarding = window.people_view, window.offboarding_view
        assert {people.add_button, people.offboard_button, offboarding.start_button,
                offboarding.close_button} <= set(window.editing_controls())
        assert all(hidden(control) for control in window.editing_controls())
        # Nor what needs more than an editor: anonymising, the organisation's settings.
        assert all(hidden(control) for controls in window.controls_for().values() for control in controls)
        assert window.permissions.role == "reader"
        assert window.accounts_view.model.total_count() == 1  # reading stays
        assert not window.accounts_view.export_button.isHidden()  # and exporting
        assert export_report(db, tmp_path / "report.csv", delimiter=";") == 1
        with pytest.raises(StoreError) as refused:  # a write tried anyway: a sentence, not a traceback
            add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
        assert refused.value.code == "server_permission_denied"
    finally:
        window.close()
        db.close()


def test_an_editor_sees_no_banner(qtbot, db, open_main_window):
    window = open_main_window(db)
    assert not window.read_only and not window.read_only_notice.isVisible()
    assert not window.accounts_view.register_button.isHidden()


@pytest.mark.parametrize("role", ["editor", "owner"])
def test_an_editor_edits_but_only_the_owner_anonymises_and_changes_settings(window_as, login_with_role, role):
    location, _login = login_with_role(role)
    window = window_as(location)
    assert window.permissions.role == role and not window.read_only
    assert not window.read_only_notice.isVisible()
    people = window.people_view
    assert not any(hidden(control) for control in (window.accounts_view.register_button, people.add_button,
                                                    window.import_people_action))
    owners_only = [people.anonymise_action, people.due_action, window.organisation_action]
    assert all(hidden(control) for control in owners_only) == (role == "editor")
