"""The access request as a readable document: everything the registry holds about one person
(services/person_data.py), section by section, in the window's language, written as PDF with
the offboarding documents' printing (gui/documents.py)."""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from accountregistry.gui.dialogs.account_detail import change_lines, event_summary
from accountregistry.gui.documents import _page, _table, e, write_pdf
from accountregistry.gui.formatting import format_date, format_datetime, words
from accountregistry.services.people import IMPORTED
from accountregistry.services.person_data import PersonData
from accountregistry.store.models import AuditEvent

CONTEXT = "PersonData"
# Each section: its heading, and its columns with their headings.
SECTIONS = {
    "accounts_held": (QT_TRANSLATE_NOOP("PersonData", "Accounts that present the person"), {
        "platform": QT_TRANSLATE_NOOP("PersonData", "Platform"), "handle": QT_TRANSLATE_NOOP("PersonData", "Handle"),
        "kind": QT_TRANSLATE_NOOP("PersonData", "Kind"), "status": QT_TRANSLATE_NOOP("PersonData", "Status"),
        "login_email": QT_TRANSLATE_NOOP("PersonData", "Login email")}),
    "roles": (QT_TRANSLATE_NOOP("PersonData", "Roles on accounts, active and past"), {
        "account": QT_TRANSLATE_NOOP("PersonData", "Account"), "role": QT_TRANSLATE_NOOP("PersonData", "Role"),
        "granted_on": QT_TRANSLATE_NOOP("PersonData", "Granted on"),
        "revoked_on": QT_TRANSLATE_NOOP("PersonData", "Revoked on"),
        "reason": QT_TRANSLATE_NOOP("PersonData", "Reason")}),
    "handover_terms": (QT_TRANSLATE_NOOP("PersonData", "Handover terms naming the person as successor"), {
        "account": QT_TRANSLATE_NOOP("PersonData", "Account"),
        "disposition": QT_TRANSLATE_NOOP("PersonData", "Disposition"),
        "agreed_on": QT_TRANSLATE_NOOP("PersonData", "Agreed on")}),
    "consent_records": (QT_TRANSLATE_NOOP("PersonData", "Consent records"), {
        "account": QT_TRANSLATE_NOOP("PersonData", "Account"),
        "given_on": QT_TRANSLATE_NOOP("PersonData", "Consent given on"),
        "withdrawn_on": QT_TRANSLATE_NOOP("PersonData", "Consent withdrawn on")}),
    "offboarding_cases": (QT_TRANSLATE_NOOP("PersonData", "Offboardings"), {
        "last_working_day": QT_TRANSLATE_NOOP("PersonData", "Last working day"),
        "status": QT_TRANSLATE_NOOP("PersonData", "Status"),
        "opened_at": QT_TRANSLATE_NOOP("PersonData", "Opened"), "closed_at": QT_TRANSLATE_NOOP("PersonData", "Closed")}),
    "checklist_items": (QT_TRANSLATE_NOOP("PersonData", "Checklist items assigned to the person"), {
        "account": QT_TRANSLATE_NOOP("PersonData", "Account"),
        "title": QT_TRANSLATE_NOOP("PersonData", "Item"), "due_on": QT_TRANSLATE_NOOP("PersonData", "Due on"),
        "status": QT_TRANSLATE_NOOP("PersonData", "Status")}),
    "agreements": (QT_TRANSLATE_NOOP("PersonData", "Agreements the person gave"), {
        "kind": QT_TRANSLATE_NOOP("PersonData", "Document"), "agreed_on": QT_TRANSLATE_NOOP("PersonData", "Agreed on"),
        "channel": QT_TRANSLATE_NOOP("PersonData", "Channel"),
        "accounts": QT_TRANSLATE_NOOP("PersonData", "Accounts covered"),
        "signed_scans": QT_TRANSLATE_NOOP("PersonData", "Signed scans")}),
    "policy_acknowledgements": (QT_TRANSLATE_NOOP("PersonData", "Social-media policy acknowledged"), {
        "version": QT_TRANSLATE_NOOP("PersonData", "Policy version"),
        "acknowledged_on": QT_TRANSLATE_NOOP("PersonData", "Acknowledged on")}),
    # Each event as the account window's history tells it (_readable_event).
    "audit_events": (QT_TRANSLATE_NOOP("PersonData", "Recorded changes (audit trail)"), {
        "at": QT_TRANSLATE_NOOP("PersonData", "When"), "actor": QT_TRANSLATE_NOOP("PersonData", "Who"),
        "account": QT_TRANSLATE_NOOP("PersonData", "Account"),
        "what": QT_TRANSLATE_NOOP("PersonData", "What"), "change": QT_TRANSLATE_NOOP("PersonData", "Change"),
        "details": QT_TRANSLATE_NOOP("PersonData", "Details")}),
}
# The record an event is about (its table), in words.
ENTITY_NAMES = {
    "person": QT_TRANSLATE_NOOP("PersonData", "Person"), "account": QT_TRANSLATE_NOOP("PersonData", "Account"),
    "account_role": QT_TRANSLATE_NOOP("PersonData", "Role"),
    "handover_terms": QT_TRANSLATE_NOOP("PersonData", "Handover terms"),
    "offboarding_case": QT_TRANSLATE_NOOP("PersonData", "Offboarding"),
    "checklist_item": QT_TRANSLATE_NOOP("PersonData", "Checklist item"),
    "consent_record": QT_TRANSLATE_NOOP("PersonData", "Consent record"),
    "agreement": QT_TRANSLATE_NOOP("PersonData", "Agreement"),
    "attachment": QT_TRANSLATE_NOOP("PersonData", "Signed scan"),
    "policy_acknowledgement": QT_TRANSLATE_NOOP("PersonData", "Policy acknowledgement"),
}
# Events the account window never shows (they are not about an account), in words; the others
# read as its history does (account_detail.event_summary), an import's rows too. (entity, action).
EVENT_SUMMARIES = {
    ("person", "add"): QT_TRANSLATE_NOOP("PersonData", "Added the person to the registry"),
    ("person", IMPORTED): QT_TRANSLATE_NOOP("PersonData", "Added the person to the registry by an import from HR"),
    ("person", "update"): QT_TRANSLATE_NOOP("PersonData", "Changed the person record"),
    ("person", "anonymise"): QT_TRANSLATE_NOOP("PersonData", "Anonymised the person"),
    ("offboarding_case", "start"): QT_TRANSLATE_NOOP("PersonData", "Started the offboarding"),
    ("offboarding_case", "update"): QT_TRANSLATE_NOOP("PersonData", "Changed the offboarding"),
    ("offboarding_case", "close"): QT_TRANSLATE_NOOP("PersonData", "Closed the offboarding"),
    ("offboarding_case", "cancel"): QT_TRANSLATE_NOOP("PersonData", "Cancelled the offboarding"),
    ("offboarding_case", "reopen"): QT_TRANSLATE_NOOP("PersonData", "Reopened the offboarding"),
    ("policy_acknowledgement", "acknowledge"): QT_TRANSLATE_NOOP("PersonData", "Acknowledged the social-media policy"),
    ("account", "remove_personal"): QT_TRANSLATE_NOOP("PersonData", "Removed the personal account from the registry"),
    ("person", "import"): QT_TRANSLATE_NOOP("PersonData", "Added the person to the registry by an account import"),
}
PERSON_FIELDS = {
    "name": QT_TRANSLATE_NOOP("PersonData", "Name"), "work_email": QT_TRANSLATE_NOOP("PersonData", "Work email"),
    "department": QT_TRANSLATE_NOOP("PersonData", "Department"), "title": QT_TRANSLATE_NOOP("PersonData", "Title"),
    "employment_status": QT_TRANSLATE_NOOP("PersonData", "Employment status"),
    "last_working_day": QT_TRANSLATE_NOOP("PersonData", "Last working day"),
    "manager": QT_TRANSLATE_NOOP("PersonData", "Manager"),
    "login": QT_TRANSLATE_NOOP("PersonData", "Database login"),
    "created_at": QT_TRANSLATE_NOOP("PersonData", "Registered"),
}
WORD_COLUMNS = {"kind", "status", "role", "disposition", "employment_status", "channel"}
_DAY, _MOMENT = re.compile(r"\d{4}-\d\d-\d\d"), re.compile(r"\d{4}-\d\d-\d\dT.+")  # as they are stored


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


