"""The social-media policy register: versions of the company's policy, their texts per area,
and who acknowledged which version when.

A version is never changed once recorded (a change is a new version, acknowledged again); the
version in force is the one with the latest effective date not after today. Acknowledgements
are recorded one at a time, or for many people at once from a list of work emails with dates
(a file: one "email;date" per line, any of ; , or tab between, a header line allowed). A list
is all or nothing: any line it cannot read refuses the whole list, each line's problem named.

Holding an employee-role account, or a personal profile listed for ambassador work, without
having acknowledged the version in force is a risk (domain/risks.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry.domain.dates import DateInvalid, parse_date
from accountregistry.domain.errors import Label, NotFound, Problem, ValidationError
from accountregistry.domain.policy import AREA_IDS, OWN_AREA, area
from accountregistry.domain.risks import INACTIVE_STATUSES
from accountregistry.services import audit
from accountregistry.services.records import existing
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import fields_of
from accountregistry.store.models import (
    Account,
    Person,
    PolicyAcknowledgement,
    PolicyFields,
    PolicyText,
    PolicyVersion,
)

__all__ = ["LIST_LIMIT_BYTES", "ListLine", "PolicyInput", "PolicySummary", "acknowledge", "acknowledgements_of",
           "current_policy", "import_acknowledgements", "policy_summary", "policy_texts", "policy_versions",
           "preview_acknowledgements", "record_policy", "version_named"]

_TEXT = fields_of(PolicyText)
_DECLARED = fields_of(PolicyFields)
# A list of acknowledgements is a few thousand lines at most; a bigger file is not one.
LIST_LIMIT_BYTES = 2_000_000
_SPLIT = re.compile(r"[;,\t]")


@dataclass
class PolicyInput:
    """A new version: its texts by area id (domain/policy.py), and the company's own areas as
    (heading, text), printed after the built-in ones."""

    effective_on: date | None = None
    approved_by: str | None = None
    texts: dict[str, str] = field(default_factory=dict)
    own: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class PolicySummary:
    """For the dashboard: the version in force and how many account holders acknowledged it."""

    version: PolicyVersion | None
    holders: int  # people holding an account that is looked after
    acknowledged: int  # of them, those who acknowledged the version in force


def _texts(data: PolicyInput, problems: Problems) -> list[tuple[str, str | None, str]]:
    """(area, heading, text) in print order: the built-in areas in their order, then the own ones."""
    limit = _TEXT["text"].max_length
    rows: list[tuple[str, str | None, str]] = []
    for area_id in data.texts:
        if area(area_id) is None:
            problems.add("texts", "policy_area_unknown", area=area_id, allowed=list(AREA_IDS))
    for area_id in AREA_IDS:
        text = problems.text(f"texts.{area_id}", data.texts.get(area_id), Label("Policy text"), max_length=limit)
        if text:
            rows.append((area_id, None, text))
    for n, (heading, text) in enumerate(data.own):
        heading = problems.text(f"own.{n}.heading", heading, Label("Heading"),
                                max_length=_TEXT["heading"].max_length, required=True)
        text = problems.text(f"own.{n}.text", text, Label("Policy text"), max_length=limit, required=True)
        if heading and text:
            rows.append((OWN_AREA, heading, text))
    if not rows and not problems.found:
        problems.add("texts", "policy_without_texts")
    return rows


@unit_of_work
def record_policy(db: Database, data: PolicyInput, *, today: date | None = None) -> PolicyVersion:
    """A new version of the policy, numbered after the last one."""
    problems = Problems()
    values = problems.fields(PolicyVersion, data, ("effective_on", "approved_by"), today=today or date.today())
    if values["effective_on"] is None and "effective_on" not in problems:
        problems.add("effective_on", "required", label=_DECLARED["effective_on"].label)
    rows = _texts(data, problems)
    problems.raise_if_any()
    with db.transaction() as session:
        last = session.exec(select(sa.func.max(PolicyVersion.version))).one() or 0
        version = PolicyVersion(version=last + 1, recorded_by=db.actor, **values)
        session.add(version)
        session.flush()
        session.add_all(PolicyText(policy_version_id=version.id, position=n, area=area_id, heading=heading, text=text)
                        for n, (area_id, heading, text) in enumerate(rows))
        audit.record(session, actor=db.actor, entity="policy_version", entity_id=version.id, action="record",
                     new={"version": version.version, "effective_on": version.effective_on.isoformat(),
                          "approved_by": version.approved_by, "areas": [r[0] if r[1] is None else r[1] for r in rows]})
        return version


def policy_versions(db: Database) -> list[PolicyVersion]:
    """Every version, newest first."""
    with db.reading() as session:
        return list(session.exec(select(PolicyVersion).order_by(PolicyVersion.version.desc())).all())


def _current_in(session: Session, today: date) -> PolicyVersion | None:
    return session.exec(select(PolicyVersion).where(PolicyVersion.effective_on <= today)
                        .order_by(PolicyVersion.effective_on.desc(), PolicyVersion.version.desc())).first()


def current_policy(db: Database, *, today: date | None = None) -> PolicyVersion | None:
    """The version in force today: the latest effective date not after today."""
    with db.reading() as session:
        return _current_in(session, today or date.today())


def version_named(db: Database, number: int | None, *, today: date | None = None) -> PolicyVersion:
    """Version `number`, or the one in force when None; NotFound when there is none."""
    with db.reading() as session:
        if number is None:
            found = _current_in(session, today or date.today())
            if found is None:
                raise NotFound("policy_none_in_force")
            return found
        found = session.exec(select(PolicyVersion).where(PolicyVersion.version == number)).first()
    if found is None:
        raise NotFound("policy_version_not_found", version=number)
    return found


def policy_texts(db: Database, version_id: int) -> list[PolicyText]:
    with db.reading() as session:
        return list(session.exec(select(PolicyText).where(PolicyText.policy_version_id == version_id)
                                 .order_by(PolicyText.position)).all())


def _acknowledge_in(session: Session, actor: str, person_id: int, version: PolicyVersion,
                    on: date) -> PolicyAcknowledgement | None:
    """The acknowledgement recorded, or None when the person had acknowledged the version already."""
    if session.exec(select(PolicyAcknowledgement).where(PolicyAcknowledgement.person_id == person_id,
                                                        PolicyAcknowledgement.policy_version_id == version.id)).first():
        return None
    row = PolicyAcknowledgement(person_id=person_id, policy_version_id=version.id, acknowledged_on=on,
                                recorded_by=actor)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, entity="policy_acknowledgement", entity_id=row.id, action="acknowledge",
                 owner=person_id, new={"person_id": person_id, "version": version.version, "acknowledged_on": on.isoformat()})
    return row


@unit_of_work
def acknowledge(db: Database, person_id: int, *, version: int | None = None, on: date | None = None,
                today: date | None = None) -> PolicyAcknowledgement | None:
    """Record that the person acknowledged the version (the one in force when None) on a day (today
    when None). Acknowledging again changes nothing and returns None."""
    today = today or date.today()
    on = on or today
    chosen = version_named(db, version, today=today)
    problems = Problems()
    problems.not_after_today("on", on, Label("Acknowledged on"), today)
    problems.raise_if_any()
    with db.transaction() as session:
        existing(session, Person, person_id)
        return _acknowledge_in(session, db.actor, person_id, chosen, on)


@dataclass(frozen=True)
class ListLine:
    """One line of a list of acknowledgements as it would be imported: the person it names
    (None: nobody in the registry has that work email), whether they acknowledged the version
    already, and its problem (None: it can be imported)."""

    line: int
    email: str  # as written
    day: date | None
    person_id: int | None = None
    name: str | None = None
    already: bool = False
    problem: Problem | None = None


def _line_field(number: int) -> str:
    return f"line {number}"


def _read_list(path: Path, problems: Problems, today: date) -> list[tuple[int, str, date | None]]:
    """(line, email as written, day) of each line of the file; problems for the lines it cannot read."""
    try:
        if path.stat().st_size > LIST_LIMIT_BYTES:
            raise ValidationError.of("file", "acknowledgement_list_too_big", file=path.name,
                                     limit=LIST_LIMIT_BYTES // 1_000_000)
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError.of("file", "acknowledgement_list_not_text", file=path.name) from None
    except OSError as error:
        raise ValidationError.of("file", "acknowledgement_list_unreadable", file=path.name,
                                 reason=error) from None
    lines: list[tuple[int, str, date | None]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        cells = [cell.strip() for cell in _SPLIT.split(line)]
        if not any(cells) or (number == 1 and "@" not in cells[0]):
            continue  # a blank line, or the header
        lines.append((number, *_read_line(number, cells, problems, today)))
    return lines


def _read_line(number: int, cells: list[str], problems: Problems, today: date) -> tuple[str, date | None]:
    """(email as written, day) of one line; its problem recorded so that it says which line."""
    where, found = _line_field(number), Problems()
    email = found.email(where, cells[0], Label("Work email"), required=True)
    day = None
    try:
        day = parse_date(cells[1] if len(cells) > 1 else "", day_first=True, today=today)
    except DateInvalid as error:
        found.add(where, Problem(error.code, error.params))
    else:
        if day is None:
            problems.add(where, "acknowledgement_line_date_missing", line=number)
        else:
            found.not_after_today(where, day, Label("Acknowledged on"), today)
    if where in found:
        problems.add(where, "acknowledgement_line_refused", line=number, reason=found.found[where])
    return email or cells[0], day


def _planned(session: Session, path: Path, version: PolicyVersion, today: date) -> tuple[list[ListLine], Problems]:
    """Each line of the list as it would be imported, and the problems that refuse it."""
    problems = Problems()
    read = _read_list(path, problems, today)
    if not read and not problems.found:
        problems.add("file", "acknowledgement_list_empty", file=path.name)
    person, ack = Person.__table__.c, PolicyAcknowledgement.__table__.c
    emails = sorted({email for _, email, _ in read})
    people = {row.work_email: row for row in session.execute(
        sa.select(person.work_email, person.id, person.name).where(person.work_email.in_(emails))).all()}
    acknowledged = set(session.execute(sa.select(ack.person_id).where(
        ack.policy_version_id == version.id, ack.person_id.in_([p.id for p in people.values()]))).scalars())
    lines = []
    for number, email, day in read:
        found = people.get(email)
        if found is None and _line_field(number) not in problems:
            problems.add(_line_field(number), "acknowledgement_line_unknown_person", line=number, email=email)
        lines.append(ListLine(number, email, day, found.id if found else None, found.name if found else None,
                              bool(found) and found.id in acknowledged, problems.found.get(_line_field(number))))
    # The file's own problem first, then the lines' in their order (read and looked up apart).
    order = ["file", *(_line_field(line.line) for line in lines)]
    problems.found = {name: problems.found[name] for name in order if name in problems.found}
    return lines, problems


def preview_acknowledgements(db: Database, path: str | Path, *, version: int | None = None,
                             today: date | None = None) -> tuple[PolicyVersion, list[ListLine]]:
    """What import_acknowledgements would do with the list, line by line, without storing anything.
    A file that cannot be read at all is refused (ValidationError on "file")."""
    today = today or date.today()
    chosen = version_named(db, version, today=today)
    with db.reading() as session:
        lines, problems = _planned(session, Path(path), chosen, today)
    if "file" in problems:
        problems.raise_if_any()
    return chosen, lines


@unit_of_work
def import_acknowledgements(db: Database, path: str | Path, *, version: int | None = None,
                            today: date | None = None) -> tuple[int, int]:
    """Acknowledgements of one version for the people a list names (work email and date per line).
    All or nothing: a line that cannot be read, or names nobody in the registry, refuses the list.
    Returns (recorded, already acknowledged)."""
    today = today or date.today()
    chosen = version_named(db, version, today=today)
    with db.transaction() as session:
        lines, problems = _planned(session, Path(path), chosen, today)
        problems.raise_if_any()
        recorded = sum(_acknowledge_in(session, db.actor, line.person_id, chosen, line.day) is not None
                       for line in lines)
        return recorded, len(lines) - recorded


def acknowledgements_of(db: Database, version_id: int) -> list[tuple[str, str | None, date]]:
    """(name, work email, acknowledged on) of everyone who acknowledged the version, by name."""
    ack, person = PolicyAcknowledgement.__table__.c, Person.__table__.c
    with db.reading() as session:
        rows = session.execute(sa.select(person.name, person.work_email, ack.acknowledged_on)
                               .join(Person.__table__, person.id == ack.person_id)
                               .where(ack.policy_version_id == version_id).order_by(person.name)).all()
    return [tuple(row) for row in rows]


def policy_summary(db: Database, *, today: date | None = None) -> PolicySummary:
    """The version in force, and of the people holding a looked-after account, how many acknowledged it."""
    account, ack, person = Account.__table__.c, PolicyAcknowledgement.__table__.c, Person.__table__.c
    retired = [status.value for status in INACTIVE_STATUSES]
    with db.reading() as session:
        version = _current_in(session, today or date.today())
        # One pass over the people (a fifth as many as the accounts): each one's first looked-after
        # account by the holder index, and their acknowledgement by its unique key. Counting the
        # distinct holders of every account instead read each account twice.
        holds = sa.exists().where(account.holder_id == person.id,
                                  sa.type_coerce(account.status, sa.String).not_in(retired))
        acknowledged = sa.and_(ack.person_id == person.id,
                               ack.policy_version_id == (version.id if version is not None else None))
        total, done = session.execute(
            sa.select(sa.func.count(), sa.func.count(ack.id))
            .select_from(Person.__table__).outerjoin(PolicyAcknowledgement.__table__, acknowledged)
            .where(holds)).one()
    return PolicySummary(version=version, holders=total, acknowledged=done)
