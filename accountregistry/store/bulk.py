"""Loading many rows at once: imports, restores, benchmarks.

One Core INSERT executed with a list of parameter sets is a single DBAPI executemany: no ORM
object, identity map or unit of work per row, which costs about ten times as much (measured with
20k people on SQLite) and far more in memory.

On SQLite a faster path does the same work with less per-row machinery (see `_SqliteInsert`):
the values are converted to their stored form by the very bind processors SQLAlchemy would use,
column by column and remembered for repeated values, and the compiled INSERT is executed with
plain tuples through `Connection.exec_driver_sql` (many rows to one statement, with the engine's
events and error wrapping). Every other database takes the generic path
(`Session.execute(insert(table), rows)`, whose insertmanyvalues batching PostgreSQL needs).
Both paths store the same values; tests/store/test_bulk.py compares them on SQLite.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from enum import Enum
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

DEFAULT_CHUNK = 5000
# Set to False (tests do) to send every insert through the generic path.
SQLITE_FAST_PATH = True
# SQLite's page cache during a bulk load, in KiB (the default is 2 MiB). A load of 100,000s of
# rows touches index pages all over the file (grants by person); with the default cache they are
# written out and read back again and again. Since an account import no longer writes an event per
# row (services/import_trail), 8 MiB writes 100,000 accounts as fast as 32 MiB did (interleaved:
# 14.6 s / 6.5 s CPU against 15.0 s / 6.5 s) and keeps 24 MiB out of the import's peak.
BULK_CACHE_KIB = 8192

# The parameters one SQLite statement takes in every version (SQLITE_MAX_VARIABLE_NUMBER).
SQLITE_PARAMETERS = 999

# SQLite's largest id: once a table holds it, SQLite gives each new row an unused id at random
# (https://sqlite.org/autoinc.html), so the rows an insert added are no longer those above it.
SQLITE_LARGEST_ID = 2**63 - 1


def ids_may_be_random(connection: sa.Connection, largest: int | None) -> bool:
    """Whether rows inserted into a table whose largest id is `largest` may take ids below it."""
    return connection.dialect.name == "sqlite" and largest == SQLITE_LARGEST_ID


def _table(model: type[SQLModel] | sa.Table) -> sa.Table:
    return model if isinstance(model, sa.Table) else model.__table__  # type: ignore[return-value]


def _column_defaults(table: sa.Table) -> tuple[dict[str, Any], dict[str, Callable[[], Any]]]:
    """(constant defaults, callable defaults) of the table's columns that have a Python-side one."""
    constants: dict[str, Any] = {}
    callables: dict[str, Callable[[], Any]] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            continue
        if default.is_scalar:
            value = default.arg
            constants[column.key] = value.value if isinstance(value, Enum) else value
        elif default.is_callable:
            # SQLAlchemy wraps zero-argument callables as fn(context); they ignore it.
            callables[column.key] = (lambda fn: lambda: fn(None))(default.arg)
        # A sequence or SQL expression default is left to SQLAlchemy and the database.
    return constants, callables


_DEFAULTS: dict[sa.Table, tuple[dict[str, Any], dict[str, Callable[[], Any]], frozenset[str]]] = {}


def column_defaults(model: type[SQLModel] | sa.Table) -> dict[str, Any]:
    """The values insert_rows gives columns a row leaves out (callables, e.g. utcnow, called now)."""
    table = _table(model)
    cached = _DEFAULTS.get(table)
    if cached is None:
        constants, callables = _column_defaults(table)
        cached = _DEFAULTS[table] = (constants, callables, frozenset(column.key for column in table.columns))
    constants, callables, _ = cached
    return {**constants, **{key: make() for key, make in callables.items()}}


