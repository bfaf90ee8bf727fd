"""People from HR: a real file per test, each refusal with its code and line and nothing
written, and nobody deleted by an import."""

from __future__ import annotations

import json
from datetime import date

import pytest

from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.services.csv_import import RowAction
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import PersonInput, add_person, find_by_email
from accountregistry.services.people_file import export_people
from accountregistry.services.table_reading import ImportRefused
from accountregistry.services.people_import import (
    apply_people_import,
    plan_people_import,
    read_people_file,
)

from accountregistry.store.bulk import SQLITE_LARGEST_ID, insert_rows
from accountregistry.store.models import Person

import engine_support

TODAY = date(2027, 3, 1)
HEADER = "name;work_email;department;title;manager_email;employment_status;last_working_day"


def write(tmp_path, *lines, encoding="utf-8", name="people.csv"):
    path = tmp_path / name
    path.write_bytes("".join(line + "\r\n" for line in lines).encode(encoding))
    return path


def state(db):
    return (engine_support.rows(db, "SELECT * FROM person ORDER BY id"),
            engine_support.scalar(db, "SELECT count(*) FROM audit_event"))


def plan(db, path):
    return plan_people_import(db, read_people_file(path), today=TODAY)


def test_new_people_managers_and_leavers(db, tmp_path):
    path = write(tmp_path, HEADER,
                 "Ingrid Berg;Ingrid@Nordlys.dk;Sales;Head of Sales;;;",
                 "Ole Dahl;ole@nordlys.dk;Sales;Seller;ingrid@nordlys.dk;;31.05.2027",
                 "Kari Holm;kari@nordlys.dk;HR;;ingrid@nordlys.dk;;2027-01-31",
                 "Bo Ek;bo@nordlys.dk;;;;external;")
    planned = plan(db, path)
    assert [r.action for r in planned.rows] == [RowAction.new] * 4
    result = apply_people_import(db, planned)
    assert (result.added, result.updated) == (4, 0)
    ole = find_by_email(db, "ole@nordlys.dk")
    assert ole.employment_status == EmploymentStatus.leaving  # a future last day
    assert ole.manager_id == find_by_email(db, "ingrid@nordlys.dk").id  # a manager in the same file
    assert find_by_email(db, "kari@nordlys.dk").employment_status == EmploymentStatus.left  # a past last day
    assert find_by_email(db, "bo@nordlys.dk").employment_status == EmploymentStatus.external


def test_updates_field_by_field_and_nobody_is_deleted(db, tmp_path):
    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk", department="Sales"))
    add_person(db, PersonInput(name="Not In The File", work_email="gone@nordlys.dk"))
    path = write(tmp_path, "work_email,department,title,unknown_column",
                 "ingrid@nordlys.dk,Marketing,Head of Marketing,x")
    planned = plan(db, path)
    assert planned.unknown_columns == ("unknown_column",)
    [row] = planned.rows
    assert row.action == RowAction.update
    assert row.changes == {"department": ("Sales", "Marketing"), "title": (None, "Head of Marketing")}
    apply_people_import(db, planned)
    ingrid = find_by_email(db, "ingrid@nordlys.dk")
    assert (ingrid.name, ingrid.department, ingrid.title) == ("Ingrid Berg", "Marketing", "Head of Marketing")
    assert find_by_email(db, "gone@nordlys.dk").name == "Not In The File"
    again = plan(db, path)
    assert [r.action for r in again.rows] == [RowAction.unchanged]


@pytest.mark.parametrize("line, column, code", [
    ("Ingrid Berg;ingrid@nordlys.dk;;;;;", "work_email", "duplicate_in_file"),
    ("Ole Dahl;ole@nordlys.dk;;;boss@elsewhere.dk;;", "manager_email", "unknown_manager"),
    ("Ole Dahl;ole@nordlys.dk;;;ole@nordlys.dk;;", "manager_email", "own_manager_in_file"),
    ("Ole Dahl;ole@nordlys.dk;;;;;31.02.2027", "last_working_day", "date_not_existing"),
    ("Ole Dahl;ole@nordlys.dk;;;;;31/31/2027", "last_working_day", "date_not_existing"),
    ("Ole Dahl;ole@nordlys.dk;;;;retired;", "employment_status", "not_a_choice"),
    ("Ole Dahl;ole@nordlys.dk;;;;leaving;", "last_working_day", "required"),
    ("Ole Dahl;not-an-email;;;;;", "work_email", "not_email"),
    (";ole@nordlys.dk;;;;;", "name", "required"),
    ("Ole Dahl;;;;;;", "work_email", "required"),
    # Checked as the person's fields are declared, as the person form checks them.
    ("Ole\u202eDahl;ole@nordlys.dk;;;;;", "name", "hidden_characters"),
    ("Ole Dahl;ole@nordlys.dk;Sales\u200b;;;;", "department", "hidden_characters"),
    ("Ole Dahl;ole@nordlys.dk;;" + "T" * 201 + ";;;", "title", "too_long"),
])
def test_each_refusal_names_its_line_and_column_and_writes_nothing(db, tmp_path, line, column, code):
    path = write(tmp_path, HEADER, "Ingrid Berg;ingrid@nordlys.dk;Sales;;;;", line)
    before = state(db)
    planned = plan(db, path)
    [error] = planned.errors
    assert error.line == 3 and {c: p.code for c, p in error.problems.items()} == {column: code}
    assert error.sentences()
    with pytest.raises(ImportRefused) as refused:
        apply_people_import(db, planned)
    assert (refused.value.code, refused.value.line) == ("import_rows_in_error", 3)
    assert state(db) == before


