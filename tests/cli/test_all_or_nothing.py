"""A command killed anywhere leaves the registry as it was before, or complete (issue 18,
finding 4): never part of its work. Each command is first run to count its SQL statements,
then killed with SIGKILL just before statements spread over that range, the last (COMMIT)
included; every time the file passes `PRAGMA integrity_check` and the command can be run again.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

KILL_AT = Path(__file__).with_name("kill_at.py")
KILL_POINTS = 6


def run_killed_at(limit: int, tmp_path: Path, *arguments) -> tuple[subprocess.CompletedProcess, int]:
    count_file = tmp_path / "statements"
    count_file.unlink(missing_ok=True)
    result = subprocess.run([sys.executable, str(KILL_AT), str(limit), str(count_file), *map(str, arguments)],
                            capture_output=True, text=True)
    return result, int(count_file.read_text())


def kill_points(total: int) -> list[int]:
    """Statement numbers spread from the first to the last (the COMMIT)."""
    return sorted({max(1, round(total * step / (KILL_POINTS - 1))) for step in range(KILL_POINTS)})


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table, and the integrity check's answer."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """A migrated empty registry, the demo's statement count, and the tables before and after."""
    folder = tmp_path_factory.mktemp("demo")
    pristine = folder / "pristine.sqlite3"
    migrated, schema_statements = run_killed_at(0, folder, "--db", pristine, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    filled = folder / "filled.sqlite3"
    shutil.copyfile(pristine, filled)
    finished, total = run_killed_at(0, folder, "--db", filled, "demo")
    assert finished.returncode == 0, finished.stderr
    return SimpleNamespace(pristine=pristine, schema_statements=schema_statements, statements=total,
                           empty=table_counts(pristine), complete=table_counts(filled))


def test_a_killed_demo_leaves_nothing_and_can_be_run_again(tmp_path, demo_run):
    # Before: killed, it left 61 of 123 accounts and then refused to run again.
    assert demo_run.complete["account"] == 123
    points = kill_points(demo_run.statements)
    for point in points:
        path = tmp_path / f"killed-at-{point}.sqlite3"
        shutil.copyfile(demo_run.pristine, path)
        killed, _ = run_killed_at(point, tmp_path, "--db", path, "demo")
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert table_counts(path) == demo_run.empty, f"killed before statement {point} of {demo_run.statements}"
    again, _ = run_killed_at(0, tmp_path, "--db", path, "demo")
    assert again.returncode == 0, again.stderr
    assert table_counts(path) == demo_run.complete


@pytest.mark.parametrize("when", ["making the schema", "after the schema"])
def test_a_demo_killed_while_making_a_new_file_can_be_run_again(tmp_path, demo_run, when):
    path = tmp_path / "new.sqlite3"
    point = 2 if when == "making the schema" else demo_run.schema_statements + 1
    killed, _ = run_killed_at(point, tmp_path, "--db", path, "demo")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again, _ = run_killed_at(0, tmp_path, "--db", path, "demo")
    assert again.returncode == 0, again.stderr
    assert table_counts(path) == demo_run.complete
