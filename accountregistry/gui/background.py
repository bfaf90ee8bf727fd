"""Work that takes more than a moment (export, import, many reviews), off the GUI thread.

One small helper for every dialog that needs it: the work runs in a `threading.Thread` and is
handed a `progress(done, total) -> bool` callback, the shape the services' long functions
take; its outcome comes back as Qt signals, delivered on the GUI thread because this object
lives there. Cancelling makes the next progress call return False, so the service stops and
raises Cancelled, having written nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal

from accountregistry.services.ownership_report import Cancelled

Progress = Callable[[int, int], bool]


class BackgroundTask(QObject):
    """Runs one piece of work at a time; start it again for the next."""

    # Emitted in the worker thread: a receiver that lives on the GUI thread gets it queued.
    progressed = Signal(int, int)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception, its __traceback__ attached
    cancelled = Signal()  # the work raised Cancelled: nothing was written
    finished = Signal()  # after any of the three

    # Tasks whose thread still runs, kept alive even if the dialog that started them is gone:
    # a signal emitted on a deleted object would crash the worker.
    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(self) -> None:
        # No parent on purpose, for the same reason; the owner keeps a reference.
        super().__init__()
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._busy = False
        # Connected first, so that the owner's own `finished` slots already see the task idle.
        self.finished.connect(self._forget)

    def start(self, work: Callable[[Progress], Any], *, name: str = "background-work") -> None:
        if self._busy:
            raise RuntimeError("the task is already running")
        self._busy = True
        self._cancel.clear()
        BackgroundTask._running.add(self)
        self._thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; `cancelled` follows if it did."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def busy(self) -> bool:
        """From start() until its outcome has been delivered on the GUI thread: what the
        window goes by, since a thread may end before its signals have been handled."""
        return self._busy

    def is_running(self) -> bool:
        """Whether the worker thread is still alive."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Block until the worker thread ends (its signals are then waiting in the event queue)."""
        if self._thread is not None:
            self._thread.join()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def _run(self, work: Callable[[Progress], Any]) -> None:
        # Every outcome becomes a signal: an exception must never end the thread silently.
        try:
            try:
                result = work(self._progress)
            except Cancelled:
                self.cancelled.emit()
            except Exception as error:  # noqa: BLE001 - shown by the receiver: a sentence, or a bug with details
                self.failed.emit(error)
            else:
                # The work finished even if Cancel came after its last progress report: its result
                # is true (the file exists, the import is committed), so it is reported as done.
                self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def _forget(self) -> None:
        self._busy = False
        BackgroundTask._running.discard(self)


def report_unexpected(error: BaseException) -> None:
    """A bug in background work, shown as the window shows any bug: a dialog with details and
    a log file (app.report_unexpected_error is the window's excepthook)."""
    import sys

    sys.excepthook(type(error), error, error.__traceback__)
