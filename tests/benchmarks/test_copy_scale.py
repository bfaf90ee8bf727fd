"""Moving 20k people, 100k accounts and 300k role grants from a file to the server: `copy`
against its floor.

copy:  services.copy_registry.copy_registry from the registry file into a new server database
       (schema made by open_database): every table, one transaction, numbering continued.
floor: the same rows read from the same file with the sqlite3 module and written with psycopg's
       COPY into the same tables of another new server database, in one transaction, nothing else.

Rounds are interleaved (copy, floor, copy, floor, ...); printed: the median seconds of each and
the ratio copy/floor (aim: under 3). Not a timed test: only correctness is asserted.
"""

from __future__ import annotations

import sqlite3
import statistics
import time

import psycopg
import pytest
import sqlalchemy as sa

from accountregistry.services.copy_registry import copy_registry, tables
from accountregistry.store.bulk import insert_rows
from accountregistry.store.models import Account, AccountRole, Person
from accountregistry.store.schema import open_database, opened
from scale_data import generate

pytestmark = pytest.mark.benchmark

ROUNDS = 3


@pytest.fixture(scope="module")
def registry_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "registry.sqlite3"
    people, accounts, roles = generate()
    db = open_database(path)
    try:
        with db.transaction() as session:
            for model, rows in ((Person, people), (Account, accounts), (AccountRole, roles)):
                insert_rows(session, model, rows)
    finally:
        db.close()
    return path


def run_copy(source_path, url) -> float:
    with opened(source_path, upgrade=False, create=False) as source, opened(url) as target:
        started = time.perf_counter()
        result = copy_registry(source, target)
        seconds = time.perf_counter() - started
    assert (result.counts["person"], result.counts["account"], result.counts["account_role"]) == (
        20_000, 100_000, 300_000)
    return seconds


def run_floor(source_path, url) -> float:
    open_database(url).close()  # the same schema: constraints, indexes, triggers
    conninfo = sa.make_url(url)
    started = time.perf_counter()
    reading = sqlite3.connect(source_path)
    try:
        with psycopg.connect(host=conninfo.host, port=conninfo.port, user=conninfo.username,
                             dbname=conninfo.database) as writing, writing.cursor() as cursor:
            cursor.execute("SET TimeZone = 'UTC'")
            for table in tables():
                names = [column.name for column in table.columns]
                if table.name == "organisation_settings":
                    continue
                key = ", ".join(column.name for column in table.primary_key.columns)  # not every table has `id`
                rows = reading.execute(f"SELECT {', '.join(names)} FROM {table.name} ORDER BY {key}")
                with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
    finally:
        reading.close()
    return time.perf_counter() - started


def test_copy_beside_copy_of_the_same_rows(registry_file, server_database):
    copies, floors = [], []
    for _ in range(ROUNDS):
        copies.append(run_copy(registry_file, server_database()))
        floors.append(run_floor(registry_file, server_database()))
    copy_s, floor_s = statistics.median(copies), statistics.median(floors)
    print(f"\ncopy of 20k people / 100k accounts / 300k grants to PostgreSQL: {copy_s:.2f} s; "
          f"floor (sqlite3 read + psycopg COPY): {floor_s:.2f} s; ratio {copy_s / floor_s:.2f} "
          f"(medians of {ROUNDS}, interleaved)")
