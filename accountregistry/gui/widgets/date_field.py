"""A date typed as people type it (31.12.2026, 2026-12-31, "Dec 31 2026"), with what was
understood shown in words beside it, and a calendar for those who prefer to click.

The typed text is read by domain.dates.parse_date, day first in a Danish, Swedish or Norwegian
window (03/04/2026 is 3 April there); in English a date with two readings, and anywhere one
that does not exist, is refused in the user's language, never guessed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from accountregistry.domain.dates import DATE_EXAMPLE, DateInvalid, day_first_language, parse_date
from accountregistry.domain.messages import format_value
from accountregistry.gui.accessibility import clear_button, name_calendar
from accountregistry.gui.messages import message_colours
from accountregistry.gui.widgets.dialog_parts import laid_out, plain_label


def date_in_words(value: date, today: date | None = None) -> str:
    """ "Thursday, 31 December 2026 (in 40 days)" in the user's locale."""
    today = today or date.today()
    text = QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
    days = (value - today).days
    if days == 0:
        when = QCoreApplication.translate("DateField", "today")
    elif days == 1:
        when = QCoreApplication.translate("DateField", "tomorrow")
    elif days == -1:
        when = QCoreApplication.translate("DateField", "yesterday")
    elif days > 0:
        when = QCoreApplication.translate("DateField", "in {days} days").format(days=days)
    else:
        when = QCoreApplication.translate("DateField", "{days} days ago").format(days=-days)
    return QCoreApplication.translate("DateField", "{date} ({when})").format(date=text, when=when)


class DateField(QWidget):
    """A line edit, a calendar button and, below them, the date understood or what is wrong.

    ``date()`` is the date read from the text, or None (blank or not a date); ``problem()``
    the sentence saying why it is not a date. While the user types, a half-typed date is not
    called wrong: the sentence appears when they leave the field or press Enter.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit()
        # The example a refusal gives, as the user's language writes a date.
        self.edit.setPlaceholderText(self.tr("for example {example}").format(example=format_value(DATE_EXAMPLE)))
        clear_button(self.edit)
        self.edit.setMaxLength(60)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Choose the date from a calendar (Alt+Down in the field)"))
        self.calendar_button.setAccessibleName(self.tr("Choose from a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        name_calendar(self.calendar)
        # A popup menu holding the calendar: it closes on Escape or a click elsewhere, like a
        # combo box's list. Not the button's own menu, whose arrow would crowd the text.
        self.calendar_menu = QMenu(self.calendar_button)
        holder = QWidgetAction(self.calendar_menu)
        holder.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(holder)
        self.calendar_menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on a day
        self.understood = plain_label()
        self.understood.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.understood.setObjectName("date_understood")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        laid_out(row, (self.edit, 1), self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        laid_out(layout, row, self.understood)
        self.setFocusProxy(self.edit)

        open_calendar = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), self.edit)
        open_calendar.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_calendar.activated.connect(self.show_calendar)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self.show_problem)
        self._show(None)

    # --- reading -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def _read(self) -> date | None:
        # Day first in a Danish, Swedish or Norwegian window; the words beside say which date.
        return parse_date(self.edit.text(), day_first=day_first_language())

    def date(self) -> date | None:
        try:
            return self._read()
        except DateInvalid:
            return None

    def problem(self) -> str | None:
        """Why the text is not a date; None when it is one or is blank."""
        try:
            self._read()
        except DateInvalid as error:
            return error.sentence()
        return None

    def is_blank(self) -> bool:
        return not self.edit.text().strip()

    # --- writing -----------------------------------------------------------------------------

    def set_date(self, value: date | None) -> None:
        # ISO: the one form every reader, in every locale, reads one way.
        self.edit.setText(value.isoformat() if value else "")
        self._show(value)

    def set_error(self, text: str | None) -> None:
        """A message from elsewhere (the service) in place of the date in words."""
        if text:
            self._show_text(text, error=True)
        else:
            self._show(self.date())

    # --- inside --------------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._show(self.date())
        self.changed.emit()

    def show_problem(self) -> None:
        problem = self.problem()
        if problem:
            self._show_text(problem, error=True)

    def _show(self, value: date | None) -> None:
        self._show_text(date_in_words(value) if value else "", error=False)

    def _show_text(self, text: str, *, error: bool) -> None:
        colour = message_colours(self)[0] if error else self.palette().color(self.foregroundRole()).name()
        self.understood.setStyleSheet(f"color: {colour};")
        self.understood.setText(text)
        self.understood.setVisible(bool(text))
        # A screen reader hears what was understood, or what is wrong, with the field.
        self.edit.setAccessibleDescription(text)

    def show_calendar(self) -> None:
        self.calendar_menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        value = self.date() or date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        self.calendar.setFocus()

    def _picked(self, chosen: QDate) -> None:
        self.set_date(chosen.toPython())
        self.calendar_menu.hide()
        self.edit.setFocus()
