"""Reading what a view shows again, off the GUI thread, as often as something changed.

A view asks `read.request()` whenever what it shows may be out of date (it was shown, the user
pressed F5, someone else changed the registry). `read(*arguments())` runs as a Task
(gui/tasks.py): `arguments` is called on the GUI thread as the read starts (what the user
chose: widgets are only touched there), `read` in a worker. One read at a time; a request while
one runs makes exactly one more run after it, since the first may have read before the change.
The result is handed to `show` on the GUI thread, which only puts it on screen: everything that
grows with the registry happens in `read`.

A view that is not on screen need not read at all: `request_if_shown()` only notes that its
contents are stale, and `shown()` (from the view's showEvent) reads if they are, or were never read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from accountregistry.gui.tasks import Task


class BackgroundRead:
    def __init__(self, owner: QWidget | None, read: Callable[..., Any], show: Callable[[Any], object], *,
                 arguments: Callable[[], tuple] = tuple,
                 failure: Callable[[BaseException], object] | None = None,
                 finished: Callable[[], object] | None = None, urgent: bool = False):
        self.read, self.arguments, self.show, self.on_finished = read, arguments, show, finished
        self.owner = owner
        self.task = Task(owner, success=self._read, failure=failure, finished=self._finished, reading=True,
                         urgent=urgent)
        self._again = False
        self.stale = True  # nothing read yet
        self.reads = 0  # finished reads, for tests that wait for the next one

    def request(self) -> None:
        self.stale = False
        if self.task.busy():
            self._again = True
            return
        read, arguments = self.read, self.arguments()
        self.task.start(lambda _progress: read(*arguments))

    def request_if_shown(self) -> None:
        """Read again now if the view is on screen; else when it is shown next."""
        if self.owner.isVisible():
            self.request()
        else:
            self.stale = True

    def shown(self) -> None:
        """The view came on screen: read if what it has is stale (or was never read)."""
        if self.stale:
            self.request()

    def busy(self) -> bool:
        """A read runs, or one more will."""
        return self.task.busy() or self._again

    def _read(self, result: Any) -> None:
        if self._again:
            return  # read before the change that asked again: the next read shows it
        self.show(result)

    def _finished(self) -> None:
        self.reads += 1
        if self._again:
            self._again = False
            self.request()
        elif self.on_finished is not None:
            self.on_finished()
