"""Everything the accounts table and the dashboard show, read in three set-based statements.

The window lists up to 100,000 accounts (and must show them within a second or two), so this
module reads them with the risks' own statement (services.risks, the one the command line runs:
one row per account with the facts the rules need) with the table's columns added,
and beside it everyone's name and the active grants as person ids. The rows are kept column by
column (AccountColumns: a list per field, made from the driver's rows in a few C-level passes
per column, naming people by id through one mapping per read): cheap to build and to keep at
100,000; an AccountRow is made only for one account at a time. What the dashboard counts is
summed up here too, column by column in the same (worker) thread, so the window's thread only
shows the numbers.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from bisect import bisect_left, bisect_right
from datetime import date
from itertools import accumulate, chain, islice, repeat
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import sqlalchemy as sa

from accountregistry.domain.platforms import PLATFORMS, platform_name
from accountregistry.domain.pseudonyms import shown
from accountregistry.domain.risks import RULES_BY_SEVERITY, ListedConsent, next_review_due
from accountregistry.domain.vocabulary import AccountStatus, Kind, controlling_role, controls
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.risks import FACTS, ID_BATCH, RulesByFacts, id_batches, risk_statement, utc_day
from accountregistry.store.database import Database
from accountregistry.store.early_read import PEOPLE, PLAIN, RISKS, EarlyRead, group_ids
from accountregistry.store.models import Account, AccountRole, Person

# Archived and closed accounts are no longer looked after: they are not reviewed.
_RETIRED = frozenset({AccountStatus.archived.value, AccountStatus.closed.value})
_SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3}
# Rows are read from the database this many at a time: the driver's tuples of one batch are
# freed before the next is read, so they never all exist beside the rows made from them.
READ_BATCH = 5000
GRANT_BATCH = 20_000  # (account, person) pairs


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
    # Worst first; None until they are assessed (load_accounts(…, at_once=True), then
    # read_risks): never read as "no risk".
    risks: tuple[RiskFlag, ...] | None
    # Distinct people holding an active owner or admin role (those the "Single admin" and
    # "No admin" risks count), by person id.
    administrators: tuple[int, ...] | None
    # Distinct people holding any active role (the administrators among them), by person id.
    # Both None until they are read (load_accounts(…, at_once=True), then read_role_holders).
    role_holders: tuple[int, ...] | None
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

    def _named(self, ids: tuple[int, ...] | None) -> list[PersonNames]:
        return [found for person_id in ids or () if (found := self.people.get(person_id)) is not None]

    @property
    def administrator_names(self) -> tuple[str, ...]:
        """The people counted in active_administrators, by name."""
        return tuple(sorted({p.name for p in self._named(self.administrators)}, key=str.casefold))

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
    def assessed(self) -> bool:
        """Whether its risks have been read (False: say "Loading…", not "no risk")."""
        return self.risks is not None


def people_of(names: Iterable[tuple[int, str, str | None]]) -> dict[int, PersonNames]:
    """People as AccountRow.people holds them, from (id, name, email) as stored: an anonymised
    person's marker read as their pseudonym, as every other read shows them (store/models.py)."""
    return {pid: PersonNames(name, email or "", f"{name}\n{email or ''}".lower())
            for pid, name, email in ((pid, shown(name), shown(email)) for pid, name, email in names)}


# AccountColumns' lists: AccountRow's fields, in its order, but the shared `people`.
COLUMNS = AccountRow._fields[:-1]


