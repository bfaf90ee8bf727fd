"""The main window: navigation, what it remembers, the status bar, and the first start."""

import html
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.gui import app
from accountregistry.gui.formatting import words
from accountregistry.gui.main_window import VIEWS, MainWindow
from accountregistry.gui.models.accounts_model import Column
from accountregistry.services.accounts import AccountInput, count_accounts, register_account
from accountregistry.services.organisation import update_settings
from accountregistry.services.people import count_people


@pytest.fixture
def settings(tmp_path):
    # Each test its own settings file: nothing read from or written to the user's own.
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, db, settings):
    def opened() -> MainWindow:
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading())
        return window
    return opened


def click_view(qtbot, window, name):
    item = window.navigation.item(VIEWS.index(name))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_window_shows_the_registry_and_its_file(qtbot, db, open_window):
    update_settings(db, name="Nordlys <Rejser> A/S")
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = open_window()
    assert window.database_label.text() == f"Database: {db.describe()}"
    assert window.current_view() == "Dashboard"
    assert "Nordlys &lt;Rejser&gt; A/S" in window.dashboard.heading.text()  # text, not markup
    assert window.dashboard.kind_counts[None].text() == "1"  # kind not yet known
    assert not window.dashboard.welcome.isVisible()
    assert window.accounts_view.model.rowCount() == 1


def test_the_frame_is_on_screen_before_the_registry_is_opened(qtbot, db, db_location, settings):
    """As the program starts it: the navigation and the last view's place at once, and the
    registry opened and read behind them."""
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    settings.setValue("window/view", "Accounts")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    assert window.db is None  # nothing opened or read yet
    assert [window.navigation.item(row).text() for row in range(window.navigation.count())] == list(VIEWS)
    assert window.current_view() == "Accounts" and window.pages.currentWidget().text() == "Loading…"
    assert not window.organisation_action.isEnabled()  # what needs the registry waits for it
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    assert window.pages.currentWidget() is window.accounts_view and window.current_view() == "Accounts"
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    assert window.accounts_view.model.rowCount() == 1
    # Read with the opening without its risks, which follow: then judged, and counted for the dashboard.
    assert window.accounts_view.model.row_at(0).assessed and not window.accounts_view.risks_loading()
    assert window.accounts_view.counts.summary.at_risk == 1
    assert window.database_label.text() == f"Database: {db.describe()}"
    assert window.organisation_action.isEnabled()
    window.close()
    window.db.close()


def test_the_opening_runs_no_collection_and_freezes_what_it_keeps(qtbot, db, db_location, settings):
    """The registry's opening (its imports, the database opened, the first read) runs no pass of
    Python's cycle collector in the background: a full pass there held Python's lock up to 56 ms
    while the window was on screen (100,000 accounts). What it keeps is frozen: later passes never
    walk it."""
    import gc
    import threading

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    passes, frozen = [], gc.get_freeze_count()

    def seen(phase, info):
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            passes.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        with qtbot.waitSignal(window.opened, timeout=60_000):
            window.show()
    finally:
        gc.callbacks.remove(seen)
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    window.close()
    window.db.close()
    assert passes == [] and gc.get_freeze_count() > frozen
    assert window.accounts_view.model.rowCount() == 1


def test_the_first_read_is_freed_once_the_registry_is_read_again(qtbot, db, db_location, settings,
                                                                  monkeypatch):
    """The opening's read (the accounts table without its risks, every account's risks read
    ahead) is replaced by the table with its risks, then by F5's: it is freed. The start's last
    step held it for the program's life (through a run the thread pool kept): 35 MiB more at
    100,000 accounts after every reload."""
    import gc
    import weakref

    from accountregistry.gui import main_window

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    firsts = []
    opening = main_window.open_in_background
    monkeypatch.setattr(main_window, "open_in_background",
                        lambda *args: firsts.append(weakref.ref(opened := opening(*args))) or opened)
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    window.reload()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
    gc.collect()
    assert len(firsts) == 1 and firsts[0]() is None
    assert window.accounts_view.model.rowCount() == 1
    window.close()
    window.db.close()


def test_nothing_is_read_while_the_views_are_made_then_everything_is(qtbot, db, db_location, settings):
    """Making the views and showing the first rows is the start's longest turn on the GUI thread:
    a read under way meanwhile holds Python's lock and stretches it. The reads asked meanwhile
    (the people for the pickers) wait, and arrive, as does the audit trail's check."""
    from accountregistry.gui.tasks import task_manager
    from accountregistry.services.people import PersonInput, add_person

    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no"))
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    reading_when_made = []  # reads started, not waiting for their turn
    window.opened.connect(lambda: reading_when_made.append(task_manager().running() - task_manager().reads_waiting()))
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    assert reading_when_made == [0]
    assert [person.name for person in window.people_directory.people] == ["Ingrid Berg"]
    qtbot.waitUntil(lambda: window.audit_banner.report is not None)
    assert window.audit_banner.report.intact and not window.audit_banner.isVisible()
    assert window.accounts_view.model.rowCount() == 1
    window.close()
    window.db.close()


