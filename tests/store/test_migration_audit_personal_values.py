"""The audit trail of a registry the first release wrote, converted to refer to people by id
(migration 0005): every event survives with its time, actor, action and account, the values
read as before, the names are shown as before (looked up by id), and no name or email of a
person is left in an event row."""

from __future__ import annotations

import json
import sqlite3

import pytest

from accountregistry.services import personal_values
from accountregistry.services.lookups import person_names
from accountregistry.store.models import AuditEvent
from accountregistry.store.schema import open_database
from engine_support import upgraded

KEPT = ("id", "at", "actor", "entity", "entity_id", "action", "account_id")


def raw_events(path):
    with sqlite3.connect(path) as connection:
        rows = connection.execute(f"SELECT {', '.join(KEPT)}, old_values, new_values FROM audit_event "
                                  "ORDER BY id").fetchall()
    connection.close()
    return rows


def without_copies(values):
    values = json.loads(values) if isinstance(values, str) else values
    if not values:
        return None
    kept = {name: value for name, value in values.items() if name not in personal_values.NAME_COPIES}
    return kept or None


def test_every_event_survives_and_reads_as_before(old_registry):
    before = raw_events(old_registry)
    with sqlite3.connect(old_registry) as connection:
        people = connection.execute("SELECT id, name, work_email FROM person").fetchall()
    connection.close()
    assert any("person_name" in (new or "") for *_, new in before)  # the old trail copied names
    with upgraded(old_registry) as db:
        after = raw_events(old_registry)
        # Each event as it was (later upgrades add events of their own after them), one saying
        # that the trail was converted, and, last, 0019's (free text apart too).
        assert [row[:len(KEPT)] for row in after[:len(before)]] == [row[:len(KEPT)] for row in before]
        added = [row[KEPT.index("action")] for row in after[len(before):]]
        assert added[-1] == "separate_free_text" and added.count("separate_personal_values") == 1
        with db.reading() as session:
            events = list(session.exec(AuditEvent.__table__.select().order_by(AuditEvent.id)).all())
            shown = personal_values.restore(session, [session.get(AuditEvent, row.id) for row in events])
        for old_row, event in zip(before, shown):
            assert (event.old_values, event.new_values) == (without_copies(old_row[-2]), without_copies(old_row[-1]))
        # Names are shown as before: the copy beside each id is what looking the id up gives.
        names = person_names(db, [person_id for person_id, _, _ in people])
        for *_, new in before:
            new = json.loads(new) if new else None
            if new and new.get("person_name"):
                assert names[new["person_id"]] == new["person_name"]
        # No person's name or email is left in an event row's values, free text included (kept
        # apart since 0019).
        text = "\n".join(json.dumps(json.loads(side), ensure_ascii=False)
                          for *_, old, new in after for side in (old, new) if side)
        for _, name, email in people:
            assert name not in text
            assert email is None or email not in text


def test_the_trail_stays_append_only(old_registry):
    db = open_database(old_registry)
    try:
        for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(Exception) as refused, db.engine.begin() as connection:
                connection.exec_driver_sql(statement)
            assert "append-only" in str(refused.value)
    finally:
        db.close()
