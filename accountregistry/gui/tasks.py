"""Work that takes more than a moment, off the GUI thread: the window's one helper for it.

After Anki's `qt/aqt/taskman.py` and `operations/__init__.py`. A widget makes a Task with the
callbacks it wants and starts it as often as it likes, one run at a time:

    self.task = Task(self, success=self._exported, failure=self._refused, progress=self._show_progress,
                     cancelled=self._cancelled, finished=self._work_ended)
    self.task.start(lambda progress: export_report(db, path, progress=progress))

The work runs on the application's thread pool and is handed `progress(done, total) -> bool`,
the shape the services' long functions take; `task.cancel()` makes the next call return False,
so the service stops and raises Cancelled, having written nothing. Its outcome comes back on
the GUI thread, to exactly one of:

- `success(result)`;
- `failure(error)` when it raised: a refusal the user can act on (a RegistryError), or a bug
  (anything else), which has then already been shown in the window's crash dialog and written
  to the log (sys.excepthook, which app.run_window sets to app.report_unexpected_error).
  `failure_sentence(error)` words either for a message under a form. Without a `failure`
  callback a refusal's sentence is shown in a message box;
- `cancelled()` when the work raised Cancelled;

and then `finished()`. The task is idle again before any of them is called, so a callback may
start it once more. The TaskManager counts the runs under way, so closing the window can ask
them to stop and wait for them.

Reads of what the window shows (`Task(…, reading=True)`: a view's rows, the people the pickers
offer, the dashboard's facts, an account) take turns, READS_AT_ONCE at a time, in the order they
were asked for. Each is mostly Python, and the GUI thread needs Python's lock for every slot
and every paint: with seven of them under way at once it waited hundreds of milliseconds for
it, and the window froze while it "read in the background". An urgent read (a window the
user just opened waits for it) goes first, and one may run beside them. Writes, exports,
imports and the keyring do not wait for the reads.
"""

from __future__ import annotations

import os
import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from accountregistry import APP_NAME
from accountregistry.domain.errors import RegistryError, StoreError

Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]

# Runs wait on the database, a file or the keyring far more than they compute; a keyring call
# may hang until its time-out. Enough threads that one such wait holds nobody else up.
MAX_THREADS = 8
# Reads of what the window shows under way at once; the others wait for their turn.
READS_AT_ONCE = 1
# A window's later turns start on a timer, not a posted call: posted calls and events (a paint, a
# read's delivery) run back to back before the event loop's timers due get a turn (issue 16).
NEXT_TURN_MS = 1
# How much less of the processor start_lower()'s work asks than the window's other threads (a
# nice value, Linux): with a core to spare it runs there at full speed; on a busy machine it waits
# for what the user sees first (the risks read ahead: at load 5 on two cores, the first read took
# 2.4-3.8 s beside it at nice 5, 3.8-5.2 s at the same priority, 1.4-1.8 s alone).
LOWER_NICENESS = 5


# The main window's one box (with Retry) for what the database refused: set by the window.
_database_refused: weakref.WeakMethod | None = None


def on_database_refusal(handler: Callable[[StoreError], object]) -> None:
    """Where refusals by the database go that no task handles itself (a bound method of the
    main window; held weakly)."""
    global _database_refused
    _database_refused = weakref.WeakMethod(handler)


def _refusal_handler() -> Callable[[StoreError], object] | None:
    handler = _database_refused() if _database_refused is not None else None
    if handler is None or not shiboken6.isValid(handler.__self__):
        return None
    return handler


def show_refusal(parent: QWidget | None, error: RegistryError) -> None:
    """The default for a refusal nobody handles: its sentence, in the user's language. What the
    database or its server refused (it went away, a permission was taken back) goes to the main
    window's one box with Retry, so that five views reading at once do not make five boxes (and
    a reader without a window of its own, such as the people directory, makes none)."""
    window = parent.window() if parent is not None else None
    if isinstance(error, StoreError):
        handler = getattr(window, "database_refused", None) if window is not None else _refusal_handler()
        if handler is not None:
            handler(error)
            return
    QMessageBox.warning(window if window is not None else QApplication.activeWindow(), APP_NAME, error.sentence())


def failure_sentence(error: BaseException) -> str:
    """What went wrong, for the message under a form: a refusal's sentence; for a bug, that it
    was unexpected (the crash dialog has shown the details)."""
    if isinstance(error, RegistryError):
        return error.sentence()
    return QCoreApplication.translate("Tasks", "That failed unexpectedly; the details are in the error log.")


def report_bug(error: BaseException) -> None:
    """A bug: the crash dialog with the details and a log entry (app.report_unexpected_error is
    the window's excepthook; under pytest-qt the hook fails the test)."""
    sys.excepthook(type(error), error, error.__traceback__)


class _Outcome:
    """What one run ended with; made in the worker, read on the GUI thread."""

    __slots__ = ("error", "result", "was_cancelled")

    def __init__(self, result: Any = None, error: BaseException | None = None, was_cancelled: bool = False):
        self.result, self.error, self.was_cancelled = result, error, was_cancelled


