"""The dashboard's picture of what is at risk: horizontal bars by risk and by platform.

Painted with QPainter (QtCharts is not part of the product's Qt). Severity is never told by
colour alone: every risk's bar has a marker shape (▲ high, ◆ medium, ● low) and a fill
pattern, the legend names them in words, and each bar's count is written beside it. Hovering
a bar, or moving to it with the arrow keys, shows what the risk means and what to do; the
accessible description reads every number out for a screen reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from accountregistry.gui.formatting import format_number
from accountregistry.gui.i18n import risk_text, severity_text
from accountregistry.services.risk_counts import SEVERITIES, RiskCounts

# Fills legible on a light and on a dark window; dark windows get lighter tones.
_FILLS = {
    False: {"high": "#b3261e", "medium": "#a15c00", "low": "#52606d"},
    True: {"high": "#ef6b61", "medium": "#e0a030", "low": "#9aa7b4"},
}
# A second signal besides colour: solid for high, hatched for medium, dotted for low.
_PATTERNS = {"high": None, "medium": Qt.BrushStyle.BDiagPattern, "low": Qt.BrushStyle.Dense6Pattern}


# QCoreApplication.translate by the name lupdate looks for; each call names the context.
translate = QCoreApplication.translate


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def text_on(fill: QColor) -> QColor:
    """White or black, whichever contrasts more with the fill (WCAG's contrast ratio)."""
    light = _luminance(fill)
    return QColor("#ffffff") if (1.05 / (light + 0.05)) >= ((light + 0.05) / 0.05) else QColor("#000000")


@dataclass(frozen=True)
class ChartBar:
    """One bar as drawn: what it counts, where it is, and what hovering it says."""

    section: str  # "risk" or "platform"
    key: str  # the risk rule's id, or the platform's id
    label: str
    value: int
    segments: tuple[tuple[str, int], ...]  # (severity, accounts), worst first
    row: QRect  # the whole row: label, bar and count
    bar: QRect  # the bar itself, at its full drawn length
    tooltip: str


class RiskChart(QWidget):
    """Set its numbers with `set_counts`; read what it drew with `bars()`."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._counts: RiskCounts | None = None
        self._current = -1  # the bar the keyboard is on
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("RiskChart", "Risk chart"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # --- data ----------------------------------------------------------------------------

    def set_counts(self, counts: RiskCounts | None) -> None:
        self._counts = counts
        self._current = -1
        self.setAccessibleDescription(self.description())
        self.updateGeometry()
        self.update()

    def counts(self) -> RiskCounts | None:
        return self._counts

    def description(self) -> str:
        """Every number the chart shows, as sentences (for screen readers and the tests)."""
        counts = self._counts
        if counts is None or not counts.at_risk:
            return translate("RiskChart", "No account looked after is at risk.")
        risks = "; ".join(translate("RiskChart", "{title} ({severity}): {count}").format(
            title=risk_text(c.rule_id, "title") or c.title, severity=severity_text(c.severity),
            count=format_number(c.accounts)) for c in counts.by_risk)
        parts = [translate("RiskChart", "{at_risk} of {total} accounts looked after are at risk.").format(
            at_risk=format_number(counts.at_risk), total=format_number(counts.looked_after)),
            translate("RiskChart", "Accounts by risk: {risks}.").format(risks=risks)]
        if counts.by_platform:
            platforms = "; ".join(translate("RiskChart", "{platform}: {count} ({breakdown})").format(
                platform=p.platform_name, count=format_number(p.accounts), breakdown=self._breakdown(p.by_severity))
                for p in counts.by_platform)
            parts.append(translate("RiskChart", "Accounts at risk by platform, by their worst risk: "
                                                "{platforms}.").format(platforms=platforms))
        return " ".join(parts)

    @staticmethod
    def _breakdown(by_severity: dict[str, int]) -> str:
        return ", ".join(translate("RiskChart", "{count} {severity}").format(
            count=format_number(by_severity[s]), severity=severity_text(s)) for s in SEVERITIES if by_severity.get(s))

    # --- geometry ------------------------------------------------------------------------

    def _metrics(self) -> tuple[QFontMetrics, int]:
        metrics = QFontMetrics(self.font())
        return metrics, max(metrics.height() + 10, 22)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _content_height(self) -> int:
        counts = self._counts
        metrics, row = self._metrics()
        title = QFontMetrics(self._title_font()).height() + 10
        legend = metrics.height() + 12
        if counts is None or not counts.at_risk:
            return row * 2
        height = legend + title + row * len(counts.by_risk)
        if counts.by_platform:
            height += 12 + title + row * len(counts.by_platform)
        return height + 4

    def sizeHint(self) -> QSize:
        return QSize(520, self._content_height())

    def minimumSizeHint(self) -> QSize:
        metrics, _ = self._metrics()
        # The longest label, a short bar and a count must fit side by side.
        return QSize(max(340, metrics.horizontalAdvance("x") * 48), self._content_height())

    def _label_width(self, width: int) -> int:
        counts = self._counts
        metrics, row = self._metrics()
        labels = [risk_text(c.rule_id, "title") or c.title for c in counts.by_risk]
        labels += [p.platform_name for p in counts.by_platform]
        marker = row  # the severity marker sits before a risk's name
        wanted = max((metrics.horizontalAdvance(text) for text in labels), default=0) + marker + 12
        return min(wanted, int(width * 0.45))

    def _legend_rects(self) -> list[tuple[str, QRect]]:
        """Per severity: its marker, a swatch of its fill and pattern, and its name."""
        metrics, row = self._metrics()
        x = 0
        placed = []
        for severity in SEVERITIES:
            text = severity_text(severity).capitalize()
            width = row + self._swatch_width() + 6 + metrics.horizontalAdvance(text) + 22
            placed.append((severity, QRect(x, 0, width, metrics.height() + 6)))
            x += width
        return placed

    def _swatch_width(self) -> int:
        return self._metrics()[1]

    def bars(self) -> list[ChartBar]:
        """The bars in the order drawn (by risk, then by platform), laid out for the current width."""
        counts = self._counts
        if counts is None or not counts.at_risk:
            return []
        metrics, row = self._metrics()
        width = max(self.width(), self.minimumSizeHint().width())
        title = QFontMetrics(self._title_font()).height() + 10
        count_width = metrics.horizontalAdvance(format_number(max(counts.looked_after, 1))) + 14
        label_width = self._label_width(width)
        bar_left = label_width
        bar_room = max(width - bar_left - count_width, 20)
        bars: list[ChartBar] = []

        y = metrics.height() + 12 + title  # legend, then the first section's title
        largest = max((c.accounts for c in counts.by_risk), default=1)
        for c in counts.by_risk:
            length = max(round(bar_room * c.accounts / largest), 2)
            label = risk_text(c.rule_id, "title") or c.title
            explanation = risk_text(c.rule_id, "explanation") or c.explanation
            what_to_do = risk_text(c.rule_id, "what_to_do")
            tooltip = (translate("RiskChart", "{title} ({severity} risk): {count} account\n{explanation}")
                       if c.accounts == 1 else
                       translate("RiskChart", "{title} ({severity} risk): {count} accounts\n{explanation}")).format(
                title=label, severity=severity_text(c.severity), count=format_number(c.accounts),
                explanation=explanation)
            if what_to_do:
                tooltip += "\n" + translate("RiskChart", "What to do: {what}").format(what=what_to_do)
            bars.append(ChartBar("risk", c.rule_id, label, c.accounts, ((c.severity, c.accounts),),
                                 QRect(0, y, width, row), QRect(bar_left, y + 4, length, row - 8), tooltip))
            y += row
        if counts.by_platform:
            y += 12 + title
            largest = max(p.accounts for p in counts.by_platform)
            for p in counts.by_platform:
                length = max(round(bar_room * p.accounts / largest), 2)
                segments = tuple((s, p.by_severity.get(s, 0)) for s in SEVERITIES if p.by_severity.get(s, 0))
                tooltip = (translate("RiskChart", "{platform}: {count} account at risk\nBy their worst risk: "
                                                  "{breakdown}") if p.accounts == 1 else
                           translate("RiskChart", "{platform}: {count} accounts at risk\nBy their worst risk: "
                                                  "{breakdown}")).format(
                    platform=p.platform_name, count=format_number(p.accounts), breakdown=self._breakdown(p.by_severity))
                bars.append(ChartBar("platform", p.platform, p.platform_name, p.accounts, segments,
                                     QRect(0, y, width, row), QRect(bar_left, y + 4, length, row - 8), tooltip))
                y += row
        return bars

    def bar_at(self, point: QPoint) -> ChartBar | None:
        for bar in self.bars():
            if bar.row.contains(point):
                return bar
        return None

    # --- painting ------------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def fill_colour(self, severity: str) -> QColor:
        fills = _FILLS[self._dark()]
        return QColor(fills.get(severity, fills["low"]))

    def _fills(self) -> dict[str, tuple[QColor, QBrush | None, QColor]]:
        """Per severity: its fill, its pattern (in the contrasting text colour, faint enough to keep
        the count legible) and the colour legible on it; once a paint, not for each bar (that was
        half a paint's 8 ms)."""
        fills = {}
        for severity in SEVERITIES:
            colour, pattern = self.fill_colour(severity), _PATTERNS.get(severity)
            overlay = text_on(colour)
            overlay.setAlpha(110)
            fills[severity] = colour, QBrush(overlay, pattern) if pattern is not None else None, text_on(colour)
        return fills

    @staticmethod
    def _fill(painter: QPainter, rect: QRectF, fill: tuple[QColor, QBrush | None, QColor]) -> None:
        painter.fillRect(rect, fill[0])
        if fill[1] is not None:
            painter.fillRect(rect, fill[1])

    def _marker(self, painter: QPainter, centre: QPointF, size: float, severity: str, colour: QColor) -> None:
        painter.save()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 1))
        painter.setBrush(colour)
        half = size / 2
        if severity == "high":  # a triangle, point up: a warning sign
            painter.drawPolygon(QPolygonF([QPointF(centre.x(), centre.y() - half),
                                           QPointF(centre.x() + half, centre.y() + half * 0.85),
                                           QPointF(centre.x() - half, centre.y() + half * 0.85)]))
        elif severity == "medium":  # a diamond
            painter.drawPolygon(QPolygonF([QPointF(centre.x(), centre.y() - half),
                                           QPointF(centre.x() + half, centre.y()),
                                           QPointF(centre.x(), centre.y() + half),
                                           QPointF(centre.x() - half, centre.y())]))
        else:  # a circle
            painter.drawEllipse(centre, half * 0.8, half * 0.8)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(text_colour)
        muted.setAlpha(170)
        metrics, row = self._metrics()
        counts = self._counts
        painter.setPen(text_colour)
        if counts is None or not counts.at_risk:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             translate("RiskChart", "No account looked after is at risk."))
            painter.end()
            return

        # The legend: shape, pattern and word for each severity.
        swatch_width, fills, count_width = self._swatch_width(), self._fills(), self._count_width(metrics)
        for severity, rect in self._legend_rects():
            marker = QPointF(rect.left() + row / 2, rect.center().y() + 1)
            self._marker(painter, marker, row * 0.55, severity, fills[severity][0])
            swatch = QRectF(rect.left() + row, rect.center().y() - (row - 8) / 2 + 1, swatch_width, row - 8)
            self._fill(painter, swatch, fills[severity])
            text_left = int(swatch.right()) + 6
            painter.setPen(text_colour)
            painter.drawText(QRect(text_left, rect.top(), rect.right() - text_left, rect.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             severity_text(severity).capitalize())

        bars = self.bars()
        title_height = QFontMetrics(self._title_font()).height() + 10
        sections = [("risk", translate("RiskChart", "Accounts by risk")),
                    ("platform", translate("RiskChart", "Accounts at risk by platform, by their worst risk"))]
        for section, title in sections:
            in_section = [bar for bar in bars if bar.section == section]
            if not in_section:
                continue
            painter.setFont(self._title_font())
            painter.setPen(text_colour)
            painter.drawText(QRect(0, in_section[0].row.top() - title_height, self.width(), title_height - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
            painter.setFont(self.font())
            for bar in in_section:
                self._paint_bar(painter, bar, metrics, row, (text_colour, muted), fills, count_width)

        if self.hasFocus():
            # The bar the arrow keys are on; before the first arrow key, the chart as a whole.
            on_bar = 0 <= self._current < len(bars)
            focus = bars[self._current].row.adjusted(0, 1, -1, -1) if on_bar else self.rect().adjusted(1, 1, -1, -1)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(focus, 3, 3)
        painter.end()

    def _paint_bar(self, painter: QPainter, bar: ChartBar, metrics: QFontMetrics, row: int,
                   colours: tuple[QColor, QColor], fills: dict[str, tuple[QColor, QBrush | None, QColor]],
                   count_width: int) -> None:
        (text_colour, muted), label_left = colours, row if bar.section == "risk" else 4
        if bar.section == "risk":
            severity = bar.segments[0][0]
            self._marker(painter, QPointF(row / 2, bar.row.center().y() + 1), row * 0.55, severity,
                         fills.get(severity, fills["low"])[0])
        painter.setPen(text_colour)
        label_rect = QRect(label_left, bar.row.top(), bar.bar.left() - label_left - 8, bar.row.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_rect.width()))
        # A faint track shows the full length, so short bars still read as parts of a whole.
        track = QColor(muted)
        track.setAlpha(28)
        track_rect = QRectF(bar.bar.left(), bar.bar.top(), self.width() - bar.bar.left() - count_width, bar.bar.height())
        painter.fillRect(track_rect, track)
        x = float(bar.bar.left())
        for severity, value in bar.segments:
            length = bar.bar.width() * value / max(bar.value, 1)
            segment, fill = QRectF(x, bar.bar.top(), length, bar.bar.height()), fills.get(severity, fills["low"])
            self._fill(painter, segment, fill)
            if bar.section == "platform" and length >= metrics.horizontalAdvance(format_number(value)) + 8:
                # Each severity's share written on it, in a colour its fill keeps legible.
                painter.setPen(fill[2])
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, format_number(value))
            x += length
        painter.setPen(text_colour)
        painter.drawText(QRect(int(x) + 6, bar.row.top(), count_width + 40, bar.row.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_number(bar.value))

    def _count_width(self, metrics: QFontMetrics) -> int:
        counts = self._counts
        return metrics.horizontalAdvance(format_number(max(counts.looked_after if counts else 1, 1))) + 14

    # --- hovering and the keyboard -------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), bar.tooltip, self, bar.row)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bars = self.bars()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if step is None or not bars:
            if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End) and bars:
                self._move_to(0 if event.key() == Qt.Key.Key_Home else len(bars) - 1)
                return
            super().keyPressEvent(event)
            return
        self._move_to(max(0, min(len(bars) - 1, self._current + step)))

    def _move_to(self, index: int) -> None:
        self._current = index
        bar = self.bars()[index]
        # The bar's explanation for keyboard users, read out and shown as hovering would.
        self.setAccessibleDescription(bar.tooltip.replace("\n", " "))
        QToolTip.showText(self.mapToGlobal(bar.bar.topLeft() + QPoint(0, bar.bar.height())), bar.tooltip, self,
                          bar.row)
        self.current_changed.emit(index)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setAccessibleDescription(self.description())
        QToolTip.hideText()
        self.update()

