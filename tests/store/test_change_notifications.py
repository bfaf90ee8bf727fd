"""On PostgreSQL every committed change is notified at once (migration 0014), and the window's
ChangeWatcher hears it on a connection of its own instead of asking the server every second
(issue 11's live updates). SQLite's data_version path is tested by tests/gui/test_live_updates.py."""

from __future__ import annotations

import select
from datetime import date

import pytest
import psycopg
import sqlalchemy as sa
from sqlmodel import SQLModel

import accountregistry.store.models  # noqa: F401 - the tables, for the metadata
from accountregistry.domain.errors import StoreError
from accountregistry.services import changes
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.schema import open_database

pytestmark = pytest.mark.postgresql_only

# Not a wait for speed: only so that a missing notification fails instead of hanging.
GIVE_UP_AFTER = 60


def readable(watcher: changes.ChangeWatcher) -> bool:
    return bool(select.select([watcher.fileno()], [], [], GIVE_UP_AFTER)[0])


def test_every_table_notifies_its_changes(engine, db):
    with db.reading() as session:
        triggers = set(session.execute(sa.text(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE '%_notify_changes'")).scalars())
    assert triggers == {f"{table}_notify_changes" for table in SQLModel.metadata.tables}


def test_a_commit_is_notified_with_its_tables_and_a_rollback_is_not(engine, db, db_location):
    listener = psycopg.connect(sa.make_url(db_location).set(drivername="postgresql").render_as_string(
        hide_password=False), autocommit=True)
    try:
        listener.execute(f"LISTEN {changes.CHANNEL}")
        with pytest.raises(RuntimeError), db.transaction() as session:
            session.execute(sa.text("UPDATE organisation_settings SET name = 'Never committed'"))
            raise RuntimeError("the user cancelled")
        assert list(listener.notifies(timeout=0)) == []
        add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
        notified = set()
        for notification in listener.notifies(timeout=GIVE_UP_AFTER):
            notified.add(notification.payload)
            if {"person", "audit_event"} <= notified:
                break
        assert {"person", "audit_event"} <= notified  # (and personal_value: what privacy keeps of her)
    finally:
        listener.close()


def test_the_watcher_hears_a_colleagues_change_without_asking_the_server(engine, db, db_location, monkeypatch):
    watcher = changes.ChangeWatcher.from_now(db)
    colleague = open_database(db_location)
    try:
        assert watcher.fileno() is not None and not watcher.changed()
        # From here on a look must not read the trail: the notification says it all.
        monkeypatch.setattr(changes, "latest_event", lambda _db: pytest.fail("asked the server"))
        register_account(colleague, AccountInput(url="https://www.linkedin.com/company/nordlys"),
                         today=date(2026, 12, 6))
        assert readable(watcher)
        assert watcher.changed()
        assert not watcher.changed()  # heard once
        monkeypatch.undo()
        found = changes.changes_since(db, watcher.last_event)
        assert len(found.accounts) == 1
    finally:
        colleague.close()
        watcher.close()


def test_a_lost_connection_is_one_look_and_then_it_listens_again(engine, db, db_location, postgres_cluster):
    watcher = changes.ChangeWatcher.from_now(db)
    try:
        first = watcher._listener
        postgres_cluster.execute(f"SELECT pg_terminate_backend({first.info.backend_pid})")
        while watcher._listener is first:  # the server's goodbye, then the closed socket
            assert readable(watcher)
            lost = watcher.changed()
        assert lost and watcher.fileno() is None  # look once (changes_since finds what happened meanwhile)
        watcher.changes_since(watcher.last_event)  # the look, in the background, listens again
        assert watcher._listener is not None and watcher._listener is not first
        add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
        assert readable(watcher) and watcher.changed()
    finally:
        watcher.close()


def test_a_server_refusing_connections_is_met_by_the_look_in_the_background(engine, db, db_location,
                                                                             postgres_cluster):
    # changed() runs on the window's GUI thread every second: it neither connects nor raises.
    watcher = changes.ChangeWatcher.from_now(db)
    name = db.engine.url.database
    try:
        postgres_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        postgres_cluster.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        while watcher._listener is not None:  # the server's goodbye, then the closed socket
            assert readable(watcher)
            lost = watcher.changed()
        assert lost and watcher.changed() and watcher.changed()  # refused: looked at in the background, each time
        with pytest.raises(StoreError) as refused:
            watcher.changes_since(watcher.last_event)
        assert refused.value.code == "server_unreachable" and watcher.fileno() is None
        postgres_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        assert watcher.changes_since(watcher.last_event).accounts == frozenset()
        assert watcher.fileno() is not None  # listening again
    finally:
        postgres_cluster.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        watcher.close()


def test_a_watcher_closed_while_it_connects_leaves_no_listening_connection(engine, db, monkeypatch):
    # The window closes (or switches registry) while the look in the background connects.
    watcher = changes.ChangeWatcher.from_now(db)
    watcher._stop_listening()  # lost: the next look listens again
    made, listen = [], changes._listen

    def closed_meanwhile(db):
        made.append(listen(db))
        watcher.close()
        return made[-1]

    monkeypatch.setattr(changes, "_listen", closed_meanwhile)
    watcher.changes_since(watcher.last_event)
    assert len(made) == 1 and made[0].closed and watcher.fileno() is None
    watcher.changes_since(watcher.last_event)  # closed: never listens again
    assert len(made) == 1 and watcher.fileno() is None
