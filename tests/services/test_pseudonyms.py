"""An anonymised person's pseudonym is stored without words ("[#123]") and read in the reader's
language: "[former employee 123]", "[tidligere medarbejder 123]"; in the person record, in handover
terms they signed for the company, in the account's history and in an access request."""

from __future__ import annotations

import json
from datetime import date, timedelta

import sqlalchemy as sa

from accountregistry import language
from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, Kind
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.audit import account_history
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person, get_person
from accountregistry.services.person_data import export_person_data
from accountregistry.services.retention import anonymise
from tests.engine_support import rows

TODAY = date(2027, 3, 10)


def in_language(code, read):
    previous = language.use_language(code)
    try:
        return read()
    finally:
        language.set_translator(*previous)


def test_the_pseudonym_is_stored_without_words_and_read_in_the_readers_language(db, tmp_path):
    gone = add_person(db, PersonInput(name="Søren Østergaard", work_email="soren@nordlys.dk",
                                      employment_status=EmploymentStatus.left,
                                      last_working_day=TODAY - timedelta(days=2000)), today=TODAY)
    ida = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company),
                            today=TODAY)
    record_terms(db, page.id, TermsInput(disposition=Disposition.transfer_to_successor, successor_id=ida.id,
                                         agreed_on=TODAY - timedelta(days=2100), agreed_by_company="Søren Østergaard"),
                 today=TODAY)
    anonymise(db, [gone.id])

    marker = f"[#{gone.id}]"
    assert rows(db, "SELECT name FROM person WHERE id = :id", id=gone.id) == [(marker,)]
    assert rows(db, "SELECT agreed_by_company FROM handover_terms") == [(marker,)]
    assert get_person(db, gone.id).name == f"[former employee {gone.id}]"
    danish = f"[tidligere medarbejder {gone.id}]"
    assert in_language("da", lambda: get_person(db, gone.id).name) == danish
    assert in_language("sv", lambda: get_person(db, gone.id).name) == f"[tidigare anställd {gone.id}]"

    def history():
        with db.reading() as session:
            return [event.new_values for event in account_history(session, page.id) if event.entity == "person"
                    or event.entity == "handover_terms"]
    assert any(values and values.get("agreed_by_company") == danish for values in in_language("da", history))

    target = tmp_path / "data.json"
    in_language("da", lambda: export_person_data(db, gone.id, target))
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["name"] == danish
    # Nothing in the registry holds the pseudonym in words.
    with db.engine.connect() as connection:
        for table in ("person", "handover_terms"):
            assert "former" not in repr(connection.execute(sa.text(f"SELECT * FROM {table}")).all())
