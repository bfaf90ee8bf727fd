"""Risks of many accounts at once: the facts the rules need, gathered set-based.

The facts of any number of accounts come from one SELECT (per batch of named accounts): the
accounts with their holder's employment status and whether they have handover terms,
left-joined to one GROUP BY over their role grants. Per-account queries would make the accounts view and
the dashboard wait minutes at 100,000 accounts. Plain SQL only (COUNT DISTINCT over CASE, MAX,
COALESCE, EXISTS, IN), so the same statement runs on SQLite and PostgreSQL.

`account_risks` on SQLite goes one step further (RiskKeys): the database reduces each account
to the few inputs the rules tell apart (domain.risks.RuleInputs) as one short text, and the
rules run once per distinct text rather than once per account. The ownership report puts the
same text in its own query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from accountregistry.domain.errors import NotFound
from accountregistry.domain.risks import (
    AccountFacts,
    RiskContext,
    RiskRule,
    RuleInputs,
    first_day_still_in_time,
    next_review_due,
    review_overdue,
    risks_of,
    risks_of_inputs,
)
from accountregistry.domain.vocabulary import (
    CONTROLLING_ROLES,
    AccountStatus,
    EmploymentStatus,
    Kind,
    Role,
    TwoFactor,
)
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.organisation import company_domains
from accountregistry.store.bulk import fetch_tuples
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
    with bulk_work():
        return _read_facts(db, account_ids)[0]


def assess(db: Database, account_ids: Iterable[int] | None = None, *,
           today: date | None = None) -> list[tuple[AccountFacts, tuple[RiskRule, ...]]]:
    """Each account's facts beside the rules that flag it, worst first, in id order.

    For callers that show the account too (the CLI, the export): one read instead of two.
    """
    with bulk_work():
        facts, domains = _read_facts(db, account_ids)
        context = RiskContext(today=today or date.today(), company_domains=domains)
        return [(f, risks_of(f, context)) for f in facts]


def account_risks(db: Database, account_ids: Iterable[int] | None = None, *,
                  today: date | None = None) -> dict[int, tuple[RiskRule, ...]]:
    """Every looked-at account's id, mapped to the rules that flag it (worst first; empty when clean)."""
    if not db.is_sqlite:
        assessed = assess(db, account_ids, today=today)
        with bulk_work():
            return {f.id: risks for f, risks in assessed}
    found: dict[int, tuple[RiskRule, ...]] = {}
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        keys = RiskKeys.for_connection(connection, today or date.today())
        rules = keys.rules
        for batch in _batches(account_ids):
            rows = fetch_tuples(connection, keys_statement(batch, keys))  # one fetchall, no Row objects
            found.update([(account_id, rules[key]) for account_id, key in rows])
    return found


def keys_statement(account_ids: list[int] | None, keys: RiskKeys) -> sa.Select:
    """(account id, risk key) of the named accounts (all when None): facts_statement's facts,
    reduced by the database to what the rules tell apart."""
    account = Account.__table__.c
    role = AccountRole.__table__.c
    person = Person.__table__.c
    terms = HandoverTerms.__table__.c
    active = role.revoked_on.is_(None)
    leavers = sa.select(person.id).where(person.employment_status.in_(_LEAVERS))
    controlling = sa.and_(active, role.role.in_(sorted(CONTROLLING_ROLES)))
    roles = (
        sa.select(
            role.account_id,
            sa.func.count(sa.distinct(sa.case((controlling, role.person_id)))).label("controlling"),
            sa.func.max(sa.case((sa.and_(active, role.person_id.in_(leavers)), 1), else_=0)).label("leaver"),
            sa.func.max(role.revoked_on).label("last_revoked"),
        )
        .group_by(role.account_id)
    )
    if account_ids is not None:
        roles = roles.where(role.account_id.in_(account_ids))
    roles = roles.subquery("roles")
    key = keys.expression(
        kind=account.kind, status=account.status, holder_id=account.holder_id, login_email=account.login_email,
        two_factor=account.two_factor, controllers=roles.c.controlling, leaver=roles.c.leaver,
        has_terms=sa.exists().where(terms.account_id == account.id), last_reviewed_on=account.last_reviewed_on,
        created_at=account.created_at, interval=account.review_interval_months, has_secret=account.has_secret,
        secret_updated_at=account.secret_updated_at, last_revoked=roles.c.last_revoked)
    statement = (sa.select(account.id, key).select_from(Account.__table__)
                 .outerjoin(roles, roles.c.account_id == account.id))
    if account_ids is not None:
        statement = statement.where(account.id.in_(account_ids))
    return statement