class AccountColumns:
    """The accounts table's rows column by column: one list per field of AccountRow (but
    `people`, shared), in registration order.

    100,000 accounts are read each time the window reads the registry: as columns they are made
    from the driver's rows by a few C-level passes per column (no Python object per account
    beyond the values themselves, which are shared where they repeat), and sorted, filtered and
    counted column by column. `row(at)` makes one AccountRow when a single account is wanted.

    `administrators` holds, per row, which of its role holders control the account as the bits
    of an int (bit i: role_holders[i]; int.bit_count() is their number): not a tuple per row of
    its own (95,000 of them at 100,000 accounts, 5 MiB). Until the role holders are read (None),
    its bit count is still the number of people who control the account (the Admins column)."""

    __slots__ = (*COLUMNS, "people")

    def __init__(self, people: People = NOBODY, **columns: list):
        for name in COLUMNS:
            setattr(self, name, columns.get(name, []))
        self.people = people

    @classmethod
    def of_rows(cls, rows: Iterable[AccountRow]) -> AccountColumns:
        """Rows made one by one (a test, a screenshot) as columns."""
        rows = list(rows)
        values = list(zip(*rows)) if rows else [()] * len(AccountRow._fields)
        columns = {name: list(values[at]) for at, name in enumerate(AccountRow._fields) if name in COLUMNS}
        columns["administrators"] = [administrators_mask(row.role_holders, row.administrators) for row in rows]
        return cls(rows[0].people if rows else NOBODY, **columns)

    def __len__(self) -> int:
        return len(self.id)

    def row(self, at: int) -> AccountRow:
        row = AccountRow(*(getattr(self, name)[at] for name in COLUMNS), people=self.people)
        mask = row.administrators
        if row.role_holders is None:
            return row._replace(administrators=None)
        return row._replace(administrators=tuple(person for bit, person in enumerate(row.role_holders)
                                                 if mask >> bit & 1))

    def rows(self) -> list[AccountRow]:
        return [self.row(at) for at in range(len(self))]

    def taken(self, positions: Iterable[int]) -> AccountColumns:
        """The rows at `positions`, in that order."""
        positions = list(positions)
        return AccountColumns(self.people, **{name: list(map(getattr(self, name).__getitem__, positions))
                                             for name in COLUMNS})

    def replaced(self, **columns: list) -> AccountColumns:
        """The same rows with these columns instead (the others shared, not copied)."""
        return AccountColumns(self.people, **{name: columns.get(name, getattr(self, name)) for name in COLUMNS})

    def assessed(self) -> bool:
        """Whether every row's risks are read."""
        return None not in self.risks

    def holders_read(self) -> bool:
        """Whether every row's role holders are read."""
        return None not in self.role_holders


def _people(connection: sa.Connection, early: EarlyRead | None, registry: Path | None) -> dict[int, PersonNames]:
    person = Person.__table__.c
    return people_of(chain.from_iterable(_rows(connection, sa.select(person.id, person.name, person.work_email),
                                               early, registry, PEOPLE)))


def _rows(connection: sa.Connection, statement: sa.Select, early: EarlyRead | None = None,
          registry: Path | None = None, slot: int = PLAIN) -> Iterator[list[tuple]]:
    """`statement`'s rows as the driver returns them, READ_BATCH at a time (as store.bulk.fetch_tuples,
    streamed: no Row object or result processor per row, and the driver's tuples of a batch freed before
    the next is read); or those read `early` (store/early_read.py), if they are this statement's."""
    rows = early.rows_of(registry, statement, connection, slot) if early is not None else None
    if rows is not None:
        yield from rows
        return
    result = connection.execute(statement)
    try:
        cursor = result.cursor
        while chunk := cursor.fetchmany(READ_BATCH):
            yield chunk
    finally:
        result.close()


