"""An access request holds everything the registry has about one person: counted against the
database, for people of the sample organisation."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from accountregistry.domain.errors import NotFound
from accountregistry.domain.vocabulary import AgreementKind
from accountregistry.services import agreements, policy
from accountregistry.services.accounts import ACCOUNT_FIELDS, AccountInput, get_account, update_account
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.people import find_by_email
from accountregistry.services.person_data import export_person_data, person_data

TODAY = date(2027, 3, 10)

# What each section should hold, asked of the database in plain SQL. {held}: the accounts the
# person holds or held, read from the trail's holder changes in Python (held_ever below).
COUNTS = {
    "accounts_held": "SELECT count(*) FROM account WHERE id IN ({held})",
    "roles": "SELECT count(*) FROM account_role WHERE person_id = :p",
    "handover_terms": """SELECT count(*) FROM handover_terms WHERE successor_id = :p
        OR agreed_by_company = (SELECT name FROM person WHERE id = :p)""",
    "consent_records": "SELECT count(*) FROM consent_record WHERE person_id = :p OR asked_by_id = :p",
    "offboarding_cases": "SELECT count(*) FROM offboarding_case WHERE person_id = :p OR successor_id = :p",
    "checklist_items": "SELECT count(*) FROM checklist_item WHERE assignee_person_id = :p",
    "agreements": "SELECT count(*) FROM agreement WHERE person_id = :p",
    "policy_acknowledgements": "SELECT count(*) FROM policy_acknowledgement WHERE person_id = :p",
    "audit_events": """SELECT count(*) FROM audit_event WHERE
        (entity = 'person' AND entity_id = :p)
        OR (entity = 'account' AND entity_id IN ({held}))
        OR (entity = 'account_role' AND entity_id IN (SELECT id FROM account_role WHERE person_id = :p))
        OR (entity = 'handover_terms' AND entity_id IN (SELECT id FROM handover_terms WHERE successor_id = :p
            OR agreed_by_company = (SELECT name FROM person WHERE id = :p)))
        OR (entity = 'offboarding_case' AND entity_id IN
            (SELECT id FROM offboarding_case WHERE person_id = :p OR successor_id = :p))
        OR (entity = 'checklist_item' AND entity_id IN (SELECT id FROM checklist_item WHERE assignee_person_id = :p))
        OR (entity = 'consent_record' AND entity_id IN
            (SELECT id FROM consent_record WHERE person_id = :p OR asked_by_id = :p))
        OR (entity = 'agreement' AND entity_id IN (SELECT id FROM agreement WHERE person_id = :p))
        OR (entity = 'attachment' AND entity_id IN (SELECT a.id FROM attachment a JOIN agreement g
                                                     ON g.id = a.agreement_id WHERE g.person_id = :p))
        OR (entity = 'policy_acknowledgement' AND entity_id IN
            (SELECT id FROM policy_acknowledgement WHERE person_id = :p))""",
}


@pytest.fixture(scope="module")
def sample_day():
    return TODAY


def held_ever(db, person_id) -> set[int]:
    """The accounts the person holds, and those an account event shows them holding before."""
    import sqlalchemy as sa

    with db.engine.connect() as connection:
        held = set(connection.execute(sa.text("SELECT id FROM account WHERE holder_id = :p"),
                                      {"p": person_id}).scalars())
        for account_id, old, new in connection.execute(sa.text(
                "SELECT entity_id, old_values, new_values FROM audit_event WHERE entity = 'account'")):
            sides = [json.loads(side) if isinstance(side, str) else side for side in (old, new)]
            if any((side or {}).get("holder_id") == person_id for side in sides):
                held.add(account_id)
    return held


def count(db, sql, person_id):
    import sqlalchemy as sa

    held = ", ".join(str(account_id) for account_id in sorted(held_ever(db, person_id))) or "NULL"
    with db.engine.connect() as connection:
        return connection.execute(sa.text(sql.format(held=held)), {"p": person_id}).scalar_one()


@pytest.fixture
def sample(sample):
    everyone = people(sample)
    leaver = next(person_id for person_id, _, status in everyone if status == "leaving")
    successor = next(person_id for person_id, _, status in everyone if status == "employed")
    with sample.engine.connect() as connection:  # either engine: a bound parameter, and a date or its text
        last_day = connection.execute(text("SELECT last_working_day FROM person WHERE id = :id"),
                                      {"id": leaver}).scalar()
    if not isinstance(last_day, date):
        last_day = date.fromisoformat(last_day)
    start_offboarding(sample, person_id=leaver, last_working_day=last_day, successor_id=successor,
                      today=TODAY)
    # The leaver agreed to the handover and acknowledged the policy; so did the successor.
    version = policy.record_policy(sample, policy.PolicyInput(effective_on=date(2027, 1, 1), approved_by="Board",
                                                              texts={"language": "Be kind."}), today=TODAY)
    for person_id in (leaver, successor):
        policy.acknowledge(sample, person_id, version=version.version, on=date(2027, 2, 1), today=TODAY)
    agreements.record_agreement(sample, leaver, agreements.AgreementInput(agreed_on=date(2027, 3, 1), note="Signed"),
                                kind=AgreementKind.handover_confirmation, today=TODAY)
    hand_an_account_over(sample, leaver, successor)
    return sample


def hand_an_account_over(db, holder, successor) -> int:
    """One of the holder's accounts gets another holder, as `account set ID holder=EMAIL` does."""
    import sqlalchemy as sa

    with db.engine.connect() as connection:
        account_id = connection.execute(sa.text("SELECT min(id) FROM account WHERE holder_id = :p AND kind != 'personal'"),
                                        {"p": holder}).scalar_one()
    account = get_account(db, account_id)
    data = AccountInput(**{name: getattr(account, name) for name in ACCOUNT_FIELDS})
    update_account(db, account_id, replace(data, holder_id=successor), today=TODAY)
    return account_id


