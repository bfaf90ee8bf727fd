"""Registering an account: paste its address (or pick the platform and type the handle), say
whose it is, and how it is looked after.

The account's fields are one form (``AccountForm``), shared with the Overview tab of the
account's window so that registering and editing ask the same questions the same way. The
small helpers for labelled fields and messages beside them live here too and are used by the
other dialogs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QButtonGroup, QCheckBox, QComboBox, QDateEdit,
                               QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from accountregistry.domain import platforms
from accountregistry.domain.errors import Conflict, RegistryError, ValidationError
from accountregistry.domain.hidden_characters import hidden_in, show_hidden
from accountregistry.domain.risks import email_domain_allowed
from accountregistry.domain.vocabulary import AccountStatus, Disposition, Kind, TwoFactor, dispositions_for
from accountregistry.gui.accessibility import CalendarNamedOnFocus, clear_button
from accountregistry.gui.formatting import capitalised, words
from accountregistry.gui.i18n import TranslatedTable
from accountregistry.gui.messages import message_colours, show_message
from accountregistry.gui.tasks import Task
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services.accounts import ACCOUNT_FIELDS, AccountInput, register_account
from accountregistry.services.case_reading import account_name
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.organisation import company_domains, get_settings
from accountregistry.services.similar_accounts import similar_accounts
from accountregistry.store.database import Database
from accountregistry.store.models import Account, OrganisationSettings
from accountregistry.gui.widgets.dialog_parts import chain_tab_order, laid_out, line_edit, named, plain_label

# ---------------------------------------------------------------------------
# Helpers shared by the registry's forms
# ---------------------------------------------------------------------------

# The product's choices in words. English texts marked for lupdate; the tables answer in the
# user's language when read (TranslatedTable), so other dialogs can import them as they are.
WORDS_CONTEXT = "AccountWords"
KIND_EXPLANATIONS = TranslatedTable(WORDS_CONTEXT, {
    Kind.company: QT_TRANSLATE_NOOP("AccountWords", "Belongs to the company; whoever runs it does so for the company."),
    Kind.employee_role: QT_TRANSLATE_NOOP("AccountWords", "The person is present as an employee of the company; "
                                                          "the account stays with the company."),
    Kind.personal: QT_TRANSLATE_NOOP("AccountWords", "Belongs to the holder; the employer can never take it over."),
    None: QT_TRANSLATE_NOOP("AccountWords", "Flagged as a risk until someone settles whose it is."),
})
KIND_NAMES = TranslatedTable(WORDS_CONTEXT, {
    Kind.company: QT_TRANSLATE_NOOP("AccountWords", "Company"),
    Kind.employee_role: QT_TRANSLATE_NOOP("AccountWords", "Employee role"),
    Kind.personal: QT_TRANSLATE_NOOP("AccountWords", "Personal"),
    None: QT_TRANSLATE_NOOP("AccountWords", "Not known yet"),
})
PERSONAL_NOTICE = QT_TRANSLATE_NOOP("AccountWords", "A personal account belongs to its holder. The employer can never "
                                                    "take it over, so its handover terms cannot transfer it to a "
                                                    "successor or to the company.")
TWO_FACTOR_NAMES = TranslatedTable(WORDS_CONTEXT, {
    TwoFactor.unknown: QT_TRANSLATE_NOOP("AccountWords", "Unknown"),
    TwoFactor.none: QT_TRANSLATE_NOOP("AccountWords", "None"),
    TwoFactor.authenticator_app: QT_TRANSLATE_NOOP("AccountWords", "Authenticator app"),
    TwoFactor.security_key: QT_TRANSLATE_NOOP("AccountWords", "Security key"),
    TwoFactor.passkey: QT_TRANSLATE_NOOP("AccountWords", "Passkey"),
    TwoFactor.sms: QT_TRANSLATE_NOOP("AccountWords", "SMS"),
    TwoFactor.email: QT_TRANSLATE_NOOP("AccountWords", "Email"),
})
DISPOSITION_NAMES = TranslatedTable(WORDS_CONTEXT, {
    Disposition.transfer_to_successor: QT_TRANSLATE_NOOP("AccountWords", "Transfer to the successor"),
    Disposition.transfer_to_company: QT_TRANSLATE_NOOP("AccountWords", "Transfer to the company"),
    Disposition.holder_keeps: QT_TRANSLATE_NOOP("AccountWords", "The holder keeps it"),
    Disposition.archive: QT_TRANSLATE_NOOP("AccountWords", "Archive"),
    Disposition.close: QT_TRANSLATE_NOOP("AccountWords", "Close"),
})


def personal_notice() -> str:
    """PERSONAL_NOTICE in the user's language."""
    return QCoreApplication.translate(WORDS_CONTEXT, PERSONAL_NOTICE)


