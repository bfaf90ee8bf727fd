"""People: who is in the registry, and for the selected person, what they hold and administer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountregistry import APP_NAME
from accountregistry.domain.errors import RegistryError
from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.gui.accessibility import clear_button
from accountregistry.gui.formatting import words
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.file_folders import choose_file_to_save
from accountregistry.gui.widgets.record_table import fill_table, read_only_table, record_table
from accountregistry.gui.models.people_model import PeopleModel, PeopleRead, read_people
from accountregistry.services.lookups import accounts_held_by, roles_of_person_on_accounts
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import holding, laid_out, line_edit, named, push_button

if TYPE_CHECKING:  # the dialogs (and the keyring, printing and PDFs behind them) once one is opened
    from accountregistry.gui.dialogs.anonymise import DueForAnonymisationDialog
    from accountregistry.gui.dialogs.person import PersonDialog
    from accountregistry.gui.dialogs.start_offboarding import StartOffboardingWizard


# Fitting the columns to their contents looks at about a screenful of rows (the 200 it looked
# at took 80-220 ms on the GUI thread at 100k: a stall). Not 0 ("the rows on screen"): for a
# table not on screen, as when the user has moved on before the rows arrive, Qt then measures
# every row. No fitted column is wider than MAX_FITTED_WIDTH.
FIT_ROWS = 30
MAX_FITTED_WIDTH = 220


class PeopleView(QWidget):
    """Emits ``open_account`` when the user opens an account from the person's tables, and
    ``open_offboarding`` with a case id once an offboarding is started for the selected person
    (or they already had one and the user asked to see it), and ``import_requested`` when the
    user asks to import people from HR (the main window chooses the file and shows the preview)."""

    open_account = Signal(int)
    open_offboarding = Signal(int)
    changed = Signal()
    import_requested = Signal()  # the user asked to import people from an HR file

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.model = PeopleModel(self)
        self.reader = BackgroundRead(self, read_people, self._people_read, arguments=lambda: (self.db, self.model.query))
        self._select_when_read: int | None = None
        # Column widths fitted to the people once, when the first of them arrive; widths the
        # user set (restored by the main window) are kept instead.
        self.widths_chosen = False
        self.person_dialog: PersonDialog | None = None
        self.offboarding_wizard: StartOffboardingWizard | None = None

        self.filter = line_edit(self.tr("Filter by name, email, department or title"))
        clear_button(self.filter)
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.status_filter = named(QComboBox(), self.tr("Employment status"))
        self.status_filter.addItem(self.tr("Everyone"), None)
        for status in EmploymentStatus:
            self.status_filter.addItem(words(status).capitalize(), status.value)
        self.add_button = push_button(self.tr("&Add person…"), self.tr("Add person"), self.add_person)
        self.edit_button = push_button(self.tr("&Edit person…"), self.tr("Edit person"), self.edit_person)
        self.edit_button.setEnabled(False)
        self.offboard_button = push_button(self.tr("Start &offboarding…"), self.tr("Start offboarding"),
                                           self.start_offboarding)
        self.offboard_button.setToolTip(self.tr("Start an offboarding for the selected person: their last working "
                                                "day, a successor, and the checklist of their accounts"))
        self.offboard_button.setEnabled(False)
        self.history_button = push_button(self.tr("Histor&y…"), self.tr("History"), lambda: self.open_history())
        self.history_button.setToolTip(self.tr("What is recorded about the selected person, newest first: changes, "
                                               "agreements with their signed scans, policy acknowledgements and "
                                               "consent"))
        self.history_button.setEnabled(False)
        self.history_windows: dict[int, QWidget] = {}
        self.import_button = push_button(self.tr("I&mport from HR…"), self.tr("Import people from HR"),
                                         self.import_requested)
        self.import_button.setToolTip(self.tr("Add and update people from an HR system's file, with a preview "
                                              "before anything is written; nobody is deleted"))
        # What the registry holds about people: an access request, anonymising, the retention list.
        self.privacy_button = push_button(self.tr("&Privacy"), self.tr("Privacy"))
        privacy = QMenu(self.privacy_button)
        self.export_data_action = privacy.addAction(self.tr("Export this person's data…"))
        self.export_data_action.setToolTip(self.tr("Everything the registry holds about the selected person, as a "
                                                   "PDF or JSON file (an access request)"))
        self.anonymise_action = privacy.addAction(self.tr("Anonymise this person…"))
        privacy.addSeparator()
        self.due_action = privacy.addAction(self.tr("People due for anonymisation…"))
        self.privacy_button.setMenu(privacy)
        self.export_data_action.triggered.connect(self.export_person_data)
        self.anonymise_action.triggered.connect(self.anonymise_person)
        self.due_action.triggered.connect(self.show_due_for_anonymisation)
        self.due_dialog: DueForAnonymisationDialog | None = None
        filter_label = QLabel(self.tr("F&ilter"))
        filter_label.setBuddy(self.filter)
        bar = laid_out(QHBoxLayout(), filter_label, (self.filter, 1), self.status_filter, self.add_button,
                       self.edit_button, self.offboard_button, self.history_button, self.import_button,
                       self.privacy_button)

        self.table = record_table(QTableView(), self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Fitting a column looks at a screenful of rows, not at 20,000.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.sectionResized.connect(self._width_chosen)
        self._fitting = False

        self.held = read_only_table([self.tr("Platform"), self.tr("Presence"), self.tr("Handle"),
                                     self.tr("Display name"), self.tr("Kind"), self.tr("Status")],
                                    self.tr("Accounts held"))
        self.roles = read_only_table([self.tr("Account"), self.tr("Role"), self.tr("Granted on"),
                                      self.tr("Revoked on"), self.tr("State"), self.tr("Reason")], self.tr("Roles"))
        self.held_box = QGroupBox(self.tr("Accounts held"))
        QVBoxLayout(self.held_box).addWidget(self.held)
        self.roles_box = QGroupBox(self.tr("Roles, active and past"))
        QVBoxLayout(self.roles_box).addWidget(self.roles)
        details = holding(self.held_box, self.roles_box)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter)

        self.filter.textChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.edit_person)
        self.held.itemActivated.connect(self._open_item)
        self.roles.itemActivated.connect(self._open_item)
        self._show_selected()

    # -- selection -----------------------------------------------------------

    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_at(rows[0].row()).id if len(rows) == 1 else None

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _filter_changed(self) -> None:
        chosen = self.selected_person_id()
        self.model.set_filter(self.filter.text(), self.status_filter.currentData())
        if chosen is not None:
            self.select_person(chosen)
        self._show_selected()

    def _show_selected(self) -> None:
        person_id = self.selected_person_id()
        self.edit_button.setEnabled(person_id is not None)
        self.history_button.setEnabled(person_id is not None)
        person = self.model.person_at(self.model.row_of(person_id)) if person_id is not None else None
        # Someone who has left is past offboarding; the risks list finds the roles they still hold.
        self.offboard_button.setEnabled(person is not None and person.employment_status != EmploymentStatus.left)
        self.export_data_action.setEnabled(person is not None)
        self.anonymise_action.setEnabled(person is not None and person.employment_status in (
            EmploymentStatus.left, EmploymentStatus.external))
        if person_id is None:
            self.held_box.setTitle(self.tr("Accounts held"))
            self.roles_box.setTitle(self.tr("Roles, active and past"))
            fill_table(self.held, [])
            fill_table(self.roles, [])
            return
        name = person.name
        held = accounts_held_by(self.db, person_id)
        self.held_box.setTitle(self.tr("Accounts held by {name} ({count})").format(name=name, count=len(held)))
        fill_table(self.held, [[a.platform_name, words(a.presence), a.handle, a.display_name,
                                words(a.kind) or self.tr("not known"), words(a.status)] for a in held],
                   [a.id for a in held])
        roles = roles_of_person_on_accounts(self.db, person_id)
        active = sum(1 for r in roles if r.active)
        self.roles_box.setTitle(self.tr("Roles of {name}: {active} active, {past} past").format(
            name=name, active=active, past=len(roles) - active))
        fill_table(self.roles, [[f"{r.platform_name} {r.display_name or r.handle}", words(r.role), r.granted_on,
                                 r.revoked_on, self.tr("active") if r.active else self.tr("revoked"), r.reason]
                                for r in roles],
                   [r.account_id for r in roles])

    def _open_item(self, item: QTableWidgetItem) -> None:
        account_id = item.data(Qt.ItemDataRole.UserRole)
        if account_id is not None:
            self.open_account.emit(int(account_id))

    # -- adding and editing -----------------------------------------------

    def add_person(self) -> None:
        self._run(None)

    def edit_person(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self._run(person_id)

    def open_history(self, person_id: int | None = None) -> QWidget | None:
        """The person's history in a window of its own (one per person, raised when open already)."""
        person_id = person_id if person_id is not None else self.selected_person_id()
        if person_id is None:
            return None
        window = self.history_windows.get(person_id)
        if window is None:
            from accountregistry.gui.dialogs.person_history import PersonHistoryWindow

            window = PersonHistoryWindow(self.db, person_id, self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_args, key=person_id: self.history_windows.pop(key, None))
            self.history_windows[person_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def start_offboarding(self) -> None:
        """The wizard, pre-filled with the selected person; window-modal and not blocking."""
        person_id = self.selected_person_id()
        if person_id is None:
            return
        from accountregistry.gui.dialogs.start_offboarding import StartOffboardingWizard

        wizard = StartOffboardingWizard(self.db, person_id, parent=self)
        self.offboarding_wizard = wizard
        wizard.finished.connect(lambda _result: self._after_offboarding_wizard(wizard))
        wizard.open()

    def _after_offboarding_wizard(self, wizard: StartOffboardingWizard) -> None:
        chosen = wizard.chosen_case_id()
        self.offboarding_wizard = None
        wizard.deleteLater()
        if wizard.case_id is not None:  # the person is now leaving
            self.reload()
            self.changed.emit()
        if chosen is not None:
            self.open_offboarding.emit(chosen)

    # -- privacy -------------------------------------------------------------

    def export_person_data(self, path: str | None = None) -> Path | None:
        """Everything held about the selected person: a PDF in the window's language, or JSON
        when the chosen name ends in .json."""
        person_id = self.selected_person_id()
        if person_id is None:
            return None
        if path is None:
            path = choose_file_to_save(self, self.tr("Export this person's data"), f"person-{person_id}.pdf",
                                       self.tr("PDF document (*.pdf);;JSON data (*.json)"))
            if not path:
                return None
        from accountregistry.gui.person_data_document import write_person_data_pdf
        from accountregistry.services.person_data import export_person_data, person_data

        try:
            if path.lower().endswith(".json"):
                target, _data = export_person_data(self.db, person_id, path)
            else:
                target = write_person_data_pdf(person_data(self.db, person_id), path)
        except RegistryError as error:
            QMessageBox.warning(self, APP_NAME, error.sentence())
            return None
        return target

    def anonymise_person(self) -> None:
        from accountregistry.gui.dialogs.anonymise import anonymise_with_confirmation

        person_id = self.selected_person_id()
        if person_id is not None and anonymise_with_confirmation(self.db, [person_id], self):
            self._select_when_read = person_id
            self.reload()
            self.changed.emit()

    def show_due_for_anonymisation(self) -> None:
        from accountregistry.gui.dialogs.anonymise import DueForAnonymisationDialog

        dialog = DueForAnonymisationDialog(self.db, self)
        self.due_dialog = dialog
        dialog.finished.connect(lambda _result: self._after_due_dialog(dialog))
        dialog.open()

    def _after_due_dialog(self, dialog: DueForAnonymisationDialog) -> None:
        self.due_dialog = None
        dialog.deleteLater()
        if dialog.changed:
            self.reload()
            self.changed.emit()

    def _run(self, person_id: int | None) -> None:
        """The person dialog, for a new person (None) or `person_id`; window-modal and
        non-blocking, so the people list stays readable behind it."""
        from accountregistry.gui.dialogs.person import PersonDialog

        self.person_dialog = dialog = PersonDialog(self.db, person_id, parent=self)
        dialog.finished.connect(lambda _result: self._after_dialog(dialog))
        dialog.open()

    def _after_dialog(self, dialog: PersonDialog) -> None:
        if dialog.saved_person_id is not None:
            self._select_when_read = dialog.saved_person_id
            self.reload()
            self.changed.emit()
        self.person_dialog = None
        dialog.deleteLater()

    def reload(self) -> None:
        """Read the people again, in the background (once shown, if hidden); the selection stays
        on the same person."""
        self.reader.request_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reader.shown()

    def is_loading(self) -> bool:
        return self.reader.busy()

    def _people_read(self, read: PeopleRead) -> None:
        chosen = self._select_when_read or self.selected_person_id()
        self._select_when_read = None
        self.model.set_people(read)
        if read.people and not self.widths_chosen:
            self.fit_columns()
        if chosen is not None:
            self.select_person(chosen)
        self._show_selected()

    def fit_columns(self) -> None:
        """Each column as wide as the first rows' contents, up to a limit: long titles must not
        push the counts off the screen; the full text is a drag away."""
        self._fitting = True
        try:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_FITTED_WIDTH))
        finally:
            self._fitting = False
        self.widths_chosen = True

    def _width_chosen(self, _column: int, _old: int, _new: int) -> None:
        # A width the user drags (the view's own fitting and stretching aside) is theirs to keep.
        if not self._fitting and self.table.horizontalHeader().isVisible() and self.model.total_count():
            self.widths_chosen = True
