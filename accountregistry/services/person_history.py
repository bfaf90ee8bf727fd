"""A person's history, for the window: the audit trail's events about them (their record, the
accounts they hold, their roles, terms naming them as successor, their offboardings and checklist
items: services/person_data.rows_about, as an access request finds them), the agreements they
gave with their signed scans, the versions of the social-media policy they acknowledged, and
their ambassador consent, given and withdrawn.

Read together, off the GUI thread (the window's BackgroundRead); the window puts it in time order.
Agreements, scans, acknowledgements and consent are listed as records, with their own dates, not
again as the events that recorded them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from accountregistry.services.agreements import AgreementState, agreements_of_person
from accountregistry.services.case_reading import accounts_named
from accountregistry.services.lookups import person_ids_in_events
from accountregistry.services.person_data import rows_about
from accountregistry.services.people import names_of_logins
from accountregistry.services.records import existing
from accountregistry.store.database import Database
from accountregistry.store.models import AuditEvent, ConsentRecord, Person, PolicyVersion

# Entities listed as records of their own rather than as the events that recorded them.
LISTED_AS_RECORDS = frozenset({"agreement", "attachment", "policy_acknowledgement", "consent_record"})


@dataclass(frozen=True)
class Acknowledged:
    version: int
    acknowledged_on: date
    recorded_by: str


@dataclass(frozen=True)
class PersonHistory:
    person: Person
    events: list[AuditEvent]  # oldest first
    agreements: list[AgreementState]  # latest first
    acknowledgements: list[Acknowledged]
    consents: list[ConsentRecord]
    names: dict[int, str]  # the people the events and records name
    logins: dict[str, str]  # database login -> the person linked to it
    accounts: dict[int, str]  # the accounts the records name, as said inside a sentence


def person_history(db: Database, person_id: int) -> PersonHistory:
    """Everything the person's history shows (NotFound if there is no such person)."""
    agreements = agreements_of_person(db, person_id)
    with db.reading() as session:
        person = existing(session, Person, person_id)
        rows = rows_about(session, person)
        events = [e for e in rows["audit_events"] if e.entity not in LISTED_AS_RECORDS]
        numbers = dict(session.exec(select(PolicyVersion.id, PolicyVersion.version)).all())
        acknowledged = [Acknowledged(numbers.get(a.policy_version_id, 0), a.acknowledged_on, a.recorded_by)
                        for a in rows["policy_acknowledgements"]]
        consents = list(rows["consent_records"])
        account_ids = {c.account_id for c in consents} | {e.account_id for e in events if e.account_id} | {
            item.account_id for state in agreements for item in state.items} | {
            change.account_id for state in agreements for change in state.changes}
        accounts = {aid: name.sentence() for aid, (_, name) in accounts_named(session, account_ids).items()}
        named = person_ids_in_events(events) | {c.asked_by_id for c in consents if c.asked_by_id} | {person_id}
        names = dict(session.exec(select(Person.id, Person.name).where(Person.id.in_(sorted(named)))).all())
    return PersonHistory(person, events, agreements, acknowledged, consents, names, names_of_logins(db), accounts)
