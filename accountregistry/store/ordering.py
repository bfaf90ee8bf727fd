"""Text sorted the same way on both engines: by its characters' code points.

SQLite compares text bytewise (BINARY); PostgreSQL by the database's collation, which is the
server's locale unless chosen otherwise (da_DK sorts "aa" as "å", after "z"; en_US ignores case
and punctuation at first). So that an export of a registry on a server is the same file as the
export of the file it was copied from, whatever the server's locale, every ORDER BY on text goes
through `bytewise(column)`: `column COLLATE "C"` on PostgreSQL, the column itself on SQLite.
(UTF-8 bytes sort as code points, so both give the same order.)
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class bytewise(ColumnElement):  # noqa: N801 - used like a SQL function: order_by(bytewise(person.name))
    """`column` for ORDER BY, sorted by code point on either engine."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any):
        self.column = sa.sql.coercions.expect(sa.sql.roles.ExpressionElementRole, column)
        self.type = self.column.type


@compiles(bytewise)
def _as_stored(element: bytewise, compiler, **options) -> str:
    return compiler.process(element.column, **options)


@compiles(bytewise, "postgresql")
def _code_points(element: bytewise, compiler, **options) -> str:
    return f'({compiler.process(element.column, **options)}) COLLATE "C"'

