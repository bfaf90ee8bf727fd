"""The import's SQLite writer stores exactly what the generic writer stores.

On SQLite, apply_import's _Writer gives new rows their ids itself, inserts them as tuples
(store.bulk.insert_tuples) and has the database write their audit events with
INSERT ... SELECT json_object(...) (`_Writer.events_of`). With store.bulk.SQLITE_FAST_PATH
False it takes the path every other database takes: dicts, ids read back, events built in
Python. Each test imports the same file into two registries that are equal before, one per
path, and compares every row of person, account, account_role, handover_terms and audit_event.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from accountregistry.services import csv_import, organisation
from accountregistry.services.csv_import import RowAction, apply_import, plan_import, read_table
from accountregistry.services.demo import DOMAINS, fill_with_sample_organisation
from accountregistry.services.ownership_report import HEADER, export_report
from accountregistry.store import bulk
from accountregistry.store.schema import open_database

TODAY = date.today()
TABLES = ("person", "account", "account_role", "handover_terms")
# The moments each path stamps with the clock as it runs: two imports can never share them.
# They are compared by their stored form (digits masked) and checked to lie within the test.
TIMESTAMPS = {"person": ("created_at", "updated_at"), "account": ("created_at", "updated_at"),
              "account_role": (), "handover_terms": ("recorded_at",), "audit_event": ("at",)}


class Twins:
    """Two registries, equal before every import: one written by each path."""

    def __init__(self, tmp_path, monkeypatch):
        self.tmp_path, self.monkeypatch = tmp_path, monkeypatch
        self.started = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(seconds=1)
        self.fast = open_database(tmp_path / "fast.sqlite3")
        self.generic = open_database(tmp_path / "generic.sqlite3")
        for db in (self.fast, self.generic):
            # As the demo's own registry: the same domains and review interval.
            organisation.update_settings(db, email_domains=list(DOMAINS.values()), default_review_interval_months=6)

    def close(self):
        self.fast.close()
        self.generic.close()

    def import_file(self, path, *, only_valid_rows=False, today=TODAY):
        """Plan and apply the file on both; return both plans' summaries and results."""
        outcomes = []
        for db, fast in ((self.fast, True), (self.generic, False)):
            written_by_database: list[str] = []
            with self.monkeypatch.context() as patch:
                patch.setattr(bulk, "SQLITE_FAST_PATH", fast)
                patch.setattr(csv_import._Writer, "events_of", _noting(written_by_database))
                plan = plan_import(db, read_table(path), today=today)
                result = apply_import(db, plan, only_valid_rows=only_valid_rows)
            # The fast writer really wrote events through the database; the generic one never.
            assert bool(written_by_database) == fast, written_by_database
            outcomes.append((plan.summary(), [(r.line, r.action, r.changes, r.reason) for r in plan.rows], result))
        assert outcomes[0] == outcomes[1]
        return outcomes[0]

    def assert_same_contents(self):
        fast, generic = contents(self.fast.path, self.started), contents(self.generic.path, self.started)
        for table in (*TABLES, "audit_event"):
            assert len(fast[table]) == len(generic[table]), table
            for row_fast, row_generic in zip(fast[table], generic[table]):
                assert row_fast == row_generic, (table, first_difference(row_fast, row_generic))


def _noting(tables: list[str]):
    """_Writer.events_of, noting the table of each batch of events the database writes."""
    events_of = csv_import._Writer.events_of

    def spy(writer, table, *args, **kwargs):
        tables.append(table.name)
        return events_of(writer, table, *args, **kwargs)

    return spy


def first_difference(a: dict, b: dict) -> str:
    return next((f"{key}: fast {a[key]!r}, generic {b.get(key)!r}" for key in a if a[key] != b.get(key)),
                "different columns")


def shape(value, started: datetime) -> str:
    """A stored timestamp as its form only, after checking it is a moment of this test."""
    assert isinstance(value, str), value
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    assert started <= moment <= datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(seconds=1), value
    return re.sub(r"\d", "9", value)


