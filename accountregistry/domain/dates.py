"""Reading dates as people type them, in Scandinavia and in spreadsheets.

Lenient about form (31.12.2026, 31/12/2026, 2026-12-31, "Dec 31 2026", "31. december 2026"),
strict about meaning: a date that could be read two ways (03/04/2026) or does not exist
(31.02.2026) is an error with a sentence, never a guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

# Danish, Swedish and Norwegian month names (and their usual abbreviations) -> English, so
# that dateutil, which knows English names only, reads them.
_MONTHS = {
    "januar": "jan", "januari": "jan", "februar": "feb", "februari": "feb", "marts": "mar", "mars": "mar",
    "maj": "may", "mai": "may", "juni": "jun", "juli": "jul", "augusti": "aug", "oktober": "oct",
    "okt": "oct", "desember": "dec", "des": "dec",
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})\.?$")
_EXAMPLE = "for example 31.12.2026 or 2026-12-31"


class DateInvalid(ValueError):
    """str() is one sentence saying what is wrong and what form to use."""


def parse_date(text: str | date | None) -> date | None:
    """A calendar date from typed text; None for blank; DateInvalid for anything doubtful."""
    if text is None:
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    cleaned = " ".join(str(text).split())
    if not cleaned:
        return None
    if len(cleaned) > 40:
        raise DateInvalid(f"“{cleaned[:40]}…” is not a date ({_EXAMPLE}).")
    if match := _ISO.match(cleaned):
        return _build(cleaned, int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(cleaned):
        return _numeric(cleaned, match)
    return _with_month_name(cleaned)


def _build(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInvalid(f"“{text}” is not a date that exists ({_EXAMPLE}).") from None


def _numeric(text: str, match: re.Match) -> date:
    first, separator, second, year_text = int(match[1]), match[2], int(match[3]), match[4]
    if len(year_text) != 4:
        raise DateInvalid(f"“{text}” has a two-digit year; write the year in full ({_EXAMPLE}).")
    year = int(year_text)
    if separator == ".":
        # Dots are day-first wherever they are used (Scandinavia, Germany); nobody writes M.D.Y.
        return _build(text, year, second, first)
    day_first_possible = 1 <= second <= 12 and 1 <= first <= 31
    month_first_possible = 1 <= first <= 12 and 1 <= second <= 31
    if day_first_possible and month_first_possible and first != second:
        raise DateInvalid(f"“{text}” could be {first} {_month_name(second)} or {second} {_month_name(first)}; "
                          f"write it as {year}-{second:02d}-{first:02d} or {year}-{first:02d}-{second:02d}.")
    if day_first_possible:
        return _build(text, year, second, first)
    if month_first_possible:
        return _build(text, year, first, second)
    raise DateInvalid(f"“{text}” is not a date that exists ({_EXAMPLE}).")


def _with_month_name(text: str) -> date:
    words = re.split(r"([\s.,/-]+)", text.lower())
    translated = "".join(_MONTHS.get(word, word) for word in words)
    if not re.search(r"[a-z]{3}", translated) or not re.search(r"\d{4}", translated):
        raise DateInvalid(f"“{text}” is not a date ({_EXAMPLE}).")
    # Two different defaults: a part the text lacks would differ between the two readings.
    try:
        one = dateutil_parser.parse(translated, default=datetime(2000, 1, 1), dayfirst=True)
        other = dateutil_parser.parse(translated, default=datetime(2001, 2, 2), dayfirst=True)
    except (ValueError, OverflowError, dateutil_parser.ParserError):
        raise DateInvalid(f"“{text}” is not a date ({_EXAMPLE}).") from None
    if one.date() != other.date() or (one.hour, one.minute, one.second) != (0, 0, 0):
        raise DateInvalid(f"“{text}” is not a complete date ({_EXAMPLE}).")
    return one.date()


def _month_name(month: int) -> str:
    return date(2000, month, 1).strftime("%B")
