"""Business days over 2026–2028 in Denmark, Sweden and Norway, against the holidays library's
own calendar, plus the company's closing days."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from accountregistry.domain.business_days import (
    WEEKDAYS_ONLY,
    BusinessCalendar,
    ClosingDay,
    ClosingDayInvalid,
    parse_closing_day,
    parse_closing_days,
    stored_closing_days,
)
from accountregistry.domain.dates import DateInvalid
from accountregistry.domain.vocabulary import HolidayCountry

DK, SE, NO = (BusinessCalendar(country=c) for c in HolidayCountry)
YEARS = (2026, 2027, 2028)

# (calendar, the holiday's English name in the library, year, the day it falls on): the days a
# person knows (Whit Monday is "Pentecost Monday" there). Easter Sunday: 5 April 2026, 28 March
# 2027, 16 April 2028.
NAMED = [
    (DK, "New Year's Day", 2027, date(2027, 1, 1)),
    (DK, "Maundy Thursday", 2026, date(2026, 4, 2)),
    (DK, "Good Friday", 2027, date(2027, 3, 26)),
    (DK, "Easter Monday", 2028, date(2028, 4, 17)),
    (DK, "Ascension Day", 2026, date(2026, 5, 14)),
    (DK, "Pentecost Monday", 2027, date(2027, 5, 17)),
    (DK, "Christmas Day", 2026, date(2026, 12, 25)),
    (DK, "Second Day of Christmas", 2028, date(2028, 12, 26)),
    (SE, "New Year's Day", 2026, date(2026, 1, 1)),
    (SE, "Epiphany", 2027, date(2027, 1, 6)),
    (SE, "Good Friday", 2028, date(2028, 4, 14)),
    (SE, "Easter Monday", 2026, date(2026, 4, 6)),
    (SE, "May Day", 2026, date(2026, 5, 1)),
    (SE, "Ascension Day", 2028, date(2028, 5, 25)),
    (SE, "National Day", 2028, date(2028, 6, 6)),
    (SE, "Midsummer Eve", 2026, date(2026, 6, 19)),
    (SE, "Midsummer Eve", 2027, date(2027, 6, 25)),
    (SE, "Midsummer Eve", 2028, date(2028, 6, 23)),
    (SE, "Christmas Eve", 2026, date(2026, 12, 24)),
    (SE, "New Year's Eve", 2027, date(2027, 12, 31)),
    (NO, "New Year's Day", 2026, date(2026, 1, 1)),
    (NO, "Maundy Thursday", 2028, date(2028, 4, 13)),
    (NO, "Easter Monday", 2027, date(2027, 3, 29)),
    (NO, "Labor Day", 2028, date(2028, 5, 1)),
    (NO, "Constitution Day", 2027, date(2027, 5, 17)),  # also Whit Monday that year
    (NO, "Constitution Day", 2028, date(2028, 5, 17)),
    (NO, "Pentecost Monday", 2026, date(2026, 5, 25)),
    (NO, "Christmas Day", 2027, date(2027, 12, 25)),
]
CATEGORIES = {"DK": ("public",), "SE": ("public", "de_facto"), "NO": ("public",)}


def library(country: str, year: int, language: str = "en_US") -> dict[date, str]:
    return dict(holidays.country_holidays(country, years=year, categories=CATEGORIES[country], language=language))


@pytest.mark.parametrize("calendar, name, year, day", NAMED,
                         ids=[f"{c.country.value}-{n}-{y}" for c, n, y, _ in NAMED])
def test_each_named_holiday_is_where_the_library_says_and_is_skipped(calendar, name, year, day):
    found = library(calendar.country.value, year)
    assert name in found.get(day, "").split("; "), (day, found.get(day))
    assert calendar.on_or_before(day) != day  # not a business day: it counts as the one before
    if day.weekday() < 5:
        assert calendar.closure(day).holiday  # named, for "moved because of …"
        before = calendar.on_or_before(day - timedelta(days=1))
        assert calendar.add(before, 1) > day  # counting forwards steps over it
        assert calendar.add(calendar.add(before, 1), -1) == before


@pytest.mark.parametrize("calendar", [DK, SE, NO], ids=lambda c: c.country.value)
@pytest.mark.parametrize("year", YEARS)
def test_every_day_of_the_year_is_a_business_day_exactly_when_the_library_says(calendar, year):
    closed = library(calendar.country.value, year)
    day = date(year, 1, 1)
    while day.year == year:
        assert (calendar.on_or_before(day) == day) == (day.weekday() < 5 and day not in closed), day
        day += timedelta(days=1)


@pytest.mark.parametrize("calendar", [WEEKDAYS_ONLY, DK, SE, NO], ids=["none", "DK", "SE", "NO"])
def test_offsets_walk_the_business_days_one_by_one(calendar):
    days = [d for d in (date(2026, 1, 1) + timedelta(days=n) for n in range(3 * 366))
            if calendar.on_or_before(d) == d]
    middle = days.index(calendar.on_or_before(date(2027, 6, 15)))
    for offset in range(-60, 61):
        assert calendar.add(days[middle], offset) == days[middle + offset]
        assert calendar.days_until(days[middle], days[middle + offset]) == offset


def test_the_issue_example_new_years_day_is_not_a_due_date():
    last_day = date(2027, 1, 6)  # a Wednesday
    assert WEEKDAYS_ONLY.add(last_day, -3) == date(2027, 1, 1)  # New Year's Day, counted as a working day
    assert DK.add(last_day, -3) == date(2026, 12, 31)
    with_closing = BusinessCalendar(HolidayCountry.DK, (ClosingDay(12, 24), ClosingDay(12, 31)))
    assert with_closing.add(last_day, -3) == date(2026, 12, 30)
    moved = with_closing.moved(last_day, date(2026, 12, 30))
    assert [(c.day, bool(c.holiday)) for c in moved] == [(date(2026, 12, 31), False), (date(2027, 1, 1), True)]
    assert WEEKDAYS_ONLY.moved(last_day, date(2027, 1, 1)) == ()


def test_a_last_day_on_a_holiday_counts_from_the_business_day_before():
    assert DK.add(date(2027, 3, 26), 0) == date(2027, 3, 24)  # Good Friday -> the Wednesday before Maundy Thursday
    assert DK.add(date(2027, 3, 26), 1) == date(2027, 3, 30)  # then the Tuesday after Easter Monday


def test_holiday_names_follow_the_language():
    assert DK.closure(date(2026, 12, 25), "da").holiday == "Juledag"
    assert DK.closure(date(2026, 12, 25), "en").holiday == "Christmas Day"
    assert SE.closure(date(2026, 6, 19), "sv").holiday == "Midsommarafton"
    assert "Grunnlovsdag" in NO.closure(date(2027, 5, 17), "nb").holiday.split("; ")
    assert SE.closure(date(2026, 6, 19), "da").holiday == "Midsommarafton"  # no Danish names for Sweden's days


@pytest.mark.parametrize("typed, closing", [
    ("24.12", ClosingDay(12, 24)), ("24.12.", ClosingDay(12, 24)), ("24 December", ClosingDay(12, 24)),
    ("24. december", ClosingDay(12, 24)), ("Dec 31", ClosingDay(12, 31)), ("--12-24", ClosingDay(12, 24)),
    ("29.2", ClosingDay(2, 29)), ("2027-05-07", ClosingDay(5, 7, 2027)), ("7.5.2027", ClosingDay(5, 7, 2027)),
])
def test_closing_days_are_read_as_people_type_them(typed, closing):
    assert parse_closing_day(typed) == closing


@pytest.mark.parametrize("typed", ["31.2", "christmas", "12/11", "2027-02-30", "--13-01", "", "24"])
def test_a_closing_day_that_does_not_read_is_refused(typed):
    with pytest.raises((DateInvalid, ClosingDayInvalid)):
        parse_closing_day(typed)


def test_closing_days_are_stored_sorted_and_read_back():
    days = [ClosingDay(12, 31), ClosingDay(5, 7, 2027), ClosingDay(12, 24), ClosingDay(12, 24)]
    stored = stored_closing_days(days)
    assert stored == "12-24,12-31,2027-05-07"
    assert parse_closing_days(stored) == (ClosingDay(12, 24), ClosingDay(12, 31), ClosingDay(5, 7, 2027))
    assert parse_closing_days("garbage,12-24,13-45") == (ClosingDay(12, 24),)


def test_closing_days_are_shown_as_they_are_typed_and_read_back_the_same():
    for closing in (ClosingDay(12, 24), ClosingDay(2, 29), ClosingDay(5, 7, 2027)):
        assert parse_closing_day(closing.typed()) == closing
    assert [d.typed() for d in (ClosingDay(12, 24), ClosingDay(5, 7, 2027))] == ["24.12", "2027-05-07"]


def test_a_closing_day_once_is_that_year_only():
    calendar = BusinessCalendar(closing_days=(ClosingDay(5, 7, 2027),))
    assert calendar.on_or_before(date(2027, 5, 7)) == date(2027, 5, 6)
    assert all(calendar.on_or_before(date(year, 5, 7)) == date(year, 5, 7) for year in (2026, 2029))


def test_counting_a_due_date_loads_only_the_countrys_calendar():
    # The library's package of calendars imports all 250 countries: 100-200 ms at every command
    # that shows a due date (offboard show, offboard due).
    import subprocess
    import sys

    code = ("import sys; from datetime import date\n"
            "from accountregistry.domain.business_days import BusinessCalendar\n"
            "from accountregistry.domain.vocabulary import HolidayCountry\n"
            "print(BusinessCalendar(HolidayCountry.NO).on_or_before(date(2027, 5, 17)) == date(2027, 5, 17))\n"
            "print(*sorted(m for m in sys.modules if m.startswith('holidays.countries')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    business_day, loaded = result.stdout.splitlines()
    assert business_day == "False"  # Constitution Day
    assert loaded == "holidays.countries.norway"
