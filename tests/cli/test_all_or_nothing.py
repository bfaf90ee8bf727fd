"""A command killed anywhere leaves the registry as it was before, or complete (issue 18,
finding 4): never part of its work. demo, import, people import and migrate are killed here.
Each command is first run to count its SQL statements, then killed with SIGKILL just before
statements spread over that range, the last (COMMIT) included; every time the file passes
`PRAGMA integrity_check` and the command can be run again.
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


@pytest.fixture(scope="module")
def import_run(tmp_path_factory, demo_run):
    """The sample organisation's ownership report, imported into an empty registry."""
    folder = tmp_path_factory.mktemp("import")
    filled = folder / "filled.sqlite3"
    shutil.copyfile(demo_run.pristine, filled)
    assert run_killed_at(0, folder, "--db", filled, "demo")[0].returncode == 0
    report = folder / "report.csv"
    assert run_killed_at(0, folder, "--db", filled, "export", "-o", report)[0].returncode == 0
    imported = folder / "imported.sqlite3"
    shutil.copyfile(demo_run.pristine, imported)
    finished, total = run_killed_at(0, folder, "--db", imported, "import", report)
    assert finished.returncode == 0, finished.stderr
    return SimpleNamespace(report=report, statements=total, complete=table_counts(imported))


def test_a_killed_import_leaves_nothing_or_everything(tmp_path, demo_run, import_run):
    assert import_run.complete["account"] == 123
    for point in kill_points(import_run.statements):
        path = tmp_path / f"killed-at-{point}.sqlite3"
        shutil.copyfile(demo_run.pristine, path)
        killed, _ = run_killed_at(point, tmp_path, "--db", path, "import", import_run.report)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert table_counts(path) == demo_run.empty, f"killed before statement {point} of {import_run.statements}"
    again, _ = run_killed_at(0, tmp_path, "--db", path, "import", import_run.report)
    assert again.returncode == 0, again.stderr
    assert table_counts(path) == import_run.complete


def test_a_killed_people_import_leaves_nobody_or_everybody(tmp_path, demo_run):
    filled = tmp_path / "filled.sqlite3"
    shutil.copyfile(demo_run.pristine, filled)
    assert run_killed_at(0, tmp_path, "--db", filled, "demo")[0].returncode == 0
    people = tmp_path / "people.csv"
    assert run_killed_at(0, tmp_path, "--db", filled, "people", "export", "-o", people)[0].returncode == 0
    imported = tmp_path / "imported.sqlite3"
    shutil.copyfile(demo_run.pristine, imported)
    finished, total = run_killed_at(0, tmp_path, "--db", imported, "people", "import", people)
    assert finished.returncode == 0, finished.stderr
    complete = table_counts(imported)
    assert complete["person"] == demo_run.complete["person"]
    for point in kill_points(total):
        path = tmp_path / f"killed-at-{point}.sqlite3"
        shutil.copyfile(demo_run.pristine, path)
        killed, _ = run_killed_at(point, tmp_path, "--db", path, "people", "import", people)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert table_counts(path) == demo_run.empty, f"killed before statement {point} of {total}"
    again, _ = run_killed_at(0, tmp_path, "--db", path, "people", "import", people)
    assert again.returncode == 0, again.stderr
    assert table_counts(path) == complete


FIXTURE = Path(__file__).parents[1] / "store" / "fixtures" / "registry_schema_0001.sql"


def first_release_registry(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.executescript(FIXTURE.read_text(encoding="utf-8"))
    return path


def revision(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_killed_migration_leaves_the_old_schema_or_the_new_one(tmp_path):
    """Each schema step commits with its version (store/migrations/env.py): killed, the file is at
    the first release's schema or at the end of one of the steps, whole, every row there."""
    from accountregistry.store.schema import head_revision, known_revisions

    counted = first_release_registry(tmp_path / "counted.sqlite3")
    before = table_counts(counted)
    finished, total = run_killed_at(0, tmp_path, "--db", counted, "migrate")
    assert finished.returncode == 0, finished.stderr
    assert revision(counted) == head_revision()
    at_step = {"0001": before, head_revision(): table_counts(counted)}  # rows per table at each finished step
    for point in kill_points(total):
        path = first_release_registry(tmp_path / f"killed-at-{point}.sqlite3")
        killed, _ = run_killed_at(point, tmp_path, "--db", path, "migrate")
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert revision(path) in known_revisions()
        counts = table_counts(path)  # integrity_check ok, every row of that step there
        assert at_step.setdefault(revision(path), counts) == counts, f"killed before statement {point} of {total}"
        again, _ = run_killed_at(0, tmp_path, "--db", path, "migrate")
        assert again.returncode == 0, again.stderr
        assert revision(path) == head_revision()
    verified = subprocess.run([sys.executable, "-m", "accountregistry", "--db", str(path), "audit", "verify"],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def server_counts(url: str) -> dict[str, int]:
    """Rows per table of a server database (organisation_settings: every new registry has one)."""
    import sqlalchemy as sa

    from accountregistry.services.copy_registry import tables

    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return {table.name: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
                    for table in tables()}
    finally:
        engine.dispose()


def test_a_killed_copy_leaves_the_server_database_empty_and_ready_for_the_copy(tmp_path, demo_run,
                                                                               server_database, schema_template):
    # `copy --to` runs in one server transaction: killed (SIGKILL, while it reads the file table
    # by table and COPYs into the server), the server rolls all of it back.
    import engine_support

    source = tmp_path / "source.sqlite3"
    shutil.copyfile(demo_run.pristine, source)
    engine_support.make_sample(str(source))
    counted = server_database(schema_template)
    empty = server_counts(counted)
    finished, total = run_killed_at(0, tmp_path, "--db", source, "copy", "--to", counted)
    assert finished.returncode == 0, finished.stderr
    complete = server_counts(counted)
    assert complete["account"] == 123 and complete != empty
    for point in kill_points(total)[:-1]:  # the last statement comes after the server's COMMIT
        target = server_database(schema_template)
        killed, _ = run_killed_at(point, tmp_path, "--db", source, "copy", "--to", target)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert server_counts(target) == empty, f"killed before statement {point} of {total}"
        again, _ = run_killed_at(0, tmp_path, "--db", source, "copy", "--to", target)
        assert again.returncode == 0, again.stderr
        assert server_counts(target) == complete
        verified = subprocess.run([sys.executable, "-m", "accountregistry", "--db", target, "audit", "verify"],
                                  capture_output=True, text=True)
        assert verified.returncode == 0, verified.stderr
