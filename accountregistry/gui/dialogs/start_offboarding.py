"""Start offboarding: who leaves, their last working day, a default successor; then the
checklist the registry generates, shown before anything is created.

Two pages: the form, and the preview. "Start offboarding" on the preview creates the case
(services.offboarding.start_offboarding), which also marks the person as leaving.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from accountregistry.domain.checklist import PlannedItem
from accountregistry.domain.errors import Conflict, NotFound, RegistryError, ValidationError
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row, chain_tab_order
from accountregistry.gui.messages import show_message
from accountregistry.gui.models.offboarding_model import WrappingDelegate, account_text, due_text, moved_tooltip
from accountregistry.gui.widgets.date_field import DateField, date_in_words
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services.offboarding import account_names, by_account, preview_offboarding, start_offboarding
from accountregistry.services.people import get_person
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import laid_out, named, plain_label, push_button

# Handover items move roles when ticked; the preview says so with the item.
_MOVES_ROLES = ("handover", "transfer")


class _FormPage(QWizardPage):
    """Who leaves, when, and who takes over by default."""

    def __init__(self, wizard: StartOffboardingWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Who is leaving, and when"))
        self.setSubTitle(self.tr("The checklist is made from the accounts this person holds or administers. "
                                 "You see it before anything is created."))
        db = wizard.db
        self.messages = FieldMessages(self)
        self.person = PersonPicker(db)
        self.last_day = DateField()
        self.successor = PersonPicker(db)
        self.successor.lineEdit().setPlaceholderText(self.tr("Optional: who takes over the roles"))
        self.existing_button = push_button(self.tr("Show their &offboarding"), self.tr("Show their offboarding"),
                                           wizard.show_existing_case)
        self.existing_button.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(form, self.tr("&Person leaving"), self.person, self.messages, "person_id")
        form.addRow("", self.existing_button)
        add_row(form, self.tr("&Last working day"), self.last_day, self.messages, "last_working_day")
        self.last_day.edit.setAccessibleName(self.tr("Last working day"))
        add_row(form, self.tr("Default s&uccessor"), self.successor, self.messages, "successor_id")
        successor_hint = QLabel(self.tr("The successor receives the leaver's owner and admin roles when a handover "
                                        "item is ticked. You can choose or change them later."))
        successor_hint.setWordWrap(True)
        form.addRow("", successor_hint)
        self.internal_move = QCheckBox(self.tr("&Internal move: the person stays, in another department or role"))
        self.internal_move.setAccessibleName(self.tr("Internal move"))
        self.internal_move.setToolTip(self.tr("Settle their accounts by this day without recording them as "
                                              "leaving; the checklist has no items for a departure"))
        form.addRow("", self.internal_move)
        self.general = plain_label(hidden=True)
        laid_out(QVBoxLayout(self), form, self.general, 1)
        chain_tab_order([self.person, self.existing_button, self.last_day.edit, self.last_day.calendar_button,
                         self.successor, self.internal_move])

        self._filled_day: date | None = None  # the day taken from the person's record, not typed
        self.person.person_changed.connect(self._person_chosen)

    def _person_chosen(self) -> None:
        self.existing_button.setVisible(False)
        person_id = self.person.person_id()
        if person_id is None:
            return
        # Someone already recorded as leaving has a last working day: offer it, unless typed.
        typed = not self.last_day.is_blank() and self.last_day.date() != self._filled_day
        if typed:
            return
        recorded = get_person(self.owner.db, person_id).last_working_day
        self._filled_day = recorded
        self.last_day.set_date(recorded)

    def validatePage(self) -> bool:
        self.messages.clear()
        show_message(self.general, None)
        self.last_day.set_error(None)
        self.existing_button.setVisible(False)
        problems = {}
        if self.person.person_id() is None:
            problems["person_id"] = self.person.missing_message(self.tr("Choose the person who is leaving."))
        if self.successor.has_unmatched_text():
            problems["successor_id"] = self.successor.unmatched_message()
        day = self.last_day.date()
        if self.last_day.problem():
            problems["last_working_day"] = self.last_day.problem()
        elif day is None:
            problems["last_working_day"] = self.tr("The last working day is required.")
        if problems:
            self._show_problems(problems)
            return False
        person_id, successor_id = self.person.person_id(), self.successor.person_id()
        try:
            planned = preview_offboarding(self.owner.db, person_id=person_id, last_working_day=day,
                                          successor_id=successor_id, internal_move=self.internal_move.isChecked())
        except ValidationError as error:
            self._show_problems(error.sentences())
            return False
        except Conflict as error:  # already has an open offboarding, or has left
            self._show_problems({"person_id": error.sentence()})
            if error.existing_id is not None:
                self.owner.existing_case_id = error.existing_id
                self.existing_button.setVisible(True)
            return False
        except NotFound as error:
            self._show_problems({"person_id": error.sentence()})
            return False
        except RegistryError as error:
            show_message(self.general, error.sentence())
            return False
        self.owner.chosen = (person_id, day, successor_id)
        self.owner.internal_move = self.internal_move.isChecked()
        self.owner.planned = planned
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        if "last_working_day" in problems:
            # The sentence goes where the understood date was: one place to look.
            self.last_day.set_error(problems.pop("last_working_day"))
        show_message(self.general, self.messages.show(problems))
        first = next(iter(problems), None)
        focus = {"person_id": self.person, "successor_id": self.successor}.get(first, self.last_day.edit)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)


class _PreviewPage(QWizardPage):
    """The checklist the case will get; nothing is stored until Start."""

    def __init__(self, wizard: StartOffboardingWizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("The checklist"))
        self.summary = plain_label()
        self.tree = named(QTreeWidget(), self.tr("Checklist preview"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Assignee"), self.tr("Due")])
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        WrappingDelegate.install(self.tree)  # titles are sentences: wrapped, so each is read whole
        self.note = plain_label(self.tr("Nothing is created until you press Start offboarding. Starting also records "
                                        "the person as leaving."))
        self.general = plain_label(hidden=True)
        laid_out(QVBoxLayout(self), self.summary, (self.tree, 1), self.note, self.general)

    def initializePage(self) -> None:
        show_message(self.general, None)
        person_id, day, successor_id = self.owner.chosen
        planned: list[PlannedItem] = self.owner.planned
        leaver = get_person(self.owner.db, person_id).name
        successor = get_person(self.owner.db, successor_id).name if successor_id else None
        accounts = len({p.account_id for p in planned if p.account_id is not None})
        if successor:
            text = self.tr("{leaver} leaves on {day}. {successor} takes over their roles. The checklist has {items} "
                           "items on {accounts} accounts.")
        else:
            text = self.tr("{leaver} leaves on {day}. No successor is chosen yet: handover items wait for one. "
                           "The checklist has {items} items on {accounts} accounts.")
        self.summary.setText(text.format(leaver=leaver, day=date_in_words(day), successor=successor,
                                         items=len(planned), accounts=accounts))
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        names = account_names(self.owner.db, (p.account_id for p in planned))
        for item in by_account(planned, names):
            name = account_text(names.get(item.account_id)) if item.account_id is not None else self.tr("General")
            group = groups.get(name)
            if group is None:
                group = groups[name] = QTreeWidgetItem(self.tree, [name])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            title = item.title
            if item.effect in _MOVES_ROLES:
                title = self.tr("{title} (ticking it moves the roles)").format(title=title)
            row = QTreeWidgetItem(group, [title, item.assignee.sentence(), due_text(item.due_on, item.moved_by)])
            row.setToolTip(0, title)
            row.setToolTip(2, moved_tooltip(item.moved_by))
            row.setData(0, Qt.ItemDataRole.UserRole, item.action)
        for name, group in groups.items():
            group.setText(0, self.tr("{account} ({count})").format(account=name, count=group.childCount()))
        self.tree.expandAll()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def validatePage(self) -> bool:
        if self.owner.case_id is not None:
            return True  # QWizard validates again on finishing; the case exists once
        person_id, day, successor_id = self.owner.chosen
        try:
            case = start_offboarding(self.owner.db, person_id=person_id, last_working_day=day,
                                     successor_id=successor_id, internal_move=self.owner.internal_move)
        except RegistryError as error:  # e.g. someone else started one a moment ago
            show_message(self.general, error.sentence())
            if isinstance(error, Conflict) and error.existing_id is not None:
                self.owner.existing_case_id = error.existing_id
            return False
        self.owner.case_id = case.id
        return True


class StartOffboardingWizard(QWizard):
    """Open with ``open()``; afterwards ``case_id`` is the started case, or ``existing_case_id``
    the person's open case the user chose to see instead; both None when cancelled."""

    def __init__(self, db: Database, person_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.case_id: int | None = None
        self.existing_case_id: int | None = None
        self.show_existing = False
        self.chosen: tuple[int, date, int | None] | None = None
        self.internal_move = False  # a handover for someone who stays
        self.planned: list[PlannedItem] = []
        self.setWindowTitle(self.tr("Start offboarding"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next: see the checklist"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start offboarding"))
        for which, name in ((QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.NextButton, self.tr("Next: see the checklist")),
                            (QWizard.WizardButton.FinishButton, self.tr("Start offboarding")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.button(which).setAccessibleName(name)
        self.form = _FormPage(self)
        self.preview = _PreviewPage(self)
        self.addPage(self.form)
        self.addPage(self.preview)
        self.resize(820, 600)
        self._prefilled = person_id is not None
        if person_id is not None:
            self.form.person.set_person_id(person_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._prefilled and self.currentPage() is self.form:
            # QWizard focuses the first field on showing; the person is chosen: on to the date.
            self._prefilled = False
            self.form.last_day.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.last_day.edit.selectAll()

    def show_existing_case(self) -> None:
        """The person already has an open offboarding: close the wizard and show that one."""
        self.show_existing = True
        self.reject()

    def chosen_case_id(self) -> int | None:
        """The case to show after the wizard: the new one, or the existing one the user asked for."""
        if self.case_id is not None:
            return self.case_id
        return self.existing_case_id if self.show_existing else None
