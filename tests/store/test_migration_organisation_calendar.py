"""The organisation's calendar and retention (migration 0003) on a registry the first release
wrote: its settings are kept, the new ones get their defaults, and their limits hold."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from accountregistry.services import organisation
from engine_support import file_rows, upgraded



def test_an_old_registry_keeps_its_settings_and_gets_the_defaults(old_registry):
    [before] = file_rows(old_registry, "SELECT name, email_domains, default_review_interval_months "
                                       "FROM organisation_settings")
    with upgraded(old_registry) as db:
        settings = organisation.get_settings(db)
        assert (settings.name, settings.email_domains, settings.default_review_interval_months) == before
        assert settings.holidays_country is None  # due dates count as before until a country is chosen
        assert settings.closing_days == ""
        assert settings.retention_months == 36
        organisation.update_settings(db, holidays_country="DK", closing_days=["24.12"])
        assert organisation.business_calendar(organisation.get_settings(db)).country.value == "DK"


@pytest.mark.parametrize("column, value", [("holidays_country", "DE"), ("retention_months", 0),
                                           ("retention_months", 121)])
def test_the_database_holds_the_limits_too(db, column, value):
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as connection:  # a CHECK, on both engines
        connection.execute(sa.text(f"UPDATE organisation_settings SET {column} = :value"), {"value": value})


def test_an_old_registrys_offboardings_are_departures(old_registry):
    from accountregistry.services.offboarding import cases

    with sqlite3.connect(old_registry) as connection:  # one case as the first release wrote it
        connection.execute("INSERT INTO offboarding_case (person_id, last_working_day, status, opened_at, opened_by, "
                           "version) SELECT min(id), '2026-12-31', 'open', '2026-12-01 10:00:00', 'hr.admin', 1 "
                           "FROM person")
        count = connection.execute("SELECT count(*) FROM offboarding_case").fetchone()[0]
    connection.close()
    with upgraded(old_registry) as db:
        found = cases(db)
    assert count and len(found) == count
    assert not any(summary.internal_move for summary in found)
