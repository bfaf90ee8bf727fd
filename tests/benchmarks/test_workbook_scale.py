"""The ownership report as an .xlsx workbook at the designed scale, each beside its floor.

export: `export_report` of 100,000 accounts (20,000 people, 300,000 role grants from
        scale_data) to .xlsx vs openpyxl in write-only mode writing the very same rows, already
        in memory and already typed (dates as dates, counts as numbers), to a file (aim: <= 2x).
import: read_table + plan_import + apply_import of that workbook into an empty registry (the
        sheet streamed by services/xlsx_sheet; the same for our .ods export, streamed by
        services/ods_sheet) vs python-calamine reading the same file alone plus the sqlite3 module's executemany of
        the account rows exactly as the import stored them (test_csv_scale.floor_load: the same
        schema, pragmas and page cache) (aim: <= 3x); and vs calamine plus every row the import
        writes (people, accounts, roles, terms, audit events, personal values): the same work.
memory: the peak memory of `accountregistry export -o report.xlsx` and `accountregistry import
        report.xlsx` as processes (aim: under 300 MiB each).

Store and floor run twice each, interleaved; the medians are printed with their ratio.
Asserted: the results are right and the memory within its aim.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time

import pytest
from peak_memory import peak_mib_of_command
from scale_data import generate
from test_csv_scale import WRITTEN, copy_rows, floor_load, line, loaded_registry

from accountregistry.services.csv_import import apply_import, plan_import, read_table
from accountregistry.services.ownership_report import HEADER, SHAPES, export_report
from report_reading import report_rows
from accountregistry.services.report_sheets import typed_row
from accountregistry.store.schema import open_database

pytestmark = pytest.mark.benchmark

ROUNDS = 2
MEMORY_AIM_MIB = 300


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


def calamine_floor(path) -> tuple[float, int]:
    from python_calamine import CalamineWorkbook

    began = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return time.perf_counter() - began, len(rows) - 1


def test_xlsx_import_against_calamine_and_executemany(scale_registry, tmp_path):
    import_against_floor(scale_registry, tmp_path, ".xlsx")


def test_ods_import_against_calamine_and_executemany(scale_registry, tmp_path):
    import_against_floor(scale_registry, tmp_path, ".ods")


def import_against_floor(scale_registry, tmp_path, suffix: str) -> None:
    """The import of our own export in `suffix`'s format, interleaved with its floors."""
    db, data = scale_registry
    report = tmp_path / f"report{suffix}"
    export_report(db, report)
    store, floor, reading, whole, streamed = [], [], [], [], []
    for round_ in range(ROUNDS):
        target = open_database(tmp_path / f"imported-{round_}.sqlite3")
        try:
            began = time.perf_counter()
            plan = plan_import(target, read_table(report))
            result = apply_import(target, plan)
            store.append(time.perf_counter() - began)
        finally:
            target.close()
        assert result.accounts_created == len(data.accounts)
        read, rows = calamine_floor(report)
        assert rows == len(data.accounts)
        began = time.perf_counter()
        assert sum(1 for _ in read_table(report).records()) == len(data.accounts)
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
    kind = f"({suffix})"
    print("\n".join(["", f"{suffix} import: read_table + plan_import + apply_import vs calamine + executemany (aim: <= 3x)",
                     f"{'':<34}{'rows':>9}{'store s':>10}{'floor s':>10}{'ratio':>8}",
                     line(f"import {kind} vs the account rows", len(data.accounts), statistics.median(store),
                          statistics.median(floor)),
                     line(f"import {kind} vs every row written", len(data.accounts), statistics.median(store),
                          statistics.median(whole)),
                     f"  calamine alone {statistics.median(reading):.2f} s, the import's own reading of the sheet "
                     f"(streamed, to text) {statistics.median(streamed):.2f} s; store runs "
                     f"{[round(s, 2) for s in store]}, floor runs {[round(s, 2) for s in floor]}, "
                     f"load average {os.getloadavg()[0]:.1f}"]))


def test_xlsx_export_and_import_memory(scale_registry, tmp_path):
    db, data = scale_registry
    report = tmp_path / "report.xlsx"
    export_mib, done = peak_mib_of_command("--db", str(db.path), "export", "-o", str(report))
    assert done.returncode == 0, done.stderr
    import_mib, done = peak_mib_of_command("--db", str(tmp_path / "imported.sqlite3"), "import", str(report))
    assert done.returncode == 0, done.stderr
    print("\n".join(["", f".xlsx peak memory at {len(data.accounts):,} accounts (aim: under {MEMORY_AIM_MIB} MiB)",
                     f"{'accountregistry export -o .xlsx':<34}{export_mib:>8.0f} MiB",
                     f"{'accountregistry import .xlsx':<34}{import_mib:>8.0f} MiB"]))
    assert export_mib < MEMORY_AIM_MIB and import_mib < MEMORY_AIM_MIB