class _Run:
    """One run of a task's work, handed to the pool as a callable (`run`), which it lets go once
    called. A QRunnable stayed the pool's child for the program's life (PySide's start()), and
    with it its task and what the task's callbacks held: the window's first read, 40 MiB at
    100,000 accounts, through the start's last step."""

    def __init__(self, task: Task, work: Work):
        self.task = task
        self.work = work
        self.cancel_requested = False
        self.holds_reads = False  # Task.hold_reads_until_delivered

    def progress(self, done: int, total: int) -> bool:
        self.task.progressed.emit(done, total)
        return not self.cancel_requested

    def run(self) -> None:
        # Every outcome is delivered: an exception must never end the run silently.
        try:
            if self.cancel_requested:  # cancelled before it started (a read waiting for its turn)
                outcome = _Outcome(was_cancelled=True)
            else:
                outcome = _Outcome(result=self.work(self.progress))
        except RegistryError as error:
            # The services' (imported only now: the window's first run imports them).
            from accountregistry.services.ownership_report import Cancelled

            # A refusal's traceback is never shown; dropping it frees its frames (and whatever
            # they hold, such as a secret the work was given) at once.
            error.__traceback__ = None
            outcome = _Outcome(was_cancelled=True) if isinstance(error, Cancelled) else _Outcome(error=error)
        except BaseException as error:  # noqa: BLE001 - a bug, reported on the GUI thread with its traceback
            outcome = _Outcome(error=error)
        self.work = None  # type: ignore[assignment]  # its closure may hold what it was given
        self.task.ended.emit(self, outcome)


class TaskManager(QObject):
    """The application's pool of worker threads and the runs under way on it."""

    count_changed = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(MAX_THREADS, QThreadPool.globalInstance().maxThreadCount()))
        # Each run's task, kept alive until its outcome is delivered, even if the widget that
        # made it is gone: a signal emitted on a deleted object would crash the worker.
        self._runs: dict[_Run, Task] = {}
        self._reads_waiting: deque[_Run] = deque()  # reads whose turn has not come
        self._reads_started: set[_Run] = set()  # reads started whose outcome is not delivered
        self._reads_held = 0  # hold_reads() without its release_reads()
        # start_lower()'s threads, which run nothing else: a thread keeps the priority it lowered.
        self.lower_pool = QThreadPool(self)

    def running(self) -> int:
        """Runs started whose outcome has not been delivered yet."""
        return len(self._runs)

    def cancel_all(self) -> None:
        """Ask every run to stop at its next progress report (a read still waiting for its turn
        never starts)."""
        for run in list(self._runs):
            run.cancel_requested = True

    def wait_for_all(self) -> None:
        """Block until every worker is done, the reads waiting for their turn included; the
        outcomes then wait in the event queue."""
        while self._reads_waiting:
            self._start_read(self._reads_waiting.popleft())
        self.pool.waitForDone()
        self.lower_pool.waitForDone()  # after the pool: the opening starts the read ahead

    def start_lower(self, work: Callable[[], object]) -> None:
        """Run `work` at a lower priority (LOWER_NICENESS: the risks read ahead at opening); from
        any thread (it makes no QObject). wait_for_all waits for it; it is not cancelled and
        delivers nothing: `work` hands on its outcome itself (a Future)."""
        self.lower_pool.start(lambda: (lower_priority(), work()))

    def reads_waiting(self) -> int:
        """Reads asked for whose turn has not come."""
        return len(self._reads_waiting)

    def hold_reads(self) -> None:
        """No read starts until release_reads(): the GUI thread has a long turn to take (making
        the views), and a read under way would hold Python's lock meanwhile."""
        self._reads_held += 1

    def release_reads(self) -> None:
        self._reads_held -= 1
        self._next_reads()

    def _start(self, run: _Run, task: Task) -> None:
        self._runs[run] = task
        self.count_changed.emit(len(self._runs))
        if not task.reading:
            self.pool.start(run.run)
            return
        (self._reads_waiting.appendleft if task.urgent else self._reads_waiting.append)(run)
        self._next_reads()

    def _next_reads(self) -> None:
        """The reads whose turn has come: READS_AT_ONCE under way, and one more if it is urgent."""
        while (self._reads_waiting and not self._reads_held
               and len(self._reads_started) < READS_AT_ONCE + self._reads_waiting[0].task.urgent):
            self._start_read(self._reads_waiting.popleft())

    def _start_read(self, run: _Run) -> None:
        self._reads_started.add(run)
        self.pool.start(run.run)

    def _forget(self, run: _Run) -> None:
        self._runs.pop(run, None)
        self.count_changed.emit(len(self._runs))
        if run in self._reads_started:
            # The next read's turn, once this one's outcome is on screen (it is delivered next).
            self._reads_started.discard(run)
            self._next_reads()


