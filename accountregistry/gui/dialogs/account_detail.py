"""One account's window: its record, its administrators, its handover terms and its history.

Opening it never holds the main window up: the window is made a tab at a time, one turn of the
event loop each, while everything it shows is read at once in the background (`read_account`,
a BackgroundRead); it is shown once both are done. What the user changes here afterwards is
read again at once (one account's rows)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain import platforms
from accountregistry.domain.risks import RiskRule
from accountregistry.domain.errors import Conflict, RegistryError, ValidationError
from accountregistry.domain.hidden_characters import show_hidden
from accountregistry.domain.messages import LABEL_CONTEXT
from accountregistry.domain.vocabulary import CONTROLLING_ROLES, EmploymentStatus, Kind, Role
from accountregistry.gui.dialogs.handover_terms import HandoverTermsDialog
from accountregistry.gui.dialogs.register_account import (
    DISPOSITION_NAMES,
    KIND_NAMES,
    TWO_FACTOR_NAMES,
    AccountForm,
    FieldMessages,
    add_row,
    date_edit,
)
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.formatting import capitalised, format_date, format_datetime, words
from accountregistry.gui.i18n import TranslatedTable, risk_text, severity_text
from accountregistry.gui.messages import show_message
from accountregistry.gui.tasks import NEXT_TURN_MS
from accountregistry.gui.widgets.agreements_section import AgreementsRead, AgreementsSection, read_agreements
from accountregistry.gui.widgets.record_table import fill_table, read_only_table
from accountregistry.gui.widgets.consent_section import ConsentSection, ConsentSectionRead, read_consent_section
from accountregistry.gui.widgets.credentials_section import (
    CredentialsRead,
    CredentialsSection,
    field_label,
    read_credentials,
)
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services import credentials
from accountregistry.services.accounts import get_account, update_account
from accountregistry.services.case_reading import account_name
from accountregistry.services.handover import terms_history
from accountregistry.services.organisation import get_settings
from accountregistry.services.lookups import (
    AdministratorRow,
    account_events,
    administrators_of_account,
    person_ids_in_events,
    person_names,
)
from accountregistry.services.people import names_of_logins
from accountregistry.services.reviews import resolve_change_flag
from accountregistry.services.risks import account_risks
from accountregistry.services.roles import grant_role, revoke_role
from accountregistry.store.database import Database
from accountregistry.store.fields import label_of
from accountregistry.store.models import Account, AuditEvent, HandoverTerms, OrganisationSettings
from accountregistry.gui.widgets.dialog_parts import (holding, laid_out, line_edit, named, out_of_sight, plain_label,
                                                     push_button)

# Severity told by shape as well as by words, as on the badges: ▲ high, ◆ medium, ● low.
SEVERITY_MARKERS = {"high": "▲", "medium": "◆", "low": "●"}

# ---------------------------------------------------------------------------
# The audit trail in words
# ---------------------------------------------------------------------------

# What the audit trail's records hold besides the entities' fields (store/models.py names those).
OTHER_LABELS = TranslatedTable("AccountDetail", {
    "note": QT_TRANSLATE_NOOP("AccountDetail", "Note"),
    "reason": QT_TRANSLATE_NOOP("AccountDetail", "Reason"),
    "changes": QT_TRANSLATE_NOOP("AccountDetail", "Changes in the registry"),
    "source": QT_TRANSLATE_NOOP("AccountDetail", "Source"),  # the file an import read
})


def record_field_label(entity: str, field: str) -> str:
    """A field of an audit record (`entity` is its table) as the history names it, translated."""
    declared = label_of(entity, field)
    if declared is not None:
        return QCoreApplication.translate(LABEL_CONTEXT, declared)
    return OTHER_LABELS[field] if field in OTHER_LABELS else words(field).capitalize()


# Fields that name a person by id; other *_id fields (the case, the account) are numbers.
_PERSON_FIELDS = frozenset({"holder_id", "successor_id", "person_id", "assignee_person_id", "asked_by_id",
                            "escalation_id", "manager_id"})
# Said in the event's own line, so not repeated below it.
_IN_SUMMARY = {
    "register": {"platform", "presence", "handle", "url"},
    "grant": {"account_id", "person_id", "person_name", "role", "granted_by"},
    "revoke": {"person_id", "person_name", "role"},
    "agree": {"version"},
    "plan": {"case_id", "account_id", "action"},
    # A row an import added: its line names the account, the role and person, or the version
    # (_SUMMARIES). An account an import changed lists every change (no old values here).
    "import": {"platform", "presence", "handle", "account_id", "person_id", "person_name", "role", "granted_by",
               "version"},
    # A consent record is the account's own: its id is the window's.
    "give": {"account_id"},
    "withdraw": {"account_id"},
    # The field stored, replaced or deleted is named in the event's own line.
    credentials.SECRET_SET: {"field", "change"},
    credentials.SECRET_REPLACE: {"field", "change"},
    credentials.SECRET_DELETE: {"field", "change"},
}
_LONGEST_VALUE = 80


def _person(value: object, names: dict[int, str]) -> str | None:
    if not isinstance(value, int):
        return None
    return names.get(value) or QCoreApplication.translate("AccountDetail", "person no. {number}").format(number=value)


def _named(table: dict) -> Callable[[object, dict[int, str]], str]:
    return lambda value, _names: next((text for key, text in table.items() if key is not None and key.value == value),
                                      words(value))


def _read(parse: Callable, show: Callable) -> Callable[[object, dict[int, str]], str | None]:
    """A date or a moment stored as ISO text, shown as the window writes it (as it is if unreadable)."""
    def shown(value: object, _names: dict[int, str]) -> str | None:
        if not isinstance(value, str):
            return None
        try:
            return show(parse(value))
        except ValueError:
            return value
    return shown


_ON_DAY, _AT_MOMENT = _read(date.fromisoformat, format_date), _read(datetime.fromisoformat, format_datetime)
# How a field's value is said, by the field's name, else by its ending; None from one: as free text.
_SAID_BY_FIELD: dict[str, Callable[[object, dict[int, str]], str | None]] = {
    **dict.fromkeys(_PERSON_FIELDS, _person),
    "platform": lambda value, _names: platforms.platform_name(str(value)),  # an id no platform has: as it is
    "kind": _named(KIND_NAMES), "two_factor": _named(TWO_FACTOR_NAMES), "disposition": _named(DISPOSITION_NAMES),
    "last_working_day": _ON_DAY,
    **dict.fromkeys(("status", "presence", "role", "channel", "employment_status"), lambda value, _names: words(value)),
}
_SAID_BY_ENDING = {"_on": _ON_DAY, "_at": _AT_MOMENT}


def value_in_words(field: str, value: object, names: dict[int, str]) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("AccountDetail", "yes") if value else QCoreApplication.translate(
            "AccountDetail", "no")
    say = _SAID_BY_FIELD.get(field) or _SAID_BY_ENDING.get(field[-3:])
    said = say(value, names) if say else None
    if said is not None:
        return said
    # Free text (notes, reasons) keeps invisible characters; here they are shown, not obeyed.
    text = show_hidden(" ".join(str(value).split()))
    return text if len(text) <= _LONGEST_VALUE else text[:_LONGEST_VALUE - 1] + "…"


def change_lines(event: AuditEvent, names: dict[int, str]) -> list[str]:
    """Each changed field as “old” → “new”, in the order the record lists them."""
    old, new = event.old_values or {}, event.new_values or {}
    changed_by_import = event.action == "import" and event.old_values
    skip = set() if changed_by_import else _IN_SUMMARY.get(event.action, set())
    lines = []
    for field in list(dict.fromkeys([*new, *old])):
        if field in skip:
            continue
        label = record_field_label(event.entity, field)
        before, after = value_in_words(field, old.get(field), names), value_in_words(field, new.get(field), names)
        if before == after:
            continue  # a registration lists every field, most of them still blank
        # A grant or a revocation, and any reason, states facts; there is no earlier value to compare.
        if event.action in ("grant", "revoke") or field in ("reason", "note", "waive_reason", "source"):
            lines.append(QCoreApplication.translate("AccountDetail", "{field}: {value}").format(
                field=label, value=after))
        else:
            lines.append(QCoreApplication.translate("AccountDetail", "{field}: “{old}” → “{new}”").format(
                field=label, old=before, new=after))
    return lines


def _role_and_person(_event: AuditEvent, new: dict, names: dict[int, str]) -> dict[str, str]:
    role = words(new["role"]) if new.get("role") else QCoreApplication.translate("AccountDetail", "a role")
    return {"role": role, "person": new.get("person_name") or value_in_words("person_id", new.get("person_id"), names)}


def _account_words(_event: AuditEvent, new: dict, _names: dict[int, str]) -> dict[str, str] | None:
    """The account as the offboarding says it (none "Andet-side" for a platform not known)."""
    return {"account": account_name(new["platform"], new["presence"], None, new.get("handle") or "").sentence()
            } if new.get("platform") and new.get("presence") else None


def _agreement_words(event: AuditEvent, new: dict, names: dict[int, str]) -> dict[str, object]:
    return {"person": _role_and_person(event, new, names)["person"], "channel": words(new.get("channel", "")),
            "document": words(new.get("kind", "holder_agreement")), "version": new.get("terms_version") or "–"}


def _secret_field(_event: AuditEvent, new: dict, _names: dict[int, str]) -> dict[str, str]:
    """The field of a stored login whose change is said; the audit trail names the field, never the secret."""
    field = new.get("field")
    return {"field": field_label(field).lower() if field in credentials.FIELDS
            else QCoreApplication.translate("AccountDetail", "login")}


def _version(_event: AuditEvent, new: dict, _names: dict[int, str]) -> dict:
    return {"version": new.get("version", "?")}


# An event said in one line whatever it recorded: the first row of its (table, action) (None:
# any) whose words (a function of the event, its new values and people's names; None: no words)
# are not None. An account import's rows (services/import_trail) name their file below the line.
_Words = Callable[[AuditEvent, dict, dict[int, str]], dict | None]
_SUMMARIES: tuple[tuple[str | None, str | None, str, _Words | None], ...] = (
    (None, "register", QT_TRANSLATE_NOOP("AccountDetail", "Registered the {account}"), _account_words),
    (None, "grant", QT_TRANSLATE_NOOP("AccountDetail", "Granted {role} to {person}"), _role_and_person),
    ("account", "import", QT_TRANSLATE_NOOP("AccountDetail", "Changed the account in an import"),
     lambda event, _new, _names: {} if event.old_values else None),
    ("account", "import", QT_TRANSLATE_NOOP("AccountDetail", "Imported the {account}"), _account_words),
    ("account_role", "import", QT_TRANSLATE_NOOP("AccountDetail", "Granted {role} to {person} in an import"),
     _role_and_person),
    ("handover_terms", "import", QT_TRANSLATE_NOOP("AccountDetail", "Imported handover terms, version {version}"),
     _version),
    (None, "revoke", QT_TRANSLATE_NOOP("AccountDetail", "Revoked {role} from {person}"), _role_and_person),
    # A change to a record of the account other than the account's own (e.g. a note or a reason
    # anonymising rewrote, an item's due date): the field is named in the lines below.
    ("account_role", "update", QT_TRANSLATE_NOOP("AccountDetail", "Changed the record of a role"), None),
    ("handover_terms", "update", QT_TRANSLATE_NOOP("AccountDetail", "Changed recorded handover terms"), None),
    ("checklist_item", "update", QT_TRANSLATE_NOOP("AccountDetail", "Changed an offboarding checklist item"), None),
    ("consent_record", "update",
     QT_TRANSLATE_NOOP("AccountDetail", "Changed the record of the holder's ambassador consent"), None),
    ("agreement", "update", QT_TRANSLATE_NOOP("AccountDetail", "Changed the record of an agreement"), None),
    ("agreement", None, QT_TRANSLATE_NOOP("AccountDetail", "Recorded {person}'s {document} ({channel}), covering "
                                                           "terms version {version}"), _agreement_words),
    ("attachment", "remove_on_anonymising",
     QT_TRANSLATE_NOOP("AccountDetail", "Removed signed scan {scan}: the person who signed it was anonymised"),
     lambda event, _new, _names: {"scan": event.entity_id}),
    ("attachment", None, QT_TRANSLATE_NOOP("AccountDetail", "Kept a signed scan with agreement {agreement}: {file}"),
     lambda _event, new, _names: {"agreement": new.get("agreement_id", "?"),
                                  "file": new.get("file_name") or "–"}),  # erased: anonymised
    (None, "agree", QT_TRANSLATE_NOOP("AccountDetail", "Agreed handover terms, version {version}"), _version),
    ("account", "update", QT_TRANSLATE_NOOP("AccountDetail", "Changed the account"), None),
    (None, "archive", QT_TRANSLATE_NOOP("AccountDetail", "Archived the account"), None),
    (None, "review", QT_TRANSLATE_NOOP("AccountDetail", "Confirmed the record in a review"), None),
    (None, "flag_for_change", QT_TRANSLATE_NOOP("AccountDetail", "Flagged the record for change in a review"), None),
    (None, "resolve_change_flag", QT_TRANSLATE_NOOP("AccountDetail", "Resolved the review's flag for change"), None),
    ("consent_record", "give", QT_TRANSLATE_NOOP("AccountDetail", "Recorded the holder's ambassador consent"), None),
    ("consent_record", "withdraw",
     QT_TRANSLATE_NOOP("AccountDetail", "Recorded that the holder's ambassador consent is withdrawn"), None),
    ("checklist_item", "plan", QT_TRANSLATE_NOOP("AccountDetail", "Planned an offboarding checklist item"), None),
    ("checklist_item", "complete", QT_TRANSLATE_NOOP("AccountDetail", "Ticked off an offboarding checklist item"),
     None),
    ("checklist_item", "waive", QT_TRANSLATE_NOOP("AccountDetail", "Waived an offboarding checklist item"), None),
    ("checklist_item", "reopen", QT_TRANSLATE_NOOP("AccountDetail", "Reopened an offboarding checklist item"), None),
    (None, credentials.SECRET_SET, QT_TRANSLATE_NOOP("AccountDetail", "Stored the {field} in the keyring"),
     _secret_field),
    (None, credentials.SECRET_REPLACE, QT_TRANSLATE_NOOP("AccountDetail", "Replaced the {field} in the keyring"),
     _secret_field),
    (None, credentials.SECRET_DELETE, QT_TRANSLATE_NOOP("AccountDetail", "Deleted the {field} from the keyring"),
     _secret_field),
    (None, credentials.SECRET_ROTATED, QT_TRANSLATE_NOOP("AccountDetail", "Marked the login as rotated"), None),
)


def event_summary(event: AuditEvent, names: dict[int, str]) -> str:
    new = event.new_values or {}
    for entity, action, text, words_of in _SUMMARIES:
        if entity in (None, event.entity) and action in (None, event.action):
            said = words_of(event, new, names) if words_of else {}
            if said is not None:
                return QCoreApplication.translate("AccountDetail", text).format(**said)
    return QCoreApplication.translate("AccountDetail", "{action} ({entity})").format(
        action=words(event.action).capitalize(), entity=words(event.entity))


# ---------------------------------------------------------------------------
# The window
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TermsRead:
    versions: list[HandoverTerms]  # newest first
    names: dict[int, str]  # the successors'


@dataclass(frozen=True)
class HistoryRead:
    events: list[AuditEvent]  # newest first
    names: dict[int, str]  # the people the events name
    logins: dict[str, str]  # database login -> the person linked to it


def read_terms(db: Database, account_id: int) -> TermsRead:
    versions = terms_history(db, account_id)
    return TermsRead(versions, person_names(db, [t.successor_id for t in versions]))


def read_history(db: Database, account_id: int) -> HistoryRead:
    events = account_events(db, account_id)
    return HistoryRead(events, person_names(db, person_ids_in_events(events)), names_of_logins(db))


def read_risks(db: Database, account_id: int) -> tuple[RiskRule, ...]:
    return tuple(account_risks(db, [account_id]).get(account_id, ()))


@dataclass(frozen=True)
class AccountRead:
    """Everything the window shows of one account, read together (in the background)."""

    account: Account
    risks: tuple[RiskRule, ...]
    grants: list[AdministratorRow]
    terms: TermsRead
    history: HistoryRead
    credentials: CredentialsRead
    consent: ConsentSectionRead
    agreements: AgreementsRead
    settings: OrganisationSettings  # what the form checks against (the company's domains)


def read_account(db: Database, account_id: int) -> AccountRead:
    return AccountRead(get_account(db, account_id), read_risks(db, account_id),
                       administrators_of_account(db, account_id), read_terms(db, account_id),
                       read_history(db, account_id), read_credentials(db, account_id),
                       read_consent_section(db, account_id), read_agreements(db, account_id), get_settings(db))


class AccountDetailWindow(QWidget):
    """A window of its own, so several accounts can be open side by side."""

    changed = Signal()

    def __init__(self, db: Database, account_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.account_id = account_id
        self._version: int | None = None
        self._dirty = False
        self.resize(980, 720)

        self.heading = plain_label(wrap=False, bold=True, scale=1.25)
        self.subheading = plain_label(wrap=False)
        # Someone else changed the account while this window had unsaved edits (live updates).
        self.elsewhere = plain_label(self.tr("Someone else changed this account. Your unsaved changes are still here; "
                                             "Reload shows theirs instead."))
        self.elsewhere_reload = push_button(self.tr("Re&load"), self.tr("Reload the account"), self._show_theirs)
        self.elsewhere_banner = holding((self.elsewhere, 1), self.elsewhere_reload)
        self.elsewhere_banner.setVisible(False)
        # What puts the account at risk, worst first, with what to do about it.
        self.risks = QLabel()
        self.risks.setWordWrap(True)
        self.risks.setTextFormat(Qt.TextFormat.RichText)
        self.risks.setAccessibleName(self.tr("Risks"))
        self.tabs = named(QTabWidget(), self.tr("Account"))
        self.tabs.addTab(self._overview_tab(), self.tr("Overvie&w"))
        # The other tabs' places; each is made in a turn of its own (see `_make_next`).
        self._to_make: list[tuple[Callable[[], QWidget], str]] = [
            (self._administrators_tab, self.tr("Adm&inistrators")),
            (self._terms_tab, self.tr("Handover te&rms")),
            (self._history_tab, self.tr("Histor&y")),
            # Company and employee-role accounts only; a personal account's tab says why it has none.
            (self._credentials_tab, self.tr("&Credentials")),
            # Personal profiles: ambassador consent; other kinds' tab says they need none.
            (self._consent_tab, self.tr("Am&bassador consent")),
            # Who agreed to what of this account, and whether it is still up to date; signed scans.
            (self._agreements_tab, self.tr("Agreements"))]
        for _make, title in self._to_make:
            self.tabs.addTab(QLabel(self.tr("Loading…")), title)
        self._read: AccountRead | None = None  # read, waiting for the tabs to be made
        self._tabs_to_show: AccountRead | None = None  # shown but for the tabs after the overview
        # The user is waiting for it: it starts even while a view reads (urgent), once the tabs are made.
        self.read = BackgroundRead(self, lambda: read_account(db, account_id), self._account_read, urgent=True)
        laid_out(QVBoxLayout(self), self.heading, self.subheading, self.elsewhere_banner, self.risks, self.tabs)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_overview)
        self.changed.connect(self._load_risks)  # a role, the terms or the record changed here
        self.heading.setText(self.tr("Loading…"))
        self.form.setEnabled(False)
        self._making = False  # the other tabs, once the window is first painted (`wait_until_shown`: not shown)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Made in the turn after the window's, the first tab could come before the window's first
        # paint and share a turn with it (issue 16).
        if not self._making:
            self._making = True
            QTimer.singleShot(NEXT_TURN_MS, self, self._make_next)

    def _make_next(self) -> None:
        """Make the next tab in the place kept for it; once all are, read the account."""
        self._making = True
        if not self._to_make:
            return
        make, title = self._to_make.pop(0)
        at = self.tabs.count() - len(self._to_make) - 1
        placeholder = self.tabs.widget(at)
        current = self.tabs.currentIndex()
        page = make()
        if at != current:
            out_of_sight(page, placeholder)
        self.tabs.removeTab(at)
        self.tabs.insertTab(at, page, title)
        self.tabs.setCurrentIndex(current)
        placeholder.deleteLater()
        if self._to_make:
            QTimer.singleShot(NEXT_TURN_MS, self, self._make_next)
        else:  # read now: beside the tabs' making and the first paint its Python held the lock they wait for
            self.read.request()

    def is_loading(self) -> bool:
        """Until every tab is made and shows what was read (for tests and scripts)."""
        return (bool(self._to_make) or self.read.busy() or self._read is None or self._tabs_to_show is not None
                or self.form.similar_busy())

    def wait_until_shown(self) -> None:
        """Until the account is on screen with everything read (for tests and scripts)."""
        from PySide6.QtWidgets import QApplication

        from accountregistry.gui.tasks import task_manager

        if not (self._making or self.isVisible()):
            self._make_next()
        while self.is_loading():
            QApplication.processEvents()
            task_manager().pool.waitForDone(10)
        QApplication.processEvents()

    def _credentials_tab(self) -> QWidget:
        self.credentials = CredentialsSection(self.db, self.account_id, read=False)  # filled from read_account
        self.credentials.changed.connect(self._after_credentials)
        return self.credentials

    def _consent_tab(self) -> QWidget:
        self.consent = ConsentSection(self.db, self.account_id)
        self.consent.changed.connect(self._after_consent)
        return self.consent

    def _agreements_tab(self) -> QWidget:
        self.agreements = AgreementsSection(self.db, self.account_id, read=False)  # filled from read_account
        self.agreements.changed.connect(self._after_agreement)
        return self.agreements

    # -- building the tabs -------------------------------------------------

    def _overview_tab(self) -> QWidget:
        self.form = AccountForm(self.db, editing=True, read_settings=False)  # they come with the account
        self.form.edited.connect(self._edited)
        self.overview_message = plain_label(hidden=True)
        self.overview_buttons = QDialogButtonBox()
        self.save_button = named(self.overview_buttons.addButton(QDialogButtonBox.StandardButton.Save), self.tr("Save"))
        self.revert_button = self.overview_buttons.addButton(self.tr("Revert"), QDialogButtonBox.ButtonRole.ResetRole)
        self.revert_button.setAccessibleName(self.tr("Revert"))
        # After a stale edit: read the other person's change, keeping this one's typed values in sight.
        self.reload_button = self.overview_buttons.addButton(self.tr("Re&load"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setAccessibleName(self.tr("Reload"))
        self.reload_button.setVisible(False)
        # A review's open flag for change, until someone resolves it (a risk meanwhile).
        self.flag_label = plain_label()
        self.resolve_flag_button = push_button(self.tr("Resolve the flag"), self.tr("Resolve the flag for change"),
                                               self.resolve_flag)
        self.flag_row = holding((self.flag_label, 1), self.resolve_flag_button)
        self.flag_row.setVisible(False)
        self.save_button.clicked.connect(self.save_overview)
        self.revert_button.clicked.connect(self.revert)
        self.reload_button.clicked.connect(self.reload_keeping_mine)
        inner = QWidget()
        laid_out(QVBoxLayout(inner), self.flag_row, self.form, self.overview_message, self.overview_buttons, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop of its own (an invisible, nameless one): it scrolls to the focused field.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        return scroll

    def _administrators_tab(self) -> QWidget:
        self.role_messages = FieldMessages(self)
        # Administrators are the roles the Admins column counts (CONTROLLING_ROLES); the account's
        # other active roles are listed apart, under their own heading, and revoked the same way.
        active_headers = [self.tr("Person"), self.tr("Role"), self.tr("Granted on"), self.tr("Granted by")]
        self.administrators = read_only_table(active_headers, self.tr("Active administrators"))
        self.other_roles = read_only_table(active_headers, self.tr("Other active roles"))
        for table in (self.administrators, self.other_roles):
            table.itemSelectionChanged.connect(lambda table=table: self._role_selected(table))

        revoke_box = QGroupBox(self.tr("Revoke the selected role"))
        revoke_form = QFormLayout(revoke_box)
        self.revoke_reason = line_edit(self.tr("Why the role ends, e.g. left the company, changed team"))
        self.revoked_on = date_edit()
        self.revoke_button = push_button(self.tr("Re&voke"), self.tr("Revoke"), self.revoke_selected)
        self.revoke_button.setEnabled(False)
        add_row(revoke_form, self.tr("R&eason"), self.revoke_reason, self.role_messages, "reason")
        add_row(revoke_form, self.tr("Revoked o&n"), self.revoked_on, self.role_messages, "revoked_on")
        revoke_form.addRow("", self.revoke_button)
        self.role_messages.add_to_form(revoke_form, "revoke")

        grant_box = QGroupBox(self.tr("Grant a role"))
        grant_form = QFormLayout(grant_box)
        self.grant_person = PersonPicker(self.db)
        self.grant_role = QComboBox()
        for role in Role:
            self.grant_role.addItem(words(role).capitalize(), role.value)
        self.grant_role.setCurrentIndex(self.grant_role.findData(Role.admin.value))
        self.granted_on = date_edit()
        self.grant_button = push_button(self.tr("&Grant"), self.tr("Grant"), self.grant)
        add_row(grant_form, self.tr("&Person"), self.grant_person, self.role_messages, "person_id")
        add_row(grant_form, self.tr("Ro&le"), self.grant_role, self.role_messages, "role")
        add_row(grant_form, self.tr("Granted &on"), self.granted_on, self.role_messages, "granted_on")
        grant_form.addRow("", self.grant_button)
        self.role_messages.add_to_form(grant_form, "grant")

        self.role_history = read_only_table([self.tr("Person"), self.tr("Role"), self.tr("Granted on"),
                                             self.tr("Granted by"), self.tr("Revoked on"), self.tr("Revoked by"),
                                             self.tr("Reason")], self.tr("Grants and revocations"))

        actions = laid_out(QHBoxLayout(), (grant_box, 1), (revoke_box, 1))
        tab = QWidget()
        layout = laid_out(QVBoxLayout(tab), QLabel(self.tr("Active administrators")), (self.administrators, 1))
        self.other_roles_section = holding(QLabel(self.tr("Other active roles (not administrators: they cannot add "
                                                          "or remove others)")), self.other_roles, vertical=True)
        laid_out(layout, (self.other_roles_section, 1), actions,
                 QLabel(self.tr("Grants and revocations, newest first")), (self.role_history, 3))
        return tab

    def _terms_tab(self) -> QWidget:
        self.current_terms_label = plain_label()
        self.edit_terms_button = push_button(self.tr("&Edit terms…"), self.tr("Edit terms"), self.edit_terms)
        self.terms_versions = read_only_table([self.tr("Version"), self.tr("Disposition"), self.tr("Agreed on"),
                                               self.tr("Agreed by the holder"), self.tr("Agreed for the company by"),
                                               self.tr("Recorded by")], self.tr("Versions"))
        self.terms_versions.itemSelectionChanged.connect(self._terms_version_selected)
        self.terms_text = named(QTextBrowser(), self.tr("Terms of the selected version"))
        top = QHBoxLayout()
        top.addWidget(self.current_terms_label, 1)
        top.addWidget(self.edit_terms_button, 0, Qt.AlignmentFlag.AlignTop)
        tab = QWidget()
        laid_out(QVBoxLayout(tab), top, QLabel(self.tr("All versions (select one to read it)")),
                 (self.terms_versions, 1), (self.terms_text, 1))
        self.terms_dialog: HandoverTermsDialog | None = None
        return tab

    def _history_tab(self) -> QWidget:
        self.history = named(QTreeWidget(), self.tr("History"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.history.setAlternatingRowColors(True)
        self.history.setUniformRowHeights(True)
        tab = QWidget()
        QVBoxLayout(tab).addWidget(self.history)
        return tab

    # -- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again, in the background (Reload, or someone else changed the account)."""
        self.read.request()

    def _account_read(self, read: AccountRead) -> None:
        self._read = read
        if not self._to_make:
            self._show(read)

    def _show_theirs(self) -> None:
        """The banner's Reload: the account as it is now, in place of the unsaved edits."""
        self._set_dirty(False)
        self.reload()

    def _show(self, read: AccountRead) -> None:
        self.form.setEnabled(True)
        self.form.use_settings(read.settings)
        if self._dirty:  # edited while it was read again: the edits stay, the banner says why
            self.elsewhere_banner.setVisible(True)
        else:
            self.elsewhere_banner.setVisible(False)
            self._show_overview(read.account)
        self._show_risks(read.risks)
        # The other tabs in the next turn: each turn short, the overview first.
        self._tabs_to_show = read
        QTimer.singleShot(NEXT_TURN_MS, self, self._show_tabs)

    def _show_tabs(self) -> None:
        read, self._tabs_to_show = self._tabs_to_show, None
        if read is None:
            return
        self._show_roles(read.grants)
        self._show_terms(read.terms)
        self._show_history(read.history)
        self.credentials.fill(read.credentials)
        self.consent.fill(read.consent)
        self.agreements.fill(read.agreements)

    def _load_overview(self) -> None:
        self._show_overview(get_account(self.db, self.account_id))

    def _show_overview(self, account: Account) -> None:
        self._account = account
        self._version = account.version
        name = platforms.platform_name(account.platform)
        title = account_name(account.platform, account.presence, None, account.handle).sentence()
        # [*] is where Qt shows that there are unsaved changes.
        self.setWindowTitle(self.tr("{account} — {platform}[*]").format(
            account=account.display_name or account.handle, platform=name))
        self.heading.setText(self.tr("{display_name} — {account}").format(display_name=account.display_name,
                                                                          account=title)
                             if account.display_name else capitalised(title))
        self.subheading.setText(f"{KIND_NAMES[account.kind]} · {words(account.status)} · {account.url}")
        self.form.load(account)
        self.flag_row.setVisible(account.change_flagged_on is not None)
        if account.change_flagged_on is not None:
            self.flag_label.setText(self.tr("Flagged for change in a review on {day}: {note}").format(
                day=format_date(account.change_flagged_on), note=account.change_flag_note or ""))
        self.tabs.setTabVisible(self.tabs.indexOf(self.consent), account.kind == Kind.personal)
        self.form.clear_problems()
        self.overview_message.setVisible(False)
        self.reload_button.setVisible(False)
        self._set_dirty(False)

    def changed_elsewhere(self) -> None:
        """Someone else changed the account: show it, unless that would throw away unsaved edits."""
        if self.has_unsaved_changes():
            self.elsewhere_banner.setVisible(True)
            return
        self.reload()

    def _load_risks(self) -> None:
        self._show_risks(read_risks(self.db, self.account_id))

    def _show_risks(self, found: tuple[RiskRule, ...]) -> None:
        if not found:
            self.risks.setText(html.escape(self.tr("Nothing puts this account at risk.")))
            return
        lines = [self.tr("<b>{marker} {risk}</b> ({severity}): {explanation} <i>{what_to_do}</i>").format(
            marker=SEVERITY_MARKERS.get(rule.severity.name, "●"), risk=html.escape(risk_text(rule.id, "title")),
            severity=html.escape(severity_text(rule.severity.name)),
            explanation=html.escape(risk_text(rule.id, "explanation")),
            what_to_do=html.escape(risk_text(rule.id, "what_to_do"))) for rule in found]
        self.risks.setText("<br>".join(lines))

    def person_with_leaving(self, grant) -> str:
        """The person's name, marked when they are leaving or have left (their roles are a risk)."""
        if grant.employment_status == EmploymentStatus.leaving:
            return self.tr("{name} (leaving {day})").format(name=grant.person_name,
                                                            day=format_date(grant.last_working_day))
        if grant.employment_status == EmploymentStatus.left:
            return self.tr("{name} (has left)").format(name=grant.person_name)
        return grant.person_name

    def _load_roles(self) -> None:
        self._show_roles(administrators_of_account(self.db, self.account_id))

    def _show_roles(self, grants: list[AdministratorRow]) -> None:
        active = [g for g in grants if g.active]
        for table, shown in ((self.administrators, [g for g in active if g.role in CONTROLLING_ROLES]),
                             (self.other_roles, [g for g in active if g.role not in CONTROLLING_ROLES])):
            fill_table(table, [[self.person_with_leaving(g), words(g.role), g.granted_on, g.granted_by]
                               for g in shown], [g.role_id for g in shown])
        self.other_roles_section.setVisible(self.other_roles.rowCount() > 0)
        fill_table(self.role_history, [[g.person_name, words(g.role), g.granted_on, g.granted_by, g.revoked_on,
                                         g.revoked_by, g.reason] for g in grants], [g.role_id for g in grants])
        self._role_selected()

    def _load_terms(self) -> None:
        self._show_terms(read_terms(self.db, self.account_id))

    def _show_terms(self, read: TermsRead) -> None:
        self._terms, self._terms_names = read.versions, read.names
        if self._terms:
            current = self._terms[0]
            if current.agreed_on is None:  # imported without a date: proposed, not agreed
                said = self.tr("Current terms (version {version}): {disposition}, proposed and not yet agreed.")
            else:
                said = self.tr("Current terms (version {version}): {disposition}, agreed on {date}.")
            self.current_terms_label.setText(said.format(
                version=current.version, disposition=DISPOSITION_NAMES[current.disposition],
                date=format_date(current.agreed_on)))
        else:
            self.current_terms_label.setText(self.tr("No handover terms are agreed for this account yet."))
        fill_table(self.terms_versions, [[t.version, DISPOSITION_NAMES[t.disposition], t.agreed_on,
                                          self._yes_no(t.agreed_by_holder), t.agreed_by_company, t.recorded_by]
                                         for t in self._terms], [t.version for t in self._terms])
        if self._terms:
            self.terms_versions.selectRow(0)
            self._terms_version_selected()  # the row may have been selected already, for the old first version
        else:
            self.terms_text.clear()

    def _load_history(self) -> None:
        self._show_history(read_history(self.db, self.account_id))

    def _show_history(self, read: HistoryRead) -> None:
        events, names = read.events, read.names
        logins = read.logins
        self.history.clear()
        for event in events:
            # Who the database vouches for (its login), with the person linked to it.
            actor = self.tr("{name} ({login})").format(name=logins[event.actor], login=event.actor) \
                if event.actor in logins else event.actor
            item = QTreeWidgetItem([format_datetime(event.at), actor, event_summary(event, names)])
            for line in change_lines(event, names):
                item.addChild(QTreeWidgetItem(["", "", line]))
            self.history.addTopLevelItem(item)
        self.history.expandAll()
        for column in range(2):
            self.history.resizeColumnToContents(column)

    # -- overview ------------------------------------------------------------

    def _edited(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.setWindowModified(dirty)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def revert(self) -> None:
        """Forget the unsaved changes: the overview shows the registry again."""
        self._load_overview()

    def save_overview(self) -> bool:
        """True when saved (or nothing to save); False leaves the messages beside the fields."""
        if not self._dirty:
            return True
        self.form.clear_problems()
        self.overview_message.setVisible(False)
        data, unreadable = self.form.collect(self._account)
        if unreadable:
            self.form.show_problems(unreadable)
            return False
        try:
            update_account(self.db, self.account_id, data, expected_version=self._version)
        except ValidationError as error:
            show_message(self.overview_message, self.form.show_problems(error.sentences()))
            return False
        except Conflict as error:
            show_message(self.overview_message, error.sentence())
            self.reload_button.setVisible(error.code == "stale_edit")
            return False
        except RegistryError as error:
            show_message(self.overview_message, error.sentence())
            return False
        self._load_overview()
        self._load_history()
        self.credentials.reload()  # the kind decides whether logins can be stored
        self.consent.reload()  # and whether consent is recorded
        self.agreements.reload()  # a changed mandate puts agreements out of date
        self.changed.emit()
        return True

    def resolve_flag(self) -> None:
        """The change a review asked for is made: the follow-up is closed (recorded in the history)."""
        try:
            account = resolve_change_flag(self.db, self.account_id, expected_version=self._version)
        except RegistryError as error:
            show_message(self.overview_message, error.sentence())
            self.reload_button.setVisible(error.code == "stale_edit")
            return
        # Unsaved edits in the form stay: only the flag, the risks and the history are read again.
        self._version = account.version
        self.flag_row.setVisible(False)
        self._load_risks()
        self._load_history()
        self.changed.emit()

    def reload_keeping_mine(self) -> None:
        """Show the account as it is now; beside each field where this window's unsaved value
        differs from it, that value, to enter again (nothing of it is saved by itself)."""
        mine = self.form.shown_values()
        self._load_overview()
        self._load_history()
        theirs = self.form.shown_values()
        for field, value in mine.items():
            if value != theirs.get(field):
                self.form.messages.set(field, self.tr("Your unsaved value: “{value}”").format(value=value or "—"),
                                       warning=True)

    # -- administrators ------------------------------------------------------

    def _selected_active_role(self) -> int | None:
        """The one active role selected, among the administrators or the other roles."""
        chosen = [(table, i.row()) for table in (self.administrators, self.other_roles)
                  for i in table.selectedItems()]
        if len(set(chosen)) != 1:
            return None
        table, row = chosen[0]
        return table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _role_selected(self, table=None) -> None:
        # One selection at a time: choosing in one list lets go of the other's.
        for other in (self.administrators, self.other_roles):
            if table is not None and other is not table and table.selectedItems():
                other.clearSelection()
        self.revoke_button.setEnabled(self._selected_active_role() is not None)

    def grant(self) -> None:
        self.role_messages.clear()
        person_id = self.grant_person.person_id()
        if person_id is None:
            choose = self.tr("Choose the person to grant the role to.")
            self.role_messages.set("person_id", self.grant_person.missing_message(choose))
            return
        try:
            grant_role(self.db, account_id=self.account_id, person_id=person_id,
                       role=self.grant_role.currentData(), granted_on=self.granted_on.date().toPython())
        except RegistryError as error:
            self.role_messages.show_refusal(error, "grant")
            return
        self.grant_person.set_person_id(None)
        self._after_role_change()

    def revoke_selected(self) -> None:
        self.role_messages.clear()
        role_id = self._selected_active_role()
        if role_id is None:
            return
        try:
            revoke_role(self.db, role_id=role_id, reason=self.revoke_reason.text(),
                        revoked_on=self.revoked_on.date().toPython())
        except RegistryError as error:
            self.role_messages.show_refusal(error, "revoke")
            return
        self.revoke_reason.clear()
        self._after_role_change()

    def _after_role_change(self) -> None:
        self._load_roles()
        self._load_history()
        self.changed.emit()

    # -- handover terms ----------------------------------------------------

    def _terms_version_selected(self) -> None:
        rows = {i.row() for i in self.terms_versions.selectedItems()}
        if len(rows) != 1:
            return
        version = self.terms_versions.item(rows.pop(), 0).data(Qt.ItemDataRole.UserRole)
        terms = next((t for t in self._terms if t.version == version), None)
        if terms is not None:
            self.terms_text.setPlainText(self._terms_in_words(terms))

    def _yes_no(self, value: bool) -> str:
        return QCoreApplication.translate("AccountDetail", "yes") if value else QCoreApplication.translate(
            "AccountDetail", "no")

    def _terms_in_words(self, terms: HandoverTerms) -> str:
        names = self._terms_names
        notice = "—" if terms.notice_days is None else self.tr("{days} days").format(days=terms.notice_days)
        lines = [self.tr("Version {version}, recorded {when} by {who}").format(
                     version=terms.version, when=format_datetime(terms.recorded_at), who=terms.recorded_by),
                 "",
                 self.tr("On departure: {disposition}").format(disposition=DISPOSITION_NAMES[terms.disposition]),
                 self.tr("Successor: {person}").format(
                     person=value_in_words("successor_id", terms.successor_id, names)),
                 self.tr("Notice: {notice}").format(notice=notice),
                 self.tr("Agreed on: {date}").format(date=format_date(terms.agreed_on)) if terms.agreed_on
                 else self.tr("Agreed on: not yet (proposed terms)"),
                 self.tr("Agreed by the holder: {answer}").format(answer=self._yes_no(terms.agreed_by_holder)),
                 self.tr("Agreed for the company by: {who}").format(who=terms.agreed_by_company or "—"),
                 "",
                 self.tr("Followers, network and groups:"), terms.followers_terms or "—",
                 "",
                 self.tr("Content:"), terms.content_terms or "—"]
        return "\n".join(lines)

    def edit_terms(self) -> None:
        dialog = HandoverTermsDialog(self.db, self.account_id, self)
        self.terms_dialog = dialog
        dialog.finished.connect(lambda _result: self._after_terms(dialog))
        dialog.open()

    def _after_terms(self, dialog: HandoverTermsDialog) -> None:
        if dialog.recorded_terms_id is not None:
            self._load_terms()
            self._load_history()
            self.agreements.reload()  # new terms put agreements out of date
            self.changed.emit()
        self.terms_dialog = None
        dialog.deleteLater()

    # -- credentials -------------------------------------------------------

    def _after_credentials(self) -> None:
        # The overview is left alone: storing a login is not an edit of the record (nor of unsaved edits).
        self._load_history()
        self.changed.emit()

    # -- consent -------------------------------------------------------------

    def _after_agreement(self) -> None:
        self._load_risks()
        self._load_history()
        self.changed.emit()

    def _after_consent(self) -> None:
        # Listing changes the account (its version): the overview reads it again unless edited.
        if not self._dirty:
            self._load_overview()
        self._load_history()
        self.changed.emit()

    # -- closing -------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # As in a dialog: Escape closes, after a field (or an open popup) had the chance to use it.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("The account has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save_overview()):
                self.tabs.setCurrentIndex(0)
                event.ignore()
                return
        if getattr(self, "agreements", None) is not None:
            self.agreements.viewer.cleanup()  # the scans opened from it, now rather than at garbage collection
        event.accept()
