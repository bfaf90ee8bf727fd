"""The accounts table's model: an AccountTable (gui/models/account_table.py) shown through Qt.

Not a QSortFilterProxyModel: at 100,000 rows a proxy takes about 0.7 s per keystroke and 9 s
per sort, because it calls data() through Qt for every row. The table filters and sorts itself
in plain Python; the view only ever asks for the few rows it paints. A table made elsewhere (a
worker thread reading the registry again) is put in with `set_table`, keeping the selection.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeySequence, QPainter, QPixmap, QPolygonF

from accountregistry.domain.messages import LABEL_CONTEXT
from accountregistry.domain.vocabulary import CONTROLLING_ROLES, Role
from accountregistry.gui.app import platform_icon
from accountregistry.gui.formatting import capitalised, format_date, format_number, words
from accountregistry.gui.i18n import risk_text, severity_text
from accountregistry.gui.models.account_table import KIND_NOT_KNOWN, AccountFilter, AccountTable, Column
from accountregistry.gui.models.columns import Index
from accountregistry.services.account_list import COLUMNS, AccountColumns, AccountRow, RiskFlag
from accountregistry.store.fields import fields_of
from accountregistry.store.models import AccountFields

__all__ = ["ACCOUNT_ID_ROLE", "KIND_NOT_KNOWN", "AccountFilter", "AccountTable", "AccountsModel", "Column",
           "badge_layout", "badge_pixmap", "kind_text", "risk_badge_text", "risk_title", "risk_tooltip"]


# The columns that show one of the account's own fields are named as store/models.py declares
# them (translated as the field is wherever it is named); the others, and every tooltip, here.
FIELD_COLUMNS = {Column.platform: "platform", Column.handle: "handle", Column.display_name: "display_name",
                 Column.kind: "kind", Column.presence: "presence", Column.status: "status", Column.holder: "holder_id",
                 Column.official: "official"}
# In English, marked for lupdate; headerData translates them when asked.
HEADERS_CONTEXT = "AccountsModel"
TITLES = {
    Column.administrators: QT_TRANSLATE_NOOP("AccountsModel", "Admins"),
    Column.next_review: QT_TRANSLATE_NOOP("AccountsModel", "Next review"),
    Column.risks: QT_TRANSLATE_NOOP("AccountsModel", "Risks"),
}
# The Official column's cells.
YES, NO = QT_TRANSLATE_NOOP("AccountsModel", "Yes"), QT_TRANSLATE_NOOP("AccountsModel", "No")
TOOLTIPS = {
    Column.platform: QT_TRANSLATE_NOOP("AccountsModel", "The platform the account is on"),
    Column.handle: QT_TRANSLATE_NOOP("AccountsModel", "The account's handle or address on its platform"),
    Column.display_name: QT_TRANSLATE_NOOP("AccountsModel", "The name the account shows"),
    Column.kind: QT_TRANSLATE_NOOP("AccountsModel",
                                   "Whom the account belongs to: the company, an employee role, or a person"),
    Column.presence: QT_TRANSLATE_NOOP("AccountsModel", "Profile, page, group or channel"),
    Column.status: QT_TRANSLATE_NOOP("AccountsModel", "Active, dormant, archived or closed"),
    Column.official: QT_TRANSLATE_NOOP("AccountsModel", "No for a page or group someone made in the company's name "
                                                        "without its mandate"),
    Column.holder: QT_TRANSLATE_NOOP("AccountsModel", "The person the account presents"),
    # {roles}: the roles counted (domain/vocabulary.CONTROLLING_ROLES), in the user's words.
    Column.administrators: QT_TRANSLATE_NOOP("AccountsModel", "How many people are active administrators of the "
                                                              "account ({roles}): those who can add and remove "
                                                              "others"),
    Column.next_review: QT_TRANSLATE_NOOP("AccountsModel", "When the account's record should next be confirmed"),
    Column.risks: QT_TRANSLATE_NOOP("AccountsModel", "What puts the account at risk, worst first"),
}


def column_title(column: Column) -> str:
    """The column's name in the user's language."""
    if column in FIELD_COLUMNS:
        return QCoreApplication.translate(LABEL_CONTEXT, fields_of(AccountFields)[FIELD_COLUMNS[column]].label)
    return QCoreApplication.translate(HEADERS_CONTEXT, TITLES[column])


ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A count's alignment, made once: a Python enum's "|" builds a new member at each paint of each row.
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles a cell has a value for (Qt asks a painted cell for its font, colours and check state too).
ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, ACCOUNT_ID_ROLE))
MAX_CELLS = 20_000  # the values kept for cells painted again (a screenful is about 1,000)

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
    """The worst risk as a coloured badge and, when there are more, their count ("+2") beside it:
    one badge always fits the column at the default window size, and the tooltip (and a screen
    reader) lists them all, worst first.

    A picture in the decoration role, drawn by Qt's own delegate: a Python item delegate
    would do the same, but PySide6 6.12 releases None once too often in
    QStyledItemDelegate.initStyleOption, which crashes the interpreter after enough paints.
    Accounts share few combinations of risks, so each picture is drawn once.
    """
    font, badge_width, more, width = badge_layout(risks, font)
    worst = risks[0]
    pixmap = QPixmap(round(width * ratio), round(BADGE_HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    rect = QRectF(0, 0, badge_width, BADGE_HEIGHT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BADGE_COLOURS.get(worst.severity, BADGE_COLOURS["low"])))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setBrush(QColor("#ffffff"))
    draw_severity_marker(painter, QPointF(BADGE_PADDING + BADGE_MARKER / 2, BADGE_HEIGHT / 2), BADGE_MARKER,
                         worst.severity)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect.adjusted(BADGE_PADDING + BADGE_MARKER + 4, 0, -BADGE_PADDING, 0),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, risk_title(worst))
    if more:
        rest = QRectF(badge_width + BADGE_GAP, 0, width - badge_width - BADGE_GAP, BADGE_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOURS["low"]))
        painter.drawRoundedRect(rest, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rest, Qt.AlignmentFlag.AlignCenter, more)
    painter.end()
    return pixmap


def badge_layout(risks: tuple[RiskFlag, ...], font: QFont) -> tuple[QFont, int, str, int]:
    """A badge's font, the width of the worst risk's badge, the count of the others ("+2", or "")
    and the whole picture's width (measured, not drawn: the Risks column's width at the start)."""
    font = QFont(font)
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    metrics = QFontMetrics(font)
    badge_width = metrics.horizontalAdvance(risk_title(risks[0])) + 2 * BADGE_PADDING + BADGE_MARKER + 4
    more = f"+{len(risks) - 1}" if len(risks) > 1 else ""
    more_width = BADGE_GAP + metrics.horizontalAdvance(more) + 2 * BADGE_PADDING if more else 0
    return font, badge_width, more, badge_width + more_width


def unread_text(failed: bool) -> str:
    """What a value not read yet says, or one that could not be (read again by Retry or the Reload key)."""
    return (QCoreApplication.translate("AccountsModel", "Could not be read; press {key}.").format(key=reload_key())
            if failed else QCoreApplication.translate("AccountsModel", "Loading…"))


def reload_key() -> str:
    """The Reload action's key as the platform names it: F5 on Windows and Linux, ⇧⌘R on macOS."""
    return QKeySequence(QKeySequence.StandardKey.Refresh).toString(QKeySequence.SequenceFormat.NativeText)


