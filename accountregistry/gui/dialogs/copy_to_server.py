"""File → Copy to a shared server…: the registry in this computer's file moves to an empty
database on a shared server (`accountregistry copy --to URL` in the window). The server is
chosen as on File → Database…; the copy runs in the background with its progress and a Cancel
that leaves the server database empty; a refusal is said under the form. Once copied, the window
offers to use the server from the next start on (the file stays as it was)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from accountregistry.domain.errors import ValidationError
from accountregistry.gui.database_choice import SERVER, DatabaseChoice, save_choice, saved_choice
from accountregistry.gui.dialogs.database_settings import ServerFields
from accountregistry.gui.dialogs.register_account import FieldMessages
from accountregistry.gui.formatting import format_number
from accountregistry.gui.messages import show_message
from accountregistry.gui.tasks import Task, failure_sentence
from accountregistry.gui.widgets.dialog_parts import (cancel_work, laid_out, name_close_button, named, plain_label,
                                                     show_progress)
from accountregistry.services.copy_registry import CopyResult, copy_to_server
from accountregistry.services.server_connection import ServerAddress, store_password, stored_password
from accountregistry.store.database import Database


def _copy_and_keep(db: Database, server: ServerAddress, password: str, progress) -> CopyResult:
    """The background work: copy with the typed password (or the keyring's), and keep a typed
    one in the keyring once the server took it."""
    result = copy_to_server(db, server.location(password or stored_password(server)), progress)
    if password:
        store_password(server, password)
    return result


class CopyToServerDialog(QDialog):
    ended = Signal()  # the copy succeeded, failed or was cancelled (said in `status`)

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.setWindowTitle(self.tr("Copy to a shared server"))
        self.result_: CopyResult | None = None  # what the last copy copied
        self.refusal: BaseException | None = None  # why the last copy failed
        self.switched = False  # the user chose to open the server from the next start on
        self.messages = FieldMessages(self)
        self.task = Task(self, progress=self._show_progress, success=self._copied, failure=self._failed,
                         cancelled=self._cancelled, finished=self._work_ended)

        intro = plain_label(self.tr("Copies everything in {where} (people, accounts, offboarding, settings and the "
                                    "whole history) into an empty database on a shared server, in one go: if anything "
                                    "fails, nothing is copied. The file stays as it is. The login must own the server "
                                    "database.").format(where=db.describe()))
        self.server_fields = ServerFields(self.messages)
        saved = saved_choice(settings).server
        if saved is not None:
            self.server_fields.load(saved)
        self.progress = named(QProgressBar(), self.tr("Copy progress"))
        self.progress.setVisible(False)
        self.status = plain_label(hidden=True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

        laid_out(QVBoxLayout(self), intro, self.server_fields, self.progress, self.status, 1, self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def copy(self) -> None:
        if self.task.busy():
            return
        self.messages.clear()
        self.refusal = None
        try:
            server = self.server_fields.address()
        except ValidationError as error:
            self.messages.show(error.sentences())
            return
        self._server = server
        password = self.server_fields.password.text()
        self._set_working(True)
        self.progress.setRange(0, 0)  # busy until the first report gives a total
        self.progress.setVisible(True)
        show_message(self.status, self.tr("Connecting…"), error=False)
        db = self.db
        self.task.start(lambda progress: _copy_and_keep(db, server, password, progress))

    def reject(self) -> None:
        if not cancel_work(self.task, self.close_button, self.status, self.tr("Cancelling…")):
            super().reject()

    def _set_working(self, working: bool) -> None:
        self.server_fields.setEnabled(not working)
        self.copy_button.setEnabled(not working)
        name_close_button(self.close_button, cancels=working)

    def _show_progress(self, done: int, total: int) -> None:
        if not self.task.cancel_requested():
            show_progress(self.progress, done, total, self.status, self.tr("Copied {done} of {total} rows…"))

    def _copied(self, result: CopyResult) -> None:
        self.result_ = result
        show_progress(self.progress, 1, 1)
        show_message(self.status, self.tr("Copied {rows} rows ({people} people, {accounts} accounts, {events} "
                                          "events in the history) to {where}.").format(
            rows=format_number(sum(result.counts.values())), people=format_number(result.counts.get("person", 0)),
            accounts=format_number(result.counts.get("account", 0)),
            events=format_number(result.counts.get("audit_event", 0)), where=result.target), error=False)
        self.ended.emit()
        self.offer_switch()

    def offer_switch(self) -> None:
        """Ask whether the window should open the server from its next start on."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Use the shared server from now on?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(self.tr("Account Registry opens the server at its next start, as if you had chosen "
                                       "it on File → Database…. The file stays where it is."))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda answer: self._switch() if answer == QMessageBox.StandardButton.Yes else None)
        self.switch_box = box
        box.open()

    def _switch(self) -> None:
        save_choice(self.settings, DatabaseChoice(kind=SERVER, file=saved_choice(self.settings).file,
                                                  server=self._server))
        self.switched = True

    def _failed(self, error: BaseException) -> None:
        self.refusal = error
        self.progress.setVisible(False)
        show_message(self.status, self.tr("Not copied. {reason}").format(reason=failure_sentence(error)))
        self.ended.emit()

    def _cancelled(self) -> None:
        self.progress.setVisible(False)
        show_message(self.status, self.tr("The copy was cancelled; nothing was copied to the server."),
                     error=False)
        self.ended.emit()

    def _work_ended(self) -> None:
        self._set_working(False)
