"""Retention: what is kept about people who left is kept only as long as the organisation's
retention period (months after the last working day), then the person is anonymised.

Anonymising replaces the person's name by a stable pseudonym (stored as "[#123]", the person's
id, read as "[former employee 123]" in the reader's language: domain/pseudonyms.py) and erases
their email, title and manager link; accounts, roles, terms,
offboardings and audit events stay, so the ownership history remains true ("transferred from
[former employee 123] to Ida Høgh"). A personal account of the person is removed from the
registry with its roles and terms: it was never the company's. Their agreements and policy
acknowledgements stay (that they agreed, when, how, to what), but the signed scans of their
agreements show their name and signature: their bytes and file names are removed, the scan's row
says when (Attachment.removed_at). It is audited (who, when, which person id, never the name)
and cannot be undone.

Refused, with nothing changed, for someone who has not left, still holds an active role or
has an open offboarding. On SQLite the freed bytes are overwritten (secure_delete, set on every
connection) and the write-ahead log is checkpointed and emptied afterwards, so the name and
email are not in the file any more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta
from sqlmodel import Session, func, select

from accountregistry.domain.errors import Conflict
from accountregistry.domain.platforms import platform
from accountregistry.domain.vocabulary import AgreementKind, CaseStatus, EmploymentStatus, Kind
from accountregistry.domain.messages import Label
from accountregistry.domain.pseudonyms import marker, mentions, pseudonym, without_mentions
from accountregistry.services import audit, personal_values
from accountregistry.services.records import existing
from accountregistry.store.ordering import bytewise
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.models import (Account, AccountRole, Agreement, AgreementItem, Attachment, ChecklistItem,
                                          ConsentRecord, HandoverTerms, OffboardingCase, OrganisationSettings, Person,
                                          utcnow)

# Who may be anonymised: people who are no longer part of the organisation.
GONE = (EmploymentStatus.left, EmploymentStatus.external)
# What anonymising erases of the person record (the name becomes the pseudonym).
ERASED_FIELDS = ("work_email", "title", "manager_id", "login")


@dataclass(frozen=True)
class NamingNote:
    """Free text (a note, a reason) that names the person by name or email: shown before
    anonymising, where their name is then replaced by the pseudonym."""

    entity: str  # the table: account, account_role, handover_terms, ...
    entity_id: int
    field: str
    label: Label  # the field's name ("Notes", "Reason for waiving")
    account_id: int | None
    account: str | None  # "Facebook: nordlysrejser", the account it is about
    text: str


@dataclass(frozen=True)
class SignedScan:
    """A signed scan of one of the person's agreements: its bytes and file name go."""

    attachment_id: int
    agreement_id: int
    kind: AgreementKind  # the holder's agreement or the handover confirmation
    agreed_on: date
    file_name: str


@dataclass(frozen=True)
class Anonymisation:
    """What anonymising one person removes (the confirmation names it) or removed."""

    person_id: int
    name: str
    work_email: str | None
    title: str | None
    last_working_day: date | None
    personal_accounts: tuple[str, ...]  # "LinkedIn: soren-ostergaard", removed from the registry
    notes: tuple[NamingNote, ...] = ()  # free text naming them (preview and anonymise only)
    scans: tuple[SignedScan, ...] = ()  # signed scans of their agreements, removed

    @property
    def pseudonym(self) -> str:
        return pseudonym(self.person_id)


def retention_cutoff(retention_months: int, today: date) -> date:
    """People whose last working day is before this day are past the retention period."""
    return today - relativedelta(months=retention_months)


def _active_role(person_id) -> sa.ColumnElement:
    return sa.exists().where(AccountRole.person_id == person_id, AccountRole.revoked_on.is_(None))


def _open_case(person_id) -> sa.ColumnElement:
    return sa.exists().where(OffboardingCase.person_id == person_id, OffboardingCase.status == CaseStatus.open)


def _consent_needed(person_id) -> sa.ColumnElement:
    """A consent record still in force: an account the person holds with consent not withdrawn,
    which is not a personal account (those are removed with the person)."""
    return sa.exists().where(ConsentRecord.person_id == person_id, ConsentRecord.given_on.is_not(None),
                             ConsentRecord.withdrawn_on.is_(None), Account.id == ConsentRecord.account_id,
                             Account.kind != Kind.personal)


def due_for_anonymisation(db: Database, *, today: date | None = None) -> list[Anonymisation]:
    """People who left longer ago than the retention period and hold no active role, open case
    or consent record still needed, earliest last day first."""
    today = today or date.today()
    with db.reading() as session:
        months = session.get(OrganisationSettings, 1).retention_months
        statement = (select(Person.id).where(
            Person.anonymised_at.is_(None), Person.employment_status == EmploymentStatus.left,
            Person.last_working_day < retention_cutoff(months, today),
            ~_active_role(Person.id), ~_open_case(Person.id), ~_consent_needed(Person.id))
            .order_by(Person.last_working_day, Person.id))
        return [_what_goes(session, session.get(Person, person_id)) for person_id in session.exec(statement)]


