"""What a test opens and leaves open fails that test, by name.

A PostgreSQL connection or a temporary folder that is garbage-collected while still open warns
(ResourceWarning) wherever the collector happens to run: in a later, unrelated test, which then
errors for what another did. So each one is noted when it is made (by which test, and where),
and after each test's teardown whatever that test made and left open is closed and reported as
an error of that test, with the place it was opened:

- psycopg connections: the window's listening connection, a test's own, or the pool of an
  engine (a Database) that was never closed;
- tempfile.TemporaryDirectory folders not removed (a widget's, once the widget is deleted).

What a module- or session-scoped fixture makes belongs to that fixture (it closes it at its
own teardown) and is not counted against the test that happened to set it up.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import traceback
import weakref
from pathlib import Path

import pytest
from postgres_server import HELPER_THREAD

BROAD = "a fixture wider than one test"
CONNECTION, FOLDER = "psycopg connection", "temporary folder"
_ROOT = str(Path(__file__).resolve().parents[1])

_current: list[str | None] = [None]  # the test running now
_broad_setups = [0]  # module/session fixtures being set up just now
# What the running test made: id -> (object, kind, where). Held until the test's check, so that
# an object the test drops while open is found open there instead of warning from the collector.
_made: dict[int, tuple[object, str, str]] = {}
_pool_owner: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # SQLAlchemy pool -> owner
_pool_of: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # psycopg connection -> ref(its pool)


def _owner() -> str | None:
    return BROAD if _broad_setups[0] else _current[0]


def _where() -> str:
    """The project's frames of the current stack (tests and accountregistry), innermost last."""
    frames = [frame for frame in traceback.extract_stack()[:-2]
              if frame.filename.startswith(_ROOT) and "/.venv/" not in frame.filename
              and not frame.filename.endswith("leak_check.py")]
    return "".join(traceback.format_list(frames[-8:]))


def _note(thing, kind: str) -> None:
    if threading.current_thread().name.startswith(HELPER_THREAD):
        return  # the test server's own housekeeping
    owner = _owner()
    if owner is not None and owner != BROAD:
        _made[id(thing)] = (thing, kind, _where())


def _watch_psycopg() -> None:
    try:
        import psycopg
    except ImportError:
        return
    original = psycopg.Connection.__init__

    def noted_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _note(self, CONNECTION)

    psycopg.Connection.__init__ = noted_init


def _watch_pools() -> None:
    """Which pool each server connection belongs to, and who made the pool (whoever was running
    when it first connected: an engine's first connection is made as it is opened)."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    def connected(dbapi_connection, record):
        pool = getattr(record, "_ConnectionRecord__pool", None)
        if pool is None or not type(dbapi_connection).__module__.startswith("psycopg"):
            return
        _pool_of[dbapi_connection] = weakref.ref(pool)
        if pool not in _pool_owner and _owner() is not None:
            _pool_owner[pool] = _owner()

    event.listen(Pool, "connect", connected)


def _watch_temporary_folders() -> None:
    original = tempfile.TemporaryDirectory.__init__

    def noted_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        _note(self, FOLDER)

    tempfile.TemporaryDirectory.__init__ = noted_init


def _still_open(thing, kind: str) -> bool:
    if kind == FOLDER:
        return thing._finalizer.alive  # not removed yet
    if thing.closed:
        return False
    pool = _pool_of.get(thing)
    return pool is None or pool() is None or _pool_owner.get(pool()) != BROAD


def _describe(thing, kind: str) -> str:
    if kind == FOLDER:
        return f"a temporary folder {thing.name}"
    pooled = " of an engine's pool (a Database never closed?)" if thing in _pool_of else ""
    return f"a PostgreSQL connection to {thing.info.dbname}{pooled}"


def _close(thing, kind: str) -> None:
    if kind == FOLDER:
        thing.cleanup()
    else:
        thing.close()


def _let_qt_finish() -> None:
    """What the test's windows scheduled for later (a first paint's follow-up, their deletion)
    happens now, in this test, rather than in the next one."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        from PySide6.QtCore import QEvent

        widgets.QApplication.processEvents()
        # The widgets pytest-qt closed were only scheduled for deletion: delete them now, so
        # that what they free when deleted is freed in this test.
        widgets.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def leaks_of() -> list[str]:
    """What the test that just ended made and left open, each closed now."""
    _let_qt_finish()
    found = []
    while _made:
        _, (thing, kind, where) = _made.popitem()
        if _still_open(thing, kind):
            found.append(f"{_describe(thing, kind)}, opened at\n{where}")
            _close(thing, kind)
    return found


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    _watch_psycopg()
    _watch_pools()
    _watch_temporary_folders()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _current[0] = item.nodeid
    yield
    _current[0] = None


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    broad = fixturedef.scope != "function"
    _broad_setups[0] += broad
    try:
        yield
    finally:
        _broad_setups[0] -= broad


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After every fixture of the test has been torn down."""
    found = leaks_of()
    if found:
        pytest.fail(f"{item.nodeid} left open (closed now):\n" + "\n".join(found), pytrace=False)