def people(db):
    import sqlalchemy as sa

    with db.engine.connect() as connection:
        return connection.execute(sa.text("SELECT id, work_email, employment_status FROM person ORDER BY id")).all()


def test_every_item_held_about_each_person_is_in_the_export(sample):
    everyone = people(sample)
    assert any(status == "leaving" for _, _, status in everyone)
    nonempty = set()
    for person_id, email, _ in everyone:
        data = person_data(sample, person_id)
        assert data.person["id"] == person_id and data.person["work_email"] == email
        for section, sql in COUNTS.items():
            assert len(data.sections[section]) == count(sample, sql, person_id), (person_id, section)
            nonempty |= {section} if data.sections[section] else set()
    assert nonempty == set(COUNTS)  # the sample organisation exercises every section


def test_the_json_file_is_the_same_data_and_private(sample, tmp_path):
    person_id, email, _ = next(p for p in people(sample) if p[2] == "leaving")
    target, data = export_person_data(sample, person_id, tmp_path / "access-request.json")
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["person"]["work_email"] == email
    assert sum(len(written[name]) for name in COUNTS) + 1 == data.count()
    assert stat.S_IMODE(os.stat(target).st_mode) & 0o077 == 0  # personal data: the owner only
    assert person_data(sample, find_by_email(sample, email.upper()).id).person["id"] == person_id


def test_an_unknown_person_is_refused(sample):
    with pytest.raises(NotFound) as refused:
        find_by_email(sample, "nobody@nordlys.dk")
    assert refused.value.code == "person_email_not_found"


def test_a_former_holder_still_finds_the_account_and_its_holder_change(sample):
    everyone = people(sample)
    leaver = next(person_id for person_id, _, status in everyone if status == "leaving")
    successor = next(person_id for person_id, _, status in everyone if status == "employed")
    [account_id] = [a for a in held_ever(sample, leaver) if get_account(sample, a).holder_id == successor]
    data = person_data(sample, leaver)
    assert account_id in [row["id"] for row in data.sections["accounts_held"]]
    changes = [event for event in data.sections["audit_events"] if event["entity"] == "account"
               and event["entity_id"] == account_id and (event["old_values"] or {}).get("holder_id") == leaver]
    assert [(change["new_values"]["holder_id"], change["action"]) for change in changes] == [(successor, "update")]
    # The successor finds it too, as its holder now.
    assert account_id in [row["id"] for row in person_data(sample, successor).sections["accounts_held"]]


def test_the_consent_a_person_asked_for_and_the_terms_they_agreed_for_the_company(sample):
    import sqlalchemy as sa

    with sample.engine.connect() as connection:
        asker, consent_id = connection.execute(sa.text(
            "SELECT asked_by_id, min(id) FROM consent_record WHERE asked_by_id IS NOT NULL AND asked_by_id != person_id "
            "GROUP BY asked_by_id ORDER BY asked_by_id")).first()
        terms_id = connection.execute(sa.text(
            "SELECT min(t.id) FROM handover_terms t JOIN person p ON p.name = t.agreed_by_company "
            "WHERE p.id = :p AND (t.successor_id IS NULL OR t.successor_id != :p)"), {"p": asker}).scalar()
    data = person_data(sample, asker)
    assert consent_id in [row["id"] for row in data.sections["consent_records"]]
    assert terms_id is not None and terms_id in [row["id"] for row in data.sections["handover_terms"]]
