"""Checklists made in the user's language: titles are translated before the names are filled in,
kept as they were made, never lose a name to a broken translation, and stay English without one.

The Danish, Swedish and Norwegian catalogues (resources/translations/*.ts) are read as XML here:
the core is Qt-free, and so is this test.
"""

import string
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlmodel import select

from accountregistry.domain import checklist
from accountregistry.domain.checklist import (
    TITLE_WORDS,
    LeaverAccount,
    Party,
    load_templates,
    plan_checklist,
    set_default_translation,
    shipped_path,
)
from accountregistry.domain.vocabulary import Disposition, EmploymentStatus, Kind, Presence, Role, TwoFactor
from accountregistry.services.offboarding import preview_offboarding, set_successor, start_offboarding
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.models import ChecklistItem

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("da", "sv", "nb")
LEAVER = Party(7, "Ingrid Berg", "ingrid@nordlys.no")
SUCCESSOR = Party(8, "Ole Dahl", "ole@nordlys.no")
LAST_DAY = date(2026, 12, 31)


def catalogue(language: str) -> dict[str, str]:
    """The finished translations of the "Checklist" context of one language."""
    root = ElementTree.parse(TRANSLATIONS / f"accountregistry_{language}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Checklist":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and translation.text:
                found[message.findtext("source")] = translation.text
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def account(**facts) -> LeaverAccount:
    base = {"id": 1, "name": "LinkedIn page “nordlys”", "kind": Kind.company, "presence": Presence.page,
            "holder_id": LEAVER.id, "leaver_roles": frozenset({Role.owner, Role.admin}),
            "two_factor": TwoFactor.authenticator_app}
    base.update(facts)
    return LeaverAccount(**base)


# Every kind of account the shipped templates ask about, so that every title is made once.
ACCOUNTS = [
    account(id=1),
    account(id=2, official=False, has_secret=True, login_email="ingrid@nordlys.no"),
    account(id=3, kind=Kind.company, leaver_roles=frozenset({Role.editor})),
    account(id=4, kind=Kind.company, two_factor=TwoFactor.unknown),
    *(account(id=10 + n, name=f"Instagram profile “ingrid{n}”", kind=Kind.employee_role, presence=Presence.profile,
              disposition=disposition, two_factor=TwoFactor.sms)
      for n, disposition in enumerate([None, *Disposition])),
    account(id=20, kind=Kind.employee_role, holder_id=99, leaver_roles=frozenset({Role.admin})),
    account(id=21, kind=Kind.employee_role, holder_id=99, leaver_roles=frozenset({Role.analyst})),
    account(id=30, name="LinkedIn profile “ingridberg”", kind=Kind.personal, presence=Presence.profile,
            ambassador=True, has_secret=True),
    account(id=40, kind=None, official=False, has_secret=True),
    account(id=50, status=checklist.AccountStatus.archived),
]


@pytest.fixture(scope="module")
def shipped():
    return load_templates(shipped_path())


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_default_translation(None)


def test_the_accounts_here_make_every_item_of_the_shipped_templates(shipped):
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=ACCOUNTS, last_working_day=LAST_DAY)
    assert {p.action for p in planned} == {t.action for t in shipped.items}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_title_and_word_is_translated_with_exactly_its_placeholders(shipped, language):
    translated = catalogue(language)
    for english in [t.title for t in shipped.items] + list(shipped.functions) + list(TITLE_WORDS):
        assert english in translated, f"{language}: no translation of {english!r}"
        assert placeholders(translated[english]) == placeholders(english), (language, english, translated[english])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_checklist_in_each_language_names_everyone_and_no_english_word_is_left(shipped, language):
    translated = catalogue(language)
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=ACCOUNTS,
                             last_working_day=LAST_DAY, translate=lambda text: translated.get(text, text))
    english = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=ACCOUNTS, last_working_day=LAST_DAY)
    assert [(p.action, p.account_id) for p in planned] == [(p.action, p.account_id) for p in english]
    for item, in_english in zip(planned, english):
        template = shipped.by_action(item.action)
        assert item.title != in_english.title
        assert item.title.startswith(translated[template.title].partition("{")[0])
        for name in placeholders(template.title):
            if name in ("leaver", "successor"):
                assert {"leaver": LEAVER, "successor": SUCCESSOR}[name].name in item.title
            if name == "leaver_email":
                assert LEAVER.email in item.title
        if "{role}" in template.title:
            # "owner and admin" in the language, never the English words.
            assert " owner" not in item.title and " and " not in item.title
    first = planned[0]
    # The account as the language says one: its word order and its quotation marks, never English ones.
    assert first.account_name == translated["{platform} {presence} “{name}”"].format(
        platform="LinkedIn", presence=translated["page"], name="nordlys")
    assert "“" not in first.account_name
    assert first.account_name in first.title


def test_danish_titles_read_as_a_dane_would_write_them(shipped):
    danish = catalogue("da")
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[ACCOUNTS[0]],
                             last_working_day=LAST_DAY, translate=lambda text: danish.get(text, text))
    titles = {p.action: p.title for p in planned}
    assert titles["hand_over_company_account"] == (
        "Overdrag rollen som ejer og administrator på LinkedIn-side »nordlys« fra Ingrid Berg til Ole Dahl, "
        "og fjern derefter Ingrid Berg")
    assignees = {p.action: p.assignee.sentence(lambda text: danish.get(text, text)) for p in planned}
    assert assignees["hand_over_company_account"] == "Ingrid Berg (fratræder)"
    assert assignees["confirm_mailbox_unused"] == "IT"
    assert assignees["sign_handover_confirmation"] == "HR"


