"""Migrations 0019, 0021 and 0022: free text that events recorded before 0016 held inline (a note,
a reason), the file names of signed scans recorded before 0020, and checklist items' titles and
changed lines recorded before 0022, are kept apart like newer events' (free text without an
owner, a scan's name keyed by its signer), so anonymising a person removes their name from the
trail too. The rewritten events change their hashes: the chain is
computed again in the migration and still verifies; the trail stays append-only; a chain that
was broken before is not computed again (its break stays visible)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from accountregistry.domain.vocabulary import EmploymentStatus, Kind
from accountregistry.services import personal_values
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.audit import account_history, verify_chain
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.retention import anonymise
from accountregistry.store.audit_protection import SQLITE_TRIGGERS
from accountregistry.store.models import AuditEvent
from accountregistry.store.schema import backup_sqlite, current_revision, head_revision, open_database
from tests.engine_support import back_to, every_row, location, rows, upgraded

FIXTURE = Path(__file__).parent / "fixtures" / "registry_schema_0001.sql"
FREE_TEXT = personal_values.FREE_TEXT_FIELDS
KEPT = "id, at, actor, entity, entity_id, action, account_id"
# The first release's reason for revoking Peter Skovgård's first role, made to name him.
REASON = "Left the company; removed on his last day."
NAMING = "Left the company; Peter Skovgård kept the 2FA phone (peter.skovgard@nordlys.dk)."
PETER, PETERS_WORDS = 21, ("Peter Skovgård", "peter.skovgard@nordlys.dk", "skovgård")


def found_in(data: bytes, words) -> list[str]:
    """The words found in the bytes, as text or JSON-escaped, in any case."""
    data = data.lower()
    return [word for word in words for form in (word.lower(), json.dumps(word.lower())[1:-1])
            if form.encode() in data]


def events(db) -> list[tuple]:
    return rows(db, f"SELECT {KEPT}, hash FROM audit_event ORDER BY id")


def inline_free_text(db) -> list[tuple]:
    """(event id, field, text) of free text an event row holds in place."""
    found = []
    for event_id, entity, old, new in rows(db, "SELECT id, entity, old_values, new_values FROM audit_event"):
        for side in (old, new):
            side = json.loads(side) if isinstance(side, str) else side
            found += [(event_id, name, value) for name, value in (side or {}).items()
                      if name in FREE_TEXT.get(entity, ()) and isinstance(value, str)]
    return found


def shown_free_text(db) -> dict[tuple, str]:
    """(event id, side, field) -> the free text as the trail shows it."""
    with db.reading() as session:
        shown = personal_values.restore(session, list(session.exec(sa.select(AuditEvent)).scalars()))
    return {(event.id, side, name): value for event in shown
            for side, values in (("old", event.old_values), ("new", event.new_values))
            for name, value in (values or {}).items() if name in FREE_TEXT.get(event.entity, ())}


def refuses_update_and_delete(db) -> None:
    for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(sa.exc.DBAPIError) as refused, db.engine.begin() as connection:
            connection.exec_driver_sql(statement)
        assert "append-only" in str(refused.value)


def the_conversion(db) -> dict:
    [(new_values,)] = rows(db, "SELECT new_values FROM audit_event WHERE action = 'separate_free_text'")
    return json.loads(new_values) if isinstance(new_values, str) else new_values


@pytest.fixture
def first_release(db_path):
    """The first release's sample organisation; one reason of its trail names a leaver."""
    script = FIXTURE.read_text(encoding="utf-8")
    assert script.count(REASON) == 2  # the role's row and its revoke event
    # The role's row holds the text, the event the first release's JSON (non-ASCII escaped).
    script = script.replace(f"'{REASON}'", f"'{NAMING}'").replace(
        f'"reason": "{REASON}"', f'"reason": {json.dumps(NAMING)}')
    with sqlite3.connect(db_path) as connection:
        connection.executescript(script)
    connection.close()
    return db_path


@pytest.mark.sqlite_only  # the first release's registry is an SQLite file
def test_a_first_release_note_naming_a_leaver_is_gone_after_anonymising(first_release, tmp_path):
    with sqlite3.connect(first_release) as connection:
        before = connection.execute(f"SELECT {KEPT}, old_values, new_values FROM audit_event ORDER BY id").fetchall()
    connection.close()
    with upgraded(first_release) as db:
        assert db.backup_before_upgrade is not None and db.backup_before_upgrade.exists()
        after = events(db)
        # Every event of the first release as it was, then the upgrades' own events, this one's last.
        assert [row[:7] for row in after[:len(before)]] == [row[:7] for row in before]
        assert rows(db, "SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") == [("separate_free_text",)]
        done = the_conversion(db)
        assert done["events_rewritten"] > 100 and done["free_text_values"] >= done["events_rewritten"]
        assert inline_free_text(db) == []
        # The trail reads as before: each free text where it was.
        shown = shown_free_text(db)
        for event_id, *_, old, new in before:
            for side, values in (("old", old), ("new", new)):
                for name, value in (json.loads(values) or {}).items():
                    if name in FREE_TEXT.get(after[event_id - 1][3], ()):
                        assert shown[(event_id, side, name)] == value
        assert verify_chain(db).intact

        kept = events(db)
        [done] = anonymise(db, [PETER])
        assert [(note.entity, note.field) for note in done.notes] == [("account_role", "reason")]
        assert events(db)[:len(kept)] == kept  # not one event changed or went
        assert verify_chain(db).intact
        refuses_update_and_delete(db)
        later = backup_sqlite(first_release, tmp_path / "later.sqlite3")
        for path in (first_release, first_release.with_name(first_release.name + "-wal"), later):
            assert found_in(path.read_bytes() if path.exists() else b"", PETERS_WORDS) == [], path


