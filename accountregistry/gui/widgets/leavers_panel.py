"""The dashboard's "People leaving" panel: who leaves within the next 30, 60 or 90 days with
accounts still unsettled (open checklist items or roles still held), soonest first.

Choosing a person (click, or Enter) emits ``leaver_chosen(person_id, case_id)``; case id 0
means nobody has started their offboarding yet. The main window's ``show_leaver`` takes it.
Who is leaving is read in the background (it looks at everyone's roles and checklists).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.formatting import format_date
from accountregistry.gui.models.offboarding_model import WrappingDelegate
from accountregistry.gui.tasks import failure_sentence
from accountregistry.services.leavers import DEFAULT_WINDOW, WINDOWS, Leaver, people_leaving
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import named, plain_label

PERSON_ROLE = Qt.ItemDataRole.UserRole
CASE_ROLE = Qt.ItemDataRole.UserRole + 1


# lupdate finds translate("LeaversPanel", "…") calls by that name.
translate = QCoreApplication.translate


def when_text(days: int) -> str:
    if days == -1:
        return translate("LeaversPanel", "yesterday")
    if days < 0:
        return translate("LeaversPanel", "{days} days ago").format(days=-days)
    if days == 0:
        return translate("LeaversPanel", "today")
    if days == 1:
        return translate("LeaversPanel", "tomorrow")
    return translate("LeaversPanel", "in {days} days").format(days=days)


def unsettled_text(leaver: Leaver) -> str:
    if leaver.unsettled_accounts == 1:
        parts = [translate("LeaversPanel", "1 account")]
    else:
        parts = [translate("LeaversPanel", "{count} accounts").format(count=leaver.unsettled_accounts)]
    if leaver.has_case:
        parts.append(translate("LeaversPanel", "1 open item") if leaver.open_items == 1 else
                     translate("LeaversPanel", "{count} open items").format(count=leaver.open_items))
    if leaver.active_roles:
        parts.append(translate("LeaversPanel", "1 role held") if leaver.active_roles == 1 else
                     translate("LeaversPanel", "{count} roles held").format(count=leaver.active_roles))
    return ", ".join(parts)


def _leaving_within(db: Database, days: int) -> tuple[int, list[Leaver]]:
    return days, people_leaving(db, within_days=days)


# The list shows this many leavers before it scrolls.
ROWS_SHOWN = 6


class LeaversPanel(QGroupBox):
    """Reads who is leaving when given a database, and again on ``refresh()`` (whenever the
    registry changed); ``is_loading()`` until it has shown what it read."""

    leaver_chosen = Signal(int, int)  # person id, case id (0: no offboarding started)

    def __init__(self, db: Database | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("People leaving"), parent)
        self.db = db
        self.leavers: list[Leaver] = []
        self.reader = BackgroundRead(self, _leaving_within, self._show, failure=self._failed,
                                     arguments=lambda: (self.db, self.within_days()))
        self.window_days = QComboBox()
        for days in WINDOWS:
            self.window_days.addItem(self.tr("in the next {days} days").format(days=days), days)
        self.window_days.setCurrentIndex(self.window_days.findData(DEFAULT_WINDOW))
        within = QLabel(self.tr("Leaving &within"))
        within.setBuddy(self.window_days)
        self.window_days.setAccessibleName(self.tr("Leaving within"))
        self.summary = plain_label()
        self.list = named(QTreeWidget(), self.tr("People leaving with accounts unsettled"))
        self.list.setHeaderLabels([self.tr("Person"), self.tr("Last day"), self.tr("Unsettled"),
                                   self.tr("Offboarding")])
        self.list.setRootIsDecorated(False)
        # The dashboard's left column is narrow (about 400 pixels at 1280×800): the day, what is
        # unsettled and whether the offboarding is started wrap at their words, never hidden
        # behind a sideways scroll.
        WrappingDelegate.install(self.list)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setToolTip(self.tr("Click a person, or press Enter, to see their offboarding"))
        header = self.list.header()
        # The name as wide as it is (never "F…"); the other columns share the rest.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_height())  # after the rows' new layout
        self.list.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())

        top = QHBoxLayout()
        top.addWidget(within)
        top.addWidget(self.window_days)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.start_button = QPushButton(self.tr("Start offboarding…"))
        self.read_only = False  # a login that may only read: no Start button
        self.start_button.setAccessibleName(self.tr("Start offboarding"))
        self.start_button.setToolTip(self.tr("Start the offboarding of the chosen person, who is recorded as "
                                             "leaving but has none yet"))
        self.start_button.clicked.connect(lambda: self._choose(self.list.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update_start())

        self.window_days.currentIndexChanged.connect(lambda _index: self.refresh())
        self.list.itemClicked.connect(lambda item, _column: self._choose(item))
        self.list.installEventFilter(self)  # Enter chooses the current person
        self.summary.setText(self.tr("Loading…"))
        self.list.setVisible(False)
        if db is not None:
            self.refresh()

    def set_db(self, db: Database) -> None:
        """Read this database from now on (the next refresh())."""
        self.db = db

    def within_days(self) -> int:
        return int(self.window_days.currentData())

    def refresh(self) -> None:
        """Read who is leaving again, in the background (once shown, if hidden)."""
        if self.db is not None:
            self.reader.request_if_shown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.db is not None:
            self.reader.shown()

    def is_loading(self) -> bool:
        return self.reader.busy()

    def _failed(self, error: BaseException) -> None:
        self.leavers = []
        self.list.clear()
        self.list.setVisible(False)
        self.summary.setText(failure_sentence(error))

    def _show(self, read: tuple[int, list[Leaver]]) -> None:
        days, self.leavers = read
        self.list.clear()
        for leaver in self.leavers:
            day = self.tr("{day} ({when})").format(day=format_date(leaver.last_working_day),
                                                   when=when_text(leaver.days_left))
            state = self.tr("started") if leaver.has_case else self.tr("no offboarding started")
            row = QTreeWidgetItem([leaver.name, day, unsettled_text(leaver), state])
            row.setData(0, PERSON_ROLE, leaver.person_id)
            row.setData(0, CASE_ROLE, leaver.case_id or 0)
            row.setToolTip(0, leaver.work_email or leaver.name)
            if leaver.days_left < 0:
                font = row.font(1)
                font.setBold(True)
                row.setFont(1, font)
            self.list.addTopLevelItem(row)
        if self.leavers:
            self.summary.setText(self.tr("{count} people leave within {days} days with accounts unsettled.").format(
                count=len(self.leavers), days=days) if len(self.leavers) != 1 else
                self.tr("1 person leaves within {days} days with accounts unsettled.").format(days=days))
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.summary.setText(self.tr("No one leaves within {days} days with anything unsettled.").format(
                days=days))
        self.list.setVisible(bool(self.leavers))
        self._fit_height()
        self._update_start()

    def _fit_height(self) -> None:
        """As tall as its rows (up to ROWS_SHOWN, then it scrolls): two leavers do not take the
        room of ten, so that what the dashboard shows below stays in sight."""
        shown = range(min(len(self.leavers), ROWS_SHOWN))
        rows = sum(self.list.sizeHintForRow(row) for row in shown) if self.leavers else \
            self.list.fontMetrics().height() + 8
        sideways = self.list.horizontalScrollBar()
        scrollbar = sideways.sizeHint().height() if sideways.maximum() > 0 else 0
        self.list.setFixedHeight(self.list.header().sizeHint().height() + rows + scrollbar
                                 + 2 * self.list.frameWidth())

    def _update_start(self) -> None:
        item = self.list.currentItem()
        self.start_button.setVisible(not self.read_only and any(not leaver.has_case for leaver in self.leavers))
        self.start_button.setEnabled(item is not None and not item.data(0, CASE_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._choose(self.list.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.leaver_chosen.emit(int(item.data(0, PERSON_ROLE)), int(item.data(0, CASE_ROLE)))
