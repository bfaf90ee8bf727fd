"""An account's stored logins: which are kept in the keyring, when and by whom they were last
changed, and setting, revealing, copying, deleting and marking them rotated.

The secrets themselves live only in the operating system's keyring (services.credentials).
This section shows what the database records about them and asks the keyring only when the
user asks for something: every keyring call runs in a worker thread under the service's
time-out and its answer arrives by signal, so a locked or hanging keyring never freezes the
window. A revealed secret hides itself again, and a copied one is taken off the clipboard
again if the clipboard still holds it. With no usable keyring the section says why and how
to fix it; nothing is ever stored anywhere else.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
                               QStyle, QVBoxLayout, QWidget)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.vocabulary import Kind, SecretField
from accountregistry.gui.dialogs.register_account import add_row
from accountregistry.gui.formatting import format_date, format_datetime
from accountregistry.gui.messages import show_message
from accountregistry.gui.tasks import Task, failure_sentence
from accountregistry.services import credentials
from accountregistry.services.credentials import (CredentialStatus, KeyringProblem, KeyringState, KeyringStatus,
                                                  KeyringTimeout, SecretNotFound)
from accountregistry.services.lookups import account_events
from accountregistry.services.people import names_of_logins
from accountregistry.store.database import Database, local_time
from accountregistry.gui.widgets.dialog_parts import chain_tab_order, holding, laid_out, named, plain_label, push_button

_CONTEXT = "CredentialsSection"

# The service's field labels, again as literals so that lupdate can offer them for translation.
FIELD_NAMES = {
    "password": QT_TRANSLATE_NOOP("CredentialsSection", "Login password"),
    "recovery_codes": QT_TRANSLATE_NOOP("CredentialsSection", "Recovery codes"),
    "two_factor_notes": QT_TRANSLATE_NOOP("CredentialsSection", "Two-factor notes"),
}

STORABLE_KINDS = (Kind.company, Kind.employee_role)


def field_label(name: str) -> str:
    if name in FIELD_NAMES:
        return QCoreApplication.translate(_CONTEXT, FIELD_NAMES[name])
    return credentials.FIELD_LABELS[name]


# ---------------------------------------------------------------------------
# Keyring calls in a worker thread
# ---------------------------------------------------------------------------


class KeyringJobFailed(Exception):
    """A bug in a keyring job, told by the class name of what was raised: its message or its
    traceback could quote the secret the job was handling."""


def _secret_safe(work: Callable[[], object]) -> Callable[[object], object]:
    """The job as a task's work, with any bug replaced by one that names only its class."""
    def run(_progress: object) -> object:
        try:
            return work()
        except RegistryError:  # KeyringProblem, SecretNotFound, Conflict, ...: codes, never a secret
            raise
        except Exception as error:  # noqa: BLE001 - a bug; reported as one, by class name only
            name = type(error).__name__
        raise KeyringJobFailed(name)  # outside the handler: nothing of the original travels with it
    return run


@dataclass(frozen=True)
class _Job:
    kind: str  # check, set, delete, reveal, copy
    field: str | None


# ---------------------------------------------------------------------------
# The clipboard
# ---------------------------------------------------------------------------


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Takes a copied secret off the clipboard again after a while, unless something else was
    copied since. One per application, so that closing the account's window does not leave the
    secret on the clipboard for good; it keeps a digest of the secret, not the secret."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_unchanged)

    @classmethod
    def instance(cls) -> ClipboardGuard:
        app = QCoreApplication.instance()
        guard = app.findChild(cls, "clipboard-guard")
        if guard is None:
            guard = cls(app)
            guard.setObjectName("clipboard-guard")
        return guard

    def copy(self, text: str, clear_after_ms: int) -> None:
        data = QMimeData()
        data.setText(text)
        # KDE's Klipper and other clipboard managers keep no history of data marked this way.
        data.setData("x-kde-passwordManagerHint", b"secret")
        QGuiApplication.clipboard().setMimeData(data)
        self._digest = _digest(text)
        self._timer.start(clear_after_ms)

    def pending(self) -> bool:
        return self._digest is not None

    def clear_if_unchanged(self) -> None:
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._digest is not None and _digest(clipboard.text()) == self._digest:
            clipboard.clear()
        self._digest = None


