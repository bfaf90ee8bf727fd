"""The main window: navigation between the views, what is remembered between sessions, and
reading the registry off the GUI thread, and showing what other people change in it.

The window's frame is put on screen before anything is read, and before the views, the
services and the database layer are even imported: `MainWindow(location=…)` shows its
navigation, menus and the last view's place at once, then imports and opens the registry in
the background (gui/tasks.py) and makes the views once it is open. Nothing that grows with the
registry, and no import beyond Qt's, runs on the GUI thread before the first paint. Then each
view reads what it shows in the background (gui/background_read.py, AccountsView.reload_rows)
and says "Loading…" until it arrives; F5 reads everything again the same way.
(`MainWindow(db)` makes the views at once, on an open registry: for tests and scripts.)

Other people's changes show without F5: every second the window asks a ChangeWatcher
(services/changes.py) whether anything was committed, and if so, which accounts, people or
offboardings it touched; those views read again in the background, keeping the selection, the
scroll position, the sort and the filter. An account window with unsaved edits is not reloaded
under the user: it says that someone else changed the account instead."""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QSize,
    QSocketNotifier,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accountregistry import APP_NAME, __version__
from accountregistry.domain.errors import RegistryError, ValidationError
from accountregistry.gui.app import QUIT, CHOOSE, app_icon, ask_after_refusal
from accountregistry.gui.file_folders import choose_file_to_open
from accountregistry.gui.tasks import (NEXT_TURN_MS, Progress, Task, failure_sentence, lower_priority,
                                       on_database_refusal, task_manager)

if TYPE_CHECKING:  # the views, services and store are imported once the frame is on screen
    from concurrent.futures import Future

    from accountregistry.gui.dialogs.about import AboutDialog
    from accountregistry.gui.dialogs.database_settings import DatabaseDialog
    from accountregistry.gui.dialogs.import_people import ImportPeopleDialog
    from accountregistry.gui.models.account_table import AccountsRead
    from accountregistry.gui.views.consent_view import ConsentView
    from accountregistry.gui.views.offboarding_view import OffboardingView
    from accountregistry.gui.views.people_view import PeopleView
    from accountregistry.services.changes import Changes, ChangeWatcher
    from accountregistry.services.demo import DemoSummary
    from accountregistry.services.organisation import SettingsInput
    from accountregistry.services.policy import PolicySummary
    from accountregistry.store.access import Permissions
    from accountregistry.store.database import Database

# The views' names are also their keys in the saved settings; shown translated.
VIEWS = (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
         QT_TRANSLATE_NOOP("MainWindow", "People"), QT_TRANSLATE_NOOP("MainWindow", "Offboarding"),
         QT_TRANSLATE_NOOP("MainWindow", "Consent"))
# Made the first time they are shown (or asked for); the accounts table and the dashboard, which
# the window keeps up to date, are made with the registry.
MADE_WHEN_SHOWN = ("People", "Offboarding", "Consent")


# How often the window asks whether someone else changed the registry: a look costs microseconds.
WATCH_INTERVAL_MS = 1000
# At start, the reads begin once the first rows are painted, or after this long at the latest.
READS_AFTER_MS = 500
# The account window's modules that hold Qt, imported ahead after the views' (MainWindow._read_the_rest),
# one to a turn. All in one turn once the table was read whole, with what they import from the
# core, they took 25-30 ms of the GUI thread, and the table's repaint (and an F5 then) waited.
ACCOUNT_WINDOW = ("accountregistry.gui.widgets.agreements_section", "accountregistry.gui.widgets.credentials_section",
                  "accountregistry.gui.dialogs.account_detail")
# What the views' modules (and the account window's) import from the core (Qt-free) that the
# opening has not: imported on a worker ahead of the modules themselves (accountregistry.services.*),
# which the GUI thread then imports in 3-16 ms each. The dashboard's alone took 30-45 ms.
VIEWS_CORE = {"Dashboard": ("leavers", "offboarding", "policy", "similar_accounts"), "Offboarding": ("agreements",),
              "account window": ("credentials", "reviews")}


@dataclass(frozen=True)
class RegistryFacts:
    """What the dashboard says beside the accounts' numbers."""

    organisation: str
    people: int
    permissions: Permissions  # what the login may do (a reader on a shared server: read)
    has_email_domains: bool = True
    overdue_items: int = 0
    departures: int = 0  # people just recorded as having left (the other views read them again)
    due_for_anonymisation: int = 0  # people past the retention period
    retention_months: int = 36
    policy: PolicySummary | None = None  # the social-media policy in force and who acknowledged it


def read_registry_facts(db: Database) -> RegistryFacts:
    from accountregistry.services.due_items import overdue_count
    from accountregistry.services.organisation import company_domains, get_settings
    from accountregistry.services.people import count_people, record_departures_where_allowed
    from accountregistry.services.policy import policy_summary
    from accountregistry.services.retention import count_due
    from accountregistry.store.access import permissions

    allowed = permissions(db)
    # Leavers whose last day has passed have left (rarely a write; a reader leaves it to others).
    departures = record_departures_where_allowed(db)
    settings = get_settings(db)
    overdue = overdue_count(db)
    return RegistryFacts(organisation=settings.name, people=count_people(db),
                         has_email_domains=bool(company_domains(settings)), overdue_items=overdue,
                         departures=departures,
                         due_for_anonymisation=count_due(db), retention_months=settings.retention_months,
                         permissions=allowed, policy=policy_summary(db))


@dataclass(frozen=True)
class OpenedRegistry:
    db: Database
    # The accounts table's first read, made before the other views' reads compete with it
    # (None if it failed: the view reads again, and says why).
    accounts: AccountsRead | None
    # Every account's risks, read beside it (gui/read_ahead.py).
    risks: Future
    # Watching for changes from just before that read: what another program commits while the
    # window starts is reported, not lost between the read and the window being on screen.
    watcher: ChangeWatcher

    def close(self) -> None:
        """The window closed while it opened: everything the opening holds let go, the registry last."""
        from accountregistry.store.early_read import close_unused

        self.watcher.close()
        close_unused()
        self.db.close()