def test_a_cell_repeated_in_many_rows_is_read_alike_in_each(db, tmp_path):
    """A department, title or manager checked once per file: each row still gets its value, and
    a problem in a repeated cell is named on every row that has it."""
    path = write(tmp_path, HEADER, "Ingrid Berg;ingrid@nordlys.dk;Sales;Boss;;;",
                 *(f"Person {n};p{n}@nordlys.dk;Sales;Seller;INGRID@nordlys.dk;;" for n in range(3)),
                 *(f"Other {n};o{n}@nordlys.dk;Sales\x07;Seller;not-an-email;;" for n in range(2)))
    planned = plan(db, path)
    good, bad = planned.rows[1:4], planned.rows[4:]
    assert {(r.values["department"], r.values["title"], r.manager_email) for r in good} == {
        ("Sales", "Seller", "ingrid@nordlys.dk")}
    assert [{c: p.code for c, p in r.problems.items()} for r in bad] == [
        {"department": "control_characters", "manager_email": "not_email"}] * 2


def test_only_the_valid_rows_when_asked(db, tmp_path):
    path = write(tmp_path, HEADER, "Ingrid Berg;ingrid@nordlys.dk;;;;;", "Ole Dahl;ole@nordlys.dk;;;nobody@x.dk;;")
    result = apply_people_import(db, plan(db, path), only_valid_rows=True)
    assert (result.added, result.skipped) == (1, 1)
    find_by_email(db, "ingrid@nordlys.dk")


def test_someone_in_an_offboarding_keeps_its_day(db, tmp_path):
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk"))
    start_offboarding(db, person_id=ingrid.id, last_working_day=date(2027, 3, 20), today=TODAY)
    planned = plan(db, write(tmp_path, HEADER, "Ingrid Berg;ingrid@nordlys.dk;;;;;2027-04-30"))
    assert {c: p.code for c, p in planned.errors[0].problems.items()} == {"last_working_day": "in_offboarding"}
    same = plan(db, write(tmp_path, HEADER, "Ingrid Berg;ingrid@nordlys.dk;;;;;2027-03-20", name="same.csv"))
    assert [r.action for r in same.rows] == [RowAction.unchanged]


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "ods"])
def test_what_export_writes_import_reads_back_unchanged(db, tmp_path, suffix):
    """Any of the three formats, owner-readable only; in a workbook the last day is a date cell
    and a title like 00123 or =HR stays text as typed."""
    import stat

    from python_calamine import CalamineWorkbook

    boss = add_person(db, PersonInput(name="Åse Lund", work_email="ase@nordlys.no", department="=HR", title="00123"))
    add_person(db, PersonInput(name="-Ole, Dahl", work_email="ole@nordlys.no", title="@sales", manager_id=boss.id,
                               employment_status="leaving", last_working_day=date(2027, 12, 31)), today=TODAY)
    target, count = export_people(db, tmp_path / f"people.{suffix}")
    assert count == 2 and stat.S_IMODE(target.stat().st_mode) == 0o600
    planned = plan(db, target)
    assert [r.action for r in planned.rows] == [RowAction.unchanged, RowAction.unchanged]
    if suffix != "csv":
        header, *rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
        by_email = {row[1]: dict(zip(header, row)) for row in rows}
        assert (by_email["ase@nordlys.no"]["title"], by_email["ase@nordlys.no"]["department"]) == ("00123", "=HR")
        assert by_email["ole@nordlys.no"]["last_working_day"] == date(2027, 12, 31)