# ---------------------------------------------------------------------------
# Typing a secret
# ---------------------------------------------------------------------------


class SecretDialog(QDialog):
    """Asks for one secret: a password twice, hidden as it is typed; codes and notes once."""

    def __init__(self, field: SecretField, *, replacing: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        label = field_label(field.name)
        self.setWindowTitle(self.tr("Replace: {field}").format(field=label) if replacing
                            else self.tr("Store: {field}").format(field=label))
        intro = QLabel(self.tr("It is stored in the operating system's keyring, never in the registry's "
                               "database. Replacing it counts as rotating the login."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.confirm: QLineEdit | None = None
        if field.multiline:
            self.entry: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.entry.setTabChangesFocus(True)
            self.entry.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                           | Qt.InputMethodHint.ImhNoPredictiveText)
            self.entry.setMinimumHeight(self.entry.fontMetrics().lineSpacing() * 6 + 12)
            add_row(form, label, self.entry)
        else:
            self.entry = QLineEdit()
            self.entry.setEchoMode(QLineEdit.EchoMode.Password)
            self.confirm = QLineEdit()
            self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
            add_row(form, self.tr("&New password"), self.entry)
            add_row(form, self.tr("&Type it again"), self.confirm)
        self.message = plain_label(hidden=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = named(self.buttons.button(QDialogButtonBox.StandardButton.Save), self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        laid_out(QVBoxLayout(self), intro, form, self.message, self.buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())
        self.entry.setFocus()

    def secret(self) -> str:
        return self.entry.toPlainText() if isinstance(self.entry, QPlainTextEdit) else self.entry.text()

    def problem(self) -> str | None:
        """What is wrong with what was typed, in words that never repeat it."""
        secret = self.secret()
        label = field_label(self.field.name)
        if not secret.strip():
            return self.tr("{field} is empty; type or paste it.").format(field=label)
        if len(secret) > credentials.MAX_SECRET_LENGTH:
            return self.tr("{field} is too long (at most {count} characters).").format(
                field=label, count=credentials.MAX_SECRET_LENGTH)
        if self.confirm is not None and self.confirm.text() != secret:
            return self.tr("The two passwords are not the same; type them again.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            show_message(self.message, problem)
            if self.confirm is not None and self.confirm.text() != self.entry.text():
                self.confirm.clear()
                self.confirm.setFocus()
            else:
                self.entry.setFocus()
            return
        super().accept()

    def clear_secret(self) -> None:
        """Forget what was typed: the dialog is not kept around with the secret in it."""
        self.entry.clear()
        if self.confirm is not None:
            self.confirm.clear()


# ---------------------------------------------------------------------------
# The section
# ---------------------------------------------------------------------------


class _FieldRow:
    """The widgets of one field: what is known about it and what can be done with it."""

    def __init__(self, owner: CredentialsSection, field: SecretField):
        self.field = field
        label = field_label(field.name)
        self.name = plain_label(label, wrap=False, bold=True)
        self.state = plain_label()
        self.state.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # lupdate files owner.tr() under a context called "owner"; the section's own context it is.
        translate = QCoreApplication.translate
        self.set_button = QPushButton()
        self.reveal_button = push_button(translate("CredentialsSection", "Reveal"),
                                         translate("CredentialsSection", "Reveal {field}").format(field=label))
        self.copy_button = push_button(translate("CredentialsSection", "Copy"),
                                       translate("CredentialsSection", "Copy {field}").format(field=label))
        self.delete_button = push_button(translate("CredentialsSection", "Delete…"),
                                         translate("CredentialsSection", "Delete {field}").format(field=label))
        if field.multiline:
            self.revealed: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.revealed.setTabChangesFocus(True)
            self.revealed.setFixedHeight(self.revealed.fontMetrics().lineSpacing() * 4 + 12)
        else:
            self.revealed = QLineEdit()
        self.revealed.setReadOnly(True)
        self.revealed.setAccessibleName(translate("CredentialsSection", "{field}, revealed").format(field=label))
        self.revealed_note = plain_label(wrap=False)
        self.revealed_row = QWidget()
        row = QHBoxLayout(self.revealed_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.revealed, 1)
        row.addWidget(self.revealed_note, 0, Qt.AlignmentFlag.AlignTop)
        self.revealed_row.setVisible(False)
        self.hide_timer = QTimer(owner)
        self.hide_timer.setSingleShot(True)

    def buttons(self) -> list[QPushButton]:
        return [self.set_button, self.reveal_button, self.copy_button, self.delete_button]

    def show_secret(self, secret: str) -> None:
        if isinstance(self.revealed, QPlainTextEdit):
            self.revealed.setPlainText(secret)
        else:
            self.revealed.setText(secret)
            self.revealed.setCursorPosition(0)
        self.revealed_row.setVisible(True)

    def hide_secret(self) -> None:
        self.hide_timer.stop()
        self.revealed.clear()
        self.revealed_row.setVisible(False)

    def is_revealed(self) -> bool:
        return not self.revealed_row.isHidden()


@dataclass(frozen=True)
class CredentialsRead:
    """The database's record of an account's logins (never the secrets), read together (in the
    background when the account window opens)."""

    record: CredentialStatus
    login_names: dict[str, str]  # database login -> the person linked to it
    field_changes: dict[str, tuple[datetime, str]]  # field -> when and by whom it was last stored


def read_credentials(db: Database, account_id: int) -> CredentialsRead:
    changes: dict[str, tuple[datetime, str]] = {}
    for event in account_events(db, account_id):  # newest first
        field = (event.new_values or {}).get("field")
        if event.action in (credentials.SECRET_SET, credentials.SECRET_REPLACE) and field:
            changes.setdefault(field, (event.at, event.actor))
    return CredentialsRead(credentials.credentials_status(db, account_id)[0], names_of_logins(db), changes)


@dataclass(frozen=True)
class _Shown:
    """The section's state, as far as what it shows depends on it."""

    read: bool  # the database's record is read
    storable: bool  # a company or employee-role account
    personal: bool
    stored: frozenset[str]  # the fields on record as stored
    has_secret: bool
    keyring: KeyringStatus | None  # None: not asked yet, or being asked
    busy: bool  # waiting for the keyring's answer

    @classmethod
    def of(cls, section: CredentialsSection) -> _Shown:
        record = section.record
        return cls(read=record is not None, storable=section.storable(),
                   personal=record is not None and record.kind == Kind.personal,
                   stored=frozenset(record.fields) if record else frozenset(),
                   has_secret=bool(record and record.has_secret), keyring=section.keyring,
                   busy=section._current is not None)

    @property
    def fields_shown(self) -> bool:
        return self.storable or bool(self.stored)  # a field stored before the kind changed can be deleted

    @property
    def can_use(self) -> bool:
        return self.keyring is not None and self.keyring.usable and not self.busy


# The section's parts, and in which state each is shown.
_PARTS_SHOWN = (
    ("personal_notice", lambda s: s.read and not s.storable),  # nothing said before the record is read
    ("fields_box", lambda s: s.fields_shown),
    ("intro", lambda s: s.fields_shown),
    ("rotation_box", lambda s: s.storable),
    ("banner", lambda s: s.fields_shown and s.keyring is not None and not s.keyring.usable),
)


@dataclass(frozen=True)
class _FieldButton:
    name: str  # its attribute on _FieldRow
    shown_when_stored: bool  # shown for a stored field (else: on an account that stores logins)
    needs_stored: bool  # usable only when the field is stored
    tip: str  # when it can be used; {field} and {seconds}
    time: str = "reveal_ms"  # the section's attribute that {seconds} tells


# Each field's buttons, in their order on the row.
_FIELD_BUTTONS = (
    _FieldButton("set_button", False, False,
                 QT_TRANSLATE_NOOP("CredentialsSection", "Type the {field} to store it in the keyring.")),
    _FieldButton("reveal_button", False, True,
                 QT_TRANSLATE_NOOP("CredentialsSection", "Show the {field} for {seconds} seconds.")),
    _FieldButton("copy_button", False, True,
                 QT_TRANSLATE_NOOP("CredentialsSection", "Copy the {field}; the clipboard is cleared again after "
                                                         "{seconds} seconds."), "clipboard_ms"),
    _FieldButton("delete_button", True, True,
                 QT_TRANSLATE_NOOP("CredentialsSection", "Remove the {field} from the keyring.")),
)


class CredentialsSection(QWidget):
    """The Credentials tab of an account's window.

    REVEAL_MS and CLIPBOARD_MS say how long a revealed secret
    stays shown and a copied one stays on the clipboard; tests make them short.
    """

    changed = Signal()  # the database's record of the logins changed (for the history)
    job_finished = Signal()  # a keyring call answered, failed or was given up on

    REVEAL_MS = 30_000
    CLIPBOARD_MS = 30_000
    KEYRING_TIMEOUT: float | None = None  # seconds; None is the service's DEFAULT_TIMEOUT
    BUSY_DELAY_MS = 250  # a quick answer shows no busy bar, so nothing flickers

    def __init__(self, db: Database, account_id: int, parent: QWidget | None = None, *, read: bool = True):
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.reveal_ms, self.clipboard_ms = self.REVEAL_MS, self.CLIPBOARD_MS  # tests make them short
        self.keyring_timeout = self.KEYRING_TIMEOUT
        self.keyring: KeyringStatus | None = None  # None: not asked yet, or being asked
        self.record: CredentialStatus | None = None
        self.missing: set[str] = set()  # on record, but the keyring does not hold them
        self.secret_dialog: SecretDialog | None = None
        self._field_changes: dict[str, tuple[datetime, str]] = {}
        self._login_names: dict[str, str] = {}  # database login -> the person linked to it
        self._current: _Job | None = None  # the job whose answer the section waits for

        self.personal_notice = plain_label()
        self.personal_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.personal_notice.setMargin(8)
        self.personal_notice.setAccessibleName(self.tr("No stored logins"))

        self.banner = self._build_banner()
        self.intro = plain_label()

        self.fields_box = QGroupBox(self.tr("Logins kept in the keyring"))
        grid = QGridLayout(self.fields_box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        self.rows: dict[str, _FieldRow] = {}
        for number, field in enumerate(credentials.SECRET_FIELDS):
            row = _FieldRow(self, field)
            self.rows[field.name] = row
            # Centred in the row, so that each field's name reads on the same line as its buttons' text.
            grid.addWidget(row.name, number * 2, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(row.state, number * 2, 1, Qt.AlignmentFlag.AlignVCenter)
            for column, button in enumerate(row.buttons(), start=2):
                grid.addWidget(button, number * 2, column, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(row.revealed_row, number * 2 + 1, 1, 1, 5)
            row.set_button.clicked.connect(lambda _=False, name=field.name: self.ask_for_secret(name))
            row.reveal_button.clicked.connect(lambda _=False, name=field.name: self.toggle_reveal(name))
            row.copy_button.clicked.connect(lambda _=False, name=field.name: self.copy(name))
            row.delete_button.clicked.connect(lambda _=False, name=field.name: self.delete(name))
            row.hide_timer.timeout.connect(row.hide_secret)
            row.hide_timer.timeout.connect(self._update_controls)

        self.rotation_box = QGroupBox(self.tr("Rotation"))
        self.rotation_label = plain_label()
        self.rotated_button = push_button(self.tr("&Mark rotated"), self.tr("Mark rotated"), self.mark_rotated)
        rotation_help = plain_label(self.tr("After the login was changed at the platform, store the new one with "
                                            "Replace…, or mark it rotated when the new one is kept elsewhere. "
                                            "Either way the registry records who did it and when."))
        rotation = QGridLayout(self.rotation_box)
        rotation.addWidget(self.rotation_label, 0, 0)
        rotation.addWidget(self.rotated_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        rotation.addWidget(rotation_help, 1, 0, 1, 2)
        rotation.setColumnStretch(0, 1)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no steps to count: it moves while the keyring is asked
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Waiting for the keyring"))
        self.busy_label = plain_label(self.tr("Waiting for the keyring… If it shows an unlock prompt, answer it."))
        self.stop_button = push_button(self.tr("&Stop waiting"), self.tr("Stop waiting"), self.stop_waiting,
                                       tip=self.tr("Stop waiting for this answer; the keyring may still finish it."))
        self.busy = holding(self.busy_bar, (self.busy_label, 1), self.stop_button)
        self.busy.setVisible(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)

        self.message = named(plain_label(hidden=True), self.tr("Outcome"))

        laid_out(QVBoxLayout(self), self.personal_notice, self.banner, self.intro, self.fields_box, self.busy,
                 self.message, self.rotation_box).addStretch(1)
        # The order they are seen in, top to bottom; creation order would put the banner's and the
        # busy row's buttons elsewhere.
        order = [self.check_button]
        for row in self.rows.values():
            order += [*row.buttons(), row.revealed]
        order += [self.stop_button, self.rotated_button]
        chain_tab_order(order)
        if read:  # else the owner reads it in the background and calls fill()
            self.reload()
        else:
            self._update_controls()

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setAccessibleName(self.tr("Keyring problem"))
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.banner_title = plain_label(wrap=False, bold=True)
        self.banner_text = plain_label(selectable=True)
        self.check_button = push_button(self.tr("Check a&gain"), self.tr("Check the keyring again"), self.check_keyring)
        text = laid_out(QVBoxLayout(), self.banner_title, self.banner_text)
        row = QHBoxLayout(banner)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        banner.setVisible(False)
        return banner

    # -- what the database knows ---------------------------------------------

    def reload(self) -> None:
        """Read the database's record again (after the account's kind changed, for example)."""
        self.fill(read_credentials(self.db, self.account_id))

    def fill(self, read: CredentialsRead) -> None:
        """Show what `read_credentials` read."""
        self.record, self._login_names, self._field_changes = read.record, read.login_names, read.field_changes
        self.missing &= set(self.record.fields)
        if self.isVisible() and self.keyring is None and self._current is None and self._needs_keyring():
            self.check_keyring()
        self._update_controls()

    def storable(self) -> bool:
        return self.record is not None and self.record.kind in STORABLE_KINDS

    def _needs_keyring(self) -> bool:
        # A personal account stores nothing; one that was stored before its kind changed can be deleted.
        return self.storable() or bool(self.record and self.record.fields)

    # -- showing it ------------------------------------------------------------

    def _update_controls(self) -> None:
        state = _Shown.of(self)
        for part, when in _PARTS_SHOWN:
            getattr(self, part).setVisible(when(state))
        self.personal_notice.setText(self.tr(
            "This is a personal account: its login belongs to its holder, and the registry does not "
            "store it. Nothing here is offered for it.") if state.personal else self.tr(
            "Record in the Overview whether this is a company, employee-role or personal account; "
            "logins are stored for company and employee-role accounts only."))
        self._show_keyring(state.keyring)
        for name, row in self.rows.items():
            self._show_field(state, name, row)
        self._show_rotation(state)

    def _show_keyring(self, status: KeyringStatus | None) -> None:
        """The banner when the keyring cannot be used, and the introduction naming it when it can."""
        if status is not None and not status.usable:
            self.banner_title.setText(self._banner_title(status.state))
            self.banner_text.setText(self.tr("{reason} The rest of the registry works as usual; logins are "
                                             "never kept anywhere else instead.").format(
                reason=status.problem.sentence()))
        if status is not None and status.usable:
            self.intro.setText(self.tr("Logins of this account are kept in the operating system's keyring "
                                       "({backend}). The registry records only that one is stored, and when "
                                       "and by whom it was last changed.").format(backend=status.backend))
        else:
            self.intro.setText(self.tr("Logins of this account are kept in the operating system's keyring. "
                                       "The registry records only that one is stored, and when and by whom "
                                       "it was last changed."))

    def _why_not(self, state: _Shown) -> str:
        """Why the buttons that ask the keyring cannot be used now ("" when they can)."""
        if state.keyring is None:
            return self.tr("Checking the keyring…")
        if not state.keyring.usable:
            return state.keyring.problem.sentence()
        return self.tr("Wait for the keyring to answer.") if state.busy else ""

    def _show_field(self, state: _Shown, name: str, row: _FieldRow) -> None:
        label, is_stored = field_label(name), name in state.stored
        row.name.setVisible(state.storable or is_stored)
        row.state.setVisible(state.storable or is_stored)
        row.state.setText(self._field_state(name, is_stored))
        row.set_button.setText(self.tr("Replace…") if is_stored else self.tr("Set…"))
        row.set_button.setAccessibleName((self.tr("Replace {field}") if is_stored
                                          else self.tr("Set {field}")).format(field=label))
        row.reveal_button.setText(self.tr("Hide") if row.is_revealed() else self.tr("Reveal"))
        for button in _FIELD_BUTTONS:
            widget = getattr(row, button.name)
            widget.setVisible(is_stored if button.shown_when_stored else state.storable)
            enabled, tip = self._button_state(state, button, row, is_stored)
            widget.setEnabled(enabled)
            widget.setToolTip(tip.format(field=label.lower(), seconds=max(1, round(getattr(self, button.time) / 1000))))

    def _button_state(self, state: _Shown, button: _FieldButton, row: _FieldRow, is_stored: bool) -> tuple[bool, str]:
        """Whether one of a field's buttons can be used, and its tip (with {field} and {seconds})."""
        if button.name == "reveal_button" and row.is_revealed():
            return True, self.tr("Hide the {field} now.")  # hiding never needs the keyring
        if not state.can_use:
            return False, self._why_not(state).replace("{", "{{").replace("}", "}}")
        if button.needs_stored and not is_stored:
            return False, self.tr("No {field} is stored yet.")
        return True, QCoreApplication.translate(_CONTEXT, button.tip)

    def _show_rotation(self, state: _Shown) -> None:
        record, has_secret = self.record, state.has_secret
        if has_secret and record.last_rotated_at is not None:
            self.rotation_label.setText(self.tr("Last stored, replaced or marked rotated on {when} by {who}.").format(
                when=format_datetime(record.last_rotated_at), who=record.last_rotated_by or self.tr("someone")))
        else:
            self.rotation_label.setText(self.tr("No login is stored for this account."))
        self.rotated_button.setEnabled(has_secret and not state.busy)
        self.rotated_button.setToolTip(
            self.tr("Record that the login was changed at the platform, by you, now.") if has_secret
            else self.tr("Store a login first; then its rotation can be recorded."))

    def _banner_title(self, state: KeyringState) -> str:
        if state == KeyringState.locked:
            return self.tr("The keyring is locked")
        if state == KeyringState.timeout:
            return self.tr("The keyring does not answer")
        if state == KeyringState.unavailable:
            return self.tr("No keyring to store logins in")
        return self.tr("The keyring failed")

    def _field_state(self, name: str, stored: bool) -> str:
        if not stored:
            return self.tr("Not stored")
        change = self._field_changes.get(name)
        if name in self.missing and change is not None and change[1] != self.db.actor:
            # Someone else stored it, in their own keyring (a shared registry): say whose.
            who = self._login_names.get(change[1], change[1])
            return self.tr("Stored in {who}'s keyring (set {when})").format(who=who, when=format_date(
                local_time(change[0]).date()))
        if name in self.missing:
            return self.tr("Recorded as stored, but the keyring does not hold it: set it again with Replace…, "
                           "or delete the record.")
        if change is None:
            return self.tr("Stored")
        return self.tr("Stored; set on {when} by {who}").format(when=format_datetime(change[0]), who=change[1])

    def _say(self, text: str, *, problem: bool = False) -> None:
        show_message(self.message, text, error=problem)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Asked when the user opens the tab, not when the window opens: looking may show the
        # keyring's unlock prompt, which should follow something the user did.
        if self.keyring is None and self._current is None and self._needs_keyring():
            self.check_keyring()

    def hideEvent(self, event: QHideEvent) -> None:
        # A secret left revealed on a tab nobody looks at is a secret on screen for whoever comes by.
        for row in self.rows.values():
            row.hide_secret()
        self._update_controls()
        super().hideEvent(event)

    # -- keyring jobs --------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._current is not None

    def _start(self, kind: str, field: str | None, work: Callable[[], object]) -> None:
        # A task of its own for each job: one given up on (stop_waiting) may still answer later.
        job = _Job(kind, field)
        task = Task(self, success=lambda result: self._job_done(job, result, None),
                    failure=lambda problem: self._job_done(job, None, problem))
        self._current = job
        self._say("")
        self._busy_timer.start(self.BUSY_DELAY_MS)
        self._update_controls()
        task.start(_secret_safe(work))

    def _show_busy(self) -> None:
        self.busy.setVisible(self._current is not None)

    def _end_busy(self) -> None:
        self._current = None
        self._busy_timer.stop()
        self.busy.setVisible(False)

    def stop_waiting(self) -> None:
        """Give up on the pending call; its late answer is ignored (a write is read back from the database)."""
        if self._current is None:
            return
        job = self._current
        self._end_busy()
        if job.kind == "check":
            self.keyring = KeyringStatus(KeyringState.timeout, "unknown", KeyringTimeout())
        self._say(self.tr("Stopped waiting for the keyring. If it answers later, the list above is updated."))
        self._update_controls()
        self.job_finished.emit()

    def _job_done(self, job: _Job, result: object, problem: object) -> None:
        if job is not self._current:
            # Given up on; a write may still have happened, which the database now records.
            if job.kind in ("set", "delete") and problem is None:
                self.reload()
                self.changed.emit()
            return
        self._end_busy()
        try:
            if problem is not None:
                self._failed(job, problem)
            else:
                self._succeeded(job, result)
        finally:
            self._update_controls()
            self.job_finished.emit()

    def _failed(self, job: _Job, problem: BaseException) -> None:
        if not isinstance(problem, RegistryError):  # a bug, shown in the crash dialog already
            self._say(failure_sentence(problem), problem=True)
            return
        if isinstance(problem, KeyringProblem):
            backend = self.keyring.backend if self.keyring is not None else "unknown"
            self.keyring = KeyringStatus.after(problem, backend)
            return
        if isinstance(problem, SecretNotFound) and job.field is not None:
            self.missing.add(job.field)
            label = field_label(job.field)
            self._say(self.tr("The keyring holds no {field} for this account, although the registry records "
                              "one. Set it again with Replace…, or delete the record.").format(field=label.lower()),
                      problem=True)
            return
        self._say(problem.sentence(), problem=True)
        if job.kind in ("set", "delete"):
            self.reload()  # a refusal can mean the account changed meanwhile

    def _succeeded(self, job: _Job, result: object) -> None:
        field = job.field
        if job.kind == "check":
            status, present = result  # type: ignore[misc]
            self.keyring = status
            if present is not None:
                self.missing = set(self.record.fields if self.record else ()) - set(present)
            return
        label = field_label(field) if field else ""
        if job.kind == "reveal":
            self.missing.discard(field)
            row = self.rows[field]
            row.show_secret(str(result))
            row.revealed_note.setText(self.tr("Hidden again after {seconds} s.").format(
                seconds=max(1, round(self.reveal_ms / 1000))))
            row.hide_timer.start(self.reveal_ms)
        elif job.kind == "copy":
            self.missing.discard(field)
            ClipboardGuard.instance().copy(str(result), self.clipboard_ms)
            self._say(self.tr("Copied the {field}. The clipboard is cleared again after {seconds} s if it still "
                              "holds it.").format(field=label.lower(), seconds=max(1, round(self.clipboard_ms / 1000))))
        elif job.kind == "set":
            self.missing.discard(field)
            self.reload()
            self._say(self.tr("Stored the {field} in the keyring.").format(field=label.lower()))
            self.changed.emit()
        elif job.kind == "delete":
            self.missing.discard(field)
            self.reload()
            self._say(self.tr("Deleted the {field} from the keyring.").format(field=label.lower()))
            self.changed.emit()

    # -- what the user can do -------------------------------------------------------

    def check_keyring(self) -> None:
        """Ask whether the keyring can be used now, and which of the account's logins it holds."""
        if self._current is not None:
            return
        self.keyring = None
        db, account_id, timeout = self.db, self.account_id, self.keyring_timeout

        def check() -> tuple[KeyringStatus, list[str] | None]:
            status = credentials.keyring_status(timeout=timeout)
            if not status.usable:
                return status, None
            try:
                # Looking the logins up is also what tells a locked keyring from a working one.
                return status, credentials.secret_fields_present(db, account_id, timeout=timeout)
            except KeyringProblem as problem:
                return KeyringStatus.after(problem, status.backend), None

        self._start("check", None, check)

    def ask_for_secret(self, name: str) -> None:
        field = next(f for f in credentials.SECRET_FIELDS if f.name == name)
        replacing = bool(self.record and name in self.record.fields)
        dialog = SecretDialog(field, replacing=replacing, parent=self)
        self.secret_dialog = dialog
        dialog.finished.connect(lambda result: self._secret_typed(dialog, result))
        dialog.open()

    def _secret_typed(self, dialog: SecretDialog, result: int) -> None:
        self.secret_dialog = None
        secret = dialog.secret() if result == QDialog.DialogCode.Accepted else None
        dialog.clear_secret()
        dialog.deleteLater()
        if secret is None:
            return
        db, account_id, name, timeout = self.db, self.account_id, dialog.field.name, self.keyring_timeout
        self._start("set", name, lambda: credentials.set_secret(db, account_id, name, secret, timeout=timeout))

    def toggle_reveal(self, name: str) -> None:
        row = self.rows[name]
        if row.is_revealed():
            row.hide_secret()
            self._update_controls()
            return
        db, account_id, timeout = self.db, self.account_id, self.keyring_timeout
        self._start("reveal", name, lambda: credentials.get_secret(db, account_id, name, timeout=timeout))

    def copy(self, name: str) -> None:
        db, account_id, timeout = self.db, self.account_id, self.keyring_timeout
        self._start("copy", name, lambda: credentials.get_secret(db, account_id, name, timeout=timeout))

    def confirm_delete(self, name: str) -> bool:
        """Asked before deleting; tests replace it on the instance."""
        label = field_label(name)
        answer = QMessageBox.question(
            self, self.tr("Delete {field}").format(field=label),
            self.tr("Delete the {field} from the keyring? It cannot be brought back; the registry keeps only "
                    "the record that it was deleted.").format(field=label.lower()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self, name: str) -> None:
        if not self.confirm_delete(name):
            return
        self.rows[name].hide_secret()
        db, account_id, timeout = self.db, self.account_id, self.keyring_timeout
        self._start("delete", name, lambda: credentials.delete_secret(db, account_id, name, timeout=timeout))

    def mark_rotated(self) -> None:
        # Only the database is written: quick, and possible while the keyring is unavailable.
        try:
            credentials.mark_rotated(self.db, self.account_id)
        except RegistryError as error:
            self._say(error.sentence(), problem=True)
            self.reload()
            return
        self.reload()
        self._say(self.tr("Recorded that the login was rotated."))
        self.changed.emit()
