"""Opening a registry on a shared PostgreSQL server: another program's database is never
touched, a schema is never upgraded behind the owner's back, the first use of an empty database
by several clients at once creates the schema once, and the server's refusals are sentences."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

import accountregistry.cli
from accountregistry.domain.errors import StoreError
from accountregistry.store import schema, server_errors
from accountregistry.store.schema import head_revision, open_database, opened

import postgres_server


@contextmanager
def connected(url: str) -> Iterator[sa.Connection]:
    """A plain connection to the database, around the program (as another client would be)."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def tables(url: str) -> set[str]:
    with connected(url) as connection:
        return set(sa.inspect(connection).get_table_names())


def execute(url: str, *statements: str) -> None:
    with connected(url) as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)
        connection.commit()


def at_first_revision(url: str) -> None:
    """The database as the first release left it: schema 0001 and one person."""
    from alembic.command import upgrade

    with connected(url) as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO person (name, employment_status, created_at, updated_at) "
                                   "VALUES ('Bjørn Håland', 'employed', now(), now())")
        connection.commit()


def revision(url: str) -> str:
    with connected(url) as connection:
        return schema.stored_revision(connection)


def cli(*args) -> int:
    return accountregistry.cli.main([str(a) for a in args])


# --- another program's database, an empty one ---------------------------------------------------


@pytest.mark.parametrize("create", [True, False], ids=["a command that writes", "a command that reads"])
def test_another_programs_database_is_refused_and_nothing_is_created(server_database, create):
    url = server_database()
    execute(url, "CREATE TABLE invoice (id serial PRIMARY KEY, total numeric)")
    with pytest.raises(StoreError) as refused:
        open_database(url, create=create)
    assert refused.value.code == "server_not_a_registry"
    assert tables(url) == {"invoice"}


