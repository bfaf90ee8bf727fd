"""Everything the accounts table and the dashboard show, read in one pass.

The window lists up to 100,000 accounts; one query per account would take minutes, so this
module reads whole tables with a few set-based queries (accounts with their holders, active
roles, people) and joins them in memory. Risks and review dates come from their own modules
(services.risks, domain.risks), computed for all accounts at once.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.vocabulary import AccountStatus, Kind
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, Person

_PLATFORM_NAMES = {p.id: p.name for p in PLATFORMS}
# Archived and closed accounts are no longer looked after: they are not reviewed.
_RETIRED = frozenset({AccountStatus.archived.value, AccountStatus.closed.value})
_SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
# SQLite allows 32,766 bound parameters; stay far below for other databases too.
_ID_CHUNK = 900


@dataclass(frozen=True, slots=True)
class RiskFlag:
    """One risk rule that flags an account, as the table shows it."""

    id: str
    title: str
    severity: str  # "low", "medium" or "high"
    explanation: str

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK.get(self.severity, 0)


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One line of the accounts table: plain values, no ORM object, no session."""

    id: int
    platform: str
    platform_name: str
    presence: str
    handle: str
    display_name: str
    kind: str | None  # None: not yet known
    status: str
    holder_name: str
    active_administrators: int
    administrator_names: tuple[str, ...]
    administrator_emails: tuple[str, ...]
    next_review: date | None
    risks: tuple[RiskFlag, ...]
    # Lowercased handle, display name, holder, administrator names and emails, computed once
    # here so that filtering 100,000 rows is one substring test per row.
    search_text: str

    @property
    def risk_ids(self) -> tuple[str, ...]:
        return tuple(risk.id for risk in self.risks)

    @property
    def risk_titles(self) -> tuple[str, ...]:
        return tuple(risk.title for risk in self.risks)

    @property
    def worst_risk(self) -> int:
        return max((risk.rank for risk in self.risks), default=0)


