"""Dates as people type them: lenient in form, strict in meaning."""

from datetime import date

import pytest

from accountregistry.domain.dates import DateInvalid, parse_date

READ = [
    ("31.12.2026", date(2026, 12, 31)),
    ("31/12/2026", date(2026, 12, 31)),
    ("2026-12-31", date(2026, 12, 31)),
    ("Dec 31 2026", date(2026, 12, 31)),
    ("31 December 2026", date(2026, 12, 31)),
    ("31. december 2026", date(2026, 12, 31)),
    ("1. maj 2026", date(2026, 5, 1)),
    ("17 mai 2026", date(2026, 5, 17)),
    ("3 okt 2026", date(2026, 10, 3)),
    ("03.04.2026", date(2026, 4, 3)),  # dots are always day first
    ("12/31/2026", date(2026, 12, 31)),  # only one reading exists
    ("05/05/2026", date(2026, 5, 5)),  # both readings are the same day
    ("  2026-1-5 ", date(2026, 1, 5)),
    ("29.02.2028", date(2028, 2, 29)),
    ("31.12.26", date(2026, 12, 31)),  # two-digit years: 20xx within 50 years of today
    ("15-03-26", date(2026, 3, 15)),  # LibreOffice's Danish short date
]

REFUSED = [
    ("03/04/2026", "date_ambiguous"),
    ("31.02.2026", "date_not_existing"),
    ("29.02.2027", "date_not_existing"),
    ("2026-13-01", "date_not_existing"),
    ("31.12.99", "date_short_year"),  # 2099: more than 50 years away
    ("December 2026", "date_incomplete"),
    ("next friday", "not_a_date"),
    ("tomorrow", "not_a_date"),
    ("31.12.2026 14:00", "not_a_date"),
    ("1" * 100, "not_a_date"),
    ("\x00\x01", "not_a_date"),
]


@pytest.mark.parametrize("text, expected", READ, ids=[t for t, _ in READ])
def test_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, code", REFUSED, ids=[repr(t)[:20] for t, _ in REFUSED])
def test_refused_with_a_code(text, code):
    with pytest.raises(DateInvalid) as raised:
        parse_date(text)
    assert raised.value.code == code
    assert raised.value.text == (text if len(text) <= 40 else text[:40] + "…")


def test_a_date_with_two_readings_names_both():
    with pytest.raises(DateInvalid) as raised:
        parse_date("03/04/2026")
    assert raised.value.readings == (date(2026, 4, 3), date(2026, 3, 4))
    assert (raised.value.params["first"], raised.value.params["second"]) == ("2026-04-03", "2026-03-04")


def test_blank_is_no_date_and_dates_pass_through():
    assert parse_date("  ") is None
    assert parse_date(None) is None
    assert parse_date(date(2026, 1, 2)) == date(2026, 1, 2)


@pytest.mark.parametrize("text, expected", [("03/04/2027", date(2027, 4, 3)), ("03-04-2027", date(2027, 4, 3)),
                                            ("12/31/2026", None), ("3/4/27", date(2027, 4, 3))])
def test_day_first_reads_numeric_dates_as_danes_swedes_and_norwegians_write_them(text, expected):
    if expected is None:
        with pytest.raises(DateInvalid) as raised:
            parse_date(text, day_first=True)  # no 31st month: impossible, still refused
        assert raised.value.code == "date_not_existing"
    else:
        assert parse_date(text, day_first=True) == expected


@pytest.mark.parametrize("text, today, expected", [
    ("15-03-26", date(2026, 6, 1), date(2026, 3, 15)),
    ("01.01.76", date(2026, 6, 1), date(2076, 1, 1)),  # 50 years ahead: still read
    ("01.01.77", date(2026, 6, 1), None),  # 51 years: refused, never guessed as 1977
    ("01.01.77", date(2030, 6, 1), date(2077, 1, 1)),
])
def test_two_digit_years_are_read_within_fifty_years_of_today(text, today, expected):
    if expected is None:
        with pytest.raises(DateInvalid) as raised:
            parse_date(text, today=today)
        assert raised.value.code == "date_short_year"
    else:
        assert parse_date(text, today=today) == expected


@pytest.mark.parametrize("language", ["en", "da", "sv", "nb"])
def test_a_refusal_s_example_is_worded_in_each_language_as_dates_that_read_one_way(language):
    """Each language's example of a date (one phrase, translated) reads as 31 Dec 2026 whether
    numeric dates are read day first or not, and the refusal of a date gives it."""
    import re

    from accountregistry import language as languages
    from accountregistry.domain.dates import DATE_EXAMPLE
    from accountregistry.domain.messages import format_value

    previous = languages.use_language(language)
    try:
        example = format_value(DATE_EXAMPLE)
        with pytest.raises(DateInvalid) as refused:
            parse_date("30.02.2027")
        assert example in refused.value.sentence()
    finally:
        languages.set_translator(*previous)
    forms = re.split(r" (?:or|eller) ", example)  # the dates in the phrase, without its "or"
    assert len(forms) == 2 and "2026-12-31" in forms
    for form in forms:
        for day_first in (True, False):
            assert parse_date(form, day_first=day_first) == date(2026, 12, 31), form
