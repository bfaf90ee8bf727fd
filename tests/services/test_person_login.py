"""A person linked to the database login they use on a shared server: one person per login, a
stale edit then names the person (not only the login), the CLI sets it, anonymising removes it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import accountregistry.cli
from accountregistry.domain.errors import Conflict, ValidationError
from accountregistry.domain.messages import Label
from accountregistry.domain.vocabulary import EmploymentStatus
from accountregistry.services.accounts import AccountInput, register_account, update_account
from accountregistry.services.people import (
    PersonInput,
    add_person,
    find_by_email,
    get_person,
    names_of_logins,
    update_person,
)
from accountregistry.services.retention import anonymise
from accountregistry.store.schema import opened


def ida(login: str | None = "ida", **fields) -> PersonInput:
    return PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk", login=login, **fields)


def test_a_person_is_linked_to_a_login_and_a_login_to_one_person(db):
    person = add_person(db, ida())
    assert get_person(db, person.id).login == "ida" and names_of_logins(db) == {"ida": "Ida Høgh"}
    with pytest.raises(Conflict) as refused:
        add_person(db, PersonInput(name="Bo Berg", work_email="bo@nordlys.dk", login="ida"))
    assert refused.value.code == "login_taken" and refused.value.existing_id == person.id
    update_person(db, person.id, ida(login=""))  # unlinked
    assert get_person(db, person.id).login is None and names_of_logins(db) == {}


def test_a_login_longer_than_the_server_allows_is_refused_by_field(db):
    with pytest.raises(ValidationError) as refused:
        add_person(db, ida(login="x" * 64))
    assert refused.value.codes == {"login": "too_long"}


def test_a_stale_edit_names_the_person_linked_to_the_login_that_changed_it(db):
    account = register_account(db, AccountInput(url="https://x.com/nordlys"))
    update_account(db, account.id, AccountInput(url=account.url, display_name="Changed by the actor"))
    with pytest.raises(Conflict) as unlinked:
        update_account(db, account.id, AccountInput(url=account.url), expected_version=account.version)
    assert unlinked.value.params["who"] == db.actor  # the login, as the audit trail has it
    add_person(db, ida(login=db.actor))
    with pytest.raises(Conflict) as linked:
        update_account(db, account.id, AccountInput(url=account.url), expected_version=account.version)
    assert linked.value.code == "stale_edit" and linked.value.params["who"] == "Ida Høgh"
    assert linked.value.params["record"] == Label("account")


def test_the_cli_links_and_keeps_the_login(db, db_location):
    add_person(db, ida(login=None))
    assert accountregistry.cli.main(["--db", db_location, "people", "set", "ida@nordlys.dk", "login=ida"]) == 0
    assert accountregistry.cli.main(["--db", db_location, "people", "set", "ida@nordlys.dk", "title=Lead"]) == 0
    person = find_by_email(db, "ida@nordlys.dk")
    assert (person.login, person.title) == ("ida", "Lead")


def test_anonymising_removes_the_link(db):
    today = date(2027, 3, 10)
    person = add_person(db, ida(employment_status=EmploymentStatus.left,
                                last_working_day=today - timedelta(days=2000)))
    anonymise(db, [person.id])
    assert get_person(db, person.id).login is None and names_of_logins(db) == {}
