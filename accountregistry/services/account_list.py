"""Everything the accounts table and the dashboard show, read in three set-based statements.

The window lists up to 100,000 accounts (and must show them within a second or two), so this
module reads them with the risks' own statement (services.risks, the one the command line runs:
one GROUP BY over the role grants for the facts the rules need) with the table's columns added,
and beside it everyone's name and the active grants as person ids. The rows are plain tuples
that name people by id (one mapping of names per read): cheap to build and to keep at 100,000. What the dashboard counts is summed
up here too, in the same (worker) thread, so the window's thread only shows the numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

import sqlalchemy as sa

from accountregistry.domain.platforms import PLATFORMS, platform_name
from accountregistry.domain.risks import RiskRule, next_review_due
from accountregistry.domain.vocabulary import CONTROLLING_ROLES, AccountStatus, EmploymentStatus, Kind
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.risks import ID_BATCH, RulesByFacts, id_batches, risk_statement, utc_day
from accountregistry.store.bulk import fetch_tuples
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, Person

# Archived and closed accounts are no longer looked after: they are not reviewed.
_RETIRED = frozenset({AccountStatus.archived.value, AccountStatus.closed.value})
_SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
_LEAVERS = (EmploymentStatus.leaving, EmploymentStatus.left)
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


class PersonNames(NamedTuple):
    """How a person is named in the accounts table and found by its search."""

    name: str
    email: str
    text: str  # name and email, lowercased, for the search


# Everyone's names by person id: one mapping per read, shared by every row of that read.
People = Mapping[int, PersonNames]
NOBODY: People = MappingProxyType({})


class AccountRow(NamedTuple):
    """One line of the accounts table: plain values, no ORM object, no session.

    A NamedTuple: 100,000 of them are made each time the registry is read. Who holds a role is
    kept as person ids (names and emails are in `people`, one mapping shared by the rows of a
    read), so no row holds text about its administrators of its own."""

    id: int
    platform: str
    platform_name: str
    presence: str
    handle: str
    display_name: str
    kind: str | None  # None: not yet known
    status: str
    holder_name: str
    next_review: date | None
    # Worst first; None until they are assessed (load_account_rows(…, risks=False), then
    # assess_rows): never read as "no risk".
    risks: tuple[RiskFlag, ...] | None
    # Distinct people holding an active owner or admin role (those the "Single admin" and
    # "No admin" risks count), by person id.
    administrators: tuple[int, ...]
    # Distinct people holding any active role (the administrators among them), by person id.
    role_holders: tuple[int, ...]
    # Lowercased handle, display name and holder, made once here so that filtering 100,000 rows
    # is one substring test per row (the role holders are found through `people`: AccountTable).
    search_text: str
    # Made with the company's mandate (False: a page or group someone made in its name).
    official: bool = True
    people: People = NOBODY

    def __repr__(self) -> str:  # without the people, shared by every row
        return f"AccountRow(id={self.id}, {self.platform}, {self.handle!r}, risks={self.risk_ids})"

    @property
    def active_administrators(self) -> int:
        return len(self.administrators)

    def _named(self, ids: tuple[int, ...]) -> list[PersonNames]:
        return [found for person_id in ids if (found := self.people.get(person_id)) is not None]

    @property
    def administrator_names(self) -> tuple[str, ...]:
        """The people counted in active_administrators, by name."""
        return tuple(sorted({p.name for p in self._named(self.administrators)}, key=str.casefold))

    @property
    def administrator_emails(self) -> tuple[str, ...]:
        return tuple(sorted({p.email for p in self._named(self.administrators) if p.email}))

    def finds(self, word: str) -> bool:
        """Whether a lowercased search word occurs in the handle, display name, holder, or the
        name or email of anyone holding an active role (for a few rows; AccountTable filters many)."""
        return word in self.search_text or any(word in p.text for p in self._named(self.role_holders))

    @property
    def risk_ids(self) -> tuple[str, ...]:
        return tuple(risk.id for risk in self.risks or ())

    @property
    def risk_titles(self) -> tuple[str, ...]:
        return tuple(risk.title for risk in self.risks or ())

    @property
    def worst_risk(self) -> int:
        return max((risk.rank for risk in self.risks or ()), default=0)

    @property
    def assessed(self) -> bool:
        """Whether its risks have been read (False: say "Loading…", not "no risk")."""
        return self.risks is not None


def people_of(names: Iterable[tuple[int, str, str | None]]) -> dict[int, PersonNames]:
    """People as AccountRow.people holds them, from (id, name, email)."""
    return {pid: PersonNames(name, email or "", f"{name}\n{email or ''}".lower()) for pid, name, email in names}


class _Grants(NamedTuple):
    """Per account, the distinct people holding an active role, and those holding a controlling one."""

    holders: dict[int, tuple[int, ...]]
    controlling: dict[int, tuple[int, ...]]


def _people(connection: sa.Connection) -> dict[int, PersonNames]:
    person = Person.__table__.c
    return people_of(fetch_tuples(connection, sa.select(person.id, person.name, person.work_email)))


def _active_grants(connection: sa.Connection, account_ids: list[int] | None, people: People) -> _Grants:
    """Who holds an active role, as person ids: the database hands over each (account, person)
    once, with whether any of the person's roles there controls the account, and Python groups
    them (aggregating into text in SQL cost as much as the rest of the read)."""
    role = AccountRole.__table__.c
    role_name = sa.type_coerce(role.role, sa.String())
    controls = sa.func.max(sa.case((role_name.in_([r.value for r in CONTROLLING_ROLES]), 1), else_=0))
    statement = sa.select(role.account_id, role.person_id, controls).where(role.revoked_on.is_(None)) \
        .group_by(role.account_id, role.person_id)
    if account_ids is not None:
        statement = statement.where(role.account_id.in_(account_ids))
    holders: dict[int, list[int]] = {}
    controllers: dict[int, list[int]] = {}
    # The people's own int objects: one per person, not one per grant.
    same = {pid: pid for pid in people}.get
    result = connection.execute(statement)
    try:
        cursor = result.cursor
        while chunk := cursor.fetchmany(READ_BATCH * 4):
            for account_id, person_id, controlling in chunk:
                person_id = same(person_id, person_id)
                holders.setdefault(account_id, []).append(person_id)
                if controlling:
                    controllers.setdefault(account_id, []).append(person_id)
    finally:
        result.close()
    found = _Grants({aid: tuple(ids) for aid, ids in holders.items()}, {})
    for aid, ids in controllers.items():
        held = found.holders[aid]
        # An account whose role holders all control it keeps one tuple for both.
        found.controlling[aid] = held if len(held) == len(ids) else tuple(ids)
    return found


def _columns(rules: RulesByFacts) -> tuple[sa.ColumnElement, ...]:
    """What the table shows of the account itself, before the risk facts (services.risks)."""
    account, text = Account.__table__.c, sa.String()
    return (account.platform, sa.type_coerce(account.presence, text), account.handle,
            sa.func.coalesce(account.display_name, ""), sa.type_coerce(account.kind, text),
            sa.type_coerce(account.status, text), account.holder_id,
            # The review's base day and interval, as the database returns them.
            sa.type_coerce(sa.func.coalesce(account.last_reviewed_on, utc_day(account.created_at)), text),
            sa.func.coalesce(account.review_interval_months, rules.judgement.default_interval),
            account.official)


_FACTS_AT = 11  # where the risk facts begin in a row of risk_statement(…, columns=_columns(…))


def _plain_statement(rules: RulesByFacts, account_ids: list[int] | None) -> sa.Select:
    """The table's columns without the risk facts: what shows at once, before the risks."""
    account = Account.__table__.c
    statement = sa.select(account.id, *_columns(rules)).order_by(account.id)
    if account_ids is not None:
        statement = statement.where(account.id.in_(account_ids))
    return statement


