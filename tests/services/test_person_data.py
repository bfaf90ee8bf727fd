"""An access request holds everything the registry has about one person: counted against the
database, for people of the sample organisation."""

from __future__ import annotations

import json
import os
import stat
from datetime import date

import pytest
from sqlalchemy import text

from accountregistry.domain.errors import NotFound
from accountregistry.domain.vocabulary import AgreementKind
from accountregistry.services import agreements, policy
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.person_data import export_person_data, person_data, person_data_by_email

TODAY = date(2027, 3, 10)

# What each section should hold, asked of the database in plain SQL.
COUNTS = {
    "accounts_held": "SELECT count(*) FROM account WHERE holder_id = :p",
    "roles": "SELECT count(*) FROM account_role WHERE person_id = :p",
    "handover_terms": "SELECT count(*) FROM handover_terms WHERE successor_id = :p",
    "consent_records": "SELECT count(*) FROM consent_record WHERE person_id = :p",
    "offboarding_cases": "SELECT count(*) FROM offboarding_case WHERE person_id = :p OR successor_id = :p",
    "checklist_items": "SELECT count(*) FROM checklist_item WHERE assignee_person_id = :p",
    "agreements": "SELECT count(*) FROM agreement WHERE person_id = :p",
    "policy_acknowledgements": "SELECT count(*) FROM policy_acknowledgement WHERE person_id = :p",
    "audit_events": """SELECT count(*) FROM audit_event WHERE
        (entity = 'person' AND entity_id = :p)
        OR (entity = 'account' AND entity_id IN (SELECT id FROM account WHERE holder_id = :p))
        OR (entity = 'account_role' AND entity_id IN (SELECT id FROM account_role WHERE person_id = :p))
        OR (entity = 'handover_terms' AND entity_id IN (SELECT id FROM handover_terms WHERE successor_id = :p))
        OR (entity = 'offboarding_case' AND entity_id IN
            (SELECT id FROM offboarding_case WHERE person_id = :p OR successor_id = :p))
        OR (entity = 'checklist_item' AND entity_id IN (SELECT id FROM checklist_item WHERE assignee_person_id = :p))
        OR (entity = 'consent_record' AND entity_id IN (SELECT id FROM consent_record WHERE person_id = :p))
        OR (entity = 'agreement' AND entity_id IN (SELECT id FROM agreement WHERE person_id = :p))
        OR (entity = 'attachment' AND entity_id IN (SELECT a.id FROM attachment a JOIN agreement g
                                                     ON g.id = a.agreement_id WHERE g.person_id = :p))
        OR (entity = 'policy_acknowledgement' AND entity_id IN
            (SELECT id FROM policy_acknowledgement WHERE person_id = :p))""",
}


def count(db, sql, person_id):
    import sqlalchemy as sa

    with db.engine.connect() as connection:
        return connection.execute(sa.text(sql), {"p": person_id}).scalar_one()


@pytest.fixture
def sample(db):
    fill_with_sample_organisation(db, today=TODAY)
    everyone = people(db)
    leaver = next(person_id for person_id, _, status in everyone if status == "leaving")
    successor = next(person_id for person_id, _, status in everyone if status == "employed")
    with db.engine.connect() as connection:  # either engine: a bound parameter, and a date or its text
        last_day = connection.execute(text("SELECT last_working_day FROM person WHERE id = :id"),
                                      {"id": leaver}).scalar()
    if not isinstance(last_day, date):
        last_day = date.fromisoformat(last_day)
    start_offboarding(db, person_id=leaver, last_working_day=last_day, successor_id=successor,
                      today=TODAY)
    # The leaver agreed to the handover and acknowledged the policy; so did the successor.
    version = policy.record_policy(db, policy.PolicyInput(effective_on=date(2027, 1, 1), approved_by="Board",
                                                          texts={"language": "Be kind."}), today=TODAY)
    for person_id in (leaver, successor):
        policy.acknowledge(db, person_id, version=version.version, on=date(2027, 2, 1), today=TODAY)
    agreements.record_agreement(db, leaver, agreements.AgreementInput(agreed_on=date(2027, 3, 1), note="Signed"),
                                kind=AgreementKind.handover_confirmation, today=TODAY)
    return db


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
    assert person_data_by_email(sample, email.upper()).person["id"] == person_id


def test_an_unknown_person_is_refused(sample):
    with pytest.raises(NotFound) as refused:
        person_data_by_email(sample, "nobody@nordlys.dk")
    assert refused.value.code == "person_email_not_found"
