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

from accountregistry.services import audit, changes, import_trail, organisation
from accountregistry.services.accounts import ACCOUNT_FIELDS
from accountregistry.services.lookups import account_events
from accountregistry.services.csv_import import RowAction, apply_import, plan_import, read_table
from accountregistry.services.demo import DOMAINS, fill_with_sample_organisation
from accountregistry.services.handover import TERMS_FIELDS
from accountregistry.services.ownership_report import HEADER, export_report
from accountregistry.services.people import ADDED_FIELDS, id_runs
from accountregistry.services.person_data import person_data
from accountregistry.services.roles import ROLE_FIELDS
from accountregistry.store.bulk import SQLITE_LARGEST_ID, insert_rows
from accountregistry.store.models import Account, AccountRole, HandoverTerms, Person
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


def history(db, account_id: int) -> list[tuple]:
    """The account's history as a person reads it: (entity, entity_id, action, old, new), newest first."""
    return [(e.entity, e.entity_id, e.action, e.old_values, e.new_values) for e in account_events(db, account_id)]


def test_every_row_an_import_creates_reads_as_one_event_with_its_stored_values(empty, demo_report):
    settings_event = last_event(empty.path)
    _, result = imported(empty, demo_report)
    assert result.accounts_created == 123 and result.roles_granted > 100 and result.terms_recorded > 60
    rows, trail = stored(empty.path), events(empty.path, after=settings_event)
    # The trail: an event per person created (no name or email: their row holds them), then one
    # naming the accounts added, their roles and terms as runs of ids; no value copied.
    assert [(e["entity"], e["action"], e["actor"]) for e in trail] == [("person", "import", "tester")] * len(
        rows["person"]) + [(import_trail.ENTITY, "import", "tester")]
    [named] = [e for e in trail if e["entity"] == import_trail.ENTITY]
    assert named["new_values"] == {"accounts": id_runs(rows["account"]), "roles": id_runs(rows["account_role"]),
                                   "terms": id_runs(rows["handover_terms"]), "source": "demo.csv"}
    assert named["entity_id"] == min(rows["account"]) and named["account_id"] is None
    assert count_rows(empty.path, "personal_value") == 0
    # Each account's history reads an event per row the import added, with the stored values.
    read = [event for account_id in rows["account"] for event in history(empty, account_id)]
    for entity, fields in SNAPSHOTS.items():
        if entity == "person":
            continue
        written = [event for event in read if event[0] == entity]
        assert sorted(e[1] for e in written) == sorted(rows[entity]), entity
        for _, entity_id, action, old, new in written:
            row = rows[entity][entity_id]
            assert action == "import" and old is None
            expected = {name: row[name] for name in fields} | {"source": "demo.csv"}
            assert {k: v for k, v in new.items() if v is not None} == {
                k: v for k, v in expected.items() if v is not None}, (entity, entity_id)
    assert audit.verify_chain(empty).intact


def test_an_import_reads_as_it_did_when_it_recorded_an_event_per_row(tmp_path, demo_report, monkeypatch):
    """Imports recorded an event per row before; those read as they always did, and as an import
    that names its rows in one event reads now."""
    now, before = open_database(tmp_path / "now.sqlite3"), open_database(tmp_path / "before.sqlite3")
    recorded = audit.record_many

    def per_row(session, *, actor, action, events):  # as the writer recorded before this change
        return recorded(session, actor=actor, action=action, events=[
            old for event in events for old in (as_per_row(session, event) if event.entity == import_trail.ENTITY
                                                else [event])])

    try:
        for db in (now, before):
            organisation.update_settings(db, email_domains=list(DOMAINS.values()), default_review_interval_months=6)
        imported(now, demo_report)
        with monkeypatch.context() as patched:
            patched.setattr(audit, "record_many", per_row)
            imported(before, demo_report)
        assert not [e for e in events(before.path) if e["entity"] == import_trail.ENTITY]
        accounts = sorted(stored(now.path)["account"])
        assert accounts == sorted(stored(before.path)["account"])
        for account_id in accounts:
            assert history(now, account_id) == history(before, account_id), account_id
        assert audit.verify_chain(before).intact and audit.verify_chain(now).intact
    finally:
        now.close()
        before.close()


def as_per_row(session, event) -> list:
    """The events the import recorded per row before, for the rows a chunk's event names."""
    import sqlalchemy as sa

    from accountregistry.store.models import Account, AccountRole, HandoverTerms

    found = []
    for model, key, fields in ((Account, "accounts", ACCOUNT_FIELDS), (AccountRole, "roles", ROLE_FIELDS),
                               (HandoverTerms, "terms", TERMS_FIELDS)):
        for first, last in event.new[key]:
            for row in session.exec(sa.select(model).where(model.id.between(first, last)).order_by(model.id)).scalars():
                values = audit.snapshot(row, fields)
                if model is HandoverTerms:
                    values = {name: value for name, value in values.items() if value is not None}
                account_id = row.id if model is Account else row.account_id
                found.append(audit.Event(model.__tablename__, row.id, account_id, None,
                                         values | {"source": event.new["source"]}))
    return found


