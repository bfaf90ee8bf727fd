"""`accountregistry consent give | withdraw | list`: ACCOUNT as an id or any address of it; bad
input exits 1 with a sentence and stores nothing; a withdrawal is never refused."""

from __future__ import annotations

import csv
import io
import json

import pytest

import accountregistry.cli
from accountregistry.cli.consent_commands import SCOPES
from accountregistry.domain.vocabulary import Kind
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.consent import consent_lines
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.models import CONSENT_SCOPES
from accountregistry.store.schema import open_database

URL = "https://www.linkedin.com/in/mette-holm/"


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


@pytest.fixture
def registry(db_path):
    db = open_database(db_path)
    try:
        mette = add_person(db, PersonInput(name="Mette Holm", work_email="mette@nordlys.dk"))
        add_person(db, PersonInput(name="Sofie Dahl", work_email="sofie@nordlys.dk"))
        profile = register_account(db, AccountInput(url=URL, kind=Kind.personal, holder_id=mette.id))
        page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    finally:
        db.close()
    return db_path, profile.id, page.id


def lines(db_path, account_id=None):
    db = open_database(db_path)
    try:
        return consent_lines(db, account_id=account_id), get_account(db, account_id) if account_id else None
    finally:
        db.close()


def test_the_scopes_offered_are_the_stored_ones():
    assert SCOPES == CONSENT_SCOPES


def test_give_by_address_withdraw_by_id_and_list_as_csv_and_json(registry, capsys):
    db_path, profile_id, _ = registry
    assert run("--db", db_path, "consent", "give", "linkedin.com/in/mette-holm", "--scope",
               "share_company_posts,social_selling", "--asked-by", "SOFIE@nordlys.dk", "--on", "1.3.2026") == 0
    assert f"account {profile_id}" in capsys.readouterr().out
    [line], account = lines(db_path, profile_id)
    assert (line.given_on.isoformat(), line.scope, line.asked_by_email) == (
        "2026-03-01", ("share_company_posts", "social_selling"), "sofie@nordlys.dk")
    assert account.ambassador

    assert run("--db", db_path, "consent", "withdraw", profile_id, "--on", "2026-04-02", "--note", "no more",
               "--unlist") == 0
    capsys.readouterr()
    [line], account = lines(db_path, profile_id)
    assert (line.withdrawn_on.isoformat(), line.withdrawal_note, account.ambassador) == ("2026-04-02", "no more",
                                                                                        False)
    assert run("--db", db_path, "consent", "list", "--format", "csv") == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["holder_email"], row["withdrawn_on"]) == ("mette@nordlys.dk", "2026-04-02")
    assert run("--db", db_path, "consent", "list", "--format", "json", "--person", "mette@nordlys.dk") == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["account_id"] == profile_id and entry["scope"] == ["share_company_posts", "social_selling"]


@pytest.mark.parametrize("args, where", [
    (("give", "{page}"), "account"),  # a company page needs nobody's consent
    (("give", "{profile}", "--scope", "post_daily"), "Consent"),
    (("give", "{profile}", "--on", "31.02.2026"), "Consent given on"),
    (("give", "{profile}", "--on", "2999-01-01"), "Consent given on"),
    (("give", "{profile}", "--asked-by", "nobody@nordlys.dk"), None),
    (("give", "https://example.com/not-a-profile"), None),
    (("give", "999"), None),
    (("withdraw", "999"), None),
    (("withdraw", "{profile}", "--on", "yesterday-ish"), "Consent withdrawn on"),
    (("withdraw", "{page}"), "account"),  # the company's page: nobody's consent to withdraw
    (("withdraw", "{profile}", "--note", "x" * 1001), "Withdrawal note"),  # refused, not cut
    (("list", "--person", "nobody@nordlys.dk"), None),
])
def test_bad_input_exits_1_with_a_sentence_and_stores_nothing(registry, capsys, args, where):
    db_path, profile_id, page_id = registry
    filled = [a.format(page=page_id, profile=profile_id) for a in args]
    assert run("--db", db_path, "consent", *filled) == 1
    err = capsys.readouterr().err
    assert err.startswith("accountregistry: ") and "Traceback" not in err and len(err.splitlines()) >= 1
    if where:
        # The field named first, once (a sentence that names it is not prefixed with it again).
        assert (err.startswith(f"accountregistry: {where}") and err.count(where) == 1) or where == "account"
    assert lines(db_path)[0] == []


def test_a_withdrawal_without_any_consent_is_recorded_not_refused(registry, capsys):
    db_path, profile_id, page_id = registry
    assert run("--db", db_path, "consent", "withdraw", URL, "--note", "\x00=cmd|' /C calc'!A0") == 0
    capsys.readouterr()
    [line], _ = lines(db_path, profile_id)
    assert line.given_on is None and line.withdrawn_on is not None and "\x00" not in line.withdrawal_note


def test_a_second_withdrawal_keeps_the_first_and_says_so(registry, capsys):
    db_path, profile_id, _ = registry
    assert run("--db", db_path, "consent", "give", profile_id, "--on", "2026-01-05") == 0
    assert run("--db", db_path, "consent", "withdraw", profile_id, "--on", "2026-04-02", "--note", "first") == 0
    capsys.readouterr()
    assert run("--db", db_path, "consent", "withdraw", profile_id, "--on", "2026-03-01", "--note", "second") == 0
    assert "2026-04-02" in capsys.readouterr().out
    [line], _ = lines(db_path, profile_id)
    assert (line.withdrawn_on.isoformat(), line.withdrawal_note) == ("2026-04-02", "first")


def test_a_second_consent_while_one_is_in_force_is_refused(registry, capsys):
    db_path, profile_id, _ = registry
    assert run("--db", db_path, "consent", "give", profile_id) == 0
    assert run("--db", db_path, "--lang", "da", "consent", "give", profile_id) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert len(lines(db_path, profile_id)[0]) == 1
