"""Every risk rule over every account, at each BENCHMARK_SCALE (100,000 accounts, 20,000 people
and 300,000 role grants by default, with scale_data.records(): terms, agreements, consent,
policy acknowledgements), each path beside the very SQL it runs.

account_risks: `account_risks(db)`, what the window's risk column and the dashboard use.
assess:        `assess(db)`, what `accountregistry risks` and the checks per account use.
floor:         for each, the very statement that path sends to the database, compiled once
               untimed, run raw through the sqlite3 module on the same file, all rows fetched:
               what the database alone costs, no rules (aim: within 1.5x).

Printed: median seconds of RUNS interleaved runs, and the ratios. Not a timed test: only correctness is asserted.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date, datetime, timezone

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from accountregistry.domain.risks import RISK_RULES
from accountregistry.services.risks import RulesByFacts, account_risks, assess, risk_statement
from accountregistry.store.models import Account, OrganisationSettings
from accountregistry.store.schema import open_database
from scale_data import DOMAIN, generate, insert_all, records

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


def load(path, accounts):
    data = generate(people=accounts // 5, accounts=accounts, roles=accounts * 3)
    with_every_risk(data.accounts)
    extra = records(data)
    db = open_database(path)
    with db.transaction() as session:
        insert_all(session, data, extra)
        settings = session.get(OrganisationSettings, 1)
        settings.email_domains = DOMAIN
    return db, data


def raw(statement) -> tuple[str, tuple]:
    compiled = statement.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"render_postcompile": True})
    return str(compiled), tuple(compiled.params[name] for name in compiled.positiontup)


def risk_sql(db, columns=()) -> tuple[str, tuple]:
    """The statement account_risks (assess: with the platform and handle) runs, for the same settings and day."""
    with db.reading() as session:
        rules = RulesByFacts.for_connection(session.connection(), TODAY)
    return raw(risk_statement(rules, columns=columns))


def timed(work):
    """(wall seconds, CPU seconds of this process, result): the CPU time is the steadier figure
    on a shared machine, and both the store and the floor run inside this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def medians(times: list) -> tuple[float, float]:
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def test_all_risk_rules_against_their_sql(tmp_path, scale):
    path = tmp_path / "scale.sqlite3"
    db, (people, accounts, roles) = load(path, scale)
    account = Account.__table__.c
    paths = {"account_risks": (lambda: account_risks(db, today=TODAY), risk_sql(db)),
             "assess": (lambda: assess(db, today=TODAY), risk_sql(db, (account.platform, account.handle)))}
    runs: dict[str, list] = {name: [] for name in paths}
    floors: dict[str, list] = {name: [] for name in paths}
    try:
        connection = sqlite3.connect(path)
        try:
            for _ in range(RUNS):
                for name, (work, (sql, params)) in paths.items():
                    *store_time, found = timed(work)
                    *floor_time, rows = timed(lambda: connection.execute(sql, params).fetchall())
                    runs[name].append(store_time)
                    floors[name].append(floor_time)
                    assert len(rows) == len(found) == len(accounts), name
                    if name == "account_risks":
                        risks = found
        finally:
            connection.close()
    finally:
        db.close()

    flagged = sum(1 for found in risks.values() if found)
    counts = {r.id: sum(1 for found in risks.values() if r in found) for r in RISK_RULES}
    lines = ["", f"risk rules over {len(accounts):,} accounts, {len(people):,} people, {len(roles):,} role grants "
                 f"(median of {RUNS}); floor: the same SQL in sqlite3 (aim: within 1.5x)",
             f"{'':<16}{'wall s':>8}{'floor s':>9}{'ratio':>7}{'CPU s':>8}{'floor s':>9}{'ratio':>7}"]
    for name in paths:
        (wall, cpu), (floor_wall, floor_cpu) = medians(runs[name]), medians(floors[name])
        lines.append(f"{name:<16}{wall:>8.3f}{floor_wall:>9.3f}{wall / floor_wall:>7.2f}"
                     f"{cpu:>8.3f}{floor_cpu:>9.3f}{cpu / floor_cpu:>7.2f}")
    lines.append(f"accounts at risk: {flagged:,}; " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print("\n".join(lines))
    # Every rule had accounts to flag (the scale data holds each situation), and none flagged everything.
    assert all(0 < count < len(accounts) for count in counts.values()), counts
    inactive = {a["id"] for a in accounts if a.get("status") in ("archived", "closed")}
    assert inactive and all(risks[i] == () for i in inactive)
