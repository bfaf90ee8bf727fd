"""insert_rows: SQLite's fast path stores exactly what the generic path stores, and fails alike."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from accountregistry.domain.errors import Conflict
from accountregistry.domain.vocabulary import Kind, Role, TwoFactor
from accountregistry.store import bulk
from accountregistry.store.bulk import insert_rows
from accountregistry.services import audit
from accountregistry.store.models import Account, AccountRole, AuditEvent, Person
from accountregistry.store.schema import open_database

import engine_support

WHEN = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=timezone(timedelta(hours=2)))
TABLES = ("person", "account", "account_role", "audit_event")


def load(path, *, fast: bool, monkeypatch) -> dict[str, list[tuple]]:
    """Rows of every type the registry stores, loaded by one path; the tables as stored."""
    monkeypatch.setattr(bulk, "SQLITE_FAST_PATH", fast)
    db = open_database(path)
    try:
        with db.transaction() as session:
            insert_rows(session, Person, [
                {"id": 1, "name": "Jane Ødegård", "work_email": "jane@acme.dk", "created_at": WHEN, "updated_at": WHEN},
                {"id": 2, "name": "Bo", "employment_status": "left", "last_working_day": date(2026, 1, 31),
                 "created_at": WHEN, "updated_at": WHEN, "manager_id": 1},
            ])
            insert_rows(session, Account, [
                {"platform": "x", "presence": "profile", "handle": f"acme{n}", "url": f"https://x.com/acme{n}",
                 "kind": (Kind.company, "employee_role", None)[n % 3], "official": n % 2 == 0,
                 "two_factor": TwoFactor.passkey if n % 2 else "sms", "holder_id": (None, 1, 2)[n % 3],
                 "last_reviewed_on": date(2026, 1, 1) + timedelta(days=n % 4) if n % 5 else None,
                 "has_secret": n % 4 == 0, "secret_updated_at": WHEN + timedelta(minutes=n) if n % 4 == 0 else None,
                 "created_at": WHEN, "updated_at": WHEN}
                for n in range(130)], chunk=100)
            insert_rows(session, AccountRole, [
                {"account_id": n + 1, "person_id": 1 + n % 2, "role": (Role.owner, "admin")[n % 2],
                 "granted_on": date(2025, 12, 1), "granted_by": "test"} for n in range(30)])
            bulk.insert_columns(session, AccountRole, ("account_id", "person_id", "role"),
                                [(1, 2, 3), [2, 1, 2], [Role.admin, "owner", Role.analyst]],
                                same={"granted_on": date(2025, 12, 2), "granted_by": "columns"})
            insert_rows(session, AuditEvent, audit.chained(session, [
                {"at": WHEN, "actor": "test", "entity": "account", "entity_id": n, "action": "import",
                 "account_id": n if n % 2 else None, "old_values": {"kind": None, "n": n} if n % 3 else None,
                 "new_values": {"name": "Ødegård", "on": "2026-01-01", "list": [1, 2]}} for n in range(10)]))
    finally:
        db.close()
    connection = sqlite3.connect(path)
    try:
        dump = {}
        for table in TABLES:
            names = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            typed = ", ".join(f"typeof({name}), {name}" for name in names)
            dump[table] = connection.execute(f"SELECT {typed} FROM {table} ORDER BY id").fetchall()
        return dump
    finally:
        connection.close()


def test_the_fast_path_stores_what_the_generic_path_stores(tmp_path, monkeypatch):
    fast = load(tmp_path / "fast.sqlite3", fast=True, monkeypatch=monkeypatch)
    generic = load(tmp_path / "generic.sqlite3", fast=False, monkeypatch=monkeypatch)
    assert fast == generic
    # 130 accounts in chunks of 100, each inserted as statements of as many rows as 999 parameters allow.
    assert len(fast["account"]) == 130 and len(fast["audit_event"]) == 10
    # Stored forms as SQLAlchemy writes them: UTC timestamps as text, ISO dates, JSON null.
    person = fast["person"][0]
    assert "2026-03-04 03:06:07.891011" in person
    assert ("text", "null") in zip(fast["audit_event"][0][::2], fast["audit_event"][0][1::2])


@pytest.mark.sqlite_only  # the fast path itself
def test_the_fast_path_is_used_on_sqlite_with_many_rows_to_a_statement(db, monkeypatch):
    executed = []
    real = sa.Connection.exec_driver_sql
    monkeypatch.setattr(sa.Connection, "exec_driver_sql",
                        lambda self, sql, *args, **kw: executed.append(sql) or real(self, sql, *args, **kw))
    with db.transaction() as session:
        insert_rows(session, Person, [{"name": f"P{n}", "work_email": f"p{n}@acme.dk"} for n in range(170)])
    one = "(?, ?, ?, ?, ?, ?)"
    # 999 parameters: 166 rows of six in one statement, the 4 left one by one (one statement, executemany).
    assert [sql for sql in executed if sql.startswith("INSERT")] == [
        f"INSERT INTO person (name, work_email, employment_status, created_at, updated_at, version) VALUES {part}"
        for part in (", ".join([one] * 166), one)]
    assert engine_support.scalar(db, "SELECT group_concat(id || name) FROM (SELECT id, name FROM person ORDER BY id)") == ",".join(
        f"{n + 1}P{n}" for n in range(170))


@pytest.mark.parametrize("fast", [True, False])
def test_a_value_that_does_not_convert_fails_as_sqlalchemy_reports_it(db, monkeypatch, fast):
    monkeypatch.setattr(bulk, "SQLITE_FAST_PATH", fast)
    with pytest.raises(sa.exc.StatementError, match="boss"):
        with db.transaction() as session:
            insert_rows(session, Person, [{"name": "A", "employment_status": "boss"}])
    with pytest.raises(sa.exc.StatementError, match="timezone"):
        with db.transaction() as session:
            insert_rows(session, Person, [{"name": "A", "created_at": datetime(2026, 1, 1)}])


@pytest.mark.parametrize("fast", [True, False])
def test_a_broken_constraint_is_an_integrity_error_and_nothing_stays(db, monkeypatch, fast):
    monkeypatch.setattr(bulk, "SQLITE_FAST_PATH", fast)
    raised = []
    # The store turns the IntegrityError into a Conflict; apply_import relies on the former.
    with pytest.raises(Conflict):
        with db.transaction() as session:
            try:
                insert_rows(session, Person, [{"name": "A", "work_email": "a@acme.dk"},
                                              {"name": "B", "work_email": "a@acme.dk"}])
            except Exception as error:
                raised.append(error)
                raise
    assert isinstance(raised[0], sa.exc.IntegrityError)
    assert engine_support.scalar(db, "SELECT count(*) FROM person") == 0


def test_columns_of_different_lengths_are_refused(db):
    with pytest.raises(ValueError, match="every row"):
        with db.transaction() as session:
            bulk.insert_columns(session, Person, ("name", "work_email"), [["A", "B"], ["a@acme.dk"]])
    assert engine_support.scalar(db, "SELECT count(*) FROM person") == 0


def test_unknown_columns_are_refused_on_either_path(db, monkeypatch):
    for fast in (True, False):
        monkeypatch.setattr(bulk, "SQLITE_FAST_PATH", fast)
        with pytest.raises(ValueError, match="no column nickname"):
            with db.transaction() as session:
                insert_rows(session, Person, [{"name": "A", "nickname": "a"}])
