"""Read-only questions the window asks: lists for pickers and tables, in one query each.

Every function here is set-based (joins and grouped counts, never a query per row), so the
people list stays quick at 20,000 people and 300,000 role grants.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import Select
from sqlalchemy.orm import aliased
from sqlmodel import func, select

from accountregistry.domain import platforms
from accountregistry.domain.vocabulary import AccountStatus, EmploymentStatus, Kind, Presence, Role
from accountregistry.services import audit, import_trail
from accountregistry.store.bulk import fetch_columns
from accountregistry.store.ordering import bytewise
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, AuditEvent, Person


class PersonChoice(NamedTuple):
    """One person as a picker offers them (a tuple: 20,000 made at once, off the GUI thread)."""

    id: int
    name: str
    work_email: str | None
    employment_status: EmploymentStatus

    @property
    def label(self) -> str:
        # The email tells apart two people with the same name; "left" warns before choosing them.
        text = f"{self.name} <{self.work_email}>" if self.work_email else self.name
        return f"{text} (left)" if self.employment_status == EmploymentStatus.left else text


class PersonRow(NamedTuple):
    """One line of the people list (a tuple, as PersonChoice)."""

    id: int
    name: str
    work_email: str | None
    department: str | None
    title: str | None
    employment_status: EmploymentStatus
    last_working_day: date | None
    manager_name: str | None
    accounts_held: int
    active_roles: int


@dataclass(frozen=True)
class HeldAccount:
    """An account a person holds (is presented by)."""

    id: int
    platform: str
    presence: Presence
    handle: str
    display_name: str | None
    kind: Kind | None
    status: AccountStatus

    @property
    def platform_name(self) -> str:
        return platforms.platform_name(self.platform)


@dataclass(frozen=True)
class PersonRole:
    """A role a person has or had, with the account it is on."""

    role_id: int
    account_id: int
    platform: str
    handle: str
    display_name: str | None
    role: Role
    granted_on: date
    revoked_on: date | None
    reason: str | None

    @property
    def platform_name(self) -> str:
        return platforms.platform_name(self.platform)

    @property
    def active(self) -> bool:
        return self.revoked_on is None


@dataclass(frozen=True)
class AdministratorRow:
    """A grant on an account, with the person's name."""

    role_id: int
    person_id: int
    person_name: str
    role: Role
    granted_on: date
    granted_by: str
    revoked_on: date | None
    revoked_by: str | None
    reason: str | None
    # The person's, for marking who is leaving or has left.
    employment_status: EmploymentStatus = EmploymentStatus.employed
    last_working_day: date | None = None

    @property
    def active(self) -> bool:
        return self.revoked_on is None


# How texts compare for the user: regardless of case (SQLite's lower() folds ASCII only: "Åse" sorts with the
# other names, not after "Zara"); a C function, so 20,000 names are keyed without a Python call each.
text_order = str.casefold


def text_sort_key(value: str | None) -> tuple[bool, str]:
    """A text column's sort key in the window's tables: text_order, blanks last whichever way it is sorted."""
    return (not value, text_order(value or ""))


def _people_by_name(statement: Select, make: type[PersonChoice | PersonRow], db: Database) -> list:
    """The people (id, name, …) by name as text_sort_key orders it (names are never blank), then id."""
    people: list = []
    keys: list[tuple[str, int]] = []
    with db.reading() as session:
        for columns in fetch_columns(session.connection(), statement):  # no Row object per person
            people += map(make._make, zip(*columns))
            keys += zip(map(text_order, columns[1]), columns[0])
    return list(map(people.__getitem__, sorted(range(len(people)), key=keys.__getitem__)))


def people_for_picker(db: Database) -> list[PersonChoice]:
    return _people_by_name(select(Person.id, Person.name, Person.work_email, Person.employment_status), PersonChoice, db)


