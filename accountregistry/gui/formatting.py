"""How values read in the window: dates in the user's locale, the product's words in words."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    """A stored UTC timestamp shown in local time."""
    if value is None:
        return ""
    utc = QDateTime(QDate(value.year, value.month, value.day), value.time().replace(microsecond=0),
                    QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


def words(value: object) -> str:
    """An enum value as words: "employee_role" -> "employee role"."""
    if value is None:
        return ""
    text = getattr(value, "value", value)
    return str(text).replace("_", " ")
