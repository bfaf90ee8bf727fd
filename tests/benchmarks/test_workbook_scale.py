"""The ownership report as an .xlsx workbook at the designed scale, each beside its floor.

export: `export_report` of 100,000 accounts (20,000 people, 300,000 role grants from
        scale_data) to .xlsx vs openpyxl in write-only mode writing the very same rows, already
        in memory and already typed (dates as dates, counts as numbers), to a file (aim: <= 2x).
import: read_table + plan_import + apply_import into an empty registry of a spreadsheet of those
        100,000 accounts as a company keeps it (kept_workbook; the import reads no workbook over
        50 MB unpacked, and our export of all 41 columns is 133 MB: it is read back as CSV), the
        sheet streamed by services/xlsx_sheet (at 300,000 accounts, ~140 MB: as many rows as fit
        50 MB, said in the output); the same rows as .ods, as many as fit 50 MB (streamed by
        services/ods_sheet), vs python-calamine reading the same file alone plus the
        sqlite3 module's executemany of the account rows exactly as the import stored them
        (test_csv_scale.floor_load: the same schema, pragmas and page cache) (aim: <= 3x); and vs
        calamine plus every row the import writes (people, accounts, roles, terms, audit events,
        personal values): the same work.
memory: the peak memory of `accountregistry export -o report.xlsx` and of `accountregistry import`
        of the company's .xlsx as processes (issue 13's aim, asserted: under 300 MiB each; issue
        16's, printed beside it: at most 150 MiB at 100,000 accounts).

Store and floor run three times each (an import five times), interleaved; the medians are printed with their
ratio, and an import's ratio in each round: on the shared machine the same loop of Python took 90 ms or 160 ms for
seconds at a time, whatever the hash seed, so one round's ratio says little.
Asserted: the results are right and the memory within its aim.
"""
from __future__ import annotations

import os
import sqlite3
import statistics
import time
from bisect import bisect_right
from itertools import accumulate
from types import SimpleNamespace

import pytest
from peak_memory import peak_mib_of_command
from scale_data import generate
from test_csv_scale import WRITTEN, copy_rows, floor_load, line, loaded_registry

from test_import_memory import shared_item, unpacked, xlsx_file, xlsx_row

from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.ownership_report import HEADER, SAMPLE_ROWS, SHAPES, export_report
from report_reading import report_rows
from accountregistry.services.report_layouts import Layout
from accountregistry.services.report_sheets import OdsSheet, typed_row
from accountregistry.services.workbook_reading import MAX_UNPACKED_BYTES
from accountregistry.store.schema import open_database

pytestmark = pytest.mark.benchmark

ROUNDS = 3  # a median of three: one run slowed by the machine (or by a first run's loading) does not move it
IMPORT_ROUNDS = 5  # the import's ratio is issue 13's aim: two more runs of both sides
MEMORY_AIM_MIB = 300
MEMORY_AIM_100K_MIB = 150  # issue 16: export and import of 100,000 accounts, printed (not asserted)


