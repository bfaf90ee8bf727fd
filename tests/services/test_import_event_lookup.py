"""A person's history and access request find the import from HR that added them by walking the
trail's (entity, entity_id) index down from the person, not over every person event: the right
import among several, none for someone added by hand, and the same work however many people
were added before them."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from accountregistry.services import audit
from accountregistry.services.people import IMPORTED, PersonInput, add_person, find_by_email
from accountregistry.services.people_import import apply_people_import, plan_people_import, read_people_file
from accountregistry.services.person_data import person_data

HEADER = "name;work_email;department;title;manager_email;employment_status;last_working_day"


def import_people(db, tmp_path, *names: str):
    path = tmp_path / f"{names[0]}.csv"
    path.write_text("\r\n".join([HEADER, *(f"{n};{n.lower()}@nordlys.dk;;;;;" for n in names)]) + "\r\n")
    apply_people_import(db, plan_people_import(db, read_people_file(path)))
    return [find_by_email(db, f"{n.lower()}@nordlys.dk") for n in names]


def adding_events(db, person_id: int) -> list[tuple[str, int, str]]:
    """(action, the import's own entity_id as recorded or the person's, name as added)."""
    return [(e["action"], e["entity_id"], e["new_values"]["name"]) for e in person_data(db, person_id)
            .sections["audit_events"] if e["entity"] == "person" and e["action"] in ("add", IMPORTED)]


def test_each_person_reads_the_import_that_added_them_and_only_that(db, tmp_path):
    ingrid, ole = import_people(db, tmp_path, "Ingrid", "Ole")
    kari = add_person(db, PersonInput(name="Kari", work_email="kari@nordlys.dk"))
    [bo] = import_people(db, tmp_path, "Bo")
    assert adding_events(db, ingrid.id) == [(IMPORTED, ingrid.id, "Ingrid")]
    assert adding_events(db, ole.id) == [(IMPORTED, ole.id, "Ole")]
    assert adding_events(db, kari.id) == [("add", kari.id, "Kari")]
    assert adding_events(db, bo.id) == [(IMPORTED, bo.id, "Bo")]


def test_an_import_whose_ids_another_took_in_between_is_still_found(db, tmp_path):
    """On a server two imports may take ids side by side: the import nearest below a person may
    not be theirs; the one further down that names them is."""
    anna, bent, carl, dina = import_people(db, tmp_path, "Anna", "Bent", "Carl", "Dina")
    with db.transaction() as session:  # as an import that took Bent's and Carl's ids would have recorded it
        audit.record(session, actor="tester", entity="person", entity_id=bent.id, action=IMPORTED,
                     new={"added": [[bent.id, carl.id]]})
    assert adding_events(db, dina.id) == [(IMPORTED, dina.id, "Dina")]
    assert adding_events(db, anna.id) == [(IMPORTED, anna.id, "Anna")]


@contextmanager
def sqlite_steps(db):
    """SQLite's virtual-machine steps (exactly: one call per step) run while inside: the work the queries do."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    def before(conn, _cursor, _statement, _params, _context, _many):
        conn.connection.driver_connection.set_progress_handler(count, 1)

    sa.event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield steps
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", before)


def test_the_lookup_does_not_grow_with_the_people_added_before(db, tmp_path):
    if not db.is_sqlite:
        pytest.skip("counts SQLite's steps; the query is the same on PostgreSQL")
    [early] = import_people(db, tmp_path, "Early")
    for n in range(1500):
        add_person(db, PersonInput(name=f"Person {n}", work_email=f"p{n}@nordlys.dk"))
    [late] = import_people(db, tmp_path, "Late")
    for person in (early, late):
        person_data(db, person.id)  # warm
    with sqlite_steps(db) as early_steps:
        person_data(db, early.id)
    with sqlite_steps(db) as late_steps:
        person_data(db, late.id)
    assert adding_events(db, late.id) == [(IMPORTED, late.id, "Late")]
    # Walking every earlier person event, the late one took over 50 times the early one's steps.
    assert late_steps[0] <= 3 * early_steps[0], (early_steps, late_steps)
