"""One account or all of them, the command line's `risks`, the accounts table's risk column and
the ownership report: the same facts and the same risks, on either engine, for the records a
join gets wrong if it multiplies or loses rows (one person holding two roles, a revoked and a
leaving administrator, an account without roles or terms, terms proposed after terms agreed,
an agreement that covers one version and not the next)."""

from datetime import date

import pytest

from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, Kind, Role, TwoFactor
from accountregistry.services.account_list import load_accounts
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.agreements import AgreementInput, record_agreement
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.ownership_report import ADMINISTRATOR_SEPARATOR, HEADER
from report_reading import report_rows
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.risks import account_risks, assess, risk_facts
from accountregistry.services.roles import grant_role, revoke_role

TODAY = date(2026, 11, 21)
AGREED = date(2026, 10, 1)
GRANTED = date(2026, 1, 5)


def account(db, handle, **values):
    values.setdefault("kind", Kind.company)
    values.setdefault("two_factor", TwoFactor.passkey)
    values.setdefault("last_reviewed_on", AGREED)
    return register_account(db, AccountInput(url=f"https://www.instagram.com/{handle}", **values), today=TODAY)


def grant(db, account_id, person, role):
    return grant_role(db, account_id=account_id, person_id=person.id, role=role, granted_on=GRANTED, today=TODAY)


def terms(db, account_id, disposition, *, agreed_on=AGREED, by_holder=False):
    record_terms(db, account_id, TermsInput(disposition=disposition, agreed_on=agreed_on,
                                            agreed_by_holder=by_holder), today=TODAY)


@pytest.fixture
def registry(db):
    """Accounts by what they test, and the facts each must have (only the ones a join decides)."""
    person = {key: add_person(db, PersonInput(name=name, work_email=f"{key}@nordlys.dk"))
              for key, name in (("ola", "Ola Berg"), ("kari", "Kari Dahl"), ("leif", "Leif Holm"),
                                ("ida", "Ida Lund"), ("siv", "Siv Moe"))}
    made = {}
    # One person as owner and admin, an editor whose role was revoked; terms agreed, then a
    # version only proposed (the current one).
    made["one person, two roles"] = a = account(db, "two_roles").id
    grant(db, a, person["ola"], Role.owner)
    grant(db, a, person["ola"], Role.admin)
    revoke_role(db, role_id=grant(db, a, person["kari"], Role.editor).id, reason="Moved on",
                revoked_on=date(2026, 3, 1), today=TODAY)
    terms(db, a, Disposition.archive)
    terms(db, a, Disposition.close, agreed_on=None)
    # Two admins, one of whom left, and an analyst whose role is revoked; no terms.
    made["two admins, one left"] = b = account(db, "two_admins").id
    grant(db, b, person["ola"], Role.admin)
    grant(db, b, person["leif"], Role.admin)
    revoke_role(db, role_id=grant(db, b, person["siv"], Role.analyst).id, reason="Moved on",
                revoked_on=date(2026, 2, 1), today=TODAY)
    # Nobody, and nothing agreed.
    made["no roles, no terms"] = account(db, "nobody").id
    # Terms only proposed: no terms as the rules count them, yet the current version is these.
    made["only proposed terms"] = d = account(db, "proposed", kind=Kind.employee_role, holder_id=person["ida"].id).id
    grant(db, d, person["ida"], Role.owner)
    terms(db, d, Disposition.transfer_to_company, agreed_on=None)
    # The holder's agreement covers version 1 of both of Ida's accounts; the second then gets a
    # version 2 the agreement does not cover.
    made["agreement covers the current terms"] = e = account(
        db, "covered", kind=Kind.employee_role, holder_id=person["ida"].id).id
    made["agreement covers an earlier version"] = f = account(
        db, "not_covered", kind=Kind.employee_role, holder_id=person["ida"].id).id
    for account_id in (e, f):
        grant(db, account_id, person["siv"], Role.admin)
        grant(db, account_id, person["kari"], Role.admin)
        terms(db, account_id, Disposition.transfer_to_company)
    record_agreement(db, person["ida"].id, AgreementInput(agreed_on=AGREED), today=TODAY)
    terms(db, f, Disposition.transfer_to_successor)
    # The terms marked agreed by the holder on the record itself, and many grants (one per person).
    made["agreed by the holder, many grants"] = g = account(
        db, "marked", kind=Kind.employee_role, holder_id=person["siv"].id).id
    for key in ("ola", "kari", "ida", "siv"):
        grant(db, g, person[key], Role.editor)
    grant(db, g, person["siv"], Role.admin)
    terms(db, g, Disposition.holder_keeps, by_holder=True)
    update_person(db, person["leif"].id, PersonInput(name="Leif Holm", work_email="leif@nordlys.dk",
                                                     employment_status=EmploymentStatus.left,
                                                     last_working_day=date(2026, 9, 30)))
    expected = {
        # (controllers, leaver holds a role, has current terms, they say the holder keeps it, holder not agreed)
        "one person, two roles": (1, False, True, False, True),
        "two admins, one left": (2, True, False, False, False),
        "no roles, no terms": (0, False, False, False, False),
        "only proposed terms": (1, False, False, False, False),  # Ida agreed to it
        "agreement covers the current terms": (2, False, True, False, False),
        "agreement covers an earlier version": (2, False, True, False, True),
        "agreed by the holder, many grants": (1, False, True, True, False),
    }
    return made, expected


