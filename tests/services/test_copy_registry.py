"""`accountregistry copy --to URL`: a registry file moves to a shared server whole (ids, times,
every audit event with its own actor), in one transaction, and an export of both is the same
file, byte for byte; a target with data, the wrong engines, or a failure half-way change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

import accountregistry.cli
import engine_support
from accountregistry.domain.errors import Conflict, StoreError
from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services.accounts import AccountInput, register_account, update_account
from accountregistry.services import ownership_report
from accountregistry.services.copy_registry import copy_registry, tables
from accountregistry.services.ownership_report import export_report
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.roles import grant_role
from accountregistry.store.schema import opened

TODAY = date(2026, 12, 1)


def cli(*args) -> int:
    return accountregistry.cli.main([str(a) for a in args])


def every_row(db) -> dict[str, list[tuple]]:
    """Each table's rows in id order, typed as the program reads them from either engine."""
    with db.engine.connect() as connection:
        return {table.name: [tuple(map(_plain, row)) for row in connection.execute(
            sa.select(table).order_by(*table.primary_key.columns))] for table in tables()}


def _plain(value):
    # The file gives times back without their zone (stored as UTC), the server with it.
    return value.replace(tzinfo=None) if hasattr(value, "tzinfo") and value.tzinfo else value


def exported(db, path) -> bytes:
    export_report(db, path, delimiter=";", today=TODAY)
    return path.read_bytes()


def hostile(db) -> None:
    """Names and texts that break naive copying: Nordic letters, quotes, separators, tabs and
    newlines, backslashes, long texts; a manager that comes after the person; 1,000 audit events."""
    manager = add_person(db, PersonInput(name="Åse Ødegård-Ærø", work_email="ase@nordlys.dk"))
    staff = add_person(db, PersonInput(name='Bo "the \\ boss" Berg; Tab\there', work_email="bo@nordlys.dk",
                                       title="Line one\nline two", department="R&D \\N"))
    update_person(db, manager.id, PersonInput(name=manager.name, work_email=manager.work_email, manager_id=staff.id))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys ‘Rejser’ — “A/S”", notes="x" * 9_000 + "\\.\n"))
    grant_role(db, account_id=page.id, person_id=staff.id, role=Role.admin, granted_on=TODAY - timedelta(days=3))
    for number in range(999):
        update_account(db, page.id, AccountInput(url=page.url, kind=Kind.company, notes=f"Edit {number}: æøå 'q' \"Q\""))


@pytest.fixture
def source_file(tmp_path):
    return tmp_path / "registry.sqlite3"


@pytest.mark.parametrize("fill", [engine_support.make_sample, None], ids=["sample organisation", "hostile data"])
def test_a_copy_exports_byte_for_byte_what_the_file_exports(source_file, server_database, tmp_path, fill,
                                                            monkeypatch):
    moment = ownership_report.exported_at()  # both files of one moment, however slow the machine
    monkeypatch.setattr(ownership_report, "exported_at", lambda: moment)
    if fill is not None:
        fill(str(source_file))
    else:
        with opened(source_file) as db:
            hostile(db)
    with opened(source_file) as source, opened(server_database()) as target:
        result = copy_registry(source, target)
        assert result.counts == {name: len(rows) for name, rows in every_row(source).items()}
        assert every_row(target) == every_row(source)  # ids, times, actors: all kept
        assert exported(target, tmp_path / "server.csv") == exported(source, tmp_path / "file.csv")
        assert result.counts["audit_event"] >= (1_000 if fill is None else 100)
        # The server goes on numbering after the copied rows.
        added = register_account(target, AccountInput(url="https://x.com/after_the_copy"))
        assert added.id == engine_support.scalar(source, "SELECT max(id) FROM account") + 1


def test_the_command_prints_a_count_per_table_in_the_users_language(source_file, server_database, capsys):
    from accountregistry.cli.words import RECORD_LABELS
    from accountregistry.language import catalogue

    engine_support.make_sample(str(source_file))
    with opened(source_file) as source:
        people = engine_support.scalar(source, "SELECT count(*) FROM person")
    # Every table is named as a kind of record (never by its table name), in English and Danish.
    assert set(RECORD_LABELS) == {table.name for table in tables()}
    danish = catalogue("da")
    for language, name in (("en", str), ("da", lambda label: danish[("Field", str(label))])):
        assert cli("--db", source_file, "--lang", language, "copy", "--to", server_database()) == 0
        lines = capsys.readouterr().out.splitlines()[1:]
        counts = {line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1] for line in lines}
        assert set(counts) == {name(label) for label in RECORD_LABELS.values()}, language
        assert counts[name(RECORD_LABELS["person"])] == f"{people:,}"
    assert "Revisionshændelse" in counts and "audit_event" not in counts


def test_a_target_with_data_is_refused_and_left_as_it_was(source_file, server_database):
    engine_support.make_sample(str(source_file))
    with opened(source_file) as source, opened(server_database()) as target:
        add_person(target, PersonInput(name="Already here"))
        before = every_row(target)
        with pytest.raises(Conflict) as refused:
            copy_registry(source, target)
        assert refused.value.code == "copy_target_not_empty" and refused.value.params["table"] in ("person", "audit_event")
        assert every_row(target) == before


def test_a_failure_half_way_leaves_the_server_database_empty(source_file, server_database):
    engine_support.make_sample(str(source_file))
    with opened(source_file) as source, opened(server_database()) as target:
        before = every_row(target)
        engine_support.refuse_inserts(target, "account_role", "TRUE")  # after people and accounts
        with pytest.raises(Conflict):
            copy_registry(source, target)
        assert every_row(target) == before


@pytest.mark.parametrize("direction", ["server to server", "file to file"])
def test_copy_goes_from_a_file_to_a_server_only(source_file, server_database, tmp_path, direction):
    engine_support.make_sample(str(source_file))
    source = server_database() if direction == "server to server" else source_file
    target = server_database() if direction == "server to server" else tmp_path / "other.sqlite3"
    with opened(source) as from_, opened(target) as to:
        with pytest.raises(StoreError) as refused:
            copy_registry(from_, to)
    assert refused.value.code == "copy_file_to_server"


def test_an_older_server_schema_is_refused_before_anything_is_copied(source_file, server_database, capsys):
    engine_support.make_sample(str(source_file))
    url = server_database()
    engine_support.execute_on(url, "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
                              "INSERT INTO alembic_version VALUES ('0001')", "CREATE TABLE audit_event (id int)")
    assert cli("--db", source_file, "copy", "--to", url) == 1
    assert "accountregistry migrate" in capsys.readouterr().err
