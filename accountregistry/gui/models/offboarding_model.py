"""What the offboarding view shows: the cases in their groups, and one case's checklist grouped
by account; plus the delegate that draws a case's progress as a bar with its numbers.

Both are small trees (a case has tens of items, a registry tens of open cases), so they are
QStandardItemModels rebuilt from the service's read models after each change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTreeView,
)

from accountregistry.domain.business_days import Closure
from accountregistry.domain.hidden_characters import show_hidden
from accountregistry.domain.vocabulary import ItemStatus
from accountregistry.gui.formatting import capitalised, format_date, format_datetime
from accountregistry.gui.models.columns import Index
from accountregistry.services.offboarding import (
    AccountName,
    ActiveRole,
    Blocker,
    CaseSummary,
    ItemView,
    OpenItem,
)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # (settled, total) for the delegate
SHORT_PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 4  # "3/12, 2 overdue": in the bar when the words do not fit
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4
SORT_ROLE = Qt.ItemDataRole.UserRole + 5

GROUP_NAMES = {
    "upcoming": QT_TRANSLATE_NOOP("Offboarding", "Upcoming"),
    "overdue": QT_TRANSLATE_NOOP("Offboarding", "Overdue"),
    "closed": QT_TRANSLATE_NOOP("Offboarding", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("Offboarding", "Cancelled"),
}
STATUS_NAMES = {
    ItemStatus.open: QT_TRANSLATE_NOOP("Offboarding", "Open"),
    ItemStatus.done: QT_TRANSLATE_NOOP("Offboarding", "Done"),
    ItemStatus.waived: QT_TRANSLATE_NOOP("Offboarding", "Waived"),
}


# lupdate finds translate("Offboarding", "…") calls by that name; the wrapper is for words looked up in tables.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate("Offboarding", text)


def group_name(group: str) -> str:
    return tr(GROUP_NAMES[group])


def progress_text(settled: int, total: int) -> str:
    return translate("Offboarding", "{settled} of {total} settled").format(settled=settled, total=total)


def status_column_texts() -> tuple[str, str]:
    """The checklist's status column at its widest as it usually reads: a group's progress and
    an overdue item's status (a waiver's reason wraps)."""
    return progress_text(16, 16), translate("Offboarding", "Open, overdue")


def short_progress_text(settled: int, total: int, overdue: int) -> str:
    """The progress in the case list's bar when its words do not fit: "3/12, 2 overdue"."""
    short = f"{settled}/{total}"
    if overdue:
        short = translate("Offboarding", "{progress}, {count} overdue").format(progress=short, count=overdue)
    return short


# --- The service's structured values, said in the user's language ------------------------------
# The window never takes the service's English labels apart: accounts come as AccountName,
# assignees as Assignee, each saying itself in the user's language.


def closure_text(closure: Closure) -> str:
    """"Christmas Day (25.12.2026)", or "closing day (24.12.2026)" for one of the company's own."""
    name = closure.holiday or translate("Offboarding", "closing day")
    return translate("Offboarding", "{name} ({day})").format(name=name, day=format_date(closure.day))


def due_text(due_on: date, moved_by: Sequence[Closure]) -> str:
    """The due date, marked when a holiday or closing day moved it."""
    if not moved_by:
        return format_date(due_on)
    return translate("Offboarding", "{day} (moved)").format(day=format_date(due_on))


def moved_tooltip(moved_by: Sequence[Closure]) -> str:
    if not moved_by:
        return ""
    return translate("Offboarding", "Moved for {days}: due dates skip public holidays and closing days.").format(
        days=", ".join(closure_text(c) for c in moved_by))


def account_text(account: AccountName | None) -> str:
    """An account as the window writes it on its own, a heading or a cell ("LinkedIn page “Nordlys”",
    "LinkedIn-side »Nordlys«", "Side »…« på en anden platform"); "General" for the items on no account."""
    if account is None:
        return translate("Offboarding", "General")
    return capitalised(account.sentence())


