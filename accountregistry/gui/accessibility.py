"""What Qt leaves out for keyboard and screen-reader users, added once for the whole window.

Words for the controls Qt builds inside its own widgets, which show only an icon or nothing (a
line edit's clear button, a calendar's month arrows, its days and its year field): without them
a screen reader says "button" or "table", and hovering the arrow says nothing. And a style that
always shows where the keyboard focus is."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOption,
    QToolButton,
    QWidget,
)

# The object names Qt gives its calendar's parts (the same since Qt 4); translated when used.
_CALENDAR_PARTS = {
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("Accessibility", "Previous month"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("Accessibility", "Next month"),
}


def clear_button(edit: QLineEdit) -> QLineEdit:
    """Show the line edit's clear button (an ✕ while there is text), with a tooltip and a name."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        action.setToolTip(QCoreApplication.translate("Accessibility", "Clear the field"))
        for button in edit.findChildren(QToolButton):
            if button.defaultAction() is action:
                button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear"))
    return edit


def name_calendar(calendar: QCalendarWidget, name: str | None = None) -> QCalendarWidget:
    """Name a calendar's days (where the keyboard is) and give its arrow buttons tooltips."""
    days: QWidget | None = calendar.focusProxy()
    if days is not None:
        days.setAccessibleName(name or calendar.accessibleName() or QCoreApplication.translate("Accessibility", "Calendar"))
    for button in calendar.findChildren(QToolButton):
        words = _CALENDAR_PARTS.get(button.objectName())
        if words is not None:
            shown = QCoreApplication.translate("Accessibility", words)
            button.setToolTip(shown)
            button.setAccessibleName(shown)
    year = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
    if year is not None:
        year.setAccessibleName(QCoreApplication.translate("Accessibility", "Year"))
    return calendar


class AccessibleStyle(QProxyStyle):
    """The platform's style, with the keyboard focus always visible and selected rows legible.

    Fusion draws a focused table, list or text box exactly as an unfocused one (a text box gets
    a caret at most), and a focused default button exactly as the default button it already
    was: a keyboard user cannot see where they are. This adds a thin ring in the palette's
    highlight colour: around the frame of a focused list, table or text box, and inside a push
    button reached with the keyboard. Light and dark palettes alike, as their highlight goes.

    Fusion also tints the pictures in a selected row with the selection colour, which washes
    out the risk badges' white words on their coloured fills; here they keep their colours.
    """

    def generatedIconPixmap(self, mode: QIcon.Mode, pixmap: QPixmap, option: QStyleOption) -> QPixmap:
        if mode == QIcon.Mode.Selected:
            return pixmap
        return super().generatedIconPixmap(mode, pixmap, option)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        state = option.state
        if widget is None or not state & QStyle.StateFlag.State_HasFocus:
            return
        if element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, QAbstractScrollArea):
            _ring(painter, option.rect, option.palette, inset=0)
        elif (element == QStyle.PrimitiveElement.PE_PanelButtonCommand and isinstance(widget, QPushButton)
              and state & QStyle.StateFlag.State_KeyboardFocusChange):
            _ring(painter, option.rect, option.palette, inset=3)


def _ring(painter: QPainter, rect: QRect, palette: QPalette, *, inset: int) -> None:
    """Two lines: the highlight colour, and a fainter one inside it, like Fusion's focused field."""
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inner = QColor(colour)
    inner.setAlpha(110)
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 1))
    painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
    painter.setPen(QPen(inner, 1))
    painter.drawRect(rect.adjusted(inset + 1, inset + 1, -inset - 2, -inset - 2))
    painter.restore()


def install_accessible_style(app: QApplication) -> QStyle:
    """Wrap the application's style (Fusion, Breeze, Windows…) in AccessibleStyle; once."""
    current = app.style()
    if isinstance(current, AccessibleStyle):
        return current
    style = AccessibleStyle(current.name())
    app.setStyle(style)
    return style
