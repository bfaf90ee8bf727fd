"""Generating the checklist of a leaver who administers 500 accounts, against its floor.

store: `preview_offboarding` on a registry at the designed size (DESIGN.md: 20,000 people,
       100,000 accounts, 300,000 role grants, from scale_data) plus the leaver's 500 admin
       roles and handover terms on 100 of those accounts: reading the leaver's accounts, roles
       and current terms, and generating every item from the shipped templates. Nothing is
       written.
floor: the sqlite3 module fetching the same 500 accounts' rows (SELECT * with the same
       holder-or-active-role condition) from the same file.

Printed: milliseconds (median of repeated runs, and the first, cold run), the ratio
store/floor, and whether the issue's target (under 200 ms) is met. Not a timed test: only
correctness is asserted.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import date

import pytest

from accountregistry.services.offboarding import preview_offboarding
from accountregistry.store.bulk import insert_rows
from accountregistry.store.models import Account, AccountRole, HandoverTerms, Person
from accountregistry.store.schema import open_database
from scale_data import generate

pytestmark = pytest.mark.benchmark

PEOPLE, ACCOUNTS, ROLES = 20_000, 100_000, 300_000
ADMINISTERED = 500
RUNS = 20
TARGET_MS = 200
TODAY = date(2026, 11, 20)
LAST_DAY = date(2026, 12, 31)
FLOOR_SQL = ("SELECT * FROM account WHERE holder_id = ? OR id IN "
             "(SELECT account_id FROM account_role WHERE person_id = ? AND revoked_on IS NULL)")


def build(path):
    """The registry; returns (leaver id, successor id, the administered account ids)."""
    data = generate(PEOPLE, ACCOUNTS, ROLES)
    leaver_id, successor_id = PEOPLE + 1, PEOPLE + 2
    step = ACCOUNTS // ADMINISTERED
    administered = list(range(1, ACCOUNTS + 1, step))[:ADMINISTERED]
    kinds = {row["id"]: row["kind"] for row in data.accounts}
    db = open_database(path)
    try:
        with db.transaction() as session:
            insert_rows(session, Person, data.people + [
                {"id": leaver_id, "name": "Lea Leaver", "work_email": "lea.leaver@example.com"},
                {"id": successor_id, "name": "Sune Successor", "work_email": "sune.successor@example.com"}])
            insert_rows(session, Account, data.accounts)
            insert_rows(session, AccountRole, data.roles + [
                {"account_id": aid, "person_id": leaver_id, "role": "admin", "granted_on": date(2024, 1, 2),
                 "granted_by": "benchmark"} for aid in administered])
            insert_rows(session, HandoverTerms, [
                {"account_id": aid, "version": 1, "agreed_on": date(2025, 1, 2), "recorded_by": "benchmark",
                 "disposition": "holder_keeps" if kinds[aid] == "personal" else "transfer_to_company"}
                for aid in administered[::5]])
    finally:
        db.close()
    return leaver_id, successor_id, administered


def time_store(path, leaver_id, successor_id):
    db = open_database(path, upgrade=False, create=False)
    try:
        def once():
            began = time.perf_counter()
            planned = preview_offboarding(db, person_id=leaver_id, last_working_day=LAST_DAY,
                                          successor_id=successor_id, today=TODAY)
            return time.perf_counter() - began, planned

        cold, planned = once()
        warm = [once()[0] for _ in range(RUNS)]
        return cold, statistics.median(warm), planned
    finally:
        db.close()


def time_floor(path, leaver_id):
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        rows = connection.execute(FLOOR_SQL, (leaver_id, leaver_id)).fetchall()  # warm the page cache
        runs = []
        for _ in range(RUNS):
            began = time.perf_counter()
            rows = connection.execute(FLOOR_SQL, (leaver_id, leaver_id)).fetchall()
            runs.append(time.perf_counter() - began)
        return statistics.median(runs), rows
    finally:
        connection.close()


def test_checklist_for_a_leaver_with_500_accounts_against_floor(tmp_path):
    path = tmp_path / "registry.sqlite3"
    leaver_id, successor_id, administered = build(path)

    cold, store, planned = time_store(path, leaver_id, successor_id)
    floor, rows = time_floor(path, leaver_id)

    store_ms, floor_ms, cold_ms = store * 1000, floor * 1000, cold * 1000
    print("\n".join([
        "",
        f"checklist scale: preview_offboarding for a leaver administering {ADMINISTERED} accounts "
        f"({len(planned)} items; registry of {PEOPLE:,} people, {ACCOUNTS:,} accounts, {ROLES:,} role grants)",
        f"{'':<8}{'ms':>10}",
        f"{'store':<8}{store_ms:>10.1f}   median of {RUNS}; first (cold) run {cold_ms:.1f} ms",
        f"{'floor':<8}{floor_ms:>10.1f}   sqlite3 SELECT of the same {len(rows)} account rows, median of {RUNS}",
        f"{'ratio':<8}{store / floor:>10.1f}",
        f"target: store < {TARGET_MS} ms: {'met' if store_ms < TARGET_MS else 'NOT met'}",
    ]))

    # Correctness only: the floor read the same accounts, and every one of them got an item
    # that settles the leaver's admin role (a handover or a revocation).
    assert sorted(row[0] for row in rows) == administered
    assert {p.account_id for p in planned if p.account_id is not None} == set(administered)
    settling = {p.account_id for p in planned if p.effect is not None}
    assert settling == set(administered)
    assert all(p.due_on.weekday() < 5 for p in planned)
