"""Python's cycle collector held off while bulk work makes millions of short-lived objects.

An import's planning, an export's cells and a risk computation's facts each make a few small
objects per row; at 100,000 rows the collector's passes (each generation-2 pass walks every
live object, the parsed file included) cost a third of the work. None of these objects form
cycles, and reference counting still frees them as usual. What the work leaves alive is then
frozen (gc.freeze): the collector never walks it again, so holding 100,000 rows does not make
every later collection, in any thread, walk them while holding Python's lock.

Reading a spreadsheet's sheet makes millions of elements and rows, none in a cycle, while the
import's modules are alive: there the collector runs less often instead (fewer_collections).

The collector is the whole program's, not one thread's, so this is the one place that tunes it:
turning it off and on and freezing (bulk_work), or raising its first threshold
(fewer_collections). Each counts the work under way, so that two at once (the window computing
risks while an export runs; two sheets read) do not undo each other, and the last one to end
restores what was before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_under_way = 0
_was_enabled = True


@contextmanager
def bulk_work() -> Iterator[None]:
    global _under_way, _was_enabled
    with _lock:
        if _under_way == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _under_way += 1
    try:
        yield
    finally:
        with _lock:
            _under_way -= 1
            if _under_way == 0:
                # What the work keeps (a parsed file, a plan, the rows) is frozen: the collector
                # never walks it again. Reference counting still frees it as usual; only a cycle
                # made during the work is never collected (the work makes none per row). Without
                # this, a full collection in any thread walks every row the window holds (about
                # 380 ms at 100,000 accounts, holding Python's lock: the window froze).
                gc.freeze()
                if _was_enabled:
                    gc.enable()


# The collector runs after every 700 new container objects (its first threshold); those
# collections took about 40 % of reading our 100,000-row .xlsx export (measured with the import's
# modules loaded: 9.3-10.8 s CPU against 5.1-7.7 s with this threshold).
SHEET_COLLECTION_THRESHOLD = 50_000
_reading = {"sheets": 0, "before": (700, 10, 10)}
_reading_lock = threading.Lock()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """While a sheet is read (any thread), the collector's first threshold is at least
    SHEET_COLLECTION_THRESHOLD; the threshold before is put back when the last reading ends."""
    with _reading_lock:
        if not _reading["sheets"]:
            _reading["before"] = gc.get_threshold()
            gc.set_threshold(max(SHEET_COLLECTION_THRESHOLD, _reading["before"][0]), *_reading["before"][1:])
        _reading["sheets"] += 1
    try:
        yield
    finally:
        with _reading_lock:
            _reading["sheets"] -= 1
            if not _reading["sheets"]:
                gc.set_threshold(*_reading["before"])
