"""Gone from the file, not only from the rows: after anonymising a person of the sample
organisation, neither their name nor their email is anywhere in the database file, its
write-ahead log or a backup made afterwards; the audit trail keeps every event, and its
append-only rule still holds. Also for a leaver whose offboarding was completed: its checklist
items' titles, and the lines a ticked item changed, named them and their successor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.services import offboarding, personal_values
from accountregistry.services.audit import account_history
from accountregistry.services.people import PersonInput, update_person
from accountregistry.services.person_data import person_data
from accountregistry.services.retention import anonymise
from accountregistry.services.roles import revoke_role
from accountregistry.store.models import AuditEvent
from accountregistry.store.schema import backup_sqlite
from tests.engine_support import every_row, rows

TODAY = date(2027, 3, 10)


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


def scalar(db, sql, **params):
    with db.engine.connect() as connection:
        return connection.execute(sa.text(sql), params).scalar()


def make_leaver(db, email):
    """A person of the sample organisation who left long ago, their roles revoked then."""
    person_id = scalar(db, "SELECT id FROM person WHERE work_email = :e", e=email)
    with db.engine.connect() as connection:
        roles = connection.execute(sa.text("SELECT id FROM account_role WHERE person_id = :p AND revoked_on IS NULL"),
                                   {"p": person_id}).scalars().all()
        name, title, department = connection.execute(
            sa.text("SELECT name, title, department FROM person WHERE id = :p"), {"p": person_id}).one()
    for role_id in roles:
        revoke_role(db, role_id=role_id, reason="left", revoked_on=TODAY - timedelta(days=1), today=TODAY)
    update_person(db, person_id, PersonInput(name=name, work_email=email, title=title, department=department,
                                             employment_status=EmploymentStatus.left,
                                             last_working_day=TODAY - timedelta(days=1)), today=TODAY)
    return person_id, name


def found_in(path, *texts) -> list[str]:
    data = path.read_bytes() if path.exists() else b""
    return [text for text in texts if text.encode("utf-8") in data or text.lower().encode("utf-8") in data]


@pytest.mark.sqlite_only  # about the SQLite file, its WAL and a backup of it
def test_name_and_email_are_gone_from_the_file_wal_and_a_later_backup(sample, db_path, tmp_path):
    email = "soren.ostergaard@nordlys.dk"
    person_id, name = make_leaver(sample, email)
    assert found_in(db_path, name, email) or found_in(db_path.with_name(db_path.name + "-wal"), name, email)
    events_before = scalar(sample, "SELECT count(*) FROM audit_event")
    personal_accounts = scalar(sample, "SELECT count(*) FROM account WHERE holder_id = :p AND kind = 'personal'",
                               p=person_id)
    assert personal_accounts and scalar(sample, "SELECT count(*) FROM personal_value WHERE person_id = :p",
                                        p=person_id)

    anonymise(sample, [person_id])

    # Every event stays: one more for the anonymising, one per personal account removed.
    assert scalar(sample, "SELECT count(*) FROM audit_event") == events_before + 1 + personal_accounts
    assert scalar(sample, "SELECT count(*) FROM personal_value WHERE person_id = :p", p=person_id) == 0
    backup = backup_sqlite(db_path, tmp_path / "after.sqlite3")
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), backup):
        assert found_in(path, name, email) == [], path
    with pytest.raises(Exception) as refused, sample.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_event SET actor = 'someone' WHERE id = 1")
    assert "append-only" in str(refused.value)
    with pytest.raises(Exception) as refused, sample.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM audit_event WHERE id = 1")
    assert "append-only" in str(refused.value)


def added_events(db, person_id):
    """The event that added the person, as their history and access request read it."""
    return [event for event in person_data(db, person_id).sections["audit_events"]
            if (event["entity"], event["action"]) == ("person", "add")]


def test_the_trail_shows_the_pseudonym_where_the_name_was(sample):
    email = scalar(sample, "SELECT work_email FROM person JOIN account_role ON person_id = person.id "
                           "WHERE employment_status = 'employed' GROUP BY person.id ORDER BY count(*) DESC LIMIT 1")
    person_id, name = make_leaver(sample, email)
    # The event that added them holds no copy of their name or email: the row does (and the
    # changes since, kept apart); their history reads it from there.
    with sample.reading() as session:
        [recorded] = session.exec(sa.select(AuditEvent).where(
            AuditEvent.entity == "person", AuditEvent.entity_id == person_id, AuditEvent.action == "add")).scalars()
    assert not {"name", "work_email", "title"} & set(recorded.new_values)
    [added] = added_events(sample, person_id)
    assert added["new_values"]["name"] == name and added["new_values"]["work_email"] == email
    anonymise(sample, [person_id])
    [added] = added_events(sample, person_id)
    with sample.reading() as session:
        account_id = scalar(sample, "SELECT account_id FROM account_role WHERE person_id = :p LIMIT 1", p=person_id)
        history = account_history(session, account_id)
    assert added["new_values"]["name"] == f"[former employee {person_id}]"
    assert added["new_values"]["work_email"] is None
    assert added["new_values"]["department"]  # not personal: kept
    grants = [e for e in history if e.action == "grant" and e.new_values["person_id"] == person_id]
    assert grants and all("person_name" not in e.new_values for e in grants)  # names are looked up by id


FREJA = "freja.moller@nordlys.dk"


def offboarded(db) -> tuple[int, str, str]:
    """Freja Møller of the sample organisation, offboarded to completion, her roles handed to
    her successor Emil Thygesen: (her id, her name, his name)."""
    [(freja, name)] = rows(db, f"SELECT id, name FROM person WHERE work_email = '{FREJA}'")
    [(emil, successor)] = rows(db, "SELECT id, name FROM person WHERE work_email LIKE 'emil%'")
    case = offboarding.start_offboarding(db, person_id=freja, last_working_day=TODAY - timedelta(days=2),
                                         successor_id=emil, today=TODAY - timedelta(days=20))
    for (item_id,) in rows(db, f"SELECT id FROM checklist_item WHERE case_id = {case.id} ORDER BY id"):
        offboarding.complete_item(db, item_id, today=TODAY)
    offboarding.close_case(db, case.id, today=TODAY)
    titles = [title for (title,) in rows(db, f"SELECT title FROM checklist_item WHERE case_id = {case.id}")]
    assert sum(name in title for title in titles) > 5 and any(successor in title for title in titles)
    return freja, name, successor


def trail_as_read(db) -> list:
    with db.reading() as session:
        return [(event.old_values, event.new_values) for event in personal_values.restore(
            session, list(session.exec(sa.select(AuditEvent).order_by(AuditEvent.id)).scalars()))]


def test_an_offboarded_leaver_is_in_no_row_and_no_value_of_the_trail_after_anonymising(sample):
    freja, name, successor = offboarded(sample)
    assert name in repr(trail_as_read(sample)) and FREJA in repr(trail_as_read(sample))

    anonymise(sample, [freja])

    assert found_in_text(every_row(sample), name, FREJA) == []
    trail = repr(trail_as_read(sample))
    assert name not in trail and FREJA not in trail
    # The successor is still named, and the leaver reads as her pseudonym.
    assert f"{successor}" in trail and f"[former employee {freja}]" in trail
    titles = [title for (title,) in rows(sample, "SELECT title FROM checklist_item")]  # as stored: her marker
    assert any(f"[#{freja}]" in title and successor in title for title in titles)


def found_in_text(data: bytes, *texts) -> list[str]:
    """The texts in the bytes, as written or JSON-escaped (also as repr() shows that), in any case."""
    import json

    data = data.lower()
    return [text for text in texts if any(form.encode() in data for form in (
        text.lower(), json.dumps(text.lower())[1:-1], json.dumps(text.lower())[1:-1].replace("\\", "\\\\")))]


@pytest.mark.sqlite_only  # about the SQLite file, its WAL and a backup of it
def test_an_offboarded_leaver_is_gone_from_the_file_wal_and_a_later_backup(sample, db_path, tmp_path):
    freja, name, _ = offboarded(sample)
    events_before = scalar(sample, "SELECT count(*) FROM audit_event")
    anonymise(sample, [freja])
    assert scalar(sample, "SELECT count(*) FROM audit_event") > events_before
    backup = backup_sqlite(db_path, tmp_path / "after.sqlite3")
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), backup):
        assert found_in_text(path.read_bytes() if path.exists() else b"", name, FREJA) == [], path
