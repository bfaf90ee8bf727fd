"""What other people changed in the registry since the window last looked.

Every change goes through a service and leaves one event in the append-only audit trail, whose
ids only grow: the events after the last one seen name what changed (an account, a role on it,
its terms, a person, a case, the settings). `ChangeWatcher.look()` is cheap when nothing
changed, so the window can ask every second:

- SQLite: `PRAGMA data_version` on a connection of the watcher's own tells, in microseconds,
  whether any other connection committed since it last asked; only then is the trail read.
- PostgreSQL: the server tells. Each table's trigger (migration 0014) sends NOTIFY on
  `registry_changes` when a change commits; the watcher LISTENs on a connection of its own,
  whose socket (`fileno()`) becomes readable at once, so the window can look then instead of
  asking every second; `changed()` only collects what arrived, without a round trip. If that
  connection is lost (the server restarted) or refused, the watcher says "changed", and the
  look, in the background, listens again before it reads the trail.
- Any other database: the trail's newest id (one look-up in its primary key's index).

`changes_since` (run off the GUI thread) then turns the events into what each view must read
again: the accounts named (a person's change names every account they hold or administer), or
everything when too many changed to merge them one by one.
"""

from __future__ import annotations

import select
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa

from accountregistry.services.risks import id_batches
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, AuditEvent

# What migration 0014's triggers notify on PostgreSQL: one notification per changed table.
CHANNEL = "registry_changes"
# More accounts changed than this and the accounts table is read again whole: merging them one
# by one would take longer (an import, a colleague's review round).
MERGE_AT_MOST = 2000
# Events read at most per look; more means a bulk change: everything is read again.
EVENTS_AT_MOST = 20_000

_PEOPLE = frozenset({"person"})
_OFFBOARDING = frozenset({"offboarding_case", "checklist_item"})
# The risks' domains and review interval; an account import's chunk (services/import_trail.ENTITY:
# its accounts are named as runs of ids, and there are up to 2000 of them).
_EVERYTHING = frozenset({"organisation_settings", "account_import"})


@dataclass(frozen=True)
class Changes:
    """What to read again. `everything`: all of it (the other fields then say nothing more)."""

    last_event: int  # the newest event seen
    accounts: frozenset[int] = frozenset()
    people: bool = False
    offboarding: bool = False
    everything: bool = False
    events: int = 0  # how many events this covers

    @property
    def any(self) -> bool:
        return self.everything or bool(self.accounts) or self.people or self.offboarding


@dataclass
class ChangeWatcher:
    """Says, cheaply, whether anything was committed since the last look; see the module."""

    db: Database
    last_event: int = 0
    _connection: sqlite3.Connection | None = field(default=None, repr=False)
    _version: int | None = field(default=None, repr=False)
    _listener: Any = field(default=None, repr=False)  # PostgreSQL: a psycopg connection that LISTENs
    _closed: bool = field(default=False, repr=False)

    @classmethod
    def from_now(cls, db: Database) -> ChangeWatcher:
        """A watcher that reports what is committed after this moment."""
        watcher = cls(db)
        watcher.changed()  # what is committed from now on changes the count (or is notified)...
        watcher.listen()
        watcher.last_event = latest_event(db)  # ...and what was is seen: nothing falls between
        return watcher

    def listen(self) -> None:
        """On PostgreSQL, listen for the server's notifications if not listening (connecting may
        wait for the server: never on the GUI thread). Refused: each look reads the trail instead,
        which says why, and the next look listens again."""
        if self._listener is None and not self._closed and self.db.path is None and self.db.engine.dialect.name == "postgresql":
            try:
                self._listener = _listen(self.db)
            except Exception:  # noqa: BLE001, S110 - not listening (yet): see above
                return
            if self._closed:  # closed while it connected (the window, or the registry switched)
                self._stop_listening()

    def changes_since(self, last_event: int) -> Changes:
        """What the events after `last_event` changed, listening first (off the GUI thread):
        what is committed while it connects is after `last_event`, so nothing falls between."""
        self.listen()
        return changes_since(self.db, last_event)

    def changed(self) -> bool:
        """Whether anything may have been committed since the last call (or since from_now)."""
        if self.db.path is not None:
            if self._connection is None:
                # Read-only and of its own: data_version counts what *other* connections commit.
                self._connection = sqlite3.connect(f"file:{quote(str(self.db.path))}?mode=ro", uri=True,
                                                   check_same_thread=False)
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
            changed, self._version = version != self._version, version
            return changed
        if self.db.engine.dialect.name == "postgresql":
            return self._notified()
        return latest_event(self.db) != self.last_event

    def fileno(self) -> int | None:
        """The socket that becomes readable when a change is notified (PostgreSQL), else None."""
        return self._listener.fileno() if self._listener is not None else None

    def _notified(self) -> bool:
        if self._listener is None:
            return True  # not listening (lost, or refused): the look in the background listens and reads
        # What arrived on the socket, without waiting and without a round trip (libpq's level:
        # it also tells at once that the connection is lost, when the socket reads as closed).
        pgconn = self._listener.pgconn
        try:
            heard = 0
            while True:
                pgconn.consume_input()  # raises once the server closed the connection
                while pgconn.notifies() is not None:
                    heard += 1
                if pgconn.status != ConnStatus.OK:
                    raise ConnectionError("the listening connection is closed")
                if not select.select([pgconn.socket], [], [], 0)[0]:  # nothing more came meanwhile
                    return heard > 0
        except Exception:  # noqa: BLE001 - the connection is lost: look once, listen again next time
            self._stop_listening()
            return True

    def _stop_listening(self) -> None:
        listener, self._listener = self._listener, None
        try:
            listener.close()
        except Exception:  # noqa: BLE001, S110 - closing what is already broken
            pass

    def close(self) -> None:
        self._closed = True
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._listener is not None:
            self._stop_listening()


