"""Consent: the register of ambassador consent, every holder's consent for their own profile,
filtered by what it says and exported as it is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accountregistry.gui.accessibility import clear_button
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.tasks import Task
from accountregistry.gui.widgets.record_table import fill_table, read_only_table
from accountregistry.gui.widgets.consent_section import scope_text
from accountregistry.services.consent import ConsentLine, consent_lines, export_consent
from accountregistry.store.database import Database


def _matches(line: ConsentLine, words: list[str]) -> bool:
    text = " ".join(filter(None, (line.holder_name, line.holder_email, line.profile, line.url,
                                  line.asked_by_name, line.withdrawal_note))).casefold()
    return all(word in text for word in words)


class ConsentView(QWidget):
    """Emits ``open_account`` with an account's id when a record is opened (double-click, Enter)."""

    open_account = Signal(int)

    # What the state filter offers: (shown text, which records).
    ALL, IN_FORCE, ENDED = range(3)

    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.lines: list[ConsentLine] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by holder, profile, who asked or note"))
        self.search.setAccessibleName(self.tr("Filter consent records"))
        clear_button(self.search)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show consent"))
        self.state_filter.addItems([self.tr("Every record"), self.tr("In force today"),
                                    self.tr("Withdrawn or refused")])
        self.export_button = QPushButton(self.tr("&Export shown…"))
        self.export_button.setAccessibleName(self.tr("Export the shown consent records"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.exported = QLabel()  # where the last export went
        self.exported.setTextFormat(Qt.TextFormat.PlainText)
        self.exported.setVisible(False)
        self.table = read_only_table([self.tr("Holder"), self.tr("Profile"), self.tr("Given on"),
                                      self.tr("May be asked"), self.tr("Asked by"), self.tr("Withdrawn on"),
                                      self.tr("Note")], self.tr("Consent records"))
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.notice = QLabel(self.tr("Sharing company content on one's own profile is voluntary: a holder may "
                                     "withdraw consent at any time, and a withdrawal is always recorded."))
        self.notice.setWordWrap(True)

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

        self.search.textChanged.connect(self._fill)
        self.state_filter.currentIndexChanged.connect(self._fill)
        self.export_button.clicked.connect(self.export)
        self.read = BackgroundRead(self, lambda: consent_lines(db), self._show)
        self.exporter = Task(self, success=self._exported)

    # -- reading ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.read.shown()

    def reload(self) -> None:
        self.read.request_if_shown()

    def is_loading(self) -> bool:
        return self.read.busy()

    def _show(self, lines: list[ConsentLine]) -> None:
        self.lines = lines
        self._fill()

    def shown_lines(self) -> list[ConsentLine]:
        words = self.search.text().casefold().split()
        state, today = self.state_filter.currentIndex(), date.today()
        return [line for line in self.lines if _matches(line, words)
                and (state == self.ALL or (state == self.IN_FORCE) == line.in_force(today))]

    def _fill(self) -> None:
        shown = self.shown_lines()
        fill_table(self.table, [[line.holder_name or "—", line.profile, line.given_on, scope_text(line.scope),
                                 line.asked_by_name or "", line.withdrawn_on, line.withdrawal_note or ""]
                                for line in shown], [line.account_id for line in shown])
        today = date.today()
        self.summary.setText(self.tr("{shown} of {total} records; {in_force} in force today.").format(
            shown=len(shown), total=len(self.lines), in_force=sum(line.in_force(today) for line in self.lines)))
        self.export_button.setEnabled(bool(shown))

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_account.emit(item.data(Qt.ItemDataRole.UserRole))

    # -- exporting -----------------------------------------------------------

    def ask_save_path(self, suggested: str) -> str | None:
        """The seam tests replace: where to write the file; None when the user cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export consent records"), str(Path(folder) / suggested),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        return path or None

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