def test_the_view_on_screen_is_made_first_and_the_others_when_first_shown(qtbot, db, db_location, settings):
    """Made in one go, the five views held the GUI thread 26–46 ms at start: each is made in an
    event-loop turn of its own (the window answers between them), the one on screen first, then
    the dashboard and the accounts table, which the window keeps up to date. Offboarding and
    Consent are made the first time they are shown (until then their place says "Loading…"),
    and then show their records."""
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel

    from accountregistry.services.consent import ConsentInput, give_consent
    from accountregistry.services.offboarding import start_offboarding
    from accountregistry.services.people import PersonInput, add_person

    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no"))
    own = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind="personal",
                                            holder_id=ingrid.id))
    give_consent(db, own.id, ConsentInput(given_on=date(2026, 1, 5), scope=("share_company_posts",)))
    start_offboarding(db, person_id=ingrid.id, last_working_day=date(2027, 3, 31))
    settings.setValue("window/view", "People")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    turns = [0]
    ticker = QTimer()
    ticker.setInterval(0)  # once per turn of the event loop
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    made = []  # (the view, turns of the event loop so far)
    window.pages.widgetAdded.connect(lambda at: made.append((window.pages.widget(at), turns[0])))
    ticker.start()
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    ticker.stop()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    assert [view for view, _turn in made] == [window.people_view, window.dashboard, window.accounts_view]
    turns_at = [turn for _view, turn in made]
    assert turns_at == sorted(set(turns_at))  # a turn (at least) between any two
    assert window.pages.currentWidget() is window.people_view and window.current_view() == "People"
    for name in ("Offboarding", "Consent"):
        place = window.pages.widget(VIEWS.index(name))
        assert isinstance(place, QLabel) and place.text() == "Loading…"
    assert window.people_view.model.rowCount() == 1
    assert window.accounts_view.model.rowCount() == 1
    assert window.dashboard.kind_counts["personal"].text() == "1"
    click_view(qtbot, window, "Offboarding")
    assert window.pages.currentWidget() is window.offboarding_view
    qtbot.waitUntil(lambda: not window.is_loading())
    assert list(window.offboarding_view.cases_model.summaries) != []
    click_view(qtbot, window, "Consent")
    assert window.pages.currentWidget() is window.consent_view
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.consent_view.model.rowCount() == 1
    window.close()
    window.db.close()


def test_nothing_is_read_while_the_first_rows_are_painted_then_everything_is(qtbot, db, db_location, settings):
    """The first paint of the rows is the start's other long turn on the GUI thread: the reads
    (the rows' risks, the dashboard's facts, the other views) begin once it is over."""
    from PySide6.QtCore import QEvent, QObject

    from accountregistry.gui.tasks import task_manager

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    settings.setValue("window/view", "Accounts")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    under_way_at_paint = []

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and window.accounts_view.model.rowCount() and not under_way_at_paint:
                under_way_at_paint.append(task_manager().running() - task_manager().reads_waiting())
            return False

    painted = Painted()
    # From the moment the accounts view is made: its rows are shown before the other views are.
    window.pages.widgetAdded.connect(lambda at: window.pages.widget(at) is getattr(window, "accounts_view", None)
                                     and window.accounts_view.table.viewport().installEventFilter(painted))
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    assert under_way_at_paint == [0]
    assert window.accounts_view.model.row_at(0).assessed and window.accounts_view.counts.summary.at_risk == 1
    assert window.dashboard.kind_counts[None].text() == "1"
    window.close()
    window.db.close()


def test_the_views_made_when_first_shown_are_imported_after_the_reads_the_dashboard_waits_for(
        qtbot, db, db_location, settings, monkeypatch):
    """The opening imports what the view on screen needs from the core; between the first rows
    painted and the dashboard made, only what the dashboard's module needs is imported; that of
    the views made when first shown (0.03-0.06 s of Python at start, with their modules) comes
    after the dashboard's facts have been asked for, and takes its turn after them."""
    from accountregistry.gui import main_window
    from accountregistry.gui.tasks import task_manager

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    settings.setValue("window/view", "Accounts")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    imports, imported = [], main_window.import_other_views
    monkeypatch.setattr(main_window, "import_other_views", lambda views=VIEWS: (
        imports.append((set(views), hasattr(window, "dashboard"),
                        hasattr(window, "facts") and (window.facts.busy() or window.facts.reads > 0))),
        imported(views)))
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    qtbot.waitUntil(lambda: task_manager().running() == 0, timeout=60_000)
    assert imports == [({"Accounts"}, False, False), ({"Dashboard"}, False, False),
                       ({"People", "Offboarding", "Consent", "account window"}, True, True)]
    assert window.dashboard.kind_counts[None].text() == "1"
    window.close()
    window.db.close()