def kind_text(kind: str | None) -> str:
    return capitalised(words(kind)) if kind else QCoreApplication.translate("AccountsModel", "Not known")


def risk_title(risk: RiskFlag) -> str:
    """The risk's badge text in the user's language (the rule's own, if the rule is unknown)."""
    return risk_text(risk.id, "title") or risk.title


def risk_badge_text(row: AccountRow) -> str:
    return " · ".join(risk_title(risk) for risk in row.risks or ())


def risk_tooltip(row: AccountRow) -> str:
    return "\n".join(
        QCoreApplication.translate("AccountsModel", "{risk} ({severity}): {explanation}").format(
            risk=risk_title(risk), severity=severity_text(risk.severity),
            explanation=risk_text(risk.id, "explanation") or risk.explanation)
        for risk in row.risks or ())


# The columns that show what is read after the rows (AccountColumns' fields).
_SHOWN_IN = {"risks": Column.risks, "administrators": Column.administrators, "role_holders": Column.administrators}


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._table = AccountTable.empty()
        self._badges: dict[tuple[str, ...], QPixmap] = {}
        self.read_failed = False  # the read of what rows lack (risks, role holders) failed: not again until F5
        # Each paint asks for the same 300 cells or so again: their values, until the next table.
        self._cells: dict[tuple[int, int, int, bool], object] = {}  # (at, column, role, read_failed)

    # --- feeding -------------------------------------------------------------------------

    @property
    def table(self) -> AccountTable:
        """What is shown; a worker may build the next one from it (it never changes)."""
        return self._table

    def set_rows(self, rows: AccountColumns | Iterable[AccountRow]) -> None:
        """All rows anew, with the current sort and filter (for small tables; large ones are
        made off the GUI thread with AccountTable.of and put in with set_table)."""
        self.set_table(AccountTable.of(rows, self._table.sort_column, self._table.sort_descending,
                                       self._table.filter))

    def set_table(self, table: AccountTable) -> None:
        """Show `table`. Columns read after the rows (with_columns) change their cells alone; with as
        many rows shown as before, the selection and the current row stay on the same accounts (a
        layout change); otherwise the model is reset and the view keeps what it can (AccountsView.set_table)."""
        before, self._cells = self._table, {}
        changed = {_SHOWN_IN.get(name) for name in COLUMNS
                   if getattr(table.columns, name) is not getattr(before.columns, name)}
        if before.visible and table.position is before.position and None not in changed and (
                table.visible is before.visible or table.visible == before.visible):
            self._table = table
            for column in changed:
                self.dataChanged.emit(self.index(0, column), self.index(len(table.visible) - 1, column))
            return
        if len(table.visible) != len(before.visible) or not before.visible:
            self.beginResetModel()
            self._table = table
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        accounts = [before.columns.id[before.visible[index.row()]] for index in persistent]
        self._table = table
        # Each column of a selected row has its index: each account is looked for once.
        shown = {account_id: table.shown_at(account_id) for account_id in set(accounts)}
        moved = []
        for account_id, index in zip(accounts, persistent):
            at = shown[account_id]
            moved.append(self.index(at, index.column()) if at >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- filtering -----------------------------------------------------------------------

    @property
    def filter(self) -> AccountFilter:
        return self._table.filter

    def set_filter(self, wanted: AccountFilter) -> None:
        if wanted == self._table.filter:
            return
        self.beginResetModel()
        self._table = self._table.filtered(wanted)
        self.endResetModel()

    # --- sorting -------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        column = column if 0 <= column < len(Column) else -1
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._table.sort_column and descending == self._table.sort_descending:
            return
        self.set_table(self._table.sorted_by(column, descending))

    @property
    def sort_column(self) -> int:
        return self._table.sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._table.sort_descending else Qt.SortOrder.AscendingOrder

    # --- reading -------------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._table)

    def row_at(self, index: Index | int) -> AccountRow:
        return self._table.row_at(index if isinstance(index, int) else index.row())

    def index_of_account(self, account_id: int, column: int = 0) -> QModelIndex:
        """Where the account is shown, or an invalid index if the filter hides it."""
        at = self._table.shown_at(account_id)
        return self.index(at, column) if at >= 0 else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = QCoreApplication.translate(HEADERS_CONTEXT, TOOLTIPS[Column(section)])
            if section == Column.administrators:
                tooltip = tooltip.format(roles=", ".join(words(r) for r in Role if r in CONTROLLING_ROLES))
            return tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        table = self._table
        if not index.isValid() or index.row() >= len(table.visible):
            return None
        return self._value(table.visible[index.row()], index.column(), role)

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt's name
        """Every role a painted cell asks for (seven), in one call from Qt instead of one each:
        2,079 calls of data() per paint of the table were 297, and while a read runs the GUI
        thread waits for Python's lock at each call."""
        table = self._table
        at = table.visible[index.row()] if index.isValid() and index.row() < len(table.visible) else None
        column = index.column()
        cells, failed = self._cells, self.read_failed
        if len(cells) > MAX_CELLS:
            cells.clear()
        for wanted in roles:
            role = wanted.role()
            if at is None or role not in ANSWERED_ROLES:
                wanted.clearData()
                continue
            value = cells.get(key := (at, column, role, failed), cells)
            if value is cells:
                value = cells[key] = self._value(at, column, role)
            wanted.setData(value)

    def _value(self, at: int, column: int, role: int):
        """What the cell of the account at `at` (in the table's columns) shows in `role`."""
        columns = self._table.columns
        if role == Qt.ItemDataRole.DisplayRole:
            # The risks column shows badges (a picture) instead of its words; words until read.
            return self._text(columns, at, column) if column != Column.risks or columns.risks[at] is None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(columns, at, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.platform:
                return platform_icon(columns.platform[at])
            if column == Column.risks and columns.risks[at]:
                return self._badge(columns.risks[at])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(columns.row(at), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.administrators:
            return RIGHT_ALIGNED
        if role == ACCOUNT_ID_ROLE:
            return columns.id[at]
        return None

    def _tooltip(self, row: AccountRow, column: int) -> str | None:
        if column == Column.risks:
            if row.risks is None:
                return unread_text(True) if self.read_failed else self.tr("The risks are being read.")
            return risk_tooltip(row) or self.tr("No risks found.")
        if column == Column.handle:  # as the account's window heads it (its name: on hover only)
            from accountregistry.services.case_reading import account_name

            return capitalised(account_name(row.platform, row.presence, None, row.handle).sentence())
        if column == Column.administrators:
            if row.role_holders is None:
                return unread_text(self.read_failed)
            return ", ".join(row.administrator_names) or self.tr("Nobody holds an active role.")
        return None

    def _text(self, columns: AccountColumns, at: int, column: int) -> str:
        if column == Column.platform:
            return columns.platform_name[at]
        if column == Column.handle:
            return columns.handle[at]
        if column == Column.display_name:
            return columns.display_name[at]
        if column == Column.kind:
            return kind_text(columns.kind[at])
        if column == Column.presence:
            return capitalised(words(columns.presence[at]))
        if column == Column.status:
            return capitalised(words(columns.status[at]))
        if column == Column.holder:
            return columns.holder_name[at]
        if column == Column.official:
            return QCoreApplication.translate(HEADERS_CONTEXT, YES if columns.official[at] else NO)
        if column == Column.administrators:
            return format_number(columns.administrators[at].bit_count())
        if column == Column.next_review:
            return format_date(columns.next_review[at])
        if column == Column.risks:
            return risk_badge_text(columns.row(at)) if columns.risks[at] is not None else unread_text(self.read_failed)
        return ""

    def _badge(self, risks: tuple[RiskFlag, ...]) -> QPixmap:
        key = tuple(risk.id for risk in risks)
        pixmap = self._badges.get(key)
        if pixmap is None:
            pixmap = self._badges[key] = badge_pixmap(risks, QGuiApplication.font(),
                                                      QGuiApplication.primaryScreen().devicePixelRatio()
                                                      if QGuiApplication.primaryScreen() else 1.0)
        return pixmap
