"""The window's read-only questions: right answers, and one query each however many rows."""

from datetime import date

import pytest
from sqlalchemy import event

from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role
from accountregistry.services import lookups
from accountregistry.services.accounts import AccountInput, register_account, update_account
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.roles import grant_role, revoke_role

TODAY = date(2026, 11, 21)


@pytest.fixture
def people(db):
    manager = add_person(db, PersonInput(name="Mette Kjærgaard", work_email="mette@nordlys.dk"))
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no", department="Sales",
                                        manager_id=manager.id))
    aase = add_person(db, PersonInput(name="Åse Lund"))
    zara = add_person(db, PersonInput(name="zara Holm", employment_status=EmploymentStatus.leaving,
                                      last_working_day=date(2026, 12, 31)), today=TODAY)
    return {"mette": manager, "ingrid": ingrid, "aase": aase, "zara": zara}


@pytest.fixture
def accounts(db, people):
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys Rejser"))
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/ingrid-berg", kind=Kind.personal,
                                                holder_id=people["ingrid"].id))
    group = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlys", kind=Kind.company,
                                              holder_id=people["ingrid"].id))
    return {"page": page, "profile": profile, "group": group}


class CountingStatements:
    def __init__(self, db):
        self.engine, self.count = db.engine, 0

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            self.count += 1


def test_the_picker_lists_everyone_by_name_as_people_read_it(db, people):
    update_person(db, people["zara"].id, PersonInput(name="zara Holm", employment_status=EmploymentStatus.left,
                                                     last_working_day=date(2026, 1, 31)), today=TODAY)
    choices = lookups.people_for_picker(db)
    # Case and Scandinavian letters do not put anyone at the end of the list.
    assert [c.name for c in choices] == ["Ingrid Berg", "Mette Kjærgaard", "zara Holm", "Åse Lund"]
    labels = {c.name: c.label for c in choices}
    assert labels["Ingrid Berg"] == "Ingrid Berg <ingrid@nordlys.no>"
    assert labels["Åse Lund"] == "Åse Lund"
    assert labels["zara Holm"] == "zara Holm (left)"


def test_the_people_overview_counts_accounts_and_active_roles(db, people, accounts):
    ingrid, mette = people["ingrid"], people["mette"]
    grant_role(db, account_id=accounts["page"].id, person_id=ingrid.id, role=Role.admin, today=TODAY)
    past = grant_role(db, account_id=accounts["group"].id, person_id=ingrid.id, role=Role.owner, today=TODAY)
    revoke_role(db, role_id=past.id, reason="Moved to Marketing", today=TODAY)
    grant_role(db, account_id=accounts["page"].id, person_id=mette.id, role=Role.owner, today=TODAY)
    rows = {row.name: row for row in lookups.people_overview(db)}
    assert (rows["Ingrid Berg"].accounts_held, rows["Ingrid Berg"].active_roles) == (2, 1)
    assert rows["Ingrid Berg"].manager_name == "Mette Kjærgaard"
    assert rows["Ingrid Berg"].department == "Sales"
    assert (rows["Mette Kjærgaard"].accounts_held, rows["Mette Kjærgaard"].active_roles) == (0, 1)
    assert rows["zara Holm"].last_working_day == date(2026, 12, 31)
    assert rows["Åse Lund"].manager_name is None


def test_the_people_overview_is_one_query_however_many_people(db, people, accounts):
    for number in range(30):
        person = add_person(db, PersonInput(name=f"Person {number}"))
        grant_role(db, account_id=accounts["page"].id, person_id=person.id, role=Role.analyst, today=TODAY)
    with CountingStatements(db) as counted:
        rows = lookups.people_overview(db)
    assert len(rows) == 34
    assert counted.count == 1


def test_accounts_held_and_roles_of_a_person(db, people, accounts):
    ingrid = people["ingrid"]
    old = grant_role(db, account_id=accounts["page"].id, person_id=ingrid.id, role=Role.editor,
                     granted_on=date(2025, 1, 1), today=TODAY)
    revoke_role(db, role_id=old.id, reason="Changed team", revoked_on=date(2025, 6, 1), today=TODAY)
    grant_role(db, account_id=accounts["group"].id, person_id=ingrid.id, role=Role.admin,
               granted_on=date(2024, 3, 1), today=TODAY)

    held = lookups.accounts_held_by(db, ingrid.id)
    assert [(a.platform_name, a.handle, a.kind) for a in held] == [
        ("Facebook", "groups/nordlys", Kind.company), ("LinkedIn", "in/ingrid-berg", Kind.personal)]

    roles = lookups.roles_of_person_on_accounts(db, ingrid.id)
    # The active role first, although it is the older grant.
    assert [(r.handle, r.role, r.active) for r in roles] == [
        ("groups/nordlys", Role.admin, True), ("nordlys", Role.editor, False)]
    assert roles[1].reason == "Changed team" and roles[1].display_name == "Nordlys Rejser"
    assert lookups.accounts_held_by(db, people["aase"].id) == []


def test_administrators_of_an_account_newest_event_first(db, people, accounts):
    page = accounts["page"]
    first = grant_role(db, account_id=page.id, person_id=people["ingrid"].id, role=Role.admin,
                       granted_on=date(2025, 1, 1), today=TODAY)
    grant_role(db, account_id=page.id, person_id=people["mette"].id, role=Role.owner,
               granted_on=date(2025, 3, 1), today=TODAY)
    revoke_role(db, role_id=first.id, reason="Left", revoked_on=date(2025, 9, 1), today=TODAY)
    rows = lookups.administrators_of_account(db, page.id)
    assert [(r.person_name, r.role, r.active) for r in rows] == [
        ("Ingrid Berg", Role.admin, False), ("Mette Kjærgaard", Role.owner, True)]
    assert rows[0].revoked_by == "tester" and rows[0].granted_by == "tester"
    active = lookups.administrators_of_account(db, page.id, active_only=True)
    assert [r.person_name for r in active] == ["Mette Kjærgaard"]


def test_the_people_an_accounts_trail_names(db, people, accounts):
    profile = accounts["profile"]
    update_account(db, profile.id, AccountInput(url=profile.url, kind=Kind.personal, holder_id=people["aase"].id))
    grant_role(db, account_id=profile.id, person_id=people["mette"].id, role=Role.analyst, today=TODAY)
    events = lookups.account_events(db, profile.id)
    assert [e.action for e in events] == ["grant", "update", "register"]
    ids = lookups.person_ids_in_events(events)
    assert ids == {people["ingrid"].id, people["aase"].id, people["mette"].id}
    names = lookups.person_names(db, ids | {9999})
    assert names == {people["ingrid"].id: "Ingrid Berg", people["aase"].id: "Åse Lund",
                     people["mette"].id: "Mette Kjærgaard"}
    assert lookups.person_names(db, []) == {}
