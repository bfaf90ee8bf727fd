"""The holder's agreement and the handover confirmation: who agreed, when, how, and to what.

An agreement covers every account its person holds or administers (not archived or closed),
each with the version of its handover terms and its mandate (MANDATE_FIELDS) as they stood.
It is never changed: when an account's terms get a new version, its mandate changes, or the
person comes to hold or administer another account, the agreement is out of date (`changes_since`)
and a new one is recorded. A handover confirmation covers the accounts of the person's
offboarding and belongs to it.

Signed scans (PDF, PNG or JPEG, at most 20 MB, told by their content: domain/attachments.py) are
kept in the database with the agreement, so that a shared server has them too; each agreement
and scan is an event in the history of every account it covered.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry.domain.attachments import MAX_BYTES, MEDIA_TYPES, kind_of
from accountregistry.domain.errors import NotFound, ValidationError
from accountregistry.domain.record_ids import could_exist
from accountregistry.domain.messages import sentence
from accountregistry.domain.risks import INACTIVE_STATUSES
from accountregistry.domain.vocabulary import AgreementChannel, AgreementKind
from accountregistry.services import audit
from accountregistry.services.records import existing
from accountregistry.services.files import kept_name
from accountregistry.services.handover import is_current
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.models import (Account, AccountRole, Agreement, AgreementItem, Attachment, ChecklistItem,
                                          HandoverTerms, OffboardingCase, Person)

__all__ = ["MANDATE_FIELDS", "AgreementDocument", "AgreementInput", "AgreementState", "Change", "CoveredAccount",
           "agreement_document", "agreements_covering",
           "agreements_of_person", "attach",
           "attachment_content", "accounts_covered", "changes_since", "confirmations_of_case", "record_agreement"]

# What an agreement covers of an account's mandate (store/models.py AccountFields).
MANDATE_FIELDS = ("mandate", "response_expectations", "response_hours", "outside_working_hours", "frequency",
                  "audience", "weekly_hours", "escalation_id")


@dataclass
class AgreementInput:
    agreed_on: date | None = None  # None: today
    channel: AgreementChannel | str = AgreementChannel.signed_paper
    note: str | None = None
    scan: str | Path | None = None  # a signed scan kept with it; refused, nothing is stored


# Change.reason -> the code of its sentence (domain/messages.py).
CHANGE_MESSAGES = {"terms_changed": "agreement_terms_changed", "mandate_changed": "agreement_mandate_changed",
                   "account_added": "agreement_account_added"}


@dataclass(frozen=True)
class Change:
    """Why an agreement is out of date: for an account, one of terms_changed, mandate_changed,
    account_added (the person holds or administers an account it did not cover)."""

    account_id: int
    reason: str
    covered: Any = None  # the terms version covered (terms_changed)
    current: Any = None

    def sentence(self, account: str) -> str:
        """Why, in the user's language, naming the account as given."""
        return sentence(CHANGE_MESSAGES[self.reason], {"account": account, "current": self.current or "–",
                                                       "covered": self.covered or "–"})


@dataclass(frozen=True)
class AgreementState:
    agreement: Agreement
    items: tuple[AgreementItem, ...]
    attachments: tuple[tuple[int, str, str, int], ...]  # (id, file name, media type, size)
    changes: tuple[Change, ...] = field(default=())
    # Scans whose bytes and file name were removed when the person was anonymised (their ids).
    removed: frozenset[int] = frozenset()

    @property
    def out_of_date(self) -> bool:
        return bool(self.changes)


def _current_terms(session: Session, account_ids: list[int]) -> dict[int, int]:
    terms = HandoverTerms.__table__.c
    return dict(session.execute(sa.select(terms.account_id, terms.version)
                                .where(terms.account_id.in_(account_ids), is_current())).all())


def _mandate(account: Account) -> dict[str, Any]:
    return {name: getattr(account, name) for name in MANDATE_FIELDS}


