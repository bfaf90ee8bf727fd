"""File → Database…: where the registry is, this computer's one file or a shared server (host,
port, database, login, password, TLS mode). The connection is tested before anything is saved;
the password goes into the OS keyring, never into the settings. The window opens the chosen
database at its next start (gui/database_choice.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from accountregistry.domain.errors import RegistryError, ValidationError
from accountregistry.gui.database_choice import FILE, SERVER, DatabaseChoice, overridden, save_choice, saved_choice
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row, set_combo_data
from accountregistry.gui.messages import show_message
from accountregistry.gui.tasks import Task
from accountregistry.services.server_connection import (DEFAULT_PORT, ServerAddress, TlsMode, checked_address,
                                                        store_password, stored_password, try_connection)
from accountregistry.store.database import default_location
from accountregistry.gui.widgets.dialog_parts import holding, laid_out, line_edit, plain_label, save_and_cancel


def _test_and_keep(choice: DatabaseChoice, password: str, keep: bool) -> bool:
    """The background work of Test and Save: connect as the window would; when saving, put the
    typed password into the keyring (only after the connection worked)."""
    if choice.kind == FILE:
        return try_connection(choice.file or default_location())
    server = choice.server
    assert server is not None
    found = try_connection(server.location(password or stored_password(server)))
    if keep and password:
        store_password(server, password)
    return found


class ServerFields(QWidget):
    """A shared server's address as a form (host, port, database, login, password, TLS mode):
    File → Database… and File → Copy to a server… both ask for one."""

    def __init__(self, messages: FieldMessages, parent: QWidget | None = None):
        super().__init__(parent)
        self.host = line_edit(self.tr("e.g. db.nordlys.dk"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(self.port.sizeHint().width() + 40)
        self.database = line_edit(self.tr("e.g. registry"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: the one kept in the keyring"))
        self.tls_mode = QComboBox()
        for mode, text in ((TlsMode.prefer, self.tr("Encrypt when the server offers it (prefer)")),
                           (TlsMode.require, self.tr("Always encrypt (require)")),
                           (TlsMode.verify_ca, self.tr("Encrypt and check the server's certificate (verify-ca)")),
                           (TlsMode.verify_full, self.tr("Encrypt and check certificate and name (verify-full)")),
                           (TlsMode.disable, self.tr("Never encrypt (disable)"))):
            self.tls_mode.addItem(text, str(mode))
        form = QFormLayout(self)
        add_row(form, self.tr("Ser&ver"), self.host, messages, "host")
        add_row(form, self.tr("&Port"), self.port, messages, "port")
        add_row(form, self.tr("&Database"), self.database, messages, "database")
        add_row(form, self.tr("&Login"), self.user, messages, "user")
        add_row(form, self.tr("Pass&word"), self.password)
        add_row(form, self.tr("T&LS"), self.tls_mode, messages, "tls_mode")

    def load(self, server: ServerAddress) -> None:
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database.setText(server.database)
        self.user.setText(server.user)
        set_combo_data(self.tls_mode, str(server.tls_mode))

    def address(self) -> ServerAddress:
        """The address as typed; a ValidationError names each wrong field."""
        return checked_address(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                               self.tls_mode.currentData())


class DatabaseDialog(QDialog):
    tested = Signal()  # a test or a save has its outcome (shown in `result`)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Database"))
        self.refusal: RegistryError | None = None  # why the last test failed, if it did
        self.messages = FieldMessages(self)
        self.task = Task(self, success=self._tested, failure=self._refused, finished=self._idle)
        self._saving = False

        self.on_this_computer = QRadioButton(self.tr("&This computer (one file)"))
        self.on_server = QRadioButton(self.tr("A &shared server (PostgreSQL)"))
        kinds = QButtonGroup(self)
        for button in (self.on_this_computer, self.on_server):
            kinds.addButton(button)
            button.toggled.connect(self._show_kind)

        self.file = line_edit(str(default_location()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.file_form = QFormLayout()
        add_row(self.file_form, self.tr("&File"), holding((self.file, 1), browse))
        self.file.setAccessibleName(self.tr("File"))

        self.server_box = ServerFields(self.messages)
        fields = self.server_box
        self.host, self.port, self.database, self.user, self.password, self.tls_mode = (
            fields.host, fields.port, fields.database, fields.user, fields.password, fields.tls_mode)
        self.file_box = QWidget()
        self.file_box.setLayout(self.file_form)
        for box in (self.server_box, self.file_box):
            box.layout().setContentsMargins(24, 0, 0, 0)

        self.outcome = plain_label(hidden=True)
        note = plain_label(self.tr("Account Registry opens the chosen database the next time it starts. The password "
                                   "is kept in the system's keyring, never in the settings."))
        self.override_note = plain_label()
        if overridden():
            self.override_note.setText(self.tr("While the environment variable ACCOUNTREGISTRY_DB is set, it decides "
                                               "the database instead."))
        self.override_note.setVisible(bool(overridden()))

        self.buttons, self.save_button = save_and_cancel(self, lambda: self.test(keep=True))
        self.test_button = self.buttons.addButton(self.tr("&Test the connection"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setAccessibleName(self.test_button.text().replace("&", ""))
        self.test_button.clicked.connect(lambda: self.test(keep=False))

        layout = laid_out(QVBoxLayout(self), self.on_this_computer, self.file_box, self.on_server, self.server_box,
                          self.outcome, note, self.override_note)
        laid_out(layout, 1, self.buttons)
        self.load(saved_choice(settings))
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def load(self, choice: DatabaseChoice) -> None:
        self.file.setText(choice.file)
        if choice.server is not None:
            self.server_box.load(choice.server)
        (self.on_server if choice.kind == SERVER else self.on_this_computer).setChecked(True)
        self._show_kind()

    def _show_kind(self) -> None:
        self.file_box.setEnabled(self.on_this_computer.isChecked())
        self.server_box.setEnabled(self.on_server.isChecked())

    def _browse(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Registry file"), self.file.text() or
                                                    str(default_location()),
                                                    self.tr("Registry files (*.sqlite3);;All files (*)"),
                                                    options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.file.setText(path)

    def collect(self) -> DatabaseChoice:
        """The choice as typed; a ValidationError names each wrong field of a server address."""
        if self.on_this_computer.isChecked():
            text = self.file.text().strip()
            return DatabaseChoice(kind=FILE, file=str(Path(text).expanduser()) if text else "",
                                  server=saved_choice(self.settings).server)
        return DatabaseChoice(kind=SERVER, file=self.file.text().strip(), server=self.server_box.address())

    def test(self, *, keep: bool) -> None:
        """Connect in the background; with keep (Save), save the choice once it worked."""
        if self.task.busy():
            return
        self.messages.clear()
        self.refusal = None
        try:
            choice = self.collect()
        except ValidationError as error:
            self.messages.show(error.sentences())
            return
        self._saving = keep
        self._choice = choice
        password = self.password.text()
        show_message(self.outcome, self.tr("Connecting…"), error=False)
        for button in (self.test_button, self.save_button):
            button.setEnabled(False)
        self.task.start(lambda _progress: _test_and_keep(choice, password, keep))

    def _tested(self, holds_registry: bool) -> None:
        if holds_registry:
            text = self.tr("Connected: the database holds a registry.")
        else:
            text = self.tr("Connected: there is no registry yet; Account Registry creates it when it opens the "
                           "database.")
        show_message(self.outcome, text, error=False)
        if self._saving:
            save_choice(self.settings, self._choice)
            self.accept()
        self.tested.emit()

    def _refused(self, error: BaseException) -> None:
        self.refusal = error if isinstance(error, RegistryError) else None
        if isinstance(error, RegistryError):
            show_message(self.outcome, error.sentence())
        else:
            show_message(self.outcome, self.tr("The connection could not be tested."))
        self.tested.emit()

    def _idle(self) -> None:
        for button in (self.test_button, self.save_button):
            button.setEnabled(True)
