"""Writers wait their turn (issue 18, finding 1): a write transaction takes SQLite's write lock
when it begins, so a second writer waits for the first instead of being refused, and the loser
of an edit race is told that someone else changed the record, not that the file is locked."""

from __future__ import annotations

import sqlite3
import stat
import threading

import pytest
from sqlalchemy import event
from sqlmodel import select

from accountregistry.domain.errors import Conflict, StoreError
from accountregistry.services.people import PersonInput, add_person, count_people, get_person, update_person
from accountregistry.store import database, writer_queue
from accountregistry.store.models import Person
from accountregistry.store.schema import open_database

# SQLite's write lock and busy timeout; the stress test (tests/services) runs on both engines.
pytestmark = pytest.mark.sqlite_only


class AnotherWriter:
    """A second program holding the write lock with a change it has not committed yet."""

    def __init__(self, path):
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")
        self.finished = False

    def execute(self, sql, *params):
        self.connection.execute(sql, params)

    def commit(self):
        self.connection.execute("COMMIT")
        self.finish()

    def finish(self):
        """Roll back what is not committed yet, and let go of the file."""
        if not self.finished:
            self.finished = True
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            self.connection.close()


def when_writing_starts(db):
    """An Event set when the service first tries to write (or to take the write lock)."""
    started = threading.Event()

    def watch(_connection, _cursor, statement, *_args):
        if statement.startswith(("BEGIN IMMEDIATE", "UPDATE", "INSERT")):
            started.set()

    event.listen(db.engine, "before_cursor_execute", watch)
    return started


def in_background(work):
    """Run work() in a thread; returns a function giving its result or raising its error."""
    outcome = {}

    def run():
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()

    def result():
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    return result


class HeldWrite:
    """A write of this program, in the background, that adds a person and keeps the writers' turn
    until let go: waiting, or busy working (as a writer starved of the processor is)."""

    def __init__(self, db, name, *, busy=False):
        self.holding, self.let_go = threading.Event(), threading.Event()

        def write():
            with db.transaction() as session:
                session.add(Person(name=name))
                self.holding.set()
                while busy and not self.let_go.is_set():
                    sum(range(10_000))
                self.let_go.wait()

        self.finished = in_background(write)


@pytest.fixture
def leaver(db):
    return add_person(db, PersonInput(name="Ingrid Berg", title="Sales"))


def test_a_writer_waits_for_another_writer_to_finish(db, db_path, leaver):
    # Before: the service read in a deferred transaction, the other program committed, and the
    # write was refused at once ("locked") although the busy timeout had seconds left.
    other = AnotherWriter(db_path)
    try:
        other.execute("INSERT INTO person (name, employment_status, created_at, updated_at, version) "
                      "VALUES ('Ola Nordmann', 'employed', '2026-01-01', '2026-01-01', 1)")
        writing = when_writing_starts(db)
        finished = in_background(lambda: update_person(db, leaver.id, PersonInput(name="Ingrid Berg",
                                                                                  title="Head of Sales")))
        writing.wait()
        other.commit()
        finished()
    finally:
        other.finish()
    assert get_person(db, leaver.id).title == "Head of Sales"


def test_the_loser_of_an_edit_race_is_told_someone_else_changed_it(db, db_path, leaver):
    other = AnotherWriter(db_path)
    try:
        # Another window saves a change to the same person, and is just committing it.
        other.execute("UPDATE person SET title = 'Marketing', version = version + 1 WHERE id = ?", leaver.id)
        writing = when_writing_starts(db)
        finished = in_background(lambda: update_person(db, leaver.id, PersonInput(name="Ingrid Berg",
                                                                                  title="Support"),
                                                       expected_version=leaver.version))
        writing.wait()
        other.commit()
        with pytest.raises(Conflict) as refused:
            finished()
    finally:
        other.finish()
    assert refused.value.code == "stale_edit"
    assert get_person(db, leaver.id).title == "Marketing"


def test_a_lock_held_longer_than_the_wait_is_refused_and_nothing_is_written(db_path, monkeypatch):
    monkeypatch.setenv(database.LOCK_WAIT_ENV, "0.2")
    db = open_database(db_path)
    other = AnotherWriter(db_path)
    try:
        with pytest.raises(StoreError, match="is locked by another program"):
            add_person(db, PersonInput(name="Ingrid Berg"))
    finally:
        other.finish()
    with db.reading() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM person").scalar() == 0
    db.close()


def busy_timeout(db):
    with db.reading() as session:
        return session.connection().exec_driver_sql("PRAGMA busy_timeout").scalar()