def _add_active_grants(connection: sa.Connection, account_ids: list[int] | None, accounts: AccountColumns,
                       start: int) -> None:
    """Who holds an active role, as person ids, into the rows of `account_ids` (all if None),
    which begin at `start`: the database hands over each (account, person) once, with whether
    any of the person's roles there controls the account, in account order, and each account's
    people are cut out of a chunk's in one C pass (aggregating into text in SQL and parsing it
    cost as much; grouping them in a Python loop cost 0.2 s at 100,000 accounts)."""
    role = AccountRole.__table__.c
    controlling = sa.func.max(sa.case((controlling_role(role), 1), else_=0))
    statement = sa.select(role.account_id, role.person_id, controlling).where(role.revoked_on.is_(None)) \
        .group_by(role.account_id, role.person_id).order_by(role.account_id, role.person_id)
    if account_ids is not None:
        statement = statement.where(role.account_id.in_(account_ids))
    # The people's own int objects: one per person, not one per grant.
    same = {pid: pid for pid in accounts.people}.get
    ids, at = accounts.id, start
    result = connection.execute(statement)
    try:
        cursor = result.cursor
        carried: list[tuple] = []
        while True:
            chunk = cursor.fetchmany(GRANT_BATCH)
            grants = carried + chunk
            if chunk:  # the last account's grants may go on in the next chunk
                last = grants[-1][0]
                cut = len(grants)
                while cut and grants[cut - 1][0] == last:
                    cut -= 1
                grants, carried = grants[:cut], grants[cut:]
            if grants:
                at = _place_grants(accounts, grants, same, bisect_left(ids, grants[0][0], at))
            if not chunk:
                break
    finally:
        result.close()


def _place_grants(accounts: AccountColumns, grants: list[tuple], same: Callable[[int, int], int], at: int) -> int:
    """(account, person, controls) in account order into the rows from `at` on; where the next
    grants' rows begin. Each account's people and controls are cut out of the chunk's by one slice
    per account (tuples cut by C, not grouped by a Python loop), made once for both."""
    held, people, controls = zip(*grants)
    people = tuple(map(same, people, people))
    per_account = Counter(held)
    ends = list(accumulate(per_account.values()))
    runs = list(map(slice, chain((0,), ends), ends))
    holding = dict(zip(per_account, map(people.__getitem__, runs)))
    controlling = dict(zip(per_account, map(ADMINISTRATORS.__getitem__, map(controls.__getitem__, runs))))
    end = bisect_right(accounts.id, held[-1], at)
    part = accounts.id[at:end]  # accounts registered since the rows were read are left out
    accounts.role_holders[at:end] = map(holding.get, part, repeat(()))
    accounts.administrators[at:end] = map(controlling.get, part, repeat(0))
    return end


class _Masks(dict):
    """Whether each role holder controls the account (0/1, in role_holders' order) -> those
    holders as one int's bits: few distinct ones, and most of them Python's shared small ints."""

    def __missing__(self, controls: tuple[int, ...]) -> int:
        found = self[controls] = sum(1 << at for at, control in enumerate(controls) if control)
        return found


ADMINISTRATORS = _Masks()


def administrators_mask(role_holders: Sequence[int], administrators: Iterable[int]) -> int:
    """AccountColumns.administrators' value for a row's people."""
    controlling = set(administrators)
    return ADMINISTRATORS[tuple(int(person in controlling) for person in role_holders)]


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
    """The table's columns without the risk facts, and how many people control the account
    instead of who holds which role: what shows at once, before the risks and the role holders."""
    account, role = Account.__table__.c, AccountRole.__table__.c
    controllers = sa.select(sa.func.count(sa.distinct(role.person_id))).where(role.account_id == account.id,
                                                                              controls(role))
    statement = sa.select(account.id, *_columns(rules), controllers.scalar_subquery()).order_by(account.id)
    if account_ids is not None:
        statement = statement.where(account.id.in_(account_ids))
    return statement


class _Flags(dict):
    """A row's risk facts -> its risks as the table shows them (one tuple per distinct facts,
    one RiskFlag per rule)."""

    def __init__(self, rules: RulesByFacts):
        super().__init__()
        self.rules = rules
        self.flags = {rule.id: RiskFlag(rule.id, rule.title, rule.severity.name, rule.explanation)
                      for rule in RULES_BY_SEVERITY}

    def __missing__(self, facts: tuple) -> tuple[RiskFlag, ...]:
        found = self[facts] = tuple([self.flags[rule.id] for rule in self.rules[facts]])
        return found


