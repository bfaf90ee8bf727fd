"""Reading dates as people type them, in Scandinavia and in spreadsheets.

Lenient about form (31.12.2026, 31/12/2026, 2026-12-31, "Dec 31 2026", "31. december 2026"),
strict about meaning: a date that could be read two ways (03/04/2026) or does not exist
(31.02.2026) is refused (DateInvalid, with its code), never guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from accountregistry import language
from accountregistry.domain.errors import RegistryError
from accountregistry.domain.messages import Phrase

# Danish, Swedish and Norwegian month names (and their usual abbreviations) -> English, so
# that dateutil, which knows English names only, reads them.
_MONTHS = {
    "januar": "jan", "januari": "jan", "februar": "feb", "februari": "feb", "marts": "mar", "mars": "mar",
    "maj": "may", "mai": "may", "juni": "jun", "juli": "jul", "augusti": "aug", "oktober": "oct",
    "okt": "oct", "desember": "dec", "des": "dec",
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})\.?$")
# The example a refused date is given: one phrase, worded in the reader's language as its readers
# write a date ("31 Dec 2026 or 2026-12-31" in English, "31.12.2026 eller 2026-12-31" in
# Danish), each form one that parse_date reads as that day whether day_first or not.
DATE_EXAMPLE = Phrase("date_example")


class DateInvalid(RegistryError):
    """Text that is not one date: the code says why (not_a_date, date_not_existing,
    date_short_year, date_incomplete, date_ambiguous), `text` is what was typed and `readings`
    the dates it could mean (two for an ambiguous date, else none)."""

    code = "not_a_date"

    def __init__(self, code: str, text: str, readings: tuple[date, ...] = ()):
        self.text, self.readings = text, tuple(readings)
        extra: dict[str, object] = {"example": DATE_EXAMPLE}
        if self.readings:
            one, other = self.readings
            extra = {"one": one, "other": other, "first": one.isoformat(), "second": other.isoformat()}
        super().__init__(code, text=text, **extra)


def day_first_language() -> bool:
    """Whether the user's language writes numeric dates day first (Danish, Swedish, Norwegian:
    03/04/2027 is 3 April), as the window and the command line are set."""
    return language.current_language() in language.TRANSLATED


def parse_date(text: str | date | None, *, day_first: bool = False, today: date | None = None) -> date | None:
    """A calendar date from typed text; None for blank; DateInvalid for anything doubtful.

    `day_first`: numeric dates are read day first (03/04/2027 is 3 April), as Danish, Swedish
    and Norwegian users (and semicolon-separated files) write them; otherwise a date that
    reads both ways is refused. A two-digit year (15-03-26) is 20xx when that lies within 50
    years of `today` (default: today), and refused otherwise."""
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
        raise DateInvalid("not_a_date", f"{cleaned[:40]}…")
    if match := _ISO.match(cleaned):
        return _build(cleaned, int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(cleaned):
        return _numeric(cleaned, match, day_first, today)
    return _with_month_name(cleaned)


def _build(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInvalid("date_not_existing", text) from None


def _year(text: str, year_text: str, today: date | None) -> int:
    if len(year_text) == 4:
        return int(year_text)
    if len(year_text) != 2:
        raise DateInvalid("date_short_year", text)
    today = today or date.today()
    year = 2000 + int(year_text)
    if abs(year - today.year) > 50:
        raise DateInvalid("date_short_year", text)
    return year


def _numeric(text: str, match: re.Match, day_first: bool, today: date | None) -> date:
    first, separator, second, year_text = int(match[1]), match[2], int(match[3]), match[4]
    year = _year(text, year_text, today)
    if separator == "." or day_first:
        # Dots are day-first wherever they are used (Scandinavia, Germany); nobody writes M.D.Y.
        return _build(text, year, second, first)
    day_first_possible = 1 <= second <= 12 and 1 <= first <= 31
    month_first_possible = 1 <= first <= 12 and 1 <= second <= 31
    if day_first_possible and month_first_possible and first != second:
        raise DateInvalid("date_ambiguous", text, (date(year, second, first), date(year, first, second)))
    if day_first_possible:
        return _build(text, year, second, first)
    if month_first_possible:
        return _build(text, year, first, second)
    raise DateInvalid("date_not_existing", text)


def _with_month_name(text: str) -> date:
    words = re.split(r"([\s.,/-]+)", text.lower())
    translated = "".join(_MONTHS.get(word, word) for word in words)
    if not re.search(r"[a-z]{3}", translated) or not re.search(r"\d{4}", translated):
        raise DateInvalid("not_a_date", text)
    # Here, not at the top: only a date written with a month's name needs the parser (some 10 ms
    # of every command that counts business days, e.g. `settings show`, `offboard show`).
    from dateutil import parser as dateutil_parser

    # Two different defaults: a part the text lacks would differ between the two readings.
    try:
        one = dateutil_parser.parse(translated, default=datetime(2000, 1, 1), dayfirst=True)
        other = dateutil_parser.parse(translated, default=datetime(2001, 2, 2), dayfirst=True)
    except (ValueError, OverflowError, dateutil_parser.ParserError):
        raise DateInvalid("not_a_date", text) from None
    if one.date() != other.date() or (one.hour, one.minute, one.second) != (0, 0, 0):
        raise DateInvalid("date_incomplete", text)
    return one.date()
