"""The social-media policy register in the window: its versions and their texts, recording a new
version (a text per area of domain/policy.POLICY_AREAS and one area of the company's own, the
day it takes effect, who approved it), and acknowledgements: one person at a time, or a list of
work emails with dates previewed line by line (each line's problem in the user's language) before
anything is stored. A list with a problem is refused whole: nothing is stored.

Everything goes through services.policy, which owns the rules and the audit record. Only a login
that may edit sees the way here (the main window hides it for readers).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QScrollArea, QSplitter, QTabWidget, QTextBrowser, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.policy import POLICY_AREAS, area
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row
from accountregistry.gui.file_folders import choose_file_to_open, file_name_part
from accountregistry.gui.formatting import format_date, format_number
from accountregistry.gui.messages import show_message
from accountregistry.gui.models.offboarding_model import WrappingDelegate
from accountregistry.gui.pdf_saver import PdfSaver
from accountregistry.gui.policy_document import policy_html, policy_title
from accountregistry.gui.widgets.date_field import DateField
from accountregistry.gui.widgets.person_picker import PersonPicker
from accountregistry.services import policy
from accountregistry.services.organisation import get_settings
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import laid_out, named, plain_label, push_button


def heading_of(area_id: str, heading: str | None) -> str:
    """An area's heading in the user's language; a company's own area as typed."""
    known = area(area_id)
    return QCoreApplication.translate("Policy", known.heading) if known else (heading or "")


