"""Anonymising people in the window: the confirmation that names what will be removed, and the
list of people due for anonymisation (left longer ago than the retention period)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountregistry import APP_NAME
from accountregistry.domain.errors import RegistryError
from accountregistry.domain.messages import format_value
from accountregistry.gui.formatting import format_date, words
from accountregistry.gui.widgets.dialog_parts import laid_out, plain_label
from accountregistry.services import retention
from accountregistry.services.organisation import get_settings
from accountregistry.services.retention import Anonymisation
from accountregistry.store.database import Database


class AnonymiseConfirmation(QMessageBox):
    """Names, for each person, what will be removed, says that it cannot be undone, and offers
    Anonymise or Cancel (the default)."""

    def __init__(self, people: list[Anonymisation], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.RichText)
        if len(people) == 1:
            self.setText("<b>" + html.escape(self.tr("Anonymise {name}?").format(name=people[0].name)) + "</b>")
        else:
            self.setText("<b>" + html.escape(self.tr("Anonymise {count} people?").format(count=len(people))) + "</b>")
        lines = [self._removed(person) for person in people[:20]]
        if len(people) > 20:
            lines.append(html.escape(self.tr("… and {count} more.").format(count=len(people) - 20)))
        kept = self.tr("Their accounts, roles, handover terms, offboardings, agreements and the audit trail stay, "
                       "naming them by the pseudonym. This cannot be undone.")
        notes = [note for person in people for note in person.notes]
        self.setInformativeText("<p>" + "</p><p>".join(lines) + "</p>" + self._notes(notes)
                                + "<p>" + html.escape(kept) + "</p>")
        self.notes_box = None
        if notes:
            self.notes_box = QCheckBox(self.tr("&Replace their name and email in these notes by the pseudonym"))
            self.notes_box.setChecked(True)
            self.setCheckBox(self.notes_box)
        self.anonymise_button = self.addButton(self.tr("Anonymise"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def _removed(self, person: Anonymisation) -> str:
        removed = [self.tr("the name {name}").format(name=person.name)]
        if person.work_email:
            removed.append(self.tr("the email {email}").format(email=person.work_email))
        if person.title:
            removed.append(self.tr("the title {title}").format(title=person.title))
        removed.append(self.tr("the manager link"))
        removed += [self.tr("the personal account {account}").format(account=account)
                    for account in person.personal_accounts]
        removed += [self.tr("the signed scan {file} ({document}, {date})").format(
            file=scan.file_name, document=words(scan.kind), date=format_date(scan.agreed_on)) for scan in person.scans]
        sentence = self.tr("{pseudonym} replaces: {removed}.").format(pseudonym=person.pseudonym,
                                                                        removed=", ".join(removed))
        return html.escape(sentence)

    def _notes(self, notes: list[retention.NamingNote]) -> str:
        """The notes and reasons that name them, to be read before anonymising."""
        if not notes:
            return ""
        heading = self.tr("Notes that name them ({count}):").format(count=len(notes))
        items = []
        for note in notes[:10]:
            where = note.account or self.tr("General")
            text = note.text if len(note.text) <= 160 else note.text[:157] + "…"
            items.append(html.escape(self.tr("{where}, {field}: “{text}”").format(
                where=where, field=format_value(note.label), text=text)))
        if len(notes) > 10:
            items.append(html.escape(self.tr("… and {count} more.").format(count=len(notes) - 10)))
        return f"<p>{html.escape(heading)}</p><ul><li>" + "</li><li>".join(items) + "</li></ul>"

    def confirmed(self) -> bool:
        return self.clickedButton() is self.anonymise_button

    def replace_notes(self) -> bool:
        return self.notes_box is None or self.notes_box.isChecked()


def anonymise_with_confirmation(db: Database, person_ids: list[int], parent: QWidget) -> bool:
    """Ask, then anonymise; a refusal is said in a message box. Whether anything changed."""
    try:
        people = [retention.preview_anonymisation(db, person_id) for person_id in person_ids]
    except RegistryError as error:
        QMessageBox.warning(parent, APP_NAME, error.sentence())
        return False
    if not people:
        return False
    confirmation = AnonymiseConfirmation(people, parent)
    confirmation.exec()
    if not confirmation.confirmed():
        return False
    try:
        retention.anonymise(db, person_ids, replace_notes=confirmation.replace_notes())
    except RegistryError as error:
        QMessageBox.warning(parent, APP_NAME, error.sentence())
        return False
    return True


class DueForAnonymisationDialog(QDialog):
    """People who left longer ago than the retention period and hold nothing that still needs
    them; anonymise the chosen ones or all. `changed` says whether anything was anonymised."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.setWindowTitle(self.tr("Due for anonymisation"))
        self.explanation = plain_label()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Work email"), self.tr("Last working day"),
                                              self.tr("Personal accounts")])
        self.table.setAccessibleName(self.tr("People due for anonymisation"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.selected_button = QPushButton(self.tr("Anonymise &selected…"))
        self.all_button = QPushButton(self.tr("Anonymise &all…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.selected_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.selected_button.clicked.connect(lambda: self._anonymise(self._chosen()))
        self.all_button.clicked.connect(lambda: self._anonymise([p.person_id for p in self.due]))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        laid_out(QVBoxLayout(self), self.explanation, (self.table, 1), buttons)
        self.due: list[Anonymisation] = []
        self.load()
        self.resize(900, 460)

    def load(self) -> None:
        months = get_settings(self.db).retention_months
        self.due = retention.due_for_anonymisation(self.db)
        self.explanation.setText(self.tr(
            "The retention period is {months} months after the last working day (File → Organisation settings). "
            "The people below left longer ago and hold no active role, open offboarding or consent still "
            "needed: anonymising replaces their name by a pseudonym and erases their email, title and manager "
            "link; a personal account of theirs leaves the registry, and the signed scans of their agreements are "
            "removed.").format(months=months))
        self.table.setRowCount(len(self.due))
        for row, person in enumerate(self.due):
            for column, text in enumerate((person.name, person.work_email or "", format_date(person.last_working_day),
                                           ", ".join(person.personal_accounts))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.person_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.all_button.setEnabled(bool(self.due))
        self._selection_changed()

    def _chosen(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.due[row].person_id for row in rows]

    def _selection_changed(self) -> None:
        self.selected_button.setEnabled(bool(self._chosen()))

    def _anonymise(self, person_ids: list[int]) -> None:
        if person_ids and anonymise_with_confirmation(self.db, person_ids, self):
            self.changed = True
            self.load()
