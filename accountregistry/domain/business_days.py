"""Business days: Monday to Friday, less the public holidays of the organisation's country and
the company's own closing days.

Public holidays come from the `holidays` library (a maintained calendar of every country's
holidays, Easter and its movable feasts included) rather than a table of our own. Denmark and
Norway count their public holidays; Sweden also its de facto holidays (Midsummer Eve, Christmas
Eve, New Year's Eve), on which Swedish workplaces are closed. Anything else a company closes
on (24 and 31 December in Denmark, a bridge day) is a closing day the user adds: every year
("12-24") or once ("2027-05-07").

An offset of 0 is the day itself if it is a business day, else the last business day before
it: an item "due on the last day" must be done while people are at work. Other offsets count
from that day, so every offset gives a different business day.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from accountregistry.domain.dates import DateInvalid, parse_date
from accountregistry.domain.vocabulary import HolidayCountry

__all__ = ["WEEKDAYS_ONLY", "BusinessCalendar", "Closure", "ClosingDay", "ClosingDayInvalid", "parse_closing_day",
           "parse_closing_days", "stored_closing_days"]

# The holiday categories a workplace in the country is closed on (the library's names).
_CATEGORIES = {HolidayCountry.DK: ("public",), HolidayCountry.SE: ("public", "de_facto"),
               HolidayCountry.NO: ("public",)}
# Our language codes -> the library's; a language a country's calendar does not have gets the
# country's own names.
_LIBRARY_LANGUAGES = {"en": "en_US", "da": "da", "sv": "sv", "nb": "no"}
# Each country's calendar in the library: its module in `holidays.countries` and its class.
_CALENDARS = {HolidayCountry.DK: ("denmark", "Denmark"), HolidayCountry.SE: ("sweden", "Sweden"),
              HolidayCountry.NO: ("norway", "Norway")}
_CALENDAR_IMPORT = threading.Lock()
MAX_CLOSING_DAYS = 100
# The longest stretch a calendar is searched for a business day: a broken calendar (every day
# closed) must fail loudly, not loop forever.
_SEARCH_LIMIT = 366


class ClosingDayInvalid(ValueError):
    """Text that is not a day of the year nor a date (services/organisation says so, with a code)."""


@dataclass(frozen=True, order=True)
class ClosingDay:
    """A day the company is closed: every year (year None) or once."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        date(self.year or 2000, self.month, self.day)  # 2000: 29 February exists in a leap year

    @property
    def every_year(self) -> bool:
        return self.year is None

    def falls_on(self, day: date) -> bool:
        return (day.month, day.day) == (self.month, self.day) and self.year in (None, day.year)

    def stored(self) -> str:
        """"12-24" every year, "2027-05-07" once (how the settings row keeps it)."""
        text = f"{self.month:02d}-{self.day:02d}"
        return text if self.year is None else f"{self.year:04d}-{text}"

    def typed(self) -> str:
        """"24.12" every year, "2027-05-07" once: as a person types it, and parse_closing_day
        reads it back (the stored "12-24" would not be: month first is read as no one types it)."""
        return f"{self.day}.{self.month}" if self.every_year else self.stored()

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month, self.day)


_STORED = re.compile(r"^(?:(\d{4})-)?(\d{2})-(\d{2})$")
_ISO_RECURRING = re.compile(r"^--(\d{1,2})-(\d{1,2})$")
_FULL_YEAR = re.compile(r"\d{4}")


def parse_closing_day(text: str) -> ClosingDay:
    """A closing day as a person types it: a full date is that day once ("7.5.2027",
    "2027-05-07"); without a year it is every year ("24.12", "24 December", "--12-24").
    ClosingDayInvalid (or DateInvalid, for a full date that is not one) for anything else."""
    cleaned = " ".join(str(text).split()).rstrip(".")
    if match := _ISO_RECURRING.match(cleaned):
        return _closing_day(cleaned, int(match[1]), int(match[2]), None)
    if _FULL_YEAR.search(cleaned):
        day = parse_date(cleaned)
        if day is None:
            raise ClosingDayInvalid(text)
        return ClosingDay(day.month, day.day, day.year)
    separator = "." if re.fullmatch(r"\d{1,2}\.\d{1,2}", cleaned) else " "
    try:
        day = parse_date(f"{cleaned}{separator}2000")  # 2000 is a leap year: 29.2 exists
    except DateInvalid:
        raise ClosingDayInvalid(text) from None
    if day is None:
        raise ClosingDayInvalid(text)
    return ClosingDay(day.month, day.day, None)


def _closing_day(text: str, month: int, day: int, year: int | None) -> ClosingDay:
    try:
        return ClosingDay(month, day, year)
    except ValueError:
        raise ClosingDayInvalid(text) from None


def parse_closing_days(stored: str) -> tuple[ClosingDay, ...]:
    """The settings row's text ("12-24,12-31,2027-05-07") as closing days; what does not read is
    skipped (the service writes only what it checked)."""
    found = []
    for part in (stored or "").split(","):
        match = _STORED.match(part.strip())
        if match:
            try:
                found.append(ClosingDay(int(match[2]), int(match[3]), int(match[1]) if match[1] else None))
            except ValueError:
                continue
    return tuple(sorted(set(found), key=ClosingDay.sort_key))