def remaining_text(line: OpenItem | ActiveRole, items: Sequence[ItemView]) -> str:
    """One thing in the way of closing a case, named as the checklist shows it: an open item by
    its title under its account, with its due day and assignee (never by its number)."""
    if isinstance(line, OpenItem):
        item = next((i for i in items if i.id == line.item_id), None)
        if item is not None and item.account_id is not None:
            return translate("Offboarding", "{title} ({account}): due {day}, {assignee}").format(
                title=item.title, account=item.account.sentence(), day=format_date(item.due_on),
                assignee=item.assignee.sentence())
        if item is not None:
            return translate("Offboarding", "{title}: due {day}, {assignee}").format(
                title=item.title, day=format_date(item.due_on), assignee=item.assignee.sentence())
    return line.sentence()


def blocker_text(blocker: Blocker, *, items: Sequence[ItemView], last_working_day: date) -> str:
    """What stands in the way of a case, one sentence or two: an overdue item and the last day
    near in the window's words (its dates, the count of the case's items still open, all of
    them, not only those shown), the rest as the service says it (Blocker.sentence)."""
    if blocker.kind == Blocker.OVERDUE:
        item = next((i for i in items if i.id == blocker.item_id), None)
        if item is not None:
            return translate("Offboarding", "Overdue since {day}: {title}").format(day=format_date(item.due_on),
                                                                                   title=item.title)
    elif blocker.kind == Blocker.LAST_DAY_NEAR:
        day = format_date(last_working_day)
        # Always counted by the service (case_reading.blockers), with the organisation's calendar:
        # its public holidays and closing days are not business days.
        left = blocker.params["days"]
        if left < 0:
            when = translate("Offboarding", "The last working day, {day}, has passed.").format(day=day)
        elif left == 0:
            when = translate("Offboarding", "The last working day, {day}, is today.").format(day=day)
        elif left == 1:
            when = translate("Offboarding", "The last working day, {day}, is in 1 business day.").format(day=day)
        else:
            when = translate("Offboarding", "The last working day, {day}, is in {days} business days.").format(
                day=day, days=left)
        count = sum(1 for i in items if i.status == ItemStatus.open)
        still = (translate("Offboarding", "1 item is still open.") if count == 1 else
                 translate("Offboarding", "{count} items are still open.").format(count=count))
        return translate("Offboarding", "{when} {still}").format(when=when, still=still)
    return blocker.sentence()


def _item(text: str = "", *, tooltip: str | None = None) -> QStandardItem:
    made = QStandardItem(text)
    made.setEditable(False)
    if tooltip:
        made.setToolTip(tooltip)
    return made


def _bold(made: QStandardItem) -> QStandardItem:
    font = made.font()
    font.setBold(True)
    made.setFont(font)
    return made