def upgraded_from(db, revision: str):
    """`db` closed, taken back to `revision`, and opened again: upgraded to the head."""
    where = location(db)
    db.close()
    back_to(where, revision)
    return open_database(where, migrate_server=True)


TODAY = date(2027, 3, 10)
NAME, EMAIL = "Søren Østergaard", "soren@nordlys.dk"


def soren_is_gone(db, tmp_path) -> None:
    """Søren is in no row, and the trail is still append-only; on SQLite he is in none of the
    file, its WAL and a backup made now."""
    assert found_in(every_row(db), (NAME, EMAIL, "østergaard")) == []
    refuses_update_and_delete(db)
    if db.is_sqlite:
        later = backup_sqlite(db.path, tmp_path / "later.sqlite3")
        for path in (db.path, db.path.with_name(db.path.name + "-wal"), later):
            assert found_in(path.read_bytes() if path.exists() else b"", (NAME, EMAIL, "østergaard")) == [], path


def registry_at_0018(db, monkeypatch) -> tuple[int, int, str]:
    """A leaver, and a company page whose note names them, recorded as before 0016 (free text in
    the event itself); the registry then at 0018. (leaver, page, where)."""
    with monkeypatch.context() as before_0016:
        before_0016.setattr(personal_values, "FREE_TEXT_FIELDS", {})
        gone = add_person(db, PersonInput(name=NAME, work_email=EMAIL, employment_status=EmploymentStatus.left,
                                          last_working_day=TODAY - timedelta(days=2000)), today=TODAY)
        page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                                 notes=f"The 2FA phone is with {NAME} ({EMAIL})."), today=TODAY)
    assert [name for _, name, _ in inline_free_text(db)] == ["notes"]
    where = location(db)
    db.close()
    back_to(where, "0018")
    return gone.id, page.id, where


def test_a_note_recorded_before_0016_is_moved_apart_and_the_chain_still_verifies(db, monkeypatch, tmp_path):
    gone, page, where = registry_at_0018(db, monkeypatch)
    db = open_database(where, migrate_server=True)
    try:
        assert current_revision(db) == head_revision()
        assert db.backup_before_upgrade is not None  # taken before the migration began
        assert inline_free_text(db) == []
        assert verify_chain(db).intact
        done = the_conversion(db)
        assert (done["events_rewritten"], done["free_text_values"]) == (1, 1)
        with db.reading() as session:
            [registered] = [event for event in account_history(session, page) if event.action == "register"]
        assert registered.new_values["notes"] == f"The 2FA phone is with {NAME} ({EMAIL})."

        count = len(events(db))
        anonymise(db, [gone])
        assert len(events(db)) > count and verify_chain(db).intact
        assert get_account(db, page).notes == f"The 2FA phone is with [former employee {gone}] ([former employee {gone}])."
        with db.reading() as session:
            [registered] = [event for event in account_history(session, page) if event.action == "register"]
        assert registered.new_values["notes"] == f"The 2FA phone is with [former employee {gone}] ([former employee {gone}])."
        soren_is_gone(db, tmp_path)
    finally:
        db.close()


@pytest.mark.sqlite_only  # bends the file's triggers to alter an event, as someone with the file could
def test_a_chain_broken_before_is_not_computed_again(db, monkeypatch):
    gone, page, where = registry_at_0018(db, monkeypatch)
    with sqlite3.connect(where) as connection:
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("UPDATE audit_event SET actor = 'someone else' WHERE entity = 'person'")
        connection.execute(SQLITE_TRIGGERS["audit_event_no_update"])
        [altered] = connection.execute("SELECT id FROM audit_event WHERE entity = 'person'").fetchone()
    connection.close()
    with upgraded(where) as db:
        assert verify_chain(db).broken.event_id == altered  # still shows, where it was
        assert the_conversion(db) == {"free_text_kept_inline": True, "first_event_not_in_chain": altered}
        assert [name for _, name, _ in inline_free_text(db)] == ["notes"]


def the_scan_names_conversion(db) -> dict:
    [(new_values,)] = rows(db, "SELECT new_values FROM audit_event WHERE action = 'separate_scan_names'")
    return json.loads(new_values) if isinstance(new_values, str) else new_values


def inline_scan_names(db) -> list[str]:
    found = []
    for (new,) in rows(db, "SELECT new_values FROM audit_event WHERE entity = 'attachment' AND action = 'attach'"):
        new = json.loads(new) if isinstance(new, str) else new
        found += [new["file_name"]] if isinstance(new.get("file_name"), str) else []
    return found


