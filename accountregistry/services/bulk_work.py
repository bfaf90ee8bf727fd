"""Python's cycle collector held off while bulk work makes millions of short-lived objects.

An import's planning, an export's cells and a risk computation's facts each make a few small
objects per row; at 100,000 rows the collector's passes (each generation-2 pass walks every
live object, the parsed file included) cost a third of the work. None of these objects form
cycles, and reference counting still frees them as usual; only cycles wait until the work is
done.

The collector is the whole program's, not one thread's, so this is the one place that turns it
off and on: a count of the bulk work under way, so that two at once (the window computing
risks while an export runs) do not turn it back on under each other, and the last one to end
restores it.
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
                # What the work keeps (a parsed file, a plan, the rows) joins the oldest generation
                # at once: the young collections that would walk all of it once or twice more as
                # soon as the collector is back cost an import more than a second at 100,000 rows.
                gc.freeze()
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
