"""The risk rules on crafted accounts: each rule fires on the account made for it, and stays
silent on a clean one and on the look-alikes it must not flag."""

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from accountregistry.domain.risks import (
    RISK_RULES,
    ListedConsent,
    RULES_BY_SEVERITY,
    RiskContext,
    RiskFacts,
    Severity,
    WEAK_TWO_FACTOR,
    next_review_due,
    review_overdue,
    risks_of,
    rule,
)
from accountregistry.domain.vocabulary import AccountStatus, Kind, TwoFactor

TODAY = date(2026, 11, 21)
CONTEXT = RiskContext(today=TODAY, company_domains=frozenset({"nordlys.dk", "nordlys.se"}))

# A company page with everything in order: two admins, terms, a company login, two-factor,
# reviewed in time, its password changed after the last revocation. (How the facts are worked
# out from dates and grants is tested against the database: tests/services/test_risks.py.)
CLEAN = RiskFacts(
    kind=Kind.company, status=AccountStatus.active, has_holder=False, login_domain="nordlys.dk",
    weak_two_factor=False, controllers=2, leaver_holds_role=False, has_current_terms=True,
    review_overdue=False, secret_not_rotated=False, listed_consent=ListedConsent.not_listed,
)
CLEAN_EMPLOYEE_ROLE = CLEAN._replace(kind=Kind.employee_role, has_holder=True)
CLEAN_PERSONAL = CLEAN._replace(kind=Kind.personal, has_holder=True, controllers=0, has_current_terms=False,
                                login_domain="gmail.com", weak_two_factor=True)

# An ambassador's own profile, listed with consent in force.
AMBASSADOR = CLEAN_PERSONAL._replace(listed_consent=ListedConsent.in_force)

# A personal group someone built in the company's name, whose terms say its holder keeps it.
UNOFFICIAL_GROUP = CLEAN_PERSONAL._replace(official=False, group=True, has_current_terms=True,
                                           terms_holder_keeps=True)

# (rule id, an account it must flag): one per rule, and every rule has one.
FIRES = [
    ("no_active_admin", CLEAN._replace(controllers=0)),
    ("single_admin", CLEAN._replace(controllers=1)),
    ("leaver_holds_role", CLEAN._replace(leaver_holds_role=True)),
    ("login_outside_company_domains", CLEAN._replace(login_domain="gmail.com")),
    ("no_handover_terms", CLEAN._replace(has_current_terms=False)),
    ("review_overdue", CLEAN._replace(review_overdue=True)),
    ("two_factor_missing", CLEAN._replace(weak_two_factor=True)),
    ("kind_or_holder_unknown", CLEAN._replace(kind=None)),
    ("secret_not_rotated", CLEAN._replace(secret_not_rotated=True)),
    ("ambassador_without_consent", CLEAN_PERSONAL._replace(listed_consent=ListedConsent.never_given)),
    ("consent_withdrawn_still_listed", CLEAN_PERSONAL._replace(listed_consent=ListedConsent.withdrawn)),
    ("employee_role_holder_left", CLEAN_EMPLOYEE_ROLE._replace(holder_left=True)),
    ("terms_not_agreed_by_holder", CLEAN_EMPLOYEE_ROLE._replace(holder_not_agreed=True)),
    ("unofficial_undecided", CLEAN._replace(official=False, has_current_terms=False)),
    ("personal_group_built_for_company", UNOFFICIAL_GROUP),
    ("change_flag_open", CLEAN._replace(change_flagged=True)),
    ("policy_not_acknowledged", CLEAN_EMPLOYEE_ROLE._replace(holder_not_acknowledged_policy=True)),
    ("policy_not_acknowledged", AMBASSADOR._replace(holder_not_acknowledged_policy=True)),
]

