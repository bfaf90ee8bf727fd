"""What a test of the window asks about its GUI thread."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import sqlalchemy as sa


@contextmanager
def statements_on_gui_thread(db):
    """The statements `db` runs on the GUI thread (this one) meanwhile: a list, filled as they run.
    At 100,000 accounts each is a moment the whole window cannot answer."""
    seen: list[str] = []
    gui_thread = threading.get_ident()

    def executed(_connection, _cursor, statement, *_rest):
        if threading.get_ident() == gui_thread:
            seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", executed)
    try:
        yield seen
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", executed)