def contents(path, started: datetime) -> dict[str, list[dict]]:
    """Every row of the compared tables, in id order, as the database stores it; the audit
    trail's JSON decoded with its keys in stored order."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        found = {}
        for table in (*TABLES, "audit_event"):
            rows = []
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY id"):
                values = dict(row)
                for column in TIMESTAMPS[table]:
                    values[column] = shape(values[column], started)
                if table == "audit_event":
                    for column in ("old_values", "new_values"):
                        decoded = json.loads(values[column]) if values[column] is not None else None
                        # Keys, their order and the values with their JSON types (true is not 1 in
                        # JSON, though it is in Python); the text itself differs (json_object writes
                        # no spaces and keeps æøå unescaped).
                        values[column] = ([(key, type(value).__name__, value) for key, value in decoded.items()]
                                          if isinstance(decoded, dict) else decoded)
                # With the stored type: 1 and 1.0, or 1 and True, are equal in Python alone.
                rows.append({key: (type(value).__name__, value) for key, value in values.items()})
            found[table] = rows
        return found
    finally:
        connection.close()


@pytest.fixture
def twins(tmp_path, monkeypatch):
    pair = Twins(tmp_path, monkeypatch)
    yield pair
    pair.close()


@pytest.fixture
def demo_report(tmp_path, db):
    """The demo organisation's ownership report, as `export` writes it."""
    fill_with_sample_organisation(db)
    path = tmp_path / "demo.csv"
    export_report(db, path, delimiter=";")
    return path


def read_rows(path) -> list[dict[str, str]]:
    data = path.read_bytes()[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=";"))
    assert tuple(rows[0]) == HEADER
    return [dict(zip(HEADER, row)) for row in rows[1:]]