def test_an_account_a_colleague_registers_while_the_window_starts_is_shown(qtbot, db, db_location, settings):
    """Between the registry's first read (in the opening) and the window being on screen, another
    program may commit: the change watcher started before that read, so the next look shows it."""
    from accountregistry.store.schema import open_database

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    settings.setValue("window/view", "Accounts")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    colleague = open_database(db_location)

    def register_meanwhile():  # the first rows are read: the views are made, nothing else read yet
        register_account(colleague, AccountInput(url="https://bsky.app/profile/nordlys.dk"))

    window.opened.connect(register_meanwhile)
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    window.look_for_changes()
    qtbot.waitUntil(lambda: window.accounts_view.model.rowCount() == 2, timeout=60_000)
    qtbot.waitUntil(lambda: window.dashboard.kind_counts[None].text() == "2", timeout=60_000)
    colleague.close()
    window.close()
    window.db.close()


def test_the_modules_imported_after_qt_leave_no_source_in_memory(tmp_path, monkeypatch, qtbot, db, db_location,
                                                                settings):
    """PySide looks at the source of each module imported after it; the window's package has it
    look without keeping it (Python's linecache kept every file: about 30 MiB at start), and the
    window works on."""
    import linecache

    module = tmp_path / "uses_qt_after_the_window.py"
    module.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__(module.stem)  # as an import statement does (importlib.import_module passes PySide by)
    assert str(module) not in linecache.cache
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    assert window.accounts_view.model.rowCount() == 1
    window.close()
    window.db.close()


def test_starting_on_the_dashboard_reads_at_once(qtbot, db, db_location, settings, monkeypatch):
    """The dashboard has no rows to paint: its numbers are read at the next turn, not after the
    fallback meant for a window that is never painted (here made too long to ever come)."""
    from accountregistry.gui import main_window

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    monkeypatch.setattr(main_window, "READS_AFTER_MS", 3_600_000)
    settings.setValue("window/view", "Dashboard")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    assert window.pages.currentWidget() is window.dashboard
    qtbot.waitUntil(lambda: window.dashboard.kind_counts[None].text() == "1", timeout=60_000)
    assert window.watcher is not None
    window.close()
    window.db.close()


def test_leavers_have_left_from_the_first_read_and_nothing_is_read_twice(qtbot, db, db_location, settings):
    """Someone whose last working day passed while nobody had the window open has left when it
    opens: the people view and the account's risks say so from the start, and recording it is not
    a change from elsewhere that makes the window read every view again."""
    from datetime import date, timedelta

    from accountregistry.services.people import PersonInput, add_person
    from accountregistry.services.roles import grant_role

    today = date.today()
    leaver = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no",
                                        employment_status="leaving", last_working_day=today - timedelta(days=2)),
                        today=today - timedelta(days=10))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    grant_role(db, account_id=page.id, person_id=leaver.id, role="admin", today=today - timedelta(days=10))
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    reads = []
    window.accounts_read.connect(lambda: reads.append(window.accounts_view.model.row_at(0).risks))
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    # Someone else's change would be seen at the next look; the window's own is not one.
    window.look_for_changes()
    qtbot.waitUntil(lambda: not window.change_reader.busy() and not window.is_loading(), timeout=60_000)
    assert len(reads) == 2  # the rows with the registry's opening, then their risks: once each
    assert "leaver_holds_role" in {risk.id for risk in reads[-1]}
    window.show_view("People")
    qtbot.waitUntil(lambda: not window.people_view.is_loading(), timeout=60_000)
    people = window.people_view.model
    assert [people.index(row, 4).data() for row in range(people.rowCount())] == [words(EmploymentStatus.left)]
    window.close()
    window.db.close()


def _opened(qtbot, settings, location) -> MainWindow:
    """The window on `location` as the program opens it, once its accounts table is filled."""
    window = MainWindow(settings=settings, location=location)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    return window


def test_the_statement_kept_beside_the_settings_by_earlier_versions_is_taken_away(qtbot, db, db_location, settings,
                                                                                   tmp_path):
    """Versions before the cache folder kept the risks' statement (the registry's path, its rules'
    figures) beside the settings' file; the window's first start takes it away (it stayed for good)."""
    old = tmp_path / "settings.risks.json"
    old.write_text(json.dumps([str(db_location), "SELECT 1", []]), encoding="utf-8")
    window = _opened(qtbot, settings, db_location)
    window.close()
    window.db.close()
    assert not old.exists() and (tmp_path / "settings.ini").exists()