def count_due(db: Database, *, today: date | None = None) -> int:
    today = today or date.today()
    with db.reading() as session:
        months = session.get(OrganisationSettings, 1).retention_months
        return session.exec(select(func.count()).select_from(Person).where(
            Person.anonymised_at.is_(None), Person.employment_status == EmploymentStatus.left,
            Person.last_working_day < retention_cutoff(months, today),
            ~_active_role(Person.id), ~_open_case(Person.id), ~_consent_needed(Person.id))).one()


def _personal_accounts(session: Session, person_id: int) -> list[Account]:
    return list(session.exec(select(Account).where(Account.holder_id == person_id, Account.kind == Kind.personal)
                             .order_by(bytewise(Account.platform), bytewise(Account.handle))))


def _signed_scans(session: Session, person_id: int) -> tuple[SignedScan, ...]:
    scan, agreement = Attachment.__table__.c, Agreement.__table__.c
    return tuple(SignedScan(*row) for row in session.execute(
        sa.select(scan.id, scan.agreement_id, agreement.kind, agreement.agreed_on, scan.file_name)
        .join(Agreement.__table__, agreement.id == scan.agreement_id)
        .where(agreement.person_id == person_id, scan.removed_at.is_(None))
        .order_by(agreement.agreed_on, scan.id)))


def _what_goes(session: Session, person: Person) -> Anonymisation:
    return Anonymisation(person_id=person.id, name=person.name, work_email=person.work_email, title=person.title,
                         last_working_day=person.last_working_day,
                         personal_accounts=tuple(f"{platform(a.platform).name}: {a.handle}"
                                                 for a in _personal_accounts(session, person.id)),
                         scans=_signed_scans(session, person.id))


def _refuse(session: Session, person: Person) -> None:
    """The typed refusal for someone who cannot be anonymised (yet), if any."""
    if person.anonymised_at is not None:
        raise Conflict("already_anonymised", person_id=person.id)
    roles = session.exec(select(func.count()).select_from(AccountRole).where(
        AccountRole.person_id == person.id, AccountRole.revoked_on.is_(None))).one()
    if roles:
        raise Conflict("anonymise_active_role", name=person.name, count=roles)
    if session.exec(select(OffboardingCase.id).where(OffboardingCase.person_id == person.id,
                                                     OffboardingCase.status == CaseStatus.open)).first():
        raise Conflict("anonymise_open_case", name=person.name)
    if person.employment_status not in GONE:
        raise Conflict("anonymise_not_left", name=person.name, status=person.employment_status)


def _words(person: Person) -> tuple[str, ...]:
    """How free text names the person: their name and their work email."""
    return tuple(word for word in (person.name, person.work_email) if word)


def _account_of(row) -> int | None:
    return row.id if isinstance(row, Account) else getattr(row, "account_id", None)


def notes_naming(session: Session, person: Person) -> list[NamingNote]:
    """Free text anywhere in the registry that names the person (personal_values.FREE_TEXT), but
    not in their personal accounts, which leave with them."""
    words, found = _words(person), []
    leaving = {account.id for account in _personal_accounts(session, person.id)}
    for model, fields in personal_values.FREE_TEXT.items():
        written = sa.or_(*(getattr(model, name).is_not(None) for name in fields))
        for row in session.exec(select(model).where(written).order_by(model.id)):
            if _account_of(row) in leaving and isinstance(row, Account):
                continue
            found += [NamingNote(entity=model.__tablename__, entity_id=row.id, field=name,
                                 label=model.model_fields[name].title, account_id=_account_of(row),
                                 account=None, text=getattr(row, name))
                      for name in fields if mentions(getattr(row, name), words)]
    labels = _account_labels(session, {note.account_id for note in found} - {None})
    return [replace(note, account=labels.get(note.account_id)) for note in found]


