"""Retention: who is past the organisation's retention period, and anonymising them: the name
becomes a pseudonym, email, title and manager link are erased, a personal account leaves the
registry, everything else stays; refusals change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import func, select

from accountregistry.domain.errors import Conflict, NotFound
from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role
from accountregistry.services import organisation
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import PersonInput, add_person, get_person, update_person
from accountregistry.services.retention import (
    anonymise,
    count_due,
    due_for_anonymisation,
    preview_anonymisation,
)
from accountregistry.services.roles import grant_role, revoke_role
from accountregistry.store.models import Account, AccountRole, AuditEvent, HandoverTerms, Person

TODAY = date(2027, 3, 10)


def left(db, name, *, days_ago, manager_id=None):
    return add_person(db, PersonInput(name=name, work_email=f"{name.split()[0].lower()}@nordlys.dk",
                                      title="Sales lead", employment_status=EmploymentStatus.left,
                                      last_working_day=TODAY - timedelta(days=days_ago), manager_id=manager_id),
                      today=TODAY)


def rows(db, table, *where):
    with db.reading() as session:
        return session.exec(select(func.count()).select_from(table).where(*where)).one()


def test_due_are_those_past_the_retention_without_a_role_case_or_consent(db):
    organisation.update_settings(db, retention_months=12)
    long_gone = left(db, "Tuva Lind", days_ago=400)
    recent = left(db, "Peter Holm", days_ago=300)
    with_role = add_person(db, PersonInput(name="Rune Dahl", work_email="rune@nordlys.dk"))
    company = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser", kind=Kind.company))
    grant_role(db, account_id=company.id, person_id=with_role.id, role=Role.admin, granted_on=date(2024, 1, 1),
               today=TODAY)
    update_person(db, with_role.id, PersonInput(name="Rune Dahl", work_email="rune@nordlys.dk",
                                                employment_status=EmploymentStatus.left,
                                                last_working_day=TODAY - timedelta(days=500)), today=TODAY)
    consenting = left(db, "Sara Berg", days_ago=500)
    held = register_account(db, AccountInput(url="https://www.linkedin.com/in/sara-berg-nordlys",
                                             kind=Kind.employee_role, holder_id=consenting.id), today=TODAY)
    with db.engine.begin() as connection:  # a consent the first release kept on such an account (migrated)
        connection.execute(sa.text(
            "INSERT INTO consent_record (account_id, person_id, given_on, share_company_posts, name_employer, "
            "social_selling, recorded_at, recorded_by) VALUES (:account, :person, :day, FALSE, FALSE, FALSE, :day, 'x')"),
            {"account": held.id, "person": consenting.id, "day": date(2024, 1, 1)})
    add_person(db, PersonInput(name="Stays", work_email="stays@nordlys.dk"))
    due = due_for_anonymisation(db, today=TODAY)
    assert [d.person_id for d in due] == [long_gone.id]
    assert count_due(db, today=TODAY) == 1
    assert recent.id not in [d.person_id for d in due]
    organisation.update_settings(db, retention_months=6)
    assert {d.person_id for d in due_for_anonymisation(db, today=TODAY)} == {long_gone.id, recent.id}


def test_anonymising_keeps_the_history_and_removes_the_personal_account(db):
    manager = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    gone = add_person(db, PersonInput(name="Søren Østergaard", work_email="soren@nordlys.dk", manager_id=manager.id))
    company = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company))
    grant = grant_role(db, account_id=company.id, person_id=gone.id, role=Role.owner, granted_on=date(2020, 1, 1),
                       today=TODAY)
    revoke_role(db, role_id=grant.id, reason="left", revoked_on=date(2021, 6, 30), today=TODAY)
    update_person(db, gone.id, PersonInput(name="Søren Østergaard", work_email="soren@nordlys.dk", title="Sales lead",
                                           employment_status=EmploymentStatus.left, manager_id=manager.id,
                                           last_working_day=TODAY - timedelta(days=2000)), today=TODAY)
    own = register_account(db, AccountInput(url="https://www.linkedin.com/in/soren-ostergaard/", kind=Kind.personal,
                                            holder_id=gone.id, login_email="soren.private@gmail.com"), today=TODAY)
    events_before = rows(db, AuditEvent)

    preview = preview_anonymisation(db, gone.id)
    assert (preview.name, preview.work_email, preview.title) == ("Søren Østergaard", "soren@nordlys.dk", "Sales lead")
    assert preview.personal_accounts == ("LinkedIn: in/soren-ostergaard",)
    [done] = anonymise(db, [gone.id])
    assert done.pseudonym == f"[former employee {gone.id}]"

    person = get_person(db, gone.id)
    assert person.name == f"[former employee {gone.id}]"
    assert (person.work_email, person.title, person.manager_id) == (None, None, None)
    assert person.anonymised_at is not None
    assert person.last_working_day == TODAY - timedelta(days=2000)
    assert rows(db, Account, Account.id == own.id) == 0
    assert rows(db, AccountRole, AccountRole.person_id == gone.id) == 1  # the company account's history stays
    assert rows(db, Account, Account.id == company.id) == 1
    with db.reading() as session:
        new = session.exec(select(AuditEvent).where(AuditEvent.id > 0).order_by(AuditEvent.id.desc()).limit(2)).all()
    assert rows(db, AuditEvent) == events_before + 2  # earlier events all stay
    assert [(e.entity, e.entity_id, e.action) for e in new] == [("person", gone.id, "anonymise"),
                                                                ("account", own.id, "remove_personal")]
    assert new[0].actor == "tester"
    assert "Søren" not in str(new[0].new_values) and "soren" not in str(new[0].new_values)
    with pytest.raises(Conflict) as again:
        anonymise(db, [gone.id])
    assert again.value.code == "already_anonymised"


@pytest.mark.parametrize("blocker, code", [("role", "anonymise_active_role"), ("case", "anonymise_open_case"),
                                           ("employed", "anonymise_not_left")])
def test_refusals_change_nothing(db, blocker, code):
    other = left(db, "Maja Strøm", days_ago=2000)
    if blocker == "employed":
        person = add_person(db, PersonInput(name="Rasmus Kjeldsen", work_email="rasmus@nordlys.dk"))
    else:
        person = add_person(db, PersonInput(name="Rasmus Kjeldsen", work_email="rasmus@nordlys.dk",
                                            employment_status=EmploymentStatus.leaving,
                                            last_working_day=date.today() + timedelta(days=20)))
    if blocker == "role":
        account = register_account(db, AccountInput(url="https://x.com/nordlysrejser", kind=Kind.company))
        grant_role(db, account_id=account.id, person_id=person.id, role=Role.editor, granted_on=date(2025, 1, 1))
    if blocker == "case":
        start_offboarding(db, person_id=person.id, last_working_day=date.today() + timedelta(days=20))
    events = rows(db, AuditEvent)
    with pytest.raises(Conflict) as refused:
        anonymise(db, [other.id, person.id])  # all or none
    assert refused.value.code == code
    assert rows(db, AuditEvent) == events
    assert get_person(db, other.id).name == "Maja Strøm"
    assert get_person(db, person.id).work_email == "rasmus@nordlys.dk"


def test_an_unknown_person_is_refused(db):
    with pytest.raises(NotFound) as refused:
        anonymise(db, [999])
    assert refused.value.code == "person_not_found"


def test_the_sample_organisations_due_leavers(db):
    fill_with_sample_organisation(db, today=TODAY)
    organisation.update_settings(db, retention_months=3)
    due = due_for_anonymisation(db, today=TODAY)
    assert due, "the sample organisation has leavers past a short retention"
    with db.reading() as session:
        terms_before = session.exec(select(func.count()).select_from(HandoverTerms)).one()
    done = anonymise(db, [d.person_id for d in due])
    assert [d.person_id for d in done] == [d.person_id for d in due]
    assert due_for_anonymisation(db, today=TODAY) == []
    with db.reading() as session:
        for d in done:
            assert session.get(Person, d.person_id).name == d.pseudonym
        assert session.exec(select(func.count()).select_from(HandoverTerms)).one() <= terms_before


def test_erasing_a_company_login_moves_the_accounts_updated_at(db):
    # The account's record changes (its login is erased, audited): its updated_at moves with it, as
    # with any other change of the record.
    gone = left(db, "Søren Østergaard", days_ago=2000)
    company = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                                login_email=gone.work_email))
    anonymise(db, [gone.id])
    with db.reading() as session:
        account = session.get(Account, company.id)
    assert account.login_email is None and account.version == company.version + 1
    assert account.updated_at > company.updated_at
