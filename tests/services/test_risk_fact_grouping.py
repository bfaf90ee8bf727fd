"""The risk facts the database computes (services.risks.FACTS, one statement for one account or
all of them) are the facts worked out by hand from each account's raw rows with the domain's
own helpers; and the rules, run once per distinct facts, flag exactly what they flag account by
account. Compared on the demo organisation and on data built around every rule's edges, for
three days of judgement, with and without the company's email domains.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

import pytest

from accountregistry.domain.risks import (
    RISK_RULES,
    WEAK_TWO_FACTOR,
    ListedConsent,
    RiskContext,
    RiskFacts,
    first_day_still_in_time,
    review_overdue,
    risks_of,
)
from accountregistry.domain.vocabulary import (
    CONTROLLING_ROLES,
    AccountStatus,
    Disposition,
    Kind,
    Presence,
    Role,
    TwoFactor,
)
from accountregistry.services import (account_list, accounts, consent, handover, organisation, people, policy, reviews,
                                      risks)
from accountregistry.services import roles as role_service
from accountregistry.services.accounts import AccountInput
from accountregistry.services.consent import ConsentInput
from accountregistry.services.demo import DOMAINS, fill_with_sample_organisation
from accountregistry.services.handover import TermsInput
from accountregistry.services.people import PersonInput
from accountregistry.store.database import ACTOR_ENV, Database
from accountregistry.store.schema import open_database

REAL_TODAY = date.today()
DAYS = {"today": REAL_TODAY, "in 200 days": REAL_TODAY + timedelta(days=200),
        "in 800 days": REAL_TODAY + timedelta(days=800)}
# Far enough ahead that the services accept every date the edges below need.
LATEST = REAL_TODAY + timedelta(days=1000)
HOSTILE_DOMAINS = ["hostile.dk", "hostile.se", "nordlys.dk"]
# The day the review is due against, for each judging day and a spread of intervals: the base
# day exactly on the threshold, and the day before it, are the edges of "overdue".
INTERVALS = (None, 1, 2, 3, 6, 7, 11, 12, 13, 24, 36, 59, 60)


def reference_facts(db: Database, today: date) -> dict[int, RiskFacts]:
    """Each account's facts worked out in Python from its raw rows: what the statement must compute."""
    domains = organisation.company_domains(organisation.get_settings(db))
    connection = sqlite3.connect(db.path)
    try:
        (default_interval,) = connection.execute(
            "SELECT default_review_interval_months FROM organisation_settings").fetchone()
        accounts = connection.execute(
            "SELECT id, kind, status, holder_id, login_email, two_factor, last_reviewed_on, created_at, "
            "review_interval_months, has_secret, secret_updated_at, ambassador, official, presence, "
            "change_flagged_on FROM account").fetchall()
        left = {row[0] for row in connection.execute("SELECT id FROM person WHERE employment_status = 'left'")}
        in_force = connection.execute("SELECT id FROM policy_version WHERE effective_on <= ? "
                                      "ORDER BY effective_on DESC, version DESC LIMIT 1", (today.isoformat(),)).fetchone()
        acknowledged = {row[0] for row in connection.execute(
            "SELECT person_id FROM policy_acknowledgement WHERE policy_version_id = ?", (in_force[0] if in_force else 0,))}
        current_terms: dict[int, tuple] = {}
        for account_id, _version, disposition, agreed in connection.execute(
                "SELECT account_id, version, disposition, agreed_by_holder FROM handover_terms ORDER BY version"):
            current_terms[account_id] = (disposition, agreed)
        grants: dict[int, list] = {}
        for account_id, *grant in connection.execute(
                "SELECT g.account_id, g.person_id, g.role, g.revoked_on, p.employment_status "
                "FROM account_role g JOIN person p ON p.id = g.person_id"):
            grants.setdefault(account_id, []).append(grant)
        with_terms = {row[0] for row in connection.execute("SELECT account_id FROM handover_terms")}
        consents: dict[int, list] = {}
        for account_id, given, withdrawn in connection.execute(
                "SELECT account_id, given_on, withdrawn_on FROM consent_record"):
            consents.setdefault(account_id, []).append((given, withdrawn))
    finally:
        connection.close()
    facts = {}
    for (account_id, kind, status, holder_id, login, two_factor, reviewed, created, interval, has_secret,
         secret_at, listed, official, presence, flagged) in accounts:
        disposition, agreed = current_terms.get(account_id, (None, None))
        own = grants.get(account_id, [])
        active = [(person, role, state) for person, role, revoked, state in own if revoked is None]
        revocations = [revoked for _, _, revoked, _ in own if revoked is not None]
        base = date.fromisoformat(reviewed or created[:10])
        facts[account_id] = RiskFacts(
            kind=Kind(kind) if kind else None, status=AccountStatus(status), has_holder=holder_id is not None,
            login_domain=login.rpartition("@")[2] if domains and login else None,
            weak_two_factor=TwoFactor(two_factor) in WEAK_TWO_FACTOR,
            controllers=min(len({person for person, role, _ in active if role in CONTROLLING_ROLES}), 2),
            leaver_holds_role=any(state in ("leaving", "left") for _, _, state in active),
            has_current_terms=account_id in with_terms,
            review_overdue=review_overdue(base, base, interval or default_interval, today),
            secret_not_rotated=bool(has_secret and secret_at and revocations and max(revocations) > secret_at[:10]),
            listed_consent=_listed_consent(bool(listed) and kind == "personal", consents.get(account_id, []), today),
            official=bool(official), group=Presence(presence) == Presence.group, holder_left=holder_id in left,
            terms_holder_keeps=disposition == Disposition.holder_keeps.value,
            holder_not_agreed=agreed is not None and not agreed, change_flagged=flagged is not None,
            holder_not_acknowledged_policy=bool(in_force) and holder_id is not None and holder_id not in acknowledged)
    return facts