def write_rows(path, header, rows: list[dict[str, str]]):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([row.get(column, "") for column in header] for row in rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def test_the_demo_round_trip_stores_the_same_registry_on_either_path(twins, demo_report):
    summary, _, result = twins.import_file(demo_report)
    assert summary.startswith(f"{result.accounts_created} new, 0 updated")
    assert result.accounts_created == 123 and result.people_created > 30 and result.roles_granted > 100
    assert result.terms_recorded > 60
    twins.assert_same_contents()


def test_a_reimport_with_updates_grants_and_new_terms_stores_the_same_on_either_path(twins, demo_report,
                                                                                      tmp_path):
    twins.import_file(demo_report)
    rows = read_rows(demo_report)
    touched: set[str] = set()  # the rows changed, by address: each must count as one update

    def take(candidates, count):
        chosen = [row for row in candidates if row["url"] not in touched][:count]
        assert len(chosen) == count
        touched.update(row["url"] for row in chosen)
        return chosen

    existing_email = next(r["holder_email"] for r in rows if r["holder_email"])
    for row in take(rows, 12):  # fields of the account itself
        row["display_name"] = (row["display_name"] + " – ændret; \"ny\"").strip()
        row["notes"] = "=Ny note, linje 1\nlinje 2 | æøå"
    for row in take(rows, 6):
        row.update(two_factor="passkey", review_interval_months="3",
                   last_reviewed_on=(TODAY - timedelta(days=2)).strftime("%d.%m.%Y"), official="no",
                   mandate="@svar inden for 24 timer", login_email="social@nordlys.dk")
    for row in take(rows, 2):
        row["status"] = "dormant" if row["status"] == "active" else "active"
    # New grants only (the row's own fields unchanged): new people and an existing one.
    for n, row in enumerate(take([r for r in rows if r["administrators"] and r["status"] != "archived"], 8)):
        row["administrators"] += (f" | Ny Person {n}, \"Æble\" <ny.person{n}@nordlys.dk> (editor)"
                                  f" | Someone <{existing_email}> (analyst)")
    # Terms only: a new version of the current terms, or a first one.
    with_terms = take([r for r in rows if r["disposition"] and r["kind"] != "personal"], 8)
    for row in with_terms[:6]:
        row["followers_terms"] = "Følgere følger med; netværket bliver hos firmaet"
        row["notice_days"] = "30"
    with_terms[6]["disposition"] = "archive"
    with_terms[7]["agreed_by_holder"] = "no" if with_terms[7]["agreed_by_holder"] == "yes" else "yes"
    for row in take([r for r in rows if r["kind"] == "company" and not r["disposition"]], 3):
        row.update(disposition="transfer_to_company", terms_agreed_on="01.02.2025",
                   successor_email="ny.efterfolger@nordlys.dk", successor_name="Ny Efterfølger",
                   agreed_by_company="=Direktør")
    for n in range(5):  # new accounts, one without anything but its address
        rows.append({"url": f"https://x.com/ny_konto_{n}", "display_name": f"+Ny konto {n}", "kind": "company",
                     "administrators": f"Ny Person {n}, \"Æble\" <ny.person{n}@nordlys.dk> (owner)"
                     f" | Ny Admin <ny.admin@nordlys.se> (admin)" if n else "",
                     "disposition": "transfer_to_successor" if n % 2 else "",
                     "terms_agreed_on": "2025-03-04" if n % 2 else "",
                     "successor_email": existing_email if n % 2 else ""})
    changed = write_rows(tmp_path / "changed.csv", HEADER, rows)

    summary, planned, result = twins.import_file(changed)
    assert summary == f"5 new, {len(touched)} updated, {len(rows) - 5 - len(touched)} unchanged, 0 errors"
    # Created and updated both counted right (an update once made the created count its own
    # number of changed fields).
    assert (result.accounts_created, result.accounts_updated) == (5, len(touched))
    assert result.roles_granted == 8 * 2 + 4 * 2 and result.terms_recorded == 8 + 3 + 2
    assert result.people_created == 8 + 1 + 1  # Ny Person 0-7, Ny Admin, Ny Efterfølger
    assert sum(1 for _, action, _, _ in planned if action == RowAction.update) == result.accounts_updated
    twins.assert_same_contents()


def test_a_file_with_errors_imported_valid_rows_only_stores_the_same_on_either_path(twins, demo_report, tmp_path):
    twins.import_file(demo_report)
    existing = [r for r in read_rows(demo_report) if r["kind"] == "company" and r["status"] == "active"]
    header = ("url", "kind", "display_name", "holder_email", "holder_name", "administrators", "disposition",
              "terms_agreed_on", "last_reviewed_on", "notes")
    rows = [
        {"url": "https://x.com/gyldig_1", "kind": "company", "display_name": "Gyldig | ét",
         "administrators": "Ny Person <ny.person@nordlys.dk> (owner) | Anden <anden@nordlys.no> (moderator)",
         "disposition": "close", "terms_agreed_on": "2.1.2025", "notes": "-minus"},
        {"url": "https://x.com/ugyldig_kind", "kind": "boss"},
        {"url": existing[0]["url"], "kind": "company", "display_name": "Opdateret; \"navn\"",
         "administrators": "Ny Person <ny.person@nordlys.dk> (analyst)", "notes": "opdateret"},
        {"url": "https://x.com/ugyldig_dato", "kind": "company", "last_reviewed_on": "31.02.2025"},
        {"url": "https://x.com/fremtid", "kind": "company",
         "last_reviewed_on": (TODAY + timedelta(days=30)).isoformat()},
        {"url": "https://x.com/gyldig_1", "kind": "personal"},  # the same account twice
        {"url": "https://x.com/ukendt_person", "kind": "company", "administrators": "Ingen Email (admin)"},
        {"url": "not an address", "kind": "company"},
        {"url": "https://www.linkedin.com/in/gyldig-2", "kind": "employee_role", "holder_email": "holder@nordlys.se",
         "holder_name": "Holder Ørsted", "disposition": "holder_keeps", "terms_agreed_on": "2025-01-01"},
        {"url": existing[1]["url"], "kind": "personal", "disposition": "transfer_to_company",
         "terms_agreed_on": "2025-01-01"},  # a personal account can never be transferred
        {"url": existing[2]["url"], "disposition": "archive", "terms_agreed_on": "2025-05-05",
         "last_reviewed_on": TODAY.isoformat()},
    ]
    path = write_rows(tmp_path / "errors.csv", header, rows)
    with path.open("ab") as file:
        file.write(b"https://x.com/for_faa_celler;company\r\n")  # a lost delimiter

    _, planned, result = twins.import_file(path, only_valid_rows=True)
    errors = [line for line, action, _, _ in planned if action == RowAction.error]
    assert len(errors) == 8 and result.rows_skipped == 8
    assert (result.accounts_created, result.accounts_updated) == (2, 2)
    twins.assert_same_contents()