class PolicyWindow(QDialog):
    """Emits ``changed`` after a version or acknowledgements were recorded."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Social-media policy"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._versions_tab(), self.tr("&Versions"))
        self.tabs.addTab(self._new_version_tab(), self.tr("&New version"))
        self.tabs.addTab(self._acknowledgements_tab(), self.tr("&Acknowledgements"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        laid_out(QVBoxLayout(self), (self.tabs, 1), close)
        self.resize(1000, 700)
        self.reload()

    # --- the versions ----------------------------------------------------------------------

    def _versions_tab(self) -> QWidget:
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([self.tr("Version"), self.tr("Effective from"), self.tr("Approved by"),
                                       self.tr("Acknowledged by")])
        self.versions.setAccessibleName(self.tr("Versions of the policy"))
        self.versions.setRootIsDecorated(False)
        for column, width in ((0, 80), (1, 130), (2, 200)):
            self.versions.setColumnWidth(column, width)
        self.texts = named(QTextBrowser(), self.tr("The version's texts"))
        self.versions.currentItemChanged.connect(lambda *_: self._show_texts())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.versions)
        splitter.addWidget(self.texts)
        splitter.setSizes([200, 400])
        self.pdf_button = push_button(self.tr("Save as &PDF…"), self.tr("Save the version as PDF"),
                                      lambda: self.save_pdf())
        self.pdf_button.setToolTip(self.tr("The chosen version as a PDF: the headings in the window's language, "
                                           "the company's texts as typed"))
        self.pdf_message = plain_label(hidden=True)
        self.saver = PdfSaver(self, say=lambda text, error: show_message(self.pdf_message, text, error=error))
        buttons = laid_out(QHBoxLayout(), self.pdf_button, (self.pdf_message, 1))
        page = QWidget()
        laid_out(QVBoxLayout(page), splitter, buttons)
        return page

    def save_pdf(self) -> bool:
        """The chosen version as a PDF in the window's language, written in the background."""
        item = self.versions.currentItem()
        if item is None:
            return False
        db, version_id = self.db, item.data(0, Qt.ItemDataRole.UserRole)
        chosen = next(v for v in self.all_versions if v.id == version_id)

        def build() -> tuple[str, str]:
            return (policy_html(get_settings(db).name, chosen, policy.policy_texts(db, version_id)),
                    policy_title(chosen))

        return self.saver.save(self.tr("Save the policy as PDF"),
                               file_name_part(policy_title(chosen)) + ".pdf", build)

    def reload(self) -> None:
        today = date.today()
        in_force = policy.current_policy(self.db, today=today)
        self.all_versions = policy.policy_versions(self.db)
        self.versions.clear()
        for version in self.all_versions:
            acknowledged = len(policy.acknowledgements_of(self.db, version.id))
            state = self.tr("in force") if in_force is not None and version.id == in_force.id else (
                self.tr("from {day}").format(day=format_date(version.effective_on)) if version.effective_on > today
                else "")
            item = QTreeWidgetItem(self.versions, [
                format_number(version.version) + (f" ({state})" if state else ""), format_date(version.effective_on),
                version.approved_by, format_number(acknowledged)])
            item.setData(0, Qt.ItemDataRole.UserRole, version.id)
        if self.versions.topLevelItemCount():
            self.versions.setCurrentItem(self.versions.topLevelItem(0))
        self.pdf_button.setEnabled(bool(self.all_versions))
        self._show_texts()
        self.ack_version.clear()
        for version in self.all_versions:
            self.ack_version.addItem(self.tr("Version {version} of {day}").format(
                version=format_number(version.version), day=format_date(version.effective_on)), version.version)
        if in_force is not None:
            self.ack_version.setCurrentIndex(self.ack_version.findData(in_force.version))
        for widget in (self.ack_button, self.import_button):
            widget.setEnabled(bool(self.all_versions))

    def _show_texts(self) -> None:
        item = self.versions.currentItem()
        if item is None:
            self.texts.setPlainText(self.tr("No version of the policy is recorded yet: record one under "
                                            "“New version”."))
            return
        parts = []
        for text in policy.policy_texts(self.db, item.data(0, Qt.ItemDataRole.UserRole)):
            parts.append(f"## {heading_of(text.area, text.heading)}\n\n{text.text}\n")
        self.texts.setMarkdown("\n".join(parts))

    # --- a new version -----------------------------------------------------------------------

    def _new_version_tab(self) -> QWidget:
        self.version_messages = FieldMessages(self)
        self.effective_on = DateField()
        self.approved_by = QLineEdit()
        self.approved_by.setMaxLength(200)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(form, self.tr("&Effective from"), self.effective_on, self.version_messages, "effective_on")
        self.effective_on.edit.setAccessibleName(self.tr("Effective from"))
        add_row(form, self.tr("Approved &by"), self.approved_by, self.version_messages, "approved_by")
        self.area_texts: dict[str, QPlainTextEdit] = {}
        for known in POLICY_AREAS:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(QCoreApplication.translate("Policy", known.question))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            add_row(form, QCoreApplication.translate("Policy", known.heading), edit, self.version_messages,
                    f"texts.{known.id}")
            self.area_texts[known.id] = edit
        self.own_heading = QLineEdit()
        self.own_heading.setMaxLength(200)
        self.own_heading.setPlaceholderText(self.tr("An area of the company's own, if any"))
        self.own_text = QPlainTextEdit()
        self.own_text.setTabChangesFocus(True)
        self.own_text.setFixedHeight(self.own_text.fontMetrics().lineSpacing() * 3 + 12)
        add_row(form, self.tr("Own area's &heading"), self.own_heading, self.version_messages, "own.0.heading")
        add_row(form, self.tr("Own area's te&xt"), self.own_text, self.version_messages, "own.0.text")
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.version_general = plain_label(hidden=True)
        self.record_version_button = push_button(self.tr("&Record version"), self.tr("Record version"),
                                                 self.record_version)
        buttons = laid_out(QHBoxLayout(), 1, self.record_version_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = plain_label(self.tr("A version is never changed once recorded: a change is a new version, which "
                                          "people acknowledge again. Write a text for each area the policy takes a "
                                          "stand on; leave the others empty."))
        laid_out(layout, explanation, (scroll, 1), self.version_general, buttons)
        return page

    def version_input(self) -> policy.PolicyInput:
        own = [(self.own_heading.text(), self.own_text.toPlainText())] if (
            self.own_heading.text().strip() or self.own_text.toPlainText().strip()) else []
        return policy.PolicyInput(effective_on=self.effective_on.date(), approved_by=self.approved_by.text(),
                                  texts={area_id: edit.toPlainText() for area_id, edit in self.area_texts.items()
                                         if edit.toPlainText().strip()}, own=own)

    def record_version(self) -> bool:
        self.version_messages.clear()
        show_message(self.version_general, None)
        problem = self.effective_on.problem()
        if problem:
            self.effective_on.set_error(problem)
            return False
        self.effective_on.set_error(None)
        try:
            version = policy.record_policy(self.db, self.version_input())
        except RegistryError as error:
            self.version_messages.show_refusal(error, self.version_general)
            return False
        for edit in (*self.area_texts.values(), self.own_text):
            edit.clear()
        for edit in (self.approved_by, self.own_heading):
            edit.clear()
        self.effective_on.set_date(None)
        self.reload()
        show_message(self.version_general, self.tr("Recorded version {version}.").format(
            version=format_number(version.version)), error=False)
        self.changed.emit()
        return True

    # --- acknowledgements --------------------------------------------------------------------

    def _acknowledgements_tab(self) -> QWidget:
        self.ack_messages = FieldMessages(self)
        self.ack_version = QComboBox()
        self.ack_person = PersonPicker(self.db)
        self.ack_on = DateField()
        self.ack_on.set_date(date.today())
        self.ack_button = push_button(self.tr("Record ackno&wledgement"), self.tr("Record acknowledgement"),
                                      self.acknowledge)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_row(form, self.tr("Versi&on"), self.ack_version)
        add_row(form, self.tr("&Person"), self.ack_person, self.ack_messages, "person")
        add_row(form, self.tr("Ac&knowledged on"), self.ack_on, self.ack_messages, "on")
        self.ack_on.edit.setAccessibleName(self.tr("Acknowledged on"))
        self.ack_general = plain_label(hidden=True)
        self.import_button = push_button(self.tr("&Import a list…"), self.tr("Import a list of acknowledgements"),
                                         self.choose_list,
                                         tip=self.tr("A text or CSV file with one work email and date per line"))
        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("Line"), self.tr("Work email"), self.tr("Person"), self.tr("Date"),
                                      self.tr("What happens")])
        self.preview.setAccessibleName(self.tr("The list, line by line"))
        self.preview.setRootIsDecorated(False)
        for column, width in ((0, 50), (1, 220), (2, 170), (3, 100)):
            self.preview.setColumnWidth(column, width)
        WrappingDelegate.install(self.preview)  # a line's problem is a sentence: read whole
        self.preview_summary = plain_label(hidden=True)
        self.confirm_import_button = push_button(self.tr("Record the &list"), self.tr("Record the list"),
                                                 self.import_list)
        self.confirm_import_button.setEnabled(False)
        self.list_path: Path | None = None
        single = laid_out(QHBoxLayout(), 1, self.ack_button)
        many = laid_out(QHBoxLayout(), self.import_button, 1, self.confirm_import_button)
        page = QWidget()
        laid_out(QVBoxLayout(page), form, single, self.ack_general, many, (self.preview, 1), self.preview_summary)
        return page

    def acknowledge(self) -> bool:
        self.ack_messages.clear()
        show_message(self.ack_general, None)
        person_id = self.ack_person.person_id()
        if person_id is None:
            self.ack_messages.set("person",
                                  self.ack_person.missing_message(self.tr("Choose who acknowledged the policy.")))
            return False
        problem = self.ack_on.problem()
        if problem or self.ack_on.date() is None:
            self.ack_on.set_error(problem or self.tr("The day of the acknowledgement is required."))
            return False
        self.ack_on.set_error(None)
        try:
            recorded = policy.acknowledge(self.db, person_id, version=self.ack_version.currentData(),
                                          on=self.ack_on.date())
        except RegistryError as error:
            self.ack_messages.show_refusal(error, self.ack_general)
            return False
        show_message(self.ack_general, self.tr("Recorded.") if recorded is not None
                     else self.tr("Already acknowledged: nothing changed."), error=False)
        self.reload()
        self.changed.emit()
        return True

    def choose_list(self) -> None:
        if path := choose_file_to_open(self, self.tr("Import a list of acknowledgements"),
                                       self.tr("Lists (*.csv *.txt *.tsv);;All files (*)")):
            self.preview_list(path)

    def preview_list(self, path: str | Path) -> bool:
        """Show what the list would record, line by line; True when it can be recorded whole."""
        self.tabs.setCurrentIndex(2)
        self.preview.clear()
        self.list_path = None
        self.confirm_import_button.setEnabled(False)
        try:
            _version, lines = policy.preview_acknowledgements(self.db, path, version=self.ack_version.currentData())
        except RegistryError as error:
            show_message(self.preview_summary, error.sentence())
            return False
        refused = [line for line in lines if line.problem is not None]
        for line in lines:
            what = line.problem.sentence() if line.problem else (
                self.tr("Acknowledged already") if line.already else self.tr("Recorded"))
            item = QTreeWidgetItem(self.preview, [format_number(line.line), line.email, line.name or "",
                                                  format_date(line.day) if line.day else "", what])
            item.setToolTip(4, what)
        if refused:
            show_message(self.preview_summary, self.tr(
                "{count} of {lines} lines have a problem: nothing is recorded. Correct the list and import it "
                "again.").format(count=format_number(len(refused)), lines=format_number(len(lines))))
            return False
        new = sum(not line.already for line in lines)
        show_message(self.preview_summary, self.tr("{new} acknowledgements to record, {already} acknowledged "
                                                   "already.").format(new=format_number(new),
                                                                      already=format_number(len(lines) - new)),
                     error=False)
        self.list_path = Path(path)
        self.confirm_import_button.setEnabled(True)
        return True

    def import_list(self) -> bool:
        if self.list_path is None:
            return False
        try:
            recorded, already = policy.import_acknowledgements(self.db, self.list_path,
                                                               version=self.ack_version.currentData())
        except RegistryError as error:  # the file changed since the preview: show it again
            show_message(self.preview_summary, error.sentence())
            self.confirm_import_button.setEnabled(False)
            return False
        self.confirm_import_button.setEnabled(False)
        self.list_path = None
        self.reload()
        show_message(self.preview_summary, self.tr("Recorded {recorded} acknowledgements; {already} were "
                                                   "acknowledged already.").format(
            recorded=format_number(recorded), already=format_number(already)), error=False)
        self.changed.emit()
        return True
