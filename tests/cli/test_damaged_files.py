"""Files in a bad state get one sentence and are left as they were (issue 18, findings 3, 5 and 9):
a rollback journal left by a crash is
rolled back instead of being called "read-only"; an empty file is not a registry for a command
that only reads; a read-only folder is named as a folder; a dropped table is a sentence, not a
traceback; and a refused open leaves no new file beside the database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from test_cli import one_line_error, run


@pytest.fixture
def registry(tmp_path):
    path = tmp_path / "registry.sqlite3"
    result = run("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    return path


def files_in(folder):
    return sorted(p.name for p in folder.iterdir())


def crash_in_the_middle_of_a_change(path):
    """A program writing in rollback-journal mode, killed before it commits."""
    subprocess.run([sys.executable, "-c", (
        "import os, sqlite3\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
        "c.execute(\"UPDATE person SET title = 'half-written'\")\n"
        "os._exit(9)\n")], check=False)
    assert path.with_name(path.name + "-journal").exists()


def test_a_journal_left_by_a_crash_is_rolled_back_by_the_next_command(registry):
    # Before: every later command said the file "is read-only for you".
    crash_in_the_middle_of_a_change(registry)
    result = run("--db", registry, "risks", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert not registry.with_name(registry.name + "-journal").exists()
    with sqlite3.connect(registry) as connection:
        assert connection.execute("SELECT count(*) FROM person WHERE title = 'half-written'").fetchone()[0] == 0
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_journal_that_cannot_be_rolled_back_is_explained(registry):
    crash_in_the_middle_of_a_change(registry)
    os.chmod(registry, 0o444)
    result = run("--db", registry, "risks", as_plain_user=True)
    assert result.returncode == 1
    line = one_line_error(result)
    assert "registry.sqlite3-journal" in line and "read-only for you" not in line


@pytest.mark.parametrize("command", [["risks"], ["export", "-o", "out.csv"], ["review", "due"]])
@pytest.mark.parametrize("content", ["zero bytes", "an empty SQLite file"])
def test_a_command_that_reads_says_an_empty_file_is_not_a_registry(tmp_path, command, content):
    # Before: a zero-length file became an empty registry, even on export.
    path = tmp_path / "empty.sqlite3"
    if content == "zero bytes":
        path.write_bytes(b"")
    else:
        sqlite3.connect(path).execute("VACUUM")
    before = path.read_bytes()
    result = run("--db", path, *[str(tmp_path / part) if part.endswith(".csv") else part for part in command])
    assert result.returncode == 1 and one_line_error(result)
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["empty.sqlite3"]


def test_demo_still_makes_a_registry_of_an_empty_file(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    assert run("--db", path, "demo").returncode == 0


def test_a_read_only_folder_is_named_as_a_folder(registry, tmp_path):
    folder = registry.parent
    os.chmod(folder, 0o555)
    try:
        result = run("--db", registry, "risks", as_plain_user=True)
    finally:
        os.chmod(folder, 0o755)
    assert result.returncode == 1
    line = one_line_error(result)
    assert str(folder) in line and "registry.sqlite3 is read-only" not in line


def test_a_dropped_table_is_a_sentence_not_a_traceback(registry):
    with sqlite3.connect(registry) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DROP TABLE account_role")
    for command in (["risks"], ["export", "-o", str(registry.with_name("out.csv"))], ["demo"]):
        result = run("--db", registry, *command)
        assert result.returncode == 1
        assert "account_role" in one_line_error(result)


def refuse_as_another_programs_database(path):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()


def refuse_as_newer(path):
    assert run("--db", path, "migrate").returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")


def refuse_as_unprotected(path):
    assert run("--db", path, "migrate").returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER audit_event_no_replace")


def refuse_as_not_sqlite(path):
    path.write_bytes(b"Dear diary\n" * 100)


@pytest.mark.parametrize("make", [refuse_as_another_programs_database, refuse_as_newer, refuse_as_unprotected,
                                  refuse_as_not_sqlite])
def test_a_refused_open_leaves_no_new_file_behind(tmp_path, make):
    # Before: refused opens left empty -shm and -wal files.
    path = tmp_path / "registry.sqlite3"
    make(path)
    before = files_in(tmp_path)
    result = run("--db", path, "risks")
    assert result.returncode == 1 and one_line_error(result)
    assert files_in(tmp_path) == before
