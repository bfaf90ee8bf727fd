"""Every account's risks, read at opening beside the accounts table's first read.

The dashboard's numbers wait for the rows' risks, the longest read of the start. Read after the
table (as every other read, once it is painted), they came about a second after it at 100,000
accounts; read from the moment the registry is open, on a thread and a connection of their own,
the database does that work on the core the first read leaves free (services.account_list.
read_risk_groups: grouped by the database, so that its work is one step without Python's lock).
Qt-free, and imported before the views' modules, so that it starts before they are imported.
"""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import Future

from accountregistry.services.account_list import read_risk_groups
from accountregistry.store.database import Database

# How much less than the window's other threads the risks read ahead asks of the processor (a
# nice value, Linux): with a core to spare it runs there at full speed; on a busy machine it
# waits for the first read, which is what the user sees first (at load 5 on two cores, the
# first read took 2.4-3.8 s beside it at nice 5, 3.8-5.2 s at the same priority, 1.4-1.8 s alone).
AHEAD_NICENESS = 5


def read_risks_ahead(db: Database) -> Future:
    """Every account's risks (read_risk_groups), read from now on: the accounts view's RISKS read
    only waits for them (AccountsView.show_read's `risks_ahead`). A thread of its own, not the
    window's pool's: a pool thread would keep the lower priority for whatever it runs next."""
    ahead: Future = Future()

    def read() -> None:
        if sys.platform.startswith("linux"):
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), AHEAD_NICENESS)
            except OSError:
                pass  # not allowed here (a sandbox): read at the usual priority, never not at all
        if ahead.set_running_or_notify_cancel():
            try:
                ahead.set_result(read_risk_groups(db))
            except BaseException as error:  # noqa: BLE001 - handed to whoever waits for it
                ahead.set_exception(error)

    thread = threading.Thread(target=read, name="risks ahead", daemon=True)
    _reading_ahead.append(thread)
    thread.start()
    return ahead


_reading_ahead: list[threading.Thread] = []


def wait_for_reads_ahead() -> None:
    """Until every read_risks_ahead has ended (before the database is closed)."""
    while _reading_ahead:
        _reading_ahead.pop().join()
