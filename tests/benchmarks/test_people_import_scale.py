"""The people import at the designed scale (20,000 people), beside its floor, interleaved.

store: read_people_file + plan_people_import + apply_people_import of an HR file of 20,000
       people (departments, titles, a manager each for most, a last working day for some) into
       a fresh registry.
floor: the csv module reading the same file and the sqlite3 module's executemany of the same
       person rows (managers left out) into a fresh registry with the same migrated schema.
trail floor: the floor plus what the import must also write to the audit trail: one event naming
       the people added (their ids as runs of consecutive ids; the rows hold what they were
       added with), chained (canonical JSON and SHA-256 with hashlib, as test_audit_chain_scale's
       floor). Until 2026-12-06 the import wrote an event per person with their name, email and
       title kept apart (three personal_value rows); this floor wrote those too.
Aim: store <= 4x floor (issue 12). Printed, not asserted: median wall times of ROUNDS and both
ratios, wall (what counts) and CPU time (process_time: less moved by a busy machine). Asserted: the
results are right (the store's trail verifies, and names everyone added).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sqlite3
import statistics
import time
from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from accountregistry.services.audit import CHAIN_START, verify_chain
from accountregistry.services.people_file import PEOPLE_HEADER
from accountregistry.services.people_import import apply_people_import, plan_people_import, read_people_file
from accountregistry.store.models import AuditEvent
from accountregistry.store.schema import open_database

pytestmark = pytest.mark.benchmark

PEOPLE = 20_000
ROUNDS = 7
TODAY = date(2027, 3, 1)


def hr_file(path):
    rng = random.Random(20_000)
    departments = ["Sales", "HR", "IT", "Kommunikation", "Økonomi", "Kundeservice", "Rejser"]
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(PEOPLE_HEADER)
        for n in range(PEOPLE):
            manager = f"person{rng.randrange(0, 200)}@nordlys.dk" if n >= 200 else ""
            last_day = (TODAY + timedelta(days=rng.randint(-400, 400))).isoformat() if n % 10 == 0 else ""
            writer.writerow([f"Person {n} Ærøskøbing", f"person{n}@nordlys.dk", rng.choice(departments),
                             f"Title {n % 50}", manager, "", last_day])


def store_round(tmp_path, source, n) -> tuple[float, float]:
    db = open_database(tmp_path / f"store-{n}.sqlite3")
    try:
        began, cpu = time.perf_counter(), time.process_time()
        plan = plan_people_import(db, read_people_file(source), today=TODAY)
        result = apply_people_import(db, plan)
        elapsed = time.perf_counter() - began, time.process_time() - cpu
        assert (result.added, result.updated, result.skipped) == (PEOPLE, 0, 0)
        report = verify_chain(db)
        assert report.intact and report.events == 1
        with db.reading() as session:
            [(runs,)] = session.execute(sa.select(AuditEvent.new_values)).all()
        assert sum(last - first + 1 for first, last in runs["added"]) == PEOPLE
        return elapsed
    finally:
        db.close()


def floor_round(tmp_path, source, n, *, trail: bool = False) -> tuple[float, float]:
    path = tmp_path / f"floor-{n}-{trail}.sqlite3"
    open_database(path).close()  # the same migrated schema, untimed
    connection = sqlite3.connect(path)
    try:
        began, cpu = time.perf_counter(), time.process_time()
        now = datetime.now(timezone.utc).isoformat()
        with open(source, encoding="utf-8-sig", newline="") as file:
            reader = csv.reader(file, delimiter=";")
            next(reader)
            rows = [(name, email.lower(), department or None, title or None, "employed", last_day or None, now, now)
                    for name, email, department, title, _manager, _status, last_day in reader]
        connection.executemany("INSERT INTO person (name, work_email, department, title, employment_status, "
                               "last_working_day, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                               rows)
        if trail:
            write_trail(connection)
        connection.commit()
        elapsed = time.perf_counter() - began, time.process_time() - cpu
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == PEOPLE
        return elapsed
    finally:
        connection.close()


def write_trail(connection) -> None:
    """The one event that names the people added (ids as runs), chained as the README says an
    auditor checks it, as raw as it gets."""
    ids = [person_id for (person_id,) in connection.execute("SELECT id FROM person ORDER BY id")]
    runs = []
    for person_id in ids:
        if runs and runs[-1][1] == person_id - 1:
            runs[-1][1] = person_id
        else:
            runs.append([person_id, person_id])
    at = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
    new = {"added": runs}
    content = {"at": at, "actor": "tester", "entity": "person", "entity_id": ids[0], "action": "import_people",
               "account_id": None, "old_values": None, "new_values": new, "previous_hash": CHAIN_START}
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    connection.execute("INSERT INTO audit_event (at, actor, entity, entity_id, action, new_values, previous_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (at, "tester", "person", ids[0], "import_people",
                                                          json.dumps(new), CHAIN_START,
                                                          hashlib.sha256(text.encode("utf-8")).hexdigest()))


def test_people_import_against_executemany(tmp_path):
    source = tmp_path / "hr.csv"
    hr_file(source)
    stores, floors, trails = [], [], []
    for n in range(ROUNDS):  # interleaved: a busy machine slows them alike
        floors.append(floor_round(tmp_path, source, n))
        trails.append(floor_round(tmp_path, source, n, trail=True))
        stores.append(store_round(tmp_path, source, n))
    lines = [f"\n{'':<36}{'rows':>8}{'store s':>9}{'floor s':>9}{'ratio':>7}{'CPU ratio':>11}"]
    for name, floors_of in (("people import vs executemany", floors), ("people import vs same rows + trail", trails)):
        (store, store_cpu), (floor, floor_cpu) = (
            (statistics.median(wall for wall, _ in times), statistics.median(cpu for _, cpu in times))
            for times in (stores, floors_of))
        lines.append(f"{name:<36}{PEOPLE:>8,}{store:>9.2f}{floor:>9.2f}{store / floor:>7.2f}"
                     f"{store_cpu / floor_cpu:>11.2f}")
    print("\n".join(lines))