MEDIA_NAMES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}


def _scan(scan: dict) -> str:
    """A signed scan as the list names it: its file, type and size, or when it was removed."""
    if scan.get("removed_at"):
        return QCoreApplication.translate("PersonData", "scan {id}, removed on {date} when the person was anonymised").format(
            id=scan["id"], date=_shown("removed_at", scan["removed_at"]))
    return QCoreApplication.translate("PersonData", "{file} ({type}, {size} kB)").format(
        file=scan["file_name"], type=MEDIA_NAMES.get(scan["media_type"], "?"), size=max(1, round(scan["size"] / 1024)))


def _shown(column: str, value: object) -> str:
    """A stored value as a person reads it: dates in their language, the product's words translated."""
    if value is None or value == "":
        return ""
    if column == "signed_scans":
        return "; ".join(_scan(scan) for scan in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}: {item}" for key, item in value.items() if item not in (None, ""))
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if not isinstance(value, str):
        return str(value)
    if _DAY.fullmatch(value):
        return format_date(date.fromisoformat(value))
    if _MOMENT.fullmatch(value):
        return format_datetime(datetime.fromisoformat(value.replace("Z", "+00:00")))
    return words(value) if column in WORD_COLUMNS else value


def _readable_event(row: dict, names: dict[int, str]) -> dict:
    """An audit event's row with what it is about, its change and the values it recorded in the
    reader's words, as the account window's history shows them."""
    event = AuditEvent(**{name: row.get(name) for name in ("entity", "entity_id", "action", "old_values",
                                                            "new_values")}, actor=row["actor"])
    summary = EVENT_SUMMARIES.get((event.entity, event.action))
    entity = ENTITY_NAMES.get(event.entity)
    return {**row, "what": tr(entity) if entity else words(event.entity),
            "change": tr(summary) if summary else event_summary(event, names),
            "details": "; ".join(change_lines(event, names))}


