"""Many writers at once lose nothing and fail nothing (issue 18, finding 1).

Ten writer processes write through the real services for STRESS_SECONDS (20 unless
$ACCOUNTREGISTRY_STRESS_SECONDS says otherwise), the way people in windows do (read, change,
save with the version read), while thirty `review mark` commands run at the same moment.
Before writers took the write lock when they began, 96% of such writes and 17 of 30 commands
failed with "locked". Now: no failure at all, a lost edit race is the `stale_edit` refusal,
and every counter holds exactly the number of increments its writers saw succeed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlmodel import func, select

from accountregistry.services import audit
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person, get_person
from accountregistry.store.models import Account, AuditEvent, Person

WRITERS = 10
COMMANDS = 30
STRESS_SECONDS = float(os.environ.get("ACCOUNTREGISTRY_STRESS_SECONDS", "20"))
WRITER_SCRIPT = Path(__file__).with_name("stress_writer.py")


def location(db) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def start_writers(db, counters, accounts):
    writers = [subprocess.Popen(
        [sys.executable, str(WRITER_SCRIPT), location(db), str(STRESS_SECONDS), str(seed),
         ",".join(map(str, counters)), ",".join(map(str, accounts))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for seed in range(WRITERS)]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
    for writer in writers:  # all together
        writer.stdin.write("go\n")
        writer.stdin.flush()
    return writers


def review_commands(db, accounts):
    return [subprocess.Popen([sys.executable, "-m", "accountregistry", "--db", location(db), "review", "mark",
                              str(accounts[number % len(accounts)])],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for number in range(COMMANDS)]


def test_ten_writers_and_thirty_commands_at_once_lose_nothing(db):
    counters = [add_person(db, PersonInput(name=f"Counter {n}", title="0")).id for n in range(3)]
    accounts = [register_account(db, AccountInput(platform="x", handle=f"nordlys_{n}")).id for n in range(10)]
    with db.reading() as session:
        events_before = session.exec(select(func.count()).select_from(AuditEvent)).one()

    writers = start_writers(db, counters, accounts)
    commands = review_commands(db, accounts)
    command_results = [(command.returncode, errors) for command in commands
                       for _output, errors in [command.communicate()]]
    tallies = []
    for writer in writers:
        output, errors = writer.communicate()
        assert writer.returncode == 0, errors
        tallies.append(json.loads(output.strip().splitlines()[-1]))

    failures = [failure for tally in tallies for failure in tally["failures"]]
    writes = sum(tally["writes"] for tally in tallies)
    conflicts = sum(tally["conflicts"] for tally in tallies)
    failed_commands = [errors for status, errors in command_results if status != 0]
    print(f"\n{db.engine.dialect.name}: {WRITERS} writers for {STRESS_SECONDS:g} s: {writes} writes "
          f"({writes / STRESS_SECONDS:.0f}/s), {len(failures)} failures, {conflicts} lost edit races "
          f"(stale_edit); {COMMANDS} concurrent review commands: {len(failed_commands)} failed; "
          f"longest write {max(tally['longest'] for tally in tallies):.1f} s")
    assert failures == []
    assert failed_commands == []
    assert writes > 0

    counted = Counter()
    for tally in tallies:
        counted.update({int(person_id): n for person_id, n in tally["counted"].items()})
    # No lost update: every increment a writer saw succeed is in the counter, and no other.
    assert {person_id: int(get_person(db, person_id).title) for person_id in counters} == \
        {person_id: counted[person_id] for person_id in counters}
    with db.reading() as session:
        events_after = session.exec(select(func.count()).select_from(AuditEvent)).one()
        people = session.exec(select(func.count()).select_from(Person)).one()
        reviews = session.exec(select(func.count()).select_from(AuditEvent)
                               .where(AuditEvent.action == "review")).one()
        assert session.exec(select(func.count()).select_from(Account)).one() == len(accounts)
    # Every write and every command left exactly one audit event.
    assert events_after - events_before == writes + COMMANDS
    assert people == len(counters) + sum(tally["people_added"] for tally in tallies)
    assert reviews >= COMMANDS
    # And every event continues the audit trail's hash chain, in order.
    assert audit.verify_chain(db).intact
