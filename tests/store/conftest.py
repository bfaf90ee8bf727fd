"""Fixtures of the store tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

FIRST_RELEASE = Path(__file__).parent / "fixtures" / "registry_schema_0001.sql"


@pytest.fixture
def old_registry(db_path):
    """The first release's sample organisation as it wrote it (schema 0001), in the file at db_path."""
    with sqlite3.connect(db_path) as connection:
        connection.executescript(FIRST_RELEASE.read_text(encoding="utf-8"))
    connection.close()
    return db_path
