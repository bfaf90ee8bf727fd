"""Loading many rows at once: imports, restores, benchmarks.

One Core INSERT executed with a list of parameter sets is a single DBAPI executemany: no ORM
object, identity map or unit of work per row, which costs about ten times as much (measured with
20k people on SQLite) and far more in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

DEFAULT_CHUNK = 5000


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
    table = _table(model)
    defaults = column_defaults(table)
    columns = _DEFAULTS[table][2]
    statement = sa.insert(table)
    session.flush()
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
        session.execute(statement, [{**base, **row} for row in part])
        inserted += len(part)
    return inserted