def fetch_tuples(connection: sa.Connection, statement: sa.Executable) -> list[tuple]:
    """Every row of a SELECT as the driver returns it: plain tuples, fetched in one call.

    For reads of 100,000s of rows whose columns need no conversion (numbers, text the database
    wrote): SQLAlchemy still runs the statement (events, error handling, the transaction), but
    makes no Row object and runs no result processor per row, which costs more than the query.
    Values come back as the driver gives them, so enum, date and JSON columns stay raw text.
    """
    result = connection.execute(statement)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def fetch_columns(connection: sa.Connection, statement: sa.Select, rows: int = 50) -> Iterator[list[Sequence]]:
    """The rows of a SELECT, `rows` at a time, column by column, each value read as its column's
    type reads it (an anonymised person's pseudonym, an enum's member, a date on SQLite) as a Row
    holds it, but each distinct value decoded once (a cache in C). Not for JSON (equal values
    share one object). For a worker's reads of 10,000s of rows beside the window: no C call over
    more than a batch, so none holds Python's lock, which the window's thread needs for each of
    its Python calls, for longer than a fraction of a millisecond (one over all the rows did)."""
    dialect = connection.dialect
    decoded = [None if decode is None else lru_cache(maxsize=None)(decode)  # each distinct value once
               for decode in (column.type.dialect_impl(dialect).result_processor(dialect, None)
                              for column in statement.selected_columns)]
    result = connection.execute(statement)
    try:
        while batch := result.cursor.fetchmany(rows):
            yield [values if decode is None else list(map(decode, values))
                   for values, decode in zip(zip(*batch), decoded)]
    finally:
        result.close()


@contextmanager
def bulk_loading(connection: sa.Connection) -> Iterator[None]:
    """A large page cache on SQLite while the block loads many rows; the connection's own
    setting again afterwards. Pages are only held in memory as the load touches them."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def insert_tuples(session: Session, model: type[SQLModel] | sa.Table, names: Sequence[str],
                  rows: Sequence[tuple], *, same: dict[str, Any] | None = None, chunk: int = DEFAULT_CHUNK) -> int:
    """insert_rows for rows given as tuples, each holding the columns `names` in that order.

    For loads of 100,000s of rows a caller builds anyway: no dict per row. `same` gives columns
    one value for every row. The columns left out get their defaults, the same on every row of
    the call, exactly as insert_rows gives them; values convert and fail exactly as there.
    """
    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    if not rows:
        return 0
    same = same or {}
    _check_names(_table(model), names, same)
    if set(map(len, rows)) - {len(names)}:
        raise ValueError(f"every row must hold the {len(names)} columns named")
    prepared = _prepared(session, model)
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        _insert_columns(session, prepared, names, list(zip(*part)), len(part), same)
    return len(rows)


def insert_columns(session: Session, model: type[SQLModel] | sa.Table, names: Sequence[str],
                   columns: Sequence[Sequence[Any]], *, same: dict[str, Any] | None = None) -> int:
    """insert_tuples for values given column by column (what a caller that works column by
    column has: no tuple per row to make): `columns[i]` holds column `names[i]` of every row,
    all of one length. One executemany."""
    same = same or {}
    _check_names(_table(model), names, same)
    if len(columns) != len(names) or len(set(map(len, columns))) > 1:
        raise ValueError(f"every row must hold the {len(names)} columns named")
    count = len(columns[0]) if columns else 0
    if count:
        _insert_columns(session, _prepared(session, model), names, columns, count, same)
    return count


def _insert_columns(session: Session, prepared: Prepared, names: Sequence[str], columns: Sequence[Sequence[Any]],
                    count: int, same: dict[str, Any]) -> None:
    table, defaults, connection, fast = prepared
    given = tuple(names)
    constants = {**{name: value for name, value in defaults.items() if name not in given}, **same}
    insert = _SqliteInsert.of(connection.dialect, table, tuple(sorted((*given, *constants)))) if fast else _GENERIC
    if not insert.run_columns(connection, dict(zip(given, columns)), count, constants):
        session.execute(sa.insert(table), [{**constants, **dict(zip(given, row))} for row in zip(*columns)])


Prepared = tuple[sa.Table, dict[str, Any], sa.Connection, bool]


def _prepared(session: Session, model: type[SQLModel] | sa.Table) -> Prepared:
    """The table, the defaults of this call, the session's connection (objects pending in the
    session flushed first, so rows may refer to them) and whether SQLite's fast path applies."""
    table = _table(model)
    defaults = column_defaults(table)
    session.flush()
    connection = session.connection()
    return table, defaults, connection, SQLITE_FAST_PATH and connection.dialect.name == "sqlite"