class _ReviewDue(dict):
    """(status, base day as stored, interval) -> the next review's date, none for a retired
    account: few distinct ones, so that each row's is one lookup in a C pass (map)."""

    def __missing__(self, key: tuple) -> date | None:
        status, base, months = key
        day = base if isinstance(base, date) else date.fromisoformat(base)
        found = self[key] = None if status in _RETIRED else next_review_due(day, day, months)
        return found


class _Reader:
    """Turns the driver's rows, a batch at a time, into AccountColumns: one pass per column, in C
    where it can be (map, zip), each repeated value (a platform, a status, a holder's name) one
    shared object."""

    def __init__(self, flags: _Flags, people: People, at_once: bool):
        self.flags, self.people, self.at_once = flags, people, at_once
        self.due = _ReviewDue()
        self.shared: dict[object, object] = {None: None}
        self.names = {pid: person.name for pid, person in people.items()}
        # In the language of the moment.
        self.platform_names = {p.id: platform_name(p.id) for p in PLATFORMS}
        self.found = AccountColumns(people)

    def add(self, chunk: list[tuple]) -> None:
        """The chunk's rows, no role holders yet (_add_active_grants; read_role_holders at once)."""
        found, share = self.found, self.shared.setdefault
        (ids, platforms, presences, handles, display_names, kinds, statuses, holder_ids, bases, intervals,
         officials) = islice(zip(*chunk), _FACTS_AT)  # column by column; not the risk facts
        platforms, statuses = list(map(share, platforms, platforms)), list(map(share, statuses, statuses))
        holders = list(map(self.names.get, holder_ids, repeat("")))
        found.id.extend(ids)
        found.platform.extend(platforms)
        found.platform_name.extend(map(self.platform_names.get, platforms, platforms))
        found.presence.extend(map(share, presences, presences))
        found.handle.extend(handles)
        found.display_name.extend(display_names)
        found.kind.extend(map(share, kinds, kinds))
        found.status.extend(statuses)
        found.holder_name.extend(holders)
        found.next_review.extend(map(self.due.__getitem__, zip(statuses, bases, intervals)))
        if self.at_once:  # not assessed, no role holders: how many control it (_plain_statement)
            found.risks.extend(repeat(None, len(chunk)))
            # As many bits as people (1 << count) - 1: the Admins column's count until they are read.
            found.administrators.extend(map((-1).__add__, map((1).__lshift__, map(itemgetter(_FACTS_AT), chunk))))
            found.role_holders.extend(repeat(None, len(chunk)))
        else:
            found.risks.extend(map(self.flags.__getitem__, map(itemgetter(slice(_FACTS_AT, None)), chunk)))
            found.administrators.extend(repeat(0, len(chunk)))
            found.role_holders.extend(repeat((), len(chunk)))
        # Lowercased handle, display name and holder: one substring test per row finds them.
        found.search_text.extend(map(str.lower, map("\n".join, zip(handles, display_names, holders))))
        found.official.extend(map(bool, officials))


def load_accounts(db: Database, account_ids: Iterable[int] | None = None, *, today: date | None = None,
                  people_shown: People = NOBODY, at_once: bool = False,
                  early: EarlyRead | None = None) -> AccountColumns:
    """The accounts table's rows as columns, in registration order; only `account_ids` if given.
    When `people_shown` (the mapping of the rows on screen) names everyone as they are named
    now, the rows read share it: one copy of everyone's names while both are held.

    The risks are read by the statement the command line's `risks` runs (services.risks), with
    the table's columns added to it; who holds a role comes in a second, plain read. With
    `at_once` the rows' risks and role holders are None (not read), and the Admins column's
    count comes with the account: the table can show everything else at once, and
    `read_risks` and `read_role_holders` read them afterwards (the risk facts are most of the
    read, and the role grants most of what is left). Every account's, `at_once`, may have been read
    `early` (store/early_read.py)."""
    early = early if at_once and account_ids is None else None
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        columns, people = _columns(rules), _people(connection, early, db.path)
        reader = _Reader(_Flags(rules), people_shown if people == people_shown else people, at_once)
        for batch in id_batches(account_ids):
            start = len(reader.found)
            for chunk in _rows(connection, _plain_statement(rules, batch) if at_once
                               else risk_statement(rules, batch, columns=columns), early, db.path):
                reader.add(chunk)
            if not at_once:
                _add_active_grants(connection, batch, reader.found, start)
    return reader.found