def test_without_a_translation_the_checklist_is_english_as_before(shipped):
    planned = plan_checklist(shipped, leaver=LEAVER, successor=None, accounts=[ACCOUNTS[0]], last_working_day=LAST_DAY)
    titles = {p.action: p.title for p in planned}
    assert titles["hand_over_company_account"] == (
        "Hand Ingrid Berg's owner and admin role on LinkedIn page “nordlys” to the successor, then remove Ingrid Berg")
    assert planned[0].account_name == "LinkedIn page “nordlys”"


@pytest.mark.parametrize("broken", [
    "Overdrag rollen på {account} til {successor}",  # {leaver} and {role} lost: a name would vanish
    "Overdrag {konto} fra {leaver}",  # a placeholder the generation does not know: KeyError
    "Overdrag {account fra {leaver}",  # a stray brace: ValueError
])
def test_a_translation_with_other_placeholders_is_not_used(shipped, broken):
    template = shipped.by_action("hand_over_company_account")

    def translate(text):
        return broken if text == template.title else text

    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[ACCOUNTS[0]],
                             last_working_day=LAST_DAY, translate=translate)
    item = next(p for p in planned if p.action == template.action)
    assert item.title.startswith("Hand Ingrid Berg's owner and admin role")


def test_an_empty_translation_is_not_used(shipped):
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[ACCOUNTS[0]],
                             last_working_day=LAST_DAY, translate=lambda text: "")
    assert all(p.title for p in planned)
    assert planned[0].title.startswith("Hand Ingrid Berg's")


def test_the_process_default_applies_when_no_translation_is_given_and_can_be_put_back(shipped):
    swedish = catalogue("sv")
    previous = set_default_translation(lambda text: swedish.get(text, text))
    assert previous is None
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[ACCOUNTS[0]],
                             last_working_day=LAST_DAY)
    assert planned[0].title.startswith("Lämna över rollen som ägare och administratör")
    # An explicit translation wins over the default.
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[ACCOUNTS[0]],
                             last_working_day=LAST_DAY, translate=lambda text: text)
    assert planned[0].title.startswith("Hand Ingrid Berg's")
    assert set_default_translation(previous) is not None
    planned = plan_checklist(shipped, leaver=LEAVER, successor=SUCCESSOR, accounts=[ACCOUNTS[0]],
                             last_working_day=LAST_DAY)
    assert planned[0].title.startswith("Hand Ingrid Berg's")


# --- Through the offboarding service, on a real database ----------------------------------------

@pytest.fixture
def leaver_with_page(db):
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.roles import grant_role

    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    ole = add_person(db, PersonInput(name="Ole Dahl", work_email="ole@nordlys.no"))
    kari = add_person(db, PersonInput(name="Kari Nord", work_email="kari@nordlys.no",
                                      employment_status=EmploymentStatus.employed))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin)
    return ingrid, ole, kari


def stored_titles(db, case_id: int) -> dict[str, str]:
    with db.reading() as session:
        return {item.action: item.title
                for item in session.exec(select(ChecklistItem).where(ChecklistItem.case_id == case_id))}


def test_preview_and_start_make_the_case_in_the_language_given(db, leaver_with_page):
    ingrid, ole, _ = leaver_with_page
    norwegian = catalogue("nb")
    preview = preview_offboarding(db, person_id=ingrid.id, last_working_day=date.today(), successor_id=ole.id,
                                  translate=lambda text: norwegian.get(text, text))
    assert any(p.title.startswith("Overdra rollen som administrator på LinkedIn-side «") for p in preview)
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=date.today(), successor_id=ole.id,
                             translate=lambda text: norwegian.get(text, text))
    titles = stored_titles(db, case.id)
    assert titles["sign_handover_confirmation"] == (
        "Innhent underskrifter fra Ingrid Berg og bedriften på overdragelsesbekreftelsen")


def test_without_a_language_the_service_stores_english_titles(db, leaver_with_page):
    ingrid, ole, _ = leaver_with_page
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=date.today(), successor_id=ole.id)
    assert stored_titles(db, case.id)["sign_handover_confirmation"] == (
        "Collect the signatures of Ingrid Berg and the company on the handover confirmation")


def test_re_planning_an_open_case_keeps_the_window_language(db, leaver_with_page):
    """The window sets the default; choosing another successor rewrites open titles in it, not in English."""
    ingrid, ole, kari = leaver_with_page
    danish = catalogue("da")
    set_default_translation(lambda text: danish.get(text, text))
    case = start_offboarding(db, person_id=ingrid.id, last_working_day=date.today(), successor_id=ole.id)
    set_successor(db, case.id, kari.id)
    titles = stored_titles(db, case.id)
    assert titles["hand_over_company_account"] == (
        "Overdrag rollen som administrator på LinkedIn-side »nordlys« fra Ingrid Berg til Kari Nord, "
        "og fjern derefter Ingrid Berg")
