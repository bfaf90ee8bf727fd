"""The audit trail is tamper-evident (issue 18, finding 2): every event is chained to the one
before it by hashes; the database refuses REPLACE, UPSERT and inserts out of the chain; a
dropped or altered trigger is noticed at open; `audit verify` names the first event that does
not fit; `audit export` writes the trail so that an auditor checks it with the README's script.
Tampering is done as another program would: plain SQL on the same database, on both engines
(on PostgreSQL as the tables' owner, who alone may switch a trigger off)."""

from __future__ import annotations

import json
from datetime import date
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from engine_support import execute, file_rows, location, rows, upgraded

from accountregistry.domain.errors import StoreError, ValidationError
from accountregistry.domain.vocabulary import EmploymentStatus, Kind
from accountregistry.services import audit
from accountregistry.services.accounts import AccountInput, register_account, update_account
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.retention import anonymise
from accountregistry.store.audit_protection import CHAIN_START, SQLITE_TRIGGERS
from accountregistry.store.schema import open_database

README = Path(__file__).parents[2] / "README.md"


def run(*args):
    return subprocess.run([sys.executable, "-m", "accountregistry", *map(str, args)], capture_output=True,
                          text=True)


@pytest.fixture
def trail(db):
    """A registry with a few dozen events."""
    person = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk"))
    for number in range(8):
        account = register_account(db, AccountInput(platform="x", handle=f"nordlys_{number}",
                                                    display_name="Nordlys Ø"))
        update_account(db, account.id, AccountInput(platform="x", handle=f"nordlys_{number}",
                                                    display_name=f"Nordlys {number}", notes="“quoted” ✓"))
    update_person(db, person.id, PersonInput(name="Ingrid Berg", title="Head of Sales"))
    return db


