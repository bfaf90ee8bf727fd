"""Offboarding: HR's cases grouped as upcoming, overdue, closed and cancelled, and the selected
case's checklist grouped by account, ticked and waived in place, until every account is settled.

Every change goes through services.offboarding; the view only shows the case again as stored.
Ticking a handover item moves roles in the registry, so the view emits ``registry_changed``
after each change for the main window to reload the accounts and people.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.errors import NotFound, RegistryError
from accountregistry.domain.vocabulary import CaseStatus, ItemStatus
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.dialogs.offboarding_prompts import LastDayDialog, ReasonDialog
from accountregistry.gui.file_folders import choose_file_to_save, file_name_part
from accountregistry.gui.formatting import format_date, format_datetime, words
from accountregistry.gui.messages import message_colours, show_message
from accountregistry.gui.models.offboarding_model import (
    CASE_ID_ROLE,
    CaseListModel,
    ChecklistModel,
    ProgressDelegate,
    WrappingDelegate,
    blocker_text,
    progress_text,
    remaining_text,
    short_progress_text,
    status_column_texts,
)
from accountregistry.gui.tasks import Task, failure_sentence
from accountregistry.gui.widgets.date_field import date_in_words
from accountregistry.gui.widgets.leavers_panel import LeaversPanel
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services import agreements, offboarding
from accountregistry.services.lookups import person_names
from accountregistry.services.leavers import (
    RegistryPerson,
    assigned_to_actor,
    handover_record,
    person_for_actor,
)
from accountregistry.services.offboarding import CaseNotSettled, CaseSummary, ItemView, SuccessorRequired
from accountregistry.services.organisation import get_settings
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import chain_tab_order, named, plain_label, push_button

if TYPE_CHECKING:  # printing, the documents, the calendar and the wizard once they are asked for
    from PySide6.QtPrintSupport import QPrinter

    from accountregistry.gui.dialogs.start_offboarding import StartOffboardingWizard


def banner(parent: QWidget, name: str) -> tuple[QFrame, QLabel, QLabel]:
    """A framed box with a bold heading and plain-text lines: blockers, a refused close."""
    box = named(QFrame(parent), name)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    heading = plain_label(wrap=False, bold=True)
    lines = plain_label(selectable=True)
    lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    # Every line is kept (the user must see exactly what remains), but a long list scrolls
    # instead of squeezing the checklist away.
    scroller = QScrollArea()
    scroller.setWidget(lines)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # A Tab stop, so that a long list scrolls with the keyboard too: named, and framed while it
    # has the focus (a frameless scroll area shows no focus of its own).
    scroller.setAccessibleName(name)
    scroller.setStyleSheet("QScrollArea { border: 1px solid transparent; }"
                           " QScrollArea:focus { border: 1px solid palette(highlight); }")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(2)
    layout.addWidget(heading)
    layout.addWidget(scroller)
    box.setVisible(False)
    return box, heading, lines


def fit_banner(lines: QLabel) -> None:
    """The banner's scroll area as tall as its lines, up to eight lines; more scroll."""
    scroller = lines.parentWidget().parentWidget()  # label -> viewport -> scroll area
    width = max(scroller.viewport().width(), scroller.width(), 300) - 4
    wanted = lines.heightForWidth(width)
    limit = lines.fontMetrics().lineSpacing() * 8 + 4
    scroller.setFixedHeight(min(max(wanted, lines.fontMetrics().lineSpacing()) + 4, limit))


@dataclass(frozen=True)
class OffboardingsRead:
    me: RegistryPerson | None  # who the user is in the registry ("Assigned to me")
    cases: list[CaseSummary]


def read_offboardings(db: Database) -> OffboardingsRead:
    return OffboardingsRead(person_for_actor(db, db.actor), offboarding.cases(db))