def _listed_consent(listed: bool, records: list[tuple[str | None, str | None]], today: date) -> ListedConsent:
    day = today.isoformat()
    ended = [withdrawn is not None and withdrawn <= day for _, withdrawn in records]
    if not listed:
        return ListedConsent.not_listed
    if any(given is not None and given <= day and not end for (given, _), end in zip(records, ended)):
        return ListedConsent.in_force
    return ListedConsent.withdrawn if any(ended) else ListedConsent.never_given


def per_account(db: Database, today: date, account_ids=None) -> dict[int, tuple]:
    """The rules run on each account's own facts, worked out by hand: no grouping anywhere."""
    domains = organisation.company_domains(organisation.get_settings(db))
    context = RiskContext(today=today, company_domains=domains)
    return {account_id: risks_of(facts, context) for account_id, facts in reference_facts(db, today).items()
            if account_ids is None or account_id in account_ids}


def build_edges(db: Database) -> list[int]:
    """Accounts around every rule's edges, through the services; then, by SQL, what the services
    refuse or cannot date but a database can hold (logins no form accepts, registration days,
    stored passwords' metadata)."""
    rng = random.Random(8128)
    organisation.update_settings(db, email_domains=HOSTILE_DOMAINS, default_review_interval_months=5)
    staff = [people.add_person(db, PersonInput(name=f"Person {n}", work_email=f"p{n}@hostile.dk")).id
             for n in range(6)]
    leaving = people.add_person(db, PersonInput(name="Leaving", employment_status="leaving",
                                                last_working_day=LATEST)).id
    external = people.add_person(db, PersonInput(name="External", employment_status="external")).id
    left = people.add_person(db, PersonInput(name="Left later")).id
    kinds = ("company", "employee_role", "personal", None)
    statuses = ("active", "dormant", "archived", "closed")
    two_factor = ("unknown", "none", "authenticator_app", "security_key", "passkey", "sms", "email")
    logins = (None, "a@hostile.dk", "a@mail.hostile.se", "a@gmail.com", "a@hostile.dk.evil.com", "a@nothostile.dk")
    review_days = [None]
    for day in DAYS.values():
        for months in INTERVALS[1:]:
            edge = first_day_still_in_time(day, months)
            review_days += [edge, edge - timedelta(days=1), edge + timedelta(days=1)]
    ids: list[int] = []
    judged_on_login: list[int] = []  # accounts the login rule looks at
    for n in range(180):
        kind, status = kinds[n % 4], statuses[(n // 4) % 4]
        holder = rng.choice([None, *staff, leaving, external, left]) if n % 5 else None
        group = n % 8 in (2, 3)  # a group, some of them unofficial with terms their holder keeps
        account = accounts.register_account(db, AccountInput(
            platform="facebook" if group else "x", presence="group" if group else None, handle=f"edge_{n}",
            kind=kind, official=n % 6 not in (2, 3), status="active" if status == "archived" else status,
            holder_id=holder, two_factor=two_factor[n % 7],
            login_email=logins[n % len(logins)], review_interval_months=INTERVALS[n % len(INTERVALS)],
            last_reviewed_on=review_days[n % len(review_days)], ambassador=kind == "personal" and n % 7 < 4),
            today=LATEST)
        ids.append(account.id)
        if kind in ("company", "employee_role") and status == "active":
            judged_on_login.append(account.id)
        pattern = n % 9  # nobody, one controller, two, one person twice, only editors, a leaver, revoked
        grants = {0: [], 1: [(staff[0], Role.owner)], 2: [(staff[1], Role.admin)],
                  3: [(staff[0], Role.owner), (staff[1], Role.admin)],
                  4: [(staff[2], Role.owner), (staff[2], Role.admin)],
                  5: [(staff[3], Role.editor), (staff[4], Role.moderator), (staff[5], Role.analyst)],
                  6: [(leaving, Role.analyst), (staff[0], Role.admin)],
                  7: [(left, Role.owner), (external, Role.admin)],
                  8: [(staff[4], Role.admin), (staff[5], Role.admin), (leaving, Role.owner)]}[pattern]
        for index, (person, role) in enumerate(grants):
            granted_on = REAL_TODAY - timedelta(days=400 + n)
            grant = role_service.grant_role(db, account_id=account.id, person_id=person, role=role,
                                            granted_on=granted_on, today=LATEST)
            if (n + index) % 4 == 0:  # revoked: on some accounts the last holder of a controlling role
                role_service.revoke_role(db, role_id=grant.id, reason="Moved on",
                                         revoked_on=granted_on + timedelta(days=rng.randint(1, 420)), today=LATEST)
        if n % 3:
            handover.record_terms(db, account.id, TermsInput(
                disposition=("holder_keeps" if (n // 2) % 2 else "archive") if kind == "personal" else "transfer_to_company",
                agreed_on=REAL_TODAY - timedelta(days=30), agreed_by_holder=n % 4 < 2), today=LATEST)
        if n % 11 == 0:
            reviews.flag_for_change(db, account.id, note="The holder changed", today=LATEST)
            if n % 22 == 0:
                reviews.resolve_change_flag(db, account.id)
        if kind == "personal" and n % 7 < 5:  # listed (< 4) or not; consent given, withdrawn, ending, or none
            if n % 7 in (1, 2, 3) and holder is not None:
                consent.give_consent(db, account.id, ConsentInput(given_on=REAL_TODAY - timedelta(days=200)),
                                     today=LATEST)
            if n % 7 in (2, 3, 4):  # ends before, on or after the judging days
                consent.withdraw_consent(db, account.id, on=list(DAYS.values())[n % 3] + timedelta(days=n % 7 - 3),
                                         today=LATEST)
        if status == "archived":  # after its roles: an archived account takes no new ones
            accounts.archive_account(db, account.id)
    # A policy in force on every judging day, acknowledged by some of the people.
    version = policy.record_policy(db, policy.PolicyInput(effective_on=min(DAYS.values()) - timedelta(days=1),
                                                          approved_by="Board", texts={"language": "Be kind."}),
                                   today=LATEST)
    for person in staff[::2]:
        policy.acknowledge(db, person, version=version.version, on=min(DAYS.values()), today=LATEST)
    people.update_person(db, left, PersonInput(name="Left later", employment_status="left",
                                               last_working_day=REAL_TODAY - timedelta(days=1)))
    connection = sqlite3.connect(db.path)
    try:
        with connection:
            odd_logins = ("A@HOSTILE.DK", " a@hostile.dk ", "no-at-sign", "a@b@hostile.dk", "", "a@", "@hostile.se",
                          "a@hostile.dk@gmail.com", "a@Mail.Hostile.SE", " ")
            for n, login in enumerate(odd_logins):
                connection.execute("UPDATE account SET login_email = ? WHERE id = ?", (login, judged_on_login[n]))
            # Registered long ago, at every hour: a never-reviewed account is due from its UTC day.
            for n, account_id in enumerate(ids):
                day = REAL_TODAY - timedelta(days=rng.randint(0, 2000))
                if n % 6 == 0:  # exactly on an edge for one of the judging days
                    day = first_day_still_in_time(list(DAYS.values())[n % 3], INTERVALS[1 + n % 12])
                connection.execute("UPDATE account SET created_at = ? WHERE id = ?",
                                   (f"{day} {n % 24:02d}:{n % 60:02d}:00.000000", account_id))
            # Stored passwords changed before, on and after the last revocation's day.
            revoked = dict(connection.execute(
                "SELECT account_id, max(revoked_on) FROM account_role GROUP BY account_id").fetchall())
            for n, account_id in enumerate(ids[::2]):
                last = revoked.get(account_id)
                base = date.fromisoformat(last) if last else REAL_TODAY - timedelta(days=100)
                moment = f"{base + timedelta(days=(-1, 0, 1, -300)[n % 4])} {('00:00:01', '23:59:59')[n % 2]}.000000"
                connection.execute("UPDATE account SET has_secret = 1, secret_updated_at = ? WHERE id = ?",
                                   (moment, account_id))
    finally:
        connection.close()
    return ids


def _built(tmp_path_factory, name, build) -> Database:
    # Built once per module (the comparisons only read); the test world's actor is per test.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ACTOR_ENV, "tester")
        db = open_database(tmp_path_factory.mktemp(name) / "registry.sqlite3")
        build(db)
        return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = _built(tmp_path_factory, "demo", fill_with_sample_organisation)
    yield db
    db.close()


@pytest.fixture(scope="module")
def edges(tmp_path_factory):
    db = _built(tmp_path_factory, "edges", build_edges)
    yield db
    db.close()


def set_domains(db: Database, domains: list[str]) -> None:
    # Each test says which domains it judges against: module data, any test order.
    organisation.update_settings(db, email_domains=domains)


DOMAIN_CHOICES = {"domains set": "set", "domains unset": []}


def domains_for(choice, own: list[str]) -> list[str]:
    return own if choice == "set" else choice


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("domain_choice", DOMAIN_CHOICES)
@pytest.mark.parametrize("data", ["demo", "edges"])
def test_grouped_risks_are_the_rules_run_account_by_account(request, monkeypatch, data, domain_choice, day):
    db = request.getfixturevalue(data)
    set_domains(db, domains_for(DOMAIN_CHOICES[domain_choice],
                                list(DOMAINS.values()) if data == "demo" else HOSTILE_DOMAINS))
    assert risks.risk_facts(db, today=DAYS[day]) == reference_facts(db, DAYS[day])
    judged = []
    real = risks.risks_of
    monkeypatch.setattr(risks, "risks_of", lambda facts, context: judged.append(facts) or real(facts, context))
    grouped = risks.account_risks(db, today=DAYS[day])
    expected = per_account(db, DAYS[day])
    assert grouped.keys() == expected.keys()
    wrong = {account_id: ([r.id for r in grouped[account_id]], [r.id for r in found])
             for account_id, found in expected.items() if grouped[account_id] != found}
    assert not wrong, f"{len(wrong)} accounts differ (grouped, per account): {dict(list(wrong.items())[:5])}"
    # The rules really ran once per distinct key; on the demo, for fewer keys than accounts (the
    # edge data is built so that almost every account differs from every other).
    assert 0 < len(judged) == len(set(judged)) <= len(expected)
    if data == "demo":
        assert len(judged) < len(expected)
    # The window's read ahead: the database groups the accounts by their facts (the flags and
    # small counts as one number), and each account gets the badges its own facts give it.
    ahead = account_list.risks_by_id(account_list.read_risk_groups(db, today=DAYS[day]))
    assert {account_id: [flag.id for flag in flags] for account_id, flags in ahead.items()} == {
        account_id: [rule.id for rule in found] for account_id, found in expected.items()}


@pytest.mark.parametrize("day", DAYS)
def test_named_accounts_in_small_batches_are_judged_as_all_at_once(edges, monkeypatch, day):
    set_domains(edges, HOSTILE_DOMAINS)
    monkeypatch.setattr(risks, "ID_BATCH", 7)
    with sqlite3.connect(edges.path) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM account ORDER BY id")]
    named = ids[::3] + [10**6]  # and one id nobody has
    grouped = risks.account_risks(edges, named, today=DAYS[day])
    assert grouped == per_account(edges, DAYS[day], named)
    assert len(grouped) == len(ids[::3])


def test_every_rule_fires_and_some_accounts_are_clean_on_the_edge_data(edges):
    # The comparison above is only as good as the data: every rule must be met, and missed.
    set_domains(edges, HOSTILE_DOMAINS)
    for day in DAYS.values():
        found = per_account(edges, day)
        fired = {rule.id for flagged in found.values() for rule in flagged}
        assert fired == {rule.id for rule in RISK_RULES}, day
        facts = reference_facts(edges, day)
        active = [found[account_id] for account_id, f in facts.items() if f.status.value in ("active", "dormant")]
        for rule in RISK_RULES:
            assert any(rule not in flagged for flagged in active), (rule.id, day)
    # Some review dates lie exactly on the overdue edge, and some the day before it.
    with sqlite3.connect(edges.path) as connection:
        (default,) = connection.execute("SELECT default_review_interval_months FROM organisation_settings").fetchone()
        bases = {(date.fromisoformat(reviewed or created[:10]), months or default) for reviewed, created, months
                 in connection.execute("SELECT last_reviewed_on, created_at, review_interval_months FROM account")}
    for day in DAYS.values():
        assert any(base == first_day_still_in_time(day, months) for base, months in bases)
        assert any(base == first_day_still_in_time(day, months) - timedelta(days=1) for base, months in bases)
