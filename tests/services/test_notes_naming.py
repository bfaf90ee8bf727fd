"""Free text that names a person (notes, reasons, terms) is found before anonymising them, and
their name and email there become the pseudonym: in the rows, in the trail's copies, and in
the file's bytes; or it is left as it was when the user says so."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from accountregistry import language
from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, Kind, Role
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.agreements import AgreementInput, record_agreement
from accountregistry.services.audit import account_history
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.retention import anonymise, preview_anonymisation
from accountregistry.services.roles import grant_role
from accountregistry.store.schema import backup_sqlite
from tests.engine_support import every_row, rows

TODAY = date(2027, 3, 10)
NAME, EMAIL = "Søren Østergaard", "soren@nordlys.dk"


def registry_with_notes(db):
    gone = add_person(db, PersonInput(name=NAME, work_email=EMAIL, employment_status=EmploymentStatus.left,
                                      last_working_day=TODAY - timedelta(days=2000)), today=TODAY)
    ida = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                             notes="The 2FA phone was with søren østergaard; ask Ida."), today=TODAY)
    account = get_account(db, page.id)
    update_account(db, page.id, AccountInput(url=account.url, kind=Kind.company,
                                             notes=f"2FA phone moved from {EMAIL.upper()} to Ida Høgh."),
                   today=TODAY)
    record_terms(db, page.id, TermsInput(disposition=Disposition.transfer_to_successor, successor_id=ida.id,
                                         agreed_on=TODAY - timedelta(days=2100),
                                         content_terms=f"Posts by {NAME} stay online."), today=TODAY)
    other = register_account(db, AccountInput(url="https://www.instagram.com/nordlysrejser", kind=Kind.company,
                                              notes="Nothing about anyone."), today=TODAY)
    return gone, page, other


def test_notes_naming_the_person_are_listed_before_and_replaced_by_the_pseudonym(db):
    gone, page, other = registry_with_notes(db)
    before = every_row(db)

    preview = preview_anonymisation(db, gone.id)
    assert {(note.entity, note.field, note.account_id) for note in preview.notes} == {
        ("account", "notes", page.id), ("handover_terms", "content_terms", page.id)}
    assert all(note.account == "Facebook: nordlysrejser" for note in preview.notes)
    assert every_row(db) == before  # a preview changes nothing

    [done] = anonymise(db, [gone.id])
    assert len(done.notes) == 2
    assert get_account(db, page.id).notes == f"2FA phone moved from [former employee {gone.id}] to Ida Høgh."
    assert get_account(db, other.id).notes == "Nothing about anyone."
    assert rows(db, "SELECT content_terms FROM handover_terms") == [(f"Posts by [#{gone.id}] stay online.",)]
    previous = language.use_language("da")
    try:
        assert get_account(db, page.id).notes == (f"2FA phone moved from [tidligere medarbejder {gone.id}] "
                                                  "to Ida Høgh.")
    finally:
        language.set_translator(*previous)
    # Neither the rows nor the trail's copies of the notes (the first note's words included) hold them.
    everything = every_row(db).lower()
    for word in (NAME, EMAIL, "østergaard"):
        assert word.lower().encode() not in everything
        assert json.dumps(word.lower())[1:-1].encode() not in everything
    with db.reading() as session:
        notes = [event.new_values["notes"] for event in account_history(session, page.id)
                 if event.new_values and "notes" in event.new_values]
    assert notes[-1] == f"The 2FA phone was with [former employee {gone.id}]; ask Ida."
    assert all("østergaard" not in note.lower() for note in notes)


def test_an_agreements_note_rewritten_is_in_the_history_of_each_account_it_covers(db):
    """An agreement has no account of its own: it covers its person's accounts (services/agreements.py)."""
    gone, page, other = registry_with_notes(db)
    kari = add_person(db, PersonInput(name="Kari Holm", work_email="kari@nordlys.dk"))
    for account in (page, other):
        grant_role(db, account_id=account.id, person_id=kari.id, role=Role.admin, today=TODAY)
    agreement = record_agreement(db, kari.id, AgreementInput(note=f"Signed with {NAME} as witness."), today=TODAY)
    [done] = anonymise(db, [gone.id])
    assert ("agreement", agreement.id) in {(note.entity, note.entity_id) for note in done.notes}
    with db.reading() as session:
        rewrites = {account.id: [event.new_values for event in account_history(session, account.id)
                                 if (event.entity, event.action) == ("agreement", "update")]
                    for account in (page, other)}
    rewritten = {"note": f"Signed with [former employee {gone.id}] as witness."}
    assert rewrites == {page.id: [rewritten], other.id: [rewritten]}


def test_keep_notes_leaves_them_as_they_are(db):
    gone, page, _ = registry_with_notes(db)
    [done] = anonymise(db, [gone.id], replace_notes=False)
    assert len(done.notes) == 2
    assert get_account(db, page.id).notes == f"2FA phone moved from {EMAIL.upper()} to Ida Høgh."


@pytest.mark.sqlite_only  # about the SQLite file, its write-ahead log and a backup of it
def test_a_byte_search_finds_the_name_nowhere_in_the_file(db, db_path, tmp_path):
    gone, _, _ = registry_with_notes(db)
    anonymise(db, [gone.id])
    backup = backup_sqlite(db_path, tmp_path / "after.sqlite3")
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), backup):
        data = (path.read_bytes() if path.exists() else b"").lower()
        for word in (NAME, EMAIL, "østergaard"):
            assert word.lower().encode() not in data, path
            assert json.dumps(word.lower())[1:-1].encode() not in data, path
