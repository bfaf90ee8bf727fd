"""The ownership report and the import at the designed scale, each beside its floor.

export: `export_report` of 100,000 accounts (20,000 people, 300,000 role grants from
        scale_data) vs two floors: `csv.writer` writing the very same rows, already in memory,
        to a UTF-8-with-BOM file; and the whole work done raw, the database read included: one
        SELECT through the sqlite3 module of the report's stored columns (the account, its
        holder, its latest handover terms and successor, its active administrators joined by
        group_concat), streamed into csv.writer (aim: <= 2x). The export computes the risks
        column in its own query; `account_risks` over all accounts (aim: under 1 s) is timed
        and printed beside it.
memory: the peak memory of `accountregistry export` and `accountregistry import` of that report
        as processes (aim: at most 150 MiB each), beside the streaming floor's process.
import: read_table + plan_import + apply_import of that export into an empty registry vs the
        floor: the sqlite3 module's executemany of the same account rows, exactly as the import
        stored them, into the same migrated schema with the same pragmas and the page cache the
        import loads with (store.bulk.bulk_loading), the people they refer to loaded
        beforehand, untimed (aim: <= 4x). A second floor loads every row the import writes
        (people, accounts, roles, audit events).

Printed, not asserted: times and ratios. Asserted: the results are right.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import time

import pytest

from accountregistry.services import ownership_report
from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.ownership_report import HEADER, export_report
from report_reading import report_rows
from accountregistry.services.risks import account_risks, assess
from accountregistry.store.bulk import BULK_CACHE_KIB, insert_rows
from accountregistry.store.models import Account, AccountRole, Person
from accountregistry.store.schema import open_database
from peak_memory import peak_mib_of_command, peak_mib_of_python
from scale_data import floor_connection, generate

pytestmark = pytest.mark.benchmark

WRITTEN = ("person", "account", "account_role", "handover_terms", "audit_event", "personal_value")


def loaded_registry(path, data):
    """A registry file holding scale_data's people, accounts and role grants."""
    db = open_database(path)
    with db.transaction() as session:
        for model, rows in zip((Person, Account, AccountRole), data):
            insert_rows(session, model, rows)
    return db


@pytest.fixture(scope="module")
def scale_registry(tmp_path_factory):
    data = generate()
    db = loaded_registry(tmp_path_factory.mktemp("scale") / "scale.sqlite3", data)
    yield db, data
    db.close()


def line(name, rows, store, floor):
    return f"{name:<34}{rows:>9,}{store:>10.2f}{floor:>10.2f}{store / floor:>8.2f}"