def read_role_holders(db: Database, accounts: AccountColumns) -> AccountColumns:
    """`accounts` with who holds a role in each as it is now (for rows loaded `at_once`)."""
    found = accounts.replaced(role_holders=[()] * len(accounts), administrators=[0] * len(accounts))
    with bulk_work(), db.reading() as session:
        _add_active_grants(session.connection(), None, found, 0)
    return found


def read_risks(db: Database, account_ids: Iterable[int] | None = None, *,
               today: date | None = None) -> dict[int, tuple[RiskFlag, ...]]:
    """Each account's risks as the table shows them (by the command line's statement,
    services.risks), for rows loaded `at_once`. Many accounts are read as every
    account is (one statement, not one per batch of ids): the answer then holds others too.
    An account gone by now is not in it."""
    ids = None if account_ids is None else list(account_ids)
    found: dict[int, tuple[RiskFlag, ...]] = {}
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        flags = _Flags(rules)
        for batch in id_batches(None if ids is None or len(ids) > ID_BATCH else ids):
            for chunk in _rows(connection, risk_statement(rules, batch)):
                found.update(zip(map(itemgetter(0), chunk),
                                 map(flags.__getitem__, map(itemgetter(slice(1, None)), chunk))))
    return found


# Accounts with equal risk facts, flagged alike: their risks (as the table shows them), their ids.
RiskGroups = list[tuple[tuple[RiskFlag, ...], array]]


def read_risk_groups(db: Database, *, today: date | None = None, early: EarlyRead | None = None) -> RiskGroups:
    """Every account's risks (read_risks' answer for all accounts), grouped by the database:
    the command line's statement summed up by its facts, each group's ids in one text.

    A few thousand groups at 100,000 accounts, so nearly all the work is the database's first
    step, in which sqlite3 and psycopg let go of Python's lock: read beside another read, it
    runs on the other core (row by row, it took Python's lock back 100,000 times and waited for
    it each time). Ids are kept as machine integers: no Python object per account. At opening
    the rows may have been read `early` (store/early_read.py), before this module was imported."""
    with bulk_work(), db.reading() as session:
        connection = session.connection()
        rules = RulesByFacts.for_connection(connection, today or date.today())
        flags = _Flags(rules)
        statement = risk_statement(rules)
        account_id, *facts = statement.selected_columns
        # Facts of few values (flags; counts and ListedConsent, under 4) go to the database as
        # one number, two bits each: it sorts the accounts on 4 keys rather than 18 to group
        # them (SQLite, 100,000 accounts: the statement 1.03 -> 0.84 s of CPU). Made beside the
        # facts, so that the grouping sorts 5 columns per account, not the facts too (20).
        small = [at for at, fact in enumerate(FACTS) if fact.read in (bool, int, ListedConsent)]
        number = sum(sa.func.coalesce(sa.cast(facts[at], sa.Integer), 0) * sa.literal(4 ** bit, sa.BigInteger)
                     for bit, at in enumerate(small))
        each = statement.with_only_columns(account_id, number.label("facts"),
                                           *(column for at, column in enumerate(facts) if at not in small)).subquery()
        # Each group's facts in FACTS' order, the number's taken apart by the database (a few
        # thousand groups): the rows are the rules' keys as they come.
        packed, others = each.c.facts, iter(each.c[2:])
        statement = sa.select(sa.func.aggregate_strings(sa.cast(each.c.id, sa.String()), ","), *(
            next(others) if at not in small else packed.bitwise_rshift(sa.literal(2 * small.index(at), sa.Integer))
            .bitwise_and(3) for at in range(len(FACTS)))).group_by(*each.c[1:])
        return [(flags[row[1:]], group_ids(row[0]))
                for row in chain.from_iterable(_rows(connection, statement, early, db.path, RISKS))]


