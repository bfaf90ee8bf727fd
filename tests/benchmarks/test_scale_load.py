"""Loading 20k people, 100k accounts and 300k role grants: the store against its floor.

store: `insert_rows` through a Session, in one `db.transaction()`, on a database from
       `open_database` (migrated schema, WAL, foreign keys on, synchronous=FULL).
floor: the same rows, already converted to the exact values the store writes, loaded with the
       sqlite3 module's executemany in one transaction, into a database with the same schema and
       the same pragmas.

Printed: seconds and the ratio store/floor per table and in total (aim: total <= 3). Not a timed
test: only correctness is asserted.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect

from accountregistry.store.bulk import column_defaults, insert_rows
from accountregistry.store.models import Account, AccountRole, Person
from accountregistry.store.schema import open_database
from scale_data import floor_connection, generate

pytestmark = pytest.mark.benchmark

MODELS = (Person, Account, AccountRole)  # parents first: foreign keys are checked row by row


def floor_statement(model: Any, rows: list[dict[str, Any]]) -> tuple[str, list[tuple]]:
    """The INSERT and the parameter tuples the store's executemany ends up sending to SQLite.

    Same columns (the rows' keys plus the defaulted ones, as insert_rows does) and the same
    stored values (each column type's SQLite bind processor applied), computed untimed.
    """
    table: sa.Table = model.__table__
    defaults = column_defaults(model)
    keys = set(defaults).union(*rows)
    columns = [column for column in table.columns if column.key in keys]
    dialect = sqlite_dialect.dialect()
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    names = [column.key for column in columns]
    tuples = []
    for row in rows:
        values = []
        for name, process in zip(names, processors):
            value = row[name] if name in row else defaults.get(name)
            values.append(process(value) if process else value)
        tuples.append(tuple(values))
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    return sql, tuples


def load_store(path, data) -> tuple[dict[str, float], float]:
    db = open_database(path)
    try:
        seconds: dict[str, float] = {}
        start = time.perf_counter()
        with db.transaction() as session:
            for model, rows in zip(MODELS, data):
                began = time.perf_counter()
                assert insert_rows(session, model, rows) == len(rows)
                seconds[model.__tablename__] = time.perf_counter() - began
        return seconds, time.perf_counter() - start
    finally:
        db.close()


def load_floor(path, statements) -> tuple[dict[str, float], float]:
    connection = floor_connection(path)
    try:
        seconds: dict[str, float] = {}
        start = time.perf_counter()
        connection.execute("BEGIN")
        for model, (sql, tuples) in zip(MODELS, statements):
            began = time.perf_counter()
            connection.executemany(sql, tuples)
            seconds[model.__tablename__] = time.perf_counter() - began
        connection.execute("COMMIT")
        return seconds, time.perf_counter() - start
    finally:
        connection.close()


def print_table(data, store: tuple[dict[str, float], float], floor: tuple[dict[str, float], float]) -> None:
    lines = ["", "scale load: store (insert_rows, one transaction) vs floor (sqlite3 executemany)",
             f"{'table':<14}{'rows':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}"]
    for model, rows in zip(MODELS, data):
        name = model.__tablename__
        s, f = store[0][name], floor[0][name]
        lines.append(f"{name:<14}{len(rows):>9,}{s:>10.2f}{f:>10.2f}{s / f:>8.2f}")
    total_rows = sum(len(rows) for rows in data)
    lines.append(f"{'total+commit':<14}{total_rows:>9,}{store[1]:>10.2f}{floor[1]:>10.2f}"
                 f"{store[1] / floor[1]:>8.2f}")
    print("\n".join(lines))


def test_scale_load_against_floor(tmp_path):
    data = generate()
    statements = [floor_statement(model, rows) for model, rows in zip(MODELS, data)]

    store = load_store(tmp_path / "store.sqlite3", data)
    floor = load_floor(tmp_path / "floor.sqlite3", statements)
    print_table(data, store, floor)

    # Correctness only: both databases hold the same rows, and they are the generated ones.
    people, accounts, roles = data
    databases = [sqlite3.connect(tmp_path / name) for name in ("store.sqlite3", "floor.sqlite3")]
    try:
        for model, rows in zip(MODELS, data):
            counts = [c.execute(f"SELECT count(*) FROM {model.__tablename__}").fetchone()[0] for c in databases]
            assert counts == [len(rows), len(rows)], model.__tablename__
        for connection in databases:
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for account in accounts[:: len(accounts) // 25]:
            key = (account["platform"], account["handle"])
            found = [c.execute("SELECT holder_id, kind, url FROM account WHERE platform = ? AND handle = ?",
                               key).fetchall() for c in databases]
            assert found[0] == found[1] == [(account["holder_id"], account["kind"], account["url"])], key
        # Whole rows agree too, apart from the load time each one stamped.
        for table, rows in (("person", people), ("account", accounts), ("account_role", roles)):
            for row_id in (1, len(rows) // 2, len(rows)):
                found = [c.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)) for c in databases]
                names = [d[0] for d in found[0].description]
                a, b = (dict(zip(names, cursor.fetchone())) for cursor in found)
                for stamp in ("created_at", "updated_at"):
                    a.pop(stamp, None)
                    b.pop(stamp, None)
                assert a == b, (table, row_id)
        active = databases[0].execute(
            "SELECT count(*) FROM account_role WHERE revoked_on IS NULL").fetchone()[0]
        assert active == sum(1 for r in roles if "revoked_on" not in r)
    finally:
        for connection in databases:
            connection.close()
