"""The account window heads a change to each of the account's records by what was changed:
anonymising rewrites a role's reason, a checklist item's note, a consent note and the terms in
one go, and each of those lines says which record it changed (in Danish here)."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.audit import account_history
from accountregistry.services.consent import ConsentInput, give_consent, withdraw_consent
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.offboarding import case_items, complete_item, start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.retention import anonymise
from accountregistry.services.roles import grant_role, revoke_role

from account_window import history_lines, open_window

NAME = "Søren Østergaard"


def test_each_record_anonymising_rewrote_has_its_own_line(qtbot, db, speak):
    today = date.today()
    gone = add_person(db, PersonInput(name=NAME, work_email="soren@nordlys.dk", employment_status=EmploymentStatus.left,
                                      last_working_day=today - timedelta(days=900)))
    mette = add_person(db, PersonInput(name="Mette Holm", work_email="mette@nordlys.dk"))
    ida = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    profile = register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm", kind=Kind.personal,
                                                holder_id=mette.id, notes=f"Set up with {NAME}."))
    role = grant_role(db, account_id=profile.id, person_id=ida.id, role=Role.editor, granted_on=today)
    revoke_role(db, role_id=role.id, reason=f"{NAME} said so")
    record_terms(db, profile.id, TermsInput(disposition=Disposition.holder_keeps, agreed_on=today,
                                            content_terms=f"Posts {NAME} wrote stay."))
    give_consent(db, profile.id, ConsentInput(given_on=today))
    withdraw_consent(db, profile.id, note=f"Told {NAME}.")
    case = start_offboarding(db, person_id=mette.id, last_working_day=today + timedelta(days=30))
    item = next(v for v in case_items(db, case.id) if v.account_id == profile.id)
    complete_item(db, item.id, note=f"Checked with {NAME}.")
    anonymise(db, [gone.id])
    with db.reading() as session:
        rewritten = {event.entity for event in account_history(session, profile.id) if event.action == "update"}
    assert rewritten == {"account", "account_role", "handover_terms", "consent_record", "checklist_item"}

    speak("da")
    lines = history_lines(open_window(qtbot, db, profile.id))
    said = {QCoreApplication.translate("AccountDetail", text) for text in (
        "Changed the account", "Changed the record of a role", "Changed recorded handover terms",
        "Changed the record of the holder's ambassador consent", "Changed an offboarding checklist item")}
    assert len(said) == 5  # five different lines, one per record
    assert said <= set(lines)
    assert "Ændrede oplysningerne om en rolle" in lines