class ConnStatus:  # psycopg.pq.ConnStatus, without importing psycopg for SQLite users
    OK = 0


def _listen(db: Database) -> Any:
    """A connection of the watcher's own (as the registry's own are made: same login, same TLS),
    out of the pool, listening for the triggers' notifications."""
    pooled = db.engine.raw_connection()
    connection = pooled.driver_connection
    pooled.detach()  # closed by the watcher, never handed to anyone else
    connection.autocommit = True
    connection.execute(f"LISTEN {CHANNEL}")
    return connection


def latest_event(db: Database) -> int:
    with db.reading() as session:
        return session.execute(sa.select(sa.func.max(AuditEvent.__table__.c.id))).scalar() or 0


def changes_since(db: Database, last_event: int) -> Changes:
    """What the events after `last_event` changed (run it off the GUI thread)."""
    event = AuditEvent.__table__.c
    with db.reading() as session:
        rows = session.execute(sa.select(event.id, event.entity, event.entity_id, event.account_id)
                               .where(event.id > last_event).order_by(event.id).limit(EVENTS_AT_MOST)).all()
        if not rows:
            return Changes(last_event)
        newest = rows[-1][0]
        entities = {entity for _id, entity, _entity_id, _account in rows}
        if len(rows) == EVENTS_AT_MOST or entities & _EVERYTHING:
            return Changes(newest, everything=True, events=len(rows))
        accounts = {account_id for _id, _entity, _entity_id, account_id in rows if account_id is not None}
        people = {entity_id for _id, entity, entity_id, _account in rows if entity in _PEOPLE}
        if people:
            accounts |= accounts_of_people(session, people)
    if len(accounts) > MERGE_AT_MOST:
        return Changes(newest, everything=True, events=len(rows))
    return Changes(newest, accounts=frozenset(accounts), people=bool(people),
                   offboarding=bool(entities & _OFFBOARDING) or bool(people), events=len(rows))


def accounts_of_people(session, person_ids: Iterable[int]) -> set[int]:
    """The accounts whose rows show these people: as holder, or holding an active role (a name,
    and a leaver's role is a risk)."""
    account, role = Account.__table__.c, AccountRole.__table__.c
    found: set[int] = set()
    for chunk in id_batches(person_ids):
        found.update(session.execute(sa.select(account.id).where(account.holder_id.in_(chunk))).scalars())
        found.update(session.execute(sa.select(role.account_id).where(role.person_id.in_(chunk),
                                                                    role.revoked_on.is_(None))).scalars())
    return found