def test_a_departure_recorded_at_opening_drops_the_risks_read_early(qtbot, db, db_location, settings, caplog,
                                                                      monkeypatch):
    """The read ahead's statement of the last start runs as the window opens, before it is built
    (store/early_read.py). Recording a leaver's departure at opening is a commit after it: those
    rows are dropped, the risks are read ahead at once (not by the table's RISKS read once it is
    filled), and the table and the dashboard's counts show the leaver's risk."""
    import logging
    import threading
    from datetime import date, timedelta

    from accountregistry.gui import main_window, read_ahead
    from accountregistry.gui.models import account_table
    from accountregistry.services.account_list import load_accounts
    from accountregistry.services.people import PersonInput, add_person
    from accountregistry.services.risk_counts import count_risks
    from accountregistry.services.roles import grant_role
    from accountregistry.store.early_read import EarlyRead

    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = _opened(qtbot, settings, db_location)  # keeps the statement (SQLite)
    window.close()
    window.db.close()
    today = date.today()
    leaver = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no",
                                        employment_status="leaving", last_working_day=today - timedelta(days=2)),
                        today=today - timedelta(days=10))
    grant_role(db, account_id=page.id, person_id=leaver.id, role="admin", today=today - timedelta(days=10))
    caplog.set_level(logging.DEBUG, logger="accountregistry.store.early_read")
    # The departure is recorded after the early read (as on a large registry, where the imports come first).
    early_ran, run, record = threading.Event(), EarlyRead.run, main_window._record_departures_first
    with_statement = []  # whether the kept statement was read early (SQLite), so there were rows to drop
    monkeypatch.setattr(EarlyRead, "run", lambda early: (run(early), with_statement.append(early.statements is not None),
                                                         early_ran.set()))
    monkeypatch.setattr(main_window, "_record_departures_first", lambda database: (early_ran.wait(), record(database))[1])
    readers, askers, read, risks_of = [], [], read_ahead.read_risk_groups, account_table._risks_of
    monkeypatch.setattr(read_ahead, "read_risk_groups", lambda *a, **k: (readers.append(threading.get_ident()),
                                                                         read(*a, **k))[1])
    monkeypatch.setattr(account_table, "_risks_of", lambda *a: (askers.append(threading.get_ident()), risks_of(*a))[1])
    window = _opened(qtbot, settings, db_location)
    assert with_statement == [db.is_sqlite]
    assert not [message for message in caplog.messages if message.startswith("read early: used")]
    assert readers and askers and not set(readers) & set(askers)
    assert "leaver_holds_role" in window.accounts_view.model.row_at(0).risk_ids
    assert window.accounts_view.counts.risks == count_risks(load_accounts(db))
    window.close()
    window.db.close()


@pytest.mark.skipif(sys.platform != "linux", reason="forks where the program does (Linux)")
def test_a_window_shown_with_rows_a_child_read_leaves_no_child_and_no_wal(qtbot, db, db_location, settings, caplog):
    """On Linux the program forks a child before Qt is imported (cli), which reads the statements the
    last start kept (store/early_read.py): the window shows its rows, and once it has closed no child
    is left (not even a zombie) and the registry's -wal and -shm files are gone."""
    import logging

    from accountregistry import __version__
    from accountregistry.store import early_read
    from accountregistry.store.early_read import PEOPLE

    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))

    window = _opened(qtbot, settings, db_location)  # keeps the statements
    window.close()
    window.db.close()
    caplog.set_level(logging.DEBUG, logger="accountregistry.store.early_read")
    early_read.fork(__version__)
    child = early_read._forked.child
    early_read._forked.read[PEOPLE].wait()  # on the file before the window asks (else not waited for)
    window = _opened(qtbot, settings, db_location)
    assert {"read early: used (0)", "read early: used (1)", "read early: used (2)"} <= set(caplog.messages)
    assert window.accounts_view.model.rowCount() == 1
    window.close()
    app.close_session(window)  # as the program does at its end
    db.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)
    assert not os.path.exists(f"{db.path}-wal") and not os.path.exists(f"{db.path}-shm")


