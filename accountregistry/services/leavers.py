"""Read-only questions about people leaving, for the dashboard and the offboarding view:
who leaves soon with accounts still unsettled, who "me" is in the registry, and what became of
every account of a leaver (for the handover confirmation).

Nothing here writes; each function is a few set-based queries. The offboarding service
(services/offboarding.py) owns every change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import repeat
from operator import itemgetter

import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry.domain.checklist import ASSIGNED_TO_LEAVER, ASSIGNED_TO_SUCCESSOR
from accountregistry.domain.errors import Label, ValidationError
from accountregistry.domain.vocabulary import (AccountStatus, CaseStatus, Disposition, EmploymentStatus, ItemStatus,
                                               Kind, Role)
from accountregistry.services.offboarding import ItemView
from accountregistry.services.case_reading import AccountName, accounts_named
from accountregistry.services.handover import is_current
from accountregistry.services.organisation import get_settings
from accountregistry.services.records import existing
from accountregistry.store.bulk import fetch_columns
from accountregistry.store.ordering import bytewise
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, ChecklistItem, HandoverTerms, OffboardingCase, Person

__all__ = [
    "DEFAULT_WINDOW",
    "WINDOWS",
    "AccountOutcome",
    "HandoverRecord",
    "Leaver",
    "OutcomeItem",
    "RegistryPerson",
    "handover_record",
    "people_leaving",
    "person_for_actor",
]

# The choices of "People leaving" (dashboard and offboarding view): within this many days.
WINDOWS = (30, 60, 90)
DEFAULT_WINDOW = 90  # both start here: a notice period is often three months
_LONGEST_WINDOW = 3660


# --- People leaving soon ----------------------------------------------------------------------

@dataclass(frozen=True)
class Leaver:
    """Someone leaving who still has something to settle."""

    person_id: int
    name: str
    work_email: str | None
    department: str | None
    last_working_day: date
    days_left: int  # calendar days from today; negative once the last day has passed
    case_id: int | None  # their open offboarding; None: nobody has started one yet
    open_items: int  # open checklist items of that offboarding
    active_roles: int  # roles they still hold on any account
    unsettled_accounts: int  # accounts with an active role of theirs or an open item

    @property
    def has_case(self) -> bool:
        return self.case_id is not None


_CASE, _ROLE, _ITEM, _PERSON = (OffboardingCase.__table__, AccountRole.__table__, ChecklistItem.__table__,
                                Person.__table__)


def _leaving_by(session: Session, open_case: sa.Subquery, horizon: date) -> dict[int, tuple]:
    """Everyone leaving by `horizon`, by id: (name, email, department, last working day, open case)."""
    person = _PERSON
    candidates = session.execute(
        sa.select(person.c.id, person.c.name, person.c.work_email, person.c.department,
                  person.c.last_working_day, open_case.c.id, open_case.c.last_working_day)
        .outerjoin(open_case, open_case.c.person_id == person.c.id)
        .where(sa.or_(person.c.employment_status == EmploymentStatus.leaving.value,
                      open_case.c.id.is_not(None)))).all()
    wanted = {}
    for pid, name, email, department, person_day, case_id, case_day in candidates:
        day = case_day or person_day
        if day is not None and day <= horizon:
            wanted[pid] = (name, email, department, day, case_id)
    return wanted


def _unsettled(session: Session, open_case: sa.Subquery, people: list[int]
               ) -> tuple[dict[int, set[int]], dict[int, int], dict[int, int]]:
    """Per person: the accounts still to settle, their active roles and their open items."""
    role, item = _ROLE, _ITEM
    accounts: dict[int, set[int]] = defaultdict(set)
    roles: dict[int, int] = defaultdict(int)
    for pid, account_id in session.execute(
            sa.select(role.c.person_id, role.c.account_id)
            .where(role.c.revoked_on.is_(None), role.c.person_id.in_(people))):
        roles[pid] += 1
        accounts[pid].add(account_id)
    items: dict[int, int] = defaultdict(int)
    for pid, account_id, count in session.execute(
            sa.select(open_case.c.person_id, item.c.account_id, sa.func.count())
            .join(open_case, open_case.c.id == item.c.case_id)
            .where(item.c.status == ItemStatus.open.value, open_case.c.person_id.in_(people))
            .group_by(open_case.c.person_id, item.c.account_id)):
        items[pid] += count
        if account_id is not None:
            accounts[pid].add(account_id)
    return accounts, roles, items


def people_leaving(db: Database, *, within_days: int, today: date | None = None) -> list[Leaver]:
    """People whose last working day is at most `within_days` days away and who still have
    unsettled accounts (open checklist items or active roles), soonest first; someone recorded
    as leaving (by hand or by an HR import) whose offboarding nobody has started has no case_id.

    Someone whose last day has already passed but who is still recorded as leaving is listed
    too (with a negative `days_left`): that is the most urgent case, not one to hide. A
    person counts as leaving when their status says so or when they have an open offboarding,
    whose last working day is then the one that counts.
    """
    if not isinstance(within_days, int) or isinstance(within_days, bool) or not 0 < within_days <= _LONGEST_WINDOW:
        raise ValidationError.of("within_days", "out_of_range", label=Label("Days ahead"), low=1, high=_LONGEST_WINDOW)
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    with db.reading() as session:
        # An internal move settles accounts too, but its person is not leaving.
        open_case = (sa.select(_CASE.c.id, _CASE.c.person_id, _CASE.c.last_working_day)
                     .where(_CASE.c.status == CaseStatus.open.value, _CASE.c.internal_move.is_(False)).subquery())
        wanted = _leaving_by(session, open_case, horizon)
        if not wanted:
            return []
        accounts, roles, items = _unsettled(session, open_case, list(wanted))
    found = []
    for pid, (name, email, department, day, case_id) in wanted.items():
        if not roles[pid] and not items[pid]:
            continue  # settled: nothing left to chase
        found.append(Leaver(pid, name, email, department, day, (day - today).days, case_id, items[pid],
                            roles[pid], len(accounts[pid])))
    found.sort(key=lambda leaver: (leaver.last_working_day, leaver.name.casefold(), leaver.person_id))
    return found


# --- Who "me" is --------------------------------------------------------------------------------

@dataclass(frozen=True)
class RegistryPerson:
    id: int
    name: str
    work_email: str | None
    department: str | None


def person_for_actor(db: Database, actor: str) -> RegistryPerson | None:
    """The person the audit-trail actor (the operating-system user, or ACCOUNTREGISTRY_ACTOR)
    is in the registry, or None when nobody, or more than one person, matches.

    Tried in order, each case-insensitively: the full work email ("sofie@nordlys.dk"), the
    name ("Sofie Dahl Jørgensen"), then the part of the work email before the @ ("sofie.jorgensen"),
    which is what an operating-system login usually is. Two people matching is no match: the
    window would otherwise show someone else's items as "mine".
    """
    wanted = " ".join((actor or "").split()).casefold()
    if not wanted:
        return None
    person, people, by_email, by_name, by_login = Person.__table__.c, [], [], [], []
    with db.reading() as session:  # 20,000 people, a batch at a time in C, in the Offboarding view's read
        for ids, names, emails, departments in fetch_columns(session.connection(), sa.select(
                person.id, person.name, person.work_email, person.department)
                .where(person.employment_status != EmploymentStatus.left.value)):
            people += zip(ids, names, emails, departments)
            folded = [email.casefold() if email else "" for email in emails]
            by_email += folded
            by_name += map(str.casefold, map(" ".join, map(str.split, names)))
            by_login += map(itemgetter(0), map(str.partition, folded, repeat("@")))
    for matches in (by_email, by_name, by_login):
        if matches.count(wanted) == 1:
            return RegistryPerson(*people[matches.index(wanted)])
        if wanted in matches:
            return None
    return None


def assigned_to_actor(item: ItemView, actor: str, me: RegistryPerson | None) -> bool:
    """Whether a checklist item is the actor's to do ("Assigned to me" in the window).

    `me` is the actor's person (person_for_actor). Theirs are the items assigned to that person
    (as leaver, successor or by name), and the items assigned to a function (HR,
    Communications, IT) that is that person's department, since a function's items are done by
    the people in it. An actor named as a function itself (ACCOUNTREGISTRY_ACTOR=HR, a shared
    HR login) has that function's items."""
    if me is not None and item.assignee.person_id == me.id:
        return True
    function = item.assignee.function
    if not function or function in (ASSIGNED_TO_LEAVER, ASSIGNED_TO_SUCCESSOR):
        return False
    mine = {actor.casefold()}
    if me is not None and me.department:
        mine.add(me.department.casefold())
    return function.casefold() in mine


