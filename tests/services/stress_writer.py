"""One writer process of the concurrency stress test (test_stress_writers.py), run as
`python stress_writer.py DATABASE SECONDS SEED COUNTER_IDS ACCOUNT_IDS`.

It opens the registry, says "ready", waits for a line on standard input (so that every writer
starts together), then writes through the real services until SECONDS have passed, the way a
person in a window does: read a record, change it, save it with the version that was read.
It prints one JSON line: what it wrote, how often it lost an edit race, and every failure.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter

from accountregistry.domain.errors import Conflict
from accountregistry.services.people import PersonInput, add_person, get_person, update_person
from accountregistry.services.reviews import mark_reviewed
from accountregistry.store.schema import open_database


def count_up(db, person_id: int) -> None:
    """Read a counter (the person's title) and save it one higher, refusing a stale copy."""
    person = get_person(db, person_id)
    update_person(db, person_id, PersonInput(name=person.name, title=str(int(person.title) + 1)),
                  expected_version=person.version)


def main(location: str, seconds: float, seed: int, counters: list[int], accounts: list[int]) -> dict:
    db = open_database(location, upgrade=False, create=False)
    print("ready", flush=True)
    sys.stdin.readline()
    chance = random.Random(seed)
    tally = {"writes": 0, "conflicts": 0, "failures": [], "counted": Counter(), "people_added": 0,
             "longest": 0.0}
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        roll = chance.random()
        began = time.monotonic()
        try:
            if roll < 0.6:
                counter = chance.choice(counters)
                count_up(db, counter)
                tally["counted"][counter] += 1
            elif roll < 0.8:
                add_person(db, PersonInput(name=f"Stress {seed}-{tally['writes']}"))
                tally["people_added"] += 1
            else:
                mark_reviewed(db, chance.choice(accounts))
            tally["writes"] += 1
        except Conflict as error:
            if error.code != "stale_edit":
                tally["failures"].append(repr(error))
            tally["conflicts"] += 1
        except Exception as error:  # every other refusal or bug is a failure of the test
            tally["failures"].append(f"{type(error).__name__}: {error}")
        tally["longest"] = max(tally["longest"], time.monotonic() - began)
    db.close()
    return tally


if __name__ == "__main__":
    location, seconds, seed, counters, accounts = sys.argv[1:6]
    result = main(location, float(seconds), int(seed), [int(n) for n in counters.split(",")],
                  [int(n) for n in accounts.split(",")])
    print(json.dumps(result), flush=True)
