"""Schema versions: a new file is created at the newest schema, an old one is copied aside and
upgraded, a newer one is refused and left exactly as it was."""

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from accountregistry.domain.errors import StoreError
from accountregistry.store import schema
from accountregistry.store.schema import current_revision, head_revision, open_database

TABLES = {"account", "account_role", "audit_event", "checklist_item", "handover_terms", "offboarding_case",
          "organisation_settings", "person", "alembic_version"}

STEP_LATER = '''
"""a later step, for tests"""
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))
    FAIL_HERE


def downgrade():
    pass
'''


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def revision_in(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.fixture
def later_migrations(tmp_path, monkeypatch):
    """This program's migrations plus a step 9001 after its newest, as a later version of the
    program would ship."""

    def install(fail: bool = False) -> Path:
        folder = tmp_path / "migrations"
        shutil.copytree(schema.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        body = STEP_LATER.replace("FAIL_HERE", "raise RuntimeError('step 9001 failed')" if fail else "pass")
        (folder / "versions" / "9001_later.py").write_text(body.replace("HEAD", head_revision()))
        monkeypatch.setattr(schema, "MIGRATIONS", folder)
        return folder

    return install


def test_a_new_file_gets_the_whole_schema_and_the_settings_row(db_path):
    db = open_database(db_path)
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as connection:
            row = connection.exec_driver_sql("SELECT default_review_interval_months FROM organisation_settings").one()
    finally:
        db.close()
    assert TABLES <= tables(db_path)
    assert row == (6,)
    assert db.backup_before_upgrade is None


def test_an_empty_file_is_initialised(db_path):
    db_path.touch()
    open_database(db_path).close()
    assert TABLES <= tables(db_path)


def test_a_new_file_and_its_journal_are_readable_by_their_owner_only(db_path):
    db = open_database(db_path)
    with db.engine.begin() as connection:  # the write-ahead log exists while a connection is open
        connection.exec_driver_sql("UPDATE organisation_settings SET name = 'Acme'")
        modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in db_path.parent.iterdir()}
    db.close()
    assert modes == {"registry.sqlite3": 0o600, "registry.sqlite3-wal": 0o600, "registry.sqlite3-shm": 0o600}


def test_opening_an_up_to_date_file_takes_no_backup(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    db.close()
    assert db.backup_before_upgrade is None
    assert list(db_path.parent.glob("*.bak")) == []


def test_a_newer_schema_is_refused_and_the_file_left_byte_for_byte(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    files_before = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(StoreError) as raised:
        open_database(db_path)
    assert raised.value.code == "newer_schema"

    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before


def with_bjorn(db_path) -> str:
    """A registry at `db_path` with one person in it; the schema revision it is at."""
    db = open_database(db_path)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO person (name, employment_status, created_at, updated_at) "
                                   "VALUES ('Bjørn Håland', 'employed', '2026-01-01', '2026-01-01')")
    db.close()
    return head_revision()


def test_an_old_file_is_copied_aside_then_upgraded(db_path, later_migrations):
    head = with_bjorn(db_path)
    later_migrations()

    upgraded = open_database(db_path)
    upgraded.close()

    backup = upgraded.backup_before_upgrade
    assert backup is not None and backup.exists() and f"before-upgrade-{head}" in backup.name
    assert revision_in(backup) == head
    assert revision_in(db_path) == "9001"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT name FROM person").fetchall() == [("Bjørn Håland",)]
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT name, nickname FROM person").fetchall() == [("Bjørn Håland", None)]


def test_an_upgrade_run_again_at_once_keeps_both_copies(db_path):
    """A migrate killed after its copy, run again within the same second, is not refused for a
    backup name already taken: each run keeps its own copy."""
    open_database(db_path).close()
    copies = [schema.backup_before_upgrade(db_path, "0001") for _ in range(3)]
    assert len(set(copies)) == 3
    assert all(copy.exists() and revision_in(copy) == head_revision() for copy in copies)


def test_a_failed_step_leaves_the_data_at_the_last_good_step(db_path, later_migrations):
    head = with_bjorn(db_path)
    later_migrations(fail=True)

    with pytest.raises(RuntimeError, match="step 9001 failed"):
        open_database(db_path)

    assert revision_in(db_path) == head
    with sqlite3.connect(db_path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(person)")]
        assert "nickname" not in columns  # the step's DDL was rolled back with it
        assert connection.execute("SELECT name FROM person").fetchall() == [("Bjørn Håland",)]


def test_migrate_false_refuses_an_old_file_without_touching_it(db_path, later_migrations):
    open_database(db_path).close()
    later_migrations()
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as raised:
        open_database(db_path, upgrade=False)
    assert raised.value.code == "needs_upgrade"
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only  # SQLite connection settings
def test_every_pooled_connection_gets_the_pragmas(db):
    # Hold several connections at once so the pool has to open new ones.
    connections = [db.engine.connect() for _ in range(4)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        for connection in connections:
            connection.close()
    db.engine.dispose()  # a fresh pool after disposal is set up the same way
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_really_hold_on_a_pooled_connection(db):
    with pytest.raises(sa.exc.IntegrityError):
        with db.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO account_role (account_id, person_id, role, granted_on, "
                                       "granted_by) VALUES (404, 404, 'admin', '2026-01-01', 't')")


def test_the_migration_files_names_are_alembics_own_chain():
    """Opening a registry reads the revisions from the files' names, without Alembic: the names
    must say what Alembic's chain says (NNNN_slug.py holds revision NNNN, revising the one before)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    chain = {script.revision: script.down_revision for script in scripts.walk_revisions()}
    assert schema.known_revisions() == set(chain)
    assert schema.head_revision() == scripts.get_current_head()
    ordered = sorted(chain)
    assert [chain[revision] for revision in ordered] == [None, *ordered[:-1]]


def test_opening_a_current_registry_does_not_load_alembic(db_path):
    import subprocess
    import sys

    open_database(db_path).close()
    probe = ("import sys\nfrom accountregistry.store.schema import open_database\n"
             f"open_database({str(db_path)!r}).close()\nprint(any(m.startswith('alembic') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