def _optional(module: str, name: str):
    """A function another part of the product provides, or None while it does not exist yet."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as error:
        if error.name != module:
            raise  # the module exists but is broken: that is a bug, not an absence
        return None
    except AttributeError:
        return None


def risks_available() -> bool:
    return _optional("accountregistry.services.risks", "assess") is not None


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _ID_CHUNK):
        yield ids[start:start + _ID_CHUNK]


def load_account_rows(db: Database, account_ids: Iterable[int] | None = None, *,
                      today: date | None = None) -> list[AccountRow]:
    """The rows of the accounts table, in registration order; only `account_ids` if given."""
    ids = sorted(set(account_ids)) if account_ids is not None else None
    if ids == []:
        return []
    today = today or date.today()
    account, person, role = Account.__table__, Person.__table__, AccountRole.__table__
    holder = person.alias("holder")
    # type_coerce: the enum values as the strings they are stored as, without building enum
    # members for 100,000 rows only to turn them back into text.
    base = (sa.select(account.c.id, account.c.platform, sa.type_coerce(account.c.presence, sa.String),
                      account.c.handle, account.c.display_name, sa.type_coerce(account.c.kind, sa.String),
                      sa.type_coerce(account.c.status, sa.String), holder.c.name)
            .select_from(account.outerjoin(holder, holder.c.id == account.c.holder_id)))
    grants = (sa.select(role.c.account_id, role.c.person_id, person.c.name, person.c.work_email)
              .join(person, person.c.id == role.c.person_id).where(role.c.revoked_on.is_(None)))
    with db.reading() as session:
        if ids is None:
            accounts = session.execute(base.order_by(account.c.id)).all()
            active = session.execute(grants.order_by(role.c.id)).all()
        else:
            accounts, active = [], []
            for chunk in _chunks(ids):
                accounts += session.execute(base.where(account.c.id.in_(chunk))).all()
                active += session.execute(grants.where(role.c.account_id.in_(chunk)).order_by(role.c.id)).all()
            accounts.sort(key=lambda r: r[0])
    reviews, risks_by_account = _reviews_and_risks(db, ids, today)

    administrators: dict[int, dict[int, tuple[str, str]]] = {}
    for account_id, person_id, name, email in active:
        # An administrator is a person: two roles of one person are one administrator.
        administrators.setdefault(account_id, {})[person_id] = (name, email or "")
    platform_names = _PLATFORM_NAMES
    rows: list[AccountRow] = []
    nobody: dict[int, tuple[str, str]] = {}
    for account_id, platform, presence, handle, display_name, kind, status, holder_name in accounts:
        admins = administrators.get(account_id, nobody).values()
        names = tuple(name for name, _ in admins)
        emails = tuple(email for _, email in admins if email)
        display_name = display_name or ""
        holder_name = holder_name or ""
        rows.append(AccountRow(
            id=account_id, platform=platform, platform_name=platform_names.get(platform, platform),
            presence=presence, handle=handle, display_name=display_name, kind=kind, status=status,
            holder_name=holder_name, active_administrators=len(names), administrator_names=names,
            administrator_emails=emails,
            next_review=None if status in _RETIRED else reviews.get(account_id),
            risks=risks_by_account.get(account_id, ()),
            search_text="\n".join((handle, display_name, holder_name, *names, *emails)).lower(),
        ))
    return rows


def _reviews_and_risks(db: Database, ids: list[int] | None, today: date
                       ) -> tuple[dict[int, date], dict[int, tuple[RiskFlag, ...]]]:
    """Next review dates and risks from the risk service's one read of every account's facts."""
    assess = _optional("accountregistry.services.risks", "assess")
    next_review_due = _optional("accountregistry.domain.risks", "next_review_due")
    if assess is None or next_review_due is None:
        return {}, {}
    due: dict[tuple[date, int], date] = {}  # month arithmetic is slow; 100,000 accounts share few dates
    flags: dict[str, RiskFlag] = {}  # the same rule on 30,000 accounts is one object
    reviews: dict[int, date] = {}
    risks: dict[int, tuple[RiskFlag, ...]] = {}
    for facts, rules in assess(db, ids, today=today):
        key = (facts.last_reviewed_on or facts.created_on, facts.review_interval_months)
        when = due.get(key)
        if when is None:
            when = due[key] = next_review_due(facts.last_reviewed_on, facts.created_on,
                                              facts.review_interval_months)
        reviews[facts.id] = when
        if rules:
            converted = []
            for rule in rules:  # already worst first
                flag = flags.get(rule.id)
                if flag is None:
                    severity = getattr(rule.severity, "name", str(rule.severity))
                    flag = flags[rule.id] = RiskFlag(rule.id, rule.title, severity, rule.explanation)
                converted.append(flag)
            risks[facts.id] = tuple(converted)
    return reviews, risks


@dataclass(frozen=True)
class RegistrySummary:
    """What the dashboard says about the accounts, counted from the table's rows."""

    accounts: int
    looked_after: int  # not archived or closed
    by_kind: dict[str | None, int]  # looked-after accounts by kind; None: not yet known
    by_status: dict[str, int]
    at_risk: int  # looked-after accounts with at least one risk
    by_risk: list[tuple[str, int]]  # risk title and how many looked-after accounts it flags, most first


def summarise(rows: Iterable[AccountRow]) -> RegistrySummary:
    total = 0
    by_status: Counter[str] = Counter()
    by_kind: Counter[str | None] = Counter({kind.value: 0 for kind in Kind})
    by_risk: Counter[str] = Counter()
    at_risk = 0
    for row in rows:
        total += 1
        by_status[row.status] += 1
        if row.status in _RETIRED:
            continue
        by_kind[row.kind] += 1
        if row.risks:
            at_risk += 1
            by_risk.update(risk.title for risk in row.risks)
    looked_after = total - sum(by_status[s] for s in _RETIRED)
    return RegistrySummary(accounts=total, looked_after=looked_after, by_kind=dict(by_kind),
                           by_status=dict(by_status), at_risk=at_risk, by_risk=by_risk.most_common())
