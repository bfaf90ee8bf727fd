"""Risks of many accounts at once: the rules' facts computed by the database, set-based.

One SELECT (per batch of named accounts) computes every account's RiskFacts: the account's own
columns, whether it has handover terms, and what its role grants say, each reduced by
the database to what the rules tell apart (FACTS: one SQL expression per field of RiskFacts).
Accounts with equal facts are flagged alike, so the rules run once per distinct row of facts
(a few thousand at 100,000 accounts), not once per account. One account or all of them, the
window, the command line and the export: the same statement, the same rules.

Plain SQL only (COUNT DISTINCT over CASE, MAX, COALESCE, EXISTS, IN, CASE, substr, rtrim), so
the statement runs on SQLite and PostgreSQL; the one difference, a timestamp's UTC day, is a
small construct compiled for each (utc_day).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from accountregistry.domain.risks import (
    REVIEW_INTERVALS,
    WEAK_TWO_FACTOR,
    ListedConsent,
    RiskContext,
    RiskFacts,
    RiskRule,
    first_day_still_in_time,
    next_review_due,
    risks_of,
)
from accountregistry.domain.vocabulary import (
    AccountStatus,
    AgreementKind,
    Disposition,
    EmploymentStatus,
    Kind,
    Presence,
    controls,
)
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.handover import is_current
from accountregistry.services.organisation import company_domains
from accountregistry.store.bulk import fetch_tuples
from accountregistry.store.database import Database
from accountregistry.store.models import (
    Account,
    AccountRole,
    Agreement,
    AgreementItem,
    ConsentRecord,
    HandoverTerms,
    OrganisationSettings,
    Person,
    PolicyAcknowledgement,
    PolicyVersion,
)
from accountregistry.services.records import existing

# Named accounts are looked up this many at a time: far below every database's limit on
# bound parameters (SQLite's is 32,766), and each batch is still one statement.
ID_BATCH = 500

# The people whose active roles are a risk ("Leaver holds a role"): leaving or left.
LEAVERS = sa.select(Person.__table__.c.id).where(Person.__table__.c.employment_status.in_(
    [EmploymentStatus.leaving, EmploymentStatus.left]))


class utc_day(FunctionElement):  # noqa: N801 - used like an SQL function
    """The UTC calendar day of a stored timestamp, comparable with a date column or parameter:
    ISO text on SQLite (timestamps are stored in UTC as text), a DATE on PostgreSQL."""

    inherit_cache = True


@compiles(utc_day, "sqlite")
def _utc_day_sqlite(element, compiler, **kw) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 10)"


@compiles(utc_day)
def _utc_day(element, compiler, **kw) -> str:
    return f"CAST(({compiler.process(element.clauses, **kw)}) AT TIME ZONE 'UTC' AS DATE)"


def _text(column: sa.ColumnElement) -> sa.ColumnElement:
    # Enumerated columns read as their stored text, mapped to members once per distinct facts.
    return sa.type_coerce(column, sa.String())


class RiskSources(NamedTuple):
    """What the facts are computed from, as SQL: the account's columns, its role grants summed
    up (NULL for an account without any) and its current handover terms (the latest version,
    joined: NULLs without terms). The ownership report passes its own, from the joins its
    statement already has."""

    account: Any  # Account.__table__.c, or an alias's columns
    controlling: sa.ColumnElement  # people holding an active owner or admin role: 0, 1 or 2 for two or more
    leaver: sa.ColumnElement  # 1 when an active role is held by someone leaving or gone
    last_revoked: sa.ColumnElement  # the most recent day a role was revoked
    terms: Any  # the columns of the account's latest handover terms version (HandoverTerms, an alias's)


class Judgement(NamedTuple):
    """How the facts are judged: the day, the organisation's domains and default interval."""

    context: RiskContext
    default_interval: int