def test_a_scan_name_recorded_before_0020_is_kept_apart_and_erased_with_its_signer(db, monkeypatch, tmp_path):
    from accountregistry.services import agreements
    from accountregistry.services.roles import grant_role, revoke_role

    scan_name = f"{NAME} holder agreement.pdf"
    with monkeypatch.context() as before_0020:
        before_0020.setattr(personal_values, "ATTACHMENT_FIELDS", frozenset())
        gone = add_person(db, PersonInput(name=NAME, work_email=EMAIL))
        page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company),
                                today=TODAY)
        role = grant_role(db, account_id=page.id, person_id=gone.id, role="admin", granted_on=date(2020, 1, 6),
                          today=TODAY)
        agreement = agreements.record_agreement(db, gone.id, agreements.AgreementInput(agreed_on=date(2020, 1, 6)),
                                                today=TODAY)
        path = tmp_path / scan_name
        path.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
        agreements.attach(db, agreement.id, path)
    assert inline_scan_names(db) == [scan_name]
    left = TODAY - timedelta(days=2000)
    revoke_role(db, role_id=role.id, reason="left", revoked_on=left, today=TODAY)
    update_person(db, gone.id, PersonInput(name=NAME, work_email=EMAIL, employment_status=EmploymentStatus.left,
                                           last_working_day=left), today=TODAY)
    db = upgraded_from(db, "0020")
    try:
        assert current_revision(db) == head_revision() and db.backup_before_upgrade is not None
        assert inline_scan_names(db) == []
        assert the_scan_names_conversion(db)["scan_names"] == 1
        assert verify_chain(db).intact
        with db.reading() as session:
            [attached] = [event for event in account_history(session, page.id) if event.action == "attach"]
        assert attached.new_values["file_name"] == scan_name  # reads as before
        anonymise(db, [gone.id])
        assert verify_chain(db).intact
        assert found_in(every_row(db), (NAME, EMAIL, "østergaard")) == []
        refuses_update_and_delete(db)
    finally:
        db.close()


def inline_checklist_text(db) -> list[str]:
    found = []
    for old, new in rows(db, "SELECT old_values, new_values FROM audit_event WHERE entity = 'checklist_item'"):
        for side in (old, new):
            side = json.loads(side) if isinstance(side, str) else side
            found += [name for name in ("title", "changes") if isinstance((side or {}).get(name), (str, list))]
    return found


def test_checklist_titles_recorded_before_0022_are_kept_apart_and_erased_with_the_leaver(db, monkeypatch, tmp_path):
    from accountregistry.services import offboarding
    from accountregistry.services.roles import grant_role

    before = {**FREE_TEXT, "checklist_item": frozenset({"note", "waive_reason"})}
    with monkeypatch.context() as before_0022:
        before_0022.setattr(personal_values, "FREE_TEXT_FIELDS", before)
        gone = add_person(db, PersonInput(name=NAME, work_email=EMAIL))
        successor = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
        page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company),
                                today=TODAY)
        grant_role(db, account_id=page.id, person_id=gone.id, role="admin", granted_on=date(2020, 1, 6), today=TODAY)
        case = offboarding.start_offboarding(db, person_id=gone.id, last_working_day=TODAY - timedelta(days=2),
                                             successor_id=successor.id, today=TODAY - timedelta(days=20))
        for (item_id,) in rows(db, f"SELECT id FROM checklist_item WHERE case_id = {case.id} ORDER BY id"):
            offboarding.complete_item(db, item_id, today=TODAY)
        offboarding.close_case(db, case.id, today=TODAY)
    inline = inline_checklist_text(db)
    assert "title" in inline and "changes" in inline
    assert NAME in json.dumps([json.loads(new) if isinstance(new, str) else new for (new,) in rows(
        db, "SELECT new_values FROM audit_event WHERE entity = 'checklist_item'")], ensure_ascii=False)
    kept = rows(db, f"SELECT {KEPT} FROM audit_event ORDER BY id")
    db = upgraded_from(db, "0021")
    try:
        assert current_revision(db) == head_revision() and db.backup_before_upgrade is not None
        assert inline_checklist_text(db) == []
        [(done,)] = rows(db, "SELECT new_values FROM audit_event WHERE action = 'separate_checklist_titles'")
        done = json.loads(done) if isinstance(done, str) else done
        assert done["events_rewritten"] >= len([name for name in inline if name == "title"])
        assert done["free_text_values"] == len(inline)
        assert verify_chain(db).intact
        assert rows(db, f"SELECT {KEPT} FROM audit_event ORDER BY id")[:len(kept)] == kept  # every event stays
        with db.reading() as session:
            history = account_history(session, page.id)
        planned = [event.new_values["title"] for event in history if event.entity == "checklist_item"
                   and event.action == "plan"]
        assert planned and any(NAME in title for title in planned)  # reads as before

        anonymise(db, [gone.id])
        assert verify_chain(db).intact
        soren_is_gone(db, tmp_path)
    finally:
        db.close()
