"""Consent: the register of ambassador consent, every holder's consent for their own profile,
filtered by what it says and exported as it is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountregistry.gui.accessibility import clear_button
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.file_folders import choose_file_to_save
from accountregistry.gui.tasks import Task
from accountregistry.gui.models import consent_model
from accountregistry.gui.models.consent_model import ConsentModel, ConsentRead, read_consent
from accountregistry.gui.widgets.record_table import record_table
from accountregistry.services.consent import ConsentLine, export_consent
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import line_edit, named, plain_label, push_button

# Fitting the columns to their contents looks at about a screenful of rows (the 60 it looked
# at took 65-100 ms on the GUI thread at 100k: a stall). Not 0 ("the rows on screen"): for a
# table not on screen, as when the user has moved on before the rows arrive, Qt then measures
# every row. No fitted column is wider than MAX_FITTED_WIDTH.
FIT_ROWS = 30
MAX_FITTED_WIDTH = 260


class ConsentView(QWidget):
    """Emits ``open_account`` with an account's id when a record is opened (double-click, Enter)."""

    open_account = Signal(int)

    # What the state filter offers: (shown text, which records).
    ALL, IN_FORCE, ENDED = consent_model.EVERY_RECORD, consent_model.IN_FORCE, consent_model.ENDED

    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.model = ConsentModel(self)
        self.loaded = False  # "Loading…" until the first read arrives
        self.fitted = False  # the columns are fitted once, when the first records arrive
        self.search = line_edit(self.tr("Filter by holder, profile, who asked or note"))
        self.search.setAccessibleName(self.tr("Filter consent records"))
        clear_button(self.search)
        self.state_filter = named(QComboBox(), self.tr("Show consent"))
        self.state_filter.addItems([self.tr("Every record"), self.tr("In force today"),
                                    self.tr("Withdrawn or refused")])
        self.export_button = push_button(self.tr("&Export shown…"), self.tr("Export the shown consent records"),
                                         self.export)
        self.summary = plain_label(self.tr("Loading…"), wrap=False)
        self.exported = QLabel()  # where the last export went
        self.exported.setTextFormat(Qt.TextFormat.PlainText)
        self.exported.setVisible(False)
        self.table = record_table(QTableView(), self.tr("Consent records"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)  # fitting a column looks at a screenful of rows
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as read: holder, profile, newest first
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.notice = plain_label(self.tr("Sharing company content on one's own profile is voluntary: a holder may "
                                          "withdraw consent at any time, and a withdrawal is always recorded."))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.state_filter, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.exported)

        self.export_button.setEnabled(False)
        self.search.textChanged.connect(self._filter)
        self.state_filter.currentIndexChanged.connect(self._filter)
        self.read = BackgroundRead(self, read_consent, self._show, arguments=lambda: (db, self.model.query))
        self.exporter = Task(self, success=self._exported)

    # -- reading ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.read.shown()
        self._fit_once()

    def reload(self) -> None:
        self.read.request_if_shown()

    def is_loading(self) -> bool:
        return self.read.busy()

    def _show(self, read: ConsentRead) -> None:
        self.model.set_read(read)
        self.loaded = True
        self._summarise()
        self._fit_once()

    def _fit_once(self) -> None:
        """The columns fitted to the first records, once the view is on screen (fitting asks a
        screenful of rows for their texts: 17 ms of the GUI thread at 100k, wasted on records that
        arrived after the user had moved on to another view)."""
        if self.model.total_count() and not self.fitted and self.isVisible():
            self.fitted = True
            QTimer.singleShot(0, self, self._fit_columns)  # in an event-loop turn of its own

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_FITTED_WIDTH))

    def shown_lines(self) -> list[ConsentLine]:
        return self.model.shown_lines()

    def _filter(self) -> None:
        self.model.set_filter(self.search.text(), self.state_filter.currentIndex())
        if self.loaded:
            self._summarise()

    def _summarise(self) -> None:
        shown = self.model.rowCount()
        self.summary.setText(self.tr("{shown} of {total} records; {in_force} in force today.").format(
            shown=shown, total=self.model.total_count(), in_force=self.model.in_force_count()))
        self.export_button.setEnabled(bool(shown))

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_account.emit(self.model.line_at(row).account_id)

    # -- exporting -----------------------------------------------------------

    def ask_save_path(self, suggested: str) -> str | None:
        """The seam tests replace: where to write the file; None when the user cancels."""
        return choose_file_to_save(self, self.tr("Export consent records"), suggested,
                                   self.tr("CSV files (*.csv);;All files (*)"))

    def export(self) -> None:
        path = self.ask_save_path(self.tr("consent-{day}.csv").format(day=date.today().isoformat()))
        if not path:
            return
        lines, db = self.shown_lines(), self.db
        self.exporter.start(lambda _progress: export_consent(db, path, lines))

    def _exported(self, result) -> None:
        path, rows = result
        self.exported.setText(self.tr("{rows} consent records written to {path}.").format(rows=rows, path=path))
        self.exported.setVisible(True)