def open_in_background(location: str | None, settings_file: str, settings_format: QSettings.Format,
                       first_view: str = "Accounts", progress: Progress = lambda _done, _total: True) -> OpenedRegistry:
    """The registry the window opens (worker thread): `location` (--db), else $ACCOUNTREGISTRY_DB,
    else the one chosen on File → Database…; then the accounts table's rows (the view the user
    most often comes back to, and the largest read), and what the views' modules import from the
    core (import_other_views): the modules themselves define Qt classes, imported on the GUI thread,
    the accounts view's while the rows are read (`progress` is called once, as the read begins)."""
    from accountregistry.store.early_read import started

    # The statements of the last start, read on the core the imports leave: in a child forked as the
    # program started (Linux), else the risks' on a thread of its own, not waited for at the end: the
    # file it names may be on a share that no longer answers, and opening it would never return.
    early = started(__version__)
    if early.child is None:
        threading.Thread(target=lambda: (lower_priority(), early.run()), name="early read", daemon=True).start()
    with contextlib.suppress(OSError):  # where versions before the cache folder kept them
        os.remove(os.path.splitext(settings_file)[0] + ".risks.json")
    from accountregistry.store.schema import open_database

    if location is None:
        from accountregistry.gui.database_choice import chosen_location, overridden

        if not overridden():
            location = chosen_location(QSettings(settings_file, settings_format))
    db = open_database(location)
    # Before the watcher starts: the window's own change is no news. A commit after the early rows
    # refuses them (so the risks are read ahead at once), as another registry does.
    if _record_departures_first(db) or not early.is_for(db.path):
        early.close()
    from accountregistry.gui.read_ahead import read_risks_ahead
    from accountregistry.services.changes import ChangeWatcher

    watcher = ChangeWatcher.from_now(db)
    risks = read_risks_ahead(db, early)  # beside all that follows, from importing the accounts view on
    from accountregistry.gui.models.account_table import EVERYTHING, AccountTable, read_accounts

    progress(1, 2)
    try:
        accounts = read_accounts(db, AccountTable.empty(), EVERYTHING, early=early)
    except RegistryError:
        accounts = None
    import_other_views((first_view,))
    __import__("accountregistry.services.lookups")  # the people pickers' (the views' first step reads people)
    return OpenedRegistry(db, accounts, risks, watcher)


def _open_in_bulk(*arguments) -> OpenedRegistry:
    """open_in_background with the collector held off and what it keeps frozen (bulk_work): its
    imports made a full pass here, up to 56 ms holding Python's lock with the window on screen."""
    from accountregistry.services.bulk_work import bulk_work  # after the first paint

    with bulk_work():
        return open_in_background(*arguments)


def import_other_views(views: tuple[str, ...] = VIEWS) -> None:
    """What the modules of `views` import from the core (worker thread), and nothing that holds
    Qt: a module that defines a Qt class has Shiboken make its type, signals and meta-object, and
    made on a worker while the GUI thread ran the event loop, that crashed the window (SIGSEGV,
    rarely, at start). The modules themselves are imported on the GUI thread, one to a turn."""
    for view in views:
        for service in VIEWS_CORE.get(view, ()):
            __import__(f"accountregistry.services.{service}")


def _record_departures_first(db: Database) -> int:
    """Leavers whose last working day has passed are recorded as left before anything is read,
    so that every view's first read shows them so. Recorded by the dashboard's facts read instead
    (as at each reload), the window's own change came back to it through the change watcher, and
    with more than a few people every view was read again whole (575 leavers among 100,000
    accounts: the whole registry read twice at start)."""
    from accountregistry.services.people import record_departures_where_allowed

    try:
        return record_departures_where_allowed(db)
    except RegistryError:
        return 0  # the facts read tries again, and says why


# Each view: the window's attribute, its module in gui/views and its class (made with the
# registry, but the dashboard).
_VIEW_CLASSES = {"Dashboard": ("dashboard", "dashboard_view", "DashboardView"),
                 "Accounts": ("accounts_view", "accounts_view", "AccountsView"),
                 "People": ("people_view", "people_view", "PeopleView"),
                 "Offboarding": ("offboarding_view", "offboarding_view", "OffboardingView"),
                 "Consent": ("consent_view", "consent_view", "ConsentView")}


def _view_module(view: str) -> str:
    return f"accountregistry.gui.views.{_VIEW_CLASSES[view][1]}"


def _make_style_options() -> None:
    """PySide makes a style option's Python type, and its enums, the first time Qt hands one to
    the style: 6-9 ms of the first account window's first paint. Made ahead, in a turn of its own."""
    for name in dir(QtWidgets):
        if name.startswith("QStyleOption"):
            getattr(QtWidgets, name)


class _FirstPaint(QObject):
    """Calls `then` once, right after the watched widget was first painted."""

    def __init__(self, watched: QWidget, then: Callable[[], object]):
        super().__init__(watched)
        self.then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # once this paint is over
        return False


class _Once:
    """What a step of the start waits for (MainWindow._take_steps, as for a Task): its
    `on_finished` is called the first time it is called."""

    on_finished: Callable[[], object] | None = None

    def __call__(self) -> None:
        then, self.on_finished = self.on_finished, None
        if then is not None:
            then()


