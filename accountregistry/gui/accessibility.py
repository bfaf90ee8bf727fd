"""What Qt leaves out for keyboard and screen-reader users, added once for the whole window.

Words for the controls Qt builds inside its own widgets, which show only an icon or nothing (a
line edit's clear button, a calendar's month arrows, its days and its year field): without them
a screen reader says "button" or "table", and hovering the arrow says nothing. And a style that
always shows where the keyboard focus is."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QRegion
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QFrame,
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


class CalendarNamedOnFocus(QObject):
    """Installed on date edits with a calendar popup: the calendar is made and named (name_calendar)
    when the edit first gets the keyboard focus, as a click on its arrow or a key gives it before
    the popup opens; made with the edit, the first took 12 ms of the account window's making."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            watched.removeEventFilter(self)
            name_calendar(watched.calendarWidget())
        return False


class AccessibleStyle(QProxyStyle):
    """The platform's style, with selected rows legible (and the keyboard focus always visible:
    FocusRing, installed with it).

    Fusion tints the pictures in a selected row with the selection colour, which washes out the
    risk badges' white words on their coloured fills; here they keep their colours.
    """

    def generatedIconPixmap(self, mode: QIcon.Mode, pixmap: QPixmap, option: QStyleOption) -> QPixmap:
        if mode == QIcon.Mode.Selected:
            return pixmap
        return super().generatedIconPixmap(mode, pixmap, option)


class FocusRing(QWidget):
    """A thin ring in the palette's highlight colour over the widget that has the keyboard focus.

    Fusion draws a focused table, list or text box exactly as an unfocused one (a text box gets
    a caret at most), and a focused default button exactly as the default button it already
    was: a keyboard user cannot see where they are. The ring goes around the frame of a focused
    list, table or text box, and inside a push button reached with the keyboard; light and dark
    palettes alike, as their highlight goes.

    One ring, moved to the focused widget (a child of it, on top, its mouse events going
    through): drawn by a style instead, every primitive of every widget painted called Python
    (600 calls, 3-4 ms of a 13 ms paint of the accounts table), and the GUI thread waited for
    Python's lock at each call while a read ran."""

    def __init__(self):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.inset = 0
        self.hide()

    @staticmethod
    def inset_for(widget: QWidget | None) -> int | None:
        """Where the ring goes inside `widget` (None: no ring)."""
        if isinstance(widget, QAbstractScrollArea) and widget.frameShape() != QFrame.Shape.NoFrame:
            return 0
        if (isinstance(widget, QPushButton) and widget.window() is not None
                and widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)):
            return 3
        return None

    def follow(self, widget: QWidget, inset: int) -> None:
        self.inset = inset
        self.setParent(widget)
        self._fit()
        self.raise_()
        self.show()
        widget.installEventFilter(self)

    def leave(self) -> None:
        owner = self.parentWidget()
        if owner is not None:
            owner.removeEventFilter(self)
        self.hide()
        self.setParent(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # above a part the widget adds later (a scroll bar, an editor)
        return False

    def _fit(self) -> None:
        area = self.parentWidget().rect()
        self.setGeometry(area)
        inset = self.inset
        band = QRegion(area.adjusted(inset, inset, -inset, -inset))
        self.setMask(band.subtracted(QRegion(area.adjusted(inset + 2, inset + 2, -inset - 2, -inset - 2))))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        _ring(painter, self.rect(), self.parentWidget().palette(), inset=self.inset)
        painter.end()


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
    """Wrap the application's style (Fusion, Breeze, Windows…) in AccessibleStyle, and show the
    keyboard focus with a FocusRing while it is the application's style; once."""
    current = app.style()
    if isinstance(current, AccessibleStyle):
        return current
    style = AccessibleStyle(current.name())
    app.setStyle(style)
    rings: list[FocusRing] = []

    def focus_moved(_old: QWidget | None, now: QWidget | None) -> None:
        if rings and shiboken6.isValid(rings[0]):  # gone with a widget it was over
            rings[0].leave()
        else:
            rings[:] = [FocusRing()]
        inset = FocusRing.inset_for(now)
        if inset is not None and isinstance(app.style(), AccessibleStyle):
            rings[0].follow(now, inset)

    if not _focus_watched:
        _focus_watched.append(focus_moved)
        app.focusChanged.connect(focus_moved)
    return style


_focus_watched: list = []  # the application's one focus_moved
