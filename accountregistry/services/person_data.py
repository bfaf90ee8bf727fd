"""An access request (GDPR Art. 15): everything the registry holds about one person.

    person              the person record (with their manager's name)
    accounts_held       accounts that present them, now or before (they are or were the holder:
                        the trail's holder changes name them), with consent dates
    roles               every role they hold or held, with its account and dates
    handover_terms      terms that name them as successor or as the company's signatory
    consent_records     their consent given or withdrawn, and the consent they asked others for
    offboarding_cases   offboardings of them, or naming them as successor
    checklist_items     checklist items assigned to them
    agreements          agreements they gave (the holder's agreement, the handover confirmation),
                        with the accounts each covered and their signed scans (file name, type,
                        size, SHA-256; in the JSON file the scan itself, base64; a scan removed
                        when the person was anonymised says when)
    policy_acknowledgements  the versions of the social-media policy they acknowledged
    audit_events        events about any of the above rows, oldest first

The sections are plain data (JSON types): the command line writes them as JSON, the window as
a readable PDF in the window's language. Nothing here is a secret: the registry holds none.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry.services import import_trail, personal_values
from accountregistry.services.audit import plain, snapshot
from accountregistry.services.files import write_whole
from accountregistry.services.lookups import person_ids_in_events
from accountregistry.services.people import IMPORTED, PERSON_FIELDS, in_runs
from accountregistry.services.records import existing
from accountregistry.store.database import Database
from accountregistry.store.models import (Account, AccountRole, Agreement, AgreementItem, Attachment, AuditEvent,
                                          CONSENT_SCOPES, ChecklistItem, ConsentRecord, HandoverTerms, OffboardingCase,
                                          OrganisationSettings, Person, PolicyAcknowledgement, PolicyVersion, SQLModel)

SECTIONS = ("accounts_held", "roles", "handover_terms", "consent_records", "offboarding_cases", "checklist_items",
            "agreements", "policy_acknowledgements", "audit_events")
ACCOUNT_COLUMNS = ("id", "platform", "presence", "handle", "url", "display_name", "kind", "status", "login_email",
                   "ambassador")
ROLE_COLUMNS = ("id", "account_id", "role", "granted_on", "granted_by", "revoked_on", "revoked_by", "reason")
TERMS_COLUMNS = ("id", "account_id", "version", "disposition", "successor_id", "agreed_on", "agreed_by_holder",
                 "agreed_by_company")
CASE_COLUMNS = ("id", "person_id", "successor_id", "last_working_day", "status", "status_reason", "internal_move",
                "opened_at", "closed_at")
ITEM_COLUMNS = ("id", "case_id", "account_id", "title", "due_on", "status", "waive_reason", "done_by", "done_at",
                "note")
EVENT_COLUMNS = ("id", "at", "actor", "entity", "entity_id", "action", "account_id", "old_values", "new_values")
SCAN_COLUMNS = ("id", "file_name", "media_type", "size", "sha256", "recorded_at", "removed_at")
PERSON_COLUMNS = ("id", "name", "work_email", "department", "title", "employment_status", "last_working_day", "login",
                  "created_at", "updated_at", "anonymised_at")


@dataclass
class PersonData:
    """What the registry holds about one person, section by section (module docstring)."""

    organisation: str
    exported_at: str
    person: dict[str, Any]
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # The names of the people the events refer to by id, for reading them (not part of the JSON,
    # which keeps the ids as recorded).
    names: dict[int, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"organisation": self.organisation, "exported_at": self.exported_at, "person": self.person,
                **{name: self.sections[name] for name in SECTIONS}}

    def count(self) -> int:
        """Items held, the person record included."""
        return 1 + sum(len(rows) for rows in self.sections.values())


def _all(session: Session, statement) -> list:
    return list(session.exec(statement))


def _events(session: Session, person: Person, rows: dict[str, Iterable[int]]) -> list[AuditEvent]:
    """Events about the person's rows: (entity, ids) pairs, and the import from HR that added
    them; read as a person reads them (personal_values.restore, as_added)."""
    conditions = [sa.and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(list(ids)))
                  for entity, ids in rows.items() if ids]
    events = _all(session, select(AuditEvent).where(sa.or_(*conditions)).order_by(AuditEvent.id))
    if not any(e.entity == "person" and e.entity_id == person.id and e.action in _ADDING for e in events):
        events = sorted([*events, *_import_that_added(session, person.id)], key=lambda e: e.id)
    return as_added(person, personal_values.restore(session, events))


def _import_that_added(session: Session, person_id: int) -> list[AuditEvent]:
    """The import from HR that added the person, for one added by none of the person's own
    events. Its entity_id is the first person it added, so it is the nearest import at or below
    the person's id (an earlier one only if two imports on a server took ids side by side): the
    index on (entity, entity_id) is walked down from the person, not over every person event."""
    below = person_id
    while True:
        event = session.exec(select(AuditEvent).where(
            AuditEvent.entity == "person", AuditEvent.entity_id <= below, AuditEvent.action == IMPORTED)
            .order_by(AuditEvent.entity_id.desc(), AuditEvent.id.desc()).limit(1)).first()
        if event is None or in_runs(event.new_values["added"], person_id):
            return [event] if event is not None else []
        below = event.entity_id - 1


# The actions of the event that adds a person: add_person, the people import, the account import.
_ADDING = ("add", IMPORTED, "import")


def as_added(person: Person, events: list[AuditEvent]) -> list[AuditEvent]:
    """The events (restored copies, oldest first) with the one that added the person showing the
    values they were added with: a field's old value in its first recorded change, or the row's
    own if it never changed (people.ADDED_FIELDS: the event records only what the row does not
    hold; an import from HR names whom it added). An anonymised person's name reads as their
    pseudonym, their email and title as blank, as everywhere else."""
    values = {name: plain(getattr(person, name)) for name in PERSON_FIELDS}
    for event in reversed(events):
        if event.entity == "person" and event.entity_id == person.id:
            values.update((name, old) for name, old in (event.old_values or {}).items() if name in values)
    for event in events:
        if event.entity == "person" and event.action in _ADDING and event.old_values is None:
            recorded = event.new_values if event.action != IMPORTED else {}
            event.entity_id, event.new_values = person.id, {**values, **(recorded or {})}
    return events


def _held_before(pid: int) -> sa.ColumnElement:
    """Accounts the person holds or held: the holder changes of the trail name them by id."""
    named = sa.or_(*(values["holder_id"].as_integer() == pid
                     for values in (AuditEvent.old_values, AuditEvent.new_values)))
    return sa.or_(Account.holder_id == pid, Account.id.in_(
        select(AuditEvent.entity_id).where(AuditEvent.entity == "account", named)))


def rows_about(session: Session, person: Person) -> dict[str, list[SQLModel]]:
    """The person's rows by section (SECTIONS), the events about any of them last (oldest first):
    what an access request lists, and what the person's history in the window shows."""
    pid = person.id
    held = _all(session, select(Account).where(_held_before(pid)).order_by(Account.id))
    roles = _all(session, select(AccountRole).where(AccountRole.person_id == pid).order_by(AccountRole.id))
    # Terms naming them: as the successor, or as the company's signatory (by name, as recorded).
    terms = _all(session, select(HandoverTerms).where(sa.or_(
        HandoverTerms.successor_id == pid, HandoverTerms.agreed_by_company == person.name)).order_by(HandoverTerms.id))
    cases = _all(session, select(OffboardingCase).where(
        sa.or_(OffboardingCase.person_id == pid, OffboardingCase.successor_id == pid)).order_by(OffboardingCase.id))
    # The person's own consent to ambassador work, given or withdrawn (services/consent.py), and
    # the consent they asked others for.
    consent = _all(session, select(ConsentRecord).where(
        sa.or_(ConsentRecord.person_id == pid, ConsentRecord.asked_by_id == pid)).order_by(ConsentRecord.id))
    items = _all(session, select(ChecklistItem).where(ChecklistItem.assignee_person_id == pid)
                 .order_by(ChecklistItem.id))
    agreements = _all(session, select(Agreement).where(Agreement.person_id == pid).order_by(Agreement.id))
    scans = _all(session, select(Attachment.id).where(Attachment.agreement_id.in_([a.id for a in agreements])))
    acknowledged = _all(session, select(PolicyAcknowledgement).where(PolicyAcknowledgement.person_id == pid)
                        .order_by(PolicyAcknowledgement.id))
    events = _events(session, person, {"person": [pid], "account": [a.id for a in held], "account_role": [r.id for r in roles],
                               "handover_terms": [t.id for t in terms], "offboarding_case": [c.id for c in cases],
                               "checklist_item": [i.id for i in items], "consent_record": [c.id for c in consent],
                               "agreement": [a.id for a in agreements], "attachment": scans,
                               "policy_acknowledgement": [a.id for a in acknowledged]})
    # What an account import added reads as an event per row, as imports used to record them.
    events = import_trail.with_added_rows(session, events, {"account": held, "account_role": roles,
                                                            "handover_terms": terms})
    return {"accounts_held": held, "roles": roles, "handover_terms": terms, "consent_records": consent,
            "offboarding_cases": cases, "checklist_items": items, "agreements": agreements,
            "policy_acknowledgements": acknowledged, "audit_events": events}