def _account_labels(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {account.id: f"{platform(account.platform).name}: {account.handle}"
            for account in session.exec(select(Account).where(Account.id.in_(ids)))}


def preview_anonymisation(db: Database, person_id: int) -> Anonymisation:
    """What anonymising the person would remove, and the notes that name them; the refusal if
    it would be refused."""
    with db.reading() as session:
        person = existing(session, Person, person_id)
        _refuse(session, person)
        return replace(_what_goes(session, person), notes=tuple(notes_naming(session, person)))


def _remove_account(session: Session, actor: str, account: Account) -> None:
    """A personal account leaves the registry with its roles, terms and consent records; checklist items about
    it stay in their offboarding, no longer pointing at it."""
    account_id = account.id
    for item in session.exec(select(ChecklistItem).where(ChecklistItem.account_id == account_id)):
        item.account_id = None
    # An agreement that covered it keeps covering the rest (services/agreements.py).
    for table in (AccountRole, HandoverTerms, ConsentRecord, AgreementItem):
        session.execute(sa.delete(table).where(table.account_id == account_id))
    session.flush()
    session.delete(account)
    audit.record(session, actor=actor, entity="account", entity_id=account_id, action="remove_personal",
                 account_id=account_id)


def _covered(session: Session, agreement_id: int) -> list[int | None]:
    """The accounts an agreement covered: what happens to it is in the history of each."""
    return session.exec(select(AgreementItem.account_id).where(AgreementItem.agreement_id == agreement_id)
                        ).all() or [None]


def _remove_scans(session: Session, actor: str, scans: Iterable[SignedScan]) -> None:
    """The scans' bytes and file names go; their rows stay, saying when (audited in the history
    of each account the agreement covered, as attaching was)."""
    table, when = Attachment.__table__, utcnow()
    for scan in scans:
        session.execute(sa.update(table).where(table.c.id == scan.attachment_id)
                        .values(content=None, file_name="", removed_at=when))
        for account_id in _covered(session, scan.agreement_id):
            audit.record(session, actor=actor, entity="attachment", entity_id=scan.attachment_id,
                         action="remove_on_anonymising", account_id=account_id)


def _forget_mentions(session: Session, actor: str, person: Person) -> None:
    """Where another record names the person by value: a company login with their work email
    (erased, audited), handover terms they signed for the company (their pseudonym)."""
    if person.work_email:
        for account in session.exec(select(Account).where(Account.login_email == person.work_email)):
            audit.apply_and_record(session, actor=actor, row=account, values={"login_email": None},
                                   fields=("login_email",), entity="account", account_id=account.id)
    session.execute(sa.update(HandoverTerms).where(HandoverTerms.agreed_by_company == person.name)
                    .values(agreed_by_company=marker(person.id)))


def _replace_in_notes(session: Session, actor: str, person: Person, notes: list[NamingNote]) -> None:
    """The person's name and email in these notes become their pseudonym (audited; the trail's
    copies of free text too, personal_values.forget_mentions)."""
    words = _words(person)
    models = {model.__tablename__: model for model in personal_values.FREE_TEXT}
    for note in notes:
        row = session.get(models[note.entity], note.entity_id)
        old, new = {note.field: note.text}, {note.field: without_mentions(note.text, words, person.id)}
        setattr(row, note.field, new[note.field])
        # An agreement has no account of its own: its note's rewrite is in each account it covered.
        for account_id in _covered(session, row.id) if note.entity == "agreement" else [note.account_id]:
            audit.record(session, actor=actor, entity=note.entity, entity_id=row.id, action="update",
                         account_id=account_id, old=old, new=new)
    session.flush()
    personal_values.forget_mentions(session, person.id, words)


def _anonymise_in(session: Session, actor: str, person_id: int, replace_notes: bool) -> Anonymisation:
    person = existing(session, Person, person_id)
    _refuse(session, person)
    removed = replace(_what_goes(session, person), notes=tuple(notes_naming(session, person)))
    if replace_notes:
        _replace_in_notes(session, actor, person, list(removed.notes))
    for account in _personal_accounts(session, person.id):
        _remove_account(session, actor, account)
    _remove_scans(session, actor, removed.scans)
    _forget_mentions(session, actor, person)
    person.name = marker(person.id)  # read as the pseudonym, in the reader's language
    for name in ERASED_FIELDS:
        setattr(person, name, None)
    person.anonymised_at = utcnow()
    # The trail's events stay; the person's own values in them are forgotten.
    personal_values.erase(session, person.id)
    # Who, when and which person id: nothing more.
    audit.record(session, actor=actor, entity="person", entity_id=person.id, action="anonymise")
    return removed


@unit_of_work
def anonymise(db: Database, person_ids: Iterable[int], *, replace_notes: bool = True) -> list[Anonymisation]:
    """Anonymise these people, all or none (any refusal and nothing changes); then the file no
    longer holds what was erased. replace_notes: their name and email in notes and reasons
    (Anonymisation.notes) become their pseudonym too; False leaves those notes as they are."""
    with db.transaction() as session:
        done = [_anonymise_in(session, db.actor, person_id, replace_notes) for person_id in person_ids]
    forget_erased_bytes(db)
    return done


def forget_erased_bytes(db: Database) -> None:
    """Move what the write-ahead log holds into the file and empty the log: the pages it held
    (old copies of erased rows) are gone. secure_delete (set on every connection) has zeroed
    the freed space in the file itself."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as connection:  # outside any transaction: a checkpoint cannot run inside one
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
