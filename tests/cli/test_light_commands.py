"""The light commands (`settings show`, `offboard show`) read in SQL on a plain connection: they
never load SQLModel, pydantic, SQLAlchemy's ORM or the models, which cost most of their start
(issue 16: within 2x `python -c "import sqlalchemy"`), and they refuse what they refused before.

Each runs as its own process, as a script runs it; what it loaded is looked at when it ends.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

import engine_support
from test_cli import refusal

HEAVY = ("sqlmodel", "pydantic", "pydantic_core", "sqlalchemy.orm", "accountregistry.store.models")

PROBE = """
import sys
from accountregistry.cli import main
status = main(sys.argv[1:])
heavy = {heavy!r}
print("loaded:", status, *sorted(name for name in sys.modules if name.partition(".")[0] in heavy or name in heavy
                                 or name.startswith(tuple(h + "." for h in heavy))))
"""


def light(*args) -> tuple[int, list[str], list[str], str]:
    """Run a command the way a script does; (its exit status, what it printed before the probe's
    line, the heavy modules loaded when it ended, what it said on stderr)."""
    result = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *map(str, args)],
                            capture_output=True, text=True, timeout=120)
    *printed, last = result.stdout.splitlines()
    word, status, *loaded = last.split()
    assert word == "loaded:", result.stdout + result.stderr
    return int(status), printed, loaded, result.stderr


def test_settings_show_loads_no_orm_and_prints_what_it_printed(db, db_location, capsys):
    import accountregistry.cli

    assert accountregistry.cli.main(["--db", db_location, "settings", "set", "--name", "Acme A/S", "--domains",
                                     "acme.dk", "--holidays", "DK", "--closing-days", "24.12, 2027-05-07"]) == 0
    capsys.readouterr()
    for words in (["settings", "show"], ["settings", "show", "--format", "json"],
                  ["--lang", "da", "settings", "show"]):
        status, printed, loaded, said = light("--db", db_location, *words)
        assert (status, loaded, said) == (0, [], "")
        # The same lines as the command gives in a process that has the models loaded.
        assert accountregistry.cli.main(["--db", db_location, *words]) == 0
        assert printed == capsys.readouterr().out.splitlines()


def test_settings_show_refuses_what_is_not_a_registry_it_can_read(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    status, printed, loaded, said = light("--db", missing, "settings", "show")
    assert (status, printed, loaded) == (1, [], [])
    assert said.strip() == refusal("database_missing", path=missing)
    assert not missing.exists()

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    status, printed, loaded, said = light("--db", other, "settings", "show")
    assert (status, loaded, said.strip()) == (1, [], refusal("foreign_database", path=other))


def test_settings_show_refuses_a_registry_of_a_newer_schema(db, db_location):
    engine_support.execute(db, "UPDATE alembic_version SET version_num = '9999'")
    status, printed, loaded, said = light("--db", db_location, "settings", "show")
    assert (status, printed, loaded) == (1, [], [])
    assert said.strip() == refusal("newer_schema", where=db.describe(), revision="9999")


@pytest.mark.postgresql_only
def test_settings_show_refuses_a_server_database_that_is_not_a_registry(engine, server_database):
    location = server_database()  # an empty database: no registry made by a command that reads
    status, printed, loaded, said = light("--db", location, "settings", "show")
    assert (status, printed, loaded) == (1, [], [])
    where = engine_support.sa.make_url(location).render_as_string(hide_password=True)
    assert said.strip() == refusal("server_no_registry", where=where)


@pytest.fixture
def leaving(db, db_location, capsys):
    """The sample organisation with one offboarding started: (its leaver's email, a person
    without a case)."""
    import accountregistry.cli

    engine_support.fill_with_sample_organisation(db)
    leaver, other = engine_support.rows(db, "SELECT work_email FROM person WHERE employment_status = 'leaving' "
                                            "ORDER BY id LIMIT 1")[0][0], \
        engine_support.rows(db, "SELECT work_email FROM person WHERE employment_status = 'employed' "
                                "ORDER BY id LIMIT 1")[0][0]
    assert accountregistry.cli.main(["--db", db_location, "offboard", "start", "--person", leaver,
                                     "--last-day", "2027-02-04"]) == 0
    capsys.readouterr()
    return leaver, other


def test_offboard_show_loads_no_orm_and_prints_what_it_printed(db, db_location, leaving, capsys):
    import accountregistry.cli

    leaver, _ = leaving
    for words in (["offboard", "show", "--person", leaver], ["--lang", "da", "offboard", "show", "--person", leaver]):
        status, printed, loaded, said = light("--db", db_location, *words)
        assert (status, loaded, said) == (0, [], "")
        assert accountregistry.cli.main(["--db", db_location, *words]) == 0
        assert printed == capsys.readouterr().out.splitlines()
        assert len(printed) > 10


def test_offboard_show_refuses_as_before_without_the_orm(db, db_location, leaving):
    _, without_case = leaving
    name = engine_support.scalar(db, "SELECT name FROM person WHERE work_email = :email", email=without_case)
    for person, code, params in (("nobody@example.com", "person_email_not_found", {"email": "nobody@example.com"}),
                                 ("999999", "person_not_found", {"person_id": 999999}),
                                 (without_case, "no_case", {"name": name})):
        status, printed, loaded, said = light("--db", db_location, "offboard", "show", "--person", person)
        assert (status, printed, loaded) == (1, [], [])
        assert said.strip() == refusal(code, **params)

    # A fresh connection: through the fixture's pooled one, after the commands above, the next
    # process did not see the update on SQLite (the fixture's commands ran in this process too,
    # and SQLite's file locks are per process).
    db.engine.dispose()
    engine_support.execute(db, "UPDATE alembic_version SET version_num = '9999'")
    status, printed, loaded, said = light("--db", db_location, "offboard", "show", "--person", leaving[0])
    assert (status, loaded, said.strip()) == (1, [], refusal("newer_schema", where=db.describe(), revision="9999"))