def test_windows_1252_and_utf16_files_are_read(db, tmp_path):
    for encoding, bom in (("cp1252", b""), ("utf-16-le", b"\xff\xfe")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(bom + (HEADER + "\r\nSøren Ærø;soren@nordlys.dk;;;;;\r\n").encode(encoding))
        [row] = plan(db, path).rows
        assert (row.action, row.name) == (RowAction.new, "Søren Ærø")


def test_managers_in_any_order_even_managing_each_other_and_the_additions_audited(db, tmp_path):
    path = write(tmp_path, HEADER,
                 "Ole Dahl;ole@nordlys.dk;;;kari@nordlys.dk;;",  # his manager comes later in the file
                 "Kari Holm;kari@nordlys.dk;;;ingrid@nordlys.dk;;",
                 "Ingrid Berg;ingrid@nordlys.dk;;;bo@nordlys.dk;;",
                 "Bo Ek;bo@nordlys.dk;;;ingrid@nordlys.dk;;")  # Bo and Ingrid manage each other
    apply_people_import(db, plan(db, path))
    by_email = {e: find_by_email(db, e) for e in ("ole@nordlys.dk", "kari@nordlys.dk", "ingrid@nordlys.dk",
                                                   "bo@nordlys.dk")}
    managers = {e: p.manager_id for e, p in by_email.items()}
    assert managers == {"ole@nordlys.dk": by_email["kari@nordlys.dk"].id,
                        "kari@nordlys.dk": by_email["ingrid@nordlys.dk"].id,
                        "ingrid@nordlys.dk": by_email["bo@nordlys.dk"].id,
                        "bo@nordlys.dk": by_email["ingrid@nordlys.dk"].id}
    # One event names the four added, by the importer; each one's history reads it as their addition.
    [(actor, entity_id, new)] = engine_support.rows(db, "SELECT actor, entity_id, new_values FROM audit_event "
                                                        "WHERE action = 'import_people'")
    new = json.loads(new) if db.is_sqlite else new
    ids = sorted(p.id for p in by_email.values())
    assert (actor, entity_id, new) == ("tester", ids[0], {"added": [[ids[0], ids[-1]]]})
    for person in by_email.values():
        [added] = added_events(db, person.id)
        assert (added["action"], added["entity_id"], added["new_values"]["manager_id"], added["new_values"]["name"]) \
            == ("import_people", person.id, person.manager_id, person.name)


def added_events(db, person_id):
    """The events that added the person, as their access request and history read them."""
    from accountregistry.services.person_data import person_data

    return [event for event in person_data(db, person_id).sections["audit_events"]
            if event["entity"] == "person" and event["action"] in ("add", "import_people")]


def _xlsx(path, rows, *, sheet_name="People", first_sheet=None):
    """A workbook as Excel writes it: the last day as a real date cell."""
    from openpyxl import Workbook

    book = Workbook()
    if first_sheet is not None:
        book.active.title = first_sheet
        book.active.append(["nothing", "here"])
        sheet = book.create_sheet(sheet_name)
    else:
        sheet = book.active
        sheet.title = sheet_name
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _ods(path, rows):
    """A workbook as LibreOffice writes it, through the export's own .ods writer."""
    from accountregistry.services.report_sheets import DATE, TEXT, OdsSheet

    header, *body = rows
    shapes = tuple(DATE if name == "last_working_day" else TEXT for name in header)
    with open(path, "wb") as file:
        sheet = OdsSheet(file, tuple(header), shapes, total=len(body), sample=body, title="People")
        sheet.write(body)
        sheet.close()
    return path


HR_ROWS = [
    HEADER.split(";"),
    ["Søren Ærø", "Soren@Nordlys.dk", "Økonomi", "Controller", "", "", ""],
    ["Ole Dahl", "ole@nordlys.dk", "Sales", "00123", "soren@nordlys.dk", "", "2027-05-31"],
]


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_an_hr_workbook_imports_like_its_csv(db, tmp_path, suffix):
    """People from an .xlsx or .ods file: the same plan as from the CSV, a date cell as a date,
    a title that looks like a number kept as typed, rows numbered as the spreadsheet numbers them."""
    rows = [list(row) for row in HR_ROWS]
    if suffix == "xlsx":
        rows[2][6] = date(2027, 5, 31)
        path = _xlsx(tmp_path / "hr.xlsx", rows)
    else:
        path = _ods(tmp_path / "hr.ods", rows)
    planned = plan(db, path)
    assert [(r.line, r.action) for r in planned.rows] == [(2, RowAction.new), (3, RowAction.new)]
    result = apply_people_import(db, planned)
    assert result.added == 2
    ole = find_by_email(db, "ole@nordlys.dk")
    assert (ole.employment_status, ole.last_working_day, ole.title) == (EmploymentStatus.leaving,
                                                                        date(2027, 5, 31), "00123")
    assert ole.manager_id == find_by_email(db, "soren@nordlys.dk").id


def test_a_workbooks_named_sheet_and_a_bad_row_in_it(db, tmp_path):
    rows = [list(row) for row in HR_ROWS] + [["Kari Holm", "kari@nordlys.dk", "", "", "boss@elsewhere.dk", "", ""]]
    path = _xlsx(tmp_path / "hr.xlsx", rows, sheet_name="Staff", first_sheet="Read me")
    with pytest.raises(ImportRefused):  # the first sheet has no work_email column
        read_people_file(path)
    before = state(db)
    planned = plan_people_import(db, read_people_file(path, sheet="Staff"), today=TODAY)
    [error] = planned.errors
    assert error.line == 4 and {c: p.code for c, p in error.problems.items()} == {"manager_email": "unknown_manager"}
    with pytest.raises(ImportRefused):
        apply_people_import(db, planned)
    assert state(db) == before


def test_the_trail_holds_no_copy_of_an_imported_persons_own_values(db, tmp_path):
    """The one event of an import names whom it added, by id: their name, email and title are in
    their row only, so erasing them has nothing in the trail to erase. Their history reads the
    values they were added with from the row, and, once changed, from the change's old value."""
    from accountregistry.services.people import update_person

    apply_people_import(db, plan(db, write(tmp_path, HEADER, "Søren Ærø;soren@nordlys.dk;Økonomi;Controller;;;",
                                           "Kari Holm;kari@nordlys.dk;HR;;;;")))
    soren = find_by_email(db, "soren@nordlys.dk")
    assert engine_support.scalar(db, "SELECT count(*) FROM personal_value") == 0
    trail = [json.dumps(raw) if not db.is_sqlite else raw
             for (raw,) in engine_support.rows(db, "SELECT new_values FROM audit_event")]
    assert not any(word in text for text in trail for word in ("S\\u00f8ren", "Søren", "soren@", "Controller"))
    as_added = {"name": "Søren Ærø", "work_email": "soren@nordlys.dk", "department": "Økonomi",
                "title": "Controller", "employment_status": "employed", "last_working_day": None, "manager_id": None,
                "login": None}
    [added] = added_events(db, soren.id)
    assert added["new_values"] == as_added
    update_person(db, soren.id, PersonInput(name="Søren Ærø Holm", work_email="soren.holm@nordlys.dk",
                                            department="IT", title="Chief Controller"))
    [added] = added_events(db, soren.id)
    assert added["new_values"] == as_added  # as added, not as now
    assert added_events(db, find_by_email(db, "kari@nordlys.dk").id)[0]["new_values"]["name"] == "Kari Holm"


def test_an_added_person_older_events_with_their_values_still_read_whole(db):
    """Add events recorded before 2026-12-06 hold the person's own values (kept apart): they read
    back as recorded, where later changes agree."""
    from accountregistry.services import audit
    from accountregistry.services.people import PERSON_FIELDS

    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk", title="Seller", department="IT"))
    with db.transaction() as session:  # the event as the earlier add_person recorded it
        audit.record(session, actor="tester", entity="person", entity_id=ole.id, action="add",
                     new={**{name: None for name in PERSON_FIELDS}, "name": "Ole Dahl", "work_email": "ole@nordlys.dk",
                          "title": "Seller", "department": "IT", "employment_status": "employed"})
    assert engine_support.scalar(db, "SELECT count(*) FROM personal_value WHERE person_id = :p", p=ole.id) == 3
    now, before = (event["new_values"] for event in added_events(db, ole.id))
    assert now == before and (before["name"], before["work_email"], before["title"], before["department"]) == (
        "Ole Dahl", "ole@nordlys.dk", "Seller", "IT")


def _trail(db, action):
    """The person events of an action as a person reads them (personal values put back)."""
    from sqlmodel import select

    from accountregistry.services import personal_values
    from accountregistry.store.models import AuditEvent

    with db.reading() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == "person", AuditEvent.action == action)
                              .order_by(AuditEvent.id)).all()
        return [(e.entity_id, e.old_values, e.new_values) for e in personal_values.restore(session, list(events))]