# (rule id, why, an account it must not flag although it looks close).
SILENT = [
    ("no_active_admin", "a personal profile is its holder's, not the company's to administer", CLEAN_PERSONAL),
    ("single_admin", "a personal profile has one holder by nature", CLEAN_PERSONAL._replace(controllers=1)),
    ("leaver_holds_role", "a leaver on their own personal profile is no concern of the company",
     CLEAN_PERSONAL._replace(leaver_holds_role=True)),
    ("login_outside_company_domains", "a subdomain is the company's", CLEAN._replace(login_domain="mail.nordlys.se")),
    ("login_outside_company_domains", "the domain is compared without letter case",
     CLEAN._replace(login_domain="Nordlys.DK")),
    ("login_outside_company_domains", "spaces around the address are not part of its domain",
     CLEAN._replace(login_domain="nordlys.dk ")),
    ("login_outside_company_domains", "a personal profile logs in with its holder's own address",
     CLEAN_PERSONAL),
    ("login_outside_company_domains", "no login recorded is not a login outside", CLEAN._replace(login_domain=None)),
    ("no_handover_terms", "a personal profile is never handed over", CLEAN_PERSONAL),
    ("no_handover_terms", "an unknown kind is flagged as unknown instead",
     CLEAN._replace(kind=None, has_current_terms=False)),
    ("two_factor_missing", "an employer cannot require two-factor on a person's own profile", CLEAN_PERSONAL),
    ("kind_or_holder_unknown", "a company page needs no holder", CLEAN),
    ("kind_or_holder_unknown", "an employee-role profile with its holder", CLEAN_EMPLOYEE_ROLE),
    ("ambassador_without_consent", "a listed profile whose holder consented",
     CLEAN_PERSONAL._replace(listed_consent=ListedConsent.in_force)),
    ("ambassador_without_consent", "a personal profile nobody listed needs no consent", CLEAN_PERSONAL),
    ("consent_withdrawn_still_listed", "a withdrawal and the profile taken off the list", CLEAN_PERSONAL),
    ("consent_withdrawn_still_listed", "listed, never asked: the other rule says so",
     CLEAN_PERSONAL._replace(listed_consent=ListedConsent.never_given)),
    ("employee_role_holder_left", "a personal profile stays its holder's after they leave",
     CLEAN_PERSONAL._replace(holder_left=True)),
    ("employee_role_holder_left", "a holder still employed", CLEAN_EMPLOYEE_ROLE),
    ("terms_not_agreed_by_holder", "a company page has no holder to agree",
     CLEAN._replace(holder_not_agreed=True)),
    ("terms_not_agreed_by_holder", "terms the holder agreed", CLEAN_EMPLOYEE_ROLE),
    ("terms_not_agreed_by_holder", "no terms at all: the terms rule says so",
     CLEAN_EMPLOYEE_ROLE._replace(has_current_terms=False)),
    ("unofficial_undecided", "an unofficial page whose future is decided in its terms", CLEAN._replace(official=False)),
    ("unofficial_undecided", "an official page", CLEAN),
    ("unofficial_undecided", "a personal profile is not made in the company's name",
     CLEAN_PERSONAL._replace(official=False)),
    ("no_handover_terms", "an unofficial page is flagged as undecided instead",
     CLEAN._replace(official=False, has_current_terms=False)),
    ("personal_group_built_for_company", "its terms hand it to the company",
     UNOFFICIAL_GROUP._replace(terms_holder_keeps=False)),
    ("personal_group_built_for_company", "the holder's own group, made with a mandate",
     UNOFFICIAL_GROUP._replace(official=True)),
    ("personal_group_built_for_company", "a profile, not a group", UNOFFICIAL_GROUP._replace(group=False)),
    ("change_flag_open", "no review flagged it", CLEAN),
    ("policy_not_acknowledged", "a personal profile nobody listed: the holder speaks for themselves",
     CLEAN_PERSONAL._replace(holder_not_acknowledged_policy=True)),
    ("policy_not_acknowledged", "an employee role whose holder acknowledged it", CLEAN_EMPLOYEE_ROLE),
    ("policy_not_acknowledged", "an ambassador who acknowledged it", AMBASSADOR),
]


def ids(found):
    return {r.id for r in found}


def test_the_clean_accounts_raise_no_risk():
    for clean in (CLEAN, CLEAN_EMPLOYEE_ROLE, CLEAN_PERSONAL):
        assert risks_of(clean, CONTEXT) == (), clean


def test_every_rule_has_a_case_that_fires():
    assert {risk_id for risk_id, _ in FIRES} == {r.id for r in RISK_RULES}


@pytest.mark.parametrize(("risk_id", "facts"), FIRES, ids=[risk_id for risk_id, _ in FIRES])
def test_the_rule_fires_on_its_account_and_only_it_does(risk_id, facts):
    assert rule(risk_id).applies(facts, CONTEXT)
    assert ids(risks_of(facts, CONTEXT)) == {risk_id}
    assert not rule(risk_id).applies(CLEAN, CONTEXT)


