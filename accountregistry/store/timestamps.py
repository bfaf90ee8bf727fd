"""A timestamp read in SQL on a plain connection, as the models give it: aware, in UTC.

The models' timestamps are sqlmodel's UTCDateTime (stored in UTC; SQLite keeps no offset,
PostgreSQL answers in the session's time zone). Importing it would load sqlmodel and pydantic,
which a quick read does not (services/case_reading); this is the same reading of a result.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa

__all__ = ["InUtc"]


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
