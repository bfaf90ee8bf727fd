"""What an import writes, and the audit trail it leaves: every row it stores has one event
whose values are the stored row's, as the services record them (services/audit), and every
update's event holds exactly the fields that changed, before and after."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date

import pytest

from accountregistry.services.personal_values import is_reference

from accountregistry.services import organisation
from accountregistry.services.accounts import ACCOUNT_FIELDS
from accountregistry.services.csv_import import RowAction, apply_import, plan_import, read_table
from accountregistry.services.demo import DOMAINS, fill_with_sample_organisation
from accountregistry.services.handover import TERMS_FIELDS
from accountregistry.services.ownership_report import HEADER, export_report
from accountregistry.services.people import ADDED_FIELDS
from accountregistry.services.roles import ROLE_FIELDS
from accountregistry.store.schema import open_database

TODAY = date.today()
# What each event records of the row it adds: a person's, not their name and email (the row holds them).
SNAPSHOTS = {"person": ADDED_FIELDS, "account": ACCOUNT_FIELDS, "account_role": ROLE_FIELDS,
             "handover_terms": TERMS_FIELDS}


def stored(path) -> dict[str, dict[int, dict]]:
    """Every row of the written tables by id, as JSON would hold their values."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = {table: {row["id"]: dict(row) for row in connection.execute(f"SELECT * FROM {table}")}
                  for table in SNAPSHOTS}
        for row in tables["account"].values():
            row["official"] = bool(row["official"])
        for row in tables["handover_terms"].values():
            row["agreed_by_holder"] = bool(row["agreed_by_holder"])
        names = {person_id: row["name"] for person_id, row in tables["person"].items()}
        for row in tables["account_role"].values():
            row["person_name"] = names[row["person_id"]]
        return tables
    finally:
        connection.close()


def events(path, *, after: int = 0) -> list[dict]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        found = [dict(row) for row in connection.execute("SELECT * FROM audit_event WHERE id > ? ORDER BY id",
                                                          (after,))]
        # A person's own values are kept apart (services/personal_values.py): read them back in place.
        personal = {token: json.loads(value) for token, value in connection.execute(
            "SELECT token, value FROM personal_value")}
    finally:
        connection.close()
    for event in found:
        for column in ("old_values", "new_values"):
            values = json.loads(event[column]) if event[column] is not None else None
            event[column] = values and {name: personal[value["personal"]] if is_reference(value) else value
                                        for name, value in values.items()}
    return found


def last_event(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def demo_report(tmp_path, db):
    fill_with_sample_organisation(db)
    path = tmp_path / "demo.csv"
    export_report(db, path, delimiter=";")
    return path


@pytest.fixture
def empty(tmp_path):
    registry = open_database(tmp_path / "empty.sqlite3")
    organisation.update_settings(registry, email_domains=list(DOMAINS.values()), default_review_interval_months=6)
    yield registry
    registry.close()


def imported(db, path, **options):
    plan = plan_import(db, read_table(path), today=TODAY)
    return plan, apply_import(db, plan, **options)


def read_rows(path) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(path.read_bytes()[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert tuple(rows[0]) == HEADER
    return [dict(zip(HEADER, row)) for row in rows[1:]]


def write_rows(path, rows: list[dict[str, str]]):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([row.get(column, "") for column in HEADER] for row in rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def test_every_row_an_import_creates_has_one_event_with_its_stored_values(empty, demo_report):
    settings_event = last_event(empty.path)
    _, result = imported(empty, demo_report)
    assert result.accounts_created == 123 and result.roles_granted > 100 and result.terms_recorded > 60
    rows, trail = stored(empty.path), events(empty.path, after=settings_event)
    # People, then accounts, then roles, then terms: the order the rows were written in.
    order = [event["entity"] for event in trail]
    assert order == sorted(order, key=["person", "account", "account_role", "handover_terms"].index)
    assert {(e["entity"], e["action"], e["actor"]) for e in trail} == {
        (entity, "import", "tester") for entity in SNAPSHOTS}
    for entity, fields in SNAPSHOTS.items():
        written = [event for event in trail if event["entity"] == entity]
        assert sorted(e["entity_id"] for e in written) == sorted(rows[entity]), entity
        for event in written:
            row = rows[entity][event["entity_id"]]
            # The grant names its person by id only; the name is looked up when shown.
            expected = {name: row[name] for name in fields} | {"source": "demo.csv"}
            if entity == "handover_terms":  # a first version records every field that has a value
                expected = {name: value for name, value in expected.items() if value is not None}
            else:
                assert event["old_values"] is None
            assert {k: v for k, v in event["new_values"].items() if v is not None} == {
                k: v for k, v in expected.items() if v is not None}, (entity, event["entity_id"])
            assert event["account_id"] == {"person": None, "account": row["id"]}.get(entity, row.get("account_id"))


def test_an_update_records_exactly_what_changed(empty, demo_report, tmp_path):
    imported(empty, demo_report)
    rows = read_rows(demo_report)
    changed_rows = [row for row in rows if row["kind"] == "company" and row["disposition"]
                    and row["status"] == "active"][:3]
    for row in changed_rows:
        row["display_name"] = (row["display_name"] + " – ændret").strip()
        row["notice_days"] = "30"
        row["administrators"] += " | Ny Person <ny.person@nordlys.dk> (editor)"
    before, after_event = stored(empty.path), last_event(empty.path)
    plan, result = imported(empty, write_rows(tmp_path / "changed.csv", rows))
    assert (plan.count(RowAction.update), result.accounts_updated, result.roles_granted, result.terms_recorded,
            result.people_created) == (3, 3, 3, 3, 1)
    after, trail = stored(empty.path), events(empty.path, after=after_event)
    accounts = [e for e in trail if e["entity"] == "account"]
    assert len(accounts) == 3
    for event in accounts:
        old, new = before["account"][event["entity_id"]], after["account"][event["entity_id"]]
        assert event["old_values"] == {"display_name": old["display_name"]}
        assert event["new_values"] == {"display_name": new["display_name"], "source": "changed.csv"}
        assert new["version"] == old["version"] + 1
    terms = [e for e in trail if e["entity"] == "handover_terms"]
    assert {tuple(sorted(e["new_values"])) for e in terms} == {("notice_days", "source", "version")}
    assert all(e["new_values"]["notice_days"] == 30 for e in terms)
    assert [e["entity"] for e in trail].count("person") == 1