@pytest.mark.parametrize(("risk_id", "why", "facts"), SILENT, ids=[f"{r}: {why}" for r, why, _ in SILENT])
def test_the_rule_stays_silent(risk_id, why, facts):
    assert not rule(risk_id).applies(facts, CONTEXT), why


@pytest.mark.parametrize("status", [AccountStatus.archived, AccountStatus.closed])
def test_archived_and_closed_accounts_raise_no_risk(status):
    everything_wrong = CLEAN._replace(kind=None, controllers=0, leaver_holds_role=True,
                                      weak_two_factor=True, review_overdue=True)
    assert len(risks_of(everything_wrong, CONTEXT)) >= 4
    assert risks_of(everything_wrong._replace(status=status), CONTEXT) == ()


def test_a_dormant_account_still_raises_risks():
    assert ids(risks_of(CLEAN._replace(status=AccountStatus.dormant, has_current_terms=False), CONTEXT)) == {
        "no_handover_terms"}


@pytest.mark.parametrize("domain", ["nordlys.dk.evil.com", "evilnordlys.dk", "nordlys.no", ""])
def test_look_alike_domains_are_outside(domain):
    assert rule("login_outside_company_domains").applies(CLEAN._replace(login_domain=domain), CONTEXT)


def test_logins_are_only_judged_when_the_organisation_named_its_domains():
    private = CLEAN._replace(login_domain="gmail.com")
    assert not rule("login_outside_company_domains").applies(private, RiskContext(today=TODAY))


def test_employee_role_accounts_need_a_holder_personal_ones_too():
    for kind in (Kind.employee_role, Kind.personal):
        assert rule("kind_or_holder_unknown").applies(CLEAN._replace(kind=kind, has_holder=False), CONTEXT)


def test_an_account_lists_its_risks_worst_first():
    found = risks_of(CLEAN._replace(kind=None, controllers=0, review_overdue=True), CONTEXT)
    assert [r.id for r in found] == ["no_active_admin", "kind_or_holder_unknown", "review_overdue"]
    assert [r.severity for r in found] == sorted((r.severity for r in found), reverse=True)


def test_every_rule_explains_itself_in_one_line_and_says_what_to_do():
    assert len({r.id for r in RISK_RULES}) == len(RISK_RULES) == len(RULES_BY_SEVERITY)
    for r in RISK_RULES:
        assert r.title and len(r.title) <= 24, r.id
        assert "\n" not in r.explanation and r.explanation.endswith("."), r.id
        assert r.what_to_do.endswith("."), r.id


def test_severities_are_ordered_and_named():
    assert Severity.low < Severity.medium < Severity.high
    assert Severity.named("medium") is Severity.medium
    assert str(Severity.high) == "high"
    with pytest.raises(ValueError, match="“urgent” is not a severity; use low, medium or high."):
        Severity.named("urgent")


def test_an_unknown_rule_id_is_named_in_the_error():
    with pytest.raises(KeyError, match="no risk rule “orphan”"):
        rule("orphan")


@pytest.mark.parametrize(("last", "created", "months", "due"), [
    (date(2026, 1, 15), date(2020, 1, 1), 6, date(2026, 7, 15)),
    (None, date(2026, 3, 10), 6, date(2026, 9, 10)),
    (date(2026, 8, 31), date(2020, 1, 1), 6, date(2027, 2, 28)),  # month end clamps
    (date(2027, 8, 31), date(2020, 1, 1), 6, date(2028, 2, 29)),  # leap year
    (date(2026, 12, 5), date(2020, 1, 1), 12, date(2027, 12, 5)),
])
def test_next_review_due(last, created, months, due):
    assert next_review_due(last, created, months) == due


def test_overdue_agrees_with_adding_months_day_by_day():
    # The rule compares with a precomputed first day instead of adding months per account; both
    # must agree on every base day, across month ends and a leap day.
    for today in (date(2026, 2, 28), date(2026, 3, 1), date(2026, 3, 31), date(2028, 2, 29), date(2026, 11, 21)):
        for months in (1, 3, 6, 12, 60):
            start = today - relativedelta(months=months) - timedelta(days=40)
            for offset in range(80):
                base = start + timedelta(days=offset)
                expected = base + relativedelta(months=months) < today
                assert review_overdue(base, date(2000, 1, 1), months, today) is expected, (today, months, base)


def test_no_two_factor_or_not_knowing_is_weak_and_sms_is_two_factor_if_a_weak_one():
    assert WEAK_TWO_FACTOR == {TwoFactor.none, TwoFactor.unknown}
