"""Consent records (migration 0008) on a registry the first release wrote: each account's two
consent dates become one consent record, an account with a consent date stays listed for
ambassador work, and the account's old columns are gone."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from accountregistry.services.consent import consent_lines, give_consent, withdraw_consent
from accountregistry.services.consent import ConsentInput
from engine_support import upgraded

FIXTURE = Path(__file__).parent / "fixtures" / "registry_schema_0001.sql"


def old_registry(path: Path) -> dict[int, tuple]:
    """The first release's sample organisation, and its accounts' consent dates by id."""
    with sqlite3.connect(path) as connection:
        connection.executescript(FIXTURE.read_text(encoding="utf-8"))
        # One a script wrote: withdrawn before it was given (that release refused it in the window).
        connection.execute("UPDATE account SET consent_given_on = '2026-05-01', consent_withdrawn_on = '2026-04-01' "
                           "WHERE id = (SELECT min(id) FROM account WHERE kind = 'personal' "
                           "AND consent_given_on IS NULL)")
        dates = {row[0]: (row[1], row[2]) for row in connection.execute(
            "SELECT id, consent_given_on, consent_withdrawn_on FROM account "
            "WHERE consent_given_on IS NOT NULL OR consent_withdrawn_on IS NOT NULL")}
    connection.close()
    return dates


def test_each_accounts_consent_dates_become_one_record_and_consent_keeps_it_listed(db_path):
    dates = old_registry(db_path)
    assert len(dates) > 5  # the sample organisation has ambassadors, one of them withdrawn
    with upgraded(db_path) as db:
        lines = {line.account_id: line for line in consent_lines(db)}
        assert lines.keys() == dates.keys()
        for account_id, (given, withdrawn) in dates.items():
            line = lines[account_id]
            assert line.given_on == (date.fromisoformat(given) if given else None)
            expected_end = max(given, withdrawn) if given and withdrawn else withdrawn
            assert line.withdrawn_on == (date.fromisoformat(expected_end) if expected_end else None)
            assert line.scope == ()  # the first release did not record what may be asked
            assert line.recorded_by == "upgrade to schema 0008"
        with db.reading() as session:
            listed = {row[0] for row in session.connection().exec_driver_sql(
                "SELECT id FROM account WHERE ambassador")}
        assert listed == {account_id for account_id, (given, _) in dates.items() if given}
        # The upgraded records take part as any other: a withdrawal, then a new consent.
        open_one = next(a for a, line in lines.items() if line.withdrawn_on is None)
        withdraw_consent(db, open_one, on=date(2026, 11, 1), today=date(2026, 11, 2))
        give_consent(db, open_one, ConsentInput(given_on=date(2026, 11, 2), scope=["name_employer"]),
                     today=date(2026, 11, 2))
        assert [line.given_on for line in consent_lines(db, account_id=open_one)][0] == date(2026, 11, 2)
    with sqlite3.connect(db_path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(account)")}
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    assert "consent_given_on" not in columns and "consent_withdrawn_on" not in columns and "ambassador" in columns