def test_an_update_is_recorded_as_the_person_form_records_it(db, tmp_path):
    """An import's update: each person's changed fields, old and new, the manager by id, the
    title kept apart as the person's own; the same events update_person writes."""
    from accountregistry.services.people import update_person

    boss = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.dk"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk", title="Seller"))
    kari = add_person(db, PersonInput(name="Kari Holm", work_email="kari@nordlys.dk", department="HR",
                                      manager_id=boss.id))
    path = write(tmp_path, HEADER, "Ole Dahl;ole@nordlys.dk;Sales;Head of Sales;ingrid@nordlys.dk;;2027-05-31",
                 "Kari Holm;kari@nordlys.dk;;;;;")
    apply_people_import(db, plan(db, path))
    imported = _trail(db, "update")
    assert imported == [
        (ole.id, {"department": None, "title": "Seller", "employment_status": "employed", "last_working_day": None,
                  "manager_id": None},
         {"department": "Sales", "title": "Head of Sales", "employment_status": "leaving",
          "last_working_day": "2027-05-31", "manager_id": boss.id}),
        (kari.id, {"department": "HR", "manager_id": boss.id}, {"department": None, "manager_id": None})]
    ole, kari = find_by_email(db, "ole@nordlys.dk"), find_by_email(db, "kari@nordlys.dk")
    assert (ole.title, ole.manager_id, ole.version, kari.department, kari.manager_id, kari.version) == (
        "Head of Sales", boss.id, 2, None, None, 2)
    # The form writes the same event for the same change.
    update_person(db, kari.id, PersonInput(name="Kari Holm", work_email="kari@nordlys.dk", department="HR",
                                           manager_id=boss.id))
    assert _trail(db, "update")[-1] == (kari.id, {"department": None, "manager_id": None},
                                         {"department": "HR", "manager_id": boss.id})


