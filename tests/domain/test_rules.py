"""The product's rules, once (domain/rules.py): each says what is wrong as a code, or nothing."""

from datetime import date

import pytest

from accountregistry.domain import rules
from accountregistry.domain.vocabulary import AccountStatus, Disposition, EmploymentStatus, Kind


def code(problem):
    return problem.code if problem is not None else None


@pytest.mark.parametrize(("account_status", "person_status", "expected"), [
    (AccountStatus.active, EmploymentStatus.employed, None),
    (AccountStatus.dormant, EmploymentStatus.leaving, None),
    (AccountStatus.archived, EmploymentStatus.employed, "grant_on_archived_account"),
    (AccountStatus.active, EmploymentStatus.left, "grant_to_leaver"),
    (None, None, None),  # a new account, a new person
])
def test_roles_are_never_granted_on_archived_accounts_nor_to_leavers(account_status, person_status, expected):
    problem = rules.grant_refused(account_status=account_status, person_name="Bo", person_status=person_status)
    assert code(problem) == expected
    if expected == "grant_to_leaver":
        assert problem.params == {"name": "Bo"}


@pytest.mark.parametrize("disposition", list(Disposition))
@pytest.mark.parametrize("kind", [*Kind, None])
def test_only_personal_accounts_refuse_a_transfer(kind, disposition):
    transfers = disposition in (Disposition.transfer_to_company, Disposition.transfer_to_successor)
    assert code(rules.disposition_refused(kind, disposition)) == (
        "personal_not_transferable" if kind == Kind.personal and transfers else None)


def test_an_account_made_personal_needs_terms_that_do_not_transfer_it():
    problem = rules.kind_change_refused(Kind.personal, Kind.company, Disposition.transfer_to_company)
    assert (problem.code, problem.params) == ("personal_with_transfer_terms",
                                              {"disposition": Disposition.transfer_to_company})
    assert rules.kind_change_refused(Kind.personal, Kind.personal, Disposition.transfer_to_company) is None
    assert rules.kind_change_refused(Kind.personal, Kind.company, Disposition.archive) is None
    assert rules.kind_change_refused(Kind.company, Kind.personal, Disposition.transfer_to_company) is None


def test_the_successor_is_someone_else_than_the_holder():
    assert code(rules.successor_refused(3, 3)) == "successor_is_holder"
    assert code(rules.successor_refused("bo@acme.dk", "bo@acme.dk")) == "successor_is_holder"
    assert rules.successor_refused(3, 4) is None and rules.successor_refused(None, None) is None


def test_consent_is_a_holders_for_their_own_profile():
    assert code(rules.consent_refused(Kind.company, 3)) == "consent_only_personal"
    assert code(rules.consent_refused(Kind.employee_role, 3)) == "consent_only_personal"
    assert code(rules.consent_refused(None, 3)) == "consent_kind_unknown"
    assert code(rules.consent_refused(Kind.personal, None)) == "consent_needs_holder"
    assert rules.consent_refused(Kind.personal, 3) is None