class _Flags(dict):
    """A row's risk facts -> its risks as the table shows them (one tuple per distinct facts,
    one RiskFlag per rule)."""

    def __init__(self, rules: RulesByFacts):
        super().__init__()
        self.rules = rules
        self.flags: dict[str, RiskFlag] = {}

    def __missing__(self, facts: tuple) -> tuple[RiskFlag, ...]:
        found = self[facts] = tuple(self._flag(rule) for rule in self.rules[facts])
        return found

    def _flag(self, rule: RiskRule) -> RiskFlag:
        flag = self.flags.get(rule.id)
        if flag is None:
            flag = self.flags[rule.id] = RiskFlag(rule.id, rule.title, rule.severity.name, rule.explanation)
        return flag


class _ReviewDue(dict):
    """(base day as stored, interval) -> the next review's date: few distinct ones."""

    def __missing__(self, key: tuple) -> date:
        base, months = key
        day = base if isinstance(base, date) else date.fromisoformat(base)
        found = self[key] = next_review_due(day, day, months)
        return found


def _none(_account_id: int) -> None:
    return None


def _rows(result_rows: Iterable[tuple], rules: _Flags, grants: _Grants, people: People,
          earlier: Callable[[int], AccountRow | None]) -> Iterator[AccountRow]:
    due = _ReviewDue()
    # One str object per distinct value (kinds, statuses, platform names) instead of one per row.
    shared: dict[str | None, str | None] = {None: None}
    platform_names = {p.id: platform_name(p.id) for p in PLATFORMS}  # in the language of the moment
    make = AccountRow
    holders_of, controlling_of = grants.holders.get, grants.controlling.get
    reuse = earlier is not _none
    for row in result_rows:
        (account_id, platform, presence, handle, display_name, kind, status, holder_id, base, interval,
         official) = row[:_FACTS_AT]
        platform = shared.setdefault(platform, platform)
        status = shared.setdefault(status, status)
        # A holder's name is the people's one str, however many accounts present them.
        holder = people.get(holder_id)
        holder_name = holder.name if holder is not None else ""
        made = make(account_id, platform, platform_names.get(platform, platform), shared.setdefault(presence, presence),
                    handle, display_name, shared.setdefault(kind, kind), status, holder_name,
                    None if status in _RETIRED else due[base, interval],
                    rules[row[_FACTS_AT:]] if len(row) > _FACTS_AT else None, controlling_of(account_id, ()),
                    holders_of(account_id, ()), f"{handle}\n{display_name}\n{holder_name}".lower(), bool(official),
                    people)
        if reuse:
            before = earlier(account_id)
            # A row on screen that still names people from an older read is made again (and
            # comparing two equal-sized mappings of 20,000 people would be slow).
            yield before if before is not None and before.people is people and before == made else made
        else:
            yield made


