"""File → Database…: a shared server is tested before it is saved, its password goes into the
keyring only, each refusal is said with its code, and the window opening a registry that
refuses offers Retry (and the choice of another database) instead of dying."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

import postgres_server
from accountregistry.gui import app
from accountregistry.gui.database_choice import FILE, SERVER, chosen_location, saved_choice
from accountregistry.gui.dialogs.database_settings import DatabaseDialog
from accountregistry.gui.main_window import MainWindow
from accountregistry.services.server_connection import ServerAddress, password_entry, store_password
from accountregistry.store.schema import open_database


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def registry(postgres_cluster, server_database, schema_template):
    """A registry on the test server that the password login "ida" may open."""
    location = server_database(schema_template)
    engine = sa.create_engine(location)
    with engine.begin() as connection:
        # What opening a registry reads: its schema version and its settings' one row.
        connection.exec_driver_sql(f"GRANT SELECT ON alembic_version, organisation_settings "
                                   f"TO {postgres_server.PASSWORD_LOGIN}")
    engine.dispose()
    return sa.make_url(location).database


def fill_server(dialog: DatabaseDialog, cluster, database: str, *, user=postgres_server.PASSWORD_LOGIN,
                password="", port=None) -> None:
    dialog.on_server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port or cluster.port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def press(qtbot, dialog: DatabaseDialog, button) -> None:
    with qtbot.waitSignal(dialog.tested):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_server_is_tested_saved_and_its_password_kept_in_the_keyring_only(qtbot, settings, tmp_path,
                                                                           postgres_cluster, registry,
                                                                           memory_keyring):
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    fill_server(dialog, postgres_cluster, registry, password=postgres_server.PASSWORD)
    press(qtbot, dialog, dialog.test_button)
    assert dialog.refusal is None and dialog.result() != QDialog.DialogCode.Accepted
    assert saved_choice(settings).kind == FILE  # a test saves nothing
    assert memory_keyring.secrets == {}

    press(qtbot, dialog, dialog.save_button)
    assert dialog.refusal is None and dialog.result() == QDialog.DialogCode.Accepted
    choice = saved_choice(settings)
    assert choice.kind == SERVER
    assert (choice.server.host, choice.server.port, choice.server.database, choice.server.user) == (
        "127.0.0.1", postgres_cluster.port, registry, postgres_server.PASSWORD_LOGIN)
    # The password is in the keyring, under the address it opens, and nowhere in the settings.
    assert memory_keyring.secrets == {password_entry(choice.server): postgres_server.PASSWORD}
    settings.sync()
    assert postgres_server.PASSWORD.encode() not in (tmp_path / "settings.ini").read_bytes()
    # What the window opens at its next start: the server, as that login.
    db = open_database(chosen_location(settings))
    try:
        assert not db.is_sqlite and db.actor == postgres_server.PASSWORD_LOGIN
    finally:
        db.close()


@pytest.mark.parametrize("case, code", [("wrong password", "server_wrong_password"),
                                        ("no server there", "server_unreachable"),
                                        ("no such database", "server_database_missing")])
def test_a_refused_connection_is_said_and_nothing_is_saved(qtbot, settings, postgres_cluster, registry,
                                                           memory_keyring, case, code):
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    fill_server(dialog, postgres_cluster, "no_such_registry" if case == "no such database" else registry,
                password="wrong" if case == "wrong password" else postgres_server.PASSWORD,
                port=1 if case == "no server there" else None)
    press(qtbot, dialog, dialog.save_button)
    assert dialog.refusal is not None and dialog.refusal.code == code
    assert dialog.outcome.text() == dialog.refusal.sentence()
    assert dialog.save_button.isEnabled()  # the user may correct it and try again
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert saved_choice(settings).kind == FILE and memory_keyring.secrets == {}


def test_missing_fields_are_named_and_nothing_is_tried(qtbot, settings):
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    dialog.on_server.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = {field for field, label in dialog.messages.labels.items() if label.text()}
    assert shown == {"host", "database", "user"}
    assert not dialog.task.busy() and saved_choice(settings).kind == FILE


def test_this_computers_file_is_chosen_and_created_at_the_next_start(qtbot, settings, tmp_path):
    dialog = DatabaseDialog(settings)
    qtbot.addWidget(dialog)
    target = tmp_path / "team" / "registry.sqlite3"
    target.parent.mkdir()
    dialog.on_this_computer.setChecked(True)
    dialog.file.setText(str(target))
    press(qtbot, dialog, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved_choice(settings).kind == FILE and chosen_location(settings) == str(target)
    assert not target.exists()  # nothing made by the test


def test_the_window_opening_a_refusing_server_offers_retry(qtbot, settings, postgres_cluster, registry,
                                                          memory_keyring):
    address = ServerAddress(host="127.0.0.1", port=postgres_cluster.port, database=registry,
                            user=postgres_server.PASSWORD_LOGIN)
    settings.setValue("database/kind", SERVER)
    for key, value in (("host", address.host), ("port", address.port), ("name", registry),
                       ("user", address.user), ("tls", "prefer")):
        settings.setValue(f"database/{key}", value)
    store_password(address, "an old password")
    asked = []

    def quit_at_once(error):
        asked.append(error.code)
        return app.QUIT

    # The window's frame is on screen first; the registry is opened behind it.
    window = MainWindow(settings=settings, ask=quit_at_once)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.gave_up, timeout=60_000):
        window.show()
    assert asked == ["server_wrong_password"]
    assert window.db is None and not window.isVisible()

    def put_it_right_then_retry(error):
        asked.append(error.code)
        store_password(address, postgres_server.PASSWORD)  # as the Database… page would
        return app.RETRY

    # Once open, the window reads the whole registry: the login may read it (a reader).
    engine = sa.create_engine(postgres_cluster.url(registry))
    with engine.begin() as connection:
        connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {postgres_server.PASSWORD_LOGIN}")
    engine.dispose()
    window = MainWindow(settings=settings, ask=put_it_right_then_retry)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    try:
        assert asked == ["server_wrong_password", "server_wrong_password"]
        assert window.db.actor == postgres_server.PASSWORD_LOGIN
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
    finally:
        window.close()
        window.db.close()


@pytest.mark.postgresql_only
def test_a_read_refused_mid_session_is_said_with_retry(qtbot, engine, open_main_window, db_location,
                                                      postgres_cluster):
    db = open_database(db_location)
    name = db.engine.url.database
    window = open_main_window(db)
    try:
        postgres_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        postgres_cluster.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        window.reload()
        qtbot.waitUntil(lambda: window.retry_box is not None and window.retry_box.isVisible())
        qtbot.waitUntil(lambda: not window.is_loading())  # every view has met the refusal: still one box
        assert window.read_refusal.code == "server_unreachable"
        assert window.isEnabled() and window.retry_box.isVisible()
        assert window.watcher is not None
        for _ in range(3):  # the live updates' looks meet the refusal in the background, never in a box
            window.look_for_changes()
            qtbot.waitUntil(lambda: not window.change_reader.busy())
        postgres_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        retry = next(button for button in window.retry_box.buttons()
                     if window.retry_box.buttonRole(button) == window.retry_box.ButtonRole.AcceptRole)
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.is_loading())
        assert window.accounts_view.loaded and not window.retry_box.isVisible()
    finally:
        postgres_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        window.close()
        db.close()