def _check_names(table: sa.Table, names: Sequence[str], same: dict[str, Any]) -> None:
    named = set(names) | set(same)
    unknown = named - {column.key for column in table.columns}
    if unknown:
        raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
    if len(named) != len(names) + len(same):
        raise ValueError("a column is named twice")


def insert_rows(session: Session, model: type[SQLModel] | sa.Table, rows: Sequence[dict[str, Any]], *,
                chunk: int = DEFAULT_CHUNK) -> int:
    """Insert `rows` (dicts keyed by column) into the model's table; return how many were inserted.

    A row may leave out any column that has a default or may be NULL: defaults are filled once
    per call (so every row of one call gets the same created_at), enums may be given as their
    values. Keys that are not columns raise ValueError rather than being dropped silently.
    Runs inside the caller's transaction and commits nothing; objects pending in the session are
    flushed first, so rows may refer to them. Rows loaded this way are not in the session's
    identity map. Explicit ids are fine on SQLite (it continues after the largest), but on
    PostgreSQL the id sequence does not move past them: leave ids to the database there.
    """
    if chunk < 1:
        raise ValueError("chunk must be at least 1")
    if not rows:
        return 0
    table, defaults, connection, fast = _prepared(session, model)
    columns = _DEFAULTS[table][2]
    statement = sa.insert(table)
    inserted = 0
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        keys = set().union(*part)
        unknown = keys - columns
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
        # executemany compiles the INSERT from the first row's keys: every row must carry the same
        # ones, or values a later row has in an extra column would be lost.
        base = dict.fromkeys(keys.difference(defaults))
        base.update(defaults)
        if not (fast and _SqliteInsert.of(connection.dialect, table, tuple(sorted(base))).run(connection, base, part)):
            session.execute(statement, [{**base, **row} for row in part])
        inserted += len(part)
    return inserted


# Types whose bind processor gives equal stored values for equal inputs, so that a value met again
# (a default timestamp on every row, the same day or role thousands of times) is converted once;
# a TypeDecorator over one of them (the UTC timestamps) counts as its underlying type.
_REMEMBERED = (sa.Date, sa.DateTime, sa.Enum, sa.Boolean, sa.Integer, sa.String)