class FieldMessages:
    """The labels beside a form's fields that show what is wrong (or worth a second look)."""

    def __init__(self, owner: QWidget):
        self.owner = owner
        self.labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}

    def label_for(self, field: str) -> QLabel:
        label = plain_label()
        # Against its field: any spare height the layout gives the row goes below the message.
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setVisible(False)
        label.setObjectName(f"message_{field}")
        self.labels[field] = label
        return label

    def add_to_form(self, form: QFormLayout, field: str) -> QLabel:
        """The message on its own row right under its field, hidden (with its spacing) while empty.

        A row of its own, not a box around field and message: QFormLayout gives a wrapped
        label the height it needs only when the label is the row's field itself.
        """
        label = self.label_for(field)
        form.addRow("", label)
        form.setRowVisible(label, False)
        self._forms[field] = form
        return label

    def set(self, field: str, text: str | None, *, warning: bool = False) -> None:
        label = self.labels[field]
        error, caution = message_colours(self.owner)
        label.setStyleSheet(f"color: {caution if warning else error};")
        label.setText(text or "")
        if field in self._forms:
            self._forms[field].setRowVisible(label, bool(text))
        else:
            label.setVisible(bool(text))
        if text:
            grow_to_fit(self.owner.window())

    def text(self, field: str) -> str:
        label = self.labels[field]
        return label.text() if label.isVisibleTo(self.owner) else ""

    def show(self, problems: dict[str, str]) -> str:
        """Put each problem beside its field; return the sentences of those that have no field here."""
        unplaced = []
        for field, message in problems.items():
            if field in self.labels:
                self.set(field, message)
            else:
                unplaced.append(message)
        return " ".join(unplaced)

    def show_refusal(self, error: RegistryError, general: QLabel | str) -> None:
        """A refusal's sentences beside the fields they are about; the others, or a refusal of no
        field, in `general` (a label, or the field whose message says them)."""
        text = self.show(error.sentences()) if isinstance(error, ValidationError) else error.sentence()
        if isinstance(general, str):
            self.set(general, text)
        else:
            show_message(general, text)

    def clear(self, *fields: str) -> None:
        for field in fields or tuple(self.labels):
            self.set(field, None)


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for messages that wrap onto more lines.

    Qt sizes a window once; it does not grow it when a word-wrapped label needs more height,
    and the rows would be squeezed until messages are cut off.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
    if needed > window.height():
        window.resize(window.width(), needed)


def shown_texts(widgets: dict[str, QWidget]) -> dict[str, str]:
    """The text each field's widget shows now, by field (what a person would copy out of it);
    widgets without text (a radio button) are left out."""
    shown = {}
    for field, widget in widgets.items():
        if isinstance(widget, QComboBox):
            shown[field] = widget.currentText()
        elif isinstance(widget, (QLineEdit, QAbstractSpinBox)):
            shown[field] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            shown[field] = widget.toPlainText()
    return shown


def add_row(form: QFormLayout, text: str, widget: QWidget, messages: FieldMessages | None = None,
            field: str | None = None, *, beside: QWidget | None = None) -> QLabel:
    """A labelled row whose widget is named for screen readers by its visible label (and
    `beside` it, another widget of the same row)."""
    label = QLabel(text)
    label.setBuddy(widget)
    unkerned = QFont()  # its mnemonic is drawn apart, unkerned ("T" of "To"): measured unkerned, it fits
    unkerned.setKerning(False)
    label.setFont(unkerned)
    widget.setAccessibleName(text.replace("&", ""))
    if beside is None:
        form.addRow(label, widget)
    else:
        row = laid_out(QHBoxLayout(), (widget, 1), beside)
        form.addRow(label, row)
    if messages is not None and field is not None:
        messages.add_to_form(form, field)
    return label


def plain_text_edit(height_lines: int = 3, *, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    # Tab moves on, as in every other field; a text box must not trap the keyboard.
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * height_lines + 12)
    return edit


def date_edit(value: date | None = None, *, not_after_today: bool = True) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.installEventFilter(CalendarNamedOnFocus(edit))  # its arrows and days, for a screen reader and on hover
    if not_after_today:
        edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


