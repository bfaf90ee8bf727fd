"""A timestamp read in SQL on a plain connection, as the models give it: aware, in UTC; and a
moment as the audit chain's hash covers it.

The models' timestamps are sqlmodel's UTCDateTime (stored in UTC; SQLite keeps no offset,
PostgreSQL answers in the session's time zone). Importing it would load sqlmodel and pydantic,
which a quick read does not (services/case_reading); this is the same reading of a result.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa

__all__ = ["InUtc", "moment_text"]


class InUtc(sa.TypeDecorator):
    """A result column read as an aware datetime in UTC (None stays None)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:  # SQLite: stored in UTC without an offset
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def moment_text(at: datetime | str) -> str:
    """`at` as the audit chain's hash covers it: UTC, no zone, microseconds. A naive value (SQLite
    stores no zone) is UTC already. FROZEN: every released event was hashed with this text, and
    released migrations hash with it (migrations/trail_rewrite.py); another form of it would be
    a function of its own, with a migration that computes the chain again."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")