def people_overview(db: Database) -> list[PersonRow]:
    """Every person with their manager's name and how many accounts and active roles they have,
    by name."""
    manager = aliased(Person)
    held = (select(Account.holder_id.label("person_id"), func.count().label("n"))
            .where(Account.holder_id.is_not(None)).group_by(Account.holder_id).subquery())
    roles = (select(AccountRole.person_id.label("person_id"), func.count().label("n"))
             .where(AccountRole.revoked_on.is_(None)).group_by(AccountRole.person_id).subquery())
    statement = (
        select(Person.id, Person.name, Person.work_email, Person.department, Person.title,
               Person.employment_status, Person.last_working_day, manager.name,
               func.coalesce(held.c.n, 0), func.coalesce(roles.c.n, 0))
        .outerjoin(manager, manager.id == Person.manager_id)
        .outerjoin(held, held.c.person_id == Person.id)
        .outerjoin(roles, roles.c.person_id == Person.id)
    )
    return _people_by_name(statement, PersonRow, db)


def accounts_held_by(db: Database, person_id: int) -> list[HeldAccount]:
    statement = (select(Account.id, Account.platform, Account.presence, Account.handle, Account.display_name,
                        Account.kind, Account.status)
                 .where(Account.holder_id == person_id).order_by(bytewise(Account.platform), bytewise(Account.handle)))
    with db.reading() as session:
        return [HeldAccount(*row) for row in session.exec(statement).all()]


def roles_of_person_on_accounts(db: Database, person_id: int) -> list[PersonRole]:
    """Every grant the person has had, active ones first, then the newest."""
    statement = (select(AccountRole.id, Account.id, Account.platform, Account.handle, Account.display_name,
                        AccountRole.role, AccountRole.granted_on, AccountRole.revoked_on, AccountRole.reason)
                 .join(Account, Account.id == AccountRole.account_id)
                 .where(AccountRole.person_id == person_id)
                 .order_by(AccountRole.revoked_on.is_not(None), AccountRole.granted_on.desc(),
                           AccountRole.id.desc()))
    with db.reading() as session:
        return [PersonRole(*row) for row in session.exec(statement).all()]


def administrators_of_account(db: Database, account_id: int, *, active_only: bool = False) -> list[AdministratorRow]:
    """Grants on an account with the people's names, newest first."""
    statement = (select(AccountRole.id, Person.id, Person.name, AccountRole.role, AccountRole.granted_on,
                        AccountRole.granted_by, AccountRole.revoked_on, AccountRole.revoked_by, AccountRole.reason,
                        Person.employment_status, Person.last_working_day)
                 .join(Person, Person.id == AccountRole.person_id)
                 .where(AccountRole.account_id == account_id))
    if active_only:
        statement = statement.where(AccountRole.revoked_on.is_(None))
    # The latest event first: a revocation is newer than the grant it completes.
    latest = func.coalesce(AccountRole.revoked_on, AccountRole.granted_on)
    statement = statement.order_by(latest.desc(), AccountRole.id.desc())
    with db.reading() as session:
        return [AdministratorRow(*row) for row in session.exec(statement).all()]


def person_names(db: Database, person_ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted({i for i in person_ids if i is not None})
    if not wanted:
        return {}
    names: dict[int, str] = {}
    with db.reading() as session:
        # Chunked: SQLite limits the number of bound parameters in one statement.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            names.update(session.exec(select(Person.id, Person.name).where(Person.id.in_(chunk))).all())
    return names


def account_events(db: Database, account_id: int) -> list[AuditEvent]:
    """The audit trail of one account (its own changes, its roles, its terms), newest first; the
    rows an account import added each read as the event that added them (services/import_trail)."""
    with db.reading() as session:
        return import_trail.account_history(session, account_id, audit.account_history(session, account_id))


def person_ids_in_events(events: Iterable[AuditEvent]) -> set[int]:
    """The people a trail refers to by id (holder, successor, role holder, who asked for consent,
    a person's manager)."""
    found: set[int] = set()
    for event in events:
        for values in (event.old_values or {}, event.new_values or {}):
            for key in ("holder_id", "successor_id", "person_id", "asked_by_id", "escalation_id", "manager_id"):
                if isinstance(values.get(key), int):
                    found.add(values[key])
    return found

