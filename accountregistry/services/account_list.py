"""Everything the accounts table and the dashboard show, read in one statement.

The window lists up to 100,000 accounts (and must show them within a second or two), so this
module reads them with one set-based SELECT: each account with its holder, one GROUP BY over
its role grants (who holds an active role, who controls it, the facts its risks need), and its
risk facts (services.risks, the same statement the command line and the export run). The rows
are plain tuples: cheap to build and to keep at 100,000. What the dashboard counts is summed
up here too, in the same (worker) thread, so the window's thread only shows the numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa

from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.risks import RiskRule, next_review_due
from accountregistry.domain.vocabulary import CONTROLLING_ROLES, AccountStatus, EmploymentStatus, Kind
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.risks import ID_BATCH, RiskSources, RulesByFacts, utc_day
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, HandoverTerms, Person

_PLATFORM_NAMES = {p.id: p.name for p in PLATFORMS}
# Archived and closed accounts are no longer looked after: they are not reviewed.
_RETIRED = frozenset({AccountStatus.archived.value, AccountStatus.closed.value})
_SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
_LEAVERS = (EmploymentStatus.leaving, EmploymentStatus.left)
# Between a grant's name, email and role, and between grants, in `roles`: control characters
# that no name or email can hold (every text field refuses them).
FIELD, GRANT = "\x1f", "\x1e"
# Rows are read from the database this many at a time: the driver's tuples of one batch are
# freed before the next is read, so they never all exist beside the rows made from them.
READ_BATCH = 5000


class RiskFlag(NamedTuple):
    """One risk rule that flags an account, as the table shows it."""

    id: str
    title: str
    severity: str  # "low", "medium" or "high"
    explanation: str

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK.get(self.severity, 0)


class AccountRow(NamedTuple):
    """One line of the accounts table: plain values, no ORM object, no session.

    A NamedTuple: 100,000 of them are made each time the registry is read."""

    id: int
    platform: str
    platform_name: str
    presence: str
    handle: str
    display_name: str
    kind: str | None  # None: not yet known
    status: str
    holder_name: str
    # Distinct people holding an active owner or admin role (those the "Single admin" and
    # "No admin" risks count).
    active_administrators: int
    next_review: date | None
    risks: tuple[RiskFlag, ...]
    # Every active grant as "name FIELD email FIELD role", joined by GRANT (in no set order).
    roles: str
    # Lowercased handle, display name, holder, and the names and emails of everyone holding an
    # active role, made once here so that filtering 100,000 rows is one substring test per row.
    search_text: str
    # Made with the company's mandate (False: a page or group someone made in its name).
    official: bool = True

    def _grants(self) -> list[list[str]]:
        return [grant.split(FIELD) for grant in self.roles.split(GRANT)] if self.roles else []

    @property
    def administrator_names(self) -> tuple[str, ...]:
        """The people counted in active_administrators, by name."""
        names = {name for name, _email, role in self._grants() if role in CONTROLLING_ROLES}
        return tuple(sorted(names, key=str.casefold))

    @property
    def administrator_emails(self) -> tuple[str, ...]:
        emails = {email for _name, email, role in self._grants() if role in CONTROLLING_ROLES and email}
        return tuple(sorted(emails))

    @property
    def risk_ids(self) -> tuple[str, ...]:
        return tuple(risk.id for risk in self.risks)

    @property
    def risk_titles(self) -> tuple[str, ...]:
        return tuple(risk.title for risk in self.risks)

    @property
    def worst_risk(self) -> int:
        return max((risk.rank for risk in self.risks), default=0)


def roles_text(grants: Iterable[tuple[str, str | None, str]]) -> str:
    """AccountRow.roles for (name, email, role) grants, as the database writes it."""
    return GRANT.join(FIELD.join((name, email or "", role)) for name, email, role in grants)


def _grants_summary(account_ids: list[int] | None) -> sa.Subquery:
    """Per account with any role grant, in one pass over them: who holds an active role (for
    the search and the tooltip), how many people control it, and the facts its risks need."""
    role, person = AccountRole.__table__.c, Person.__table__.c
    active = role.revoked_on.is_(None)
    controlling = sa.and_(active, role.role.in_(sorted(CONTROLLING_ROLES)))
    grant = (person.name + FIELD + sa.func.coalesce(person.work_email, "") + FIELD
             + sa.type_coerce(role.role, sa.String))
    summary = (
        sa.select(
            role.account_id,
            sa.func.count(sa.distinct(sa.case((controlling, role.person_id)))).label("controlling"),
            sa.func.max(sa.case((sa.and_(active, person.employment_status.in_(_LEAVERS)), 1), else_=0))
            .label("leaver"),
            sa.func.max(role.revoked_on).label("last_revoked"),
            sa.func.aggregate_strings(sa.case((active, grant)), GRANT).label("roles"),
        )
        .join(Person.__table__, person.id == role.person_id)
        .group_by(role.account_id))
    if account_ids is not None:
        summary = summary.where(role.account_id.in_(account_ids))
    return summary.subquery("grants")


def _statement(rules: RulesByFacts, account_ids: list[int] | None) -> sa.Select:
    account, terms = Account.__table__.c, HandoverTerms.__table__.c
    holder = Person.__table__.alias("holder")
    grants = _grants_summary(account_ids)
    sources = RiskSources(account=account, controlling=grants.c.controlling, leaver=grants.c.leaver,
                          last_revoked=grants.c.last_revoked,
                          has_terms=sa.exists().where(terms.account_id == account.id))
    text = sa.String()
    statement = (
        sa.select(account.id, account.platform, sa.type_coerce(account.presence, text), account.handle,
                  sa.func.coalesce(account.display_name, ""), sa.type_coerce(account.kind, text),
                  sa.type_coerce(account.status, text), sa.func.coalesce(holder.c.name, ""),
                  sa.func.coalesce(grants.c.controlling, 0), sa.func.coalesce(grants.c.roles, ""),
                  # The review's base day and interval, as the database returns them.
                  sa.type_coerce(sa.func.coalesce(account.last_reviewed_on, utc_day(account.created_at)), text),
                  sa.func.coalesce(account.review_interval_months, rules.judgement.default_interval),
                  account.official, *rules.columns(sources))
        .select_from(Account.__table__)
        .outerjoin(holder, holder.c.id == account.holder_id)
        .outerjoin(grants, grants.c.account_id == account.id)
        .order_by(account.id))
    if account_ids is not None:
        statement = statement.where(account.id.in_(account_ids))
    return statement


_FACTS_AT = 13  # where the risk facts begin in a row of _statement


class _Flags(dict):
    """A row's risk facts -> its risks as the table shows them (one tuple per distinct facts)."""

    def __init__(self, rules: RulesByFacts):
        super().__init__()
        self.rules = rules

    def __missing__(self, facts: tuple) -> tuple[RiskFlag, ...]:
        found = self[facts] = tuple(_flag(rule) for rule in self.rules[facts])
        return found


