"""On a server, a change the server gave up because another transaction got in its way (a
deadlock, SQLSTATE 40P01; a serialisation failure, 40001) is run again, a bounded number of
times, instead of failing (issue 18: "on PostgreSQL, retry serialisation failures a bounded
number of times"). The deadlock here is a real one: another program holds the account's row
and then waits for the registry's writer lock, which the service holds while it waits for the
row. PostgreSQL breaks the cycle by giving up the service's transaction."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from engine_support import scalar

from accountregistry.domain.errors import StoreError
from accountregistry.services import audit
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.store import database
from accountregistry.store.database import SERVER_WRITER_LOCK

SERVICES = Path(database.__file__).parents[1] / "services"


def deadlocks(db) -> int:
    return scalar(db, "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")


def waiting_for_a_lock(db, other: sa.Connection) -> bool:
    return bool(scalar(db, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                           "AND datname = current_database() AND pid <> :other",
                       other=other.exec_driver_sql("SELECT pg_backend_pid()").scalar()))


def update_in_a_deadlock(db, account) -> tuple[list, list] | None:
    """Update `account` through the service while another program makes a deadlock of it once;
    returns (what the service returned, what it raised), or None when the server gave up the
    other program instead (see `deadlock_lost_by_the_service`)."""
    returned, raised = [], []
    other = db.engine.connect()
    try:
        other.exec_driver_sql(f"SELECT id FROM account WHERE id = {account.id} FOR UPDATE")  # holds the row

        def change():
            try:
                returned.append(update_account(db, account.id, AccountInput(
                    platform="x", handle=account.handle, notes="after the deadlock"),
                    expected_version=account.version))
            except Exception as error:  # noqa: BLE001 - the test looks at it
                raised.append(error)

        service = threading.Thread(target=change)
        service.start()
        while not waiting_for_a_lock(db, other):  # the service holds the writer lock, waits for the row
            service.join(0.02)
        # ...and now the other program waits for the writer lock: a cycle, which the server breaks
        # by giving up one of the two: the one whose deadlock check runs after the cycle is made.
        try:
            other.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SERVER_WRITER_LOCK})")
        except sa.exc.OperationalError as error:
            if getattr(error.orig, "sqlstate", None) != "40P01":
                raise
            other.rollback()  # the other program lost: the service went on undisturbed
            service.join()
            return None
        other.commit()
        service.join()
    finally:
        other.close()
    return returned, raised


def deadlock_lost_by_the_service(db) -> tuple:
    """A deadlock that the server breaks by giving up the service's transaction. The server
    checks for a cycle in a waiter once, deadlock_timeout (1 s) after it began to wait: the
    service waits first, so it is the one given up, unless the machine is so busy that the other
    program asks for the lock more than a second later; then the other one is given up, and the
    scene is played again on a fresh account (at most five times)."""
    for attempt in range(5):
        account = register_account(db, AccountInput(platform="x", handle=f"nordlys{attempt}"))
        before = deadlocks(db)
        outcome = update_in_a_deadlock(db, account)
        if outcome is not None:
            return account, before, *outcome
    pytest.fail("the server gave up the other program five times in a row")


@pytest.mark.postgresql_only
def test_a_change_given_up_in_a_deadlock_is_run_again(db):
    account, before, returned, raised = deadlock_lost_by_the_service(db)
    assert raised == []
    assert deadlocks(db) == before + 1  # there was one, and the service's transaction lost it
    assert returned[0].notes == get_account(db, account.id).notes == "after the deadlock"
    assert get_account(db, account.id).version == account.version + 1  # saved once
    assert audit.verify_chain(db).intact


@pytest.mark.postgresql_only
def test_a_change_that_keeps_losing_is_refused_with_a_sentence_and_nothing_saved(db, monkeypatch):
    monkeypatch.setattr(database, "SERVER_ATTEMPTS", 1)
    account, _, returned, raised = deadlock_lost_by_the_service(db)
    assert returned == []
    assert [(type(error), error.code, error.engine_code) for error in raised] == \
        [(StoreError, "server_write_conflict", "40P01")]
    assert get_account(db, account.id).notes is None and get_account(db, account.id).version == account.version


def test_every_service_that_writes_is_a_unit_of_work():
    # The retry lives in one place (store.database.unit_of_work); each service that opens a
    # transaction must be marked, or a server's deadlock reaches its user as a refusal.
    unmarked = []
    for path in sorted(SERVICES.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and ".transaction()" in ast.get_source_segment(source, node):
                if "unit_of_work" not in [ast.unparse(decorator) for decorator in node.decorator_list]:
                    unmarked.append(f"{path.name}:{node.name}")
    assert unmarked == []
