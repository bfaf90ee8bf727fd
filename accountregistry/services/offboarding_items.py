"""An offboarding's checklist items, planned from the registry and stored.

Below both the case workflow (services.offboarding) and the roles (services.roles): granting a
role to someone leaving adds that account's items to their case (roles imports this module),
and completing a handover item grants and revokes roles (offboarding imports roles and this
module). No module imports one that imports it back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry.domain.checklist import (
    LeaverAccount,
    Party,
    PlannedItem,
    Templates,
    active_templates,
    plan_checklist,
)
from accountregistry.domain.vocabulary import AccountStatus, CaseStatus, ItemStatus, Role
from accountregistry.services import audit
from accountregistry.services.case_reading import account_label
from accountregistry.services.handover import is_current
from accountregistry.services.organisation import calendar_in
from accountregistry.store.ordering import bytewise
from accountregistry.store.fields import field_names
from accountregistry.store.models import (
    Account,
    AccountRole,
    ChecklistItem,
    ConsentRecord,
    HandoverTerms,
    ItemFields,
    OffboardingCase,
    Person,
)

ITEM_FIELDS = field_names(ItemFields)  # what the audit trail records of a planned item
_RETIRED = (AccountStatus.archived, AccountStatus.closed)


# --- Reading the registry into what the templates need ---------------------------------------

def party(person: Person | None) -> Party | None:
    return Party(person.id, person.name, person.work_email) if person is not None else None


def leaver_accounts(session: Session, leaver_id: int, *, account_id: int | None = None) -> list[LeaverAccount]:
    """Every account the leaver holds or has an active role on (or just `account_id`), in a few
    set-based queries: a leaver may administer hundreds of accounts."""
    account, role, terms = Account.__table__, AccountRole.__table__, HandoverTerms.__table__
    active = sa.and_(role.c.person_id == leaver_id, role.c.revoked_on.is_(None))
    role_query = sa.select(role.c.account_id, role.c.role).where(active)
    wanted = sa.or_(account.c.holder_id == leaver_id,
                    account.c.id.in_(sa.select(role.c.account_id).where(active)))
    if account_id is not None:
        wanted = sa.and_(account.c.id == account_id, wanted)
        role_query = role_query.where(role.c.account_id == account_id)
    roles: dict[int, set[Role]] = defaultdict(set)
    for row_account, row_role in session.execute(role_query):
        roles[row_account].add(Role(row_role))
    agreed = {account_id: (disposition, notice_days) for account_id, disposition, notice_days in session.execute(
        sa.select(terms.c.account_id, terms.c.disposition, terms.c.notice_days)
        .where(terms.c.account_id.in_(sa.select(account.c.id).where(wanted)), is_current(terms)))}
    consent = ConsentRecord.__table__.c
    # The holder's ambassador consent is in force: given, and its end not yet recorded.
    in_force = sa.exists().where(consent.account_id == account.c.id, consent.given_on.is_not(None),
                                 consent.withdrawn_on.is_(None))
    rows = session.execute(
        sa.select(account.c.id, account.c.platform, account.c.presence, account.c.handle, account.c.display_name,
                  account.c.kind, account.c.status, account.c.official, account.c.has_secret,
                  account.c.login_email, account.c.holder_id, account.c.two_factor, in_force)
        .where(wanted).order_by(bytewise(account.c.platform), bytewise(account.c.presence),
                                   bytewise(account.c.handle)))
    found = []
    for (aid, platform, presence, handle, display_name, kind, status, official, has_secret, login_email,
         holder_id, two_factor, ambassador) in rows:
        held_roles = frozenset(roles.get(aid, ()))
        if not held_roles and status in _RETIRED:
            continue  # held only, and no longer in use: nothing of it is left to settle
        found.append(LeaverAccount(
            id=aid, name=account_label(platform, presence.value, display_name, handle), kind=kind,
            presence=presence, status=status, official=bool(official), has_secret=bool(has_secret),
            login_email=login_email, holder_id=holder_id, disposition=agreed.get(aid, (None, None))[0],
            two_factor=two_factor, ambassador=bool(ambassador),
            leaver_roles=held_roles, notice_days=agreed.get(aid, (None, None))[1]))
    return found


def plan_for_case(session: Session, case: OffboardingCase, templates: Templates, *,
                   account_id: int | None = None, include_general: bool = True) -> list[PlannedItem]:
    leaver = party(session.get(Person, case.person_id))
    successor = party(session.get(Person, case.successor_id)) if case.successor_id else None
    accounts = leaver_accounts(session, case.person_id, account_id=account_id)
    return plan_checklist(templates, leaver=leaver, successor=successor, accounts=accounts,
                          last_working_day=case.last_working_day, include_general=include_general,
                          calendar=calendar_in(session))



# --- Storing them -----------------------------------------------------------------------------

def open_case_of(session: Session, person_id: int) -> OffboardingCase | None:
    return session.exec(select(OffboardingCase).where(OffboardingCase.person_id == person_id,
                                                      OffboardingCase.status == CaseStatus.open)).first()


def store_items(session: Session, actor: str, case: OffboardingCase, planned: Iterable[PlannedItem]
                 ) -> list[ChecklistItem]:
    items = [ChecklistItem(case_id=case.id, account_id=p.account_id, action=p.action, title=p.title,
                           assignee_person_id=p.assignee.person_id, assignee_function=p.assignee.function,
                           due_offset_business_days=p.offset, due_on=p.due_on) for p in planned]
    session.add_all(items)
    session.flush()
    for item in items:
        audit.record(session, actor=actor, entity="checklist_item", entity_id=item.id, action="plan",
                     account_id=item.account_id, new=audit.snapshot(item, ITEM_FIELDS))
    return items


def add_missing(session: Session, actor: str, case: OffboardingCase, planned: Sequence[PlannedItem]
                 ) -> list[ChecklistItem]:
    """Store the planned items the case lacks. An item that changes roles is added again when it
    is planned again and none is open (the leaver got a role after the last one was done); any
    other item is added only once per account."""
    existing: dict[tuple[str, int | None], set[ItemStatus]] = defaultdict(set)
    for action, account_id, status in session.execute(
            sa.select(ChecklistItem.action, ChecklistItem.account_id, ChecklistItem.status)
            .where(ChecklistItem.case_id == case.id)):
        existing[(action, account_id)].add(ItemStatus(status))
    missing = []
    for p in planned:
        statuses = existing.get((p.action, p.account_id), set())
        if ItemStatus.open in statuses or (statuses and p.effect is None):
            continue
        missing.append(p)
        existing[(p.action, p.account_id)].add(ItemStatus.open)
    return store_items(session, actor, case, missing)


def items_for_new_role(session: Session, actor: str, role: AccountRole) -> list[ChecklistItem]:
    """Called by roles.grant_in inside its transaction: a role granted to someone with an open
    offboarding adds that account's items to their checklist."""
    case = open_case_of(session, role.person_id)
    if case is None:
        return []
    planned = plan_for_case(session, case, active_templates(), account_id=role.account_id, include_general=False)
    return add_missing(session, actor, case, planned)
