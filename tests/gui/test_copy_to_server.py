"""File → Copy to a shared server…: the window moves its registry file to an empty database on
the real test server, with progress; Cancel and a refusal leave the server without the data and
say so; after a copy the window offers to open the server from its next start on."""

from __future__ import annotations

import shutil
import threading

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

import engine_support
import postgres_server
from accountregistry.gui.database_choice import FILE, SERVER, chosen_location, saved_choice
from accountregistry.gui.dialogs import copy_to_server as dialog_module
from accountregistry.gui.dialogs.copy_to_server import CopyToServerDialog
from accountregistry.services.copy_registry import tables
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.server_connection import password_entry
from accountregistry.store.schema import open_database, opened

@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def source(sample_file, tmp_path):
    path = tmp_path / "registry.sqlite3"
    shutil.copyfile(sample_file, path)
    database = open_database(path)
    yield database
    database.close()


def counts(db) -> dict[str, int]:
    return {table.name: engine_support.scalar(db, f"SELECT count(*) FROM {table.name}") for table in tables()}


def dialog_for(qtbot, source, settings, location: str, *, password: str = "") -> CopyToServerDialog:
    dialog = CopyToServerDialog(source, settings)
    qtbot.addWidget(dialog)
    url = sa.make_url(location)
    fields = dialog.server_fields
    fields.host.setText(url.host)
    fields.port.setValue(url.port)
    fields.database.setText(url.database)
    fields.user.setText(url.username)
    fields.password.setText(password)
    dialog.show()
    return dialog


def copy(qtbot, dialog: CopyToServerDialog) -> None:
    with qtbot.waitSignal(dialog.ended):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)


def test_the_file_is_copied_with_its_progress_and_the_server_chosen_for_the_next_start(
        qtbot, source, settings, server_database):
    location = server_database()
    dialog = dialog_for(qtbot, source, settings, location)
    reports = []
    dialog.task.progressed.connect(lambda done, total: reports.append((done, total)))
    copy(qtbot, dialog)
    assert dialog.refusal is None
    expected = counts(source)
    assert dialog.result_.counts == expected
    with opened(location) as server:
        assert counts(server) == expected
    assert reports and reports[-1] == (sum(expected.values()), sum(expected.values()))
    assert dialog.progress.value() == dialog.progress.maximum()
    # Offered: open the server from now on. Yes saves it as File → Database… would.
    assert saved_choice(settings).kind == FILE
    qtbot.waitUntil(lambda: dialog.switch_box.isVisible())
    dialog.switch_box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.switched
    choice = saved_choice(settings)
    assert choice.kind == SERVER and (choice.server.database, choice.server.port) == (
        sa.make_url(location).database, sa.make_url(location).port)
    with opened(chosen_location(settings)) as chosen:
        assert not chosen.is_sqlite and counts(chosen) == expected


def test_no_switch_is_saved_when_the_user_keeps_the_file(qtbot, source, settings, server_database):
    dialog = dialog_for(qtbot, source, settings, server_database())
    copy(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.switch_box.isVisible())
    dialog.switch_box.button(QMessageBox.StandardButton.No).click()
    assert not dialog.switched and saved_choice(settings).kind == FILE


def test_a_typed_password_is_kept_in_the_keyring_once_the_copy_worked(qtbot, source, settings, server_database,
                                                                     postgres_cluster, memory_keyring):
    location = server_database()
    name = sa.make_url(location).database
    postgres_cluster.execute(f"ALTER DATABASE {name} OWNER TO {postgres_server.PASSWORD_LOGIN}")
    as_ida = postgres_cluster.url(name, user=postgres_server.PASSWORD_LOGIN).render_as_string(hide_password=False)
    dialog = dialog_for(qtbot, source, settings, as_ida, password="wrong")
    copy(qtbot, dialog)
    assert dialog.refusal.code == "server_wrong_password" and memory_keyring.secrets == {}
    assert dialog.copy_button.isEnabled()  # corrected and tried again
    dialog.server_fields.password.setText(postgres_server.PASSWORD)
    copy(qtbot, dialog)
    assert dialog.refusal is None
    assert memory_keyring.secrets == {password_entry(dialog._server): postgres_server.PASSWORD}
    with opened(sa.make_url(as_ida).set(password=postgres_server.PASSWORD).render_as_string(hide_password=False)) \
            as server:
        assert counts(server) == counts(source)
        # Each copied event keeps its own actor; the copying login is written as none of them.
        assert engine_support.scalar(server, "SELECT count(*) FROM audit_event WHERE actor = :login",
                                     login=postgres_server.PASSWORD_LOGIN) == 0


def test_a_server_database_with_data_is_refused_with_a_sentence(qtbot, source, settings, server_database):
    location = server_database()
    with opened(location) as server:
        add_person(server, PersonInput(name="Already here"))
        before = counts(server)
    dialog = dialog_for(qtbot, source, settings, location)
    copy(qtbot, dialog)
    assert dialog.refusal.code == "copy_target_not_empty"
    assert dialog.refusal.sentence() in dialog.status.text()
    assert not hasattr(dialog, "switch_box")
    with opened(location) as server:
        assert counts(server) == before


def test_cancel_leaves_the_server_database_without_data(qtbot, source, settings, server_database, monkeypatch):
    reached, released = threading.Event(), threading.Event()
    real = dialog_module.copy_to_server

    def held(db, target, progress):
        def report(done, total):
            if done > 0 and not released.is_set():  # rows are on their way, in the transaction
                reached.set()
                released.wait()
            return progress(done, total)
        return real(db, target, report)

    monkeypatch.setattr(dialog_module, "copy_to_server", held)
    location = server_database()
    dialog = dialog_for(qtbot, source, settings, location)
    with qtbot.waitSignal(dialog.ended):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(reached.is_set)
        assert dialog.close_button.text() == QCoreApplication.translate("DialogParts", "Cancel")
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        released.set()
    assert dialog.result_ is None and dialog.refusal is None
    assert dialog.isVisible() and dialog.copy_button.isEnabled()
    with opened(location) as server:
        assert sum(counts(server).values()) == 1  # only the new registry's settings row
