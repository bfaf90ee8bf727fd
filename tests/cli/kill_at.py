"""Run the `accountregistry` command and kill it the hard way (SIGKILL: a power cut, `kill -9`,
the out-of-memory killer) just before SQLite executes its Nth statement.

    python kill_at.py N COUNT_FILE ARGS...

N = 0 runs the command to its end. Either way COUNT_FILE receives the number of statements
executed so far, so a test can first count a command's statements and then kill it anywhere
among them. SQLite's trace callback sees every statement, those of executemany and COMMIT
included, whoever issued them.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from accountregistry.cli import main

limit, count_file, arguments = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
executed = 0


def count_and_maybe_die(_statement: str) -> None:
    global executed
    executed += 1
    if executed == limit:
        count_file.write_text(str(executed))
        os.kill(os.getpid(), signal.SIGKILL)


@event.listens_for(sa.engine.Engine, "connect")
def watch(dbapi_connection, _record) -> None:
    if hasattr(dbapi_connection, "set_trace_callback"):
        dbapi_connection.set_trace_callback(count_and_maybe_die)


atexit.register(lambda: count_file.write_text(str(executed)))
sys.exit(main(arguments))
