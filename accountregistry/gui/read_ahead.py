"""Every account's risks, read at opening beside the accounts table's first read.

The dashboard's numbers wait for the rows' risks, the longest read of the start. Read after the
table (as every other read, once it is painted), they came about a second after it at 100,000
accounts; read from the moment the registry is open, on a thread and a connection of their own,
the database does that work on the core the first read leaves free (services.account_list.
read_risk_groups: grouped by the database, so that its work is one step without Python's lock).
Imported before the views' modules, so that it starts before they are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from accountregistry.gui.tasks import task_manager
from accountregistry.services.account_list import RiskGroups, read_risk_groups
from accountregistry.store.database import Database
from accountregistry.store.early_read import EarlyRead


def read_risks_ahead(db: Database, early: EarlyRead | None = None) -> Future:
    """Every account's risks (read_risk_groups), read from now on at a lower priority (on a busy
    machine the first read, which the user sees first, goes before them: TaskManager.start_lower):
    the accounts view's RISKS read only waits for them (AccountsView.show_read's `risks_ahead`).
    Their rows may have been read `early`, as the opening began (store/early_read.py)."""
    if early is not None and early.is_for(db.path):  # read early: checked and decoded when asked for
        return _WhenAsked(lambda: read_risk_groups(db, early=early))
    ahead: Future = Future()

    def read() -> None:
        try:
            ahead.set_result(read_risk_groups(db, early=early))  # (which keeps its statement for the next start)
        except BaseException as error:  # noqa: BLE001 - handed to whoever waits for it
            ahead.set_exception(error)

    task_manager().start_lower(read)
    return ahead


class _WhenAsked(Future):
    """The risks read early (store/early_read.py), checked and decoded by the read that asks for
    them once the rows are shown: beside the first read, that Python took the first read's turns."""

    def __init__(self, read: Callable[[], RiskGroups]):
        super().__init__()
        self.read = read

    def result(self, timeout: float | None = None) -> RiskGroups:
        if not self.done():  # read once, by the first that asks
            try:
                self.set_result(self.read())
            except BaseException as error:  # noqa: BLE001 - handed to whoever asks
                self.set_exception(error)
        return super().result()