def test_until_the_risks_read_ahead_arrive_the_window_says_loading_then_the_services_counts(
        qtbot, db, db_location, settings, monkeypatch):
    """The rows' risks are read beside the first read (gui/read_ahead.py). However late they come,
    the table and the dashboard say "Loading…" meanwhile, never a zero or "nothing at risk"; then
    the dashboard shows what the services count."""
    import threading

    from accountregistry.domain.vocabulary import Kind
    from accountregistry.gui import read_ahead
    from accountregistry.services.account_list import load_accounts, summarise
    from accountregistry.services.risk_counts import count_risks

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    register_account(db, AccountInput(url="https://x.com/nordlys_dk", kind=Kind.company))
    register_account(db, AccountInput(url="https://www.instagram.com/nordlys_oslo/"))
    held, read_risk_groups = threading.Event(), read_ahead.read_risk_groups

    def read_late(database, **arguments):
        held.wait()  # set below; a failing test sets it as its window is closed, never leaving it held
        return read_risk_groups(database, **arguments)

    monkeypatch.setattr(read_ahead, "read_risk_groups", read_late)
    settings.setValue("window/view", "Accounts")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window, before_close_func=lambda _window: held.set())  # closing waits for the read ahead
    with qtbot.waitSignal(window.opened):
        window.show()
    view, dashboard = window.accounts_view, window.dashboard
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and dashboard.people_count.text() == "0")
    loading = dashboard.tr("Loading…")
    assert dashboard.at_risk_label.text() == loading and not dashboard.chart.isVisibleTo(dashboard)
    assert view.risks_loading() and [view.model.row_at(row).risks for row in range(3)] == [None] * 3
    held.set()
    qtbot.waitUntil(lambda: not window.is_loading())
    rows = load_accounts(db)
    expected = summarise(rows)
    assert expected.at_risk == 3 and view.counts.summary == expected and view.counts.risks == count_risks(rows)
    assert f"<b>{expected.at_risk}</b>" in dashboard.at_risk_label.text() and dashboard.chart.isVisibleTo(dashboard)
    assert {view.model.row_at(row).id: view.model.row_at(row).risk_ids for row in range(3)} == {
        account.id: account.risk_ids for account in rows.rows()}
    window.close()
    window.db.close()


def test_rows_registered_after_the_risks_were_read_ahead_are_read_again(qtbot, db):
    """An account the read ahead did not see (registered after it) gets its risks read then."""
    from concurrent.futures import Future

    from accountregistry.gui.models.account_table import AccountTable
    from accountregistry.gui.views.accounts_view import EVERYTHING, RISKS, ROLE_HOLDERS, read_accounts
    from accountregistry.services.account_list import load_accounts, read_risk_groups

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    ahead: Future = Future()
    ahead.set_result(read_risk_groups(db))
    register_account(db, AccountInput(url="https://x.com/nordlys_dk"))
    shown = read_accounts(db, AccountTable.empty(), EVERYTHING).table
    read = read_accounts(db, read_accounts(db, shown, RISKS, ahead).table, ROLE_HOLDERS)
    assert read.assessed and read.table.columns.rows() == load_accounts(db).rows()


def test_a_file_that_is_no_registry_is_said_before_the_window_gives_up(qtbot, tmp_path, settings):
    not_a_registry = tmp_path / "notes.sqlite3"
    not_a_registry.write_text("shopping list: milk, bread\n" * 50)
    asked = []

    def quit_at_once(error):
        asked.append(error.code)
        return app.QUIT

    window = MainWindow(settings=settings, location=str(not_a_registry), ask=quit_at_once)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.gave_up, timeout=60_000):
        window.show()
    assert len(asked) == 1 and asked[0]  # a refusal with its code, said before giving up
    assert window.db is None and not window.isVisible()
    assert not_a_registry.read_text().startswith("shopping list")  # nothing written to it


