"""`offboard due` and `offboard calendar` as cron jobs and calendar programs use them: what is
listed, the exit status, and an .ics file a real iCalendar parser reads, with stable UIDs."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest
from icalendar import Calendar

import accountregistry.cli
from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.offboarding import case_items, complete_item, start_offboarding
from accountregistry.services.organisation import get_settings
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role
from accountregistry.store.schema import opened

TODAY = date.today()


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


@pytest.fixture
def cases(db):
    """Ingrid leaves in 20 days (nothing overdue); Kari left 10 days ago and her items are late."""
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    kari = add_person(db, PersonInput(name="Kari Holm", work_email="kari@nordlys.no"))
    add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no", department="HR"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    for person in (ingrid, kari):
        grant_role(db, account_id=page.id, person_id=person.id, role=Role.admin, granted_on=date(2024, 5, 1))
    ingrid_case = start_offboarding(db, person_id=ingrid.id, last_working_day=TODAY + timedelta(days=20))
    kari_case = start_offboarding(db, person_id=kari.id, last_working_day=TODAY - timedelta(days=10))
    return {"ingrid": ingrid_case, "kari": kari_case}


@pytest.fixture
def other_registry(engine, tmp_path, request):
    """A second registry, made new (a copy of the test's would share its id): (database, location)."""
    location = str(tmp_path / "other.sqlite3") if engine == "sqlite" else request.getfixturevalue("server_database")()
    with opened(location) as other:
        yield other, location


def test_due_lists_open_items_overdue_first_and_fails_on_overdue(db, db_location, cases, capsys):
    assert run("--db", db_location, "offboard", "due", "--format", "json") == 0
    listed = json.loads(capsys.readouterr().out)
    open_items = [i for c in cases.values() for i in case_items(db, c.id) if i.status.value == "open"]
    assert sorted(row["item_id"] for row in listed) == sorted(i.id for i in open_items)
    overdue = [row for row in listed if row["days_overdue"] > 0]
    assert overdue and listed[:len(overdue)] == overdue  # overdue first
    assert {row["leaver"] for row in overdue} == {"Kari Holm"}
    assert [row["due_on"] for row in listed] == sorted(row["due_on"] for row in listed)

    assert run("--db", db_location, "offboard", "due", "--fail-on-overdue") == 3
    captured = capsys.readouterr()
    assert "OVERDUE" in captured.out and f"overdue items: {len(overdue)}" in captured.err


def test_due_within_and_assignee_narrow_the_list(db, db_location, cases, capsys):
    assert run("--db", db_location, "offboard", "due", "--within", "3", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert all(date.fromisoformat(r["due_on"]) <= TODAY + timedelta(days=3) for r in rows)

    functions = {i.assignee.function for c in cases.values() for i in case_items(db, c.id)} - {"leaver", "successor"}
    function = sorted(functions)[0]
    assert run("--db", db_location, "offboard", "due", "--assignee", function.upper(), "--format", "json") == 0
    mine = json.loads(capsys.readouterr().out)
    assert mine and {row["assignee"] for row in mine} == {function}
    assert run("--db", db_location, "offboard", "due", "--assignee", "INGRID@nordlys.no", "--format", "json") == 0
    hers = json.loads(capsys.readouterr().out)
    assert hers and {row["assignee"] for row in hers} == {"Ingrid Berg (leaver)"}

    assert run("--db", db_location, "offboard", "due", "--within", "-1") == 1
    err = capsys.readouterr().err
    assert err.startswith("accountregistry: Within (days) ") and err.count("Within (days)") == 1  # by its name, once


def test_nothing_due_is_said_and_passes(db_location, db, capsys):
    assert run("--db", db_location, "offboard", "due", "--fail-on-overdue") == 0
    assert capsys.readouterr().out == "Nothing is due.\n"


def test_the_calendar_parses_and_keeps_its_uids(db, db_location, cases, tmp_path, capsys):
    target = tmp_path / "ingrid.ics"
    assert run("--db", db_location, "offboard", "calendar", "--person", "ingrid@nordlys.no", "-o", target) == 0
    parsed = Calendar.from_ical(target.read_bytes())
    events = parsed.walk("VEVENT")
    items = {i.id: i for i in case_items(db, cases["ingrid"].id) if i.status.value == "open"}
    assert len(events) == len(items)
    by_uid = {str(event["UID"]): event for event in events}
    assert len(by_uid) == len(events)  # one UID per item
    registry = get_settings(db).registry_id
    for item_id, item in items.items():
        event = by_uid[f"checklist-item-{item_id}.{registry}@dk.accountregistry.AccountRegistry"]
        assert event.decoded("DTSTART") == item.due_on  # an all-day event: a date, not a time
        assert event.decoded("DTEND") == item.due_on + timedelta(days=1)
        assert str(event["SUMMARY"]) == item.title
        description = str(event["DESCRIPTION"])
        assert item.assignee.english in description and (TODAY + timedelta(days=20)).isoformat() in description

    # Done items drop out; the others come back with the same UIDs, so a calendar updates them.
    done = next(item_id for item_id, item in items.items() if not item.is_handover)
    complete_item(db, done)
    again = tmp_path / "again.ics"
    assert run("--db", db_location, "offboard", "calendar", "--person", "ingrid@nordlys.no", "-o", again) == 0
    uids_again = {str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert uids_again == set(by_uid) - {f"checklist-item-{done}.{registry}@dk.accountregistry.AccountRegistry"}


def test_two_registries_give_their_item_1_different_uids_each_kept_at_every_export(db, db_location, cases,
                                                                                   other_registry, tmp_path):
    """Two registries' calendars imported into one calendar program stay apart: each item's
    UID is its registry's own, and the same at each export of that registry."""
    def uids(location, name: str) -> set[str]:
        target = tmp_path / name
        assert run("--db", location, "offboard", "calendar", "--person", "ingrid@nordlys.no", "-o", target) == 0
        return {str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}

    other_db, other_location = other_registry
    ingrid = add_person(other_db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    start_offboarding(other_db, person_id=ingrid.id, last_working_day=TODAY + timedelta(days=20))
    mine, theirs = uids(db_location, "mine.ics"), uids(other_location, "theirs.ics")
    assert {i.id for i in case_items(db, cases["ingrid"].id)} & {i.id for i in case_items(other_db, 1)}  # same ids
    assert mine and theirs and not mine & theirs
    assert uids(db_location, "mine-again.ics") == mine
    assert uids(other_location, "theirs-again.ics") == theirs


def test_a_calendar_into_a_missing_folder_is_refused(db_location, cases, tmp_path, capsys):
    assert run("--db", db_location, "offboard", "calendar", "--person", "ingrid@nordlys.no", "-o",
               tmp_path / "nowhere" / "x.ics") == 1
    assert "does not exist" in capsys.readouterr().err


def test_an_internal_move_from_the_command_line_keeps_the_person_employed(db, db_location, capsys):
    from accountregistry.services.people import find_by_email

    add_person(db, PersonInput(name="Sara Lind", work_email="sara@nordlys.no"))
    assert run("--db", db_location, "offboard", "start", "--person", "sara@nordlys.no", "--last-day",
               (TODAY + timedelta(days=14)).isoformat(), "--internal-move") == 0
    assert find_by_email(db, "sara@nordlys.no").employment_status.value == "employed"
    assert "internal move" in capsys.readouterr().out
    assert run("--db", db_location, "offboard", "show", "--person", "sara@nordlys.no") == 0
    assert capsys.readouterr().out.startswith("Internal move ")


FORMULA = '=HYPERLINK("http://evil.example","Klik")'


def test_csv_to_stdout_neutralises_a_formula_named_leaver_and_reads_back(db, db_location, capsys):
    from accountregistry.services.ownership_report import restore

    leaver = add_person(db, PersonInput(name=FORMULA, work_email="formel@nordlys.no"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    grant_role(db, account_id=page.id, person_id=leaver.id, role=Role.admin, granted_on=date(2024, 5, 1))
    start_offboarding(db, person_id=leaver.id, last_working_day=TODAY + timedelta(days=5))

    assert run("--db", db_location, "offboard", "due", "--within", "60", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["leaver"] for r in rows} == {"'" + FORMULA}
    assert not any(cell.startswith(("=", "+", "@")) for r in rows for cell in r.values())
    assert {restore(r["leaver"]) for r in rows} == {FORMULA}
    assert run("--db", db_location, "offboard", "due", "--within", "60", "--format", "json") == 0
    assert {r["leaver"] for r in json.loads(capsys.readouterr().out)} == {FORMULA}  # JSON stays raw


def test_due_in_danish_names_each_account_as_offboard_show_does(db, db_location, cases):
    """The table is said in the user's language, accounts too (csv and json stay English)."""
    import os
    import subprocess
    import sys

    def danish(*args):
        result = subprocess.run([sys.executable, "-m", "accountregistry", "--db", db_location, *args],
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "ACCOUNTREGISTRY_LANGUAGE": "da"})
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    shown = danish("offboard", "show", "--person", "kari@nordlys.no")
    english = {i.account_name for i in due_items_of(db)} - {"General"}
    danish_names = {line for line in shown if not line.startswith((" ", "#")) and "linkedin" in line.casefold()}
    assert danish_names and not danish_names & english  # the header differs from the English label
    due = [line for line in danish("offboard", "due", "--within", "60") if line.startswith("#")]
    page_lines = [line for line in due if "linkedin" in line.casefold()]  # titles are stored in English
    assert page_lines and all(any(f"({name};" in line for name in danish_names) for line in page_lines)
    assert not any(f"({name};" in line for name in english for line in due)


def due_items_of(db):
    from accountregistry.services.due_items import due_items

    return due_items(db, within_days=60)


def test_due_takes_an_assignee_as_any_of_the_four_languages_says_it(db, db_location, capsys):
    """`--assignee` takes a team by its stored word or by its label in English, Danish, Swedish or
    bokmål, and a leaver by their label in any of them, whatever the command's own language
    (closing note 8: "Kommunikation" found nothing)."""
    from accountregistry.domain.checklist import CONTEXT
    from accountregistry.language import TRANSLATED, context_catalogue

    from leaver_accounts import ingrid_and_successor

    org = ingrid_and_successor(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    case = start_offboarding(db, person_id=org.ingrid.id, last_working_day=TODAY + timedelta(days=20))
    items = case_items(db, case.id)
    communications = sorted(i.id for i in items if i.assignee.function == "Communications")
    ingrids = sorted(i.id for i in items if i.assignee.function == "leaver")
    assert communications and ingrids
    wanted = [("Communications", communications), ("communications", communications),
              ("Ingrid Berg (leaver)", ingrids)]
    for code in TRANSLATED:
        said = context_catalogue(code, CONTEXT)
        wanted += [(said[(CONTEXT, "Communications")], communications),
                   (said[(CONTEXT, "{name} (leaver)")].format(name="Ingrid Berg"), ingrids)]
    assert ("Kommunikation", communications) in wanted  # the Danish label itself
    for language in ("en", "da"):
        for text, expected in wanted:
            assert run("--lang", language, "--db", db_location, "offboard", "due", "--assignee", text,
                       "--format", "json") == 0
            assert sorted(row["item_id"] for row in json.loads(capsys.readouterr().out)) == expected, (language, text)
