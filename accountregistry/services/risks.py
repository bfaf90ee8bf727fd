"""Risks of many accounts at once: the facts the rules need, gathered set-based.

The facts of any number of accounts come from one SELECT (per batch of named accounts): the
accounts with their holder's employment status and whether they have handover terms,
left-joined to one GROUP BY over their role grants. Per-account queries would make the accounts view and
the dashboard wait minutes at 100,000 accounts. Plain SQL only (COUNT DISTINCT over CASE, MAX,
COALESCE, EXISTS, IN), so the same statement runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from accountregistry.domain.errors import NotFound
from accountregistry.domain.risks import (
    AccountFacts,
    RiskContext,
    RiskRule,
    next_review_due,
    risks_of,
)
from accountregistry.domain.vocabulary import (
    CONTROLLING_ROLES,
    AccountStatus,
    EmploymentStatus,
    Kind,
    Role,
    TwoFactor,
)
from accountregistry.services.organisation import company_domains
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, HandoverTerms, OrganisationSettings, Person

# Named accounts are looked up this many at a time: far below every database's limit on
# bound parameters (SQLite's is 32,766), and each batch is still one statement.
ID_BATCH = 500

_LEAVERS = (EmploymentStatus.leaving, EmploymentStatus.left)


@dataclass(frozen=True)
class RiskSummary:
    """Counts for the dashboard: how many accounts each risk flags, overall and per platform."""

    accounts: int  # accounts looked at (archived and closed ones included, they just raise none)
    accounts_at_risk: int
    by_risk: dict[str, int] = field(default_factory=dict)
    by_platform: dict[tuple[str, str], int] = field(default_factory=dict)  # (platform, risk id)


def _text(column: sa.ColumnElement) -> sa.ColumnElement:
    # Enumerated columns read as their stored text and mapped to members with a dict below:
    # the Enum type's own conversion is a third of the read time at 100,000 accounts.
    return sa.type_coerce(column, sa.String())


def _timestamp(column: sa.ColumnElement) -> sa.ColumnElement:
    # Plain DateTime rather than the model's UTC-aware type, for the same reason; _utc_date
    # makes the day UTC's on either database.
    return sa.type_coerce(column, sa.DateTime())


def _utc_date(moment: datetime) -> date:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.date()


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in AccountStatus}
_EMPLOYMENT = {s.value: s for s in EmploymentStatus}
_TWO_FACTOR = {t.value: t for t in TwoFactor}


def facts_statement(account_ids: list[int] | None, default_interval: int) -> sa.Select:
    """The one SELECT that gathers the facts of the named accounts (all when None), by id.

    Public for the benchmark, whose floor runs this very statement without the rules.
    """
    account = Account.__table__.c
    role = AccountRole.__table__.c
    person = Person.__table__.c
    terms = HandoverTerms.__table__.c
    active = role.revoked_on.is_(None)
    # Leavers are a few percent of the people: testing membership in their set is cheaper than
    # joining every grant to its person.
    leavers = sa.select(person.id).where(person.employment_status.in_(_LEAVERS))
    controlling = sa.and_(active, role.role.in_(sorted(CONTROLLING_ROLES)))
    roles = (
        sa.select(
            role.account_id,
            sa.func.count(sa.distinct(sa.case((sa.and_(active, role.role == Role.admin), role.person_id))))
            .label("admins"),
            sa.func.count(sa.distinct(sa.case((controlling, role.person_id)))).label("controlling"),
            sa.func.max(sa.case((sa.and_(active, role.person_id.in_(leavers)), 1), else_=0)).label("leaver"),
            sa.func.max(role.revoked_on).label("last_revoked"),
        )
        .group_by(role.account_id)
    )
    if account_ids is not None:
        roles = roles.where(role.account_id.in_(account_ids))
    roles = roles.subquery("roles")
    holder = aliased(Person.__table__, name="holder")
    statement = (
        sa.select(
            account.id, account.platform, account.handle, _text(account.kind), _text(account.status),
            account.holder_id, _text(holder.c.employment_status), account.login_email,
            _text(account.two_factor),
            sa.func.coalesce(roles.c.admins, 0), sa.func.coalesce(roles.c.controlling, 0),
            sa.func.coalesce(roles.c.leaver, 0), sa.exists().where(terms.account_id == account.id),
            account.last_reviewed_on, _timestamp(account.created_at),
            sa.func.coalesce(account.review_interval_months, default_interval),
            account.has_secret, _timestamp(account.secret_updated_at), roles.c.last_revoked,
        )
        .select_from(Account.__table__)
        .outerjoin(roles, roles.c.account_id == account.id)
        .outerjoin(holder, holder.c.id == account.holder_id)
        .order_by(account.id)
    )
    if account_ids is not None:
        statement = statement.where(account.id.in_(account_ids))
    return statement


def _batches(account_ids: Iterable[int] | None) -> Iterator[list[int] | None]:
    if account_ids is None:
        yield None
        return
    ids = sorted(set(account_ids))
    for start in range(0, len(ids), ID_BATCH):
        yield ids[start:start + ID_BATCH]


def _settings(connection: sa.Connection) -> tuple[int, frozenset[str]]:
    table = OrganisationSettings.__table__
    row = connection.execute(sa.select(table).where(table.c.id == 1)).one()
    return row.default_review_interval_months, company_domains(row)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Build many small objects without Python's cycle collector running over them again and again.

    100,000 facts and their rule tuples trigger dozens of collections, a third of the time of
    a full risk computation; none of these objects can form a cycle, so nothing is left behind.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_facts(db: Database, account_ids: Iterable[int] | None) -> tuple[list[AccountFacts], frozenset[str]]:
    facts: list[AccountFacts] = []
    with db.reading() as session:
        connection = session.connection()
        default_interval, domains = _settings(connection)
        make = AccountFacts._make
        kinds, statuses, employment, two_factor_methods = _KINDS, _STATUSES, _EMPLOYMENT, _TWO_FACTOR
        utc_date, utc = _utc_date, _utc
        for batch in _batches(account_ids):
            for row in connection.execute(facts_statement(batch, default_interval)):
                (account_id, platform, handle, kind, status, holder_id, holder_status, login_email, two_factor,
                 admins, controlling, leaver, has_terms, last_reviewed_on, created_at, interval, has_secret,
                 secret_updated_at, last_revoked) = row
                facts.append(make((account_id, platform, handle, kinds.get(kind), statuses[status], holder_id,
                                   employment.get(holder_status), login_email, two_factor_methods[two_factor],
                                   admins, controlling, bool(leaver), bool(has_terms), last_reviewed_on,
                                   utc_date(created_at), interval, bool(has_secret),
                                   utc(secret_updated_at) if secret_updated_at else None, last_revoked)))
    return facts, domains


def account_facts(db: Database, account_ids: Iterable[int] | None = None) -> list[AccountFacts]:
    """The facts of the named accounts (all accounts when None), in id order.

    Ids that are not in the registry are left out, not reported.
    """
    with _collector_paused():
        return _read_facts(db, account_ids)[0]


def assess(db: Database, account_ids: Iterable[int] | None = None, *,
           today: date | None = None) -> list[tuple[AccountFacts, tuple[RiskRule, ...]]]:
    """Each account's facts beside the rules that flag it, worst first, in id order.

    For callers that show the account too (the CLI, the export): one read instead of two.
    """
    with _collector_paused():
        facts, domains = _read_facts(db, account_ids)
        context = RiskContext(today=today or date.today(), company_domains=domains)
        return [(f, risks_of(f, context)) for f in facts]


def account_risks(db: Database, account_ids: Iterable[int] | None = None, *,
                  today: date | None = None) -> dict[int, tuple[RiskRule, ...]]:
    """Every looked-at account's id, mapped to the rules that flag it (worst first; empty when clean)."""
    assessed = assess(db, account_ids, today=today)
    with _collector_paused():
        return {f.id: risks for f, risks in assessed}


def risk_summary(db: Database, *, today: date | None = None) -> RiskSummary:
    by_risk: Counter[str] = Counter()
    by_platform: Counter[tuple[str, str]] = Counter()
    at_risk = 0
    assessed = assess(db, today=today)
    for facts, risks in assessed:
        if risks:
            at_risk += 1
        for risk in risks:
            by_risk[risk.id] += 1
            by_platform[facts.platform, risk.id] += 1
    return RiskSummary(accounts=len(assessed), accounts_at_risk=at_risk, by_risk=dict(by_risk),
                       by_platform=dict(by_platform))


def review_due_on(db: Database, account_id: int) -> date:
    """The day the account's record should next be confirmed (it may already have passed)."""
    with db.reading() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise NotFound(f"There is no account with id {account_id}.")
        interval = account.review_interval_months or session.get(OrganisationSettings, 1).default_review_interval_months
        return next_review_due(account.last_reviewed_on, account.created_at.date(), interval)
