"""Reading and bending a test's registry with plain SQL, the same way on SQLite and PostgreSQL:
what a test uses instead of opening the SQLite file with sqlite3."""

from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.store.database import Database
from accountregistry.store.schema import alembic_config, current_revision, head_revision, open_database


def location(db: Database) -> str:
    """What `--db` takes to open the same registry: the file's path or the server's URL."""
    return str(db.path) if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)


def rows(db: Database, sql: str, **params: Any) -> list[tuple]:
    """The rows of a query (":name" parameters), as plain tuples."""
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(sql), params)]


def mappings(db: Database, sql: str, **params: Any) -> list[dict[str, Any]]:
    with db.engine.connect() as connection:
        return [dict(row) for row in connection.execute(sa.text(sql), params).mappings()]


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.engine.connect() as connection:
        return connection.execute(sa.text(sql), params).scalar()


def file_rows(path: Path, sql: str) -> list[tuple]:
    """The rows of a query on an SQLite file not yet opened by this version (an old registry)."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


@contextmanager
def upgraded(path: Path):
    """The registry file at `path` opened by this version, which upgrades it: at the newest
    schema revision; closed after."""
    db = open_database(path)
    try:
        assert current_revision(db) == head_revision()
        yield db
    finally:
        db.close()


def every_row(db: Database) -> bytes:
    """Every row of every table, as text: what a search for a leaked value looks through."""
    return repr([row for name in sa.inspect(db.engine).get_table_names()
                 for row in rows(db, f'SELECT * FROM "{name}"')]).encode()


def execute(db: Database, *statements: str) -> None:
    with db.engine.begin() as connection:
        for statement in statements:
            # psycopg reads % as a placeholder even without parameters.
            connection.exec_driver_sql(statement if db.is_sqlite else statement.replace("%", "%%"))


def refuse_inserts(db: Database, table: str, when: str) -> None:
    """Make the database refuse INSERTs into `table` whose NEW row matches `when` (an SQL
    condition on NEW), as a full disk or a stricter server would: a real refusal by the engine,
    reported as a broken constraint on both (SQLite's RAISE(ABORT) is one)."""
    if db.is_sqlite:
        execute(db, f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} WHEN {when} "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    else:
        execute(db, f"CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS "
                    f"$$ BEGIN IF {when} THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'integrity_constraint_violation'; END IF; RETURN NEW; END $$",
                f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION refuse_{table}()")


def back_to(where: str, revision: str) -> None:
    """The registry at `where` (a path or a server's URL) taken back to schema `revision` by the downgrades."""
    url = where if "://" in where else f"sqlite:///{where}"
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def make_sample(location: str, prepare=None, today: date | None = None) -> str:
    """Fill the registry at `location` with the sample organisation as on `today` (then
    `prepare(db)`, if given): what a test module's prepared registry is made of, on either engine."""
    database = open_database(location)
    try:
        fill_with_sample_organisation(database, today=today)
        if prepare is not None:
            prepare(database)
    finally:
        database.close()
    return location


def server_sample(cluster, schema_template: str, name: str, prepare=None, today: date | None = None) -> str:
    """A template database on the test server holding make_sample's registry; tests copy it."""
    cluster.create_database(name, template=schema_template)
    make_sample(cluster.url(name).render_as_string(hide_password=False), prepare, today)
    return name


def execute_on(url: str, *statements: str) -> None:
    """Statements on a database by its URL, as another program (not this one) would send them."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def refused_writing_nothing(db: Database, state, write, refusal: type[Exception]) -> Exception:
    """The `refusal` `write()` raises, having changed nothing of what `state(db)` reads."""
    before = state(db)
    with pytest.raises(refusal) as raised:
        write()
    assert state(db) == before
    return raised.value


def _grants(db: Database, where, active_only: bool) -> list:
    """Role grants as stored, newest first; with their history unless active_only."""
    from sqlmodel import select

    from accountregistry.store.models import AccountRole

    statement = select(AccountRole).where(where(AccountRole))
    if active_only:
        statement = statement.where(AccountRole.revoked_on.is_(None))
    with db.reading() as session:
        return list(session.exec(statement.order_by(AccountRole.granted_on.desc(), AccountRole.id.desc())))


def roles_of_account(db: Database, account_id: int, *, active_only: bool = False) -> list:
    return _grants(db, lambda role: role.account_id == account_id, active_only)


def roles_of_person(db: Database, person_id: int, *, active_only: bool = False) -> list:
    return _grants(db, lambda role: role.person_id == person_id, active_only)


def sentence_parts(code: str, *names: str) -> list[str]:
    """The words of `code`'s sentence around its parameters `names`, in the language in use: what a
    text that says that refusal holds whatever the parameters were (tests assert codes, not wording)."""
    from accountregistry.domain.messages import sentence

    return [part for part in sentence(code, dict.fromkeys(names, "\0")).split("\0") if part.strip()]