def test_another_programs_alembic_table_does_not_make_it_a_registry(server_database):
    url = server_database()
    execute(url, "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
            "INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    with pytest.raises(StoreError) as refused:
        open_database(url)
    assert refused.value.code == "server_not_a_registry"
    assert tables(url) == {"alembic_version"}


def test_a_read_command_on_an_empty_database_creates_nothing(server_database, capsys):
    url = server_database()
    assert cli("--db", url, "risks") == 1
    assert "no registry yet" in capsys.readouterr().err
    assert tables(url) == set()


def test_the_first_use_of_an_empty_database_creates_the_registry(server_database):
    url = server_database()
    with opened(url) as db:
        assert schema.current_revision(db) == head_revision()
    assert {"account", "audit_event", "alembic_version"} <= tables(url)


def test_two_clients_meeting_an_empty_database_at_once_both_go_on(server_database):
    url = server_database()
    clients = 4
    start = threading.Barrier(clients)
    outcomes: list[object] = []

    def client() -> None:
        start.wait()
        try:
            open_database(url).close()
            outcomes.append("opened")
        except Exception as error:  # what a client would have shown its user
            outcomes.append(error)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == ["opened"] * clients
    assert revision(url) == head_revision()


# --- upgrades happen only when the owner runs migrate --------------------------------------------


def test_an_older_schema_is_never_upgraded_at_a_connection(server_database, capsys):
    url = server_database()
    at_first_revision(url)
    with pytest.raises(StoreError) as refused:
        open_database(url)
    assert refused.value.code == "server_needs_migrate"
    assert refused.value.params["revision"] == "0001"
    assert cli("--db", url, "export", "-o", os.devnull) == 1
    assert "accountregistry migrate" in capsys.readouterr().err
    assert revision(url) == "0001"


def test_migrate_backs_up_with_pg_dump_first_then_upgrades(server_database, capsys):
    url = server_database()
    at_first_revision(url)
    assert cli("--db", url, "migrate") == 0
    out = capsys.readouterr().out
    assert revision(url) == head_revision()
    dumps = list(schema_backups())
    assert len(dumps) == 1 and str(dumps[0]) in out
    assert stat.S_IMODE(dumps[0].stat().st_mode) == 0o600
    assert dumps[0].read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    with opened(url) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM person").scalar() == "Bjørn Håland"


def test_migrate_without_pg_dump_says_that_no_backup_was_written(server_database, capsys, monkeypatch, tmp_path):
    url = server_database()
    at_first_revision(url)
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without pg_dump
    assert cli("--db", url, "migrate") == 0
    assert "pg_dump is not on the PATH" in capsys.readouterr().out
    assert revision(url) == head_revision()
    assert list(schema_backups()) == []


def test_a_failing_pg_dump_stops_the_upgrade(server_database, capsys, monkeypatch, tmp_path):
    url = server_database()
    at_first_revision(url)
    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump: error: server version mismatch' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert cli("--db", url, "migrate") == 1
    assert "server version mismatch" in capsys.readouterr().err
    assert revision(url) == "0001"
    assert list(schema_backups()) == []


def schema_backups():
    from accountregistry.store.server import backup_folder

    folder = backup_folder()
    return sorted(folder.iterdir()) if folder.exists() else []


# --- the server's refusals as sentences -----------------------------------------------------------


def refused_connection(url: sa.URL) -> StoreError:
    with pytest.raises(StoreError) as refused:
        open_database(url.render_as_string(hide_password=False))
    return refused.value


def closed_to_public(cluster, new_database) -> str:
    name = new_database().rsplit("/", 1)[1]
    cluster.execute(f"REVOKE CONNECT ON DATABASE {name} FROM PUBLIC")
    return name


# How each refusal is met on the test server: (the URL to open, the refusal's code, its login).
REFUSED_CONNECTIONS = {
    "the server does not answer": (lambda c, t, new: c.url(t).set(port=1), "server_unreachable", None),
    "the database does not exist": (lambda c, t, new: c.url("no_such_registry"), "server_database_missing", None),
    "the password is wrong": (lambda c, t, new: c.url(t, user=postgres_server.PASSWORD_LOGIN).set(password="wrong"),
                              "server_wrong_password", postgres_server.PASSWORD_LOGIN),
    "no password where one is needed": (lambda c, t, new: c.url(t, user=postgres_server.PASSWORD_LOGIN),
                                        "server_wrong_password", postgres_server.PASSWORD_LOGIN),
    "the server wants TLS": (lambda c, t, new: c.url(t, user=postgres_server.TLS_LOGIN).update_query_dict(
        {"sslmode": "disable"}), "server_tls_required", postgres_server.TLS_LOGIN),
    "the client wants TLS the server lacks": (lambda c, t, new: c.url(t).update_query_dict({"sslmode": "require"}),
                                              "server_offers_no_tls", None),
    "the login may not connect": (lambda c, t, new: c.url(closed_to_public(c, new), user=postgres_server.OUTSIDER),
                                  "server_permission_denied", postgres_server.OUTSIDER),
}


@pytest.mark.parametrize("case", REFUSED_CONNECTIONS.values(), ids=REFUSED_CONNECTIONS.keys())
def test_each_refused_connection_is_its_own_sentence(postgres_cluster, schema_template, server_database, case):
    address, code, login = case
    url = address(postgres_cluster, schema_template, server_database)
    refusal = refused_connection(url)
    assert refusal.code == code
    if login:
        assert refusal.params["user"] == login
    assert "wrong" not in refusal.sentence().replace("is wrong", "")  # a password is never shown


def test_the_missing_database_is_named(postgres_cluster):
    assert refused_connection(postgres_cluster.url("no_such_registry")).params["database"] == "no_such_registry"


def test_the_right_password_gets_in(postgres_cluster, server_database):
    name = server_database().rsplit("/", 1)[1]
    postgres_cluster.execute(f"ALTER DATABASE {name} OWNER TO {postgres_server.PASSWORD_LOGIN}")
    url = postgres_cluster.url(name, user=postgres_server.PASSWORD_LOGIN).set(password=postgres_server.PASSWORD)
    with opened(url.render_as_string(hide_password=False)) as db:
        assert schema.current_revision(db) == head_revision()


def test_a_server_older_than_the_schema_needs(server_database, monkeypatch):
    # The test server is new; the check is what an old one would meet.
    monkeypatch.setattr(server_errors, "MINIMUM_SERVER_VERSION", (99,))
    with pytest.raises(StoreError) as refused:
        open_database(server_database())
    assert refused.value.code == "server_too_old"
    assert refused.value.params["minimum"] == "99"


# --- authorship the server vouches for ------------------------------------------------------------


def test_the_audit_trail_names_the_database_login_whatever_the_program_says(server_database, schema_template,
                                                                          monkeypatch):
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.store.database import ACTOR_ENV

    monkeypatch.setenv(ACTOR_ENV, "Ida Høgh")
    with opened(server_database(schema_template)) as db:
        assert db.actor == postgres_server.LOGIN
        account = register_account(db, AccountInput(url="https://x.com/nordlys"))
        with db.engine.begin() as connection:  # a modified client writing another name itself
            connection.exec_driver_sql(
                "INSERT INTO audit_event (at, actor, entity, entity_id, action, previous_hash, hash) "
                f"VALUES (now(), 'Ida Høgh', 'account', {account.id}, 'forged', "
                f"(SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), '{'0' * 64}')")
        with db.engine.connect() as connection:
            actors = connection.exec_driver_sql("SELECT DISTINCT actor FROM audit_event").scalars().all()
    assert actors == [postgres_server.LOGIN]


def test_every_transaction_runs_without_jit_and_leaves_the_session_as_it_was(server_database, schema_template):
    """PostgreSQL's JIT spent most of the risk read compiling (1.5-1.9 s of 1.8-2.1 s at 30,000
    accounts): each transaction, reading or writing, turns it off for itself only, so a pooler
    in transaction mode (PgBouncer) sees no startup parameter and no session setting is left."""
    from accountregistry.store.database import WRITING

    db = open_database(server_database(schema_template))
    try:
        for writing in (False, True):
            with db.engine.connect().execution_options(**{WRITING: writing}) as connection:
                with connection.begin():
                    assert connection.exec_driver_sql("SHOW jit").scalar() == "off"
                assert connection.exec_driver_sql("SELECT current_setting('jit')").scalar() == "off"
                connection.rollback()
        # The same server connection outside the app's transactions: its own setting is untouched.
        raw = db.engine.raw_connection()
        try:
            assert raw.driver_connection.execute("SHOW jit").fetchone()[0] == "on"
            assert "options" not in raw.driver_connection.info.get_parameters()
            raw.rollback()
        finally:
            raw.close()
    finally:
        db.close()
