"""The organisation's settings: its name, its email domains, the default review interval, the
country whose public holidays due dates skip, its closing days and the retention period.

One row (organisation_settings). Every change is checked here and audited; the window's
settings page and `accountregistry settings` both call update_settings. `read_settings` reads
them on a plain connection, without the models: what `settings show` needs, quickly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING

import sqlalchemy as sa

from accountregistry.domain.business_days import (
    MAX_CLOSING_DAYS,
    BusinessCalendar,
    ClosingDay,
    parse_closing_day,
    parse_closing_days,
    stored_closing_days,
)
from accountregistry.domain.dates import DateInvalid
from accountregistry.domain.email_domains import domain_from_text
from accountregistry.domain.errors import Label
from accountregistry.domain.vocabulary import HolidayCountry
from accountregistry.store.database import Database, unit_of_work

if TYPE_CHECKING:  # the models, the ORM and the checks are imported where used: read_settings needs none
    from sqlmodel import Session

    from accountregistry.services.validation import Problems
    from accountregistry.store.models import OrganisationSettings

__all__ = ["LABELS", "NO_COUNTRY", "REVIEW_INTERVAL_RANGE", "RETENTION_RANGE", "SETTINGS_FIELDS", "SETTINGS_TABLE",
           "SettingsInput", "business_calendar", "closing_days", "company_domains", "get_settings", "read_settings", "settings_in",
           "update_settings"]

# Each setting's name where a sentence names it (translated in the "Field" context).
LABELS = {
    "name": Label("Organisation name"),
    "email_domains": Label("Company email domains"),
    "default_review_interval_months": Label("Default review interval (months)"),
    "holidays_country": Label("Holidays country"),
    "closing_days": Label("Closing days"),
    "retention_months": Label("Retention period (months)"),
}
SETTINGS_FIELDS = tuple(LABELS)
SETTINGS_TABLE = "organisation_settings"
REVIEW_INTERVAL_RANGE = (1, 60)
RETENTION_RANGE = (1, 120)
NO_COUNTRY = "none"  # what the command line and the settings page say for "no country"
MAX_DOMAINS = 50


@dataclass
class SettingsInput:
    """What to change; None leaves a setting as it is. `holidays_country` is a country code or
    "none"; domains and closing days are typed text, one item each."""

    name: str | None = None
    email_domains: Iterable[str] | None = None
    default_review_interval_months: int | str | None = None
    holidays_country: HolidayCountry | str | None = None
    closing_days: Iterable[str | ClosingDay] | None = None
    retention_months: int | str | None = None


def _row(session: Session) -> OrganisationSettings:
    from accountregistry.store.models import OrganisationSettings

    return session.get(OrganisationSettings, 1)


def get_settings(db: Database) -> OrganisationSettings:
    with db.reading() as session:
        return _row(session)


def read_settings(db: Database) -> SimpleNamespace:
    """The settings (SETTINGS_FIELDS, as get_settings' row names them) read in SQL on a plain
    connection: no models, no ORM (a registry opened with `reads=(SETTINGS_TABLE,)`)."""
    with db.connection() as connection:
        return settings_in(connection)


def settings_in(connection: sa.Connection) -> SimpleNamespace:
    """read_settings on a connection a read already has open."""
    row = connection.execute(sa.text(f"SELECT {', '.join(SETTINGS_FIELDS)} FROM {SETTINGS_TABLE} WHERE id = 1")).one()
    values = dict(row._mapping)
    country = values["holidays_country"]
    values["holidays_country"] = HolidayCountry(country) if country else None
    return SimpleNamespace(**values)


def company_domains(settings: OrganisationSettings) -> frozenset[str]:
    return frozenset(d for d in settings.email_domains.split(",") if d)


def closing_days(settings: OrganisationSettings) -> tuple[ClosingDay, ...]:
    return parse_closing_days(settings.closing_days)


def business_calendar(settings: OrganisationSettings) -> BusinessCalendar:
    """The business days due dates count: Monday to Friday less the country's public holidays
    and the company's closing days."""
    return BusinessCalendar(country=settings.holidays_country, closing_days=closing_days(settings))


def calendar_in(session: Session) -> BusinessCalendar:
    """business_calendar inside a service's own transaction."""
    return business_calendar(_row(session))


def _domains(problems: Problems, raw_items: Iterable[str]) -> list[str]:
    domains: list[str] = []
    for raw in raw_items:
        if not isinstance(raw, str) or not raw.strip():
            continue
        domain = domain_from_text(raw)
        if domain is None:
            problems.add("email_domains", "not_email_domain", value=raw.strip()[:100])
            return []
        if domain not in domains:
            domains.append(domain)
    if len(domains) > MAX_DOMAINS:
        problems.add("email_domains", "too_many", label=LABELS["email_domains"], count=len(domains),
                     limit=MAX_DOMAINS)
    return domains


def _closing_days(problems: Problems, raw_items: Iterable[str | ClosingDay]) -> list[ClosingDay]:
    found: set[ClosingDay] = set()
    for raw in raw_items:
        if isinstance(raw, ClosingDay):
            found.add(raw)
            continue
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            found.add(parse_closing_day(raw))
        except (DateInvalid, ValueError):
            problems.add("closing_days", "not_a_closing_day", label=LABELS["closing_days"], value=raw.strip()[:40])
            return []
    if len(found) > MAX_CLOSING_DAYS:
        problems.add("closing_days", "too_many", label=LABELS["closing_days"], count=len(found),
                     limit=MAX_CLOSING_DAYS)
    return sorted(found, key=ClosingDay.sort_key)


def _country(problems: Problems, value: HolidayCountry | str) -> HolidayCountry | None:
    text = value.value if isinstance(value, HolidayCountry) else str(value).strip()
    if text.lower() in (NO_COUNTRY, ""):
        return None
    try:
        return HolidayCountry(text.upper())
    except ValueError:
        problems.add("holidays_country", "not_a_choice", label=LABELS["holidays_country"], value=text[:20],
                     allowed=[*(c.value for c in HolidayCountry), NO_COUNTRY])
        return None


def _cleaned(data: SettingsInput) -> dict:
    """The changes asked for, checked; ValidationError naming every wrong setting."""
    from accountregistry.services.validation import Problems

    problems = Problems()
    values: dict = {}
    if data.name is not None:
        values["name"] = problems.text("name", data.name, LABELS["name"], max_length=200) or ""
    if data.email_domains is not None:
        items = [data.email_domains] if isinstance(data.email_domains, str) else data.email_domains
        values["email_domains"] = ",".join(_domains(problems, items))
        if len(values["email_domains"]) > 1000:
            problems.add("email_domains", "too_long", label=LABELS["email_domains"],
                         length=len(values["email_domains"]), limit=1000)
    for field, (low, high) in (("default_review_interval_months", REVIEW_INTERVAL_RANGE),
                               ("retention_months", RETENTION_RANGE)):
        raw = getattr(data, field)
        if raw is not None:
            number = problems.whole_number(field, raw, LABELS[field], low=low, high=high)
            if number is None and field not in problems:
                problems.add(field, "required", label=LABELS[field])
            values[field] = number
    if data.holidays_country is not None:
        values["holidays_country"] = _country(problems, data.holidays_country)
    if data.closing_days is not None:
        items = [data.closing_days] if isinstance(data.closing_days, str) else data.closing_days
        values["closing_days"] = stored_closing_days(_closing_days(problems, items))
    problems.raise_if_any()
    return values


def check_settings(data: SettingsInput) -> None:
    """The changes asked for, checked without a registry: ValidationError naming every wrong
    setting (the command line asks before it opens, or makes, a registry file)."""
    _cleaned(data)


@unit_of_work
def update_settings(db: Database, data: SettingsInput | None = None, **changes) -> OrganisationSettings:
    """Change the settings given (a SettingsInput, or the same as keywords); the others stay.
    Refused as a whole, naming each wrong setting, with nothing written; audited as one event."""
    from accountregistry.services import audit

    values = _cleaned(data if data is not None else SettingsInput(**changes))
    with db.transaction() as session:
        row = _row(session)
        audit.apply_and_record(session, actor=db.actor, row=row, values=values, fields=SETTINGS_FIELDS,
                               entity="organisation_settings")
        return row