def load_account_rows(db: Database, account_ids: Iterable[int] | None = None, *, today: date | None = None,
                      earlier: Callable[[int], AccountRow | None] = _none, people_shown: People = NOBODY,
                      risks: bool = True) -> list[AccountRow]:
    """The rows of the accounts table, in registration order; only `account_ids` if given.
    A row equal to `earlier(id)` (the one on screen) is that very object: reading 100,000
    accounts again, while the window shows them, holds one copy of what did not change; so do
    the people, when `people_shown` (the rows' on screen) names everyone as they are named now.

    The risks are read by the statement the command line's `risks` runs (services.risks), with
    the table's columns added to it; who holds a role comes in a second, plain read. With
    `risks=False` the rows' risks are None (not assessed): the table can show everything else
    at once, and assess_rows reads the risks afterwards (the risk facts are most of the read)."""
    found: list[AccountRow] = []
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        flags, columns, people = _Flags(rules), _columns(rules), _people(connection)
        if people == people_shown:
            people = people_shown
        else:  # someone was renamed, added or erased: no row on screen is the same
            earlier = _none
        for batch in id_batches(account_ids):
            grants = _active_grants(connection, batch, people)
            result = connection.execute(risk_statement(rules, batch, columns=columns) if risks
                                        else _plain_statement(rules, batch))
            try:
                # The driver's rows, a batch at a time, without a Row object or a result processor
                # per row (as store.bulk.fetch_tuples, streamed).
                cursor = result.cursor
                while chunk := cursor.fetchmany(READ_BATCH):
                    found.extend(_rows(chunk, flags, grants, people, earlier))
            finally:
                result.close()
    return found


def assess_rows(db: Database, rows: list[AccountRow], *, today: date | None = None) -> list[AccountRow]:
    """`rows` with their risks read (by the command line's statement, services.risks): for
    rows loaded with `risks=False`. Rows whose account is gone by now are left out."""
    found: list[AccountRow] = []
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        flags = _Flags(rules)
        by_id = {row.id: row for row in rows}
        ids = None if len(by_id) > ID_BATCH else list(by_id)
        for batch in id_batches(ids):
            result = connection.execute(risk_statement(rules, batch))
            try:
                cursor = result.cursor
                while chunk := cursor.fetchmany(READ_BATCH):
                    found.extend(row._replace(risks=flags[facts[1:]]) for facts in chunk
                                 if (row := by_id.get(facts[0])) is not None)
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
    at_risk: int | None  # looked-after accounts with at least one risk; None until assessed
    by_risk: list[tuple[str, int]]  # risk title and how many looked-after accounts it flags, most first


def summarise(rows: Iterable[AccountRow]) -> RegistrySummary:
    total = 0
    by_status: Counter[str] = Counter()
    by_kind: Counter[str | None] = Counter({kind.value: 0 for kind in Kind})
    by_risk: Counter[str] = Counter()
    at_risk = 0
    assessed = True
    for row in rows:
        total += 1
        by_status[row.status] += 1
        if row.status in _RETIRED:
            continue
        by_kind[row.kind] += 1
        if row.risks is None:
            assessed = False
        elif row.risks:
            at_risk += 1
            by_risk.update(risk.title for risk in row.risks)
    looked_after = total - sum(by_status[s] for s in _RETIRED)
    return RegistrySummary(accounts=total, looked_after=looked_after, by_kind=dict(by_kind),
                           by_status=dict(by_status), at_risk=at_risk if assessed else None,
                           by_risk=by_risk.most_common() if assessed else [])
