"""Every risk rule over 100,000 accounts (20,000 people, 300,000 role grants).

store: `account_risks(db)`: settings, the one facts SELECT through SQLAlchemy, the facts built,
       every rule evaluated for every account.
floor: the very same facts SELECT, compiled once untimed, run raw through the sqlite3 module on
       the same file, all rows fetched: what the database alone costs, no rules.

Printed: seconds and the ratio store/floor (aim: all rules in under 1 s). Not a timed test:
only correctness is asserted.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timezone

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from accountregistry.domain.risks import RISK_RULES
from accountregistry.services.risks import account_risks, facts_statement
from accountregistry.store.bulk import insert_rows
from accountregistry.store.models import Account, AccountRole, OrganisationSettings, Person
from accountregistry.store.schema import open_database
from scale_data import DOMAIN, generate

pytestmark = pytest.mark.benchmark

TODAY = date(2026, 11, 21)
RUNS = 3


def with_every_risk(accounts: list[dict]) -> None:
    """Sprinkle in what the generator never produces, so that every rule has work to do."""
    for row in accounts:
        n = row["id"]
        if n % 50 == 0:
            row["kind"] = None
        elif n % 80 == 1 and row["kind"] in ("employee_role", "personal"):
            row["holder_id"] = None
        if n % 70 == 0 and row.get("login_email"):
            row["login_email"] = f"someone.{n}@gmail.com"
        if n % 3 == 0 and row.get("has_secret"):
            row["secret_updated_at"] = datetime(2019, 3, 1, 9, 0, tzinfo=timezone.utc)


def load(path):
    data = generate()
    with_every_risk(data.accounts)
    db = open_database(path)
    with db.transaction() as session:
        for model, rows in zip((Person, Account, AccountRole), data):
            insert_rows(session, model, rows)
        settings = session.get(OrganisationSettings, 1)
        settings.email_domains = DOMAIN
    return db, data


def floor_sql(default_interval: int) -> tuple[str, tuple]:
    compiled = facts_statement(None, default_interval).compile(
        dialect=sqlite_dialect.dialect(), compile_kwargs={"render_postcompile": True})
    return str(compiled), tuple(compiled.params[name] for name in compiled.positiontup)


def timed(work):
    """(wall seconds, CPU seconds of this process, result): the CPU time is the steadier figure
    on a shared machine, and both the store and the floor run inside this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def test_all_risk_rules_over_100000_accounts(tmp_path):
    path = tmp_path / "scale.sqlite3"
    db, (people, accounts, roles) = load(path)
    try:
        store_runs, floor_runs = [], []
        sql, params = floor_sql(6)
        connection = sqlite3.connect(path)
        try:
            for _ in range(RUNS):
                *store_time, risks = timed(lambda: account_risks(db, today=TODAY))
                *floor_time, rows = timed(lambda: connection.execute(sql, params).fetchall())
                store_runs.append(store_time)
                floor_runs.append(floor_time)
        finally:
            connection.close()
    finally:
        db.close()

    (store_wall, store_cpu), (floor_wall, floor_cpu) = min(store_runs), min(floor_runs)
    flagged = sum(1 for found in risks.values() if found)
    counts = {r.id: sum(1 for found in risks.values() if r in found) for r in RISK_RULES}
    print("\n".join([
        "",
        f"risk rules over {len(accounts):,} accounts, {len(people):,} people, {len(roles):,} role grants "
        f"(best of {RUNS})",
        f"{'':<36}{'wall s':>8}{'CPU s':>8}",
        f"{'store: account_risks(db)':<36}{store_wall:>8.3f}{store_cpu:>8.3f}",
        f"{'floor: the facts SELECT in sqlite3':<36}{floor_wall:>8.3f}{floor_cpu:>8.3f}",
        f"{'ratio store/floor':<36}{store_wall / floor_wall:>8.2f}{store_cpu / floor_cpu:>8.2f}",
        f"accounts at risk: {flagged:,}; " + ", ".join(f"{k} {v:,}" for k, v in counts.items()),
    ]))

    assert len(rows) == len(accounts) == len(risks)
    # Every rule had accounts to flag, and none flagged everything.
    assert all(0 < count < len(accounts) for count in counts.values()), counts
    inactive = {a["id"] for a in accounts if a.get("status") in ("archived", "closed")}
    assert inactive and all(risks[i] == () for i in inactive)
