"""What the environment does to a database file becomes one sentence, and nothing is overwritten."""

import sqlite3

import pytest
from sqlalchemy import event

from accountregistry.domain.errors import StoreError
from accountregistry.services.organisation import update_settings
from accountregistry.services.people import PersonInput, add_person, count_people
from accountregistry.store.schema import open_database


def refused_untouched(path, code: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError) as raised:
        open_database(path)
    assert raised.value.code == code
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Dear diary, today I registered no accounts.\n" * 50)
    refused_untouched(path, "not_a_registry")


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "firefox.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    refused_untouched(path, "foreign_database")


def test_a_damaged_file_is_named_as_damaged(db_path):
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as raised:
        open_database(db_path)
    assert (raised.value.code, raised.value.engine_code) == ("database_damaged", "SQLITE_CORRUPT")


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StoreError) as raised:
        open_database(tmp_path)
    assert raised.value.code == "path_is_folder"


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError) as raised:
        open_database(tmp_path / "nowhere" / "registry.sqlite3")
    assert raised.value.code == "folder_missing"
    assert not (tmp_path / "nowhere").exists()


def test_a_missing_file_is_not_created_when_only_reading(tmp_path):
    path = tmp_path / "typo.sqlite3"
    with pytest.raises(StoreError) as raised:
        open_database(path, create=False)
    assert raised.value.code == "database_missing"
    assert not path.exists()


@pytest.mark.sqlite_only  # a full disk simulated with SQLite's page limit
def test_a_full_disk_loses_nothing_already_saved(db):
    add_person(db, PersonInput(name="Ingrid Berg"))

    def disk_full(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()
    event.listen(db.engine, "connect", disk_full)
    with pytest.raises(StoreError) as raised:
        for number in range(500):  # until the file would have to grow
            add_person(db, PersonInput(name=f"Person {number}", title="x" * 150, department="y" * 150))
    assert (raised.value.code, raised.value.engine_code) == ("database_disk_full", "SQLITE_FULL")
    event.remove(db.engine, "connect", disk_full)
    db.engine.dispose()
    assert count_people(db) >= 1
    # The one that failed was rolled back whole: every row present is complete.
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_an_invalid_database_url_is_a_sentence():
    with pytest.raises(StoreError) as raised:
        open_database("nonsense+://::")
    assert raised.value.code == "not_a_database_address"


def test_an_in_memory_database_is_refused():
    with pytest.raises(StoreError) as raised:
        open_database("sqlite:///:memory:")
    assert raised.value.code == "in_memory_database"


def test_settings_survive_reopening(db_path):
    db = open_database(db_path)
    update_settings(db, name="Nordlys Rejser A/S", email_domains=["Nordlys.dk", " nordlys.se "])
    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.reading() as session:
            from accountregistry.store.models import OrganisationSettings

            row = session.get(OrganisationSettings, 1)
    finally:
        reopened.close()
    assert (row.name, row.email_domains) == ("Nordlys Rejser A/S", "nordlys.dk,nordlys.se")


def test_a_clash_with_a_change_saved_in_the_same_moment_is_a_conflict(db):
    from accountregistry.domain.errors import Conflict
    from accountregistry.store.models import Person

    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    # Written around the services' own check, as a second program saving at the same time would.
    with pytest.raises(Conflict) as raised:
        with db.transaction() as session:
            session.add(Person(name="Ingrid B.", work_email="ingrid@nordlys.no"))
    assert raised.value.code == "conflicting_change"
    assert count_people(db) == 1