def lower_priority() -> None:
    """This thread below the program's priority (LOWER_NICENESS)."""
    if sys.platform.startswith("linux"):
        try:
            # Below the program's own priority (its main thread's), however it was started.
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(),
                           os.getpriority(os.PRIO_PROCESS, os.getpid()) + LOWER_NICENESS)
        except OSError:
            pass  # not allowed here (a sandbox): run at the usual priority, never not at all


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    """The one TaskManager of this application, made on first use."""
    global _manager
    if _manager is None or not shiboken6.isValid(_manager):
        _manager = TaskManager(QCoreApplication.instance())
    return _manager


class Task(QObject):
    """A widget's background work, one run at a time; start it again for the next run."""

    # Emitted in the worker thread; receivers on the GUI thread get them queued.
    progressed = Signal(int, int)
    ended = Signal(object, object)  # the run, its _Outcome

    def __init__(self, owner: QWidget | None = None, *, success: Callable[[Any], object] | None = None,
                 failure: Callable[[BaseException], object] | None = None,
                 progress: Callable[[int, int], object] | None = None,
                 cancelled: Callable[[], object] | None = None, finished: Callable[[], object] | None = None,
                 reading: bool = False, urgent: bool = False):
        """`reading`: the work reads what the window shows, and takes turns with the other
        reads (READS_AT_ONCE); it must write nothing the user waits for. `urgent`: a read that a
        window the user just opened waits for; it goes before the others waiting, and starts
        even if READS_AT_ONCE are under way, unless one more is already."""
        # No parent on purpose: the manager keeps a running task alive, the owner an idle one.
        super().__init__()
        self.owner = owner
        self.reading, self.urgent = reading, urgent
        self.on_success, self.on_failure, self.on_cancelled, self.on_finished = success, failure, cancelled, finished
        self.on_progress = progress
        # Bound methods of an object that lives on the GUI thread: called there, queued.
        self.progressed.connect(self._progressed)
        self.ended.connect(self._deliver)
        self._run: _Run | None = None

    def start(self, work: Work) -> None:
        if self._run is not None:
            raise RuntimeError("the task is already running")
        self._run = _Run(self, work)
        task_manager()._start(self._run, self)

    def busy(self) -> bool:
        """From start() until its outcome is delivered (a worker may end before that)."""
        return self._run is not None

    def hold_reads_until_delivered(self) -> None:
        """No read waiting for its turn starts until this run's outcome is delivered (reads under
        way go on): at the start the other views' reads took Python's lock from the accounts'
        risks, which the dashboard's numbers wait for."""
        if self._run is not None and not self._run.holds_reads:
            self._run.holds_reads = True
            task_manager().hold_reads()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; `cancelled` follows if it did."""
        if self._run is not None:
            self._run.cancel_requested = True

    def cancel_requested(self) -> bool:
        return self._run is not None and self._run.cancel_requested

    def stop_waiting(self) -> None:
        """Let the task start again before this run ends (a call that cannot be cancelled, such
        as the keyring's); the run's outcome is still delivered to the callbacks."""
        self._run = None

    def _progressed(self, done: int, total: int) -> None:
        if self.on_progress is not None and self._owner_alive():
            self.on_progress(done, total)

    def _owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _deliver(self, run: _Run, outcome: _Outcome) -> None:
        task_manager()._forget(run)
        if self._run is run:
            self._run = None
        try:
            if not self._owner_alive():
                # The widget is gone; a bug is still a bug.
                if outcome.error is not None and not isinstance(outcome.error, RegistryError):
                    report_bug(outcome.error)
                return
            try:
                self._call(outcome)
            finally:
                if self.on_finished is not None:
                    self.on_finished()
        finally:
            if run.holds_reads:
                task_manager().release_reads()

    def _call(self, outcome: _Outcome) -> None:
        error = outcome.error
        if outcome.was_cancelled:
            if self.on_cancelled is not None:
                self.on_cancelled()
        elif error is not None:
            if not isinstance(error, RegistryError):
                report_bug(error)
            if self.on_failure is not None:
                self.on_failure(error)
            elif isinstance(error, RegistryError):
                show_refusal(self.owner, error)
        elif self.on_success is not None:
            # The work finished even if Cancel came after its last progress report: its result
            # is true (the file exists, the import is committed), so it is reported as done.
            self.on_success(outcome.result)


# What let_go() was handed, until a worker takes it.
_letting_go: list = []


def let_go(big: Any) -> None:
    """Free `big` in a worker, a piece at a time (`big.pieces()`: its large containers), once the
    GUI thread's turn is over. Freeing a table of 100,000 rows took 22-26 ms of the GUI thread at
    each reload; a piece at a time, Python's lock changes hands between the pieces. The caller
    keeps no reference to `big` beyond its current turn (or it is freed where that one goes)."""
    _letting_go.append(big)
    if len(_letting_go) == 1:
        QTimer.singleShot(0, _hand_over)


def _hand_over() -> None:
    handed = _letting_go[:]
    _letting_go.clear()
    Task(None).start(lambda _progress: _take_apart(handed))


def _take_apart(handed: list) -> None:
    while handed:
        big = handed.pop()
        pieces = big.pieces()
        del big  # the holder goes; its pieces are still held here
        while pieces:
            pieces.pop()  # one large container freed (its last holder), then the next