def _section(name: str, rows: list[dict]) -> str:
    heading, columns = SECTIONS[name]
    parts = [f"<h2>{e(tr(heading))} ({len(rows)})</h2>"]
    if not rows:
        none = QCoreApplication.translate("PersonData", "None.")
        return parts[0] + f"<p>{e(none)}</p>"
    parts.append(_table([tr(label) for label in columns.values()]))
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{e(_shown(column, row.get(column)))}</td>" for column in columns) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def person_data_title(data: PersonData) -> str:
    return QCoreApplication.translate("PersonData", "What {organisation} holds about {name}").format(organisation=data.organisation or "?",
                                                                name=data.person["name"])


def person_data_html(data: PersonData) -> str:
    title = person_data_title(data)
    record = QCoreApplication.translate("PersonData", "The person record")
    written = QCoreApplication.translate("PersonData", "Written {when} in answer to an access request (GDPR Art. "
                                                       "15).").format(when=_shown("at", data.exported_at))
    facts = "".join(f"<tr><th>{e(tr(label))}</th><td>{e(_shown(field, data.person.get(field)))}</td></tr>"
                    for field, label in PERSON_FIELDS.items())
    parts = [f"<h1>{e(title)}</h1>",
             f'<p class="meta">{e(written)}</p>',
             f"<h2>{e(record)}</h2>",
             f'<table class="grid" border="1" cellspacing="0" cellpadding="4">{facts}</table>']
    sections = {**data.sections, "audit_events": [_readable_event(row, data.names)
                                                   for row in data.sections["audit_events"]]}
    parts += [_section(name, sections[name]) for name in SECTIONS]
    return _page(title, parts)


def write_person_data_pdf(data: PersonData, path: str | os.PathLike) -> Path:
    return write_pdf(person_data_html(data), path, title=person_data_title(data))
