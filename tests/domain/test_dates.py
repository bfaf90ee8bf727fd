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
]

REFUSED = [
    ("03/04/2026", "could be 3 April or 4 March"),
    ("31.02.2026", "not a date that exists"),
    ("29.02.2027", "not a date that exists"),
    ("2026-13-01", "not a date that exists"),
    ("31.12.26", "two-digit year"),
    ("December 2026", "not a complete date"),
    ("next friday", "not a date"),
    ("tomorrow", "not a date"),
    ("31.12.2026 14:00", "not a date"),
    ("1" * 100, "not a date"),
    ("\x00\x01", "not a date"),
]


@pytest.mark.parametrize("text, expected", READ, ids=[t for t, _ in READ])
def test_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, phrase", REFUSED, ids=[repr(t)[:20] for t, _ in REFUSED])
def test_refused_with_a_sentence(text, phrase):
    with pytest.raises(DateInvalid, match=phrase):
        parse_date(text)


def test_blank_is_no_date_and_dates_pass_through():
    assert parse_date("  ") is None
    assert parse_date(None) is None
    assert parse_date(date(2026, 1, 2)) == date(2026, 1, 2)
