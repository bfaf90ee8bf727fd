"""Every refusal's words, by code: the one table that turns a code and its parameters into a
sentence in the user's language.

The English templates below are the source texts of the translation catalogues (context
"Message"; scripts/translations.py puts them in gui/core_texts.py for lupdate). A parameter is
shown as a person reads it: a Label (a field's name) and a vocabulary word (Kind.personal ->
"personal") are translated too, dates are written the way the language writes them, lists are
joined. A translation whose {placeholders} differ from the English is not used.

Phrase sentences so that no plural form is needed ("Remaining: {count}."), and never put a
secret in a parameter.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from accountregistry.language import current_language, translate

CONTEXT = "Message"
LABEL_CONTEXT = "Field"
VOCABULARY_CONTEXT = "Vocabulary"
# TRANSITIONAL: refusals raised with an English sentence instead of a code; none may remain.
UNTRANSLATED = "untranslated"


class Label(str):
    """A field's or thing's name inside a sentence ("Review interval (months)"), translated in
    the "Field" context when the sentence is made."""

    __slots__ = ()


MESSAGES: dict[str, str] = {
    UNTRANSLATED: "{text}",
    # Generic, for any refusal class without a code of its own.
    "registry_error": "That cannot be done.",
    "invalid_input": "Some of what was entered is not valid.",
    "not_found": "That record is not in the registry.",
    "conflict": "That collides with what is already recorded.",
    "store_error": "The database cannot be used right now.",
    # One field's input (services/validation.Problems).
    "required": "{label} is required.",
    "not_text": "{label} must be text.",
    "too_long": "{label} is too long ({length} characters; at most {limit}).",
    "control_characters": "{label} contains control characters; remove them.",
    "not_email": "{label} “{value}” is not an email address (expected name@example.com).",
    "not_a_choice": "{label} “{value}” is not one of: {allowed}.",
    "not_whole_number": "{label} must be a whole number.",
    "out_of_range": "{label} must be between {low} and {high}.",
    "in_future": "{label} cannot be in the future.",
    # Reliability: concurrent writers, the audit trail, safe files (store/, services/audit.py).
    "stale_edit": "Someone else changed this record since you opened it; reload it and make your change again.",
    "lock_wait_invalid": "{variable} must be a number of seconds between 0 and {high}, not “{value}”.",
}

# How each language writes a date in a sentence.
_DATE_FORMATS = {"da": "{d}.{m}.{y}", "nb": "{d}.{m}.{y}", "sv": "{y}-{m:02d}-{d:02d}"}
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: date) -> str:
    pattern = _DATE_FORMATS.get(current_language())
    if pattern is None:
        return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return pattern.format(d=day.day, m=day.month, y=day.year)


def format_value(value: Any) -> str:
    """A parameter as a person reads it in the current language."""
    if isinstance(value, Label):
        return translate(LABEL_CONTEXT, value)
    if isinstance(value, Enum) and isinstance(value.value, str):
        return translate(VOCABULARY_CONTEXT, value.value.replace("_", " "))
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(format_value(item) for item in value)
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if current_language() in ("da", "sv", "nb") else text
    return str(value)


def placeholders(text: str) -> frozenset[str] | None:
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError:
        return None


def template(code: str) -> str:
    """The code's template in the current language (English when the translation is missing or
    would lose a placeholder)."""
    english = MESSAGES[code]
    translated = translate(CONTEXT, english)
    return translated if placeholders(translated) == placeholders(english) else english


def sentence(code: str, params: Mapping[str, Any] | None = None) -> str:
    params = params or {}
    shown = {name: format_value(value) for name, value in params.items()}
    try:
        return template(code).format_map(shown)
    except (KeyError, IndexError, ValueError):
        # A parameter the raiser forgot must not hide the refusal behind a second error.
        return MESSAGES[code].format_map(_Lenient(shown))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
