"""The organisation's settings: what is typed or pasted is cleaned, what is wrong is refused
with a code per field and nothing written, and every change is audited."""

from __future__ import annotations

import pytest
from sqlmodel import select

from accountregistry.domain.business_days import ClosingDay
from accountregistry.domain.errors import ValidationError
from accountregistry.domain.vocabulary import HolidayCountry
from accountregistry.services import organisation
from accountregistry.services.organisation import SettingsInput, update_settings
from accountregistry.store.models import AuditEvent


def settings_events(db) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.entity == "organisation_settings")))


def test_a_new_registry_has_the_defaults(db):
    settings = organisation.get_settings(db)
    assert (settings.name, settings.email_domains, settings.default_review_interval_months) == ("", "", 6)
    assert settings.holidays_country is None
    assert settings.closing_days == ""
    assert settings.retention_months == 36
    assert organisation.business_calendar(settings).country is None


@pytest.mark.parametrize("typed, kept", [
    (["Acme.DK", " acme.se ", "acme.dk"], "acme.dk,acme.se"),  # lower-cased, trimmed, duplicates dropped
    (["sofie@acme.dk"], "acme.dk"),  # a pasted address
    (["@acme.dk"], "acme.dk"),
    (["https://www.acme.dk/about?x=1"], "acme.dk"),  # a pasted web address
    (["www.acme.no"], "acme.no"),
    (["mail.acme.dk", "acme.co.uk"], "mail.acme.dk,acme.co.uk"),
    (["nørre-kro.dk"], "nørre-kro.dk"),
    (["", "  "], ""),  # blank items are skipped: an empty list clears the domains
])
def test_domains_are_cleaned(db, typed, kept):
    assert update_settings(db, email_domains=typed).email_domains == kept


def test_every_setting_is_changed_and_audited_as_one_event(db):
    update_settings(db, SettingsInput(name="  Acme A/S ", email_domains=["acme.dk"], default_review_interval_months="12",
                                      holidays_country="se", closing_days=["24.12", "31 December", "2027-05-07"],
                                      retention_months=24))
    settings = organisation.get_settings(db)
    assert settings.name == "Acme A/S"
    assert settings.default_review_interval_months == 12
    assert settings.holidays_country == HolidayCountry.SE
    assert organisation.closing_days(settings) == (ClosingDay(12, 24), ClosingDay(12, 31), ClosingDay(5, 7, 2027))
    assert settings.retention_months == 24
    [event] = settings_events(db)
    assert event.actor == "tester" and event.action == "update"
    assert event.old_values == {"name": "", "email_domains": "", "default_review_interval_months": 6,
                                "holidays_country": None, "closing_days": "", "retention_months": 36}
    assert event.new_values == {"name": "Acme A/S", "email_domains": "acme.dk", "default_review_interval_months": 12,
                                "holidays_country": "SE", "closing_days": "12-24,12-31,2027-05-07",
                                "retention_months": 24}


def test_what_is_not_given_stays_and_no_change_is_not_audited(db):
    update_settings(db, name="Acme", holidays_country=HolidayCountry.DK)
    update_settings(db, retention_months=48)
    update_settings(db, name="Acme")  # the same again
    settings = organisation.get_settings(db)
    assert (settings.name, settings.holidays_country, settings.retention_months) == ("Acme", HolidayCountry.DK, 48)
    assert [e.new_values for e in settings_events(db)] == [{"name": "Acme", "holidays_country": "DK"},
                                                           {"retention_months": 48}]


def test_no_country_is_none(db):
    update_settings(db, holidays_country="NO")
    assert update_settings(db, holidays_country="none").holidays_country is None


@pytest.mark.parametrize("change, field, code", [
    ({"email_domains": ["acme"]}, "email_domains", "not_email_domain"),
    ({"email_domains": ["acme.dk", "not a domain.dk"]}, "email_domains", "not_email_domain"),
    ({"email_domains": ["192.168.1.10"]}, "email_domains", "not_email_domain"),
    ({"email_domains": ["https://"]}, "email_domains", "not_email_domain"),
    ({"email_domains": [f"d{n}.dk" for n in range(51)]}, "email_domains", "too_many"),
    ({"default_review_interval_months": 0}, "default_review_interval_months", "out_of_range"),
    ({"default_review_interval_months": 61}, "default_review_interval_months", "out_of_range"),
    ({"default_review_interval_months": "six"}, "default_review_interval_months", "not_whole_number"),
    ({"holidays_country": "DE"}, "holidays_country", "not_a_choice"),
    ({"holidays_country": "Denmark"}, "holidays_country", "not_a_choice"),
    ({"retention_months": 121}, "retention_months", "out_of_range"),
    ({"retention_months": ""}, "retention_months", "required"),
    ({"closing_days": ["31.2"]}, "closing_days", "not_a_closing_day"),
    ({"closing_days": ["christmas"]}, "closing_days", "not_a_closing_day"),
    ({"closing_days": ["12/11"]}, "closing_days", "not_a_closing_day"),  # 12 November or 11 December?
    ({"name": "x" * 201}, "name", "too_long"),
    ({"name": "Acme\x00"}, "name", "control_characters"),
])
def test_a_refusal_names_its_field_and_writes_nothing(db, change, field, code):
    update_settings(db, name="Acme", email_domains=["acme.dk"])
    before = organisation.get_settings(db).model_dump()
    with pytest.raises(ValidationError) as refused:
        update_settings(db, name="Other name", **change) if "name" not in change else update_settings(db, **change)
    assert refused.value.codes == {field: code}
    assert refused.value.sentences()[field]  # a sentence to show beside the field
    assert organisation.get_settings(db).model_dump() == before
    assert len(settings_events(db)) == 1


def test_every_wrong_setting_is_named_at_once(db):
    with pytest.raises(ValidationError) as refused:
        update_settings(db, email_domains=["acme"], default_review_interval_months=99, holidays_country="XX")
    assert set(refused.value.codes) == {"email_domains", "default_review_interval_months", "holidays_country"}