class RiskKeys:
    """The risk rules over many accounts at the speed of a dictionary look-up (SQLite only).

    `expression(...)` is an SQL expression that reduces an account's facts to a short text (its
    key) holding exactly the fields of RuleInputs; `rules[key]` runs the rules once per distinct
    key and remembers the answer. At 100,000 accounts there are a few thousand keys.

    The reductions are the rules' own comparisons: controllers 0, 1 or more; the review overdue
    against domain.risks.first_day_still_in_time for the account's interval; the password not
    changed since a later revocation; the login's domain as email_domain_allowed reads it.
    Dates are compared as SQLite stores them (ISO text; timestamps in UTC, so their first ten
    characters are the UTC day the facts use).
    """

    SEPARATOR = "\x1f"
    # Review intervals the database allows (a check constraint); any other is passed through
    # whole and judged here, so the key stays exact.
    INTERVALS = range(1, 61)

    def __init__(self, context: RiskContext, default_interval: int):
        self.context = context
        self.default_interval = default_interval
        self.rules = _RulesByKey(self)
        self.cells = _CellsByKey(self.rules)

    @classmethod
    def for_connection(cls, connection: sa.Connection, today: date) -> RiskKeys:
        default_interval, domains = _settings(connection)
        return cls(RiskContext(today=today, company_domains=domains), default_interval)

    def expression(self, *, kind, status, holder_id, login_email, two_factor, controllers, leaver, has_terms,
                   last_reviewed_on, created_at, interval, has_secret, secret_updated_at,
                   last_revoked) -> sa.ColumnElement[str]:
        """The key as SQL, from SQL expressions for each fact (controllers and leaver may be NULL
        for an account without roles; last_revoked is only evaluated when a password is stored)."""
        text = _text
        base = sa.func.coalesce(text(last_reviewed_on), sa.func.substr(text(created_at), 1, 10))
        months = sa.func.coalesce(interval, self.default_interval)
        today = self.context.today
        overdue = sa.case({m: base < first_day_still_in_time(today, m).isoformat() for m in self.INTERVALS},
                          value=months, else_=sa.func.printf("%s %s", base, months))
        stale = sa.case(
            (sa.and_(has_secret, secret_updated_at.is_not(None)),
             sa.func.coalesce(text(last_revoked) > sa.func.substr(text(secret_updated_at), 1, 10), 0)),
            else_=0)
        if self.context.company_domains:
            # After the last "@" (rtrim strips every character but "@" from the end), marked
            # with an "@" so that an empty domain still says there is a login.
            email = text(login_email)
            domain = sa.func.substr(email, sa.func.length(sa.func.rtrim(email, sa.func.replace(email, "@", ""))) + 1,
                                    type_=sa.String)
            login = sa.case((sa.func.coalesce(email, "") == "", ""), else_=sa.literal("@", sa.String).concat(domain))
        else:
            login = sa.literal("")  # no company domains: the login rule never fires
        separator = self.SEPARATOR
        return sa.func.printf(separator.join(["%s", "%s", "%d", "%s", "%d", "%d", "%d", "%s", "%d", "%s"]),
                              sa.func.coalesce(text(kind), ""), text(status), holder_id.is_(None), text(two_factor),
                              sa.func.min(sa.func.coalesce(controllers, 0), 2), sa.func.coalesce(leaver, 0),
                              has_terms, overdue, stale, login)

    def inputs(self, key: str) -> RuleInputs:
        (kind, status, no_holder, two_factor, controllers, leaver, has_terms, overdue, stale,
         login) = key.split(self.SEPARATOR, 9)
        if overdue in ("0", "1"):
            late = overdue == "1"
        else:  # an interval outside the usual range: judged here
            base, months = overdue.split(" ")
            day = date.fromisoformat(base)
            late = review_overdue(day, day, int(months), self.context.today)
        return RuleInputs(kind=_KINDS.get(kind), status=_STATUSES[status], has_holder=no_holder == "0",
                          login_domain=login[1:] if login else None, two_factor=_TWO_FACTOR[two_factor],
                          controllers=int(controllers), leaver_holds_role=leaver == "1",
                          has_current_terms=has_terms == "1", review_overdue=late,
                          secret_not_rotated=stale == "1")


class _RulesByKey(dict):
    def __init__(self, keys: RiskKeys):
        super().__init__()
        self.keys = keys

    def __missing__(self, key: str) -> tuple[RiskRule, ...]:
        found = self[key] = risks_of_inputs(self.keys.inputs(key), self.keys.context)
        return found


class _CellsByKey(dict):
    """The report's risks cell per key: rule ids, worst first, separated by " | "."""

    def __init__(self, rules: _RulesByKey):
        super().__init__()
        self.rules = rules

    def __missing__(self, key: str) -> str:
        found = self[key] = " | ".join([r.id for r in self.rules[key]])
        return found


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
            raise NotFound("account_not_found", account_id=account_id)
        interval = account.review_interval_months or session.get(OrganisationSettings, 1).default_review_interval_months
        return next_review_due(account.last_reviewed_on, account.created_at.date(), interval)