def accounts_covered(session: Session, person_id: int, case_id: int | None = None) -> list[Account]:
    """The accounts an agreement of the person covers: those they hold or administer (an active
    role), not archived or closed; for a handover confirmation, those of its offboarding."""
    account, role = Account.__table__.c, AccountRole.__table__.c
    if case_id is not None:
        item = ChecklistItem.__table__.c
        ids = sa.select(item.account_id).where(item.case_id == case_id, item.account_id.is_not(None))
        wanted = account.id.in_(ids)
    else:
        administered = sa.select(role.account_id).where(role.person_id == person_id, role.revoked_on.is_(None))
        retired = [status.value for status in INACTIVE_STATUSES]
        wanted = sa.and_(sa.or_(account.holder_id == person_id, account.id.in_(administered)),
                         sa.type_coerce(account.status, sa.String).not_in(retired))
    return list(session.exec(select(Account).where(wanted).order_by(Account.platform, Account.handle)).all())


def _clean(data: AgreementInput, today: date) -> dict[str, Any]:
    problems = Problems()
    if data.agreed_on is None:
        data = AgreementInput(agreed_on=today, channel=data.channel, note=data.note)
    values = problems.fields(Agreement, data, ("agreed_on", "channel", "note"), today=today)
    problems.raise_if_any()
    return values


@unit_of_work
def record_agreement(db: Database, person_id: int, data: AgreementInput, *,
                     kind: AgreementKind = AgreementKind.holder_agreement, case_id: int | None = None,
                     today: date | None = None) -> Agreement:
    """Record that the person agreed, covering their accounts' terms and mandates as they stand now.
    A handover confirmation needs the person's offboarding (`case_id`; their latest when None)."""
    today = today or date.today()
    values = _clean(data, today)
    scan = (Path(data.scan), *_read_scan(Path(data.scan))) if data.scan else None
    with db.transaction() as session:
        existing(session, Person, person_id)
        if kind == AgreementKind.handover_confirmation:
            case_id = case_id or _latest_case(session, person_id)
        accounts = accounts_covered(session, person_id, case_id)
        if not accounts:
            raise ValidationError.of("person_id", "agreement_nothing_to_cover")
        versions = _current_terms(session, [a.id for a in accounts])
        agreement = Agreement(person_id=person_id, kind=kind, case_id=case_id, recorded_by=db.actor, **values)
        session.add(agreement)
        session.flush()
        for account in accounts:
            session.add(AgreementItem(agreement_id=agreement.id, account_id=account.id,
                                      terms_version=versions.get(account.id), mandate=_mandate(account)))
            audit.record(session, actor=db.actor, entity="agreement", entity_id=agreement.id, action="agree",
                         account_id=account.id,
                         new={"person_id": person_id, "kind": kind.value, "agreed_on": values["agreed_on"].isoformat(),
                              "channel": str(values["channel"]), "terms_version": versions.get(account.id)})
        if scan:
            _keep_scan(session, db.actor, agreement.id, *scan)
        return agreement


def _latest_case(session: Session, person_id: int) -> int:
    found = session.exec(select(OffboardingCase.id).where(OffboardingCase.person_id == person_id)
                         .order_by(OffboardingCase.id.desc())).first()
    if found is None:
        raise NotFound("agreement_no_offboarding", person_id=person_id)
    return found


def _changes(session: Session, agreement: Agreement, items: list[AgreementItem]) -> list[Change]:
    accounts = {a.id: a for a in accounts_covered(session, agreement.person_id, agreement.case_id)}
    covered = {item.account_id: item for item in items}
    versions = _current_terms(session, sorted(set(accounts) | set(covered)))
    changes: list[Change] = []
    for account_id, item in covered.items():
        account = accounts.get(account_id) or session.get(Account, account_id)
        if versions.get(account_id) != item.terms_version:
            changes.append(Change(account_id, "terms_changed", item.terms_version, versions.get(account_id)))
        if _mandate(account) != item.mandate:
            changes.append(Change(account_id, "mandate_changed"))
    changes += [Change(account_id, "account_added") for account_id in accounts if account_id not in covered]
    return changes


def changes_since(db: Database, agreement_id: int) -> list[Change]:
    """What changed since the agreement was given; empty while it is up to date."""
    with db.reading() as session:
        agreement = existing(session, Agreement, agreement_id)
        items = list(session.exec(select(AgreementItem).where(AgreementItem.agreement_id == agreement_id)).all())
        return _changes(session, agreement, items)


