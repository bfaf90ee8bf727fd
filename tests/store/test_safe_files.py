"""Backups and exports are written beside their target under a new random name, created
exclusively, and renamed into place whole (issue 18, finding 3: the predictable
`.<FILE>.partial` was reused, so a planted link sent the registry into another user's file;
killed backups left hidden partial files; a damaged database was copied)."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from accountregistry.domain.errors import StoreError
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store import safe_files
from accountregistry.store.schema import backup_sqlite


# A backup copies an SQLite file (a server's is pg_dump's: the server engineer's). The
# temporary files themselves are the same for every target.
pytestmark_backups = pytest.mark.sqlite_only


@pytest.fixture
def registry(db):
    add_person(db, PersonInput(name="Ingrid Berg"))
    return db


def people_in(path):
    with sqlite3.connect(path) as connection:
        return [name for (name,) in connection.execute("SELECT name FROM person")]


def partials(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(safe_files.SUFFIX))


@pytestmark_backups
def test_a_backup_never_writes_through_a_planted_link(registry, tmp_path):
    victim = tmp_path / "someone-elses-file"
    victim.write_text("theirs")
    os.chmod(victim, 0o666)
    target = tmp_path / "backup.sqlite3"
    for planted in (".backup.sqlite3.partial", ".backup.sqlite3.000000000000.partial"):
        (tmp_path / planted).symlink_to(victim)
    backup_sqlite(registry.path, target)
    assert victim.read_text() == "theirs"
    assert people_in(target) == ["Ingrid Berg"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert all((tmp_path / planted).is_symlink() for planted in (".backup.sqlite3.partial",
                                                                 ".backup.sqlite3.000000000000.partial"))


@pytestmark_backups
def test_leftovers_of_a_killed_run_are_removed_by_the_next_but_not_a_run_under_way(registry, tmp_path):
    target = tmp_path / "backup.sqlite3"
    killed = tmp_path / ".backup.sqlite3.1a2b3c4d5e6f.partial"
    killed.write_bytes(b"\0" * 100_000)
    running = tmp_path / ".backup.sqlite3.abcdefabcdef.partial"
    running.write_bytes(b"\0" * 100)
    with open(running, "rb") as writer:
        fcntl.flock(writer, fcntl.LOCK_EX)  # as a run writing right now holds it
        backup_sqlite(registry.path, target)
        assert partials(tmp_path) == [running.name]
    assert people_in(target) == ["Ingrid Berg"]


@pytestmark_backups
def test_a_backup_goes_to_a_new_file_only(registry, tmp_path):
    existing = tmp_path / "existing.sqlite3"
    existing.write_text("keep me")
    with pytest.raises(StoreError) as refused:
        backup_sqlite(registry.path, existing)
    assert refused.value.code == "backup_exists"
    with pytest.raises(StoreError) as refused:
        backup_sqlite(registry.path, registry.path)
    assert refused.value.code in ("backup_exists", "backup_onto_itself")
    with pytest.raises(StoreError) as refused:
        backup_sqlite(registry.path, tmp_path / "nowhere" / "backup.sqlite3")
    assert refused.value.code == "folder_missing"
    assert existing.read_text() == "keep me" and partials(tmp_path) == []


def damage_an_index(path):
    """Overwrite one index page: the file still opens, but SQLite's quick_check sees it."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_event_entity'"
                                  ).fetchone()[0]
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size + 8)
        file.write(b"\x07" * 200)


@pytestmark_backups
def test_a_damaged_database_is_refused_not_copied(registry, tmp_path):
    registry.close()
    damage_an_index(registry.path)
    target = tmp_path / "backup.sqlite3"
    with pytest.raises(StoreError) as refused:
        backup_sqlite(registry.path, target)
    assert refused.value.code == "integrity_failed" and refused.value.engine_code == "SQLITE_CORRUPT"
    assert not target.exists() and partials(tmp_path) == []


def test_a_file_written_whole_replaces_the_old_one_only_when_complete(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("the old report\n")
    with pytest.raises(ZeroDivisionError):
        with safe_files.written_whole(target, encoding="utf-8") as file:
            file.write("half of the new re")
            1 / 0
    assert target.read_text() == "the old report\n" and partials(tmp_path) == []
    with safe_files.written_whole(target, encoding="utf-8-sig", newline="") as file:
        file.write("æøå;1\r\n")
    assert target.read_bytes() == "\ufeffæøå;1\r\n".encode("utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and partials(tmp_path) == []


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(StoreError) as refused:
        with safe_files.written_whole(tmp_path):
            pass
    assert refused.value.code == "path_is_folder"


@pytestmark_backups
def test_the_backup_and_migrate_commands_refuse_a_damaged_database(registry, tmp_path):
    # Before: both exited 0, and backup copied the damage.
    registry.close()
    damage_an_index(registry.path)
    before = registry.path.read_bytes()
    for command in (["backup", tmp_path / "copy.sqlite3"], ["migrate"]):
        result = subprocess.run([sys.executable, "-m", "accountregistry", "--db", str(registry.path),
                                 *map(str, command)], capture_output=True, text=True)
        assert result.returncode == 1 and result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "copy.sqlite3").exists() and partials(tmp_path) == []
    assert registry.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if ".before-upgrade-" in p.name] == []