def test_someone_changed_after_the_preview_refuses_the_import_and_writes_nothing(db, tmp_path):
    from accountregistry.domain.errors import Conflict
    from accountregistry.services.people import update_person

    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk"))
    planned = plan(db, write(tmp_path, HEADER, "Ole Dahl;ole@nordlys.dk;Sales;;;;", "Kari Holm;kari@nordlys.dk;;;;;"))
    update_person(db, ole.id, PersonInput(name="Ole Dahl", work_email="ole@nordlys.dk", title="Seller"))
    refused = engine_support.refused_writing_nothing(db, state, lambda: apply_people_import(db, planned), Conflict)
    assert refused.code == "import_changed_since_preview"


def test_statuses_and_dates_as_a_danish_hr_file_writes_them(db, tmp_path):
    """The status in any of the four languages; a ";" file's dates day first, as the account
    import reads them; a "," file in English still refuses what is truly ambiguous."""
    path = write(tmp_path, HEADER, "Ole Dahl;ole@nordlys.dk;;;;Fratræder;03/04/2027",
                 "Bo Ek;bo@nordlys.dk;;;;Ekstern;", "Kari Holm;kari@nordlys.dk;;;;ANSAT;")
    apply_people_import(db, plan(db, path))
    ole = find_by_email(db, "ole@nordlys.dk")
    assert (ole.employment_status, ole.last_working_day) == (EmploymentStatus.leaving, date(2027, 4, 3))
    assert find_by_email(db, "bo@nordlys.dk").employment_status == EmploymentStatus.external
    assert find_by_email(db, "kari@nordlys.dk").employment_status == EmploymentStatus.employed
    comma = write(tmp_path, HEADER.replace(";", ","), "Ida Høgh,ida@nordlys.dk,,,,,03/04/2027", name="comma.csv")
    [error] = plan(db, comma).errors
    assert {c: p.code for c, p in error.problems.items()} == {"last_working_day": "date_ambiguous"}


@pytest.mark.sqlite_only
def test_a_person_table_holding_sqlites_largest_id_takes_new_people(db, tmp_path):
    """SQLite gives new rows ids at random once a table holds id 2**63 - 1: the new people are
    found by their emails all the same, managers included."""
    with db.transaction() as session:
        insert_rows(session, Person, [{"id": SQLITE_LARGEST_ID, "name": "Lars Largest", "work_email": "lars@nordlys.dk"}])
    path = write(tmp_path, HEADER, "Ingrid Berg;ingrid@nordlys.dk;Sales;;lars@nordlys.dk;;",
                 "Ole Dahl;ole@nordlys.dk;Sales;;ingrid@nordlys.dk;;")
    result = apply_people_import(db, plan(db, path))
    assert (result.added, result.updated) == (2, 0)
    ingrid, ole = find_by_email(db, "ingrid@nordlys.dk"), find_by_email(db, "ole@nordlys.dk")
    assert (ingrid.manager_id, ole.manager_id) == (SQLITE_LARGEST_ID, ingrid.id)
