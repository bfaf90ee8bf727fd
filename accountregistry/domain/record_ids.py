"""An id as a user types it (a command's PERSON, ACCOUNT or ITEM_ID): one reading for every command."""

from __future__ import annotations

# The largest id a record can have: SQLite's INTEGER and PostgreSQL's BIGINT both stop here.
LARGEST_ID = 2**63 - 1


def typed_id(text: str | None) -> int | None:
    """The id the text is, if it is ASCII digits only ("²" and "٣" are digits to Python but not
    ids), else None: the text names the record another way (an email, an address). An id beyond
    LARGEST_ID is returned as it is; no record has it (records.existing refuses it as not found)."""
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() else None


def could_exist(record_id: int) -> bool:
    """Whether a record can have this id at all (the database refuses to look one up otherwise)."""
    return -LARGEST_ID - 1 <= record_id <= LARGEST_ID
