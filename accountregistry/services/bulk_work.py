"""Python's cycle collector held off while bulk work makes millions of short-lived objects.

An import's planning, an export's cells and a risk computation's facts each make a few small
objects per row; at 100,000 rows the collector's passes (each generation-2 pass walks every
live object, the parsed file included) cost a third of the work. None of these objects form
cycles, and reference counting still frees them as usual. What the work leaves alive is then
frozen (gc.freeze): the collector never walks it again, so holding 100,000 rows does not make
every later collection, in any thread, walk them while holding Python's lock.

The collector is the whole program's, not one thread's, so this is the one place that turns it
off and on and freezes: a count of the bulk work under way, so that two at once (the window
computing risks while an export runs) do not turn it back on under each other, and the last one
to end restores it.
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
