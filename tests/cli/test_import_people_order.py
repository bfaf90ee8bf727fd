"""An import gives the people it creates the same ids every time it is run on the same file:
in the order the file names them, not in an order that changes from run to run (a set's order
follows Python's hash seed, which differs in every process)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

SEEDS = ("1", "2", "3", "4", "5")


def people_created(tmp_path, seed: str) -> list[str]:
    registry = tmp_path / f"registry-{seed}.sqlite3"
    done = subprocess.run([sys.executable, "-m", "accountregistry", "--db", str(registry), "import",
                           str(tmp_path / "accounts.csv")], capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": seed})
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(registry) as connection:
        return [email for (email,) in connection.execute("SELECT work_email FROM person ORDER BY id")]


def test_the_people_an_import_creates_get_the_same_ids_in_every_run(tmp_path):
    admins = [f"Person {n} <person{n}@acme.dk> (admin)" for n in range(1, 9)]
    (tmp_path / "accounts.csv").write_text(
        "url;kind;holder_name;holder_email;administrators\r\n"
        f"https://x.com/acme;company;Ann Holm;ann@acme.dk;{' | '.join(admins[:6])}\r\n"
        f"https://x.com/acme_dk;company;Bo Berg;bo@acme.dk;{' | '.join(admins[4:])}\r\n", encoding="utf-8")
    runs = {seed: people_created(tmp_path, seed) for seed in SEEDS}
    first = runs[SEEDS[0]]
    assert sorted(first) == sorted({"ann@acme.dk", "bo@acme.dk", *(f"person{n}@acme.dk" for n in range(1, 9))})
    assert all(run == first for run in runs.values()), runs
    # The first line's people before the second line's.
    assert {first.index("bo@acme.dk"), first.index("person7@acme.dk"), first.index("person8@acme.dk")} == {7, 8, 9}
