"""The agreements that covered an account, in its window: who agreed, when, how, whether the
agreement is still up to date (and why not), its signed scans; recording the holder's agreement,
attaching a scan, and opening one read-only with the system's viewer.

A scan is opened through gui/scan_viewer.py: a read-only copy in a private temporary folder,
removed when this tab is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from accountregistry.domain.errors import RegistryError, ValidationError
from accountregistry.gui.dialogs.record_confirmation import channel_box
from accountregistry.gui.dialogs.register_account import FieldMessages, add_row, date_edit
from accountregistry.gui.file_folders import choose_file_to_open
from accountregistry.gui.formatting import format_date, words
from accountregistry.gui.scan_viewer import ScanViewer
from accountregistry.services import agreements
from accountregistry.services.accounts import get_account
from accountregistry.store.database import Database
from accountregistry.gui.widgets.dialog_parts import laid_out, plain_label


def change_text(change: agreements.Change, names: dict[int, str]) -> str:
    return change.sentence(names.get(change.account_id, str(change.account_id)))


@dataclass(frozen=True)
class AgreementsRead:
    """What the section shows, read together (in the background when the account window opens)."""

    holder_id: int | None
    states: list  # agreements.agreements_covering
    account_names: dict[int, str]  # the handles of the accounts the agreements name
    person_names: dict[int, str]  # who agreed


def read_agreements(db: Database, account_id: int) -> AgreementsRead:
    from accountregistry.services.lookups import person_names

    states = agreements.agreements_covering(db, account_id)
    names: dict[int, str] = {}
    for state in states:
        for account in [*(item.account_id for item in state.items), *(c.account_id for c in state.changes)]:
            if account not in names:
                names[account] = get_account(db, account).handle
    return AgreementsRead(get_account(db, account_id).holder_id, states, names,
                          person_names(db, [state.agreement.person_id for state in states]))


class AgreementsSection(QWidget):
    """Emits ``changed`` after anything was recorded."""

    changed = Signal()

    def __init__(self, db: Database, account_id: int, *, read: bool = True):
        super().__init__()
        self.db = db
        self.account_id = account_id
        self.holder_id: int | None = None
        self.messages = FieldMessages(self)
        self.explanation = plain_label(self.tr(
                 "An agreement covers every account its person holds or administers, with the handover terms' "
                 "version and the mandate as they stood; when those change it is out of date."))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Agreed on"), self.tr("Who"), self.tr("Document"), self.tr("Channel"),
                                   self.tr("State")])
        self.tree.setAccessibleName(self.tr("Agreements"))
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 180)
        self.tree.setColumnWidth(2, 170)
        self.tree.setColumnWidth(3, 150)
        self.agreed_on = date_edit()
        self.channel = channel_box()
        self.record_button = QPushButton(self.tr("Record the holder's agreement"))
        self.attach_button = QPushButton(self.tr("Attach signed scan…"))
        self.open_button = QPushButton(self.tr("Open scan"))
        for field in (self.agreed_on, self.channel):
            field.setMaximumWidth(280)
        form = QFormLayout()
        add_row(form, self.tr("Agreed on"), self.agreed_on, self.messages, "agreed_on")
        add_row(form, self.tr("Channel"), self.channel, self.messages, "channel")
        buttons = QHBoxLayout()
        for button in (self.record_button, self.attach_button, self.open_button):
            button.setAccessibleName(button.text().replace("…", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.general = QLabel()
        self.general.setWordWrap(True)
        laid_out(QVBoxLayout(self), self.explanation, (self.tree, 1), form, buttons, self.general,
                 self.messages.label_for("file"))
        self.record_button.clicked.connect(self.record)
        self.attach_button.clicked.connect(self.attach_chosen)
        self.open_button.clicked.connect(self.open_selected)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.viewer = ScanViewer(db, self)
        self.states: list = []
        if read:  # else the owner reads it in the background and calls fill()
            self.reload()
        else:
            self.record_button.setEnabled(False)  # until the holder is known
            self._update_buttons()

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.fill(read_agreements(self.db, self.account_id))

    def fill(self, read: AgreementsRead) -> None:
        """Show what `read_agreements` read."""
        self.holder_id = read.holder_id
        self.tree.clear()
        self.states = read.states
        names = read.account_names
        for state in self.states:
            a = state.agreement
            why = [change_text(c, names) for c in state.changes]
            person = read.person_names.get(a.person_id, str(a.person_id))
            item = QTreeWidgetItem(self.tree, [format_date(a.agreed_on), person, words(a.kind),
                                    words(a.channel), self.tr("Out of date") if why else self.tr("Up to date")])
            item.setData(0, Qt.ItemDataRole.UserRole, ("agreement", a.id))
            if why:
                item.setToolTip(4, "\n".join(why))
                for line in why:
                    QTreeWidgetItem(item, ["", "", "", "", line])
            for attachment_id, name, _media, size in state.attachments:
                removed = attachment_id in state.removed  # when its signer was anonymised: nothing to open
                scan = QTreeWidgetItem(item, ["", self.tr("Scan"), self.tr("Removed") if removed else name, "",
                                              self.tr("{size} kB").format(size=max(1, round(size / 1024)))])
                if removed:
                    scan.setToolTip(2, self.tr("Removed on anonymisation"))
                scan.setData(0, Qt.ItemDataRole.UserRole, ("removed scan" if removed else "scan", attachment_id))
            item.setExpanded(True)
        self.record_button.setEnabled(self.holder_id is not None)
        self._update_buttons()

    def _selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self, *_args) -> None:
        chosen = self._selected()
        self.attach_button.setEnabled(bool(chosen) and chosen[0] == "agreement")
        self.open_button.setEnabled(bool(chosen) and chosen[0] == "scan")

    # --- writing ---------------------------------------------------------------------------

    def _show(self, error: RegistryError) -> None:
        if isinstance(error, ValidationError):
            self.general.setText(self.messages.show(error.sentences()))
        else:
            self.general.setText(error.sentence())

    def record(self) -> None:
        self.messages.clear()
        self.general.clear()
        if self.holder_id is None:
            return
        data = agreements.AgreementInput(agreed_on=self.agreed_on.date().toPython(), channel=self.channel.currentData())
        try:
            agreements.record_agreement(self.db, self.holder_id, data)
        except RegistryError as error:
            self._show(error)
            return
        self.reload()
        self.changed.emit()

    def attach_chosen(self) -> None:
        if path := choose_file_to_open(self, self.tr("Attach signed scan"),
                                       self.tr("Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)")):
            self.attach(path)

    def attach(self, path: str | Path) -> bool:
        chosen = self._selected()
        if not chosen or chosen[0] != "agreement":
            return False
        self.messages.clear()
        self.general.clear()
        try:
            agreements.attach(self.db, chosen[1], path)
        except RegistryError as error:
            self._show(error)
            return False
        self.reload()
        self.changed.emit()
        return True

    def open_selected(self) -> None:
        chosen = self._selected()
        if not chosen or chosen[0] != "scan":
            return
        refusal = self.viewer.open(chosen[1])
        if refusal:
            self.general.setText(refusal)