def behind_the_triggers(db, *statements, trigger="audit_event_no_update"):
    """Another program changes events with the protecting trigger out of the way, then puts it
    back as it was (SQLite: dropped and re-created; PostgreSQL: disabled by the owner)."""
    if db.is_sqlite:
        execute(db, f"DROP TRIGGER {trigger}", *statements, SQLITE_TRIGGERS[trigger])
    else:
        execute(db, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only", *statements,
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")


def test_every_change_continues_the_chain(trail):
    report = audit.verify_chain(trail)
    chain = rows(trail, "SELECT id, previous_hash, hash FROM audit_event ORDER BY id")
    assert report.intact and report.events == len(chain) == 18
    assert chain[0][1] == CHAIN_START
    assert all(later[1] == earlier[2] for earlier, later in zip(chain, chain[1:]))
    assert report.head == chain[-1][2]


def test_a_transaction_of_many_changes_chains_them_in_order(db):
    fill_with_sample_organisation(db)
    report = audit.verify_chain(db)
    assert report.intact and report.events > 400


def test_the_first_releases_registry_is_chained_when_upgraded(old_registry):
    events = "SELECT id, at, actor, entity, entity_id, action, account_id FROM audit_event ORDER BY id"
    before = file_rows(old_registry, events)
    with upgraded(old_registry) as db:
        report = audit.verify_chain(db)
        after = rows(db, events)
        assert report.intact and report.events == len(after) >= len(before) > 100
        # chained, not reordered (step 0002 adds events of its own, 0005 moves personal values apart)
        assert after[:len(before)] == before
        add_person(db, PersonInput(name="Kari Holm"))  # and the chain goes on from there
        assert audit.verify_chain(db).events == len(after) + 1


SQLITE_REWRITES = {
    "INSERT OR REPLACE": "INSERT OR REPLACE INTO audit_event (id, at, actor, entity, entity_id, action, "
                         "previous_hash, hash) SELECT 3, at, 'someone else', entity, entity_id, action, "
                         "(SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), hash FROM audit_event WHERE id = 3",
    "REPLACE INTO … SELECT": "REPLACE INTO audit_event SELECT id, at, 'someone else', entity, entity_id, action, "
                             "account_id, old_values, new_values, previous_hash, hash FROM audit_event WHERE id = 3",
    "UPSERT": "INSERT INTO audit_event (id, at, actor, entity, entity_id, action, previous_hash, hash) "
              "SELECT 3, at, actor, entity, entity_id, action, (SELECT hash FROM audit_event ORDER BY id DESC "
              "LIMIT 1), hash FROM audit_event WHERE id = 3 ON CONFLICT (id) DO UPDATE SET actor = 'someone else'",
    "an insert out of the chain": "INSERT INTO audit_event (at, actor, entity, entity_id, action, previous_hash, "
                                  f"hash) VALUES ('2026-01-01', 'someone', 'person', 1, 'add', '{CHAIN_START}', "
                                  f"'{'f' * 64}')",
}


POSTGRESQL_REWRITES = {
    "UPSERT": SQLITE_REWRITES["UPSERT"],
    "an insert out of the chain": SQLITE_REWRITES["an insert out of the chain"],
    "TRUNCATE": "TRUNCATE audit_event",
}


@pytest.mark.parametrize("rewrite", sorted(set(SQLITE_REWRITES) | set(POSTGRESQL_REWRITES)))
def test_the_database_refuses_to_rewrite_an_event(trail, rewrite):
    # Before: REPLACE deleted and re-inserted event 3 without firing the DELETE trigger; on
    # PostgreSQL TRUNCATE emptied the trail.
    statement = (SQLITE_REWRITES if trail.is_sqlite else POSTGRESQL_REWRITES).get(rewrite)
    if statement is None:
        pytest.skip(f"{rewrite} is not a statement of this engine")
    before = rows(trail, "SELECT * FROM audit_event ORDER BY id")
    with pytest.raises(sa.exc.IntegrityError):
        execute(trail, statement)
    assert rows(trail, "SELECT * FROM audit_event ORDER BY id") == before


def test_an_event_changed_behind_the_triggers_is_named(trail):
    behind_the_triggers(trail, "UPDATE audit_event SET actor = 'someone else' WHERE id = 5")
    report = audit.verify_chain(trail)
    assert not report.intact and report.unprotected == ()
    assert (report.broken.event_id, report.broken.problem, report.events) == (5, "altered", 4)
    assert report.broken.actor == "someone else"

    result = run("--db", location(trail), "audit", "verify")
    assert result.returncode == 1 and result.stdout == ""
    assert re.search(r"\b5\b", result.stderr) and len(result.stderr.splitlines()) == 1


def test_a_removed_event_is_noticed_at_the_next_one(trail):
    behind_the_triggers(trail, "DELETE FROM audit_event WHERE id = 5", trigger="audit_event_no_delete")
    broken = audit.verify_chain(trail).broken
    assert (broken.event_id, broken.problem) == (6, "out_of_chain")


@pytest.mark.parametrize("change", ["dropped", "made harmless"])
def test_a_registry_whose_trail_lost_a_trigger_is_refused_at_open(trail, change):
    if trail.is_sqlite:
        trigger = "audit_event_no_replace"
        statements = [f"DROP TRIGGER {trigger}"]
        if change == "made harmless":
            statements.append(f"CREATE TRIGGER {trigger} BEFORE INSERT ON audit_event WHEN 0 BEGIN SELECT 1; END")
    else:
        trigger = "audit_event_no_truncate"
        statements = [f"DROP TRIGGER {trigger} ON audit_event" if change == "dropped"
                      else f"ALTER TABLE audit_event DISABLE TRIGGER {trigger}"]
    execute(trail, *statements)
    with pytest.raises(StoreError) as refused:
        open_database(location(trail))
    assert refused.value.code == "audit_unprotected"
    assert list(refused.value.params["triggers"]) == [trigger]
    report = audit.verify_chain(trail)
    assert report.unprotected == (trigger,) and report.broken is None

    result = run("--db", location(trail), "risks")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert trigger in result.stderr


@pytest.mark.sqlite_only  # the actor is checked before any database is opened; a server names its login
@pytest.mark.parametrize("actor, code", [("x" * 201, "actor_too_long"), ("hr.admin\nforged line", "actor_unprintable"),
                                         ("hr\u202eadmin", "actor_unprintable"), ("hr\x00", "actor_unprintable")])
def test_an_actor_the_trail_cannot_hold_as_one_plain_line_is_refused(db_path, actor, code, monkeypatch):
    with pytest.raises(ValidationError) as refused:
        open_database(db_path, actor=actor)
    assert refused.value.codes == {"actor": code}
    assert not db_path.exists()

    monkeypatch.setenv("ACCOUNTREGISTRY_ACTOR", actor.replace("\x00", "\x01"))
    result = run("--db", db_path, "demo")
    # Before: a 91-line traceback that printed SQL parameters.
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and "INSERT" not in result.stderr


@pytest.mark.sqlite_only  # on a server the actor is the login (migration 0007), whatever the program says
def test_an_actor_of_two_hundred_characters_is_fine(db_path):
    db = open_database(db_path, actor="å" * 200)
    add_person(db, PersonInput(name="Ingrid Berg"))
    assert audit.verify_chain(db).intact
    db.close()


def readme_check_script() -> str:
    section = README.read_text(encoding="utf-8").split("## Checking the audit trail outside the app", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_an_auditor_checks_the_export_with_the_readmes_script(trail, tmp_path):
    exported = tmp_path / "trail.jsonl"
    result = run("--db", location(trail), "audit", "export", "-o", exported)
    assert result.returncode == 0, result.stderr
    assert str(exported) in result.stdout
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 18 and json.loads(lines[-1])["hash"] == audit.verify_chain(trail).head
    script = tmp_path / "check_trail.py"
    script.write_text(readme_check_script(), encoding="utf-8")

    checked = subprocess.run([sys.executable, str(script), str(exported)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert audit.verify_chain(trail).head in checked.stdout

    forged = json.loads(lines[6])
    forged["actor"] = "someone else"
    lines[6] = json.dumps(forged, ensure_ascii=False)
    exported.write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked = subprocess.run([sys.executable, str(script), str(exported)], capture_output=True, text=True)
    assert checked.returncode == 1 and "line 7" in checked.stderr


def test_an_export_never_overwrites_half_way(trail, tmp_path):
    exported = tmp_path / "trail.jsonl"
    exported.write_text("the previous export\n")
    audit.export_trail(trail, exported)
    assert len(exported.read_text(encoding="utf-8").splitlines()) == 18
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_chaining_an_event_does_not_write_the_changed_record_twice(db):
    # Reading the chain's head must not flush the record the service is still changing: its
    # version would step twice for one change.
    account = register_account(db, AccountInput(platform="x", handle="nordlys"))
    updated = update_account(db, account.id, AccountInput(platform="x", handle="nordlys", display_name="Nordlys"))
    assert (account.version, updated.version) == (1, 2)


def test_anonymising_a_person_leaves_the_chain_intact(db):
    # Privacy's erasure removes the person's values from personal_value; the events keep only
    # references to them, so no hashed value changes (services/audit.py's docstring).
    gone = add_person(db, PersonInput(name="Søren Østergaard", work_email="soren@nordlys.dk", title="Sales lead"))
    own = register_account(db, AccountInput(url="https://www.linkedin.com/in/soren-ostergaard/", kind=Kind.personal,
                                            holder_id=gone.id, login_email="soren.private@gmail.com",
                                            notes="Søren's own page"))
    update_account(db, own.id, AccountInput(url="https://www.linkedin.com/in/soren-ostergaard/", kind=Kind.personal,
                                            holder_id=gone.id, display_name="Søren Ø."))
    company = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                                login_email="soren@nordlys.dk"))
    update_person(db, gone.id, PersonInput(name="Søren Østergaard", work_email="soren@nordlys.dk",
                                           employment_status=EmploymentStatus.left, last_working_day=date(2020, 1, 31)))
    before = audit.verify_chain(db)
    assert before.intact

    anonymise(db, [gone.id])

    after = audit.verify_chain(db)
    assert after.intact and after.events > before.events
    trail = repr(rows(db, "SELECT * FROM audit_event")) + repr(rows(db, "SELECT * FROM personal_value"))
    assert "Søren" not in trail and "soren" not in trail
    assert company.id  # its login email named the person: erased from it, audited, still chained
    result = run("--db", location(db), "audit", "verify")
    assert result.returncode == 0, result.stderr


def test_events_recorded_in_bulk_hash_as_one_by_one(db):
    # record_many/record_kept_apart assemble the canonical text from each value's JSON in one
    # pass (the chain benchmark); verify_chain recomputes it the plain way from what was stored.
    awkward = [audit.Event("account", 1, 1, None, {"display_name": "Nordlys “Ø” \\ \"q\" \u2028 ✓", "n": 1.5}),
               audit.Event("account", 2, None, {"tags": ["a", "b"], "nested": {"z": 1, "a": None}}, {"tags": []}),
               audit.Event("organisation", 3, None, {}, {"retention_months": 12}),
               audit.Event("role", 4, 2, {10: "ten", 9: "nine"}, None)]
    with db.transaction() as session:
        audit.record(session, actor=db.actor, entity="person", entity_id=9, action="add")
        audit.record_many(session, actor=db.actor, action="import", events=awkward)
        audit.record(session, actor=db.actor, entity="person", entity_id=9, action="update", new={"title": "x"})
    report = audit.verify_chain(db)
    assert report.intact and report.events == 6
    stored = rows(db, "SELECT entity_id, old_values, new_values FROM audit_event WHERE action = 'import' ORDER BY id")
    as_read = [(entity_id, *(json.loads(v) if isinstance(v, str) else v for v in values))
               for entity_id, *values in stored]
    assert as_read == [(1, None, awkward[0].new), (2, awkward[1].old, awkward[1].new),
                       (3, None, {"retention_months": 12}), (4, {"10": "ten", "9": "nine"}, None)]