def test_a_later_change_leaves_what_the_import_added_as_it_was(empty, demo_report, tmp_path):
    imported(empty, demo_report)
    rows = read_rows(demo_report)
    changed = next(row for row in rows if row["kind"] == "company" and row["status"] == "active")
    was, changed["display_name"] = changed["display_name"], changed["display_name"] + " – ændret"
    imported(empty, write_rows(tmp_path / "changed.csv", rows))
    [account_id] = [i for i, row in stored(empty.path)["account"].items() if row["display_name"].endswith("ændret")]
    read = history(empty, account_id)
    [added] = [e for e in read if e[0] == "account" and e[3] is None]
    [update] = [e for e in read if e[0] == "account" and e[3] is not None]
    assert added[4]["display_name"] == was and added[4]["source"] == "demo.csv"
    assert update[3:] == ({"display_name": was}, {"display_name": changed["display_name"], "source": "changed.csv"})
    assert read.index(update) < read.index(added)  # newest first


def count_rows(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


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


def test_a_window_watching_reads_everything_again_after_an_import(empty, demo_report):
    seen = changes.latest_event(empty)
    imported(empty, demo_report)
    assert changes.changes_since(empty, seen).everything


def test_a_persons_access_request_reads_the_rows_an_import_added_for_them(empty, demo_report):
    imported(empty, demo_report)
    rows = stored(empty.path)
    holder = next(row["holder_id"] for row in rows["account"].values() if row["holder_id"] is not None)
    data = person_data(empty, holder)
    read = {(e["entity"], e["entity_id"]): e for e in data.sections["audit_events"] if e["action"] == "import"}
    held = {account_id for account_id, row in rows["account"].items() if row["holder_id"] == holder}
    theirs = {role_id for role_id, row in rows["account_role"].items() if row["person_id"] == holder}
    assert held and theirs
    assert {entity_id for entity, entity_id in read if entity == "account"} == held
    assert {entity_id for entity, entity_id in read if entity == "account_role"} == theirs
    for account_id in held:
        assert read[("account", account_id)]["new_values"]["holder_id"] == holder
        assert read[("account", account_id)]["new_values"]["handle"] == rows["account"][account_id]["handle"]



def what_was_imported(path) -> set[tuple]:
    """Each account by its key with its holder, administrators and terms, as people name them."""
    connection = sqlite3.connect(path)
    try:
        return set(connection.execute(
            "SELECT a.platform, a.handle, h.work_email, p.work_email, r.role, t.disposition, t.version FROM account a"
            " LEFT JOIN person h ON h.id = a.holder_id LEFT JOIN account_role r ON r.account_id = a.id"
            " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN handover_terms t ON t.account_id = a.id"
            " WHERE a.handle != 'example.org/largest'"))
    finally:
        connection.close()


@pytest.mark.sqlite_only
def test_tables_holding_sqlites_largest_id_take_an_import_whole(empty, demo_report, tmp_path):
    """Once a table holds id 2**63 - 1, SQLite gives each new row an unused id at random, below
    it: the import still finds the people, accounts, roles and terms it added (it failed with a
    KeyError when it looked for them above the largest id)."""
    largest = SQLITE_LARGEST_ID
    with empty.transaction() as session:
        insert_rows(session, Person, [{"id": largest, "name": "Lars Largest", "work_email": "lars@example.org"}])
        insert_rows(session, Account, [{"id": largest, "platform": "other", "presence": "page",
                                        "handle": "example.org/largest", "url": "https://example.org/largest"}])
        insert_rows(session, AccountRole, [{"id": largest, "account_id": largest, "person_id": largest,
                                            "role": "owner", "granted_on": TODAY, "granted_by": "tester"}])
        insert_rows(session, HandoverTerms, [{"id": largest, "account_id": largest, "disposition": "holder_keeps",
                                              "recorded_by": "tester"}])
    plain = open_database(tmp_path / "plain.sqlite3")
    try:
        _, expected = imported(plain, demo_report)
    finally:
        plain.close()
    _, result = imported(empty, demo_report)
    assert result == expected and result.accounts_created == 123
    assert what_was_imported(empty.path) == what_was_imported(tmp_path / "plain.sqlite3")
    assert max(stored(empty.path)["account"]) == largest  # the new ones lie below it


@pytest.mark.sqlite_only
def test_an_import_of_many_chunks_asks_for_each_tables_largest_id_once(empty, demo_report, tmp_path, monkeypatch):
    """On SQLite the ids an import's rows took are found just above each table's largest id; the
    next chunk starts from the largest id found there instead of asking the database again (at
    100,000 rows: 261 statements fewer). What is stored is what one chunk stores."""
    from sqlalchemy import event

    from accountregistry.services import import_planning

    whole = open_database(tmp_path / "whole.sqlite3")
    try:
        organisation.update_settings(whole, email_domains=list(DOMAINS.values()), default_review_interval_months=6)
        _, expected = imported(whole, demo_report)
    finally:
        whole.close()
    monkeypatch.setattr(import_planning, "CHUNK_ROWS", 20)  # the sample's 123 rows in 7 chunks
    asked: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if "max(" in statement.lower() and "coalesce" in statement.lower():
            asked.append(statement.split("FROM", 1)[1].split()[0])

    event.listen(empty.engine, "before_cursor_execute", count)
    try:
        plan, result = imported(empty, demo_report)
    finally:
        event.remove(empty.engine, "before_cursor_execute", count)
    assert result == expected and result.accounts_created == 123
    assert sorted(asked) == ["account", "account_role", "handover_terms", "person"]
    assert what_was_imported(empty.path) == what_was_imported(tmp_path / "whole.sqlite3")
