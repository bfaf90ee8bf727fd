"""Accounts: register, update, archive. Accounts are never deleted; the history stays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session
from sqlmodel import func, select

from accountregistry.domain import platforms, rules
from accountregistry.domain.errors import Conflict, NotFound
from accountregistry.domain.record_ids import typed_id
from accountregistry.domain.vocabulary import AccountStatus, Kind, Presence, TwoFactor
from accountregistry.services import audit
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import field_names, fields_of
from accountregistry.store.models import Account, AccountFields, HandoverTerms, Person
from accountregistry.services.records import edit, existing

ACCOUNT_FIELDS = field_names(AccountFields)  # what the audit trail records of an account
# Checked as store/models.py declares them; the address's four are found by identify().
_STATED = ("display_name", "kind", "status", "responsible_unit", "login_email", "mandate", "response_expectations",
           "response_hours", "frequency", "audience", "weekly_hours", "review_interval_months", "last_reviewed_on",
           "notes")


@dataclass
class AccountInput:
    """What a user states about an account. Give a URL, or a platform with a handle."""

    url: str | None = None
    platform: str | None = None
    presence: str | None = None
    handle: str | None = None
    display_name: str | None = None
    kind: Kind | str | None = None  # None: not yet known
    status: AccountStatus | str = AccountStatus.active
    official: bool = True
    holder_id: int | None = None
    responsible_unit: str | None = None
    login_email: str | None = None
    two_factor: TwoFactor | str = TwoFactor.unknown
    mandate: str | None = None
    response_expectations: str | None = None
    response_hours: int | None = None
    outside_working_hours: bool = False
    frequency: str | None = None
    audience: str | None = None
    weekly_hours: int | None = None
    escalation_id: int | None = None
    ambassador: bool = False
    review_interval_months: int | None = None
    last_reviewed_on: date | None = None
    notes: str | None = None


def identify(data: AccountInput, problems: Problems) -> tuple[str, str, str, str] | None:
    """(platform, presence, handle, url) from a pasted URL or a typed platform and handle."""
    return identify_address(data.url, data.platform, data.presence, data.handle, problems)


def identify_address(url: str | None, platform_id: str | None, presence: str | None, handle: str | None,
                     problems: Problems) -> tuple[str, str, str, str] | None:
    """identify() of the four cells that say which account it is (an import's 100,000s of rows
    make no AccountInput each)."""
    url = (url or "").strip()
    if url and not (platform_id and handle):
        try:
            found = platforms.recognise_url(url)
        except platforms.AddressRefused as error:
            problems.add("url", error.problem())
            return None
        return found.platform, found.presence, found.handle, found.url
    if not platform_id:
        problems.add("url", "address_or_platform_required")
        return None
    try:
        platform = platforms.platform(platform_id)
    except platforms.AddressRefused as error:
        problems.add("platform", error.problem())
        return None
    presence = presence or platform.presences[0]
    if presence not in platform.presences:
        problems.add("presence", "presence_unknown", platform=platform.name, presence=presence,
                     allowed=[Presence(p) for p in platform.presences])
        return None
    if not (handle or "").strip():
        problems.add("handle", "handle_required", platform=platform.name)
        return None
    try:
        handle = platforms.normalise_handle(platform.id, presence, handle)
    except platforms.AddressRefused as error:
        problems.add("handle", error.problem())
        return None
    return platform.id, presence, handle, url or platforms.canonical_url(platform.id, presence, handle)


def _clean(session: Session, data: AccountInput, account: Account | None, today: date) -> dict:
    problems = Problems()
    identity = identify(data, problems)
    values = problems.fields(Account, data, _STATED, today=today)
    values["two_factor"] = problems.declared(fields_of(Account)["two_factor"], data.two_factor or TwoFactor.unknown)
    values["official"] = bool(data.official)
    values["ambassador"] = bool(data.ambassador)
    values["outside_working_hours"] = bool(data.outside_working_hours)
    values["holder_id"] = data.holder_id
    values["escalation_id"] = data.escalation_id
    if identity:
        values.update(zip(("platform", "presence", "handle", "url"), identity))
        problems.declared(fields_of(Account)["url"], values["url"])  # a pasted address may be too long
    _check_relations(session, data, account, values, problems)
    problems.raise_if_any()
    clash = session.exec(select(Account).where(Account.platform == values["platform"],
                                               Account.handle == values["handle"])).first()
    if clash is not None and (account is None or clash.id != account.id):
        raise Conflict("account_exists", existing_id=clash.id, platform=platforms.platform(clash.platform).name,
                       handle=clash.handle)
    return values


def _check_relations(session: Session, data: AccountInput, account: Account | None, values: dict,
                     problems: Problems) -> None:
    """What one field says about another, or about the rest of the registry."""
    if data.holder_id is not None and session.get(Person, data.holder_id) is None:
        problems.add("holder_id", "holder_not_found")
    if data.escalation_id is not None and session.get(Person, data.escalation_id) is None:
        problems.add("escalation_id", "escalation_contact_not_found")
    if account is not None and values["kind"] == Kind.personal and account.kind != Kind.personal:
        terms = current_terms_in(session, account.id)
        if problem := rules.kind_change_refused(values["kind"], account.kind, terms and terms.disposition):
            problems.add("kind", problem)


@unit_of_work
def register_account(db: Database, data: AccountInput, *, today: date | None = None) -> Account:
    with db.transaction() as session:
        account = Account(**_clean(session, data, None, today or date.today()))
        session.add(account)
        session.flush()
        audit.record(session, actor=db.actor, entity="account", entity_id=account.id, action="register",
                     account_id=account.id, new=audit.snapshot(account, ACCOUNT_FIELDS))
        return account


def update_account(db: Database, account_id: int, data: AccountInput, *, expected_version: int | None = None,
                   today: date | None = None) -> Account:
    return edit(db, Account, account_id, expected_version, ACCOUNT_FIELDS,
                lambda session, account: _clean(session, data, account, today or date.today()), _trail)


def _trail(account: Account, values: dict) -> dict:
    """What the event of an account's update names: the account, and the holder whose own data a
    personal account's changed values are (before or after the change); the trail keeps them apart
    (services/personal_values.py)."""
    for kind, holder_id in ((account.kind, account.holder_id), (values.get("kind"), values.get("holder_id"))):
        if kind == Kind.personal and holder_id is not None:
            return {"account_id": account.id, "owner": holder_id}
    return {"account_id": account.id}


@unit_of_work
def archive_account(db: Database, account_id: int, *, reason: str | None = None) -> Account:
    """Archive rather than delete: the account's record and history stay readable."""
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        if account.status == AccountStatus.archived:
            return account
        old_status = account.status
        account.status = AccountStatus.archived
        new = {"status": AccountStatus.archived.value}
        if reason and reason.strip():
            new["reason"] = reason.strip()[:1000]
        audit.record(session, actor=db.actor, entity="account", entity_id=account.id, action="archive",
                     account_id=account.id, old={"status": old_status.value}, new=new)
        return account


def get_account(db: Database, account_id: int) -> Account:
    with db.reading() as session:
        return existing(session, Account, account_id)


def find_account(db: Database, reference: str) -> Account:
    """An account by its id or by any address of it (the CLI's ACCOUNT argument)."""
    text = (reference or "").strip()
    with db.reading() as session:
        if (account_id := typed_id(text)) is not None:
            return existing(session, Account, account_id)
        try:
            found = platforms.recognise_url(text)
        except ValueError as error:
            raise NotFound("account_reference_unknown", text=text[:200], reason=error) from None
        account = session.exec(select(Account).where(Account.platform == found.platform,
                                                     Account.handle == found.handle)).first()
        if account is None:
            raise NotFound("account_address_unknown", url=found.url)
        return account


def current_terms_in(session: Session, account_id: int) -> HandoverTerms | None:
    return session.exec(select(HandoverTerms).where(HandoverTerms.account_id == account_id)
                        .order_by(HandoverTerms.version.desc())).first()


def count_accounts(db: Database) -> int:
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(Account)).one()