def test_the_window_module_imports_no_database_layer():
    """What stands before the first paint is Qt's: the window's module (and the app's) import
    neither the store, the services, the views nor SQLAlchemy; they come in the background."""
    code = ("import sys, accountregistry.gui.app, accountregistry.gui.main_window; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'alembic')"
            " or m.startswith(('accountregistry.store', 'accountregistry.services', 'accountregistry.gui.views'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"


def test_the_views_import_no_dialog_printing_keyring_or_calendar_before_one_is_used():
    """What the window imports as it opens (its views' modules, the dashboard's facts) leaves the
    dialogs, printing, the keyring and the calendar library until the user asks for them."""
    heavy = ("keyring", "icalendar", "PySide6.QtPrintSupport", "accountregistry.gui.documents",
             "accountregistry.gui.dialogs.person", "accountregistry.gui.dialogs.account_detail",
             "accountregistry.gui.dialogs.anonymise", "accountregistry.gui.dialogs.start_offboarding")
    code = ("import sys, accountregistry.gui.main_window as window, accountregistry.services.due_items\n"
            "window.import_other_views()\n"
            "for view in window.VIEWS: __import__(window._view_module(view))\n"
            f"print(sorted(set(sys.modules) & set({heavy!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"


def test_the_account_window_leaves_the_keyring_until_a_keyring_call_is_made():
    """The keyring's 60-150 ms of imports (entry points, urllib, email) were part of importing the
    account window, which froze the window or a reload beside it; the Logins tab's first call
    imports it, in its worker."""
    code = ("import sys, accountregistry.gui.dialogs.account_detail\n"
            "from accountregistry.services import credentials\n"
            "print('keyring' in sys.modules)\n"
            "credentials.keyring_status()\n"
            "print('keyring' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.split() == ["False", "True"]


def test_the_account_window_is_imported_ahead_a_module_to_a_turn(tmp_path):
    """Opening the first account imported its window's modules (with the keyring's, 60-odd ms of
    CPU at which the window froze), so they are imported while the window starts: what they need
    from the core on a worker, the modules that define Qt classes on the GUI thread
    (test_gui_thread_imports.py), each on its own. Imported in one go once the table was read
    whole, they took 25-30 ms of the GUI thread, and the table's repaint and an F5 waited."""
    code = f"""
import json, sys, threading
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from accountregistry.gui.main_window import MainWindow
from accountregistry.gui.tasks import task_manager
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.store.schema import open_database
db = open_database({str(tmp_path / "registry.sqlite3")!r})
register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
db.close()
app = QApplication([])
gui = threading.get_ident()
parts = ("accountregistry.services.credentials", "accountregistry.services.reviews",
         "accountregistry.gui.widgets.agreements_section", "accountregistry.gui.widgets.credentials_section",
         "accountregistry.gui.dialogs.account_detail")
imported = {{}}
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in parts and name not in imported:  # on which thread, inside which other part's import
            importing = [other for other in parts if other in sys.modules
                         and getattr(sys.modules[other].__spec__, "_initializing", False)]
            imported[name] = ["GUI" if threading.get_ident() == gui else "worker", importing]
sys.meta_path.insert(0, Watch())
window = MainWindow(settings=QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat),
                    location={str(tmp_path / "registry.sqlite3")!r})
window.show()
while not (window.db is not None and window.accounts_view.loaded and not window.is_loading()):
    app.processEvents()
    task_manager().pool.waitForDone(10)
print(json.dumps(imported))
window.close()
window.db.close()
"""
    # With faulthandler: a crash (seen once in a whole-suite run, SIGSEGV, not reproduced in 120 runs
    # since) prints every thread's stack in the failure.
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    # Each imported once, before the window said it had loaded: the core on a worker, the rest on
    # the GUI thread, none inside another's import.
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "accountregistry.services.credentials": ["worker", []], "accountregistry.services.reviews": ["worker", []],
        "accountregistry.gui.widgets.agreements_section": ["GUI", []],
        "accountregistry.gui.widgets.credentials_section": ["GUI", []],
        "accountregistry.gui.dialogs.account_detail": ["GUI", []]}


def test_work_started_as_the_window_closes_ends_before_the_registry_is_closed(tmp_path):
    """An outcome delivered while the window closes may start more work (a freeing, a next
    read). The program ended with it still running: it met a closed database, and at the end
    found its task deleted ("Signal source has been deleted", and a crash is one step away)."""
    code = f"""
import threading, time
from PySide6.QtCore import QTimer
from accountregistry.gui import app
from accountregistry.gui.main_window import MainWindow
from accountregistry.gui.tasks import Task
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.store.schema import open_database
location = {str(tmp_path / "registry.sqlite3")!r}
db = open_database(location)
register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
db.close()
closed, shown, started = MainWindow.closeEvent, MainWindow.show, threading.Event()
def closing(window, event):
    closed(window, event)
    window.last_work = Task(None)
    window.last_work.start(lambda progress: (started.set(), time.sleep(0.3), print("done", flush=True)))
    started.wait()
def close_once_read(window):
    if window.db is not None and window.accounts_view.loaded and not window.is_loading():
        window.close()
    else:
        QTimer.singleShot(20, lambda: close_once_read(window))
MainWindow.closeEvent = closing
MainWindow.show = lambda window: (shown(window), QTimer.singleShot(20, lambda: close_once_read(window)))
print("ended", app.run_window(location), flush=True)
"""
    home = tmp_path / "home"
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
                                              "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    # The work ended before the window's session did (and so before its database was closed),
    # and its task was still there when it ended.
    assert result.stdout.split() == ["done", "ended", "0"]
    assert "RuntimeError" not in result.stderr


def test_a_read_computing_in_python_hands_the_window_pythons_lock_within_a_millisecond():
    """The window's application (as the program makes it) lets a thread computing in Python keep
    the lock at most 1 ms while the GUI thread waits for it (Python's own 5 ms: up to 5 ms of
    waiting at each slot, paint and timer tick while a read ran)."""
    code = ("import sys; from accountregistry.gui.app import create_application; "
            "before = sys.getswitchinterval(); create_application(); print(before, sys.getswitchinterval())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    before, after = map(float, result.stdout.split())
    assert before == 0.005 and after == 0.001


def test_navigation_by_mouse_and_keyboard(qtbot, open_window):
    window = open_window()
    for name, page in (("Accounts", window.accounts_view), ("People", window.people_view),
                       ("Offboarding", window.offboarding_view), ("Dashboard", window.dashboard)):
        click_view(qtbot, window, name)
        assert window.pages.currentWidget() is page and window.current_view() == name
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "Accounts"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "Offboarding" and window.pages.currentWidget() is window.offboarding_view


def test_last_view_column_widths_and_size_are_restored(qtbot, db, settings, open_window):
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))  # not a first start
    window = open_window()
    click_view(qtbot, window, "People")
    window.accounts_view.table.setColumnWidth(Column.holder, 333)  # the long names stretch
    window.resize(790, 580)  # within the offscreen screen, which restoreGeometry keeps windows on
    size = window.size()
    window.splitter.setSizes([window.splitter.sizes()[0] + 37, window.splitter.sizes()[1] - 37])
    sizes = window.splitter.sizes()
    window.close()

    again = open_window()
    assert again.current_view() == "People"
    assert again.accounts_view.table.columnWidth(Column.holder) == 333
    assert again.size() == size
    assert again.splitter.sizes() == sizes


def test_an_empty_registry_offers_the_sample_organisation(qtbot, db, settings, open_window):
    window = open_window()
    welcome = window.dashboard.welcome
    assert window.current_view() == "Dashboard" and welcome.isVisible()
    assert welcome.import_button.isEnabled()  # the dashboard asks the window to import (import_requested)
    # Made in the background, then the registry is read again: however long that takes here.
    with qtbot.waitSignal(window.accounts_read, timeout=None):
        qtbot.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)
        assert not welcome.sample_button.isEnabled()  # not twice
    qtbot.waitUntil(lambda: not window.is_loading())  # the other views read on (slower on a server)
    assert window.accounts_view.model.total_count() > 100
    assert count_accounts(db) == window.accounts_view.model.total_count()
    assert window.dashboard.people_count.text() == str(count_people(db))
    assert not welcome.isVisible()
    assert "Nordlys Rejser A/S" in window.dashboard.heading.text()


