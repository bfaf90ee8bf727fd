"""A person's history in a window of its own, newest first: the audit trail's events about them
(with each change, names looked up as an account's history does), the agreements they gave (up to
date or not, and why) with their signed scans, the policy versions they acknowledged, and their
ambassador consent given and withdrawn. Read in the background (services/person_history.py);
a scan opens read-only with the system's viewer (gui/scan_viewer.py), its copy removed when the
window closes.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from accountregistry.gui.agreement_document import agreement_html, agreement_title
from accountregistry.gui.background_read import BackgroundRead
from accountregistry.gui.dialogs.account_detail import change_lines, event_summary, record_field_label
from accountregistry.gui.file_folders import file_name_part
from accountregistry.gui.formatting import capitalised, format_date, format_datetime, words
from accountregistry.gui.messages import show_message
from accountregistry.gui.pdf_saver import PdfSaver
from accountregistry.gui.scan_viewer import ScanViewer
from accountregistry.gui.widgets.agreements_section import change_text
from accountregistry.services.agreements import agreement_document
from accountregistry.services.people import IMPORTED
from accountregistry.services.person_history import PersonHistory, person_history
from accountregistry.store.database import Database, local_time
from accountregistry.store.models import CONSENT_SCOPES, ConsentRecord
from accountregistry.gui.widgets.dialog_parts import laid_out, named, plain_label, push_button

# Events of the person's own record and offboardings, which an account's history never shows.
PERSON_EVENTS = {
    ("person", "add"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Added to the registry"),
    ("person", IMPORTED): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Added to the registry by an import from HR"),
    ("person", "import"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Added to the registry by an account import"),
    ("person", "update"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Changed the person's record"),
    ("person", "anonymise"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Anonymised"),
    ("offboarding_case", "start"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Started an offboarding"),
    ("offboarding_case", "update"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Changed the offboarding"),
    ("offboarding_case", "close"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Closed the offboarding"),
    ("offboarding_case", "reopen"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Reopened the offboarding"),
    ("offboarding_case", "cancel"): QT_TRANSLATE_NOOP("PersonHistoryWindow", "Cancelled the offboarding"),
}

KIND = Qt.ItemDataRole.UserRole  # ("event" | "agreement" | "scan" | "acknowledgement" | "consent_given" |
# "consent_withdrawn", id) on each row


class PersonHistoryWindow(QWidget):
    def __init__(self, db: Database, person_id: int, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.person_id = person_id
        self.person_name: str | None = None  # once read
        self.setWindowTitle(self.tr("History"))
        self.heading = plain_label(wrap=False, bold=True, scale=1.3)
        self.status = plain_label(self.tr("Reading…"))
        self.tree = named(QTreeWidget(), self.tr("History"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Recorded by"), self.tr("What")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 170)
        self.open_button = push_button(self.tr("&Open scan"), self.tr("Open scan"), self.open_scan)
        self.open_button.setEnabled(False)
        self.agreement_button = push_button(self.tr("Holder's &agreement (PDF)…"), self.tr("Holder's agreement (PDF)"),
                                            lambda: self.save_agreement())
        self.agreement_button.setToolTip(self.tr("The agreement to sign about each account the person holds or "
                                                 "administers, as a PDF in the window's language"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = laid_out(QHBoxLayout(), self.open_button, self.agreement_button, (self.message, 1))
        laid_out(QVBoxLayout(self), self.heading, self.status, (self.tree, 1), buttons)
        self.viewer = ScanViewer(db, self)
        self.tree.currentItemChanged.connect(lambda *_: self.open_button.setEnabled(self._scan_id() is not None))
        self.tree.itemActivated.connect(lambda *_: self.open_scan())
        self.saver = PdfSaver(self, say=lambda text, error: show_message(self.message, text, error=error))
        self.read = BackgroundRead(self, person_history, self._show, arguments=lambda: (self.db, self.person_id),
                                   failure=self._failed, urgent=True)  # the user is waiting for it
        self.resize(1000, 640)
        self.read.request()

    def reload(self) -> None:
        self.read.request()

    def _failed(self, error: BaseException) -> None:
        from accountregistry.gui.tasks import failure_sentence

        self.status.setText(failure_sentence(error))

    # --- showing ------------------------------------------------------------------------------

    def _show(self, history: PersonHistory) -> None:
        self.heading.setText(self.tr("History of {name}").format(name=history.person.name))
        self.person_name = history.person.name
        self.setWindowTitle(self.tr("History of {name}").format(name=history.person.name))
        rows = [*self._events(history), *self._agreements(history), *self._acknowledgements(history),
                *self._consents(history)]
        rows.sort(key=lambda row: row[0], reverse=True)  # newest first, as an account's history
        self.tree.clear()
        for _key, item in rows:
            self.tree.addTopLevelItem(item)
            # An event's changes on request; an agreement's reasons and scans at once.
            item.setExpanded(item.data(0, KIND)[0] == "agreement")
        self.status.setText(self.tr("{count} entries, newest first.").format(count=len(rows)) if rows
                            else self.tr("Nothing is recorded about this person yet."))

    def _who(self, history: PersonHistory, login: str) -> str:
        return self.tr("{name} ({login})").format(name=history.logins[login], login=login) \
            if login in history.logins else login

    @staticmethod
    def _row(kind: str, row_id: int, texts: list[str], children: list[str] = ()) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        item.setData(0, KIND, (kind, row_id))
        item.setToolTip(2, texts[2])
        for line in children:
            item.addChild(QTreeWidgetItem(["", "", line]))
        return item

    def _events(self, history: PersonHistory):
        for event in history.events:
            own = PERSON_EVENTS.get((event.entity, event.action))
            what = QCoreApplication.translate("PersonHistoryWindow", own) if own else event_summary(event, history.names)
            if event.account_id and event.account_id in history.accounts:
                what = self.tr("{account}: {what}").format(account=capitalised(history.accounts[event.account_id]),
                                                           what=what)
            yield (local_time(event.at), 1), self._row("event", event.id, [
                format_datetime(event.at), self._who(history, event.actor), what], change_lines(event, history.names))

    def _agreements(self, history: PersonHistory):
        for state in history.agreements:
            a = state.agreement
            covered = ", ".join(history.accounts.get(item.account_id, str(item.account_id)) for item in state.items)
            what = self.tr("Gave the {document} ({channel}), covering {accounts}: {state}").format(
                document=words(a.kind), channel=words(a.channel), accounts=covered,
                state=self.tr("out of date") if state.out_of_date else self.tr("up to date"))
            item = self._row("agreement", a.id, [format_date(a.agreed_on), self._who(history, a.recorded_by), what],
                             [capitalised(change_text(change, history.accounts)) for change in state.changes])
            for attachment_id, name, _media, size in state.attachments:
                removed = attachment_id in state.removed  # when its signer was anonymised: nothing to open
                scan = QTreeWidgetItem(["", "", self.tr("Signed scan: removed on anonymisation") if removed else
                                        self.tr("Signed scan: {file} ({size} kB), opens read-only").format(
                                            file=name, size=max(1, round(size / 1024)))])
                scan.setData(0, KIND, ("removed scan" if removed else "scan", attachment_id))
                item.addChild(scan)
            yield (_day(a.agreed_on), 0), item

    def _acknowledgements(self, history: PersonHistory):
        for n, ack in enumerate(history.acknowledgements):
            yield (_day(ack.acknowledged_on), 0), self._row("acknowledgement", n, [
                format_date(ack.acknowledged_on), self._who(history, ack.recorded_by),
                self.tr("Acknowledged version {version} of the social-media policy").format(version=ack.version)])

    def _consents(self, history: PersonHistory):
        for record in history.consents:
            account = history.accounts.get(record.account_id, str(record.account_id))
            who = self._who(history, record.recorded_by)
            if record.given_on is not None:
                asked = history.names.get(record.asked_by_id) if record.asked_by_id else None
                what = self.tr("Gave ambassador consent for {account}: {scope}").format(
                    account=account, scope=_scope(record) or self.tr("nothing asked yet"))
                if asked:
                    what += " " + self.tr("(asked by {name})").format(name=asked)
                yield (_day(record.given_on), 0), self._row("consent_given", record.id,
                                                            [format_date(record.given_on), who, what])
            if record.withdrawn_on is not None:
                what = self.tr("Withdrew ambassador consent for {account}").format(account=account)
                yield (_day(record.withdrawn_on), 0), self._row(
                    "consent_withdrawn", record.id, [format_date(record.withdrawn_on), who, what],
                    [record.withdrawal_note] if record.withdrawal_note else [])

    # --- scans ----------------------------------------------------------------------------------

    def _scan_id(self) -> int | None:
        item = self.tree.currentItem()
        kind = item.data(0, KIND) if item is not None else None
        return kind[1] if kind and kind[0] == "scan" else None

    def open_scan(self) -> None:
        scan_id = self._scan_id()
        if scan_id is not None:
            self.message.setText(self.viewer.open(scan_id) or "")

    # --- the holder's agreement --------------------------------------------------------------

    def save_agreement(self) -> bool:
        """The holder's agreement as a PDF in the window's language, written in the background."""
        db, person_id = self.db, self.person_id

        def build() -> tuple[str, str]:
            document = agreement_document(db, person_id)
            return agreement_html(document), agreement_title(document)

        return self.saver.save(self.tr("Save the holder's agreement as PDF"),
                               file_name_part(self.tr("Agreement - {name}").format(name=self.person_name or self.person_id)) + ".pdf", build)

    def rows(self) -> list[tuple[str, int]]:
        """(kind, id) of each top-level row, in the order shown (for tests)."""
        return [tuple(self.tree.topLevelItem(n).data(0, KIND)) for n in range(self.tree.topLevelItemCount())]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.viewer.cleanup()
        super().closeEvent(event)


def _day(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _scope(record: ConsentRecord) -> str:
    return ", ".join(record_field_label("consent_record", name).lower() for name in CONSENT_SCOPES
                     if getattr(record, name))