def stored_closing_days(days: Iterable[ClosingDay]) -> str:
    return ",".join(day.stored() for day in sorted(set(days), key=ClosingDay.sort_key))


@dataclass(frozen=True)
class Closure:
    """A weekday on which nobody works: a public holiday (with its name) or a closing day."""

    day: date
    holiday: str | None  # the holiday's name; None: one of the company's closing days


@lru_cache(maxsize=4)
def _calendar_class(country: HolidayCountry) -> type:
    """The library's calendar class of `country`, its module imported alone: the package
    `holidays.countries` imports every one of its 250 countries (100-200 ms at each command that
    counts a due date), so it stands in, unrun, only while the one module is imported."""
    import importlib
    import importlib.util
    import sys

    module_name, class_name = _CALENDARS[country]
    name = f"holidays.countries.{module_name}"
    with _CALENDAR_IMPORT:
        stand_in = None
        if "holidays.countries" not in sys.modules:
            stand_in = importlib.util.module_from_spec(importlib.util.find_spec("holidays.countries"))
            sys.modules["holidays.countries"] = stand_in
        try:
            module = importlib.import_module(name)
        except ImportError:
            if stand_in is None:
                raise
            module = None  # a packaging that cannot load one module alone: the library's own way below
        finally:
            if stand_in is not None and sys.modules.get("holidays.countries") is stand_in:
                del sys.modules["holidays.countries"]  # a later `import holidays.countries` runs it whole
        if module is None:
            module = importlib.import_module(name)
    return getattr(module, class_name)


@lru_cache(maxsize=64)
def _holidays(country: HolidayCountry, year: int, language: str | None) -> dict[date, str]:
    calendar = _calendar_class(country)(years=year, categories=_CATEGORIES[country], language=language)
    return dict(calendar.items())


@lru_cache(maxsize=32)
def holiday_language(country: HolidayCountry, language: str) -> str:
    """The library's language for holiday names in our `language`, else the country's own."""
    calendar = _calendar_class(country)()
    wanted = _LIBRARY_LANGUAGES.get(language)
    return wanted if wanted in calendar.supported_languages else calendar.default_language


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days are business days for one organisation; hashable, so results can be cached."""

    country: HolidayCountry | None = None
    closing_days: tuple[ClosingDay, ...] = ()

    def public_holidays(self, year: int, language: str = "en") -> dict[date, str]:
        """The country's holidays in `year` (weekends included), named in `language`."""
        if self.country is None:
            return {}
        return _holidays(self.country, year, holiday_language(self.country, language))

    def closure(self, day: date, language: str = "en") -> Closure | None:
        """Why a weekday is not a business day; None for a business day or a weekend."""
        if day.weekday() >= 5 or _is_business_day(self, day):
            return None
        return Closure(day, self.public_holidays(day.year, language).get(day))

    def closures_between(self, first: date, last: date, language: str = "en") -> tuple[Closure, ...]:
        """The closed weekdays from `first` to `last`, both included, in either order."""
        low, high = min(first, last), max(first, last)
        found = []
        for day in _days(low, high):
            closure = self.closure(day, language)
            if closure is not None:
                found.append(closure)
        return tuple(found)

    def on_or_before(self, day: date) -> date:
        return _on_or_before(self, day)

    def add(self, day: date, offset: int) -> date:
        """The business day `offset` business days after (or, negative, before) `day`."""
        return _add(self, day, offset)

    def days_until(self, today: date, day: date) -> int:
        """How many business days after `today` `day` is (negative when it has passed); a
        closed `day` counts as the business day before it, as due dates do."""
        target, start = _on_or_before(self, day), _on_or_before(self, today)
        if target == start:
            return 0
        low, high, sign = (start, target, 1) if target > start else (target, start, -1)
        return sign * sum(1 for d in _days(low + timedelta(days=1), high) if _is_business_day(self, d))

    def moved(self, last_working_day: date, due_on: date, language: str = "en") -> tuple[Closure, ...]:
        """The holidays and closing days that moved a due date counted from the last working
        day: the closed weekdays between the two (a due date with none is where Monday-to-Friday
        counting puts it)."""
        if self.country is None and not self.closing_days:
            return ()
        return self.closures_between(last_working_day, due_on, language)


WEEKDAYS_ONLY = BusinessCalendar()


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


@lru_cache(maxsize=65536)
def _is_business_day(calendar: BusinessCalendar, day: date) -> bool:
    if day.weekday() >= 5:
        return False
    if any(closing.falls_on(day) for closing in calendar.closing_days):
        return False
    return calendar.country is None or day not in _holidays(calendar.country, day.year, None)


@lru_cache(maxsize=8192)
def _on_or_before(calendar: BusinessCalendar, day: date) -> date:
    for _ in range(_SEARCH_LIMIT):
        if _is_business_day(calendar, day):
            return day
        day -= timedelta(days=1)
    raise ValueError("no business day in a year: the calendar closes every day")


@lru_cache(maxsize=16384)
def _add(calendar: BusinessCalendar, day: date, offset: int) -> date:
    current = _on_or_before(calendar, day)
    step = timedelta(days=1 if offset > 0 else -1)
    for _ in range(abs(offset)):
        current += step
        for _ in range(_SEARCH_LIMIT):
            if _is_business_day(calendar, current):
                break
            current += step
        else:
            raise ValueError("no business day in a year: the calendar closes every day")
    return current