@pytest.fixture(scope="module")
def scale_registry(tmp_path_factory, scale):
    """A registry of `scale` accounts (BENCHMARK_SCALE; 100,000 by default) in scale_data's
    proportions: a fifth as many people, three role grants per account."""
    data = generate(people=max(scale // 5, 1), accounts=scale, roles=scale * 3)
    db = loaded_registry(tmp_path_factory.mktemp("scale") / "scale.sqlite3", data)
    yield db, data
    db.close()


def openpyxl_floor(rows: list[list], path) -> float:
    from openpyxl import Workbook

    began = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Accounts")
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return time.perf_counter() - began


def test_xlsx_export_against_openpyxl_write_only(scale_registry, tmp_path):
    db, data = scale_registry
    typed = [typed_row(row, SHAPES) for row in report_rows(db)]  # the floor's rows, untimed
    store, floor = [], []
    for round_ in range(ROUNDS):
        began = time.perf_counter()
        written = export_report(db, tmp_path / f"report-{round_}.xlsx")
        store.append(time.perf_counter() - began)
        floor.append(openpyxl_floor(typed, tmp_path / f"floor-{round_}.xlsx"))
    print("\n".join(["", ".xlsx export: export_report vs openpyxl write-only of the same rows in memory",
                     f"{'':<34}{'rows':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}",
                     line("export_report (.xlsx, all)", written, statistics.median(store),
                          statistics.median(floor)),
                     f"  store runs {[round(s, 2) for s in store]}, floor runs {[round(s, 2) for s in floor]}"]))
    assert written == len(data.accounts)


# The people layout's columns that a company's own sheet of its accounts holds: where the account
# is (the network, and the profile's address as copied from the browser: the import's key, from
# which it reads the handle; a handle alone would need the platform beside it anyway), whose it is
# (company, role or personal), who holds it (name and work email: the import tells people apart
# by email, and a sheet of 20,000 people has many of the same name), who else administers it,
# what happens to it when its holder leaves and when that was agreed, and notes. Left out: what
# the registry works out (risks, number of administrators, next review, export stamp) and its own
# bookkeeping (status, reviews, consent, response times). scale_data leaves the disposition,
# agreement date and notes empty, so those three columns are mostly empty cells, as in a company's
# first sheet.
KEPT = ("platform", "url", "kind", "holder_name", "holder_email", "administrators", "disposition",
        "terms_agreed_on", "notes")


@pytest.fixture(scope="module")
def kept_workbooks(scale_registry, tmp_path_factory) -> dict[str, tuple[object, int, int]]:
    """{suffix: (path, rows, accounts)}: the KEPT columns of the first accounts whose rows fit the
    import's limit (each row's XML measured as it is written), as .xlsx and as .ods."""
    db, _ = scale_registry
    people = Layout("people", HEADER)
    at = [HEADER.index(name) for name in KEPT]
    header, shapes = tuple(people.header[n] for n in at), tuple(SHAPES[n] for n in at)
    rows = [[cells[n] for n in at] for cells in map(people.convert, report_rows(db))]
    folder = tmp_path_factory.mktemp("kept")
    room = MAX_UNPACKED_BYTES - 100_000  # 100 KB for the styles and the other parts
    # .xlsx as Excel keeps it: each text once in the shared strings (openpyxl, which our export
    # uses, writes every text inline: 54 MB at 100,000 rows), dates as date cells. A row's size:
    # its XML and that of the strings it names first.
    shared: dict[str, int] = {}
    excel, sizes, named = [], [], []  # named: how many shared strings the rows up to each name
    for number, values in enumerate([header, *(typed_row(row, shapes) for row in rows)], start=1):
        first = [text for text in dict.fromkeys(values) if isinstance(text, str) and text not in shared]
        excel.append([("s", shared.setdefault(value, len(shared))) if isinstance(value, str) else value or ""
                      for value in values])
        sizes.append(len(xlsx_row(number, excel[-1]).encode()) + sum(len(shared_item(t).encode()) for t in first))
        named.append(len(shared))
    fitting = bisect_right(list(accumulate(sizes)), room) - 1  # the header's row first
    xlsx_file(folder / "kept.xlsx", excel[:fitting + 1], shared=list(shared)[:named[fitting]])
    made = {".xlsx": (folder / "kept.xlsx", fitting, len(rows))}
    # .ods by our export's own sheet writer, the rows whose XML fits in 50 MB (a row's XML measured
    # by OdsSheet.write itself).
    sizes = []
    probe = SimpleNamespace(shapes=shapes, _put=lambda text: sizes.append(len(text.encode())))
    for row in rows:
        OdsSheet.write(probe, [row])
    fitting = bisect_right(list(accumulate(sizes)), room)
    with (folder / "kept.ods").open("wb") as file:
        sheet = OdsSheet(file, header, shapes, total=fitting, sample=rows[:SAMPLE_ROWS])
        sheet.write(rows[:fitting])
        sheet.close()
    made[".ods"] = (folder / "kept.ods", fitting, len(rows))
    assert all(unpacked(path) <= MAX_UNPACKED_BYTES for path, _, _ in made.values())
    return made


def calamine_floor(path) -> tuple[float, int]:
    from python_calamine import CalamineWorkbook

    began = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return time.perf_counter() - began, len(rows) - 1


def test_xlsx_import_against_calamine_and_executemany(kept_workbooks, tmp_path):
    import_against_floor(*kept_workbooks[".xlsx"], tmp_path)


def test_ods_import_against_calamine_and_executemany(kept_workbooks, tmp_path):
    import_against_floor(*kept_workbooks[".ods"], tmp_path)


def import_against_floor(report, count: int, total: int, tmp_path) -> None:
    """The import of the company's workbook of `count` of the `total` accounts, interleaved with its floors."""
    store, floor, reading, whole, streamed = [], [], [], [], []
    for round_ in range(IMPORT_ROUNDS):
        target = open_database(tmp_path / f"imported-{round_}.sqlite3")
        try:
            began = time.perf_counter()
            plan = plan_import(target, read_table(report))
            result = apply_import(target, plan)
            store.append(time.perf_counter() - began)
        finally:
            target.close()
        assert result.accounts_created == count
        read, rows = calamine_floor(report)
        assert rows == count
        began = time.perf_counter()
        assert sum(1 for _ in read_table(report).records()) == count
        streamed.append(time.perf_counter() - began)
        source = sqlite3.connect(tmp_path / f"imported-{round_}.sqlite3")
        try:
            accounts = [copy_rows(source, "account")]
            people = [copy_rows(source, "person")]
            everything = [copy_rows(source, table) for table in WRITTEN]
        finally:
            source.close()
        loaded = floor_load(tmp_path / f"floor-{round_}.sqlite3", accounts, untimed=people)
        reading.append(read)
        floor.append(read + loaded)
        whole.append(read + floor_load(tmp_path / f"floor-all-{round_}.sqlite3", everything))
    kind = f"({report.suffix})"
    fitted = f" (the first {count:,} of {total:,}: as many as fit 50 MB unpacked)" if count < total else ""
    print("\n".join(["", f"{report.suffix} import: read_table + plan_import + apply_import vs calamine + executemany "
                         f"(aim: <= 3x); the company's sheet of {count:,} accounts{fitted} ({', '.join(KEPT)}), "
                         f"{unpacked(report) / 1e6:.1f} MB unpacked",
                     f"{'':<34}{'rows':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}",
                     line(f"import {kind} vs the account rows", count, statistics.median(store),
                          statistics.median(floor)),
                     line(f"import {kind} vs every row written", count, statistics.median(store),
                          statistics.median(whole)),
                     f"  calamine alone {statistics.median(reading):.2f} s, the import's own reading of the sheet "
                     f"(streamed, to text) {statistics.median(streamed):.2f} s; store runs "
                     f"{[round(s, 2) for s in store]}, floor runs {[round(s, 2) for s in floor]}, ratio per round "
                     f"{[round(s / f, 2) for s, f in zip(store, floor)]}, load average {os.getloadavg()[0]:.1f}"]))


def test_xlsx_export_and_import_memory(scale_registry, kept_workbooks, tmp_path):
    db, data = scale_registry
    export_mib, done = peak_mib_of_command("--db", str(db.path), "export", "-o", str(tmp_path / "report.xlsx"))
    assert done.returncode == 0, done.stderr
    kept, rows, _ = kept_workbooks[".xlsx"]
    import_mib, done = peak_mib_of_command("--db", str(tmp_path / "imported.sqlite3"), "import", str(kept))
    assert done.returncode == 0, done.stderr
    print("\n".join(["", f".xlsx peak memory at {len(data.accounts):,} accounts (aim: under {MEMORY_AIM_MIB} MiB, "
                         f"issue 13; at 100,000 accounts at most {MEMORY_AIM_100K_MIB} MiB, issue 16)",
                     f"{'accountregistry export -o .xlsx':<34}{export_mib:>8.1f} MiB",
                     f"{'accountregistry import (kept .xlsx)':<34}{import_mib:>8.1f} MiB  ({rows:,} rows)"]))
    assert export_mib < MEMORY_AIM_MIB and import_mib < MEMORY_AIM_MIB