def test_starting_empty_is_remembered_for_that_database(qtbot, settings, open_window):
    window = open_window()
    qtbot.mouseClick(window.dashboard.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "Accounts"
    window.close()
    again = open_window()
    assert again.current_view() == "Accounts"
    assert not again.dashboard.welcome.isVisible()


def test_dashboard_leads_to_the_accounts_at_risk(qtbot, db, open_window):
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))  # nobody administers it
    window = open_window()
    risks = window.dashboard
    assert "1</b> of 1 accounts looked after are at risk" in risks.at_risk_label.text()
    qtbot.mouseClick(risks.at_risk_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "Accounts"
    assert window.accounts_view.only_at_risk.isChecked()
    assert window.accounts_view.model.rowCount() == 1


def test_help_about_says_the_version_where_the_data_is_and_the_licence(qtbot, db, open_window):
    from accountregistry import __version__
    from accountregistry.gui.dialogs.about import AboutDialog

    window = open_window()
    # Where people look for it: the last menu of the bar, Help, not File.
    menus = [action.menu() for action in window.menuBar().actions()]
    assert len(menus) == 2 and menus[0] is window.file_menu
    assert window.about_action in menus[-1].actions() and window.about_action not in window.file_menu.actions()
    assert window.about_action.isEnabled()
    window.about_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    text = dialog.text() + dialog.informativeText()
    assert __version__ in text and html.escape(db.describe()) in text and "GPL-3.0-or-later" in text
    dialog.accept()


def test_the_risks_say_loading_until_they_are_read_never_no_risk(qtbot, db, settings):
    """The first read shows every account with its risks still to come (the Risks column, the
    dashboard's "at risk" and the "only at risk" filter wait for them), then the risks."""
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    view, dashboard = window.accounts_view, window.dashboard
    seen = []

    def loaded():
        row = view.model.row_at(view.model.index_of_account(page.id))
        risks = view.model.index(0, Column.risks)
        seen.append((row.risks, view.risks_loading(), view.only_at_risk.isEnabled(), dashboard.at_risk_button.isEnabled(),
                     dashboard.chart.isVisibleTo(dashboard), dashboard.at_risk_label.text() == dashboard.tr("Loading…"),
                     bool(risks.data()), risks.data(Qt.ItemDataRole.DecorationRole) is not None))
    window.accounts_read.connect(loaded)
    window.show()
    qtbot.waitUntil(lambda: view.loaded and not window.is_loading())
    # First: the rows without their risks; nothing says "no risk" and nothing can be asked of them.
    assert seen[0] == (None, True, False, False, False, True, True, False)
    # Then the risks (a page without an administrator is at risk): the badge, the count, the chart.
    loaded()
    risks, loading, only_at_risk, at_risk_button, chart, says_loading, words, badge = seen[-1]
    assert "no_active_admin" in {risk.id for risk in risks}
    assert (loading, only_at_risk, at_risk_button, chart, says_loading, words, badge) == (
        False, True, True, True, False, False, True)


@pytest.mark.parametrize("language", ["en", "da"])
def test_at_the_default_size_the_people_leaving_show_every_column_whole(qtbot, open_at_default_size, language):
    """At 1280×800, in English and Danish, the dashboard's people leaving show whether their
    offboarding is started, and every other column, in full without sideways scrolling."""
    window = open_at_default_size(language, "Dashboard")
    panel = window.dashboard.leavers_panel
    qtbot.waitUntil(lambda: not panel.is_loading() and bool(panel.leavers))
    QApplication.processEvents()
    tree = panel.list
    assert not tree.horizontalScrollBar().isVisible()
    assert tree.header().length() <= tree.viewport().width()
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        for column in range(tree.columnCount()):
            cell = tree.visualItemRect(item)
            cell.setLeft(tree.header().sectionViewportPosition(column))
            cell.setWidth(tree.header().sectionSize(column))
            # the text as the cell lays it out (wrapped at its words), inside the cell
            needed = tree.fontMetrics().boundingRect(cell.adjusted(4, 0, -4, 0), Qt.TextFlag.TextWordWrap,
                                                     item.text(column))
            assert needed.width() <= cell.width() - 8 and needed.height() <= cell.height(), (item.text(column), cell)
            assert 0 <= cell.left() and cell.right() <= tree.viewport().width()
    bottom = panel.start_button.mapTo(window.dashboard, panel.start_button.rect().bottomLeft()).y()
    assert panel.start_button.isVisible() and bottom <= window.dashboard.height()


def test_the_dashboard_shows_the_policy_and_the_people_leaving_at_the_default_size(qtbot, sample, open_main_window):
    """At 1280×800 (the default), both the policy box and the people leaving are in sight
    without scrolling; the leavers' list is as tall as its few rows."""
    window = open_main_window(sample)
    window.resize(1280, 800)
    window.show_view("Dashboard")
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.leavers_panel.is_loading() and bool(dashboard.leavers_panel.leavers))
    QApplication.processEvents()
    viewport = dashboard.findChild(QScrollArea).viewport()
    for box in (dashboard.policy_box, dashboard.leavers_panel, dashboard.leavers_panel.start_button):
        assert box.isVisible()
        bottom = box.mapTo(viewport, box.rect().bottomLeft()).y()
        assert 0 < bottom <= viewport.height(), box