COLUMNS = {"accounts_held": ACCOUNT_COLUMNS, "roles": ROLE_COLUMNS, "handover_terms": TERMS_COLUMNS,
           "consent_records": ("id", "account_id", "given_on", *CONSENT_SCOPES, "asked_by_id", "withdrawn_on",
                               "withdrawal_note"),
           "offboarding_cases": CASE_COLUMNS, "checklist_items": ITEM_COLUMNS,
           "agreements": ("id", "kind", "agreed_on", "channel", "case_id", "note", "recorded_at", "recorded_by"),
           "policy_acknowledgements": ("id", "policy_version_id", "acknowledged_on", "recorded_at", "recorded_by"),
           "audit_events": EVENT_COLUMNS}


def _describe_agreements(session: Session, sections: dict[str, list[dict[str, Any]]]) -> None:
    """Each agreement names the accounts it covered and its signed scans (SCAN_COLUMNS); each
    acknowledgement the policy's version number."""
    ids = [row["id"] for row in sections["agreements"]]
    covered: dict[int, list[str]] = {agreement_id: [] for agreement_id in ids}
    scans: dict[int, list[dict[str, Any]]] = {agreement_id: [] for agreement_id in ids}
    for agreement_id, platform, handle in session.exec(
            select(AgreementItem.agreement_id, Account.platform, Account.handle)
            .join(Account, Account.id == AgreementItem.account_id)
            .where(AgreementItem.agreement_id.in_(ids)).order_by(AgreementItem.id)):
        covered[agreement_id].append(f"{platform} {handle}")
    table = Attachment.__table__.c
    for scan in session.execute(sa.select(table.agreement_id, *(table[name] for name in SCAN_COLUMNS))
                                .where(table.agreement_id.in_(ids)).order_by(table.id)).mappings():
        scans[scan["agreement_id"]].append({name: plain(scan[name]) for name in SCAN_COLUMNS})
    for row in sections["agreements"]:
        row["accounts"], row["signed_scans"] = covered[row["id"]], scans[row["id"]]
    versions = {version_id: number
                for version_id, number in session.exec(select(PolicyVersion.id, PolicyVersion.version))}
    for row in sections["policy_acknowledgements"]:
        row["version"] = versions.get(row["policy_version_id"])