def _flag(rule: RiskRule) -> RiskFlag:
    return RiskFlag(rule.id, rule.title, rule.severity.name, rule.explanation)


class _ReviewDue(dict):
    """(base day as stored, interval) -> the next review's date: few distinct ones."""

    def __missing__(self, key: tuple) -> date:
        base, months = key
        day = base if isinstance(base, date) else date.fromisoformat(base)
        found = self[key] = next_review_due(day, day, months)
        return found


def _rows(result_rows: Iterable[tuple], rules: RulesByFacts,
          earlier: Callable[[int], AccountRow | None]) -> Iterator[AccountRow]:
    flags, due = _Flags(rules), _ReviewDue()
    # One str object per distinct value (kinds, statuses, platform names) instead of one per row.
    shared: dict[str | None, str | None] = {None: None}
    platform_names = _PLATFORM_NAMES
    make = AccountRow
    for row in result_rows:
        (account_id, platform, presence, handle, display_name, kind, status, holder_name, controlling, roles,
         base, interval, official) = row[:_FACTS_AT]
        platform = shared.setdefault(platform, platform)
        status = shared.setdefault(status, status)
        # A holder's name once, however many accounts present them.
        holder_name = shared.setdefault(holder_name, holder_name)
        made = make(account_id, platform, platform_names.get(platform, platform), shared.setdefault(presence, presence),
                    handle, display_name, shared.setdefault(kind, kind), status, holder_name, controlling,
                    None if status in _RETIRED else due[base, interval], flags[row[_FACTS_AT:]], roles,
                    f"{handle}\n{display_name}\n{holder_name}\n{roles}".lower(), bool(official))
        before = earlier(account_id)
        yield before if before == made else made


def _none(_account_id: int) -> None:
    return None


def load_account_rows(db: Database, account_ids: Iterable[int] | None = None, *, today: date | None = None,
                      earlier: Callable[[int], AccountRow | None] = _none) -> list[AccountRow]:
    """The rows of the accounts table, in registration order; only `account_ids` if given.
    A row equal to `earlier(id)` (the one on screen) is that very object: reading 100,000
    accounts again, while the window shows them, holds one copy of what did not change."""
    ids = sorted(set(account_ids)) if account_ids is not None else None
    batches = [None] if ids is None else [ids[start:start + ID_BATCH] for start in range(0, len(ids), ID_BATCH)]
    found: list[AccountRow] = []
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        for batch in batches:
            result = connection.execute(_statement(rules, batch))
            try:
                # The driver's rows, a batch at a time, without a Row object or a result processor
                # per row (store.bulk.fetch_tuples, streamed).
                cursor = result.cursor
                while chunk := cursor.fetchmany(READ_BATCH):
                    found.extend(_rows(chunk, rules, earlier))
            finally:
                result.close()
    return found


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