class MainWindow(QMainWindow):
    accounts_read = Signal()  # after each read that brings counts (first rows, risks)
    opened = Signal()  # the registry is open and the views are made
    gave_up = Signal()  # the registry could not be opened and the user chose Quit

    def __init__(self, db: Database | None = None, settings: QSettings | None = None, *,
                 location: str | None = None, ask: Callable[[RegistryError], str] = ask_after_refusal):
        """On an open registry `db`, everything at once; without one, the frame first, then the
        registry at `location` (or the one chosen) opened in the background."""
        super().__init__()
        self.db: Database | None = None
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._empty = False
        self._facts: RegistryFacts | None = None
        self._first_steps_decided = False
        self.read_refusal: RegistryError | None = None  # why the last read failed
        self.retry_box: QMessageBox | None = None
        self.watcher = None  # a ChangeWatcher, once the window is on screen and the registry open
        self._closed = False  # closed: nothing starts any more (a first paint's follow-up may come after)
        self.socket_watch: QSocketNotifier | None = None  # PostgreSQL's notifications, once listening
        self.read_only = False
        self._made: dict[str, QWidget] = {}  # the views made, by name
        self._imports_due: list[str | Callable[[], object]] = []  # what the GUI thread imports next (_import_in_turns)
        self._importing: Task | None = None  # what they import from the core, on a worker before them
        self._make_frame()
        if db is not None:
            self._make_views(db)
            # The rest once the window is on screen (the people for the pickers are on their way).
            _FirstPaint(self.navigation.viewport(), self._start)
        else:
            self._location, self._ask = location, ask
            self.opener = Task(self, success=self._registry_opened, failure=self._registry_refused,
                               progress=lambda _done, _total: self._import_in_turns(_view_module("Accounts")))
            _FirstPaint(self.navigation.viewport(), self._open_registry)

    def _make_frame(self) -> None:
        """What is on screen from the first paint: the navigation, each view's place ("Loading…"),
        the menus and the status bar; Qt only."""
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Views"))
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.navigation.setFont(font)
        row_height = QFontMetrics(font).height() + 16  # a comfortable target for a mouse and a finger
        self.pages = QStackedWidget()
        for number, name in enumerate(VIEWS, start=1):
            shown = QCoreApplication.translate("MainWindow", name)
            item = QListWidgetItem(shown)
            item.setToolTip(self.tr("{view} (Ctrl+{number})").format(view=shown, number=number))
            item.setSizeHint(QSize(0, row_height))
            self.navigation.addItem(item)
            placeholder = QLabel(self.tr("Loading…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages.addWidget(placeholder)
            switch = QAction(shown, self)
            switch.setShortcut(QKeySequence(f"Ctrl+{number}"))
            switch.triggered.connect(lambda _=False, at=number - 1: self.navigation.setCurrentRow(at))
            self.addAction(switch)
        self.navigation.currentRowChanged.connect(self._show_page)
        width = max(self.navigation.sizeHintForColumn(0) + 40, 150)
        self.navigation.setMinimumWidth(100)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1100])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.database_label.setAccessibleName(self.tr("Database"))
        self.statusBar().addPermanentWidget(self.database_label)

        reload_action = QAction(self.tr("Reload"), self)
        reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        reload_action.triggered.connect(lambda: self.reload() if self.db is not None else None)
        self.addAction(reload_action)
        self._make_menus()
        self.resize(1280, 800)
        self._restore_settings()

    def _make_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.organisation_action = file_menu.addAction(self.tr("&Organisation settings…"))
        self.organisation_action.triggered.connect(self.open_organisation_settings)
        # The first start's ways to fill the registry, reachable after it was skipped.
        self.import_people_action = file_menu.addAction(self.tr("Import p&eople…"))
        self.import_people_action.triggered.connect(lambda: self.import_people())
        self.import_accounts_action = file_menu.addAction(self.tr("&Import accounts…"))
        self.import_accounts_action.triggered.connect(self._import_from_dashboard)
        self.policy_action = file_menu.addAction(self.tr("Social-media po&licy…"))
        self.policy_action.triggered.connect(self.open_policy)
        self.sample_action = file_menu.addAction(self.tr("Create the sa&mple organisation"))
        self.sample_action.setToolTip(self.tr("Fills an empty registry with an example organisation"))
        self.sample_action.triggered.connect(self.create_sample_organisation)
        file_menu.addSeparator()
        self.database_action = file_menu.addAction(self.tr("&Database…"))
        self.database_action.triggered.connect(self.open_database_settings)
        # A registry in a file moves to a shared server (there is nowhere to copy a server's to).
        self.copy_to_server_action = file_menu.addAction(self.tr("&Copy to a shared server…"))
        self.copy_to_server_action.triggered.connect(self.open_copy_to_server)
        self.copy_to_server_action.setVisible(False)  # shown once the registry is known to be a file
        self.preferences_action = file_menu.addAction(self.tr("&Preferences…"))
        self.preferences_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences)
                                            if not QKeySequence(QKeySequence.StandardKey.Preferences).isEmpty()
                                            else QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.open_preferences)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        # Help → About: where the data lives, how long it is kept, how to erase a person.
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self.help_menu.addAction(self.tr("&About Account Registry…"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        # What needs the registry waits for it.
        self._registry_actions = (self.organisation_action, self.import_people_action, self.import_accounts_action,
                                  self.policy_action, self.sample_action, self.about_action)
        for action in self._registry_actions:
            action.setEnabled(False)

    # --- opening the registry (without `db`) ---------------------------------------------

    def _open_registry(self) -> None:
        self.statusBar().showMessage(self.tr("Opening the registry…"))
        location, settings, first_view = self._location, self.settings, self.current_view()
        self.opener.start(lambda progress: _open_in_bulk(location, settings.fileName(), settings.format(),
                                                         first_view, progress))

    def _registry_opened(self, opened: OpenedRegistry) -> None:
        self.statusBar().clearMessage()
        if not self.isVisible():  # closed while it opened
            opened.close()
            return
        # Nothing reads while the views are made and the first rows shown, the start's longest
        # turns on the GUI thread: a read under way would hold Python's lock meanwhile.
        task_manager().hold_reads()
        # The views one to an event-loop turn, the one on screen first (all five in one turn
        # were 26–46 ms of the GUI thread), each view's module in a turn before it, the rows in
        # a turn of their own once the accounts view is made; the other views once what their
        # modules import from the core is imported, in the background.
        self._take_steps(self._view_steps(opened.db, opened), opened)

    def _take_steps(self, steps: list[Callable[[], object]], opened: OpenedRegistry) -> None:
        """The first of `steps` now, the rest each in a turn of its own; after a step that
        returns a Task or a _Once, once that has ended."""
        if self._closed and self.db is None:  # closed while its views were made (then the rows say so)
            opened.close()
            task_manager().release_reads()
            return
        try:
            waiting = steps.pop(0)()
        except BaseException:
            task_manager().release_reads()  # or no read would ever start
            raise
        if isinstance(waiting, (Task, _Once)):
            waiting.on_finished = lambda: self._take_steps(steps, opened)
        elif steps:
            QTimer.singleShot(NEXT_TURN_MS, lambda: self._take_steps(steps, opened))

    def _import_other_views(self, views: tuple[str, ...], reading: bool = False) -> Task:
        """What the other views' modules import from the core, in the background (a bug has had
        the crash dialog)."""
        importer = Task(self, failure=lambda _error: None, reading=reading)
        importer.start(lambda _progress: import_other_views(views))
        return importer

    def _import_in_turns(self, *modules: str | Callable[[], object]) -> None:
        """`modules`, which define Qt classes, imported on the GUI thread, one to an event-loop
        turn (3-16 ms each), or as short a step called; the window is loading until they are."""
        if not self._imports_due:
            QTimer.singleShot(NEXT_TURN_MS, self, self._import_next)
        self._imports_due += modules

    def _import_next(self) -> None:
        module = self._imports_due.pop(0)
        if not self._closed:
            module() if callable(module) else __import__(module)
        if self._imports_due:
            QTimer.singleShot(NEXT_TURN_MS, self, self._import_next)

    def _show_first_read(self, opened: OpenedRegistry) -> _Once:
        if opened.accounts is not None:
            self.accounts_view.show_read(opened.accounts, read_missing=False, risks_ahead=opened.risks)
        # The start goes on (the other views' modules, the views, then every other read) once
        # the accounts view, if it is the one on screen, has been painted with its rows (its
        # first paint is the start's other long turn on the GUI thread, and work under way would
        # hold Python's lock meanwhile); at the latest after READS_AFTER_MS, should the window
        # not be painted (minimised). Another view has no rows to paint yet (nothing would
        # repaint it): at the next turn.
        painted = _Once()
        if self.pages.currentWidget() is self.accounts_view:
            _FirstPaint(self.accounts_view.table.viewport(), painted)
            QTimer.singleShot(READS_AFTER_MS, painted)
        else:
            QTimer.singleShot(0, painted)
        return painted

    def _read_the_rest(self, accounts: AccountsRead | None, watcher: ChangeWatcher) -> None:
        try:
            if self._closed:
                watcher.close()
                return
            # The other reads first in line (the dashboard's facts among them), then the rows'
            # risks: the longest read.
            self._start(accounts=accounts is None, watcher=watcher)
            if accounts is not None:
                self.accounts_view.read_missing()
            # The modules of the views made when first shown (0.03-0.06 s of Python) and the
            # account window's after those reads, what they import from the core as a read taking
            # its turn: the dashboard and its numbers no longer wait for them.
            self._importing = importer = self._import_other_views((*MADE_WHEN_SHOWN, "account window"), reading=True)
            importer.on_finished = lambda: self._import_in_turns(*map(_view_module, MADE_WHEN_SHOWN), *ACCOUNT_WINDOW,
                                                                 _make_style_options)
        finally:
            task_manager().release_reads()  # the first in line starts: the dashboard's facts
        # The reads after it wait for the rows' risks too, the numbers' other half: beside them, the
        # leavers panel's read took Python's lock from them.
        self.accounts_view.loader.hold_reads_until_delivered()

    def _registry_refused(self, error: BaseException) -> None:
        """A refusal (the server does not answer, the password is wrong) is said with Retry, and
        Database… to choose another; Quit ends the program. A bug has had the crash dialog."""
        answer = self._ask(error) if isinstance(error, RegistryError) else QUIT
        if answer == QUIT:
            self.hide()  # not closed: the program ends with gave_up's exit code (app.run_window)
            self.gave_up.emit()
            return
        if answer == CHOOSE:
            from accountregistry.gui.dialogs.database_settings import DatabaseDialog

            DatabaseDialog(self.settings, self).exec()
        self._open_registry()

    # --- the views, on an open registry ---------------------------------------------------

    def _make_views(self, db: Database) -> None:
        """Every view at once (a registry given to the window)."""
        for step in self._view_steps(db):
            step()

    def _view_steps(self, db: Database, opened: OpenedRegistry | None = None) -> list[Callable[[], object]]:
        """Making the views, in steps of a few milliseconds each on the GUI thread: the
        registry's helpers, the view on screen, each other view, then what ties them together.
        With the registry's opening (`opened`), its rows are shown once the accounts view is
        made, and the views after the one on screen wait for their modules."""
        on_screen = self.pages.currentIndex()
        order = [at for at in sorted(range(len(VIEWS)), key=lambda at: at != on_screen)
                 if at == on_screen or VIEWS[at] not in MADE_WHEN_SHOWN]
        steps: list[Callable[[], object]] = [lambda: self._begin_views(db)]
        for at in order:
            steps.append(lambda at=at: __import__(_view_module(VIEWS[at])))
            steps.append(lambda at=at: self._make_view(at, db))
            if opened is not None and VIEWS[at] == "Accounts":
                steps.append(lambda: self._show_first_read(opened))
            if opened is not None and at == on_screen:
                steps.append(lambda: self._import_other_views(("Dashboard",)))  # the accounts view's came with the rows
        steps.append(lambda: self._finish_views(db))
        if opened is not None:
            steps.append(lambda: self._read_the_rest(opened.accounts, opened.watcher))
        return steps

    def _begin_views(self, db: Database) -> None:
        from accountregistry.gui.background_read import BackgroundRead
        from accountregistry.gui.widgets.person_picker import PeopleDirectory

        self.copy_to_server_action.setVisible(db.is_sqlite)
        on_database_refusal(self.database_refused)
        # The dashboard's numbers wait for it (and it is short): before the other reads waiting.
        self.facts = BackgroundRead(self, lambda: read_registry_facts(db), self._show_facts,
                                    failure=self._loading_failed, urgent=True)
        # Live updates: started once the window is on screen.
        self.change_reader = Task(self, success=self._show_changes, failure=self._changes_unread,
                                  finished=self._changes_read)
        self._look_again = False
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.look_for_changes)
        # A refusal (the registry is not empty, say) is said in a message box: the task's default.
        self.sample_maker = Task(self, success=self._sample_created,
                                 finished=lambda: self.dashboard.welcome.sample_button.setEnabled(True))

        # Everyone the dialogs' person pickers offer, read in the background from the start (a
        # picker made before that reads them on the GUI thread).
        self.people_directory = PeopleDirectory.of(db)
        self.people_directory.request()

    def _make_view(self, at: int, db: Database) -> None:
        """The view at `at` takes its place's; only the one on screen is shown (and reads at once)."""
        name, _module, class_name = _VIEW_CLASSES[VIEWS[at]]
        view = getattr(importlib.import_module(_view_module(VIEWS[at])), class_name)
        page = self._made[VIEWS[at]] = view() if name == "dashboard" else view(db)
        if VIEWS[at] not in MADE_WHEN_SHOWN:
            setattr(self, name, page)
        if name == "accounts_view":  # its columns as the user left them, before any row is painted
            self._restore_accounts_header()
        placeholder = self.pages.widget(at)
        if self.pages.currentWidget() is not placeholder:
            from accountregistry.gui.widgets.dialog_parts import out_of_sight

            out_of_sight(page, placeholder)
        self.pages.insertWidget(at, page)
        if self.pages.currentWidget() is placeholder:
            self.pages.setCurrentWidget(page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _finish_views(self, db: Database) -> None:
        from accountregistry.gui.widgets.audit_banner import AuditBanner
        from accountregistry.gui.widgets.notices import DomainsNotice, ReadOnlyNotice
        from accountregistry.store.access import Permissions

        self.db = db
        # Above everything, for a login that may only read: one banner saying why nothing can be changed.
        self.read_only_notice = ReadOnlyNotice()
        self.read_only_notice.clicked.connect(self.open_database_settings)
        self.column.insertWidget(0, self.read_only_notice)
        # And one shown only when the audit trail's check at start finds it broken.
        self.audit_banner = AuditBanner(db)
        self.column.insertWidget(1, self.audit_banner)
        self.permissions = Permissions()  # until the registry has been read
        self.database_label.setText(self.tr("Database: {where}").format(where=db.describe()))
        for action in self._registry_actions:
            action.setEnabled(True)

        self.dashboard.create_sample_requested.connect(self.create_sample_organisation)
        self.dashboard.start_empty_requested.connect(self.start_empty)
        self.dashboard.show_at_risk_requested.connect(self._show_at_risk)
        self.dashboard.show_accounts_requested.connect(lambda: self.show_view("Accounts"))
        self.dashboard.import_requested.connect(self._import_from_dashboard)
        self.dashboard.settings_requested.connect(self.open_organisation_settings)
        self.dashboard.welcome.organisation.entered.connect(self._save_first_organisation)
        self.dashboard.overdue_requested.connect(self._show_overdue)
        self.dashboard.anonymisation_requested.connect(self._show_due_for_anonymisation)
        self.dashboard.import_people_requested.connect(lambda: self.import_people())
        self.dashboard.policy_requested.connect(self.open_policy)
        # Above the accounts at risk, while the "Private login" rule cannot fire.
        self.risks_domains_notice = DomainsNotice()
        self.risks_domains_notice.clicked.connect(self.open_organisation_settings)
        self.accounts_view.add_notice(self.risks_domains_notice)
        self.accounts_view.only_at_risk.toggled.connect(lambda _checked: self._show_domains_notices())
        self._has_email_domains = True
        # An import may add people and end the empty registry's first steps: read it all again.
        self.accounts_view.imported.connect(self.reload)
        self.accounts_view.accounts_changed.connect(self._accounts_read)
        self._wire_leavers_panel()
        for name in MADE_WHEN_SHOWN:
            if name in self._made:  # the view on screen
                self._tie(name)
        self.dashboard.show_loading()
        if self.accounts_view.loaded:  # the first rows were shown before the views were tied together
            self._accounts_read()
        self._show_page(self.pages.currentIndex())  # chosen while the views were made
        self.opened.emit()

    # --- the views made when first shown ------------------------------------------------

    @property
    def people_view(self) -> PeopleView:
        return self._view("People")

    @property
    def offboarding_view(self) -> OffboardingView:
        return self._view("Offboarding")

    @property
    def consent_view(self) -> ConsentView:
        return self._view("Consent")

    def _view(self, name: str) -> QWidget:
        """The view, made now if it was not yet (it reads once it is on screen)."""
        if name not in self._made:
            self._make_view(VIEWS.index(name), self.db)
            self._tie(name)
        return self._made[name]

    def _show_page(self, at: int) -> None:
        if self.db is not None and VIEWS[at] in MADE_WHEN_SHOWN:
            self._view(VIEWS[at])
        self.pages.setCurrentIndex(at)

    def _tie(self, name: str) -> None:
        """A view made when first shown, tied to the window: its signals, its remembered columns,
        and what the login may do."""
        if name == "People":
            self.people_view.open_account.connect(self.accounts_view.open_account)
            # Names of holders and administrators show in the accounts table.
            self.people_view.changed.connect(self.reload)
            self.people_view.open_offboarding.connect(self.show_offboarding)
            self.people_view.import_requested.connect(lambda: self.import_people())
            self._restore_people_header()
        elif name == "Offboarding":
            # Ticking a handover item moves roles; starting or closing a case changes a person's status.
            self.offboarding_view.registry_changed.connect(self.reload)
        else:
            self.consent_view.open_account.connect(self.accounts_view.open_account)
        self.apply_permissions(self.permissions)  # a login that may only read: its editing controls go

    def _read_again(self, *names: str) -> None:
        """Those of the views `names` that are made read again (each once it is on screen); a view
        not made yet reads when it is first shown."""
        for name in names:
            view = self._made.get(name)
            if view is not None:
                (view.refresh if name == "Offboarding" else view.reload)()

    # --- views ---------------------------------------------------------------------------

    def show_view(self, name: str) -> None:
        self.navigation.setCurrentRow(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[max(self.navigation.currentRow(), 0)]

    def show_offboarding(self, case_id: int) -> None:
        """Show one offboarding (after it was started from the people view, say). The view reads
        the cases again as it is shown, or when it does not know the case yet; a case started
        came with the people view's ``changed``, which has the registry read again already."""
        self.show_view("Offboarding")
        self.offboarding_view.show_case(case_id)

    def show_leaver(self, person_id: int, case_id: int = 0) -> None:
        """For the dashboard's "People leaving" panel: the person's offboarding, or the wizard to
        start one when they have none (case id 0)."""
        self.show_view("Offboarding")
        if case_id:
            self.offboarding_view.show_case(case_id)
        else:
            self.offboarding_view.show_person(person_id)

    def _wire_leavers_panel(self) -> None:
        """The dashboard's "People leaving" panel reads this database and leads to the offboarding."""
        self.dashboard.leavers_panel.set_db(self.db)
        self.dashboard.leavers_panel.leaver_chosen.connect(self.show_leaver)

    def _import_from_dashboard(self) -> None:
        self.show_view("Accounts")
        self.accounts_view.import_accounts()

    def open_organisation_settings(self) -> bool:
        """The settings page; saved settings (name, domains, holidays) are read again at once."""
        from accountregistry.gui.dialogs.organisation_settings import OrganisationSettingsDialog

        saved = OrganisationSettingsDialog(self.db, self).exec() == OrganisationSettingsDialog.DialogCode.Accepted
        if saved:
            self.reload()
        return saved

    def open_policy(self):
        """The social-media policy register: versions, texts, acknowledgements (window-modal, not blocking)."""
        from accountregistry.gui.dialogs.policy_window import PolicyWindow

        self.policy_window = window = PolicyWindow(self.db, self)
        window.setWindowModality(Qt.WindowModality.WindowModal)
        window.changed.connect(self.reload)  # the dashboard's share and the risks
        window.finished.connect(window.deleteLater)
        window.show()
        return window

    def choose_people_file(self) -> str | None:
        """The seam tests replace: the HR file to import; None when the user cancels."""
        return choose_file_to_open(self, self.tr("Import people from HR"),
                                   self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)"))

    def import_people(self, path: str | None = None) -> ImportPeopleDialog | None:
        """The people import's preview (window-modal); the registry is read again once written."""
        from accountregistry.gui.dialogs.import_people import ImportPeopleDialog

        chosen = path or self.choose_people_file()
        if not chosen:
            return None
        dialog = ImportPeopleDialog(self.db, chosen, self)
        dialog.imported.connect(lambda _result: self.reload())
        dialog.open()
        return dialog

    def _save_first_organisation(self, data: SettingsInput) -> None:
        """The first start's organisation step, saved like the settings page."""
        from accountregistry.services.organisation import update_settings

        step = self.dashboard.welcome.organisation
        try:
            update_settings(self.db, data)
        except ValidationError as error:
            step.show_problems(error.sentences())
            return
        except RegistryError as error:
            step.show_problems({"": error.sentence()})
            return
        step.show_saved()
        self.reload()

    def _show_overdue(self):
        """Every overdue item of every offboarding (window-modal); an item opened is shown in its case."""
        from accountregistry.gui.dialogs.overdue_items import OverdueItemsDialog

        self.overdue_dialog = dialog = OverdueItemsDialog(self.db, self)
        dialog.item_chosen.connect(self._show_overdue_item)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_overdue_item(self, case_id: int, item_id: int) -> None:
        self.show_view("Offboarding")
        self.offboarding_view.show_case(case_id, item_id)

    def _show_domains_notices(self) -> None:
        missing = not self._has_email_domains
        self.dashboard.show_domains_missing(missing)
        self.risks_domains_notice.setVisible(missing and self.accounts_view.only_at_risk.isChecked())

    def _show_due_for_anonymisation(self) -> None:
        self.show_view("People")
        self.people_view.show_due_for_anonymisation()

    def about_text(self) -> str:
        """Where the data lives, how long it is kept, how a person is erased."""
        from accountregistry.logging_setup import log_directory
        from accountregistry.domain.pseudonyms import pseudonym
        from accountregistry.services.organisation import get_settings

        where = self.db.describe()
        return "\n\n".join([
            self.tr("Account Registry {version}: who owns which social media accounts, settled before anyone "
                    "leaves.").format(version=__version__),
            self.tr("Where the data lives: {where}. Secrets (passwords, recovery codes) are only in the operating "
                    "system's keyring. The log is in {log}.").format(
                where=where, log=log_directory()),
            self.tr("How long it is kept: what is kept about people who left is due for anonymisation once the "
                    "retention period has passed since their last working day ({months} months; File → "
                    "Organisation settings).").format(months=get_settings(self.db).retention_months),
            self.tr("How to erase a person: People → Privacy → Anonymise this person… (or People due for "
                    "anonymisation…). Their name becomes “{pseudonym}”, their email, title and manager "
                    "link are erased, a personal account of theirs leaves the registry, and the database file no "
                    "longer holds them. People → Privacy → Export this person's data… answers an access "
                    "request.").format(pseudonym=pseudonym(12)),
        ])

    def show_about(self) -> AboutDialog:
        """Help → About: the version, where the data lives and how long, the licence (window-modal)."""
        from accountregistry.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.about_text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def open_preferences(self) -> None:
        from accountregistry.gui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def open_database_settings(self) -> DatabaseDialog:
        """Where the registry is (used at the next start); window-modal, the window stays drawn."""
        from accountregistry.gui.dialogs.database_settings import DatabaseDialog

        dialog = DatabaseDialog(self.settings, self)
        dialog.open()
        return dialog

    def open_copy_to_server(self):
        from accountregistry.gui.dialogs.copy_to_server import CopyToServerDialog

        dialog = CopyToServerDialog(self.db, self.settings, self)
        dialog.open()
        return dialog

    def _show_at_risk(self) -> None:
        self.accounts_view.show_only_at_risk()
        self.show_view("Accounts")

    # --- loading -------------------------------------------------------------------------

    def _start(self, *, accounts: bool = True, watcher: ChangeWatcher | None = None) -> None:
        """Once the window is on screen: watch for changes (from now on, or with the watcher
        started before the registry's first read), then read everything (but the accounts, when
        they were read with the registry's opening). The reads take their turns (gui/tasks.py) in
        the order asked; the audit trail's check comes last."""
        from accountregistry.services.changes import ChangeWatcher

        if self._closed:  # closed before its first paint was over: a watcher now would never be closed
            return
        self.watcher = watcher or ChangeWatcher.from_now(self.db)
        self.watch_timer.start()
        self._watch_socket()
        self.reload(people_directory=False, accounts=accounts)  # the pickers' people are on their way already
        self.audit_banner.check()

    def _watch_socket(self) -> None:
        """On PostgreSQL the server notifies each change: look as soon as its socket is readable
        (the timer stays, for SQLite and for a listening connection lost and made again)."""
        descriptor = self.watcher.fileno() if self.watcher is not None else None
        current = self.socket_watch.socket() if self.socket_watch is not None else None
        if descriptor == current:
            return
        if self.socket_watch is not None:
            self.socket_watch.setEnabled(False)
            self.socket_watch.deleteLater()
            self.socket_watch = None
        if descriptor is not None:
            self.socket_watch = QSocketNotifier(descriptor, QSocketNotifier.Type.Read, self)
            self.socket_watch.activated.connect(self.look_for_changes)

    def look_for_changes(self) -> None:
        """Whether someone committed anything (cheap); if so, what, read in the background."""
        if self.watcher is None:
            return
        try:
            changed = self.watcher.changed()
        finally:
            self._watch_socket()  # the listening connection may have been made again
        if self.change_reader.busy():
            self._look_again = self._look_again or changed
            return
        if not (changed or self._look_again):
            return
        self._look_again = False
        watcher, last = self.watcher, self.watcher.last_event
        self.change_reader.start(lambda _progress: watcher.changes_since(last))

    def _show_changes(self, changes: Changes) -> None:
        if self.watcher is None:
            return
        self.watcher.last_event = max(self.watcher.last_event, changes.last_event)
        if changes.everything:
            self.reload()
            for window in list(self.accounts_view.detail_windows.values()):
                window.changed_elsewhere()
            return
        if changes.accounts:
            self.accounts_view.refresh_accounts(changes.accounts)
            for account_id, window in list(self.accounts_view.detail_windows.items()):
                if account_id in changes.accounts:
                    window.changed_elsewhere()
        if changes.people:
            self.facts.request()
            self._read_again("People")
            self.people_directory.request()
        if changes.offboarding:
            self._read_again("Offboarding")
            self.dashboard.leavers_panel.refresh()

    def _changes_unread(self, error: BaseException) -> None:
        # Said once in the status bar, not in a box every second; the next look tries again.
        self.statusBar().showMessage(self.tr("Other people's changes could not be read: {reason}").format(
            reason=failure_sentence(error)), 10_000)

    def _changes_read(self) -> None:
        if self._look_again:
            self.look_for_changes()

    def reload(self, *, people_directory: bool = True, accounts: bool = True) -> None:
        """Read the registry again (F5, and at the start), each view in the background; the
        window stays usable meanwhile and each view says "Loading…" until its part arrives."""
        self.read_refusal = None
        if accounts:
            self.accounts_view.reload_rows()
        self.facts.request()
        self._read_again(*MADE_WHEN_SHOWN)
        self.dashboard.leavers_panel.refresh()
        if people_directory:
            self.people_directory.request()

    def is_loading(self) -> bool:
        if self.db is None:
            return True  # the registry is being opened
        return any((self.accounts_view.is_loading(), self.facts.busy(), self.people_directory.busy(),
                    self._imports_due, self._importing and self._importing.busy(),
                    *(self._made[name].is_loading() for name in MADE_WHEN_SHOWN if name in self._made),
                    self.dashboard.leavers_panel.is_loading()))

    def wait_for_loading(self) -> None:
        """Until every read under way has been shown (for scripts; the window never waits)."""
        while self.is_loading():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            task_manager().pool.waitForDone(20)
        QApplication.processEvents()

    def _show_facts(self, facts: RegistryFacts) -> None:
        self._facts = facts
        if facts.departures:  # read alongside, the people and leavers may have missed them
            self._read_again("People", "Offboarding")
            self.dashboard.leavers_panel.refresh()
        self.apply_permissions(facts.permissions)
        self._has_email_domains = facts.has_email_domains
        self.dashboard.overdue_notice.show_count(facts.overdue_items)
        self.dashboard.anonymisation_notice.show_count(
            facts.due_for_anonymisation if facts.permissions.may("anonymise") else 0, facts.retention_months)
        self._show_domains_notices()
        self._update_dashboard()

    def _accounts_read(self) -> None:
        self._update_dashboard()
        self._read_again("Consent")  # an account's window may have recorded consent
        self.accounts_read.emit()

    def _loading_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("The registry could not be read."))
        if isinstance(error, RegistryError):  # a bug has had the crash dialog already
            self.database_refused(error)

    def database_refused(self, error: RegistryError) -> None:
        """A read or write the database refused (the server went away, a permission was taken
        back): its sentence, and Retry, which reads everything again. The window stays usable
        meanwhile; one box at a time, however many views were reading."""
        self.read_refusal = error
        self._update_dashboard()  # what it was still reading is not coming
        if self.retry_box is not None and self.retry_box.isVisible():
            self.retry_box.setInformativeText(error.sentence())
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, self.tr("The registry could not be read."),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(error.sentence())
        retry = box.addButton(self.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(retry)
        retry.clicked.connect(lambda: self.reload())
        self.retry_box = box
        box.open()

    def _update_dashboard(self) -> None:
        counts, facts, failed = self.accounts_view.counts, self._facts, self.read_refusal is not None
        if counts is None or facts is None:
            self.dashboard.show_loading(failed)
            return
        self._empty = counts.summary.accounts == 0 and facts.people == 0
        self.sample_action.setEnabled(self._empty)  # the sample goes into an empty registry only
        self.dashboard.show_summary(facts.organisation, counts.summary, facts.people,
                                    offer_first_steps=self._empty and self._offer_first_steps(),
                                    risk_counts=counts.risks, failed=failed)
        self.dashboard.show_policy(facts.policy)
        if not self._first_steps_decided:  # once the registry was first read
            self._first_steps_decided = True
            if self._empty and self._offer_first_steps():
                self.show_view("Dashboard")

    # --- a login that may only read ------------------------------------------------------

    def editing_controls(self) -> list:
        """Every button and action of the window that changes the registry (export stays), of the
        views made so far (one made later is given the same permissions, _tie)."""
        accounts, welcome = self.accounts_view, self.dashboard.welcome
        people, offboarding = self._made.get("People"), self._made.get("Offboarding")
        return [self.import_people_action, self.import_accounts_action, self.sample_action,
                accounts.register_button, accounts.archive_button, accounts.review_button, accounts.round_button,
                accounts.import_button, accounts.register_action, accounts.import_action, accounts.review_action,
                accounts.archive_action, self.policy_action,
                self.dashboard.policy_button, welcome.people_button, welcome.sample_button, welcome.import_button,
                self.dashboard.leavers_panel.start_button,
                *((people.add_button, people.edit_button, people.offboard_button) if people is not None else ()),
                *((offboarding.start_button, offboarding.change_day_button, offboarding.set_successor_button,
                   offboarding.done_button, offboarding.note_button, offboarding.waive_button,
                   offboarding.reopen_item_button, offboarding.close_button, offboarding.reopen_case_button,
                   offboarding.cancel_case_button, offboarding.confirmation_button)
                  if offboarding is not None else ())]

    def controls_for(self) -> dict[str, list]:
        """The window's buttons and actions by the action they need the login to be allowed
        (store.access.NEEDS); what is not listed needs only reading."""
        people = self._made.get("People")
        return {"edit": self.editing_controls(), "change_settings": [self.organisation_action],
                "anonymise": [people.anonymise_action, people.due_action] if people is not None else []}

    def apply_permissions(self, allowed: Permissions) -> None:
        """Hide what the login's role may not do (a view's own enabling cannot bring a hidden
        control back); a login that may not edit also gets the read-only banner."""
        self.permissions = allowed
        for action, controls in self.controls_for().items():
            if not allowed.may(action):
                for control in controls:
                    control.setVisible(False)
        if not allowed.may("edit") and not self.read_only:
            self.set_read_only()

    def set_read_only(self) -> None:
        """The login may read, not write: its editing controls go (a view's own enabling cannot
        bring a hidden one back), one banner says why; reading, searching and exports stay."""
        self.read_only = True
        self.dashboard.leavers_panel.read_only = True
        for control in self.editing_controls():
            control.setVisible(False)
        self.read_only_notice.show_login(self.db.actor)

    # --- first start ---------------------------------------------------------------------

    def _offer_first_steps(self) -> bool:
        return self.db.describe() not in self._started_empty()

    def _started_empty(self) -> list[str]:
        value = self.settings.value("firstSteps/startedEmpty", [])
        return [value] if isinstance(value, str) else list(value or [])

    def start_empty(self) -> None:
        self.settings.setValue("firstSteps/startedEmpty", [*self._started_empty(), self.db.describe()])
        self._update_dashboard()
        self.show_view("Accounts")

    def create_sample_organisation(self) -> None:
        if self.sample_maker.busy():
            return
        self.dashboard.welcome.sample_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Creating the sample organisation…"))
        from accountregistry.services.demo import fill_with_sample_organisation

        db = self.db
        self.sample_maker.start(lambda _progress: fill_with_sample_organisation(db))

    def _sample_created(self, summary: DemoSummary) -> None:
        self.statusBar().showMessage(self.tr("Created {organisation}: {accounts} accounts and {people} people.").format(
            organisation=summary.organisation, accounts=summary.accounts, people=summary.people), 10_000)
        self.reload()

    # --- remembered between sessions ------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        view = self.settings.value("window/view", "Dashboard")
        self.show_view(view if view in VIEWS else "Dashboard")

    def _restore_accounts_header(self) -> None:
        header = self.settings.value("accounts/header")
        if header is not None:
            self.accounts_view.table.horizontalHeader().restoreState(header)
            self.accounts_view.keep_columns_in_sight()

    def _restore_people_header(self) -> None:
        people_header = self.settings.value("people/header")
        if people_header is not None and self.people_view.table.horizontalHeader().restoreState(people_header):
            self.people_view.widths_chosen = True

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.db is not None:
            self._save_headers()
        self.settings.setValue("window/view", self.current_view())
        self.settings.sync()

    def _save_headers(self) -> None:
        self.settings.setValue("accounts/header", self.accounts_view.table.horizontalHeader().saveState())
        people = self._made.get("People")
        if people is not None and people.widths_chosen:
            self.settings.setValue("people/header", people.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.save_settings()
        if self.db is not None:
            for window in list(self.accounts_view.detail_windows.values()):
                window.close()
            self.watch_timer.stop()
        # Nothing may still be reading or writing once the database is closed after the window.
        if self.socket_watch is not None:
            self.socket_watch.setEnabled(False)
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        self.hide()
        tasks = task_manager()
        tasks.cancel_all()
        tasks.wait_for_all()
        super().closeEvent(event)

