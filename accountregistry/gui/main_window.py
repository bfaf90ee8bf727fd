"""The main window: navigation between the views, what is remembered between sessions, and
loading the accounts off the GUI thread (100,000 of them take seconds to read)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from accountregistry import APP_NAME
from accountregistry.domain.errors import RegistryError
from accountregistry.gui.app import app_icon
from accountregistry.gui.dialogs.preferences import PreferencesDialog
from accountregistry.gui.tasks import Task, task_manager
from accountregistry.gui.views.accounts_view import AccountsView
from accountregistry.gui.views.dashboard_view import DashboardView
from accountregistry.gui.views.offboarding_view import OffboardingView
from accountregistry.gui.views.people_view import PeopleView
from accountregistry.services.account_list import AccountRow, load_account_rows, summarise
from accountregistry.services.demo import DemoSummary, fill_with_sample_organisation
from accountregistry.services.organisation import get_settings
from accountregistry.services.people import count_people
from accountregistry.store.database import Database

# The views' names are also their keys in the saved settings; shown translated.
VIEWS = (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
         QT_TRANSLATE_NOOP("MainWindow", "People"), QT_TRANSLATE_NOOP("MainWindow", "Offboarding"))


@dataclass(frozen=True)
class RegistryContents:
    organisation: str
    rows: list[AccountRow]
    people: int


def read_contents(db: Database) -> RegistryContents:
    return RegistryContents(organisation=get_settings(db).name, rows=load_account_rows(db),
                            people=count_people(db))


class MainWindow(QMainWindow):
    accounts_loaded = Signal()

    def __init__(self, db: Database, settings: QSettings | None = None):
        super().__init__()
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._reload_again = False
        self._empty = False
        self.loader = Task(self, success=self._show_contents, failure=self._loading_failed)
        # A refusal (the registry is not empty, say) is said in a message box: the task's default.
        self.sample_maker = Task(self, success=self._sample_created,
                                 finished=lambda: self.dashboard.welcome.sample_button.setEnabled(True))

        self.dashboard = DashboardView()
        self.accounts_view = AccountsView(db)
        self.people_view = PeopleView(db)
        self.offboarding_view = OffboardingView(db)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Views"))
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.navigation.setFont(font)
        row_height = QFontMetrics(font).height() + 16  # a comfortable target for a mouse and a finger
        self.pages = QStackedWidget()
        for number, (name, page) in enumerate(zip(VIEWS, (self.dashboard, self.accounts_view, self.people_view,
                                                          self.offboarding_view)), start=1):
            shown = QCoreApplication.translate("MainWindow", name)
            item = QListWidgetItem(shown)
            item.setToolTip(self.tr("{view} (Ctrl+{number})").format(view=shown, number=number))
            item.setSizeHint(QSize(0, row_height))
            self.navigation.addItem(item)
            self.pages.addWidget(page)
            switch = QAction(shown, self)
            switch.setShortcut(QKeySequence(f"Ctrl+{number}"))
            switch.triggered.connect(lambda _=False, at=number - 1: self.navigation.setCurrentRow(at))
            self.addAction(switch)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        width = max(self.navigation.sizeHintForColumn(0) + 40, 150)
        self.navigation.setMinimumWidth(100)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1100])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(self.tr("Database: {where}").format(where=db.describe()))
        self.database_label.setAccessibleName(self.tr("Database"))
        self.statusBar().addPermanentWidget(self.database_label)

        reload_action = QAction(self.tr("Reload"), self)
        reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        reload_action.triggered.connect(self.reload)
        self.addAction(reload_action)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.preferences_action = file_menu.addAction(self.tr("&Preferences…"))
        self.preferences_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences)
                                            if not QKeySequence(QKeySequence.StandardKey.Preferences).isEmpty()
                                            else QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.open_preferences)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)

        self.dashboard.create_sample_requested.connect(self.create_sample_organisation)
        self.dashboard.start_empty_requested.connect(self.start_empty)
        self.dashboard.show_at_risk_requested.connect(self._show_at_risk)
        self.dashboard.show_accounts_requested.connect(lambda: self.show_view("Accounts"))
        self.dashboard.import_requested.connect(self._import_from_dashboard)
        # An import may add people and end the empty registry's first steps: read it all again.
        self.accounts_view.imported.connect(self.reload)
        self.accounts_view.imported.connect(self.people_view.reload)
        self.accounts_view.accounts_changed.connect(self._update_dashboard)
        self.people_view.open_account.connect(self.accounts_view.open_account)
        # Names of holders and administrators show in the accounts table.
        self.people_view.changed.connect(self.reload)
        self.people_view.changed.connect(self.offboarding_view.refresh)
        self.people_view.changed.connect(self._refresh_leavers_panel)
        self.people_view.open_offboarding.connect(self.show_offboarding)
        # Ticking a handover item moves roles; starting or closing a case changes a person's status.
        self.offboarding_view.registry_changed.connect(self._offboarding_changed)
        self._wire_leavers_panel()

        self.resize(1280, 800)
        self._restore_settings()
        self.reload()

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

    def _offboarding_changed(self) -> None:
        self.people_view.reload()
        self.reload()
        self._refresh_leavers_panel()

    def _wire_leavers_panel(self) -> None:
        """The dashboard's "People leaving" panel reads this database and leads to the offboarding."""
        self.dashboard.leavers_panel.set_db(self.db)
        self.dashboard.leavers_panel.leaver_chosen.connect(self.show_leaver)

    def _refresh_leavers_panel(self) -> None:
        self.dashboard.leavers_panel.refresh()

    def _import_from_dashboard(self) -> None:
        self.show_view("Accounts")
        self.accounts_view.import_accounts()

    def open_preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    def _show_at_risk(self) -> None:
        self.accounts_view.show_only_at_risk()
        self.show_view("Accounts")

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the registry again, in a worker thread; the window stays usable meanwhile."""
        if self.is_loading():
            self._reload_again = True
            return
        self.statusBar().showMessage(self.tr("Loading the registry…"))
        db = self.db
        self.loader.start(lambda _progress: read_contents(db))

    def is_loading(self) -> bool:
        return self.loader.busy()

    def _show_contents(self, contents: RegistryContents) -> None:
        if self._reload_again:  # read before the change that asked again: read once more
            self._reload_again = False
            self.reload()
            return
        self._empty = not contents.rows and not contents.people
        self.accounts_view.set_rows(contents.rows)
        self._organisation, self._people = contents.organisation, contents.people
        self._update_dashboard(count_people=False)
        self.statusBar().clearMessage()
        if self._empty and self._offer_first_steps():
            self.show_view("Dashboard")
        self.accounts_loaded.emit()

    def _loading_failed(self, error: BaseException) -> None:
        self._reload_again = False
        self.statusBar().showMessage(self.tr("The registry could not be read."))
        if isinstance(error, RegistryError):  # a bug has had the crash dialog already
            QMessageBox.warning(self, APP_NAME, self.tr("The registry could not be read.\n\n{error}").format(
                error=error.sentence()))

    def _update_dashboard(self, *, count_people: bool = True) -> None:
        if count_people:
            self._people = count_people_safely(self.db, getattr(self, "_people", 0))
        self.dashboard.show_summary(getattr(self, "_organisation", ""), summarise(self.accounts_view.model.all_rows()),
                                    self._people, risks_computed=True,
                                    offer_first_steps=self._empty and self._offer_first_steps(),
                                    rows=self.accounts_view.model.all_rows())

    # --- first start ---------------------------------------------------------------------

    def _offer_first_steps(self) -> bool:
        return self.db.describe() not in self._started_empty()

    def _started_empty(self) -> list[str]:
        value = self.settings.value("firstSteps/startedEmpty", [])
        return [value] if isinstance(value, str) else list(value or [])

    def start_empty(self) -> None:
        self.settings.setValue("firstSteps/startedEmpty", [*self._started_empty(), self.db.describe()])
        self._update_dashboard(count_people=False)
        self.show_view("Accounts")

    def create_sample_organisation(self) -> None:
        if self.sample_maker.busy():
            return
        self.dashboard.welcome.sample_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Creating the sample organisation…"))
        db = self.db
        self.sample_maker.start(lambda _progress: fill_with_sample_organisation(db))

    def _sample_created(self, summary: DemoSummary) -> None:
        self.statusBar().showMessage(self.tr("Created {organisation}: {accounts} accounts and {people} people.").format(
            organisation=summary.organisation, accounts=summary.accounts, people=summary.people), 10_000)
        self.people_view.reload()
        self.offboarding_view.refresh()
        self._refresh_leavers_panel()
        self.reload()

    # --- remembered between sessions ------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.value("accounts/header")
        if header is not None:
            self.accounts_view.table.horizontalHeader().restoreState(header)
        view = self.settings.value("window/view", "Dashboard")
        self.show_view(view if view in VIEWS else "Dashboard")

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("accounts/header", self.accounts_view.table.horizontalHeader().saveState())
        self.settings.setValue("window/view", self.current_view())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        for window in list(self.accounts_view.detail_windows.values()):
            window.close()
        # Nothing may still be reading or writing once the database is closed after the window.
        self.hide()
        tasks = task_manager()
        tasks.cancel_all()
        tasks.wait_for_all()
        super().closeEvent(event)


def count_people_safely(db: Database, fallback: int) -> int:
    try:
        return count_people(db)
    except RegistryError:
        return fallback
