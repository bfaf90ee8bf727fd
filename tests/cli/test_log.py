"""A log a person can send (issue 18, finding 9: no log file was ever written): the command line
and the window write a rotating log in the user's log folder, readable by the user only, that
holds what was done and refused, by code, and never a name, an email address, a handle or a
secret, not even inside a bug's traceback. And a command whose reader goes away
(`accountregistry risks | head`) ends quietly, not in a BrokenPipe traceback."""

from __future__ import annotations

import logging
import os
import stat
from datetime import date, timedelta
import subprocess
import sys

import pytest
import sqlalchemy as sa

from accountregistry.logging_setup import configure_logging, log_file, stop_logging
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.schema import open_database

MARKER = "Zyxwq"  # in every name, address and handle below; never in the log
LAST_DAY = (date.today() + timedelta(days=30)).isoformat()


def run(*args):
    return subprocess.run([sys.executable, "-m", "accountregistry", *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def marked_registry(db_path):
    db = open_database(db_path)
    leaver = add_person(db, PersonInput(name=f"Ingrid {MARKER}", work_email=f"ingrid.{MARKER.lower()}@nordlys.dk"))
    register_account(db, AccountInput(platform="x", handle=f"nordlys_{MARKER}", display_name=f"Nordlys {MARKER}",
                                      holder_id=leaver.id, kind="employee_role", notes=f"{MARKER} notes"))
    db.close()
    return db_path


def test_commands_write_a_private_log_without_personal_data(marked_registry, tmp_path):
    commands = [["risks"], ["export", "-o", tmp_path / "report.csv"],
                ["offboard", "start", "--person", f"ingrid.{MARKER.lower()}@nordlys.dk", "--last-day", LAST_DAY],
                ["offboard", "start", "--person", f"nobody.{MARKER.lower()}@nordlys.dk", "--last-day", LAST_DAY],
                ["review", "mark", f"https://x.com/nordlys_{MARKER}"]]
    results = [run("--db", marked_registry, *command) for command in commands]
    assert [result.returncode for result in results] == [0, 0, 0, 1, 0], [r.stderr for r in results]

    path = log_file()
    text = path.read_text(encoding="utf-8")
    assert MARKER.lower() not in text.lower()
    assert text.count("Command ") >= len(commands) and "refused" in text  # what was done, and the refusal
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0


def test_a_bugs_traceback_is_logged_without_its_message(marked_registry):
    path = configure_logging()
    try:
        try:
            try:
                raise sa.exc.IntegrityError("INSERT INTO person (name) VALUES (?)", (f"Ingrid {MARKER}",),
                                            Exception(f"UNIQUE constraint failed: {MARKER}"))
            except sa.exc.IntegrityError as error:
                raise RuntimeError(f"could not save {MARKER}") from error
        except RuntimeError:
            logging.getLogger("accountregistry.test").exception("Something failed.")
    finally:
        stop_logging()
    text = path.read_text(encoding="utf-8")
    assert MARKER not in text
    assert "sqlalchemy.exc.IntegrityError" in text and "builtins.RuntimeError" in text
    assert "test_log.py" in text  # where it happened


# The window as a person starts it, in its own process (in this one, it would leave the
# application's language, style and worker threads to the tests after it), closed after half a
# second.
WINDOW_FOR_HALF_A_SECOND = """
import sys
from PySide6.QtCore import QTimer
from accountregistry.gui import app
application = app.create_application()
QTimer.singleShot(500, application.quit)
sys.exit(app.run_window(sys.argv[1]))
"""


def test_the_window_writes_the_log(marked_registry):
    window = subprocess.run([sys.executable, "-c", WINDOW_FOR_HALF_A_SECOND, str(marked_registry)],
                            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert window.returncode == 0, window.stderr
    text = log_file().read_text(encoding="utf-8")
    assert "Window started" in text and MARKER not in text


def test_a_reader_that_goes_away_ends_the_command_quietly(marked_registry):
    # `accountregistry risks | head -1`, with the reader gone before the first line is written.
    process = subprocess.Popen([sys.executable, "-m", "accountregistry", "--db", str(marked_registry), "risks"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.close()
    errors = process.stderr.read()
    process.stderr.close()
    assert process.wait() in (0, 1)
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors
