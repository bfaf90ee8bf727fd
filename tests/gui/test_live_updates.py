"""Live updates: what another person (another connection, another program) commits shows in an
open window without F5, without moving the user's selection, scroll position, sort or filter;
an account window with unsaved edits is not reloaded under the user (issue 11)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from accountregistry.gui.models.accounts_model import Column
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.store.database import ACTOR_ENV
from accountregistry.store.schema import open_database


@pytest.fixture
def colleague(sample, monkeypatch):
    """Ida, at another desk: her own connection to the same registry file."""
    with monkeypatch.context() as patch:
        patch.setenv(ACTOR_ENV, "ida")
        other = open_database(str(sample.path) if sample.path else sample.engine.url.render_as_string(hide_password=False))
    yield other
    other.close()


def shown(view, account_id):
    index = view.model.index_of_account(account_id)
    return view.model.row_at(index) if index.isValid() else None


def edit_of(db, account_id, **changes):
    account = get_account(db, account_id)
    values = {f.name: getattr(account, f.name) for f in dataclasses.fields(AccountInput) if hasattr(account, f.name)}
    values.update(changes)
    return AccountInput(**values)


def test_another_persons_change_shows_in_the_open_accounts_view_keeping_the_users_place(
        qtbot, sample, colleague, open_main_window, settled):
    window = open_main_window(sample)
    window.show_view("Accounts")
    view = window.accounts_view
    view.table.sortByColumn(Column.handle, Qt.SortOrder.DescendingOrder)
    view.search.setText("nordlys")
    settled(window)
    shown_before = view.model.rowCount()
    assert shown_before > 5
    chosen = view.model.row_at(4)
    view.select_account(chosen.id)
    top_before = view.table.indexAt(view.table.viewport().rect().topLeft()).row()

    update_account(colleague, chosen.id, edit_of(colleague, chosen.id, display_name="Nordlys — renamed by Ida"),
                   expected_version=get_account(colleague, chosen.id).version)

    qtbot.waitUntil(lambda: shown(view, chosen.id).display_name == "Nordlys — renamed by Ida", timeout=30_000)
    assert view.current_account_id() == chosen.id  # still selected
    assert view.model.sort_column == Column.handle and view.model.sort_order == Qt.SortOrder.DescendingOrder
    assert view.search.text() == "nordlys" and view.model.rowCount() == shown_before
    assert view.table.indexAt(view.table.viewport().rect().topLeft()).row() == top_before


def test_an_account_registered_elsewhere_appears_and_the_selection_stays(qtbot, sample, colleague,
                                                                          open_main_window, settled):
    window = open_main_window(sample)
    window.show_view("Accounts")
    view = window.accounts_view
    settled(window)
    total = view.model.total_count()
    chosen = view.model.row_at(2)
    view.select_account(chosen.id)

    added = register_account(colleague, AccountInput(url="https://www.tiktok.com/@nordlysida", kind="company"))

    qtbot.waitUntil(lambda: view.model.total_count() == total + 1, timeout=30_000)
    assert shown(view, added.id) is not None
    assert view.current_account_id() == chosen.id
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=30_000)
    assert window.dashboard.total_label.text().count(str(total + 1)) == 1  # the dashboard counted it too


def test_a_person_renamed_elsewhere_renames_the_holder_in_the_table(qtbot, sample, colleague, open_main_window,
                                                                     settled):
    window = open_main_window(sample)
    view = window.accounts_view
    settled(window)
    row = next(r for r in view.model.table.columns.rows() if r.holder_name)
    holder = next(p for p in __import__("accountregistry.services.lookups", fromlist=["people_overview"])
                  .people_overview(colleague) if p.name == row.holder_name)

    update_person(colleague, holder.id, PersonInput(name="Renamed Holder", work_email=holder.work_email,
                                                    department=holder.department, title=holder.title))

    qtbot.waitUntil(lambda: shown(view, row.id) is not None and shown(view, row.id).holder_name == "Renamed Holder",
                    timeout=30_000)


def first_account_opened(qtbot, window, settled):
    """The accounts view's first account, opened in its window once the window has read it."""
    view = window.accounts_view
    settled(window)
    account_id = view.model.row_at(0).id
    view.open_account(account_id)
    detail = view.detail_windows[account_id]
    qtbot.waitExposed(detail)
    detail.wait_until_shown()
    return account_id, detail


