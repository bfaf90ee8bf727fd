"""The holder's agreement and the policy as documents: one person holding a company account (as
administrator), an employee-role and a personal account; each listed with what its kind means,
the mandate where one applies, the terms and the consent; headings in the user's language, the
company's own texts as typed; written as a PDF."""

from datetime import date

import pytest

from accountregistry.domain.vocabulary import Role
from accountregistry.gui.agreement_document import agreement_html, agreement_title
from accountregistry.gui.documents import write_pdf
from accountregistry.gui.policy_document import policy_html
from accountregistry.services import agreements, policy
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.consent import ConsentInput, give_consent
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

TODAY = date(2026, 11, 21)


@pytest.fixture
def ida(db):
    ida = add_person(db, PersonInput(name="Ida <Høgh> & Co", work_email="ida@nordlys.dk"))
    sofie = add_person(db, PersonInput(name="Sofie Dahl", work_email="sofie@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind="company"),
                            today=TODAY)
    grant_role(db, account_id=page.id, person_id=ida.id, role=Role.admin, granted_on=TODAY, today=TODAY)
    role = register_account(db, AccountInput(
        url="https://www.youtube.com/@IdaPaaTur", kind="employee_role", holder_id=ida.id,
        mandate="Films from trips; <no prices>", response_hours=48, outside_working_hours=True,
        frequency="One film a week", audience="Travellers", weekly_hours=4, escalation_id=sofie.id), today=TODAY)
    record_terms(db, role.id, TermsInput(disposition="transfer_to_successor", agreed_on=TODAY,
                                         successor_id=sofie.id), today=TODAY)
    own = register_account(db, AccountInput(url="https://www.instagram.com/ida.hogh", kind="personal",
                                            holder_id=ida.id), today=TODAY)
    give_consent(db, own.id, ConsentInput(given_on=TODAY, scope=("share_company_posts",)), today=TODAY)
    return ida


def test_the_agreement_lists_each_kind_with_its_meaning_mandate_terms_and_consent(db, ida):
    document = agreements.agreement_document(db, ida.id, today=TODAY)
    assert [o.account.kind.value for o in document.accounts] == ["company", "personal", "employee_role"]
    source = agreement_html(document, today=TODAY)
    assert "Ida &lt;Høgh&gt; &amp; Co" in source and "<no prices>" not in source  # escaped
    assert "Films from trips; &lt;no prices&gt;" in source
    assert "Within 48 hours, also outside working hours" in source
    assert "Critical comments go to" in source and "Sofie Dahl" in source
    assert "stays yours, also when you leave" in source  # the personal profile
    assert "handed over or renamed as agreed below" in source  # the employee role
    assert "Given; the company may ask: sharing company posts." in source
    assert "Version 1 of" in source and "successor: Sofie Dahl" in source
    assert source.count("Mandate: what you may speak about") == 2  # not for the page Ida only administers


def test_the_agreement_in_danish_and_as_a_pdf(db, ida, speak, tmp_path):
    speak("da")
    document = agreements.agreement_document(db, ida.id, today=TODAY)
    source = agreement_html(document, today=TODAY)
    assert "Aftale om konti på sociale medier" in source and "Mandat: hvad du må udtale dig om" in source
    assert "Films from trips" in source  # the company's own text as typed
    written = write_pdf(source, tmp_path / "aftale.pdf", title=agreement_title(document))
    assert written.read_bytes().startswith(b"%PDF-")


def test_the_policy_document_translates_headings_and_keeps_the_companys_texts(db, speak):
    version = policy.record_policy(db, policy.PolicyInput(
        effective_on=date(2026, 11, 1), approved_by="Birgitte Holm", texts={"language": "Skriv pænt & venligt."},
        own=[("Billeder af gæster", "Kun med samtykke.")]), today=TODAY)
    speak("da")
    source = policy_html("Nordlys Rejser A/S", version, policy.policy_texts(db, version.id))
    assert "Sprogbrug" in source and "Skriv pænt &amp; venligt." in source and "Billeder af gæster" in source
    assert "Politik for sociale medier, version 1" in source


def test_proposed_terms_are_said_to_be_proposed_in_the_agreement(db, ida):
    """Terms imported without an agreement date (proposed) are offered as such, never with an
    empty date."""
    role = agreements.agreement_document(db, ida.id, today=TODAY).accounts[2].account
    record_terms(db, role.id, TermsInput(disposition="transfer_to_company", agreed_on=None), today=TODAY)
    source = agreement_html(agreements.agreement_document(db, ida.id, today=TODAY), today=TODAY)
    assert "Version 2, proposed, not yet agreed" in source and "Version 2 of :" not in source