def set_combo_data(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def disposition_combo() -> QComboBox:
    combo = QComboBox()
    for disposition in Disposition:
        combo.addItem(DISPOSITION_NAMES[disposition], disposition.value)
    return combo


def limit_dispositions(combo: QComboBox, kind: Kind | None) -> None:
    """Grey out the dispositions the kind does not allow, so the user sees what is excluded."""
    allowed = {d.value for d in dispositions_for(kind)}
    model = combo.model()
    for row in range(combo.count()):
        model.item(row).setEnabled(combo.itemData(row) in allowed)
    if combo.currentData() not in allowed:
        combo.setCurrentIndex(next(r for r in range(combo.count()) if combo.itemData(r) in allowed))


def outside_company_domains(email: str, domains: frozenset[str]) -> bool:
    """The risk rule's own test, once the typed address is complete enough to judge."""
    domain = email.strip().rpartition("@")[2]
    if not domains or "@" not in email or "." not in domain:
        return False
    return not email_domain_allowed(email, domains)


# ---------------------------------------------------------------------------
# The account's fields
# ---------------------------------------------------------------------------


class AccountForm(QWidget):
    """Every field a person states about an account, in two columns.

    ``editing`` adds what only an existing account has (status, notes). The form collects an
    ``AccountInput``; it never decides what is allowed.
    """

    edited = Signal()

    def __init__(self, db: Database, *, editing: bool = False, parent: QWidget | None = None,
                 read_settings: bool = True):
        """`read_settings`: read the organisation's settings (its email domains, the default
        review interval) now, on the GUI thread; else they come with use_settings() (the account
        window reads them with the account, in the background)."""
        super().__init__(parent)
        self.db = db
        self.editing = editing
        self.messages = FieldMessages(self)
        self._recognised: platforms.Recognised | None = None
        self._loading = False
        self._account_id: int | None = None  # the account being edited, never similar to itself
        # Whether the account may already be registered under its other name is asked once the
        # typing pauses, not at every keystroke.
        self._similar_timer = QTimer(self, singleShot=True, interval=400)
        self._similar_timer.timeout.connect(self._check_similar)
        self._similar_for: tuple[str | None, str | None, str] | None = None  # what the warning is about
        # The question runs in the background (it reads every account of the platform); its answer
        # is shown only if the fields still say what was asked about.
        self._similar_task = Task(self, success=self._similar_answered, failure=lambda _error: None,
                                  finished=self._similar_finished, reading=True, urgent=True)
        self._similar_asked: tuple | None = None
        self._similar_again = False
        # The fields last answered about, and the warning: saving or reverting asks nothing again.
        self._similar_answer: tuple[tuple, str | None] | None = None
        self._domains: frozenset[str] = frozenset()  # the company's, from use_settings()

        self.url = line_edit(self.tr("Paste the address, e.g. https://www.linkedin.com/company/acme"))
        clear_button(self.url)
        self.platform = QComboBox()
        self.platform.setPlaceholderText(self.tr("Choose a platform"))
        for p in platforms.PLATFORMS:
            self.platform.addItem(platforms.platform_name(p.id), p.id)
        self.presence = QComboBox()
        self.handle = QLineEdit()
        self.display_name = QLineEdit()
        self.kind_buttons = QButtonGroup(self)
        self.kind_radios: dict[Kind | None, QRadioButton] = {}
        # A grid with one line of explanation beside each choice.
        self.kind_group = named(QGroupBox(self.tr("Kind: whose account is it?")), self.tr("Kind"))
        kind_grid = QGridLayout(self.kind_group)
        kind_grid.setVerticalSpacing(2)
        for row, kind in enumerate((Kind.company, Kind.employee_role, Kind.personal, None)):
            radio = named(QRadioButton(KIND_NAMES[kind]), KIND_NAMES[kind])
            radio.setAccessibleDescription(KIND_EXPLANATIONS[kind])
            explanation = QLabel(KIND_EXPLANATIONS[kind])
            # One line in English and Scandinavian; a longer translation wraps instead of
            # widening the dialog past the screen.
            explanation.setWordWrap(True)
            self.kind_buttons.addButton(radio)
            self.kind_radios[kind] = radio
            kind_grid.addWidget(radio, row, 0)
            kind_grid.addWidget(explanation, row, 1)
        kind_grid.setColumnStretch(1, 1)
        self.kind_radios[Kind.company].setChecked(True)
        self.personal_notice = QLabel(personal_notice())
        self.personal_notice.setWordWrap(True)
        self.personal_notice.setFrameShape(QLabel.Shape.StyledPanel)
        self.personal_notice.setMargin(6)
        self.personal_notice.setAccessibleName(self.tr("Personal account"))
        self.personal_notice.setVisible(False)
        kind_grid.addWidget(self.personal_notice, 4, 0, 1, 2)
        kind_grid.addWidget(self.messages.label_for("kind"), 5, 0, 1, 2)
        self.official = QCheckBox(self.tr("Official: made with the company's mandate"))
        self.official.setAccessibleName(self.official.text())
        self.official.setChecked(True)

        self.holder = PersonPicker(db)
        self.responsible_unit = QLineEdit()
        self.login_email = QLineEdit()
        self.two_factor = QComboBox()
        for method in TwoFactor:
            self.two_factor.addItem(TWO_FACTOR_NAMES[method], method.value)
        self.review_interval = QLineEdit()
        self.mandate = plain_text_edit(3, placeholder=self.tr("What the account is for, what may be said on it, "
                                                              "to whom"))
        self.response_expectations = plain_text_edit(2, placeholder=self.tr("e.g. answer messages within one "
                                                                            "working day"))
        # The mandate's fields (seed 000): how fast, also outside working hours, how often, to
        # whom, how much working time, whom to ask about a critical comment.
        self.response_hours = line_edit(self.tr("e.g. 24"))
        self.outside_working_hours = QCheckBox(self.tr("Also outside working hours"))
        self.outside_working_hours.setAccessibleName(self.outside_working_hours.text())
        self.frequency = line_edit(self.tr("e.g. two posts a week"))
        self.audience = line_edit(self.tr("e.g. customers with a booking"))
        self.weekly_hours = QLineEdit()
        self.escalation = PersonPicker(db)
        self.escalation.set_placeholder(self.tr("Whom to ask about a critical comment"))
        self.status = QComboBox()
        for status in AccountStatus:
            self.status.addItem(capitalised(words(status)), status.value)
        self.notes = plain_text_edit(3)

        left = QGroupBox(self.tr("Account"))
        left_form = QFormLayout(left)
        right = QGroupBox(self.tr("Holder and care"))
        right_form = QFormLayout(right)
        m = self.messages
        add_row(left_form, self.tr("&Address"), self.url, m, "url")
        add_row(left_form, self.tr("&Platform"), self.platform, m, "platform")
        add_row(left_form, self.tr("Pr&esence"), self.presence, m, "presence")
        add_row(left_form, self.tr("&Handle"), self.handle, m, "handle")
        add_row(left_form, self.tr("&Display name"), self.display_name, m, "display_name")
        left_form.addRow("", self.official)
        if editing:
            add_row(left_form, self.tr("&Status"), self.status, m, "status")

        add_row(right_form, self.tr("H&older"), self.holder, m, "holder_id")
        add_row(right_form, self.tr("Responsible &unit"), self.responsible_unit, m, "responsible_unit")
        add_row(right_form, self.tr("&Login email"), self.login_email, m, "login_email")
        add_row(right_form, self.tr("&Two-factor method"), self.two_factor, m, "two_factor")
        # "Re&view": Alt+R is the dialog's Register button.
        add_row(right_form, self.tr("Re&view interval (months)"), self.review_interval, m, "review_interval_months")
        if editing:
            add_row(right_form, self.tr("&Notes"), self.notes, m, "notes")

        self.mandate_group = QGroupBox(self.tr("Mandate"))
        mandate_columns = QHBoxLayout(self.mandate_group)
        topics_form, terms_form = QFormLayout(), QFormLayout()
        add_row(topics_form, self.tr("Purpose and &mandate"), self.mandate, m, "mandate")
        add_row(topics_form, self.tr("Response e&xpectations"), self.response_expectations, m, "response_expectations")
        add_row(terms_form, self.tr("Answer within (hours)"), self.response_hours, m, "response_hours",
                beside=self.outside_working_hours)
        add_row(terms_form, self.tr("&Frequency"), self.frequency, m, "frequency")
        add_row(terms_form, self.tr("Audience"), self.audience, m, "audience")
        add_row(terms_form, self.tr("Wor&king time per week (hours)"), self.weekly_hours, m, "weekly_hours")
        add_row(terms_form, self.tr("Escalation contact"), self.escalation, m, "escalation_id")
        laid_out(mandate_columns, (topics_form, 1), (terms_form, 1))

        columns = laid_out(QHBoxLayout(), (left, 1), (right, 1))
        laid_out(QVBoxLayout(self), columns, self.kind_group, self.mandate_group).setContentsMargins(0, 0, 0, 0)

        chain_tab_order([self.url, self.platform, self.presence, self.handle, self.display_name, self.official,
                         *([self.status] if editing else []), self.holder, self.responsible_unit,
                         self.login_email, self.two_factor, self.review_interval,
                         *([self.notes] if editing else []), *self.kind_radios.values(), self.mandate,
                         self.response_expectations, self.response_hours, self.outside_working_hours,
                         self.frequency, self.audience, self.weekly_hours, self.escalation])

        self.url.textChanged.connect(self._recognise)
        for signal in (self.url.textChanged, self.handle.textChanged, self.display_name.textChanged,
                       self.platform.currentIndexChanged, self.presence.currentIndexChanged):
            signal.connect(self._similar_changed)
        self.platform.currentIndexChanged.connect(self._platform_chosen)
        self.presence.currentIndexChanged.connect(self._presence_chosen)
        self.kind_buttons.buttonToggled.connect(self._kind_toggled)
        self.login_email.textChanged.connect(self._check_login_domain)
        self.notes.textChanged.connect(self._check_hidden_notes)
        for signal in (self.url.textChanged, self.handle.textChanged, self.display_name.textChanged,
                       self.platform.currentIndexChanged, self.presence.currentIndexChanged,
                       self.kind_buttons.buttonToggled, self.official.toggled, self.holder.person_changed,
                       self.responsible_unit.textChanged, self.login_email.textChanged,
                       self.two_factor.currentIndexChanged, self.review_interval.textChanged,
                       self.mandate.textChanged, self.response_expectations.textChanged,
                       self.response_hours.textChanged, self.outside_working_hours.toggled,
                       self.frequency.textChanged, self.audience.textChanged, self.weekly_hours.textChanged,
                       self.escalation.person_changed,
                       self.status.currentIndexChanged, self.notes.textChanged):
            signal.connect(self._changed)
        if read_settings:
            self.use_settings(get_settings(db))

    def use_settings(self, settings: OrganisationSettings) -> None:
        """What the form checks against: the company's email domains, and the organisation's
        default review interval (said in the empty field)."""
        self._domains = company_domains(settings)
        self.review_interval.setPlaceholderText(self.tr("blank = organisation default ({months})").format(
            months=settings.default_review_interval_months))
        self._check_login_domain()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Messages set before the window was shown (an address outside the company's domains
        # loaded from the record) wrap onto lines the window was not sized for.
        grow_to_fit(self.window())

    # -- reacting to input ------------------------------------------------

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _recognise(self, text: str) -> None:
        previous, self._recognised = self._recognised, None
        try:
            found = platforms.recognise_url(text) if text.strip() else None
        except platforms.AddressRefused as error:
            found = None
            self.messages.set("url", error.sentence())
        else:
            if found is None:
                self.messages.clear("url")
        if found is None:
            # What an earlier address filled in goes with it, unless the user has changed it since.
            if previous and self._identity() == (previous.platform, previous.presence, previous.handle):
                self.platform.setCurrentIndex(-1)
                self.handle.clear()
            return
        self._recognised = found
        set_combo_data(self.platform, found.platform)
        set_combo_data(self.presence, found.presence)
        self.handle.setText(found.handle)
        account = account_name(found.platform, found.presence, None, found.handle).sentence()
        self.messages.set("url", self.tr("Recognised: {account}.").format(account=account), warning=False)
        # Recognition is good news: shown in the normal text colour, not as an error.
        self.messages.labels["url"].setStyleSheet("")

    def _platform_chosen(self) -> None:
        platform_id = self.platform.currentData()
        previous = self.presence.currentData()
        self.presence.blockSignals(True)
        self.presence.clear()
        if platform_id:
            for presence in platforms.platform(platform_id).presences:
                self.presence.addItem(capitalised(words(presence)), presence)
            index = self.presence.findData(previous)
            self.presence.setCurrentIndex(max(index, 0))
        self.presence.blockSignals(False)
        self._presence_chosen()

    def _presence_chosen(self) -> None:
        platform_id, presence = self.platform.currentData(), self.presence.currentData()
        example = ""
        if platform_id and presence:
            p = platforms.platform(platform_id)
            route = next((r for r in p.routes if r.presence == presence), None)
            example = route.prefix + route.example if route else "acme.dk/news"
        self.handle.setPlaceholderText(self.tr("e.g. {example}").format(example=example) if example else "")

    def _kind_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        self.personal_notice.setVisible(self.kind() == Kind.personal)
        self._check_login_domain()

    def _check_login_domain(self) -> None:
        email = self.login_email.text()
        if self.kind() in (Kind.company, Kind.employee_role) and outside_company_domains(email, self._domains):
            self.messages.set(
                "login_email",
                self.tr("Outside the company's domains ({domains}): this login could leave with the "
                        "address's owner.").format(domains=", ".join(sorted(self._domains))),
                warning=True)
        else:
            self.messages.clear("login_email")

    def _similar_changed(self, *_args) -> None:
        # A warning about another account than the fields now name goes at once (the display
        # name may still be being typed: its warning waits for the pause like the new question).
        if self._identity() != self._similar_for:
            self._show_similar(None)
        self._similar_timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A closed form asks nothing more of the database (its registry may be closed by then).
        self._similar_timer.stop()
        super().hideEvent(event)

    def _check_similar(self) -> None:
        """Warn, without refusing, when the account may be registered under its other name: asked
        in the background; a database that cannot answer now says so on Save (a hint only)."""
        if self._similar_task.busy():
            self._similar_again = True  # asked once more when this answer is in
            return
        platform_id, presence, typed = self._similar_for = self._identity()
        question = self._similar_question(platform_id, presence, typed)
        if question is None:
            self._show_similar(None)
            return
        if self._similar_answer is not None and self._similar_answer[0] == self._similar_fields():
            self._show_similar(self._similar_answer[1])
            return
        db = self.db
        self._similar_asked = self._similar_fields()
        self._similar_task.start(lambda _progress: similar_accounts(db, **question))

    def _similar_question(self, platform_id: str | None, presence: str | None, typed: str) -> dict | None:
        """What `similar_accounts` is asked about the fields; None when they name no account."""
        if not (platform_id and presence and typed) or self._loading:
            return None
        try:
            handle = platforms.normalise_handle(platform_id, presence, typed)
        except platforms.AddressRefused:
            return None
        found = self._recognised
        return {"platform": platform_id, "handle": handle, "url": found.url if found and found.handle == handle
                else None, "display_name": self.display_name.text(), "exclude_id": self._account_id}

    def _similar_fields(self) -> tuple:
        return self._identity(), self.display_name.text(), self._account_id

    def _similar_answered(self, similar: list) -> None:
        self._similar_answer = (self._similar_asked, similar[0].sentence() if similar else None)
        if not self._similar_again and self._similar_fields() == self._similar_asked:
            self._show_similar(self._similar_answer[1])

    def _similar_finished(self) -> None:
        if self._similar_again:
            self._similar_again = False
            self._check_similar()

    def similar_busy(self) -> bool:
        """Whether "is it registered under another name?" is being asked (for tests and scripts)."""
        return self._similar_task.busy() or self._similar_again

    def _show_similar(self, warning: str | None) -> None:
        if warning:
            self.messages.set("display_name", warning, warning=True)
        elif "display_name" in self.messages.labels and self.messages.text("display_name"):
            if self.messages.labels["display_name"].property("similar"):
                self.messages.clear("display_name")
        self.messages.labels["display_name"].setProperty("similar", bool(warning))

    def _check_hidden_notes(self) -> None:
        """Notes keep characters nobody can see (a right-to-left override, a zero-width space),
        but say that they are there, and what the text holds as written."""
        text = self.notes.toPlainText()
        hidden = hidden_in(text)
        if hidden and "notes" in self.messages.labels:
            self.messages.set("notes", self.tr("Holds characters nobody can see ({characters}) that change how it "
                                               "reads. As written: {text}").format(
                characters=", ".join(hidden), text=show_hidden(text)[:300]), warning=True)
        elif "notes" in self.messages.labels:
            self.messages.clear("notes")

    # -- reading and writing the fields -----------------------------------

    def _identity(self) -> tuple[str | None, str | None, str]:
        return self.platform.currentData(), self.presence.currentData(), self.handle.text().strip()

    def kind(self) -> Kind | None:
        return next((kind for kind, radio in self.kind_radios.items() if radio.isChecked()), None)

    def load(self, account: Account) -> None:
        self._loading = True
        self._account_id = account.id
        try:
            self.url.setText(account.url)
            set_combo_data(self.platform, account.platform)
            set_combo_data(self.presence, account.presence.value)
            self.handle.setText(account.handle)
            self.display_name.setText(account.display_name or "")
            self.kind_radios[account.kind].setChecked(True)
            self.official.setChecked(account.official)
            set_combo_data(self.status, account.status.value)
            # Archiving has its own confirmed action (and audit entry); the combo only shows it.
            archived = self.status.findData(AccountStatus.archived.value)
            self.status.model().item(archived).setEnabled(account.status == AccountStatus.archived)
            self.holder.set_person_id(account.holder_id)
            self.responsible_unit.setText(account.responsible_unit or "")
            self.login_email.setText(account.login_email or "")
            set_combo_data(self.two_factor, account.two_factor.value)
            self.review_interval.setText(number_text(account.review_interval_months))
            self.mandate.setPlainText(account.mandate or "")
            self.response_expectations.setPlainText(account.response_expectations or "")
            self.response_hours.setText(number_text(account.response_hours))
            self.outside_working_hours.setChecked(account.outside_working_hours)
            self.frequency.setText(account.frequency or "")
            self.audience.setText(account.audience or "")
            self.weekly_hours.setText(number_text(account.weekly_hours))
            self.escalation.set_person_id(account.escalation_id)
            self.notes.setPlainText(account.notes or "")
        finally:
            self._loading = False

    def collect(self, base: Account | None = None) -> tuple[AccountInput, dict[str, str]]:
        """The input for the service, and what the form itself could not read (e.g. an unknown holder)."""
        unreadable: dict[str, str] = {}
        data = AccountInput(**{name: getattr(base, name) for name in ACCOUNT_FIELDS}) if base else AccountInput()
        platform_id, presence, handle = self.platform.currentData(), self.presence.currentData(), self.handle.text()
        found = self._recognised
        if found and (found.platform, found.presence, found.handle) == self._identity():
            url = found.url
        elif handle.strip():
            url = None  # typed or changed after pasting: the service builds the address from the handle
        else:
            url = self.url.text().strip() or None
        data.url, data.platform, data.presence, data.handle = url, platform_id, presence, handle
        data.display_name = self.display_name.text()
        data.kind = self.kind()
        data.official = self.official.isChecked()
        if self.editing:
            data.status = self.status.currentData()
            data.notes = self.notes.toPlainText()
        data.holder_id = self.holder.person_id()
        if self.holder.has_unmatched_text():
            unreadable["holder_id"] = self.holder.unmatched_message()
        data.responsible_unit = self.responsible_unit.text()
        data.login_email = self.login_email.text()
        data.two_factor = self.two_factor.currentData()
        data.review_interval_months = typed_number(self.review_interval)
        data.mandate = self.mandate.toPlainText()
        data.response_expectations = self.response_expectations.toPlainText()
        data.response_hours = typed_number(self.response_hours)
        data.outside_working_hours = self.outside_working_hours.isChecked()
        data.frequency = self.frequency.text()
        data.audience = self.audience.text()
        data.weekly_hours = typed_number(self.weekly_hours)
        data.escalation_id = self.escalation.person_id()
        if self.escalation.has_unmatched_text():
            unreadable["escalation_id"] = self.escalation.unmatched_message()
        return data, unreadable

    def show_problems(self, problems: dict[str, str]) -> str:
        """Messages beside their fields (keeping the login warning); returns the sentences without a field."""
        unplaced = self.messages.show(problems)
        first = next((field for field in problems if field in self.messages.labels), None)
        widget = self._field_widgets().get(first)
        if widget is not None:
            widget.setFocus()
        return unplaced

    def clear_problems(self) -> None:
        self.messages.clear()
        # The live messages say something about the current text, so they come back at once.
        self._recognise(self.url.text())
        self._check_login_domain()
        self._check_similar()
        self._check_hidden_notes()

    def shown_values(self) -> dict[str, str]:
        """The text each field shows now, by field (what a person would copy out of it)."""
        return shown_texts(self._field_widgets())

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"url": self.url, "platform": self.platform, "presence": self.presence, "handle": self.handle,
                "display_name": self.display_name, "kind": self.kind_buttons.checkedButton() or self.kind_radios[None],
                "status": self.status, "holder_id": self.holder, "responsible_unit": self.responsible_unit,
                "login_email": self.login_email, "two_factor": self.two_factor,
                "review_interval_months": self.review_interval, "mandate": self.mandate,
                "response_expectations": self.response_expectations, "response_hours": self.response_hours,
                "frequency": self.frequency, "audience": self.audience, "weekly_hours": self.weekly_hours,
                "escalation_id": self.escalation, "notes": self.notes}


def number_text(value: int | None) -> str:
    return "" if value is None else str(value)


def typed_number(field: QLineEdit) -> int | str | None:
    """A whole number as typed; anything else as text, for the service to say what is wrong."""
    text = field.text().strip()
    try:
        return int(text) if text else None
    except ValueError:
        return text


# ---------------------------------------------------------------------------
# The dialog
# ---------------------------------------------------------------------------


class RegisterAccountDialog(QDialog):
    """Registers one account; offers to open the existing record when it is already registered."""

    open_existing = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.registered_account_id: int | None = None
        self.setWindowTitle(self.tr("Register account"))
        self.form = AccountForm(db)

        self.terms = QGroupBox(self.tr("Record handover terms now"))
        self.terms.setCheckable(True)
        self.terms.setChecked(False)
        self.terms.setAccessibleName(self.terms.title().replace("&", ""))
        self.terms_messages = FieldMessages(self)
        terms_form = QFormLayout(self.terms)
        self.disposition = disposition_combo()
        self.agreed_on = date_edit()
        self.agreed_by_holder = QCheckBox(self.tr("Agreed by the holder"))
        self.agreed_by_holder.setAccessibleName(self.agreed_by_holder.text())
        add_row(terms_form, self.tr("On departure"), self.disposition, self.terms_messages, "disposition")
        add_row(terms_form, self.tr("Agreed on"), self.agreed_on, self.terms_messages, "agreed_on")
        terms_form.addRow("", self.agreed_by_holder)

        self.general_message = plain_label(hidden=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = self.buttons.addButton(self.tr("&Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setAccessibleName(self.register_button.text().replace("&", ""))
        self.register_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)

        laid_out(QVBoxLayout(self), self.form, self.terms, self.general_message, self.buttons)
        self.resize(940, self.sizeHint().height())
        chain_tab_order([self.form.escalation, self.terms, self.disposition, self.agreed_on,
                         self.agreed_by_holder, self.register_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.form.kind_buttons.buttonToggled.connect(lambda *_: limit_dispositions(self.disposition, self.form.kind()))
        limit_dispositions(self.disposition, self.form.kind())
        self.form.url.setFocus()

    def register(self) -> None:
        self.form.clear_problems()
        self.terms_messages.clear()
        show_message(self.general_message, "")
        data, unreadable = self.form.collect()
        if unreadable:
            self.form.show_problems(unreadable)
            return
        try:
            account = register_account(self.db, data)
        except ValidationError as error:
            show_message(self.general_message, self.form.show_problems(error.sentences()))
            return
        except Conflict as error:
            if error.existing_id is not None:
                if self._offer_existing(error.sentence()):
                    self.open_existing.emit(error.existing_id)
                    self.reject()
            else:
                show_message(self.general_message, error.sentence())
            return
        except RegistryError as error:
            show_message(self.general_message, error.sentence())
            return
        self.registered_account_id = account.id
        if self.terms.isChecked():
            self._record_terms(account.id)
        self.accept()

    def _record_terms(self, account_id: int) -> None:
        terms = TermsInput(disposition=self.disposition.currentData(), agreed_on=self.agreed_on.date().toPython(),
                           agreed_by_holder=self.agreed_by_holder.isChecked())
        try:
            record_terms(self.db, account_id, terms)
        except RegistryError as error:
            # The account is registered either way; say what is missing and where to add it.
            QMessageBox.warning(self, self.tr("Handover terms not saved"),
                                self.tr("The account was registered, but its handover terms were not saved: "
                                        "{error}\n\nAdd them in the account's Handover terms tab.").format(error=error.sentence()))

    def _offer_existing(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Already registered"),
                          self.tr("{message}\n\nOpen the existing record instead?").format(message=message),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, self)
        open_button = box.button(QMessageBox.StandardButton.Open)
        open_button.setText(self.tr("Open existing"))
        box.setDefaultButton(open_button)
        box.exec()
        return box.clickedButton() is open_button
