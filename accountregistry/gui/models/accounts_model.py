"""The accounts table: filtered and sorted inside the model, over the services' plain rows.

Not a QSortFilterProxyModel: at 100,000 rows a proxy takes about 0.7 s per keystroke and 9 s
per sort, because it calls data() through Qt for every row. Here a filter is one substring
test per row on a lowercased text the service built once, a sort is one Python sort on keys
computed once per column, and the view only ever asks for the few rows it paints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPainter, QPixmap, QPolygonF

from accountregistry.domain.messages import LABEL_CONTEXT
from accountregistry.gui.app import platform_icon
from accountregistry.gui.formatting import capitalised, format_date, format_number, words
from accountregistry.gui.i18n import risk_text, severity_text
from accountregistry.services.account_list import AccountRow, RiskFlag
from accountregistry.store.fields import fields_of
from accountregistry.store.models import AccountFields

Index = QModelIndex | QPersistentModelIndex

# The filter's "kind" for accounts whose kind nobody has recorded yet.
KIND_NOT_KNOWN = "not_known"


class Column(IntEnum):
    platform = 0
    handle = 1
    display_name = 2
    kind = 3
    presence = 4
    status = 5
    holder = 6
    administrators = 7
    next_review = 8
    risks = 9


# The columns that show one of the account's own fields are named as store/models.py declares
# them (translated as the field is wherever it is named); the others, and every tooltip, here.
FIELD_COLUMNS = {Column.platform: "platform", Column.handle: "handle", Column.display_name: "display_name",
                 Column.kind: "kind", Column.presence: "presence", Column.status: "status", Column.holder: "holder_id"}
# In English, marked for lupdate; headerData translates them when asked.
HEADERS_CONTEXT = "AccountsModel"
TITLES = {
    Column.administrators: QT_TRANSLATE_NOOP("AccountsModel", "Admins"),
    Column.next_review: QT_TRANSLATE_NOOP("AccountsModel", "Next review"),
    Column.risks: QT_TRANSLATE_NOOP("AccountsModel", "Risks"),
}
TOOLTIPS = {
    Column.platform: QT_TRANSLATE_NOOP("AccountsModel", "The platform the account is on"),
    Column.handle: QT_TRANSLATE_NOOP("AccountsModel", "The account's handle or address on its platform"),
    Column.display_name: QT_TRANSLATE_NOOP("AccountsModel", "The name the account shows"),
    Column.kind: QT_TRANSLATE_NOOP("AccountsModel",
                                   "Whom the account belongs to: the company, an employee role, or a person"),
    Column.presence: QT_TRANSLATE_NOOP("AccountsModel", "Profile, page, group or channel"),
    Column.status: QT_TRANSLATE_NOOP("AccountsModel", "Active, dormant, archived or closed"),
    Column.holder: QT_TRANSLATE_NOOP("AccountsModel", "The person the account presents"),
    Column.administrators: QT_TRANSLATE_NOOP("AccountsModel", "How many people hold an active role on the account"),
    Column.next_review: QT_TRANSLATE_NOOP("AccountsModel", "When the account's record should next be confirmed"),
    Column.risks: QT_TRANSLATE_NOOP("AccountsModel", "What puts the account at risk, worst first"),
}


def column_title(column: Column) -> str:
    """The column's name in the user's language."""
    if column in FIELD_COLUMNS:
        return QCoreApplication.translate(LABEL_CONTEXT, fields_of(AccountFields)[FIELD_COLUMNS[column]].label)
    return QCoreApplication.translate(HEADERS_CONTEXT, TITLES[column])


# Sorting by kind or status follows the product's order, not the alphabet; unknown kind last.
_KIND_ORDER = {"company": 0, "employee_role": 1, "personal": 2, None: 3}
_STATUS_ORDER = {"active": 0, "dormant": 1, "archived": 2, "closed": 3}

# One key per column, computed once per column and row: (missing, value). Missing values
# (no display name, no holder, no review date) go last whichever way the column is sorted.
_SORT_KEYS: dict[Column, Callable[[AccountRow], tuple]] = {
    Column.platform: lambda r: (False, r.platform_name.casefold()),
    Column.handle: lambda r: (False, r.handle.casefold()),
    Column.display_name: lambda r: (not r.display_name, r.display_name.casefold()),
    Column.kind: lambda r: (False, _KIND_ORDER.get(r.kind, 4)),
    Column.presence: lambda r: (False, r.presence),
    Column.status: lambda r: (False, _STATUS_ORDER.get(r.status, 4)),
    Column.holder: lambda r: (not r.holder_name, r.holder_name.casefold()),
    Column.administrators: lambda r: (False, r.active_administrators),
    Column.next_review: lambda r: (r.next_review is None, r.next_review or date.min),
    Column.risks: lambda r: (False, r.worst_risk, len(r.risks)),
}

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Badge fill per severity: dark enough for white text in light and dark palettes alike.
BADGE_COLOURS = {"high": "#b3261e", "medium": "#a15c00", "low": "#52606d"}
BADGE_PADDING, BADGE_GAP, BADGE_HEIGHT = 6, 4, 18
BADGE_MARKER = 10  # the severity's shape before the words, as on the dashboard's chart


def draw_severity_marker(painter: QPainter, centre: QPointF, size: float, severity: str) -> None:
    """Severity told by shape too, not by colour alone: ▲ high, ◆ medium, ● low."""
    half = size / 2
    x, y = centre.x(), centre.y()
    if severity == "high":
        painter.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y + half * 0.85),
                                       QPointF(x - half, y + half * 0.85)]))
    elif severity == "medium":
        painter.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half),
                                       QPointF(x - half, y)]))
    else:
        painter.drawEllipse(centre, half * 0.8, half * 0.8)


def badge_pixmap(risks: tuple[RiskFlag, ...], font: QFont, ratio: float) -> QPixmap:
    """The risks as coloured badges side by side, worst first.

    A picture in the decoration role, drawn by Qt's own delegate: a Python item delegate
    would do the same, but PySide6 6.12 releases None once too often in
    QStyledItemDelegate.initStyleOption, which crashes the interpreter after enough paints.
    Accounts share few combinations of risks, so each picture is drawn once.
    """
    font = QFont(font)
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    metrics = QFontMetrics(font)
    titles = [risk_title(risk) for risk in risks]
    widths = [metrics.horizontalAdvance(title) + 2 * BADGE_PADDING + BADGE_MARKER + 4 for title in titles]
    width = sum(widths) + BADGE_GAP * (len(widths) - 1)
    pixmap = QPixmap(round(width * ratio), round(BADGE_HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    x = 0
    for risk, title, badge_width in zip(risks, titles, widths):
        rect = QRectF(x, 0, badge_width, BADGE_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOURS.get(risk.severity, BADGE_COLOURS["low"])))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(QColor("#ffffff"))
        draw_severity_marker(painter, QPointF(x + BADGE_PADDING + BADGE_MARKER / 2, BADGE_HEIGHT / 2),
                             BADGE_MARKER, risk.severity)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect.adjusted(BADGE_PADDING + BADGE_MARKER + 4, 0, -BADGE_PADDING, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        x += badge_width + BADGE_GAP
    painter.end()
    return pixmap


def kind_text(kind: str | None) -> str:
    return capitalised(words(kind)) if kind else QCoreApplication.translate("AccountsModel", "Not known")


def risk_title(risk: RiskFlag) -> str:
    """The risk's badge text in the user's language (the rule's own, if the rule is unknown)."""
    return risk_text(risk.id, "title") or risk.title


def risk_badge_text(row: AccountRow) -> str:
    return " · ".join(risk_title(risk) for risk in row.risks)


def risk_tooltip(row: AccountRow) -> str:
    return "\n".join(
        QCoreApplication.translate("AccountsModel", "{risk} ({severity}): {explanation}").format(
            risk=risk_title(risk), severity=severity_text(risk.severity),
            explanation=risk_text(risk.id, "explanation") or risk.explanation)
        for risk in row.risks)


@dataclass(frozen=True)
class AccountFilter:
    """What the filter bar asks for; empty values match everything."""

    text: str = ""  # every word must occur in handle, display name, holder or an administrator
    platform: str = ""
    kind: str = ""  # a Kind value, or KIND_NOT_KNOWN
    status: str = ""
    only_at_risk: bool = False

    def words(self) -> list[str]:
        return self.text.lower().split()

    def narrows(self, earlier: "AccountFilter") -> bool:
        """Whether every row this filter keeps was kept by `earlier` (typing on adds letters),
        so that only the rows still shown need testing."""
        return (replace(self, text="") == replace(earlier, text="")
                and self.text.lower().startswith(earlier.text.lower()))


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._haystacks: list[str] = []
        self._position: dict[int, int] = {}  # account id -> index in _rows
        self._keys: dict[Column, list] = {}
        self._sort_column = -1  # -1: registration order
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every row index, sorted
        self._visible: list[int] = []  # the sorted row indexes the filter keeps
        self._filter = AccountFilter()
        self._icons: dict[str, QIcon] = {}
        self._badges: dict[tuple[str, ...], QPixmap] = {}

    # --- feeding -------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self._order = self._sorted()
        self._visible = self._matching(self._filter, self._order)
        self.endResetModel()

    def update_rows(self, rows: Iterable[AccountRow], *, removed_ids: Iterable[int] = ()) -> None:
        """Replace the rows of changed accounts (adding new ones) without reloading the rest."""
        rows = list(rows)
        gone = set(removed_ids)
        if not rows and not gone:
            return
        self.beginResetModel()
        merged = list(self._rows)
        for row in rows:
            at = self._position.get(row.id)
            if at is None:
                self._position[row.id] = len(merged)
                merged.append(row)
            else:
                merged[at] = row
        if gone:
            merged = [row for row in merged if row.id not in gone]
        self._rows = merged
        self._reindex()
        self._order = self._sorted()
        self._visible = self._matching(self._filter, self._order)
        self.endResetModel()

    def _reindex(self) -> None:
        self._haystacks = [row.search_text for row in self._rows]
        self._position = {row.id: at for at, row in enumerate(self._rows)}
        self._keys = {}

    # --- filtering -----------------------------------------------------------------------

    @property
    def filter(self) -> AccountFilter:
        return self._filter

    def set_filter(self, wanted: AccountFilter) -> None:
        if wanted == self._filter:
            return
        candidates = self._visible if wanted.narrows(self._filter) else self._order
        self.beginResetModel()
        self._visible = self._matching(wanted, candidates)
        self._filter = wanted
        self.endResetModel()

    def _matching(self, wanted: AccountFilter, candidates: list[int]) -> list[int]:
        rows, kept = self._rows, candidates
        if wanted.platform:
            kept = [i for i in kept if rows[i].platform == wanted.platform]
        if wanted.kind:
            kind = None if wanted.kind == KIND_NOT_KNOWN else wanted.kind
            kept = [i for i in kept if rows[i].kind == kind]
        if wanted.status:
            kept = [i for i in kept if rows[i].status == wanted.status]
        if wanted.only_at_risk:
            kept = [i for i in kept if rows[i].risks]
        haystacks = self._haystacks
        for word in wanted.words():
            kept = [i for i in kept if word in haystacks[i]]
        return list(kept) if kept is candidates else kept

    # --- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = column if 0 <= column < len(Column) else -1
        if column == self._sort_column and order == self._sort_order:
            return
        self.layoutAboutToBeChanged.emit()
        # Keep the selection and the current row on the same accounts (few persistent indexes).
        persistent = self.persistentIndexList()
        rows_before = [self._visible[index.row()] for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted()
        self._visible = self._matching(self._filter, self._order)
        where = {row: at for at, row in enumerate(self._visible)} if persistent else {}
        self.changePersistentIndexList(
            persistent, [self.index(where[row], index.column()) for row, index in zip(rows_before, persistent)])
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _sorted(self) -> list[int]:
        count = len(self._rows)
        if self._sort_column < 0:
            return list(range(count))
        column = Column(self._sort_column)
        keys = self._keys.get(column)
        if keys is None:
            key = _SORT_KEYS[column]
            keys = self._keys[column] = [key(row) for row in self._rows]
        # Python's sort is stable in both directions: equal keys keep registration order.
        if self._sort_order == Qt.SortOrder.AscendingOrder:
            return sorted(range(count), key=keys.__getitem__)
        ranked = sorted(range(count), key=keys.__getitem__, reverse=True)
        return [i for i in ranked if not keys[i][0]] + [i for i in ranked if keys[i][0]]

    # --- reading -------------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._rows)

    def all_rows(self) -> Sequence[AccountRow]:
        return self._rows

    def row_at(self, index: Index | int) -> AccountRow:
        at = index if isinstance(index, int) else index.row()
        return self._rows[self._visible[at]]

    def index_of_account(self, account_id: int, column: int = 0) -> QModelIndex:
        """Where the account is shown, or an invalid index if the filter hides it."""
        at = self._position.get(account_id)
        if at is None:
            return QModelIndex()
        try:
            return self.index(self._visible.index(at), column)
        except ValueError:
            return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(HEADERS_CONTEXT, TOOLTIPS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # The risks column shows badges (a picture) instead of its words.
            return self._text(row, column) if column != Column.risks else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.platform:
                return self._icon(row.platform)
            if column == Column.risks and row.risks:
                return self._badge(row.risks)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.risks:
                return risk_tooltip(row) or self.tr("No risks found.")
            if column == Column.handle:
                return self.tr("{platform} {presence}: {handle}").format(
                    platform=row.platform_name, presence=words(row.presence), handle=row.handle)
            if column == Column.administrators:
                return ", ".join(row.administrator_names) or self.tr("Nobody holds an active role.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.administrators:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ACCOUNT_ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _text(row: AccountRow, column: int) -> str:
        if column == Column.platform:
            return row.platform_name
        if column == Column.handle:
            return row.handle
        if column == Column.display_name:
            return row.display_name
        if column == Column.kind:
            return kind_text(row.kind)
        if column == Column.presence:
            return capitalised(words(row.presence))
        if column == Column.status:
            return capitalised(words(row.status))
        if column == Column.holder:
            return row.holder_name
        if column == Column.administrators:
            return format_number(row.active_administrators)
        if column == Column.next_review:
            return format_date(row.next_review)
        if column == Column.risks:
            return risk_badge_text(row)
        return ""

    def _badge(self, risks: tuple[RiskFlag, ...]) -> QPixmap:
        key = tuple(risk.id for risk in risks)
        pixmap = self._badges.get(key)
        if pixmap is None:
            pixmap = self._badges[key] = badge_pixmap(risks, QGuiApplication.font(),
                                                      QGuiApplication.primaryScreen().devicePixelRatio()
                                                      if QGuiApplication.primaryScreen() else 1.0)
        return pixmap

    def _icon(self, platform_id: str) -> QIcon:
        icon = self._icons.get(platform_id)
        if icon is None:
            icon = self._icons[platform_id] = platform_icon(platform_id)
        return icon
