"""Moving a registry from its file to a shared server: `accountregistry copy --to URL`.

Every row of every table (people, accounts, roles, handover terms, cases, checklist items, the
organisation's settings and the whole audit trail) is copied with its id and its timestamps
into an empty server database at the same schema version, in one transaction: the copy is
there whole or not at all. The server's trigger that writes the login as each new audit event's
actor is switched off for that transaction only (the events are old ones, each with its own
actor), which PostgreSQL lets only the tables' owner do: the database's owner copies.

Rows travel as the file stores them (dates as ISO text, times as UTC text, JSON as text) through
PostgreSQL's COPY, so moving 100,000 accounts takes about as long as COPY of those rows itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from accountregistry.domain.errors import Conflict, StoreError
from accountregistry.services.ownership_report import Cancelled
from accountregistry.store.database import Database, environment_errors
from accountregistry.store.models import SQLModel
from accountregistry.store.schema import opened

CHUNK = 5_000
# The migration 0007 trigger that names the login as the actor of each new audit event.
ACTOR_TRIGGER = "audit_event_0_actor"
# A person's manager may come later in the file than the person: set after all people exist.
DEFERRED_REFERENCES = {"person": "manager_id"}


Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class CopyResult:
    target: str
    counts: dict[str, int]  # table -> rows copied, in the order they were copied


def tables() -> list[sa.Table]:
    """Every table of the registry, each after the tables it refers to."""
    return list(SQLModel.metadata.sorted_tables)


def copy_to_server(source: Database, target: str, progress: Progress | None = None) -> CopyResult:
    """Copy the registry in `source` to the server database at `target` (a URL with the
    password, in memory only), making the registry's tables there first when it is empty: the
    window's File → Copy to a server…. `progress(rows done, rows in all)` returning False
    cancels (Cancelled: nothing is copied)."""
    if not source.is_sqlite:
        raise StoreError("copy_file_to_server", source=source.describe(), target=target)
    with opened(target) as server:
        return copy_registry(source, server, progress=progress)


def copy_registry(source: Database, target: Database, *, progress: Progress | None = None) -> CopyResult:
    """Copy the registry in `source` (an SQLite file) into `target` (an empty server database
    with the same schema). Raises Conflict when the target holds data, StoreError when the
    engines do not fit or the server refuses, Cancelled when `progress` returned False (the
    transaction is then rolled back: nothing is copied)."""
    if not source.is_sqlite or target.is_sqlite:
        raise StoreError("copy_file_to_server", source=source.describe(), target=target.describe())
    refuse_data_in(target)
    counts: dict[str, int] = {}
    with environment_errors(source), source.engine.connect() as reading, \
            environment_errors(target), target.engine.connect() as writing:
        # One read transaction, so one snapshot of the file, for the whole copy.
        reading.exec_driver_sql("SELECT count(*) FROM alembic_version")
        rows = _Rows(progress, sum(_count(reading, table) for table in tables()))
        with writing.begin():
            writing.exec_driver_sql("SET LOCAL TimeZone = 'UTC'")  # the file's times are UTC
            writing.exec_driver_sql(f"ALTER TABLE audit_event DISABLE TRIGGER {ACTOR_TRIGGER}")
            writing.exec_driver_sql("DELETE FROM organisation_settings")  # the new database's defaults
            rows.report()
            for table in tables():
                counts[table.name] = _copy_table(reading, writing, table, rows)
            writing.exec_driver_sql(f"ALTER TABLE audit_event ENABLE TRIGGER {ACTOR_TRIGGER}")
            _continue_numbering(writing)
        reading.rollback()
    return CopyResult(target.describe(), counts)


class _Rows:
    """Rows copied so far, told to `progress` after each chunk; a False answer cancels."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def report(self, copied: int = 0) -> None:
        self.done += copied
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled("copy_cancelled")


def _count(reading: sa.Connection, table: sa.Table) -> int:
    return reading.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0


def refuse_data_in(target: Database) -> None:
    with environment_errors(target), target.engine.connect() as connection:
        for table in tables():
            if table.name == "organisation_settings":
                continue  # every new registry has its settings row
            rows = connection.execute(sa.select(sa.func.count()).select_from(table)).scalar()
            if rows:
                raise Conflict("copy_target_not_empty", target=target.describe(), table=table.name, rows=rows)


def _copy_table(reading: sa.Connection, writing: sa.Connection, table: sa.Table, done: _Rows) -> int:
    try:
        return _copy_rows(reading, writing, table, done)
    except writing.dialect.dbapi.Error as error:
        # The driver's own cursor was used: report as SQLAlchemy would, so that the store's
        # environment_errors turns it into the same refusal as any other write's.
        raise sa.exc.DBAPIError.instance(f"COPY {table.name}", None, error, writing.dialect.dbapi.Error) from None


def _copy_rows(reading: sa.Connection, writing: sa.Connection, table: sa.Table, done: _Rows) -> int:
    names = [column.name for column in table.columns]
    deferred = DEFERRED_REFERENCES.get(table.name)
    later: list[tuple] = []
    cursor = writing.connection.driver_connection.cursor()
    copied = 0
    with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
        for rows in _chunks(reading, table, names):
            if deferred is not None:
                at, key = names.index(deferred), names.index("id")
                later += [(row[key], row[at]) for row in rows if row[at] is not None]
                rows = [(*row[:at], None, *row[at + 1:]) for row in rows]
            for row in rows:
                copy.write_row(row)
            copied += len(rows)
            done.report(len(rows))
    if later:
        _set_later(cursor, table.name, deferred, later)
    return copied


def _chunks(reading: sa.Connection, table: sa.Table, names: list[str]) -> Iterator[list[tuple]]:
    """The table's rows as SQLite stores them (no conversion on the way), in id order."""
    raw = reading.connection.driver_connection.cursor()
    try:
        order = "id" if "id" in names else names[0]
        raw.execute(f"SELECT {', '.join(names)} FROM {table.name} ORDER BY {order}")
        while rows := raw.fetchmany(CHUNK):
            yield rows
    finally:
        raw.close()


def _set_later(cursor, table: str, column: str, pairs: list[tuple]) -> None:
    cursor.execute(f"CREATE TEMPORARY TABLE later_{column} (id integer, value integer) ON COMMIT DROP")
    with cursor.copy(f"COPY later_{column} (id, value) FROM STDIN") as copy:
        for pair in pairs:
            copy.write_row(pair)
    cursor.execute(f"UPDATE {table} SET {column} = later.value FROM later_{column} AS later "
                   f"WHERE {table}.id = later.id")


def _continue_numbering(writing: sa.Connection) -> None:
    """The server hands out ids after the highest copied one (COPY with ids moves no sequence)."""
    for table in tables():
        if "id" in table.columns and table.columns["id"].autoincrement is not False:
            writing.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false) "
                f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL")
