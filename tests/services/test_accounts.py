"""Registering, updating and archiving accounts: the rules and the audit trail."""

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select

from accountregistry.domain.errors import Conflict, NotFound, ValidationError
from accountregistry.domain.vocabulary import AccountStatus, Disposition, Kind
from accountregistry.services.accounts import (
    AccountInput,
    archive_account,
    find_account,
    get_account,
    register_account,
    update_account,
)
from accountregistry.services.audit import account_history
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.database import local_time
from accountregistry.store.models import AuditEvent

import engine_support

TODAY = date(2026, 11, 21)


def events(db, action=None):
    with db.reading() as session:
        statement = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            statement = statement.where(AuditEvent.action == action)
        return list(session.exec(statement))


def test_registering_by_url_recognises_and_audits(db):
    account = register_account(db, AccountInput(url="https://www.linkedin.com/company/Nordlys-Rejser/?trk=x",
                                                kind=Kind.company, display_name="Nordlys Rejser"))
    assert (account.platform, account.presence, account.handle) == ("linkedin", "page", "nordlys-rejser")
    [event] = events(db, "register")
    assert (event.actor, event.entity, event.entity_id, event.account_id) == ("tester", "account", account.id, account.id)
    assert event.new_values["handle"] == "nordlys-rejser"
    assert event.new_values["kind"] == "company"
    assert event.old_values is None


def test_registering_by_platform_and_typed_handle(db):
    account = register_account(db, AccountInput(platform="x", handle="@NordlysHjaelp", kind="employee_role"))
    assert (account.platform, account.presence, account.handle) == ("x", "profile", "nordlyshjaelp")
    assert account.url.startswith("https://") and "nordlyshjaelp" in account.url


def test_the_same_account_twice_is_a_conflict_naming_the_existing_one(db):
    first = register_account(db, AccountInput(url="https://x.com/NordlysHjaelp"))
    with pytest.raises(Conflict) as raised:
        register_account(db, AccountInput(url="https://twitter.com/nordlyshjaelp?s=20"))
    assert raised.value.code == "account_exists"
    assert raised.value.existing_id == first.id
    assert len(events(db, "register")) == 1


def test_every_problem_of_a_form_is_named_by_field(db):
    with pytest.raises(ValidationError) as raised:
        register_account(db, AccountInput(url="not a web address", kind="employer", login_email="no-at-sign",
                                          review_interval_months=0, two_factor="maybe"))
    assert set(raised.value.problems) == {"url", "kind", "login_email", "review_interval_months", "two_factor"}
    assert raised.value.problems["kind"].code == "not_a_choice"
    assert raised.value.problems["kind"].params["allowed"] == ["company", "employee_role", "personal"]
    assert raised.value.codes["login_email"] == "not_email"
    assert events(db) == []


def test_neither_url_nor_platform_says_what_to_give(db):
    with pytest.raises(ValidationError) as raised:
        register_account(db, AccountInput())
    assert set(raised.value.problems) == {"url"}


def test_a_holder_who_does_not_exist_is_refused(db):
    with pytest.raises(ValidationError) as raised:
        register_account(db, AccountInput(url="https://x.com/acme", holder_id=404))
    assert raised.value.codes == {"holder_id": "holder_not_found"}


def test_an_update_records_only_what_changed(db):
    account = register_account(db, AccountInput(url="https://x.com/acme", kind="company"))
    update_account(db, account.id, AccountInput(url="https://x.com/acme", kind="company", display_name="Acme Support",
                                                responsible_unit="Customer Support"))
    [event] = events(db, "update")
    assert event.old_values == {"display_name": None, "responsible_unit": None}
    assert event.new_values == {"display_name": "Acme Support", "responsible_unit": "Customer Support"}


def test_an_update_with_no_change_writes_no_event(db):
    account = register_account(db, AccountInput(url="https://x.com/acme", kind="company"))
    update_account(db, account.id, AccountInput(url="https://x.com/acme", kind="company"))
    assert events(db, "update") == []


def test_a_stale_edit_is_refused_not_overwritten(db):
    account = register_account(db, AccountInput(url="https://x.com/acme"))
    update_account(db, account.id, AccountInput(url="https://x.com/acme", display_name="First editor"),
                   expected_version=account.version)
    with pytest.raises(Conflict) as raised:
        update_account(db, account.id, AccountInput(url="https://x.com/acme", display_name="Second editor"),
                       expected_version=account.version)
    assert raised.value.code == "stale_edit"
    assert get_account(db, account.id).display_name == "First editor"
    # Who changed it and when, as the audit trail has it (on a server: the login the server names).
    last = engine_support.mappings(db, "SELECT actor, at FROM audit_event WHERE entity = 'account' "
                                       "ORDER BY id DESC LIMIT 1")[0]
    assert raised.value.params["who"] == last["actor"] == db.actor
    assert raised.value.params["when"] == local_time(last["at"])
    assert abs(raised.value.params["when"] - datetime.now()) < timedelta(minutes=5)


def test_an_account_with_transfer_terms_cannot_become_personal(db):
    account = register_account(db, AccountInput(url="https://www.linkedin.com/in/jane", kind="employee_role"))
    record_terms(db, account.id, TermsInput(disposition=Disposition.transfer_to_successor, agreed_on=TODAY),
                 today=TODAY)
    with pytest.raises(ValidationError) as raised:
        update_account(db, account.id, AccountInput(url="https://www.linkedin.com/in/jane", kind="personal"))
    assert raised.value.codes == {"kind": "personal_with_transfer_terms"}
    assert raised.value.problem.params == {"disposition": Disposition.transfer_to_successor}
    assert get_account(db, account.id).kind == Kind.employee_role


def test_archiving_keeps_the_account_and_says_so_in_the_trail(db):
    account = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlyskollegaer"))
    archive_account(db, account.id, reason="Group closed by its members")
    assert get_account(db, account.id).status == AccountStatus.archived
    [event] = events(db, "archive")
    assert event.old_values == {"status": "active"}
    assert event.new_values == {"status": "archived", "reason": "Group closed by its members"}
    archive_account(db, account.id)  # archiving twice changes nothing
    assert len(events(db, "archive")) == 1


def test_history_of_an_account_is_newest_first(db):
    account = register_account(db, AccountInput(url="https://x.com/acme"))
    update_account(db, account.id, AccountInput(url="https://x.com/acme", display_name="Acme"))
    archive_account(db, account.id)
    with db.reading() as session:
        actions = [event.action for event in account_history(session, account.id)]
    assert actions == ["archive", "update", "register"]


def test_an_account_is_found_by_id_or_by_any_of_its_addresses(db):
    account = register_account(db, AccountInput(url="https://x.com/acme"))
    assert find_account(db, str(account.id)).id == account.id
    assert find_account(db, "https://mobile.twitter.com/ACME/").id == account.id
    with pytest.raises(NotFound) as raised:
        find_account(db, "https://x.com/someone_else")
    assert raised.value.code == "account_address_unknown"
    with pytest.raises(NotFound) as raised:
        find_account(db, "hello world")
    assert raised.value.code == "account_reference_unknown"


def test_a_person_with_the_same_email_is_a_conflict(db):
    add_person(db, PersonInput(name="Søren Østergaard", work_email="Soren@Nordlys.dk"))
    with pytest.raises(Conflict) as raised:
        add_person(db, PersonInput(name="Another Søren", work_email="soren@nordlys.dk "))
    assert (raised.value.code, raised.value.params["email"]) == ("work_email_taken", "soren@nordlys.dk")