def test_an_account_window_with_unsaved_edits_says_so_instead_of_reloading(qtbot, sample, colleague,
                                                                           open_main_window, settled):
    account_id, detail = first_account_opened(qtbot, open_main_window(sample), settled)
    detail.form.display_name.setText("My own unsaved name")
    assert detail.has_unsaved_changes()

    update_account(colleague, account_id, edit_of(colleague, account_id, mandate="Set by Ida"),
                   expected_version=get_account(colleague, account_id).version)

    qtbot.waitUntil(detail.elsewhere_banner.isVisible, timeout=30_000)
    assert detail.form.display_name.text() == "My own unsaved name"  # nothing lost
    qtbot.mouseClick(detail.elsewhere_reload, Qt.MouseButton.LeftButton)
    detail.wait_until_shown()  # read again in the background
    assert not detail.elsewhere_banner.isVisible() and not detail.has_unsaved_changes()
    assert detail.form.display_name.text() != "My own unsaved name"
    detail.close()


def test_an_account_window_without_edits_follows_the_change(qtbot, sample, colleague, open_main_window, settled):
    account_id, detail = first_account_opened(qtbot, open_main_window(sample), settled)

    update_account(colleague, account_id, edit_of(colleague, account_id, display_name="Changed by Ida"),
                   expected_version=get_account(colleague, account_id).version)

    qtbot.waitUntil(lambda: detail.form.display_name.text() == "Changed by Ida", timeout=30_000)
    assert not detail.elsewhere_banner.isVisible()
    detail.close()


def test_a_person_added_elsewhere_reaches_the_people_view(qtbot, sample, colleague, open_main_window, settled):
    window = open_main_window(sample)
    window.show_view("People")
    settled(window)
    before = window.people_view.model.total_count()

    add_person(colleague, PersonInput(name="Vera Lindqvist", work_email="vera.lindqvist@nordlys.dk"))

    qtbot.waitUntil(lambda: window.people_view.model.total_count() == before + 1, timeout=30_000)


@pytest.mark.postgresql_only
def test_on_the_server_the_window_hears_a_change_without_asking_every_second(qtbot, sample, colleague,
                                                                            open_main_window, settled):
    window = open_main_window(sample)
    window.watch_timer.stop()  # only the server's notification is left to tell the window
    assert window.socket_watch is not None and window.socket_watch.isEnabled()
    window.show_view("Accounts")
    view = window.accounts_view
    settled(window)
    chosen = view.model.row_at(2)

    update_account(colleague, chosen.id, edit_of(colleague, chosen.id, display_name="Heard from the server"),
                   expected_version=get_account(colleague, chosen.id).version)

    qtbot.waitUntil(lambda: shown(view, chosen.id).display_name == "Heard from the server", timeout=30_000)



class _CloseAtFirstPaint(QObject):
    """Closes `window` as soon as `watched` is first painted: before anything the window does
    once it is on screen."""

    def __init__(self, watched, window):
        super().__init__(watched)
        self.window = window
        watched.installEventFilter(self)  # the latest filter is asked first: before the window's own

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.window.close)
        return False


def test_a_window_closed_at_once_never_starts_watching(qtbot, db, tmp_path):
    """A person closing the window at its first paint: the watching that was due then never
    starts. On a server its listening connection was never closed, and warned from the garbage
    collector in some later test."""
    from accountregistry.gui.main_window import MainWindow

    window = MainWindow(db, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    _CloseAtFirstPaint(window.navigation.viewport(), window)
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    QApplication.processEvents()
    assert window.watcher is None and not window.watch_timer.isActive()