# --- What became of every account (the handover confirmation) ----------------------------------

@dataclass(frozen=True)
class OutcomeItem:
    title: str
    status: ItemStatus
    due_on: date
    done_by: str | None
    done_at: datetime | None  # UTC
    waive_reason: str | None
    note: str | None


@dataclass(frozen=True)
class AccountOutcome:
    account_id: int | None  # None: the general items
    label: str
    kind: Kind | None
    status: AccountStatus | None
    disposition: Disposition | None  # the latest agreed handover terms; None: none agreed
    terms_agreed_on: date | None
    holder_name: str | None  # who the account presents now
    # Active roles now: (name, role, whether that person is the leaver: names are not unique).
    administrators: tuple[tuple[str, Role, bool], ...]
    leaver_roles: tuple[Role, ...]  # roles the leaver still holds on it
    items: tuple[OutcomeItem, ...]
    account: AccountName | None = None  # the account, to be said in the user's language (label: English)

    @property
    def settled(self) -> bool:
        return not self.leaver_roles and all(i.status != ItemStatus.open for i in self.items)


@dataclass(frozen=True)
class HandoverRecord:
    organisation: str
    case_id: int
    case_status: CaseStatus
    status_reason: str | None
    leaver_name: str
    leaver_email: str | None
    leaver_title: str | None
    leaver_department: str | None
    last_working_day: date
    successor_name: str | None
    closed_at: datetime | None
    closed_by: str | None
    accounts: tuple[AccountOutcome, ...]  # by label
    general: AccountOutcome | None  # the items on no account