class OffboardingView(QWidget):
    registry_changed = Signal()  # roles, holders or a person's employment status changed
    file_written = Signal(str)  # the path of a CSV or PDF file written, or of the printer
    file_failed = Signal(str)  # the sentence said

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.case_id: int | None = None
        self.summary: CaseSummary | None = None
        self.status: CaseStatus | None = None
        self.case_items: list[ItemView] = []
        self.me: RegistryPerson | None = None
        self.wizard: StartOffboardingWizard | None = None
        self.prompt = None  # the open ReasonDialog or LastDayDialog, for tests and for keeping it alive
        # Files are written off the GUI thread: one on a network drive or a printer may take its time.
        self.writer = Task(self, success=self._written, failure=self._writing_failed,
                           finished=self._update_file_buttons)
        self._written_said = ""  # what is said once the file is written, with {path}

        # --- the cases -----------------------------------------------------------------------
        self.start_button = push_button(self.tr("&Start offboarding…"), self.tr("Start offboarding"),
                                        lambda: self.start_offboarding(),
                                        tip=self.tr("Start an offboarding for someone who is leaving (Ctrl+N)"))
        self.cases_model = CaseListModel(self)
        self.cases = QTreeView()
        self.cases.setModel(self.cases_model)
        self.cases.setAccessibleName(self.tr("Offboardings"))
        self.cases.setItemDelegateForColumn(2, ProgressDelegate(self.cases))
        self.cases.setRootIsDecorated(False)
        self.cases.setItemsExpandable(False)
        self.cases.setUniformRowHeights(True)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.cases.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        # The bar as wide as a usual short form ("0/14, 7 overdue"; the words when they fit, and
        # always in the tooltip): the checklist beside the list needs the room more (at 1280
        # pixels its titles wrapped to 4-6 lines beside a 380-pixel list).
        metrics = self.cases.fontMetrics()
        header.resizeSection(2, metrics.horizontalAdvance(short_progress_text(0, 14, 7)) + 24)
        cases_label = QLabel(self.tr("&Cases"))
        cases_label.setBuddy(self.cases)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_top = QHBoxLayout()
        left_top.addWidget(cases_label)
        left_top.addStretch(1)
        left_top.addWidget(self.start_button)
        left_layout.addLayout(left_top)
        left_layout.addWidget(self.cases, 1)

        # --- the case ------------------------------------------------------------------------
        self.heading = plain_label(wrap=False, bold=True, scale=1.4)
        self.case_status = plain_label()

        self.last_day = plain_label(wrap=False)
        self.change_day_button = push_button(self.tr("Change las&t day…"), self.tr("Change the last working day"),
                                             self.change_last_day)
        day_row = QHBoxLayout()
        day_row.addWidget(self.last_day, 1)
        day_row.addWidget(self.change_day_button)
        self.successor = PersonPicker(db)
        self.successor.set_placeholder(self.tr("Not chosen yet: type a name or email"))
        self.set_successor_button = push_button(self.tr("Set s&uccessor"), self.tr("Set successor"), self.set_successor)
        self.set_successor_button.setToolTip(self.tr("Open items for the successor follow the new choice; "
                                                     "an empty field clears it."))
        successor_row = QHBoxLayout()
        successor_row.addWidget(self.successor, 1)
        successor_row.addWidget(self.set_successor_button)
        self.successor_message = plain_label(hidden=True)
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.day_caption = QLabel(self.tr("Last working day:"))
        facts.addRow(self.day_caption, day_row)
        successor_label = QLabel(self.tr("Succ&essor:"))
        successor_label.setBuddy(self.successor)
        self.successor.setAccessibleName(self.tr("Successor"))
        facts.addRow(successor_label, successor_row)
        facts.addRow("", self.successor_message)
        facts.setRowVisible(self.successor_message, False)  # no empty gap while there is nothing to say
        self.facts = facts

        self.blockers_box, self.blockers_heading, self.blockers_text = banner(self, self.tr("Blockers"))
        self.refusal_box, self.refusal_heading, self.refusal_text = banner(
            self, self.tr("Why the offboarding cannot be closed"))
        self.notice = plain_label(hidden=True)

        self.mine = named(QCheckBox(self.tr("Assigned to &me")), self.tr("Only items assigned to me"))
        checklist_label = QLabel(self.tr("Chec&klist"))
        self.items_model = ChecklistModel(self)
        self.items = QTreeView()
        self.items.setModel(self.items_model)
        checklist_label.setBuddy(self.items)
        self.items.setAccessibleName(self.tr("Checklist"))
        self.items.setAccessibleDescription(self.tr("Space ticks the current item done, or reopens a settled one."))
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setAllColumnsShowFocus(True)
        items_header = self.items.header()
        items_header.setStretchLastSection(False)
        items_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The status as wide as its usual words ("Open, overdue"; a group's "12 of 16 settled").
        status_width = max(metrics.horizontalAdvance(text) for text in status_column_texts()) + 24
        for column, width in ((1, 170), (2, 90), (3, status_width)):
            items_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            items_header.resizeSection(column, width)
        WrappingDelegate.install(self.items)
        checklist_row = QHBoxLayout()
        checklist_row.addWidget(checklist_label)
        checklist_row.addStretch(1)
        checklist_row.addWidget(self.mine)
        self.item_details = plain_label(selectable=True)
        self.item_details.setMinimumHeight(self.item_details.fontMetrics().lineSpacing() * 3)
        self.item_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.done_button = push_button(self.tr("&Done"), self.tr("Done"), lambda: self.complete_current(),
                                       tip=self.tr("Tick the current item done (Space in the checklist)"))
        self.note_button = push_button(self.tr("Done with &note…"), self.tr("Done with a note"),
                                       self.complete_current_with_note)
        self.waive_button = push_button(self.tr("&Waive…"), self.tr("Waive"), self.waive_current,
                                        tip=self.tr("Settle the item without doing it; a reason is required"))
        self.reopen_item_button = push_button(self.tr("Re&open item…"), self.tr("Reopen item"), self.reopen_current)
        self.close_button = push_button(self.tr("C&lose case"), self.tr("Close case"), self.close_case,
                                        tip=self.tr("Close the offboarding once every item is settled and the "
                                                    "leaver holds no role"))
        self.reopen_case_button = push_button(self.tr("&Reopen case…"), self.tr("Reopen case"), self.reopen_case)
        self.cancel_case_button = push_button(self.tr("Cancel c&ase…"), self.tr("Cancel case"), self.cancel_case,
                                              tip=self.tr("The person stays after all; the case is kept, marked "
                                                          "cancelled"))
        self.export_button = push_button(self.tr("E&xport CSV…"), self.tr("Export CSV"), self.export_csv)
        self.calendar_button = push_button(self.tr("Calendar f&ile…"), self.tr("Calendar file"), self.save_calendar,
                                           tip=self.tr("Save the open items as an iCalendar file (.ics), one all-day "
                                                       "event each; saved again, a calendar updates them instead of "
                                                       "adding them twice"))
        self.print_button = push_button(self.tr("&Print…"), self.tr("Print"), self.print_checklist)
        self.pdf_button = push_button(self.tr("Sa&ve as PDF…"), self.tr("Save as PDF"), self.save_pdf)
        self.handover_button = push_button(self.tr("Handover confirmation…"), self.tr("Handover confirmation"),
                                           self.save_handover_confirmation,
                                           tip=self.tr("A PDF listing every account with its outcome, for the "
                                                       "leaver and the company to sign"))
        self.confirmation_button = push_button(self.tr("Record si&gned confirmation…"),
                                               self.tr("Record signed confirmation"), self.record_confirmation,
                                               tip=self.tr("Record who signed the handover confirmation, when and "
                                                           "how, with a signed scan if there is one"))
        item_row = QHBoxLayout()
        for made in (self.done_button, self.note_button, self.waive_button, self.reopen_item_button):
            item_row.addWidget(made)
        item_row.addStretch(1)
        case_row = QHBoxLayout()
        for made in (self.close_button, self.reopen_case_button, self.cancel_case_button, self.confirmation_button):
            case_row.addWidget(made)
        case_row.addStretch(1)
        # The case's documents on a row of their own: beside the case's buttons they made the
        # window wider than a 1280-pixel screen in Danish.
        files_row = QHBoxLayout()
        for made in (self.export_button, self.calendar_button, self.print_button, self.pdf_button,
                     self.handover_button):
            files_row.addWidget(made)
        files_row.addStretch(1)

        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.heading)
        case_layout.addWidget(self.case_status)
        case_layout.addLayout(facts)
        case_layout.addWidget(self.blockers_box)
        case_layout.addWidget(self.refusal_box)
        case_layout.addWidget(self.notice)
        case_layout.addLayout(checklist_row)
        case_layout.addWidget(self.items, 1)
        case_layout.addWidget(self.item_details)
        case_layout.addLayout(item_row)
        case_layout.addLayout(case_row)
        case_layout.addLayout(files_row)

        self.empty_hint = plain_label(self.tr("Choose an offboarding from the list, or start one for someone who is "
                                              "leaving. The checklist is made from the accounts they hold and "
                                              "administer."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Who is leaving soon with accounts unsettled: where most offboardings start.
        self.leavers = LeaversPanel()
        self.leavers.set_db(db)  # read when shown, with the cases
        self.leavers.leaver_chosen.connect(self._leaver_chosen)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addWidget(self.leavers)
        empty_layout.addStretch(1)
        self.right = QStackedWidget()
        self.right.addWidget(empty_page)
        self.right.addWidget(case_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self._case_list_width(), 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        chain_tab_order([self.cases, self.start_button, self.change_day_button, self.successor,
                         self.set_successor_button, self.mine, self.items, self.done_button, self.note_button,
                         self.waive_button, self.reopen_item_button, self.close_button, self.reopen_case_button,
                         self.cancel_case_button, self.confirmation_button, self.export_button, self.print_button,
                         self.pdf_button, self.handover_button])
        # The banners' lists where they show: after the successor, before the checklist.
        blockers, refusal = (lines.parentWidget().parentWidget() for lines in (self.blockers_text, self.refusal_text))
        chain_tab_order([self.set_successor_button, blockers, refusal, self.mine])

        # Window-wide while this view is shown (a hidden widget's shortcuts are inactive).
        start = QAction(self.tr("Start offboarding"), self)
        start.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        start.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        start.triggered.connect(lambda: self.start_offboarding())
        self.addAction(start)

        self.cases.selectionModel().currentRowChanged.connect(self._case_chosen)
        self.items.selectionModel().currentRowChanged.connect(lambda *_: self._update_item_actions())
        self.items_model.tick_requested.connect(self._tick)
        self.mine.toggled.connect(lambda _on: self._show_items())
        self.reader = BackgroundRead(self, read_offboardings, self._offboardings_read, arguments=lambda: (self.db,))
        self._show_when_read: int | None = None
        self._item_when_shown: int | None = None  # show_case's item, chosen once its case is shown

    # --- reading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Roles granted or people changed elsewhere change the cases: read them again.
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the cases (and who the user is) again in the background, keeping the choice;
        while the view is hidden, when it is shown next."""
        self.reader.request_if_shown()

    def is_loading(self) -> bool:
        return self.reader.busy() or self.leavers.is_loading()

    def _offboardings_read(self, read: OffboardingsRead) -> None:
        self.me = read.me
        self._update_mine_hint()
        self._show_cases(read.cases)
        wanted, self._show_when_read = self._show_when_read, None
        if wanted is not None and wanted in self.cases_model.summaries:
            self.show_case(wanted)
        elif self.case_id is not None and self.case_id in self.cases_model.summaries:
            self._load_case()
        else:
            self.case_id = None
            self.right.setCurrentIndex(0)
            self.leavers.refresh()

    def _span_group_rows(self) -> None:
        # A group's name ("Upcoming (3)", longer in Swedish) reads across the row, never cut off
        # by the name column; its other cells are empty.
        for row in range(self.cases_model.rowCount()):
            self.cases.setFirstColumnSpanned(row, QModelIndex(), True)

    def _leaver_chosen(self, person_id: int, case_id: int) -> None:
        if case_id:
            self.show_case(case_id)
        else:
            self.start_offboarding(person_id)

    def show_case(self, case_id: int, item_id: int | None = None) -> None:
        """Show the case (with that item chosen); one this view does not know yet is shown once
        the cases are read again."""
        if item_id is not None:
            self._item_when_shown = item_id
        if case_id not in self.cases_model.summaries:
            self._show_when_read = case_id
            self.reader.request()
            return
        self.case_id = case_id
        self._select_case_row(case_id)
        self._clear_messages()
        self._load_case()

    def show_person(self, person_id: int) -> None:
        """The person's offboarding (open, else the latest), or the wizard to start one."""
        try:
            case = offboarding.case_for_person(self.db, person_id)
        except NotFound:
            self.start_offboarding(person_id)
            return
        self.show_case(case.id)

    def _select_case_row(self, case_id: int) -> None:
        index = self.cases_model.index_of_case(case_id)
        if index.isValid():
            self.cases.selectionModel().blockSignals(True)
            self.cases.setCurrentIndex(index)
            self.cases.selectionModel().blockSignals(False)
            self.cases.scrollTo(index)

    def _case_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.siblingAtColumn(0).data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is None or case_id == self.case_id:
            return
        self.case_id = case_id
        self._clear_messages()
        self._load_case()

    def _case_list_width(self) -> int:
        """The case list as wide as a leaver's name, the last day and the progress bar need, so
        the checklist beside it gets the rest."""
        metrics = self.cases.fontMetrics()
        header = self.cases.header()
        name = metrics.averageCharWidth() * 22 + self.cases.indentation()  # "Sofie Dahl Jørgensen" whole
        day = max(metrics.horizontalAdvance(format_date(date(2027, 12, 28))), header.sectionSizeHint(1)) + 12
        return name + day + header.sectionSize(2)

    def _load_case(self) -> None:
        try:
            case = offboarding.get_case(self.db, self.case_id)
            self.case_items = offboarding.case_items(self.db, self.case_id)
            found = offboarding.blockers(self.db, self.case_id)
        except RegistryError as error:
            self.right.setCurrentIndex(1)
            self._say(error.sentence(), error=True)
            return
        self.summary = summary = self.cases_model.summaries[self.case_id]
        self.status = case.status
        if case.status != CaseStatus.open:
            # Closed or cancelled meanwhile (here or elsewhere): nothing is left to refuse. An open
            # case's refusal stays until the user acts (a refresh arriving after the click must not
            # wipe what they have not read yet).
            self.refusal_box.setVisible(False)
        self.right.setCurrentIndex(1)
        self.heading.setText(self.case_title())
        settled = progress_text(summary.settled, summary.total)
        if case.status == CaseStatus.closed:
            status = self.tr("Closed on {when} by {who}. {progress}.").format(
                when=format_datetime(case.closed_at), who=case.closed_by or "?", progress=settled)
        elif case.status == CaseStatus.cancelled:
            status = self.tr("Cancelled: {reason}. Reopen it to work on it again.").format(
                reason=case.status_reason or "")
        else:
            status = self.tr("Open: {progress}.").format(progress=settled)
            if case.status_reason:
                status += " " + self.tr("Reopened: {reason}.").format(reason=case.status_reason)
        if summary.internal_move:
            status += " " + self.tr("An internal move: {name} stays, in another department or role; their accounts "
                                    "are handed over by the day of the move, and they are not recorded as "
                                    "leaving.").format(name=summary.person_name)
            self.day_caption.setText(self.tr("Day of the move:"))
        else:
            self.day_caption.setText(self.tr("Last working day:"))
        signed = self._confirmations_text()
        self.case_status.setText(f"{status} {signed}" if signed else status)
        self.confirmation_button.setEnabled(True)
        self.last_day.setText(date_in_words(case.last_working_day))
        open_case = case.status == CaseStatus.open
        self.successor.set_person_id(case.successor_id)
        for widget in (self.successor, self.set_successor_button, self.change_day_button, self.close_button,
                       self.cancel_case_button):
            widget.setEnabled(open_case)
        self.reopen_case_button.setEnabled(not open_case)
        self._show_blockers(found)
        self._show_items()

    def _confirmations_text(self) -> str:
        """The handover confirmation's signing as recorded: when, by whom, how, and its scans."""
        lines = []
        states = agreements.confirmations_of_case(self.db, self.case_id)
        names = person_names(self.db, [state.agreement.person_id for state in states])
        for state in states:
            a = state.agreement
            text = self.tr("Confirmation signed on {day} by {who} ({channel}).").format(
                day=format_date(a.agreed_on), who=names.get(a.person_id, "?"), channel=words(a.channel))
            kept = [scan[1] for scan in state.attachments if scan[0] not in state.removed]
            if kept:
                text += " " + self.tr("Signed scan: {names}.").format(names=", ".join(kept))
            if len(kept) < len(state.attachments):  # its signer was anonymised
                text += " " + self.tr("Signed scan: removed on anonymisation.")
            lines.append(text)
        return " ".join(lines)

    def record_confirmation(self) -> None:
        """Ask who signed the handover confirmation, when, how, and for a signed scan; record it."""
        if self.case_id is None:
            return
        from accountregistry.gui.dialogs.record_confirmation import RecordConfirmationDialog

        dialog = RecordConfirmationDialog(self.db, case_id=self.case_id, leaver_id=self.summary.person_id, parent=self)

        def recorded() -> None:
            self._load_case()
            self._say(self.tr("Recorded the signed handover confirmation."), error=False)
            self.registry_changed.emit()

        self._ask(dialog, recorded)

    def case_title(self) -> str:
        """"Offboarding of Anna", or for someone who stays, "Internal move of Anna"."""
        if self.summary.internal_move:
            return self.tr("Internal move of {person}").format(person=self.summary.person_name)
        return self.tr("Offboarding of {leaver}").format(leaver=self.summary.person_name)

    def _show_blockers(self, found: list[offboarding.Blocker]) -> None:
        self.blockers_box.setVisible(bool(found))
        if not found:
            return
        caution = message_colours(self)[0]
        self.blockers_heading.setStyleSheet(f"color: {caution};")
        self.blockers_heading.setText(self.tr("What stands in the way ({count})").format(count=len(found)))
        lines = [blocker_text(b, items=self.case_items, last_working_day=self.summary.last_working_day) for b in found]
        self.blockers_text.setText("\n".join(f"• {line}" for line in lines))
        fit_banner(self.blockers_text)

    # --- the checklist ---------------------------------------------------------------------------

    def _is_mine(self, item: ItemView) -> bool:
        return assigned_to_actor(item, self.db.actor, self.me)

    def _update_mine_hint(self) -> None:
        if self.me is not None and self.me.department:
            self.mine.setToolTip(self.tr("Items assigned to {name}, {department}: you are recorded as "
                                         "{actor}.").format(name=self.me.name, department=self.me.department,
                                                            actor=self.db.actor))
        elif self.me is not None:
            self.mine.setToolTip(self.tr("Items assigned to {name}: you are recorded as {actor}.").format(
                name=self.me.name, actor=self.db.actor))
        else:
            self.mine.setToolTip(self.tr("No one in the registry matches {actor}, the name you are recorded as; "
                                         "only items assigned to a function called {actor} are yours.").format(
                actor=self.db.actor))

    def shown_items(self) -> list[ItemView]:
        return [i for i in self.case_items if self._is_mine(i)] if self.mine.isChecked() else list(self.case_items)

    def _show_items(self, *, current_item: int | None = None) -> None:
        wanted, self._item_when_shown = self._item_when_shown, None
        keep = next((i for i in (current_item, wanted) if i is not None), None) or self.current_item_id()
        editable = self.status == CaseStatus.open
        shown = self.shown_items()
        self.items_model.set_items(shown, editable=editable)
        self.items.expandAll()
        index = self.items_model.index_of_item(keep) if keep is not None else QModelIndex()
        if not index.isValid():
            index = self._first_open_index()
        if index.isValid():
            self.items.setCurrentIndex(index)
            self.items.scrollTo(index)
        if self.mine.isChecked() and not shown:
            self._say(self.tr("No item of this offboarding is assigned to you."), error=False)
        self._update_item_actions()

    def _first_open_index(self, after: int | None = None) -> QModelIndex:
        """The first open item shown (after the given one, if any; else from the top)."""
        order = self.shown_items()
        start = 0
        if after is not None:
            ids = [i.id for i in order]
            start = ids.index(after) + 1 if after in ids else 0
        for item in order[start:] + order[:start]:
            if item.status == ItemStatus.open:
                return self.items_model.index_of_item(item.id)
        return self.items_model.index_of_item(order[0].id) if order else QModelIndex()

    def current_item(self) -> ItemView | None:
        index = self.items.currentIndex()
        return self.items_model.item_at(index.siblingAtColumn(0)) if index.isValid() else None

    def current_item_id(self) -> int | None:
        item = self.current_item()
        return item.id if item else None

    def select_item(self, item_id: int) -> None:
        index = self.items_model.index_of_item(item_id)
        if index.isValid():
            self.items.setCurrentIndex(index)

    def _update_item_actions(self) -> None:
        item = self.current_item()
        editable = self.status == CaseStatus.open
        is_open = item is not None and item.status == ItemStatus.open
        for made in (self.done_button, self.note_button, self.waive_button):
            made.setEnabled(editable and is_open)
        self.reopen_item_button.setEnabled(editable and item is not None and not is_open)
        self.item_details.setText(self._details(item) if item else "")

    def _details(self, item: ItemView) -> str:
        lines = [item.title]
        if item.is_handover and item.status == ItemStatus.open:
            lines.append(self.tr("Ticking it hands the leaver's roles on this account to the successor."))
        if item.status != ItemStatus.open:
            lines.append(self.items_model.status_details(item))
        return "\n".join(lines)

    # --- changing items ------------------------------------------------------------------------

    def _tick(self, item_id: int, done: bool) -> None:
        self.select_item(item_id)
        if done:
            self.complete_current()
        else:
            self.reopen_current()

    def complete_current(self, note: str | None = None) -> bool:
        item = self.current_item()
        if item is None or item.status != ItemStatus.open:
            return False
        try:
            offboarding.complete_item(self.db, item.id, note=note)
        except RegistryError as error:
            self._say(error.sentence(), error=True)
            if isinstance(error, SuccessorRequired):
                self.successor.setFocus()
            return False
        self._after_item_change(item.id, self.tr("Done: {title}").format(title=item.title))
        return True

    def complete_current_with_note(self) -> None:
        item = self.current_item()
        if item is None or item.status != ItemStatus.open:
            return

        def complete(note: str | None) -> None:
            offboarding.complete_item(self.db, item.id, note=note)

        self._ask(ReasonDialog(title=self.tr("Done, with a note"), explanation=item.title, label=self.tr("&Note"),
                               ok_text=self.tr("&Done"), required=False, action=complete, parent=self),
                  lambda: self._after_item_change(item.id, self.tr("Done: {title}").format(title=item.title)))

    def waive_current(self) -> None:
        item = self.current_item()
        if item is None or item.status != ItemStatus.open:
            return
        self._ask(ReasonDialog(
            title=self.tr("Waive item"), explanation=item.title, label=self.tr("&Reason"), ok_text=self.tr("&Waive"),
            required=True, refusal=self.tr("Say why this item is waived; a waived item needs a reason."),
            action=lambda reason: offboarding.waive_item(self.db, item.id, reason=reason), parent=self),
            lambda: self._after_item_change(item.id, self.tr("Waived: {title}").format(title=item.title)))

    def reopen_current(self) -> None:
        item = self.current_item()
        if item is None or item.status == ItemStatus.open:
            return
        explanation = item.title
        if item.is_handover:
            explanation += "\n\n" + self.tr("Roles the handover moved stay where they are; move them back on the "
                                            "account if needed.")
        self._ask(ReasonDialog(
            title=self.tr("Reopen item"), explanation=explanation, label=self.tr("&Reason (optional)"),
            ok_text=self.tr("&Reopen"), required=False,
            action=lambda reason: offboarding.reopen_item(self.db, item.id, reason=reason), parent=self),
            lambda: self._after_item_change(item.id, self.tr("Reopened: {title}").format(title=item.title),
                                            next_open=False))

    def _after_item_change(self, item_id: int, message: str, *, next_open: bool = True) -> None:
        self.refusal_box.setVisible(False)  # what remained is stale once the user changed an item
        self.refresh_case_list_only()
        self._load_case()
        if next_open:
            index = self._first_open_index(after=item_id)
            if index.isValid():
                self.items.setCurrentIndex(index)
                self.items.scrollTo(index)
        else:
            self.select_item(item_id)
        self._say(message, error=False)
        self.items.setFocus()
        self.registry_changed.emit()

    def refresh_case_list_only(self) -> None:
        """The cases read again at once, after the user changed one here (a few, quick)."""
        self._show_cases(offboarding.cases(self.db))

    def _show_cases(self, cases: list[CaseSummary]) -> None:
        chosen = self.case_id
        self.cases.selectionModel().blockSignals(True)
        try:
            self.cases_model.set_cases(cases)
            self._span_group_rows()
            self.cases.expandAll()
        finally:
            self.cases.selectionModel().blockSignals(False)
        if chosen is not None:
            self._select_case_row(chosen)

    # --- changing the case -----------------------------------------------------------------------

    def set_successor(self) -> None:
        if self.case_id is None:
            return
        self._show_successor_message(None)
        if self.successor.has_unmatched_text():
            self._show_successor_message(self.tr("No one in the registry matches “{text}”; choose a person from the "
                                                 "list.").format(text=self.successor.currentText().strip()))
            return
        chosen = self.successor.person_id()
        try:
            offboarding.set_successor(self.db, self.case_id, chosen)
        except RegistryError as error:
            self._show_successor_message(error.sentence())
            return
        if chosen is None:
            self._after_case_change(self.tr("No successor is chosen now; open items name “the successor” until "
                                            "one is."))
        else:
            self._after_case_change(self.tr("The successor is set; open items for the successor follow."))

    def _show_successor_message(self, text: str | None) -> None:
        self.successor_message.setStyleSheet(f"color: {message_colours(self)[0]};")
        self.successor_message.setText(text or "")
        self.facts.setRowVisible(self.successor_message, bool(text))

    def change_last_day(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self._ask(LastDayDialog(current=self.summary.last_working_day,
                                action=lambda day: offboarding.change_last_working_day(self.db, case_id, day),
                                parent=self),
                  lambda: self._after_case_change(self.tr("The last working day is changed; open items moved "
                                                          "with it.")))

    def close_case(self) -> None:
        if self.case_id is None:
            return
        self.refusal_box.setVisible(False)
        self._say("", error=False)
        try:
            offboarding.close_case(self.db, self.case_id)
        except CaseNotSettled as error:
            self._show_refusal(error)
            return
        except RegistryError as error:
            self._say(error.sentence(), error=True)
            return
        self._after_case_change(self.tr("The offboarding of {leaver} is closed.").format(
            leaver=self.summary.person_name))

    def _show_refusal(self, error: CaseNotSettled) -> None:
        count = len(error.remaining)
        self.refusal_heading.setStyleSheet(f"color: {message_colours(self)[0]};")
        self.refusal_heading.setText(self.tr("The offboarding cannot be closed yet: {count} things remain.").format(
            count=count) if count != 1 else self.tr("The offboarding cannot be closed yet: 1 thing remains."))
        # The open items as the checklist shows them, then each role the leaver still holds.
        self.refusal_text.setText("\n".join(f"• {remaining_text(line, self.case_items)}" for line in error.remaining))
        self.refusal_box.setVisible(True)
        fit_banner(self.refusal_text)

    def reopen_case(self) -> None:
        self._change_case(offboarding.reopen_case, self.tr("Reopen the offboarding"),
                          self.tr("The offboarding of {leaver} opens again, and they are recorded as leaving."),
                          ok_text=self.tr("&Reopen"), done=self.tr("The offboarding is open again."),
                          refusal=self.tr("Say why you reopen this offboarding; a reason is required."))

    def cancel_case(self) -> None:
        self._change_case(offboarding.cancel_case, self.tr("Cancel the offboarding"),
                          self.tr("Cancel when {leaver} stays after all. The offboarding is kept, marked cancelled, "
                                  "and {leaver} is recorded as employed again."),
                          ok_text=self.tr("Cancel the &offboarding"), done=self.tr("The offboarding is cancelled."),
                          refusal=self.tr("Say why you cancel this offboarding; a reason is required."))

    def _change_case(self, change: Callable[..., object], title: str, explanation: str, *, ok_text: str,
                     done: str, refusal: str) -> None:
        """Reopen or cancel the case (`change`: the service's step) with a reason, asked for in a
        dialog of these texts; `done` is said once it is changed."""
        if self.case_id is None:
            return
        case_id = self.case_id
        self._ask(ReasonDialog(
            title=title, explanation=explanation.format(leaver=self.summary.person_name), label=self.tr("&Reason"),
            ok_text=ok_text, required=True, refusal=refusal,
            action=lambda reason: change(self.db, case_id, reason=reason), parent=self),
            lambda: self._after_case_change(done))

    def _after_case_change(self, message: str) -> None:
        self.refusal_box.setVisible(False)
        self.refresh_case_list_only()
        self._load_case()
        self._say(message, error=False)
        self.registry_changed.emit()

    # --- starting ---------------------------------------------------------------------------------

    def start_offboarding(self, person_id: int | None = None) -> StartOffboardingWizard:
        """Open the wizard (window-modal, not blocking); the new case is shown when it is started."""
        if self.wizard is not None:  # one at a time: a second request shows the open one
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from accountregistry.gui.dialogs.start_offboarding import StartOffboardingWizard

        wizard = StartOffboardingWizard(self.db, person_id, parent=self)
        self.wizard = wizard
        wizard.finished.connect(lambda _result: self._after_wizard(wizard))
        wizard.open()
        return wizard

    def _back_from_dialog(self, focus: QWidget) -> None:
        """The window and field the keyboard returns to once a dialog closed (a window manager
        would reactivate the window; without one, e.g. offscreen, nothing would)."""
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window().activateWindow()

    def _after_wizard(self, wizard: StartOffboardingWizard) -> None:
        chosen = wizard.chosen_case_id()
        self.wizard = None
        wizard.deleteLater()
        self._back_from_dialog(self.items if chosen is not None else self.start_button)
        if chosen is None:
            return
        self.refresh_case_list_only()
        self.show_case(chosen)
        if wizard.case_id is not None:
            self._say(self.tr("The offboarding is started; the person is recorded as leaving."), error=False)
            self.registry_changed.emit()

    # --- documents --------------------------------------------------------------------------------

    def ask_save_path(self, caption: str, suggested: str, file_filter: str) -> str | None:
        """The seam tests replace: where to write a file; None when the user cancels."""
        return choose_file_to_save(self, caption, suggested, file_filter)

    def choose_printer(self) -> QPrinter | None:
        """The seam tests replace: the printer the user chose; None when they cancel."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the checklist"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def _where(self, caption: str, what: str, suffix: str, file_filter: str) -> str | None:
        """Where to write the case's `what` (suggested: what - leaver - last working day); None
        without a case or when the user cancels."""
        if self.case_id is None:
            return None
        s = self.summary
        return self.ask_save_path(caption, file_name_part(f"{what} - {s.person_name} - {s.last_working_day}") + suffix,
                                  file_filter)

    def checklist_document(self) -> str:
        from accountregistry.gui.documents import checklist_html

        case = offboarding.get_case(self.db, self.case_id)
        return checklist_html(organisation=get_settings(self.db).name, summary=self.summary, status=case.status,
                              status_reason=case.status_reason,
                              items=offboarding.case_items(self.db, self.case_id),
                              blockers=offboarding.blockers(self.db, self.case_id))

    def handover_document(self) -> str:
        from accountregistry.gui.documents import handover_html

        return handover_html(handover_record(self.db, self.case_id))

    def export_csv(self) -> None:
        path = self._where(self.tr("Export the checklist as CSV"), self.tr("Offboarding"), ".csv",
                           self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            db, case_id = self.db, self.case_id
            self._write(lambda: offboarding.export_case_csv(db, case_id, path),
                        self.tr("The checklist is exported to {path}."))

    def save_calendar(self) -> None:
        path = self._where(self.tr("Save the open items as a calendar"), self.tr("Offboarding"), ".ics",
                           self.tr("iCalendar files (*.ics);;All files (*)"))
        if path:
            db, case_id = self.db, self.case_id
            name = self.case_title()
            from accountregistry.services.due_items import write_calendar

            self._write(lambda: write_calendar(db, case_id, path, name=name)[0],
                        self.tr("The open items are saved as a calendar in {path}."))

    def save_pdf(self) -> None:
        path = self._where(self.tr("Save the checklist as PDF"), self.tr("Offboarding"), ".pdf",
                           self.tr("PDF files (*.pdf)"))
        if path:
            self._save_pdf(self.checklist_document(), path, self.case_title())

    def save_handover_confirmation(self) -> None:
        path = self._where(self.tr("Save the handover confirmation as PDF"), self.tr("Handover confirmation"), ".pdf",
                           self.tr("PDF files (*.pdf)"))
        if path:
            title = self.tr("Handover confirmation: {leaver}").format(leaver=self.summary.person_name)
            self._save_pdf(self.handover_document(), path, title)

    def _save_pdf(self, source: str, path: str, title: str) -> None:
        from accountregistry.gui.documents import write_pdf

        self._write(lambda: write_pdf(source, path, title=title), self.tr("Saved {path}."))

    def print_checklist(self) -> None:
        if self.case_id is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        title = self.case_title()
        source = self.checklist_document()

        from accountregistry.gui.documents import print_document

        def send() -> str:
            print_document(source, printer, title=title)
            return printer.printerName() or printer.outputFileName()

        self._write(send, self.tr("The checklist is sent to the printer."))

    def _write(self, work: Callable[[], object], said: str) -> None:
        """Write a file (or print) in the background; the document was read on the GUI thread."""
        if self.writer.busy():
            return
        self._written_said = said
        self._update_file_buttons()
        self._say(self.tr("Writing…"), error=False)
        self.writer.start(lambda _progress: work())

    def _update_file_buttons(self) -> None:
        for button in (self.export_button, self.calendar_button, self.print_button, self.pdf_button,
                       self.handover_button):
            button.setEnabled(self.case_id is not None and not self.writer.busy())

    def _written(self, path: object) -> None:
        self._say(self._written_said.format(path=path), error=False)
        self.file_written.emit(str(path))

    def _writing_failed(self, error: BaseException) -> None:
        text = failure_sentence(error)
        self._say(text, error=True)
        self.file_failed.emit(text)

    # --- messages ---------------------------------------------------------------------------------

    def _say(self, text: str, *, error: bool) -> None:
        show_message(self.notice, text, error=error)

    def _clear_messages(self) -> None:
        self._say("", error=False)
        self.refusal_box.setVisible(False)
        self._show_successor_message(None)

    def _ask(self, dialog, on_done) -> None:
        """Open a prompt window-modally (never blocking, so tests and screen readers can drive it);
        ``on_done`` runs when its action succeeded."""
        self.prompt = dialog

        def finished(_result: int) -> None:
            self.prompt = None
            dialog.deleteLater()
            if dialog.done_ok:
                on_done()
            self._back_from_dialog(self.items)

        dialog.finished.connect(finished)
        dialog.open()