def agreements_of_person(db: Database, person_id: int) -> list[AgreementState]:
    """The person's agreements, newest first, each with what it covered, its scans and whether
    (and why) it is out of date."""
    return _states(db, Agreement.person_id == person_id)


def agreements_covering(db: Database, account_id: int) -> list[AgreementState]:
    """The agreements that covered the account, newest first (its holder's, its administrators')."""
    covering = sa.select(AgreementItem.__table__.c.agreement_id).where(AgreementItem.__table__.c.account_id == account_id)
    return _states(db, Agreement.id.in_(covering))


def confirmations_of_case(db: Database, case_id: int) -> list[AgreementState]:
    """The recorded signings of an offboarding's handover confirmation, latest first."""
    return _states(db, Agreement.case_id == case_id)


def _states(db: Database, wanted: Any) -> list[AgreementState]:
    attachment = Attachment.__table__.c
    states: list[AgreementState] = []
    with db.reading() as session:
        found = session.exec(select(Agreement).where(wanted)
                             .order_by(Agreement.agreed_on.desc(), Agreement.id.desc())).all()
        for agreement in found:
            items = list(session.exec(select(AgreementItem).where(AgreementItem.agreement_id == agreement.id)
                                      .order_by(AgreementItem.id)).all())
            scans = session.execute(sa.select(attachment.id, attachment.file_name, attachment.media_type,
                                              attachment.size, attachment.removed_at)
                                    .where(attachment.agreement_id == agreement.id).order_by(attachment.id)).all()
            states.append(AgreementState(agreement, tuple(items), tuple(tuple(s[:4]) for s in scans),
                                         tuple(_changes(session, agreement, items)),
                                         frozenset(s.id for s in scans if s.removed_at is not None)))
    return states


