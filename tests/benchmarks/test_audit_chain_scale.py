"""The audit trail's hash chain at the designed scale, each beside its floor.

record: `audit.record_many` of an import's audit events (one per person, account and role grant:
        4.2 per account, 420,000 at 100,000 accounts) into an empty registry vs two floors:
        "insert": the sqlite3 module's executemany of the very same rows, hashes included (taken
        from the store's run, untimed), into the same migrated schema with the same pragmas and
        page cache (test_csv_scale.floor_load);
        "hash+insert": the same work with the raw libraries: each event's canonical JSON
        (json.dumps of its dict, README's rules) and SHA-256 with hashlib, chained, then that
        executemany. record_many does more than both: it keeps a person's values apart
        (services/personal_values) before it hashes.
verify: `audit.verify_chain` over that trail vs the floor: one SELECT of the same columns
        through the sqlite3 module, each row's canonical JSON (README: "Checking the audit
        trail outside the app") hashed with hashlib and compared.

Printed, not asserted: median seconds of REPEATS interleaved runs and the ratio. Asserted: the
chain is intact and the floor computes the same hashes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import statistics
import time

import pytest

from accountregistry.services import audit
from accountregistry.store.schema import open_database
from test_csv_scale import copy_rows, floor_load

pytestmark = pytest.mark.benchmark

REPEATS = 3
EVENTS_PER_ACCOUNT = 4.2  # scale_data: 0.2 people, 1 account, 3 role grants per account


def import_events(count: int) -> list[audit.Event]:
    return [audit.Event("account", number, number, None,
                        {"platform": "linkedin", "handle": f"nordlys-{number}", "display_name": f"Nordlys {number}",
                         "status": "active", "holder_id": number % 20_000 or None})
            for number in range(1, count + 1)]


def store_record(path, events) -> float:
    db = open_database(path)
    try:
        began = time.perf_counter()
        with db.transaction() as session:
            audit.record_many(session, actor="Ida Høgh", action="import", events=events)
        return time.perf_counter() - began
    finally:
        db.close()


def floor_record(path, events) -> float:
    """The chain computed with json and hashlib, then inserted with executemany (timed together)."""
    began = time.perf_counter()
    head, rows = audit.CHAIN_START, []
    at, actor = "2026-12-06T09:00:00.000000", "Ida Høgh"
    for entity, entity_id, account_id, old, new in events:
        content = {"at": at, "actor": actor, "entity": entity, "entity_id": entity_id, "action": "import",
                   "account_id": account_id, "old_values": old, "new_values": new, "previous_hash": head}
        text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        previous, head = head, hashlib.sha256(text.encode("utf-8")).hexdigest()
        rows.append((at, actor, entity, entity_id, "import", account_id,
                     None if old is None else json.dumps(old), None if new is None else json.dumps(new),
                     previous, head))
    hashing = time.perf_counter() - began
    sql = ("INSERT INTO audit_event (at, actor, entity, entity_id, action, account_id, old_values, new_values, "
           "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    return hashing + floor_load(path, [(sql, rows)])


def store_verify(path) -> tuple[float, audit.ChainReport]:
    db = open_database(path)
    try:
        began = time.perf_counter()
        report = audit.verify_chain(db)
        return time.perf_counter() - began, report
    finally:
        db.close()


def floor_verify(path) -> tuple[float, int]:
    """What an auditor's script does: read the rows, hash each one's canonical JSON, compare."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        began = time.perf_counter()
        names = [name for name in audit.HASHED_COLUMNS]
        head, checked = audit.CHAIN_START, 0
        for row in connection.execute(f"SELECT {', '.join(names)}, hash FROM audit_event ORDER BY id"):
            content = dict(zip(names, row))
            content["at"] = content["at"].replace(" ", "T")
            for name in ("old_values", "new_values"):
                content[name] = None if content[name] is None else json.loads(content[name])
            text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            assert content["previous_hash"] == head and hashlib.sha256(text.encode()).hexdigest() == row[-1]
            head, checked = row[-1], checked + 1
        return time.perf_counter() - began, checked
    finally:
        connection.close()


def test_record_and_verify_against_the_raw_library(scale, tmp_path):
    events = import_events(round(scale * EVENTS_PER_ACCOUNT))
    record, record_floor, hashed_floor, verify, verify_floor = [], [], [], [], []
    for run in range(REPEATS):
        path = tmp_path / f"store-{run}.sqlite3"
        record.append(store_record(path, events))
        source = sqlite3.connect(path)
        try:
            rows = copy_rows(source, "audit_event")
        finally:
            source.close()
        record_floor.append(floor_load(tmp_path / f"floor-{run}.sqlite3", [rows]))
        hashed_floor.append(floor_record(tmp_path / f"hashed-floor-{run}.sqlite3", events))
        seconds, report = store_verify(path)
        verify.append(seconds)
        assert report.intact and report.events == len(events)
        seconds, checked = floor_verify(path)
        verify_floor.append(seconds)
        assert checked == len(events)

    def line(name, store, floor):
        store, floor = statistics.median(store), statistics.median(floor)
        return f"{name:<28}{len(events):>9,}{store:>10.2f}{floor:>10.2f}{store / floor:>8.2f}"

    print("\n".join(["", f"audit chain at {scale:,} accounts: median of {REPEATS} interleaved runs",
                     f"{'':<28}{'events':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}",
                     line("record_many vs insert", record, record_floor),
                     line("record_many vs hash+insert", record, hashed_floor),
                     line("verify_chain vs hashlib", verify, verify_floor)]))
