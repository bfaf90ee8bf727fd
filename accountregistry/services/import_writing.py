"""Writing an account import's plan: people, accounts, roles and terms, then the audit trail.

All inside the caller's transaction, in bulk (store.bulk): the plan has already applied every
rule, so this only stores what it says. The audit events go through services/audit like every
other change, last, in the order the rows were written (people, accounts, roles, terms): one
event per chunk names the accounts it added and their roles and terms (services/import_trail),
every other row written or changed has its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from accountregistry.domain.vocabulary import EmploymentStatus, Role
from accountregistry.services import audit, import_trail
from accountregistry.services.handover import TERMS_FIELDS
from accountregistry.services.import_planning import ImportPlan, RowAction, Work
from accountregistry.services.ownership_report import Cancelled
from accountregistry.services.people import ADDED_FIELDS
from accountregistry.services.roles import ROLE_FIELDS
from accountregistry.store.bulk import bulk_loading, ids_may_be_random, insert_columns, insert_rows, insert_tuples
from accountregistry.store.models import Account, AccountRole, HandoverTerms, Person, utcnow

__all__ = ["ImportResult", "StalePlan", "Writer"]

_PERSON_FIELDS = ("holder_id", "escalation_id")  # the account's fields that name a person
_ROLE_TEXT = {role: role.value for role in Role}


class StalePlan(Exception):
    """An account the plan updates is no longer as the plan saw it."""


@dataclass(frozen=True)
class ImportResult:
    accounts_created: int
    accounts_updated: int
    accounts_unchanged: int
    rows_skipped: int  # error rows left out with only_valid_rows
    conflicts_left_out: int  # rows that would grant a revoked role again, not chosen
    people_created: int
    roles_granted: int
    terms_recorded: int


class Writer:
    """Writes a plan's work (its WorkFile, chunk by chunk) inside the caller's transaction.

    `chosen(work)` says which rows to write. The accounts a chunk updates must still be as the
    plan saw them (StalePlan otherwise); `progress(done, total)` returning False cancels
    (Cancelled); either way the caller's transaction rolls back."""

    def __init__(self, session, actor: str, plan: ImportPlan, chosen: Callable[[Work], bool],
                 progress: Callable[[int, int], bool] | None):
        self.session, self.actor, self.plan, self.chosen = session, actor, plan, chosen
        self.connection = session.connection()
        self.progress = progress
        self.new_people = {person.email: person for person in plan.new_people}
        self.people: dict[str, int] = {}  # email of a created person -> id
        self.events: list[audit.Event] = []
        # This chunk's new accounts, and the roles and terms given to them (import_trail names them).
        self.added: dict[str, list[int]] = {"accounts": [], "roles": [], "terms": []}
        self.done = 0
        self.total = plan.count(RowAction.new) + plan.count(RowAction.update) + plan.count(RowAction.conflict)
        self.counts = dict.fromkeys(("created", "updated", "granted", "recorded"), 0)
        self.left_out = 0
        # Each table's largest id once this import's rows were found just above it (new_ids): the
        # next chunk's mark, without asking the database again.
        self.largest: dict[sa.Table, int] = {}

    def write(self) -> ImportResult:
        self.tick(0)
        with bulk_loading(self.connection):
            for chunk in self.plan.work.chunks():
                work = [planned for planned in chunk if self.chosen(planned)]
                self.left_out += len(chunk) - len(work)
                self.refuse_stale(work)
                self.write_chunk(work)
                self.tick(len(chunk))
        counts = self.counts
        return ImportResult(accounts_created=counts["created"], accounts_updated=counts["updated"],
                            accounts_unchanged=self.plan.count(RowAction.unchanged),
                            rows_skipped=self.plan.count(RowAction.error), conflicts_left_out=self.left_out,
                            people_created=len(self.people),
                            roles_granted=counts["granted"], terms_recorded=counts["recorded"])

    def refuse_stale(self, work: list[Work]) -> None:
        """The accounts these rows update must still be as the plan saw them."""
        versions = {w.account_id: w.version for w in work if w.account_id is not None}
        account = Account.__table__.c
        found = dict(self.connection.execute(sa.select(account.id, account.version)
                                             .where(account.id.in_(sorted(versions)))).all()) if versions else {}
        if any(found.get(account_id) != version for account_id, version in versions.items()):
            raise StalePlan()

    def write_chunk(self, work: list[Work]) -> None:
        """People first, then accounts, roles and terms, then their audit events, in that order:
        the people's, the one naming what the chunk added, then each change's."""
        counts = self.counts
        self.create_people(work)
        people = len(self.events)
        counts["created"] += self.create_accounts(work)
        counts["updated"] += self.update_accounts(work)
        counts["granted"] += self.grant_roles(work)
        counts["recorded"] += self.record_terms(work)
        added = self.added
        if added["accounts"]:
            self.events.insert(people, import_trail.chunk_event(added["accounts"], added["roles"], added["terms"],
                                                                self.plan.source))
        audit.record_many(self.session, actor=self.actor, action=import_trail.ACTION, events=self.events)
        self.events = []
        self.added = {"accounts": [], "roles": [], "terms": []}

    # --- helpers -------------------------------------------------------------------------

    def tick(self, count: int) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled("import_cancelled")

    def mark(self, table: sa.Table) -> tuple[int, frozenset[int] | None]:
        """Where the table's ids stand before an insert, for new_ids: its largest id, and, when
        the database may give the new rows ids below it (bulk.ids_may_be_random), every id it holds."""
        largest = self.largest.get(table)
        if largest is None:
            largest = self.connection.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0))).scalar_one()
        if not ids_may_be_random(self.connection, largest):
            return largest, None
        return largest, frozenset(self.connection.execute(sa.select(table.c.id)).scalars())

    def new_ids(self, table: sa.Table, mark: tuple[int, frozenset[int] | None], count: int,
                keys: Callable[[], list], *key_columns: str) -> list[int]:
        """The ids of the `count` rows just inserted after `mark`, in the order they were given
        (`keys()`: each row's values of `key_columns`, in that order; made only if needed).

        SQLite gives each row one more than the table's largest id, so the rows of one insert in
        this transaction take before + 1, before + 2, ...: when the ids above `before` are exactly
        as many as the rows and end where they must, they are those, and no row is read back.
        Otherwise (another database, or ids that went another way) the rows are read back and
        found by their key columns: those above `before`, or, where the ids may have been given
        at random, those not in the table before."""
        connection, (before, held) = self.connection, mark
        if connection.dialect.name == "sqlite" and held is None:
            last, found = connection.execute(sa.select(sa.func.max(table.c.id), sa.func.count())
                                             .where(table.c.id > before)).one()
            if found == count and last == before + count:
                self.largest[table] = last
                return list(range(before + 1, last + 1))
        # Enum columns read back as their text: the keys compare with the values just inserted.
        columns = [sa.type_coerce(table.c[name], sa.String) if isinstance(table.c[name].type, sa.Enum)
                   else table.c[name] for name in key_columns]
        query = sa.select(*columns, table.c.id)
        rows = connection.execute(query if held is not None else query.where(table.c.id > before)).all()
        if held is not None:
            rows = [row for row in rows if row[-1] not in held]
        found = dict(rows) if len(columns) == 1 else {row[:-1]: row[-1] for row in map(tuple, rows)}
        return [found[key] for key in keys()]

    def person_id(self, key: Any) -> int | None:
        if key is None or key.__class__ is int:
            return key
        return self.people[key]

    def event(self, entity: str, entity_id: int, account_id: int | None, old: dict | None, new: dict) -> None:
        self.events.append(audit.Event(entity, entity_id, account_id, old or None,
                                       {**new, "source": self.plan.source}))

    # --- the rows ------------------------------------------------------------------------

    def create_people(self, work: list[Work]) -> None:
        """The people these rows need and the import has not created yet."""
        created = self.people
        # In the order the file names them (a set's order would change with each run's hash seed).
        emails = sorted(dict.fromkeys(key for key in _people_named(work) if key.__class__ is str and key not in created),
                        key=lambda email: self.new_people[email].line)
        if not emails:
            return
        table = Person.__table__
        mark = self.mark(table)
        new_people = [self.new_people[email] for email in emails]
        insert_columns(self.session, Person, ("name", "work_email"), [[p.name for p in new_people], emails])
        ids = self.new_ids(table, mark, len(emails), lambda: emails, "work_email")
        created.update(zip(emails, ids))
        # As add_person records one: not the name and email, which the row holds (people.ADDED_FIELDS).
        new = {"department": None, "employment_status": EmploymentStatus.employed.value, "last_working_day": None,
               "manager_id": None, "login": None}
        for person_id in ids:
            self.event("person", person_id, None, None, {name: new[name] for name in ADDED_FIELDS})

    def create_accounts(self, work: list[Work]) -> int:
        new = [w for w in work if w.account_id is None]
        groups: dict[tuple[str, ...], list[Work]] = {}  # one, unless rows give different fields
        for w in new:
            groups.setdefault(w.fields, []).append(w)
        for fields, members in groups.items():
            self.added["accounts"] += self.insert_accounts(fields, members)
        return len(new)

    def insert_accounts(self, fields: tuple[str, ...], members: list[Work]) -> list[int]:
        """New accounts that give the same fields, inserted column by column; their ids."""
        table = Account.__table__
        mark = self.mark(table)
        columns = list(zip(*(w.values for w in members)))
        created = self.people
        for at, name in enumerate(fields):
            if name in _PERSON_FIELDS:
                columns[at] = [created[key] if key.__class__ is str else key for key in columns[at]]
        insert_columns(self.session, Account, fields, columns)
        platforms, handles = columns[fields.index("platform")], columns[fields.index("handle")]
        ids = self.new_ids(table, mark, len(members), lambda: list(zip(platforms, handles)), "platform", "handle")
        for w, account_id in zip(members, ids):
            w.account_id = account_id
        return ids

    def update_accounts(self, work: list[Work]) -> int:
        """The changed fields of existing accounts, one executemany per set of fields changed."""
        updates = [w for w in work if w.version is not None]
        groups: dict[tuple[str, ...], list[Work]] = {}
        for w in updates:
            if w.fields:
                groups.setdefault(w.fields, []).append(w)
        for names, members in groups.items():
            self.update_group(names, members)
        return len(updates)

    def update_group(self, names: tuple[str, ...], members: list[Work]) -> None:
        table = Account.__table__
        statement = (sa.update(table)
                     .where(table.c.id == sa.bindparam("b_id"), table.c.version == sa.bindparam("b_version"))
                     .values({**{name: sa.bindparam(f"v_{name}") for name in names},
                              "updated_at": utcnow(), "version": table.c.version + 1}))
        parameters = [{"b_id": w.account_id, "b_version": w.version,
                       **{f"v_{name}": self.new_value(name, value) for name, value in zip(names, w.values)}}
                      for w in members]
        result = self.connection.execute(statement, parameters)
        if result.rowcount not in (-1, len(parameters)) and self.connection.dialect.supports_sane_multi_rowcount:
            raise StalePlan()
        for w in members:
            self.event("account", w.account_id, w.account_id,
                       {name: audit.plain(value) for name, value in zip(names, w.old_values)},
                       {name: audit.plain(self.new_value(name, value)) for name, value in zip(names, w.values)})

    def new_value(self, name: str, value: Any) -> Any:
        return self.person_id(value) if name in _PERSON_FIELDS else value

    def grant_roles(self, work: list[Work]) -> int:
        created = self.people  # a person is an existing one's id, or a created one's email
        granted = [(w.account_id, person if person.__class__ is int else created[person], _ROLE_TEXT[role])
                   for w in work for person, role in w.grants]
        if not granted:
            return 0
        table = AccountRole.__table__
        mark = self.mark(table)
        today, actor = self.plan.today, self.actor
        insert_tuples(self.session, AccountRole, ("account_id", "person_id", "role"), granted,
                      same={"granted_on": today, "granted_by": actor})
        ids = self.new_ids(table, mark, len(granted), lambda: granted, "account_id", "person_id", "role")
        # A grant on an account this chunk added is named by its event; any other has its own.
        new_accounts, named = set(self.added["accounts"]), self.added["roles"]
        assert ROLE_FIELDS == ("account_id", "person_id", "role", "granted_on", "granted_by")
        granted_on, source, events, Event = today.isoformat(), self.plan.source, self.events, audit.Event
        for (account_id, person_id, role), role_id in zip(granted, ids):
            if account_id in new_accounts:
                named.append(role_id)
            else:
                events.append(Event("account_role", role_id, account_id, None,
                                    {"account_id": account_id, "person_id": person_id, "role": role,
                                     "granted_on": granted_on, "granted_by": actor, "source": source}))
        return len(granted)

    def record_terms(self, work: list[Work]) -> int:
        recorded = [w for w in work if w.terms is not None]
        if not recorded:
            return 0
        table = HandoverTerms.__table__
        rows = [{**w.terms, "successor_id": self.person_id(w.terms["successor_id"]), "account_id": w.account_id,
                 "version": w.terms_version, "recorded_by": self.actor} for w in recorded]
        mark = self.mark(table)
        insert_rows(self.session, HandoverTerms, rows)
        ids = self.new_ids(table, mark, len(rows), lambda: [(w.account_id, w.terms_version) for w in recorded],
                           "account_id", "version")
        new_accounts = set(self.added["accounts"])
        for w, row, terms_id in zip(recorded, rows, ids):
            if w.account_id in new_accounts:  # named by the chunk's event
                self.added["terms"].append(terms_id)
                continue
            after = {name: audit.plain(row[name]) for name in TERMS_FIELDS}
            previous = {name: audit.plain(value) for name, value in w.old_terms.items()}
            if previous:
                previous["version"] = w.terms_version - 1
            old, new = audit.differences(previous, after)
            self.event("handover_terms", terms_id, w.account_id, old, new)
        return len(recorded)


def _people_named(work: list[Work]) -> list[Any]:
    """Every person key the rows name (an existing person's id, a new one's email, or None): their
    accounts' holders and escalation contacts, their grants and their terms' successors."""
    named = [person for w in work for person, _ in w.grants]
    named += [w.terms["successor_id"] for w in work if w.terms is not None]
    where: dict[tuple[str, ...], list[int]] = {}  # the person fields' positions, per set of fields
    for w in work:
        at = where.get(w.fields)
        if at is None:
            at = where[w.fields] = [position for position, name in enumerate(w.fields) if name in _PERSON_FIELDS]
        named += map(w.values.__getitem__, at)
    return named
