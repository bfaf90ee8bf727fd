"""People: employees, holders, administrators, successors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session
from sqlmodel import func, select

from accountregistry.domain.departures import departure_status, has_left
from accountregistry.domain.errors import Conflict, NotFound
from accountregistry.domain.record_ids import typed_id
from accountregistry.domain.vocabulary import CaseStatus, EmploymentStatus
from accountregistry.services import audit
from accountregistry.services.personal_values import PERSON_FIELDS as OWN_FIELDS
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import field_names
from accountregistry.store.models import OffboardingCase, Person, PersonFields
from accountregistry.services.records import edit, existing

PERSON_FIELDS = field_names(PersonFields)  # what the audit trail records of a person
# What the event that adds a person records: not the person's own values (name, email, title),
# which their row holds; a later change records them, old and new (kept apart, erasable). A
# person's history reads the values someone was added with from the row and those changes
# (services/person_data.as_added).
ADDED_FIELDS = tuple(name for name in PERSON_FIELDS if name not in OWN_FIELDS)
# An import from HR records the people it added in one event (services/people_import): entity
# "person", this action, entity_id the first person added, new_values {"added": runs of ids}.
IMPORTED = "import_people"


def id_runs(ids: Iterable[int]) -> list[list[int]]:
    """Ids as runs of consecutive ones, [[first, last], ...]: an import's 20,000 in one pair."""
    runs: list[list[int]] = []
    for person_id in sorted(ids):
        if runs and runs[-1][1] == person_id - 1:
            runs[-1][1] = person_id
        else:
            runs.append([person_id, person_id])
    return runs


def in_runs(runs: Iterable[Iterable[int]], person_id: int) -> bool:
    return any(first <= person_id <= last for first, last in runs)


@dataclass
class PersonInput:
    name: str
    work_email: str | None = None
    department: str | None = None
    title: str | None = None
    employment_status: EmploymentStatus | str = EmploymentStatus.employed
    last_working_day: date | None = None
    manager_id: int | None = None
    login: str | None = None  # the database login this person uses on a shared server


def _clean(session: Session, data: PersonInput, person_id: int | None, today: date | None) -> dict:
    """The values to store; a last working day decides the status (domain/departures), whoever
    enters it: the window, the command line or a script."""
    problems = Problems()
    values = problems.fields(Person, data, PERSON_FIELDS)
    if values["employment_status"] in (EmploymentStatus.leaving, EmploymentStatus.left) and not data.last_working_day:
        problems.add("last_working_day", "leaving_needs_last_day")
    if data.manager_id is not None:
        if person_id is not None and data.manager_id == person_id:
            problems.add("manager_id", "own_manager")
        elif session.get(Person, data.manager_id) is None:
            problems.add("manager_id", "manager_not_found")
    problems.raise_if_any()
    values["employment_status"] = departure_status(values["employment_status"], values["last_working_day"],
                                                   today or date.today())
    if values["work_email"]:
        clash = session.exec(select(Person).where(Person.work_email == values["work_email"])).first()
        if clash is not None and clash.id != person_id:
            raise Conflict("work_email_taken", existing_id=clash.id, name=clash.name, email=values["work_email"])
    if values["login"]:
        clash = session.exec(select(Person).where(Person.login == values["login"])).first()
        if clash is not None and clash.id != person_id:
            raise Conflict("login_taken", existing_id=clash.id, name=clash.name, login=values["login"])
    return values


@unit_of_work
def add_person(db: Database, data: PersonInput, *, today: date | None = None) -> Person:
    with db.transaction() as session:
        values = _clean(session, data, None, today)
        person = Person(**values)
        session.add(person)
        session.flush()
        audit.record(session, actor=db.actor, entity="person", entity_id=person.id, action="add",
                     new=audit.snapshot(person, ADDED_FIELDS))
        return person


def update_person(db: Database, person_id: int, data: PersonInput, *, expected_version: int | None = None,
                  today: date | None = None) -> Person:
    return edit(db, Person, person_id, expected_version, PERSON_FIELDS,
                lambda session, _person: _clean(session, data, person_id, today))


def get_person(db: Database, person_id: int) -> Person:
    with db.reading() as session:
        return existing(session, Person, person_id)


def find_by_email(db: Database, email: str) -> Person:
    wanted = (email or "").strip().lower()
    with db.reading() as session:
        person = session.exec(select(Person).where(Person.work_email == wanted)).first()
    if person is None:
        raise NotFound("person_email_not_found", email=email)
    return person


def find_person(db: Database, reference: str) -> Person:
    """A person by work email, or by id (anonymised people have no email): what commands accept."""
    person_id = typed_id(reference)
    return get_person(db, person_id) if person_id is not None else find_by_email(db, (reference or "").strip())


def names_of_logins(db: Database) -> dict[str, str]:
    """The name of the person linked to each database login (for showing who did something)."""
    with db.reading() as session:
        return dict(session.exec(select(Person.login, Person.name).where(Person.login.is_not(None))).all())


def count_people(db: Database) -> int:
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(Person)).one()


@unit_of_work
def record_departures(db: Database, *, today: date | None = None) -> int:
    """People recorded as leaving whose last working day has passed, and whose offboarding is not
    open (closed early, or never started), are recorded as having left; audited. Someone with an
    open offboarding stays leaving until it is closed (closing records them as left). Returns how
    many were recorded."""
    today = today or date.today()
    open_case = sa.exists().where(OffboardingCase.person_id == Person.id, OffboardingCase.status == CaseStatus.open)
    departed = select(Person).where(Person.employment_status == EmploymentStatus.leaving,
                                    has_left(Person.last_working_day, today), ~open_case)
    with db.reading() as session:  # read first: the window asks at every reload, a write rarely follows
        if session.exec(departed.with_only_columns(Person.id).limit(1)).first() is None:
            return 0
    with db.transaction() as session:
        gone = session.exec(departed).all()
        for person in gone:
            audit.apply_and_record(session, actor=db.actor, row=person,
                                   values={"employment_status": EmploymentStatus.left}, fields=PERSON_FIELDS,
                                   entity="person")
        return len(gone)


def record_departures_where_allowed(db: Database, *, today: date | None = None) -> int:
    """record_departures, where the login may change people (a reader leaves it to others): what
    the window does at each reload, and the command line before it shows people, risks or what is
    due."""
    from accountregistry.store.access import permissions

    return record_departures(db, today=today) if permissions(db).may("edit") else 0