def risks_by_id(groups: RiskGroups) -> dict[int, tuple[RiskFlag, ...]]:
    found: dict[int, tuple[RiskFlag, ...]] = {}
    for risks, ids in groups:
        found.update(zip(ids, repeat(risks)))
    return found


@dataclass(frozen=True)
class RegistrySummary:
    """What the dashboard says about the accounts, counted from the table's rows."""

    accounts: int
    looked_after: int  # not archived or closed
    by_kind: dict[str | None, int]  # looked-after accounts by kind; None: not yet known
    by_status: dict[str, int]
    at_risk: int | None  # looked-after accounts with at least one risk; None until assessed (by rule: RiskCounts)


# A C-level pass (Counter, dict over zip and map) keeps Python's lock until it is done: over
# 100,000 rows the window's GUI thread, which needs the lock for every paint, waited 25-140 ms
# for one of them (at F5 and at each live update, on the loaded 2-core machine). Passes over every
# row are made in slices of this many, between which the lock can change hands.
SLICE = 8192


class Tally(NamedTuple):
    """How many rows share a status and kind, and a status, platform and risks (rows with equal
    facts share one tuple of risks): a few thousand keys at 100,000 accounts. The dashboard's
    counts are summed from them, so the rows are gone over once, a slice at a time, in C."""

    kinds: Counter  # (status, kind) -> rows
    risks: Counter  # (status, platform, risks or None) -> rows
    platform_names: dict[str, str]

    @classmethod
    def of(cls, accounts: AccountColumns | Iterable[AccountRow] | Tally) -> Tally:
        if isinstance(accounts, Tally):
            return accounts
        if not isinstance(accounts, AccountColumns):
            accounts = AccountColumns.of_rows(accounts)
        kinds: Counter = Counter()
        risks: Counter = Counter()
        status, platform = accounts.status, accounts.platform
        for start in range(0, len(accounts), SLICE):
            part = slice(start, start + SLICE)
            kinds.update(zip(status[part], accounts.kind[part]))
            risks.update(zip(status[part], platform[part], accounts.risks[part]))
        # Each platform's name as its rows give it (in the language they were read in).
        names = {name: accounts.platform_name[platform.index(name)] for name in {key[1] for key in risks}}
        return cls(kinds, risks, names)

    def looked_after(self) -> Iterator[tuple[str, tuple[RiskFlag, ...] | None, int]]:
        """(platform, risks, rows) of the accounts not archived or closed."""
        return ((platform, risks, rows) for (status, platform, risks), rows in self.risks.items()
                if status not in _RETIRED)

    def combinations(self) -> Counter:
        """Risks (None: not read yet) -> how many accounts looked after have them."""
        found: Counter = Counter()
        for _platform, risks, rows in self.looked_after():
            found[risks] += rows
        return found


def summarise(accounts: AccountColumns | Iterable[AccountRow] | Tally) -> RegistrySummary:
    tally = Tally.of(accounts)
    by_kind: Counter[str | None] = Counter({kind.value: 0 for kind in Kind})
    by_status: Counter[str] = Counter()
    for (status, kind), rows in tally.kinds.items():
        by_status[status] += rows
        if status not in _RETIRED:
            by_kind[kind] += rows
    combinations = tally.combinations()
    at_risk = sum(rows for risks, rows in combinations.items() if risks) if None not in combinations else None
    return RegistrySummary(accounts=sum(by_status.values()), looked_after=sum(by_kind.values()),
                           by_kind=dict(by_kind), by_status=dict(by_status), at_risk=at_risk)