def test_the_risks_are_read_ahead_where_their_priority_cannot_be_lowered(qtbot, db, monkeypatch):
    """A system that refuses the lower priority (a sandbox) still gets the risks, never a read
    that waits for ever."""
    import os

    from accountregistry.gui.read_ahead import read_risks_ahead
    from accountregistry.services.account_list import read_risks, risks_by_id

    def refused(*_arguments):
        raise PermissionError(1, "Operation not permitted")

    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    monkeypatch.setattr(os, "setpriority", refused)
    ahead = read_risks_ahead(db)
    qtbot.waitUntil(ahead.done)
    assert risks_by_id(ahead.result()) == read_risks(db)


def test_the_rows_are_shown_before_the_other_views_are_made(qtbot, db, db_location, settings):
    """The table the user left open is filled first: the other views (and their modules) come
    after its rows, and are then made and filled as before."""
    from accountregistry.services.people import PersonInput, add_person

    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid.berg@nordlys.no"))
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    settings.setValue("window/view", "Accounts")
    window = MainWindow(settings=settings, location=db_location)
    qtbot.addWidget(window)
    rows_when_made = []  # (the view, the accounts table's rows then)
    window.pages.widgetAdded.connect(lambda at: rows_when_made.append(
        (window.pages.widget(at), window.accounts_view.model.rowCount())))
    with qtbot.waitSignal(window.opened, timeout=60_000):
        window.show()
    assert rows_when_made[0] == (window.accounts_view, 0)
    assert rows_when_made[1:] == [(window.dashboard, 1)]  # the others are made when first shown
    qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading(), timeout=60_000)
    assert window.dashboard.kind_counts[None].text() == "1"
    window.show_view("People")
    qtbot.waitUntil(lambda: window.people_view.model.rowCount() == 1, timeout=60_000)
    window.close()
    window.db.close()