def _concerned_accounts(session: Session, items: list[ChecklistItem], leaver_id: int) -> set[int]:
    """The accounts with items, and any the leaver still administers or holds (in use)."""
    account, role = Account.__table__, _ROLE
    ids = {i.account_id for i in items if i.account_id is not None}
    ids |= set(session.execute(sa.select(role.c.account_id).where(
        role.c.person_id == leaver_id, role.c.revoked_on.is_(None))).scalars())
    ids |= set(session.execute(sa.select(account.c.id).where(
        account.c.holder_id == leaver_id,
        account.c.status.not_in([AccountStatus.archived.value, AccountStatus.closed.value]))).scalars())
    return ids


def _administrators(session: Session, ids: set[int], leaver_id: int
                    ) -> tuple[dict[int, list[tuple[str, Role, bool]]], dict[int, list[Role]]]:
    """Per account: who holds an active role now (name, role, whether the leaver), and the leaver's roles."""
    role, person = _ROLE, _PERSON
    administrators: dict[int, list[tuple[str, Role, bool]]] = defaultdict(list)
    leaver_roles: dict[int, list[Role]] = defaultdict(list)
    if not ids:
        return administrators, leaver_roles
    for account_id, person_id, name, role_value in session.execute(
            sa.select(role.c.account_id, role.c.person_id, person.c.name, role.c.role)
            .join(person, person.c.id == role.c.person_id)
            .where(role.c.account_id.in_(ids), role.c.revoked_on.is_(None))
            .order_by(bytewise(role.c.role), bytewise(person.c.name))):
        administrators[account_id].append((name, Role(role_value), person_id == leaver_id))
        if person_id == leaver_id:
            leaver_roles[account_id].append(Role(role_value))
    return administrators, leaver_roles


def _agreed_terms(session: Session, ids: set[int]) -> dict[int, tuple[Disposition, date]]:
    """Per account: the disposition of its current handover terms and when they were agreed."""
    if not ids:
        return {}
    terms = HandoverTerms.__table__
    return {aid: (Disposition(disposition), agreed_on) for aid, disposition, agreed_on in session.execute(
        sa.select(terms.c.account_id, terms.c.disposition, terms.c.agreed_on)
        .where(terms.c.account_id.in_(ids), is_current(terms)))}


def handover_record(db: Database, case_id: int) -> HandoverRecord:
    """Every account the offboarding concerns (those with items, and any the leaver still holds
    or administers) with who holds and administers it now, the agreed disposition, and each
    item's outcome: what a handover confirmation lists for both parties to sign."""
    account, person = Account.__table__, _PERSON
    organisation = get_settings(db).name
    with db.reading() as session:
        case = existing(session, OffboardingCase, case_id)
        leaver = session.get(Person, case.person_id)
        successor = session.get(Person, case.successor_id) if case.successor_id else None
        items = session.exec(select(ChecklistItem).where(ChecklistItem.case_id == case.id)
                             .order_by(ChecklistItem.due_on, ChecklistItem.id)).all()
        ids = _concerned_accounts(session, items, leaver.id)
        rows = session.execute(
            sa.select(account.c.id, account.c.kind, account.c.status, person.c.name)
            .outerjoin(person, person.c.id == account.c.holder_id)
            .where(account.c.id.in_(ids))).all() if ids else []
        named = accounts_named(session, ids)
        administrators, leaver_roles = _administrators(session, ids, leaver.id)
        agreed = _agreed_terms(session, ids)
    by_account: dict[int | None, list[OutcomeItem]] = defaultdict(list)
    for i in items:
        by_account[i.account_id].append(OutcomeItem(i.title, i.status, i.due_on, i.done_by, i.done_at,
                                                    i.waive_reason, i.note))
    outcomes = []
    for aid, kind, status, holder_name in rows:
        disposition, agreed_on = agreed.get(aid, (None, None))
        label, name = named[aid]
        outcomes.append(AccountOutcome(
            account_id=aid, label=label,
            kind=Kind(kind) if kind else None, status=AccountStatus(status), disposition=disposition,
            terms_agreed_on=agreed_on, holder_name=holder_name, administrators=tuple(administrators[aid]),
            leaver_roles=tuple(leaver_roles[aid]), items=tuple(by_account.get(aid, ())),
            account=name))
    outcomes.sort(key=lambda o: (o.label.casefold(), o.account_id))
    general = None
    if by_account.get(None):
        general = AccountOutcome(None, "General", None, None, None, None, None, (), (), tuple(by_account[None]))
    return HandoverRecord(
        organisation=organisation, case_id=case.id, case_status=case.status, status_reason=case.status_reason,
        leaver_name=leaver.name, leaver_email=leaver.work_email, leaver_title=leaver.title,
        leaver_department=leaver.department, last_working_day=case.last_working_day,
        successor_name=successor.name if successor else None, closed_at=case.closed_at, closed_by=case.closed_by,
        accounts=tuple(outcomes), general=general)
