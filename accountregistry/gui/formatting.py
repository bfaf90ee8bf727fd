"""How values read in the window: dates in the user's locale, the product's words in words."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from accountregistry.language import capitalised  # noqa: F401  (the window's, and the report's for people)

VOCABULARY_CONTEXT = "Vocabulary"

# Every value of the product's enumerations (domain/vocabulary.py) as English words, marked for
# translation; words() reads them in the user's language. A test keeps this list complete.
VOCABULARY_WORDS = frozenset({
    # Kind, Presence
    QT_TRANSLATE_NOOP("Vocabulary", "company"),
    QT_TRANSLATE_NOOP("Vocabulary", "employee role"),
    QT_TRANSLATE_NOOP("Vocabulary", "personal"),
    QT_TRANSLATE_NOOP("Vocabulary", "profile"),
    QT_TRANSLATE_NOOP("Vocabulary", "page"),
    QT_TRANSLATE_NOOP("Vocabulary", "group"),
    QT_TRANSLATE_NOOP("Vocabulary", "channel"),
    # AccountStatus, CaseStatus, ItemStatus
    QT_TRANSLATE_NOOP("Vocabulary", "active"),
    QT_TRANSLATE_NOOP("Vocabulary", "dormant"),
    QT_TRANSLATE_NOOP("Vocabulary", "archived"),
    QT_TRANSLATE_NOOP("Vocabulary", "closed"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    QT_TRANSLATE_NOOP("Vocabulary", "open"),
    QT_TRANSLATE_NOOP("Vocabulary", "done"),
    QT_TRANSLATE_NOOP("Vocabulary", "waived"),
    # Role
    QT_TRANSLATE_NOOP("Vocabulary", "owner"),
    QT_TRANSLATE_NOOP("Vocabulary", "admin"),
    QT_TRANSLATE_NOOP("Vocabulary", "editor"),
    QT_TRANSLATE_NOOP("Vocabulary", "moderator"),
    QT_TRANSLATE_NOOP("Vocabulary", "analyst"),
    # Disposition
    QT_TRANSLATE_NOOP("Vocabulary", "transfer to successor"),
    QT_TRANSLATE_NOOP("Vocabulary", "transfer to company"),
    QT_TRANSLATE_NOOP("Vocabulary", "holder keeps"),
    QT_TRANSLATE_NOOP("Vocabulary", "archive"),
    QT_TRANSLATE_NOOP("Vocabulary", "close"),
    # TwoFactor
    QT_TRANSLATE_NOOP("Vocabulary", "unknown"),
    QT_TRANSLATE_NOOP("Vocabulary", "none"),
    QT_TRANSLATE_NOOP("Vocabulary", "authenticator app"),
    QT_TRANSLATE_NOOP("Vocabulary", "security key"),
    QT_TRANSLATE_NOOP("Vocabulary", "passkey"),
    QT_TRANSLATE_NOOP("Vocabulary", "sms"),
    QT_TRANSLATE_NOOP("Vocabulary", "email"),
    # EmploymentStatus
    QT_TRANSLATE_NOOP("Vocabulary", "employed"),
    QT_TRANSLATE_NOOP("Vocabulary", "leaving"),
    QT_TRANSLATE_NOOP("Vocabulary", "left"),
    QT_TRANSLATE_NOOP("Vocabulary", "external"),
    # AgreementKind, AgreementChannel
    QT_TRANSLATE_NOOP("Vocabulary", "holder agreement"),
    QT_TRANSLATE_NOOP("Vocabulary", "handover confirmation"),
    QT_TRANSLATE_NOOP("Vocabulary", "signed paper"),
    QT_TRANSLATE_NOOP("Vocabulary", "in person"),
})


def qdate(value: date | None) -> QDate | None:
    """A date for a table model: a QDate shows in the user's locale format and sorts as a date."""
    return QDate(value.year, value.month, value.day) if value else None


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


def format_number(value: float) -> str:
    """A number with the locale's digit grouping and decimal sign (12.345 in Danish)."""
    return QLocale().toString(value)


def words(value: object) -> str:
    """An enum value as words in the user's language: "employee_role" -> "employee role"
    ("medarbejderrolle" in Danish). Anything that is not one of the product's words stays as
    it is, with its underscores as spaces."""
    if value is None:
        return ""
    text = str(getattr(value, "value", value)).replace("_", " ")
    if text in VOCABULARY_WORDS:
        return QCoreApplication.translate(VOCABULARY_CONTEXT, text)
    return text