def _read_scan(path: Path) -> tuple[bytes, str]:
    """The file's bytes and media type, or a refusal naming it; nothing is stored either way."""
    name = kept_name(path)[:255]
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError.of("file", "attachment_too_big", file=name, limit=MAX_BYTES // (1024 * 1024))
        content = path.read_bytes()
    except OSError as error:
        raise ValidationError.of("file", "attachment_unreadable_file", file=name, reason=error) from None
    kind, refusal = kind_of(content)
    if kind is None:
        raise ValidationError.of("file", refusal, file=name, limit=MAX_BYTES // (1024 * 1024))
    return content, MEDIA_TYPES[kind]


@unit_of_work
def attach(db: Database, agreement_id: int, path: str | Path) -> Attachment:
    """Keep a signed scan with the agreement (PDF, PNG or JPEG, at most 20 MB, checked by content)."""
    path = Path(path)
    content, media_type = _read_scan(path)
    with db.transaction() as session:
        existing(session, Agreement, agreement_id)
        return _keep_scan(session, db.actor, agreement_id, path, content, media_type)


def _keep_scan(session: Session, actor: str, agreement_id: int, path: Path, content: bytes,
               media_type: str) -> Attachment:
    """The scan stored with the agreement, an event for each account the agreement covered."""
    scan = Attachment(agreement_id=agreement_id, file_name=kept_name(path)[:255], media_type=media_type,
                      size=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
                      recorded_by=actor)
    session.add(scan)
    session.flush()
    covered = session.exec(select(AgreementItem.account_id).where(AgreementItem.agreement_id == agreement_id)).all()
    signer = session.get(Agreement, agreement_id).person_id
    for account_id in covered or [None]:  # the file name is the signer's own (it may name them)
        audit.record(session, actor=actor, entity="attachment", entity_id=scan.id, action="attach",
                     account_id=account_id, owner=signer,
                     new={"agreement_id": agreement_id, "file_name": scan.file_name, "media_type": media_type,
                          "size": scan.size, "sha256": scan.sha256})
    return scan


def attachment_content(db: Database, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, media type, bytes) of a kept scan."""
    table = Attachment.__table__.c
    with db.reading() as session:
        row = session.execute(sa.select(table.file_name, table.media_type, table.content, table.removed_at)
                              .where(table.id == attachment_id)).first() if could_exist(attachment_id) else None
    if row is None:
        raise NotFound("attachment_not_found", attachment_id=attachment_id)
    if row.removed_at is not None:
        raise NotFound("attachment_removed", attachment_id=attachment_id, removed_on=row.removed_at.date())
    return row[0], row[1], bytes(row[2])


# --- the holder's agreement as a document ---------------------------------------------------------

@dataclass(frozen=True)
class CoveredAccount:
    """One account of the agreement document, with what the person agrees to about it."""

    account: Account
    platform: str  # the platform's name
    holds: bool  # the account presents the person (they are its holder)
    roles: tuple[str, ...]  # the person's active roles on it
    escalation_name: str | None
    terms: HandoverTerms | None
    successor_name: str | None
    consent_scope: tuple[str, ...] | None  # a personal profile's consent in force (None: none)


@dataclass(frozen=True)
class AgreementDocument:
    organisation: str
    person: Person
    accounts: tuple[CoveredAccount, ...]
    policy_version: int | None  # the social-media policy in force
    policy_effective_on: date | None


def _roles_on(session: Session, person_id: int, account_ids: list[int]) -> dict[int, list[str]]:
    role = AccountRole.__table__.c
    roles: dict[int, list[str]] = {}
    for account_id, name in session.execute(sa.select(role.account_id, sa.type_coerce(role.role, sa.String))
                                            .where(role.person_id == person_id, role.revoked_on.is_(None),
                                                   role.account_id.in_(account_ids)).order_by(role.role)):
        roles.setdefault(account_id, []).append(name)
    return roles


def _current_terms_rows(session: Session, account_ids: list[int]) -> dict[int, HandoverTerms]:
    rows = session.exec(select(HandoverTerms).where(HandoverTerms.account_id.in_(account_ids), is_current())).all()
    return {t.account_id: t for t in rows}


def _names(session: Session, person_ids: set[int | None]) -> dict[int, str]:
    person = Person.__table__.c
    wanted = sorted(i for i in person_ids if i)
    return dict(session.execute(sa.select(person.id, person.name).where(person.id.in_(wanted))).all())


def _consent_in_force(db: Database, person_id: int, today: date) -> dict[int, tuple[str, ...]]:
    from accountregistry.services.consent import consent_lines

    return {line.account_id: line.scope for line in consent_lines(db, person_id=person_id)
            if line.given_on is not None and (line.withdrawn_on is None or line.withdrawn_on > today)}


def agreement_document(db: Database, person_id: int, *, today: date | None = None) -> AgreementDocument:
    """What the holder's agreement lists for the person: each account they hold or administer,
    its kind, mandate, handover terms and (a personal profile) their consent."""
    from accountregistry.domain.platforms import platform as platform_of
    from accountregistry.services.organisation import get_settings
    from accountregistry.services.policy import current_policy

    today = today or date.today()
    with db.reading() as session:
        person = existing(session, Person, person_id)
        accounts = accounts_covered(session, person_id)
        if not accounts:
            raise ValidationError.of("person_id", "agreement_nothing_to_cover")
        ids = [a.id for a in accounts]
        roles = _roles_on(session, person_id, ids)
        terms = _current_terms_rows(session, ids)
        names = _names(session, {a.escalation_id for a in accounts} | {t.successor_id for t in terms.values()})
    in_force = _consent_in_force(db, person_id, today)
    covered = tuple(CoveredAccount(
        account=a, platform=platform_of(a.platform).name, holds=a.holder_id == person_id,
        roles=tuple(roles.get(a.id, ())), escalation_name=names.get(a.escalation_id), terms=terms.get(a.id),
        successor_name=names.get(terms[a.id].successor_id) if a.id in terms else None,
        consent_scope=in_force.get(a.id)) for a in accounts)
    policy = current_policy(db, today=today)
    return AgreementDocument(organisation=get_settings(db).name, person=person, accounts=covered,
                             policy_version=policy.version if policy else None,
                             policy_effective_on=policy.effective_on if policy else None)