def _found(model: QStandardItemModel, role: int, value: int) -> QModelIndex:
    """The row under a group whose first cell holds `value` in `role`; an invalid index if none."""
    hits = model.match(model.index(0, 0), role, value, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    return hits[0] if hits else QModelIndex()


class CaseListModel(QStandardItemModel):
    """Groups (upcoming, overdue, closed, cancelled) with their cases: leaver, last day, progress."""

    COLUMNS = (QT_TRANSLATE_NOOP("Offboarding", "Leaver"), QT_TRANSLATE_NOOP("Offboarding", "Last day"),
               QT_TRANSLATE_NOOP("Offboarding", "Progress"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.summaries: dict[int, CaseSummary] = {}

    def set_cases(self, summaries: list[CaseSummary]) -> None:
        self.removeRows(0, self.rowCount())
        self.summaries = {s.case_id: s for s in summaries}
        for group in CaseSummary.GROUPS:
            members = [s for s in summaries if s.group == group]
            if group == "cancelled" and not members:
                continue  # an empty "Cancelled" says nothing; the other groups say "none"
            title = translate("Offboarding", "{group} ({count})").format(group=group_name(group), count=len(members))
            head = _bold(_item(title))
            head.setData(group, GROUP_ROLE)
            head.setSelectable(False)
            fillers = [_item(), _item()]
            for filler in fillers:
                filler.setSelectable(False)
            self.appendRow([head, *fillers])
            if not members:
                none = _item(translate("Offboarding", "none"))
                none.setSelectable(False)
                none.setEnabled(False)
                head.appendRow([none, _item(), _item()])
            for s in members:
                shown = s.person_name
                if s.internal_move:  # the person stays: a handover, not a departure
                    shown = translate("Offboarding", "{name} (internal move)").format(name=s.person_name)
                name = _item(shown, tooltip=s.person_email or None)
                name.setData(s.case_id, CASE_ID_ROLE)
                day = _item(format_date(s.last_working_day))
                day.setData(s.case_id, CASE_ID_ROLE)
                text = progress_text(s.settled, s.total)
                short = short_progress_text(s.settled, s.total, s.overdue)
                if s.overdue:
                    text = translate("Offboarding", "{progress}, {count} overdue").format(progress=text,
                                                                                        count=s.overdue)
                progress = _item(text, tooltip=text)
                progress.setData((s.settled, s.total), PROGRESS_ROLE)
                progress.setData(short, SHORT_PROGRESS_ROLE)
                progress.setData(s.case_id, CASE_ID_ROLE)
                head.appendRow([name, day, progress])

    def index_of_case(self, case_id: int) -> QModelIndex:
        return _found(self, CASE_ID_ROLE, case_id)


class ProgressDelegate(QStyledItemDelegate):
    """A progress bar with its text ("3 of 12 settled"): the number is read, not only the colour."""

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        progress = index.data(PROGRESS_ROLE)
        if not progress:
            super().paint(painter, option, index)
            return
        settled, total = progress
        # The row's selection background first, then the bar inside it.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum, bar.maximum = 0, max(total, 1)
        bar.progress = settled if total else 1
        bar.text = self.bar_text(option.fontMetrics, bar.rect.width(), index)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)

    @staticmethod
    def bar_text(metrics: QFontMetrics, width: int, index: Index) -> str:
        """The words ("0 of 14 settled, 7 overdue") when they fit on the bar's one line, else the
        short form ("0/14, 7 overdue"; the words are the tooltip), cut short only if even that
        does not fit."""
        room = width - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        if metrics.horizontalAdvance(text) <= room:
            return text
        short = str(index.data(SHORT_PROGRESS_ROLE) or text)
        return metrics.elidedText(short, Qt.TextElideMode.ElideRight, room)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width() + 24, 150), size.height() + 6)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width: checklist titles are
    sentences, read whole rather than cut off. The view must lay its rows out again when a
    column is resized (``install`` connects that)."""

    @classmethod
    def install(cls, view: QTreeView) -> WrappingDelegate:
        delegate = cls(view)
        view.setItemDelegate(delegate)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
        return delegate

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(view, QTreeView) or not isinstance(text, str) or not text:
            return size
        width = view.columnWidth(index.column()) - 6  # the item's own margins
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable or index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            width -= view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
        if width <= 40:
            return size
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or option.font)
        bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        # Not the base class's height: it wraps at a width of its own, often too many lines.
        one_line = max(metrics.height(), view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)) + 6
        return QSize(size.width(), max(one_line, bounds.height() + 6))


class ChecklistModel(QStandardItemModel):
    """One case's items under their accounts: title (ticked when done), assignee, due date, status.

    Ticking does not change the model: it asks (``tick_requested``) and the view calls the
    service, then shows the case again as stored. A refused tick thus never looks done.
    """

    tick_requested = Signal(int, bool)  # item id, wanted done

    COLUMNS = (QT_TRANSLATE_NOOP("Offboarding", "Item"), QT_TRANSLATE_NOOP("Offboarding", "Assignee"),
               QT_TRANSLATE_NOOP("Offboarding", "Due"), QT_TRANSLATE_NOOP("Offboarding", "Status"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.items: dict[int, ItemView] = {}
        self.editable = True

    def set_items(self, items: list[ItemView], *, editable: bool, today: date | None = None) -> None:
        today = today or date.today()
        self.removeRows(0, self.rowCount())
        self.items = {i.id: i for i in items}
        self.editable = editable
        groups: dict[tuple[int | None, str], list[ItemView]] = {}
        for item in items:  # already grouped by account, general last
            groups.setdefault((item.account_id, item.account_name), []).append(item)
        for (account_id, _name), members in groups.items():
            shown = account_text(members[0].account if account_id is not None else None)
            settled = sum(1 for m in members if m.status != ItemStatus.open)
            head = _bold(_item(shown, tooltip=shown))
            head.setSelectable(True)
            count = _item(progress_text(settled, len(members)))
            self.appendRow([head, _item(), _item(), count])
            for m in members:
                head.appendRow(self._row(m, today))

    def _row(self, m: ItemView, today: date) -> list[QStandardItem]:
        title = _item(m.title)
        tooltip = m.title
        if m.is_handover and m.status == ItemStatus.open:
            tooltip += "\n" + translate("Offboarding", "Ticking it hands the leaver's roles on this account to the "
                                                      "successor.")
        title.setToolTip(tooltip)
        title.setData(m.id, ITEM_ID_ROLE)
        if self.editable:
            title.setFlags(title.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        state = {ItemStatus.open: Qt.CheckState.Unchecked, ItemStatus.done: Qt.CheckState.Checked,
                 ItemStatus.waived: Qt.CheckState.PartiallyChecked}[m.status]
        title.setData(state, Qt.ItemDataRole.CheckStateRole)
        assignee = _item(m.assignee.sentence())
        due = _item(due_text(m.due_on, m.moved_by))
        due.setToolTip(moved_tooltip(m.moved_by))
        due.setData(m.due_on.toordinal(), SORT_ROLE)
        status = _item(self.status_text(m, today))
        status.setToolTip(self.status_details(m))
        overdue = m.status == ItemStatus.open and m.due_on < today
        if overdue:
            for cell in (due, status):
                _bold(cell)
        cells = [title, assignee, due, status]
        for cell in cells:
            cell.setData(m.id, ITEM_ID_ROLE)
        return cells

    @staticmethod
    def status_text(m: ItemView, today: date) -> str:
        if m.status == ItemStatus.open:
            return translate("Offboarding", "Open, overdue") if m.due_on < today else translate("Offboarding", "Open")
        if m.status == ItemStatus.waived:
            return translate("Offboarding", "Waived: {reason}").format(reason=m.waive_reason or "")
        return translate("Offboarding", "Done")

    @staticmethod
    def status_details(m: ItemView) -> str:
        if m.status == ItemStatus.open:
            return translate("Offboarding", "Open")
        who = translate("Offboarding", "{status} by {who} on {when}").format(
            status=tr(STATUS_NAMES[m.status]), who=m.done_by or "?", when=format_datetime(m.done_at))
        lines = [who]
        if m.waive_reason:
            lines.append(translate("Offboarding", "Reason: {reason}").format(reason=show_hidden(m.waive_reason)))
        if m.note:
            lines.append(translate("Offboarding", "Note: {note}").format(note=show_hidden(m.note)))
        return "\n".join(lines)

    def item_at(self, index: Index) -> ItemView | None:
        item_id = index.data(ITEM_ID_ROLE) if index.isValid() else None
        return self.items.get(item_id) if item_id is not None else None

    def index_of_item(self, item_id: int) -> QModelIndex:
        return _found(self, ITEM_ID_ROLE, item_id)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole:
            item = self.item_at(index)
            if item is not None and self.editable:
                # Whatever state the click proposes: checking an open item completes it,
                # unchecking a done or waived one asks to reopen it.
                self.tick_requested.emit(item.id, item.status == ItemStatus.open)
            return False
        return super().setData(index, value, role)
