"""Saving a printable document as a PDF from a window: ask where (a file dialog that opens in the
folder last chosen, else the documents folder), then read the registry, build the document in the
window's language and write it off the GUI thread (gui/tasks.Task, gui/documents.write_pdf).
What is refused (a folder, a missing folder, a file that cannot be written) comes back as its
sentence; nothing half-written is left.

    self.saver = PdfSaver(self, say=lambda text, error: show_message(self.message, text, error=error))
    self.saver.save(self.tr("Save the holder's agreement as PDF"), "agreement.pdf",
                    lambda: (agreement_html(...), title))   # runs in the background
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from accountregistry.gui.documents import write_pdf
from accountregistry.gui.file_folders import choose_file_to_save
from accountregistry.gui.tasks import Task, failure_sentence

Build = Callable[[], tuple[str, str]]  # () -> (html, title); runs off the GUI thread


class PdfSaver(QObject):
    written = Signal(str)  # the file's path
    failed = Signal(str)  # the refusal's sentence

    def __init__(self, owner: QWidget, *, say: Callable[[str, bool], object]):
        super().__init__(owner)
        self.owner = owner
        self.say = say
        self.task = Task(owner, success=self._written, failure=self._failed)

    def ask_path(self, caption: str, suggested: str) -> str | None:
        """The seam tests replace: where to write; None when the user cancels."""
        return choose_file_to_save(self.owner, caption, suggested, self.tr("PDF files (*.pdf)"))

    def busy(self) -> bool:
        return self.task.busy()

    def save(self, caption: str, suggested: str, build: Build) -> bool:
        """Ask where, then write in the background; False when the user cancelled or a write runs."""
        if self.task.busy():
            return False
        path = self.ask_path(caption, suggested)
        if not path:
            return False
        if not Path(path).suffix and not Path(path).is_dir():  # a folder is refused as it is
            path += ".pdf"
        self.say(self.tr("Writing…"), False)

        def work(_progress) -> Path:
            source, title = build()
            return write_pdf(source, path, title=title)

        self.task.start(work)
        return True

    def _written(self, path: Path) -> None:
        self.say(self.tr("Saved {path}.").format(path=path), False)
        self.written.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        text = failure_sentence(error)
        self.say(text, True)
        self.failed.emit(text)