def _name_accounts(session: Session, sections: dict[str, list[dict[str, Any]]]) -> None:
    """Rows that point at an account by id also name it ("linkedin in/ida-hogh"), as a reader
    needs it."""
    ids = {row["account_id"] for rows in sections.values() for row in rows if row.get("account_id")}
    if not ids:
        return
    names = {account_id: f"{platform} {handle}" for account_id, platform, handle in session.exec(
        select(Account.id, Account.platform, Account.handle).where(Account.id.in_(ids)))}
    for rows in sections.values():
        for row in rows:
            if "account_id" in row:
                row["account"] = names.get(row["account_id"])


def person_data(db: Database, person_id: int) -> PersonData:
    """Everything held about the person (NotFound if there is no such person)."""
    with db.reading() as session:
        person = existing(session, Person, person_id)
        record = snapshot(person, PERSON_COLUMNS)
        manager = session.get(Person, person.manager_id) if person.manager_id else None
        record["manager"] = manager.name if manager else None
        gathered = rows_about(session, person)
        sections = {name: [snapshot(row, COLUMNS[name]) for row in gathered[name]] for name in SECTIONS}
        _name_accounts(session, sections)
        _describe_agreements(session, sections)
        named = person_ids_in_events(gathered["audit_events"])
        names = dict(session.exec(select(Person.id, Person.name).where(Person.id.in_(sorted(named)))).all()) if named else {}
        return PersonData(
            organisation=session.get(OrganisationSettings, 1).name,
            exported_at=datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            person=record, sections=sections, names=names)


def _with_scan_contents(db: Database, data: PersonData) -> None:
    """Each kept signed scan gets its bytes, base64 (content_base64): the scan is the person's data too."""
    scans = {scan["id"]: scan for row in data.sections["agreements"] for scan in row["signed_scans"]}
    table = Attachment.__table__.c
    with db.reading() as session:
        for scan_id in sorted(scans):  # one at a time: a scan may be 20 MB
            content = session.execute(sa.select(table.content).where(table.id == scan_id)).scalar()
            scans[scan_id]["content_base64"] = base64.b64encode(content).decode("ascii") if content else None


def export_person_data(db: Database, person_id: int, path: str | os.PathLike) -> tuple[Path, PersonData]:
    """Write the access-request JSON (UTF-8, readable by its owner only: it is personal data),
    signed scans included."""
    data = person_data(db, person_id)
    _with_scan_contents(db, data)
    text = json.dumps(data.as_json(), ensure_ascii=False, indent=2) + "\n"
    return write_whole(path, text.encode("utf-8"), database=db.path), data
