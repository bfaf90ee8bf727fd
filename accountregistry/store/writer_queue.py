"""Writers to one SQLite file take turns in arrival order.

SQLite's own busy handler polls: a waiting writer sleeps up to 100 ms between tries, and a
writer that arrives meanwhile takes the lock first. Under load a writer can wait far longer
than the lock wait although the lock changes hands hundreds of times (measured: 21 s with ten
writers and thirty commands on two busy cores). The kernel's `flock` queues its waiters
instead, so each write transaction first takes an exclusive flock on a small file beside the
database (`registry.sqlite3-lock`, owner-only, never removed: removing a lock file while
someone waits on it would split the queue), then SQLite's write lock (BEGIN IMMEDIATE), which
is then normally free. Programs that do not know this file still meet SQLite's busy timeout.

flock itself cannot time out, so the wait happens in a helper thread; a writer that gives up
leaves the helper to take its turn and hand it straight on. The lock wait is how long the
queue may stand still, not how long it may be: each writer counts in the lock file the turn
it takes and, while it holds the turn, every fifth of a second in which its thread did work (used
the processor); a waiter that sees the count move starts its wait afresh. A writer stuck
holding the turn (waiting for something that does not come, stopped) is still given up on
after the lock wait; a long queue that moves is not, nor is a writer that works slowly
(measured under load: thirty commands and ten writers on two cores busy with other work
moved the turn every half second, so the last in line waited well over ten seconds; and a
writer starved of the processor held the turn over ten seconds, failing everyone behind it).

Where no lock file can be made (a read-only folder, a platform without flock), writers fall
back to SQLite's busy timeout alone.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: SQLite's busy timeout alone
    fcntl = None

LOCK_SUFFIX = "-lock"


def lock_file(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


class TurnNotReached(Exception):
    """The writer ahead did not finish within the lock wait."""


_held = threading.local()  # the databases this thread holds the turn for


@contextmanager
def writer_turn(database: Path, wait_seconds: float) -> Iterator[None]:
    """Hold the turn to write to `database` for the length of the block."""
    held = _held.__dict__.setdefault("paths", set())
    if database in held:
        # It would wait for itself until the lock wait ran out.
        raise RuntimeError(f"a write transaction on {database} was begun inside another one")
    descriptor = _open_lock_file(lock_file(database))
    working = None
    if descriptor is not None:
        _wait_for_turn(descriptor, wait_seconds)  # if it gives up, its helper closes the descriptor
        working = _WorkCounter(descriptor)
    held.add(database)
    try:
        yield
    finally:
        held.discard(database)
        if descriptor is not None:
            working.stop()  # before the descriptor's number can be given to another file
            os.close(descriptor)  # closing the last descriptor releases the flock


def _open_lock_file(path: Path) -> int | None:
    if fcntl is None:
        return None
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags, 0o600)
    except OSError:
        return None


_POLL_SECONDS = 0.1  # how often a waiter looks whether the queue moved
_COUNTER = 8  # bytes: the number of turns taken, little-endian, at the start of the lock file


def _turns_taken(descriptor: int) -> int:
    try:
        return int.from_bytes(os.pread(descriptor, _COUNTER, 0), "little")
    except OSError:
        return 0


def _count_turn(descriptor: int) -> None:
    try:
        os.pwrite(descriptor, ((_turns_taken(descriptor) + 1) % 2**64).to_bytes(_COUNTER, "little"), 0)
    except OSError:
        pass  # a lock file we cannot write to still queues; waiters just see no progress


_BEAT_SECONDS = 0.2  # how often the holder of the turn says whether it is working
# Processor time the holder's thread used within a beat that shows it is working: a thread
# waiting (for an event, for a lock held by another program: SQLite's busy handler sleeps)
# uses a few microseconds; one starved of the processor on a loaded machine still tens of ms.
_WORKING_SECONDS = 0.002


class _WorkCounter:
    """While the turn is held: each beat in which the holding thread used the processor counts
    in the lock file, so that the writers waiting see that the queue is moving."""

    def __init__(self, descriptor: int):
        self._stopped = threading.Event()
        self._thread = None
        try:
            clock = time.pthread_getcpuclockid(threading.get_ident())
            used = time.clock_gettime(clock)
        except (AttributeError, OSError):  # a platform without per-thread clocks: turns alone count
            return
        self._thread = threading.Thread(target=self._beat, args=(descriptor, clock, used),
                                        name="writer-turn-work", daemon=True)
        self._thread.start()

    def _beat(self, descriptor: int, clock: int, used: float) -> None:
        while not self._stopped.wait(_BEAT_SECONDS):
            try:
                now = time.clock_gettime(clock)
            except OSError:
                return
            if now - used >= _WORKING_SECONDS:
                _count_turn(descriptor)
            used = now

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join()


def _wait_for_turn(descriptor: int, wait_seconds: float) -> None:
    # No non-blocking first try: it would let a newcomer overtake the writers already waiting
    # whenever the turn is between two of them.
    reached = threading.Event()
    decided = threading.Lock()
    abandoned = False

    def wait_in_line() -> None:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        except OSError:  # a file system without flock (some network drives): no queue
            pass
        with decided:
            if abandoned:
                os.close(descriptor)  # take the turn and hand it straight on
            else:
                reached.set()

    seen = _turns_taken(descriptor)
    threading.Thread(target=wait_in_line, name="writer-turn", daemon=True).start()
    deadline = time.monotonic() + wait_seconds
    while not reached.wait(max(0.0, min(_POLL_SECONDS, deadline - time.monotonic()))):
        taken = _turns_taken(descriptor)
        if taken != seen:  # the queue moved: wait afresh
            seen, deadline = taken, time.monotonic() + wait_seconds
        elif time.monotonic() >= deadline:
            with decided:
                if reached.is_set():
                    break
                abandoned = True
            raise TurnNotReached()
    _count_turn(descriptor)