def test_writers_wait_ten_seconds_unless_told_otherwise(db_path, monkeypatch):
    db = open_database(db_path)
    assert busy_timeout(db) == 10_000
    db.close()
    monkeypatch.setenv(database.LOCK_WAIT_ENV, "90")
    db = open_database(db_path)
    assert busy_timeout(db) == 90_000
    db.close()
    db = open_database(db_path, wait_seconds=2.5)
    assert busy_timeout(db) == 2_500
    db.close()


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "1e12"])
def test_a_wait_that_is_not_a_number_of_seconds_is_refused(db_path, monkeypatch, value):
    monkeypatch.setenv(database.LOCK_WAIT_ENV, value)
    with pytest.raises(StoreError) as refused:
        open_database(db_path)
    assert refused.value.code == "lock_wait_invalid"
    assert refused.value.params["variable"] == database.LOCK_WAIT_ENV


def test_reading_does_not_wait_for_a_writer(db, db_path, leaver):
    other = AnotherWriter(db_path)
    try:
        assert get_person(db, leaver.id).name == "Ingrid Berg"
    finally:
        other.finish()


def test_writers_of_this_program_queue_and_a_writer_that_gives_up_leaves_the_queue_working(db, db_path):
    first = HeldWrite(db, "Ola Nordmann")
    first.holding.wait()
    impatient = open_database(db_path, wait_seconds=0.2)
    try:
        with pytest.raises(StoreError) as refused:
            add_person(impatient, PersonInput(name="Ingrid Berg"))
        assert refused.value.engine_code == "SQLITE_BUSY"
        first.let_go.set()
        first.finished()
        add_person(impatient, PersonInput(name="Kari Holm"))
    finally:
        first.let_go.set()
        impatient.close()
    with db.reading() as session:
        assert sorted(session.exec(select(Person.name))) == ["Kari Holm", "Ola Nordmann"]


def test_the_queue_file_is_made_by_the_first_write_and_readable_by_its_owner_only(db_path):
    db = open_database(db_path)
    queue = writer_queue.lock_file(db_path)
    assert not queue.exists()
    add_person(db, PersonInput(name="Ingrid Berg"))
    assert stat.S_IMODE(queue.stat().st_mode) == 0o600
    db.close()


def test_a_planted_link_in_place_of_the_queue_file_is_not_followed(db_path, tmp_path):
    db = open_database(db_path)
    elsewhere = tmp_path / "someone-elses-file"
    writer_queue.lock_file(db_path).symlink_to(elsewhere)
    add_person(db, PersonInput(name="Ingrid Berg"))  # writes, without the queue
    assert not elsewhere.exists()
    db.close()


def test_a_write_begun_inside_another_joins_it_and_is_undone_with_it(db):
    with pytest.raises(Conflict):
        with db.transaction():
            add_person(db, PersonInput(name="Ingrid Berg"))
            assert count_people(db) == 1  # a read inside sees what the transaction wrote so far
            raise Conflict("stale_edit")
    assert count_people(db) == 0


def test_a_second_connection_writing_inside_a_transaction_is_a_bug_not_a_ten_second_wait(db, db_path):
    other = open_database(db_path)
    try:
        with db.transaction():
            with pytest.raises(RuntimeError, match="inside another"):
                add_person(other, PersonInput(name="Ingrid Berg"))
    finally:
        other.close()


def test_a_queue_that_moves_is_waited_for_longer_than_the_lock_wait(db, db_path):
    # The lock wait is for a queue that stands still: under load a long queue moving every half
    # second must not fail its last writer (measured: 8 of 30 commands failed that way).
    first = HeldWrite(db, "Writer 0")
    first.holding.wait()
    second = HeldWrite(db, "Writer 1")
    last = open_database(db_path, wait_seconds=1.0)
    try:
        finished = in_background(lambda: add_person(last, PersonInput(name="Kari Holm")))
        threading.Event().wait(0.6)  # the queue stands still for a while …
        first.let_go.set()  # … then moves on: the last writer's wait starts afresh
        second.holding.wait()
        threading.Event().wait(0.6)
        second.let_go.set()
        first.finished(), second.finished(), finished()
    finally:
        first.let_go.set(), second.let_go.set()
        last.close()
    assert count_people(db) == 3


def test_a_writer_that_works_slowly_is_waited_for_longer_than_the_lock_wait(db, db_path):
    # Under load a writer starved of the processor held the turn over ten seconds while working,
    # and the commands behind it failed (2 of 30 in the stress test). Its work moves the queue.
    first = HeldWrite(db, "Ola Nordmann", busy=True)  # busy, as a starved writer is for three lock waits
    first.holding.wait()
    waiter = open_database(db_path, wait_seconds=1.0)
    try:
        second = in_background(lambda: add_person(waiter, PersonInput(name="Kari Holm")))
        threading.Event().wait(3.0)
        first.let_go.set()
        first.finished()
        second()
    finally:
        first.let_go.set()
        waiter.close()
    assert count_people(db) == 2