def joined_facts(facts):
    return (facts.controllers, facts.leaver_holds_role, facts.has_current_terms, facts.terms_holder_keeps,
            facts.holder_not_agreed)


def test_each_account_has_its_own_facts_read_alone_or_with_all(db, registry):
    made, expected = registry
    everyone = risk_facts(db, today=TODAY)
    assert len(everyone) == len(made)  # one row per account, however many grants and versions
    for name, account_id in made.items():
        alone = risk_facts(db, [account_id], today=TODAY)
        assert alone == {account_id: everyone[account_id]}, name
        assert joined_facts(everyone[account_id]) == expected[name], name
    assert everyone[made["two admins, one left"]].holder_left is False  # an admin left, not the holder


def test_risks_are_the_same_by_every_path(db, registry):
    made, _ = registry
    everyone = account_risks(db, today=TODAY)
    ids = {account_id: [rule.id for rule in found] for account_id, found in everyone.items()}
    for account_id in made.values():
        assert account_risks(db, [account_id], today=TODAY) == {account_id: everyone[account_id]}
    # The command line's `risks`, and the accounts table's column (read with the rows, and afterwards).
    assessed = assess(db, today=TODAY)
    assert {head.id: [rule.id for rule in found] for head, found in assessed} == ids
    columns = load_accounts(db, today=TODAY)
    assert {account_id: [flag.id for flag in flags] for account_id, flags in zip(columns.id, columns.risks)} == ids
    # The ownership report's risks cell, by its own statement on SQLite and by account_risks elsewhere.
    handles = {head.handle: head.id for head, _ in assessed}
    at_handle, at_risks = HEADER.index("handle"), HEADER.index("risks")
    cells = {handles[row[at_handle]]: row[at_risks] for row in report_rows(db, today=TODAY)}
    assert cells == {account_id: ADMINISTRATOR_SEPARATOR.join(found) for account_id, found in ids.items()}
    # What the facts above mean to the rules.
    assert "no_handover_terms" in ids[made["only proposed terms"]]
    assert "no_handover_terms" not in ids[made["one person, two roles"]]
    assert {"single_admin", "no_active_admin"}.isdisjoint(ids[made["two admins, one left"]])
    assert "leaver_holds_role" in ids[made["two admins, one left"]]
    assert "no_active_admin" in ids[made["no roles, no terms"]]
    assert "terms_not_agreed_by_holder" in ids[made["agreement covers an earlier version"]]
    assert "terms_not_agreed_by_holder" not in ids[made["agreement covers the current terms"]]


def test_only_no_two_factor_or_not_knowing_is_weak(db):
    made = {method: account(db, f"two_factor_{method.value}", two_factor=method).id for method in TwoFactor}
    facts = risk_facts(db, today=TODAY)
    assert {method for method, account_id in made.items() if facts[account_id].weak_two_factor} == {
        TwoFactor.none, TwoFactor.unknown}