def _login_domain(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    if not j.context.company_domains:
        return sa.null()  # no domains named: the login rule reads nothing, and keys stay few
    # After the last "@" (rtrim strips every character but "@" from the end); NULL or "" is no login.
    email = _text(s.account.login_email)
    after_last_at = sa.func.substr(email, sa.func.length(sa.func.rtrim(email, sa.func.replace(email, "@", ""))) + 1,
                                   type_=sa.String)
    return sa.case((sa.func.coalesce(email, "") == "", sa.null()), else_=after_last_at)


def _review_overdue(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    base = sa.func.coalesce(s.account.last_reviewed_on, utc_day(s.account.created_at), type_=sa.Date)
    months = sa.func.coalesce(s.account.review_interval_months, j.default_interval)
    today = j.context.today
    # domain.risks.review_overdue as a comparison of two dates per account, one threshold per interval.
    return sa.case({m: base < sa.literal(first_day_still_in_time(today, m), sa.Date) for m in REVIEW_INTERVALS},
                   value=months)


def _secret_not_rotated(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    return sa.case((sa.and_(s.account.has_secret, s.account.secret_updated_at.is_not(None)),
                    sa.func.coalesce(s.last_revoked > utc_day(s.account.secret_updated_at), False)),
                   else_=False)


def _listed_consent(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    """ListedConsent: only a listed personal profile looks at its consent records (few accounts)."""
    record = ConsentRecord.__table__.c
    today = sa.literal(j.context.today, sa.Date)
    ended = sa.and_(record.withdrawn_on.is_not(None), record.withdrawn_on <= today)
    in_force = sa.exists().where(record.account_id == s.account.id, record.given_on <= today, sa.not_(ended))
    withdrawn = sa.exists().where(record.account_id == s.account.id, ended)
    listed = sa.and_(s.account.ambassador, _text(s.account.kind) == Kind.personal.value)
    return sa.case((sa.not_(listed), int(ListedConsent.not_listed)),
                   (in_force, int(ListedConsent.in_force)),
                   (withdrawn, int(ListedConsent.withdrawn)),
                   else_=int(ListedConsent.never_given))


def _has_terms(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    """Agreed handover terms exist (proposed ones do not count): the current version's date,
    else (rarely: the current version is only proposed) an earlier agreed version."""
    terms = HandoverTerms.__table__.c
    earlier_agreed = sa.exists().where(terms.account_id == s.account.id, terms.agreed_on.is_not(None))
    return sa.case((s.terms.id.is_(None), False), (s.terms.agreed_on.is_not(None), True), else_=earlier_agreed)


def _holder_not_agreed(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    """The current terms are not marked agreed by the holder, and no agreement of the holder's
    covered that version (services/agreements.py)."""
    item, agreement = AgreementItem.__table__.c, Agreement.__table__.c
    agreed = sa.exists().where(item.account_id == s.account.id, item.terms_version == s.terms.version,
                               agreement.id == item.agreement_id, agreement.person_id == s.account.holder_id,
                               _text(agreement.kind) == AgreementKind.holder_agreement.value)
    # CASE, not AND: the agreements are looked at only for terms the holder has not marked agreed.
    return sa.case((sa.not_(s.terms.agreed_by_holder), sa.not_(agreed)), else_=False)


def _holder_left(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    # The few people who left, read once per statement, rather than a look-up per account.
    person = Person.__table__.c
    gone = sa.select(person.id).where(_text(person.employment_status) == EmploymentStatus.left.value)
    return sa.func.coalesce(s.account.holder_id.in_(gone), False)


def _holder_not_acknowledged_policy(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    """A version of the policy is in force today and the holder has no acknowledgement of it."""
    version, ack = PolicyVersion.__table__.c, PolicyAcknowledgement.__table__.c
    in_force = (sa.select(version.id).where(version.effective_on <= sa.literal(j.context.today, sa.Date))
                .order_by(version.effective_on.desc(), version.version.desc()).limit(1).scalar_subquery())
    # Who acknowledged it, read once per statement, rather than a look-up per account.
    acknowledged = s.account.holder_id.in_(sa.select(ack.person_id).where(ack.policy_version_id == in_force))
    return sa.and_(s.account.holder_id.is_not(None), in_force.is_not(None), sa.not_(acknowledged))


def _weak_two_factor(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    return _text(s.account.two_factor).in_(sorted(method.value for method in WEAK_TWO_FACTOR))


def _terms_holder_keeps(s: RiskSources, j: Judgement) -> sa.ColumnElement:
    return sa.func.coalesce(_text(s.terms.disposition) == Disposition.holder_keeps.value, False)


class Fact(NamedTuple):
    name: str  # a field of domain.risks.RiskFacts
    column: Callable[[RiskSources, Judgement], sa.ColumnElement]
    read: Callable[[Any], Any]  # the database's value as the rules read it


_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in AccountStatus}

# One entry per field of RiskFacts, in its order: how the database computes it.
FACTS: tuple[Fact, ...] = (
    Fact("kind", lambda s, j: _text(s.account.kind), _KINDS.get),
    Fact("status", lambda s, j: _text(s.account.status), _STATUSES.__getitem__),
    Fact("has_holder", lambda s, j: s.account.holder_id.is_not(None), bool),
    Fact("login_domain", _login_domain, lambda value: value),
    Fact("weak_two_factor", _weak_two_factor, bool),
    Fact("controllers", lambda s, j: sa.func.coalesce(s.controlling, 0), int),
    Fact("leaver_holds_role", lambda s, j: sa.func.coalesce(s.leaver, 0), bool),
    Fact("has_current_terms", _has_terms, bool),
    Fact("review_overdue", _review_overdue, bool),
    Fact("secret_not_rotated", _secret_not_rotated, bool),
    Fact("listed_consent", _listed_consent, ListedConsent),
    Fact("official", lambda s, j: s.account.official, bool),
    Fact("group", lambda s, j: _text(s.account.presence) == Presence.group.value, bool),
    Fact("holder_left", _holder_left, bool),
    Fact("terms_holder_keeps", _terms_holder_keeps, bool),
    Fact("holder_not_agreed", _holder_not_agreed, bool),
    Fact("change_flagged", lambda s, j: s.account.change_flagged_on.is_not(None), bool),
    Fact("holder_not_acknowledged_policy", _holder_not_acknowledged_policy, bool),
)
if tuple(fact.name for fact in FACTS) != RiskFacts._fields:
    raise ValueError("services.risks.FACTS must compute exactly the fields of RiskFacts, in their order")


def read_facts(row: Iterable[Any]) -> RiskFacts:
    """The facts as the rules read them, from the values the database returned."""
    return RiskFacts._make([fact.read(value) for fact, value in zip(FACTS, row)])


class RulesByFacts(dict):
    """A row of facts as the database returns it -> the rules that flag such an account, worst
    first; each distinct row is judged once."""

    def __init__(self, judgement: Judgement):
        super().__init__()
        self.judgement = judgement

    @classmethod
    def for_connection(cls, connection: sa.Connection, today: date) -> RulesByFacts:
        table = OrganisationSettings.__table__
        row = connection.execute(sa.select(table).where(table.c.id == 1)).one()
        context = RiskContext(today=today, company_domains=company_domains(row))
        return cls(Judgement(context, row.default_review_interval_months))

    def columns(self, sources: RiskSources) -> list[sa.ColumnElement]:
        """The facts as SQL, in RiskFacts' order, computed from `sources`."""
        return [fact.column(sources, self.judgement).label(f"fact_{fact.name}") for fact in FACTS]

    def __missing__(self, row: tuple) -> tuple[RiskRule, ...]:
        found = self[row] = risks_of(read_facts(row), self.judgement.context)
        return found


class CellsByFacts(dict):
    """The ownership report's risks cell per row of facts: rule ids, worst first, " | ".
    Made by the report, not kept by its rules: a rules <-> cells cycle outlived each read, as
    bulk_work's frozen collector never looks at it."""

    def __init__(self, rules: RulesByFacts):
        super().__init__()
        self.rules = rules

    def __missing__(self, row: tuple) -> str:
        found = self[row] = " | ".join([r.id for r in self.rules[row]])
        return found


def risk_statement(rules: RulesByFacts, account_ids: list[int] | None = None, *,
                   columns: Iterable[sa.ColumnElement] = ()) -> sa.Select:
    """(account id, *columns, *facts) of the named accounts (all when None), in id order.

    One pass in account order, each account joined to its latest terms version; its role grants
    are looked up per account through their index (who controls it), read once as a set for
    every account (the accounts a leaver holds a role in), or only for an account with a stored password (the last
    revocation). No GROUP BY over every grant: at 100,000 accounts the database did a third
    fewer steps."""
    account, role = Account.__table__.c, AccountRole.__table__.c
    terms = HandoverTerms.__table__.alias("current_terms")
    active = role.revoked_on.is_(None)
    # Who controls it: 0, 1 or 2 for "two or more" people, told apart by the lowest and highest
    # person id among them (no COUNT DISTINCT, which sorts each account's grants).
    lowest, highest = sa.func.min(role.person_id), sa.func.max(role.person_id)
    controlling = sa.select(sa.case((highest.is_(None), 0), (lowest == highest, 1), else_=2)) \
        .where(role.account_id == account.id, controls(role)).scalar_subquery()
    # Leavers are a few percent of the people, and their grants few: for every account, the set
    # of accounts a leaver holds a role in, read once; for named accounts, their own grants
    # (the set would be read whole for one account: 50 ms at 100,000 accounts).
    leaver_grant = sa.and_(active, role.person_id.in_(LEAVERS))
    leaver = (account.id.in_(sa.select(role.account_id).where(leaver_grant)) if account_ids is None
              else sa.exists().where(role.account_id == account.id, leaver_grant))
    sources = RiskSources(
        account=account,
        controlling=controlling,
        leaver=sa.case((leaver, 1), else_=0),
        last_revoked=sa.select(sa.func.max(role.revoked_on)).where(role.account_id == account.id).scalar_subquery(),
        terms=terms.c)
    statement = (sa.select(account.id, *columns, *rules.columns(sources))
                 .select_from(Account.__table__)
                 .outerjoin(terms, sa.and_(terms.c.account_id == account.id, is_current(terms)))
                 .order_by(account.id))
    if account_ids is not None:
        statement = statement.where(account.id.in_(account_ids))
    return statement


def id_batches(account_ids: Iterable[int] | None) -> Iterator[list[int] | None]:
    if account_ids is None:
        yield None
        return
    ids = sorted(set(account_ids))
    for start in range(0, len(ids), ID_BATCH):
        yield ids[start:start + ID_BATCH]


def _judged(db: Database, account_ids: Iterable[int] | None, today: date | None,
            columns: tuple[sa.ColumnElement, ...] = ()) -> Iterator[tuple[tuple, tuple[RiskRule, ...]]]:
    """(the row's id and columns, the rules that flag it) for the named accounts, in id order."""
    width = 1 + len(columns)
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        for batch in id_batches(account_ids):
            rows = fetch_tuples(connection, risk_statement(rules, batch, columns=columns))
            yield from [(row[:width], rules[row[width:]]) for row in rows]


def account_risks(db: Database, account_ids: Iterable[int] | None = None, *,
                  today: date | None = None) -> dict[int, tuple[RiskRule, ...]]:
    """Every looked-at account's id, mapped to the rules that flag it (worst first; empty when clean).

    Ids that are not in the registry are left out, not reported.
    """
    return {head[0]: found for head, found in _judged(db, account_ids, today)}


def risk_facts(db: Database, account_ids: Iterable[int] | None = None, *,
               today: date | None = None) -> dict[int, RiskFacts]:
    """What the rules know about each named account (all when None), as they read it."""
    found: dict[int, RiskFacts] = {}
    with db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        for batch in id_batches(account_ids):
            for row in fetch_tuples(connection, risk_statement(rules, batch)):
                found[row[0]] = read_facts(row[1:])
    return found


class AccountAtRisk(NamedTuple):
    id: int
    platform: str
    handle: str


def assess(db: Database, account_ids: Iterable[int] | None = None, *,
           today: date | None = None) -> list[tuple[AccountAtRisk, tuple[RiskRule, ...]]]:
    """Each account (id, platform, handle) beside the rules that flag it, worst first, in id order:
    for callers that name the account too (the CLI, the dashboard's counts per platform)."""
    account = Account.__table__.c
    return [(AccountAtRisk._make(head), found)
            for head, found in _judged(db, account_ids, today, (account.platform, account.handle))]


def review_due_on(db: Database, account_id: int) -> date:
    """The day the account's record should next be confirmed (it may already have passed)."""
    with db.reading() as session:
        account = existing(session, Account, account_id)
        interval = account.review_interval_months or session.get(OrganisationSettings, 1).default_review_interval_months
        return next_review_due(account.last_reviewed_on, account.created_at.date(), interval)
