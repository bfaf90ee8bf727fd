"""The sample organisation: big and varied enough to show every feature, and true to the rules."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlmodel import func, select

from accountregistry.domain.errors import Conflict, StoreError
from accountregistry.domain.platforms import PLATFORM_IDS
from accountregistry.domain.vocabulary import (
    CONTROLLING_ROLES,
    TRANSFER_DISPOSITIONS,
    Disposition,
    EmploymentStatus,
    Kind,
    Presence,
)
from accountregistry.services import organisation
from accountregistry.services.accounts import current_terms_in
from accountregistry.services.consent import consent_lines
from accountregistry.services.demo import DemoSummary, fill_with_sample_organisation
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.models import Account, AccountRole, AuditEvent, HandoverTerms, OrganisationSettings, Person
from accountregistry.store.schema import open_database

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """One filled database shared by the read-only tests: filling takes about a second."""
    db = open_database(tmp_path_factory.mktemp("demo") / "sample.sqlite3", actor="tester")
    summary = fill_with_sample_organisation(db, today=TODAY)
    yield db, summary
    db.close()


def one(session, platform: str, handle: str) -> Account:
    return session.exec(select(Account).where(Account.platform == platform, Account.handle == handle)).one()


def active_roles(session, account_id: int) -> list[AccountRole]:
    return list(session.exec(select(AccountRole).where(AccountRole.account_id == account_id,
                                                       AccountRole.revoked_on.is_(None))))


def counts(db) -> tuple[int, int, int, int]:
    with db.reading() as s:
        return tuple(s.exec(select(func.count()).select_from(table)).one()
                     for table in (Person, Account, AccountRole, AuditEvent))


def test_summary_counts_are_in_range_and_match_the_database(sample):
    db, summary = sample
    assert isinstance(summary, DemoSummary)
    assert summary.organisation == "Nordlys Rejser A/S"
    assert 35 <= summary.people <= 45
    assert 110 <= summary.accounts <= 130
    assert summary.roles > 100
    people, accounts_held, grants, _ = counts(db)
    assert (summary.people, summary.accounts) == (people, accounts_held)
    assert grants > summary.roles  # some grants are revoked history


def test_settings_name_the_company_and_its_domains(sample):
    db, _ = sample
    with db.reading() as s:
        settings = s.get(OrganisationSettings, 1)
    assert settings.name == "Nordlys Rejser A/S"
    assert set(settings.email_domains.split(",")) == {"nordlys.dk", "nordlys.se", "nordlys.no"}
    assert settings.default_review_interval_months == 6
    # A Danish A/S: due dates skip Danish public holidays (Christmas Day is not a business day).
    assert settings.holidays_country == "DK"
    calendar = organisation.business_calendar(settings)
    assert calendar.on_or_before(date(2026, 12, 25)) < date(2026, 12, 25)  # counts as a day before
    assert calendar.on_or_before(date(2026, 12, 22)) == date(2026, 12, 22)


def test_every_kind_presence_and_platform_occurs(sample):
    db, _ = sample
    with db.reading() as s:
        rows = s.exec(select(Account)).all()
    assert {a.kind for a in rows} == set(Kind) | {None}
    assert {a.presence for a in rows} == set(Presence)
    assert {a.platform for a in rows} == set(PLATFORM_IDS)


def test_people_have_scandinavian_names_ascii_emails_and_departures(sample):
    db, _ = sample
    with db.reading() as s:
        people = s.exec(select(Person)).all()
    letters = set("".join(p.name for p in people).lower())
    assert {"æ", "ø", "å"} <= letters and {"ä", "ö"} <= letters
    assert all(p.work_email and p.work_email.isascii() for p in people)
    company = [p for p in people if p.employment_status != EmploymentStatus.external]
    assert all(p.work_email.rsplit("@", 1)[1] in {"nordlys.dk", "nordlys.se", "nordlys.no"} for p in company)
    assert "soren.ostergaard@nordlys.dk" in {p.work_email for p in people}
    statuses = Counter(p.employment_status for p in people)
    assert 1 <= statuses[EmploymentStatus.left] <= 2 and 1 <= statuses[EmploymentStatus.leaving] <= 2
    assert all(p.last_working_day for p in people
               if p.employment_status in (EmploymentStatus.left, EmploymentStatus.leaving))
    assert len({p.department for p in people}) >= 7
    assert sum(p.manager_id is not None for p in people) == len(people) - 1  # all but the CEO


def test_unofficial_facebook_group_made_by_an_employee(sample):
    db, _ = sample
    with db.reading() as s:
        group = one(s, "facebook", "groups/nordlyskollegaer")
        holder = s.get(Person, group.holder_id)
        admins = {r.person_id for r in active_roles(s, group.id)}
    assert (group.presence, group.kind, group.official) == (Presence.group, Kind.company, False)
    assert "Nordlys" in group.display_name
    assert holder.employment_status == EmploymentStatus.employed
    assert holder.name in group.notes
    assert holder.id in admins


def test_salesperson_personal_linkedin_for_social_selling(sample):
    db, _ = sample
    with db.reading() as s:
        profile = one(s, "linkedin", "in/soren-ostergaard")
        terms = current_terms_in(s, profile.id)
        holder = s.get(Person, profile.holder_id)
        grants = active_roles(s, profile.id)
    assert (profile.kind, profile.presence) == (Kind.personal, Presence.profile)
    assert holder.department == "Sales"
    [consent] = consent_lines(db, account_id=profile.id)
    assert consent.given_on is not None and consent.given_on <= TODAY and consent.withdrawn_on is None
    assert "social_selling" in consent.scope and profile.ambassador
    assert terms.disposition == Disposition.holder_keeps and terms.agreed_by_holder
    assert grants == []  # a personal profile has its holder, and no company administrators


def test_employee_role_support_account_on_x(sample):
    db, _ = sample
    with db.reading() as s:
        support = one(s, "x", "nordlyshjaelp")
        terms = current_terms_in(s, support.id)
    assert support.kind == Kind.employee_role
    assert support.responsible_unit == "Customer Support"
    assert support.holder_id is not None
    assert terms.disposition == Disposition.transfer_to_successor
    assert terms.successor_id not in (None, support.holder_id)
    assert terms.agreed_on <= TODAY and terms.agreed_by_company


def test_linkedin_page_whose_only_admin_leaves_next_month(sample):
    db, _ = sample
    with db.reading() as s:
        page = one(s, "linkedin", "nordlys-rejser")
        controlling = [r for r in active_roles(s, page.id) if r.role in CONTROLLING_ROLES]
        admin = s.get(Person, controlling[0].person_id) if controlling else None
    assert (page.kind, page.presence) == (Kind.company, Presence.page)
    assert len(controlling) == 1
    assert admin.employment_status == EmploymentStatus.leaving
    assert TODAY < admin.last_working_day <= TODAY + timedelta(days=45)


def test_risks_are_visible_in_the_data(sample):
    db, _ = sample
    with db.reading() as s:
        rows = s.exec(select(Account)).all()
        company = [a for a in rows if a.kind == Kind.company]
        without_terms = [a for a in company if current_terms_in(s, a.id) is None]
        orphaned = [a for a in company if a.presence == Presence.page
                    and not any(r.role in CONTROLLING_ROLES for r in active_roles(s, a.id))]
        left = {p.id for p in s.exec(select(Person).where(Person.employment_status == EmploymentStatus.left))}
        leftover = s.exec(select(AccountRole).where(AccountRole.revoked_on.is_(None),
                                                    AccountRole.person_id.in_(left))).all()
        revoked = s.exec(select(AccountRole).where(AccountRole.revoked_on.is_not(None))).all()
    outside = [a for a in company if a.login_email
               and a.login_email.rsplit("@", 1)[1] not in {"nordlys.dk", "nordlys.se", "nordlys.no"}]
    assert any(a.login_email.endswith("@gmail.com") for a in outside)
    assert {"unknown", "none"} <= {a.two_factor.value for a in company}
    assert without_terms and orphaned and leftover
    assert any(a.last_reviewed_on and a.last_reviewed_on < TODAY - timedelta(days=365) for a in company)
    assert {a.status.value for a in rows} >= {"active", "dormant", "archived"}
    assert len(revoked) >= 5 and all(r.reason for r in revoked)
    personal = [a for a in rows if a.kind == Kind.personal]
    consents = consent_lines(db)
    assert sum(line.in_force(TODAY) for line in consents) >= 10
    assert any(line.withdrawn_on is not None for line in consents)
    # Listed for ambassador work without any consent recorded: a risk the sample shows.
    consented = {line.account_id for line in consents}
    assert any(a.ambassador and a.id not in consented for a in personal)


def test_personal_accounts_are_never_transferred_and_have_only_their_holder(sample):
    db, _ = sample
    with db.reading() as s:
        personal = s.exec(select(Account).where(Account.kind == Kind.personal)).all()
        for account in personal:
            dispositions = s.exec(select(HandoverTerms.disposition)
                                  .where(HandoverTerms.account_id == account.id)).all()
            assert not set(dispositions) & TRANSFER_DISPOSITIONS, account.handle
            grants = s.exec(select(AccountRole).where(AccountRole.account_id == account.id)).all()
            assert grants == [], account.handle
            assert account.holder_id is not None, account.handle


def test_company_and_employee_role_accounts_have_administrators_and_most_have_terms(sample):
    db, _ = sample
    with db.reading() as s:
        managed = s.exec(select(Account).where(Account.kind.in_([Kind.company, Kind.employee_role]))).all()
        active = {a.id: len(active_roles(s, a.id)) for a in managed}
        with_terms = sum(current_terms_in(s, a.id) is not None for a in managed)
    assert all(n <= 4 for n in active.values())
    assert sum(n == 0 for n in active.values()) <= 2  # only the orphans
    assert with_terms >= 0.7 * len(managed)


def test_audit_trail_has_one_register_event_per_account(sample):
    db, _ = sample
    with db.reading() as s:
        registered = Counter(s.exec(select(AuditEvent.entity_id).where(AuditEvent.entity == "account",
                                                                        AuditEvent.action == "register")).all())
        ids = set(s.exec(select(Account.id)).all())
    assert set(registered) == ids
    assert set(registered.values()) == {1}


def test_a_second_run_is_refused_and_writes_nothing(sample):
    db, summary = sample
    before = counts(db)
    with pytest.raises(Conflict) as raised:
        fill_with_sample_organisation(db, today=TODAY)
    assert (raised.value.code, raised.value.params["accounts"], raised.value.params["people"]) == (
        "demo_needs_empty", summary.accounts, summary.people)
    assert counts(db) == before


def test_refuses_a_database_with_only_people(db):
    add_person(db, PersonInput(name="Åsa Lindqvist"))
    with pytest.raises(Conflict) as raised:
        fill_with_sample_organisation(db)
    assert (raised.value.code, raised.value.params["accounts"], raised.value.params["people"]) == (
        "demo_needs_empty", 0, 1)
    assert counts(db)[:3] == (1, 0, 0)


def test_same_sample_every_time(tmp_path, sample):
    first, _ = sample
    second = open_database(tmp_path / "again.sqlite3", actor="tester")
    try:
        fill_with_sample_organisation(second, today=TODAY)

        def snapshot(db):
            with db.reading() as s:
                return (s.exec(select(Account.platform, Account.handle, Account.last_reviewed_on)
                               .order_by(Account.id)).all(),
                        s.exec(select(AccountRole.account_id, AccountRole.person_id, AccountRole.granted_on,
                                      AccountRole.revoked_on).order_by(AccountRole.id)).all())
        assert snapshot(first) == snapshot(second)
    finally:
        second.close()


def test_dates_follow_today(db):
    fill_with_sample_organisation(db)
    today = date.today()
    with db.reading() as s:
        assert s.exec(select(func.max(AccountRole.granted_on))).one() <= today
        assert s.exec(select(func.max(HandoverTerms.agreed_on))).one() <= today
        leaving = s.exec(select(Person.last_working_day)
                         .where(Person.employment_status == EmploymentStatus.leaving)).all()
    assert all(day > today for day in leaving)


@pytest.mark.sqlite_only  # a full disk simulated with SQLite's page limit
def test_on_a_full_disk_the_sample_saves_nothing(db):
    # Issue 18, finding 4: it said "Nothing was saved." after saving 41 people and 7 accounts.
    pages = {}

    def disk_full(dbapi_connection, _record):
        pages.setdefault("limit", dbapi_connection.execute("PRAGMA page_count").fetchone()[0] + 20)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages['limit']}")

    db.engine.dispose()
    event.listen(db.engine, "connect", disk_full)
    with pytest.raises(StoreError):  # the disk is full
        fill_with_sample_organisation(db, today=TODAY)
    event.remove(db.engine, "connect", disk_full)
    db.engine.dispose()
    with db.reading() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
        assert session.exec(select(func.count()).select_from(AuditEvent)).one() == 0
        assert session.exec(select(func.count()).select_from(Account)).one() == 0