def test_export_against_csv_writer(scale_registry, tmp_path):
    db, data = scale_registry
    target = tmp_path / "report.csv"
    began = time.perf_counter()
    written = export_report(db, target, delimiter=";")
    store = time.perf_counter() - began

    began = time.perf_counter()
    streamed = stream_floor(db.path, tmp_path / "streamed.csv")
    floor_read = time.perf_counter() - began

    rows = list(report_rows(db))  # the floor's rows, untimed
    floor_path = tmp_path / "floor.csv"
    began = time.perf_counter()
    with open(floor_path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    floor = time.perf_counter() - began

    began = time.perf_counter()
    risks = account_risks(db)
    risks_time = time.perf_counter() - began

    print("\n".join(["", "export: export_report vs csv.writer of the same rows in memory",
                     f"{'':<34}{'rows':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}",
                     line("export_report (all)", written, store, floor),
                     line("  vs raw SELECT + csv.writer", written, store, floor_read),
                     f"{'account_risks (aim: under 1 s)':<34}{written:>9,}{risks_time:>10.2f}"]))
    assert written == len(data.accounts) == len(rows) == streamed
    # Same rows: the floor's file and the export differ only where a cell was neutralised.
    exported = target.read_bytes()
    assert exported.startswith(b"\xef\xbb\xbf" + ";".join(HEADER).encode())
    assert exported.count(b"\r\n") >= written + 1
    # The risks cell is every rule run on every account's full facts, worst first.
    column = HEADER.index("risks")
    by_handle = {(account.platform, account.handle): " | ".join(rule.id for rule in found)
                 for account, found in assess(db)}
    assert [row[column] for row in rows] == [by_handle[row[0], row[2]] for row in rows]
    assert {len(found) for found in risks.values()} != {0}
    # The database's ready lines are the cells the cell-by-cell path (any database) computes.
    assert rows == list(ownership_report._rows_by_columns(db, [], None, rows[0][-1]))


# The report's stored columns in one statement, administrators joined in the database.
FLOOR_SQL = """
SELECT a.platform, a.presence, a.handle, a.url, a.display_name, a.kind, a.status, h.name, h.work_email,
       a.responsible_unit, r.names, r.people, a.login_email, a.two_factor, t.disposition, s.work_email,
       t.agreed_on, a.last_reviewed_on, a.created_at, a.review_interval_months, a.official, a.mandate,
       a.response_expectations, a.ambassador, a.review_interval_months, a.notes,
       s.name, t.followers_terms, t.content_terms, t.notice_days, t.agreed_by_holder, t.agreed_by_company
FROM account a
LEFT JOIN person h ON h.id = a.holder_id
LEFT JOIN (SELECT g.account_id, group_concat(p.name || ' <' || coalesce(p.work_email, '') || '> (' || g.role || ')',
                                             ' | ') AS names, count(DISTINCT g.person_id) AS people
           FROM account_role g JOIN person p ON p.id = g.person_id
           WHERE g.revoked_on IS NULL GROUP BY g.account_id) r ON r.account_id = a.id
LEFT JOIN (SELECT account_id, max(version) AS version FROM handover_terms GROUP BY account_id) l
       ON l.account_id = a.id
LEFT JOIN handover_terms t ON t.account_id = l.account_id AND t.version = l.version
LEFT JOIN person s ON s.id = t.successor_id
ORDER BY a.platform, a.handle
"""


def stream_floor(database, target) -> int:
    """The export's work done raw: read with sqlite3, written row by row with csv.writer."""
    connection = sqlite3.connect(database)
    try:
        with open(target, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
            writer.writerow(HEADER)
            count = 0
            for row in connection.execute(FLOOR_SQL):
                writer.writerow(row)
                count += 1
        return count
    finally:
        connection.close()


def test_export_and_import_memory(scale_registry, tmp_path):
    db, data = scale_registry
    report = tmp_path / "report.csv"
    export_mib, done = peak_mib_of_command("--db", str(db.path), "export", "-o", str(report), "--delimiter", ";")
    assert done.returncode == 0, done.stderr
    import_mib, done = peak_mib_of_command("--db", str(tmp_path / "imported.sqlite3"), "import", str(report))
    assert done.returncode == 0, done.stderr
    floor_mib, done = peak_mib_of_python(
        f"import test_csv_scale\ntest_csv_scale.stream_floor({str(db.path)!r}, {str(tmp_path / 'floor.csv')!r})")
    assert done.returncode == 0, done.stderr
    print("\n".join(["", f"peak memory at {len(data.accounts):,} accounts (aim: at most 150 MiB each)",
                     f"{'accountregistry export':<34}{export_mib:>8.0f} MiB",
                     f"{'accountregistry import':<34}{import_mib:>8.0f} MiB",
                     f"{'floor: raw SELECT + csv.writer':<34}{floor_mib:>8.0f} MiB"]))
    assert export_mib <= 150  # the export streams its rows (issue 16); the import's aim is not met yet


def copy_rows(source: sqlite3.Connection, table: str) -> tuple[str, list[tuple]]:
    cursor = source.execute(f"SELECT * FROM {table} ORDER BY rowid")  # personal_value has no id
    names = [d[0] for d in cursor.description]
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return sql, cursor.fetchall()


def floor_load(path, statements, *, untimed=()) -> float:
    connection = floor_connection(path)
    try:
        # The page cache the import loads with (store.bulk.bulk_loading): the same conditions.
        connection.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        connection.execute("BEGIN")
        for sql, rows in untimed:  # what the timed rows refer to
            connection.executemany(sql, rows)
        connection.execute("COMMIT")
        began = time.perf_counter()
        connection.execute("BEGIN")
        for sql, rows in statements:
            connection.executemany(sql, rows)
        connection.execute("COMMIT")
        return time.perf_counter() - began
    finally:
        connection.close()


def test_import_against_executemany(scale_registry, tmp_path):
    db, data = scale_registry
    report = tmp_path / "report.csv"
    export_report(db, report, delimiter=";")

    target = open_database(tmp_path / "imported.sqlite3")
    try:
        began = time.perf_counter()
        parsed = read_table(report)
        read = time.perf_counter() - began
        plan = plan_import(target, parsed)
        planned = time.perf_counter() - began
        result = apply_import(target, plan)
        store = time.perf_counter() - began
    finally:
        target.close()

    source = sqlite3.connect(tmp_path / "imported.sqlite3")
    try:
        accounts_only = [copy_rows(source, "account")]
        everything = [copy_rows(source, table) for table in WRITTEN]
        held = {t: source.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in WRITTEN}
        active = source.execute("SELECT count(*) FROM account_role WHERE revoked_on IS NULL").fetchone()[0]
        # An event per person created, and per chunk one naming its accounts, roles and terms.
        named = [json.loads(values) for (values,) in source.execute(
            "SELECT new_values FROM audit_event WHERE entity = 'account_import'")]
    finally:
        source.close()
    floor_accounts = floor_load(tmp_path / "floor-accounts.sqlite3", accounts_only, untimed=everything[:1])
    floor_all = floor_load(tmp_path / "floor-all.sqlite3", everything)
    rows_written = sum(held.values())

    print("\n".join(["", "import: read_table + plan_import + apply_import vs sqlite3 executemany",
                     f"{'':<34}{'rows':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}",
                     line("import vs the account rows", len(data.accounts), store, floor_accounts),
                     line("import vs every row it writes", rows_written, store, floor_all),
                     f"  read {read:.2f} s, plan {planned - read:.2f} s, apply {store - planned:.2f} s; "
                     f"written: {held}"]))
    assert result.accounts_created == len(data.accounts) == held["account"]
    assert result.people_created == held["person"]  # every holder and administrator has an email
    assert result.roles_granted == active == sum(1 for r in data.roles if "revoked_on" not in r)
    assert held["audit_event"] == held["person"] + len(named)
    for key, table in (("accounts", "account"), ("roles", "account_role"), ("terms", "handover_terms")):
        assert sum(last - first + 1 for values in named for first, last in values[key]) == held[table]


def test_ready_lines_are_written_exactly_as_csv_writer_writes_their_cells():
    """The export's fast writer (whole chunks of lines, apostrophes by pattern) against the
    neutralised cells, each quoted when it holds any list separator, a quote or a line break
    (whatever the delimiter), for every delimiter and the cells spreadsheets choke on; and
    csv.reader reads the cells back."""
    import io
    import random

    def quoted(cell, delimiter):
        cell = ownership_report.neutralise(cell)
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',;\t"\r\n' + delimiter) else cell

    pieces = ["a", " ", "'", "=", "+", "-", "@", "\t", "\r", "\n", '"', ";", ",", "|", "æ", "=1+2", "|x|", ") | "]
    rng = random.Random(20261121)
    for _ in range(3000):
        rows = [["x", *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
                        for _ in range(rng.randint(1, 5)))] for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.5:  # mostly plain chunks, the usual case
            rows = [[cell.strip('"\r\n\t;,') for cell in row] for row in rows]
        for delimiter in (";", ",", "\t", "|"):
            expected = "".join(delimiter.join(quoted(cell, delimiter) for cell in row) + "\r\n" for row in rows)
            lines = [ownership_report.CELL.join(row) for row in rows]
            written = ownership_report._csv_text(lines, delimiter)
            assert written == expected, (rows, delimiter)
            assert list(csv.reader(io.StringIO(written, newline=""), delimiter=delimiter)) == [
                [ownership_report.neutralise(cell) for cell in row] for row in rows]