class _SqliteInsert:
    """One table's INSERT for one set of columns, compiled once, executed with tuples."""

    # Per dialect (held weakly: tests open and close many engines), per table and column set.
    _cache: weakref.WeakKeyDictionary[sa.Dialect, dict[tuple[sa.Table, tuple[str, ...]], _SqliteInsert | None]] = (
        weakref.WeakKeyDictionary())

    def __init__(self, sql: str, names: tuple[str, ...], processors: list[tuple[int, Callable, bool]]):
        self.sql = sql
        self.names = names
        self.processors = processors  # (position, bind processor, whether to remember results)
        self.processing = {position: process for position, process, _ in processors}

    @classmethod
    def of(cls, dialect: sa.Dialect, table: sa.Table, names: tuple[str, ...]) -> _SqliteInsert | _Generic:
        compiled = cls._cache.get(dialect)
        if compiled is None:
            compiled = cls._cache[dialect] = {}
        key = (table, names)
        try:
            found = compiled[key]
        except KeyError:
            found = compiled[key] = cls._compile(dialect, table, names)
        return found if found is not None else _GENERIC

    @classmethod
    def _compile(cls, dialect: sa.Dialect, table: sa.Table, names: tuple[str, ...]) -> _SqliteInsert | None:
        compiled = sa.insert(table).compile(dialect=dialect, column_keys=list(names))
        order = tuple(compiled.positiontup or ())
        # Only the plain case: one positional parameter per given column, nothing computed per row
        # by SQLAlchemy (Python defaults are all given by insert_rows, so none should be).
        if (not dialect.positional or sorted(order) != sorted(names) or compiled.insert_prefetch
                or len(set(order)) != len(order)):
            return None
        processors = []
        for position, name in enumerate(order):
            column_type = table.c[name].type
            process = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                underlying = column_type.impl if isinstance(column_type, sa.TypeDecorator) else column_type
                processors.append((position, process, isinstance(underlying, _REMEMBERED)))
        return cls(compiled.string, order, processors)

    def run(self, connection: sa.Connection, base: dict[str, Any], rows: Sequence[dict[str, Any]]) -> bool:
        """Insert the rows; False (nothing done) when a value does not convert, so that the generic
        path runs instead and reports it exactly as it always has."""
        merged = [{**base, **row} for row in rows]
        return self.run_columns(connection, {name: [row[name] for row in merged] for name in self.names}, len(rows), {})

    def run_columns(self, connection: sa.Connection, columns: dict[str, Sequence[Any]], count: int,
                    same: dict[str, Any]) -> bool:
        """run() for values given column by column (`count` rows), and `same` for every row
        (converted once)."""
        ordered = [columns.get(name) for name in self.names]
        try:
            for position, process, remember in self.processors:
                if ordered[position] is not None:
                    ordered[position] = _converted(ordered[position], process, remember)
            for position, name in enumerate(self.names):
                if ordered[position] is None:
                    value = same[name]
                    process = self.processing.get(position)
                    ordered[position] = [value if process is None else process(value)] * count
        except Exception:  # noqa: BLE001 - the generic path raises it as SQLAlchemy would
            return False
        self.execute(connection, list(zip(*ordered)) if ordered else [()] * count)
        return True

    def execute(self, connection: sa.Connection, rows: Sequence[tuple]) -> None:
        """The rows in order (same ids as row by row), as many to one `INSERT ... VALUES (...), (...)`
        as SQLite takes parameters: each run of a statement pays the driver's cost, so once per batch,
        not per row. The rows after the last whole batch go one by one (one statement of each form,
        for SQLite's cache)."""
        per = SQLITE_PARAMETERS // len(self.names) if self.names else 0
        whole = len(rows) - len(rows) % per if per > 1 else 0
        if whole:
            head, row = self.sql.rsplit(" VALUES ", 1)
            batch = f"{head} VALUES {', '.join([row] * per)}"
            for start in range(0, whole, per):
                connection.exec_driver_sql(batch, tuple(chain.from_iterable(rows[start:start + per])))
        if whole < len(rows):
            connection.exec_driver_sql(self.sql, list(rows[whole:]))


def _converted(column: Sequence[Any], process: Callable[[Any], Any], remember: bool) -> list[Any]:
    if not remember:
        # JSON and the like: unhashable values, but NULLs (JSON's "null") converted once.
        none = process(None)
        return [none if value is None else process(value) for value in column]
    # Equal inputs store equally for these types (an enum member and its value; True and 1 as a
    # boolean; a date never equals a datetime), so one conversion per distinct value is exact.
    known = {value: process(value) for value in set(column)}
    return list(map(known.__getitem__, column))


class _Generic:
    @staticmethod
    def run(connection: sa.Connection, base: dict[str, Any], rows: Sequence[dict[str, Any]]) -> bool:
        return False

    @staticmethod
    def run_columns(connection: sa.Connection, columns: dict[str, Sequence[Any]], count: int,
                    same: dict[str, Any]) -> bool:
        return False


_GENERIC = _Generic()
