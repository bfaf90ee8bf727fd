"""Commands about one account, on both engines where they take `db`:
`accountregistry register` (one account from its address, warned about when it may already be
registered under its other name, refused with the recogniser's sentence when it is no account);
`account show --format json` and `account set ... --expect-version N` (what a script needs to edit an
account without overwriting someone else's change)."""

from __future__ import annotations

import json

import pytest

import accountregistry.cli
from accountregistry.domain.errors import Label
from accountregistry.domain.messages import sentence
from accountregistry.domain.vocabulary import Kind
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.people import PersonInput, add_person
from accountregistry.store.database import local_time

import engine_support


@pytest.fixture
def page(db):
    return register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys Rejser"))


@pytest.fixture
def run(capsys, db_location):
    def run(*args):
        capsys.readouterr()
        try:
            code = accountregistry.cli.main(["--db", db_location, "account", *map(str, args)])
        except SystemExit as exit:  # argparse's usage errors
            code = exit.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


def shown(run, account) -> dict:
    code, out, err = run("show", account, "--format", "json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_show_prints_the_fields_and_the_version_as_json(run, page):
    record = shown(run, "https://linkedin.com/company/Nordlys/")  # any address of it
    assert record["id"] == page.id and record["version"] == 1
    assert record["display_name"] == "Nordlys Rejser" and record["kind"] == "company"
    assert record["official"] is True and record["holder"] is None


def test_set_with_the_version_read_saves_and_moves_the_version_on(db, run, page):
    add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    version = shown(run, page.id)["version"]
    code, out, err = run("set", page.id, "display_name=Nordlys Rejser A/S", "holder=IDA@nordlys.dk",
                         "last_reviewed_on=1.12.2026", "notes=", "--expect-version", version)
    assert (code, err) == (0, "")
    record = shown(run, page.id)
    assert record["version"] == version + 1 and f"version {version + 1}" in out
    assert record["display_name"] == "Nordlys Rejser A/S" and record["holder"] == "ida@nordlys.dk"
    assert record["last_reviewed_on"] == "2026-12-01" and record["notes"] is None


def test_a_stale_version_is_refused_and_nothing_is_written(db, run, page):
    version = shown(run, page.id)["version"]
    update_account(db, page.id, AccountInput(url=page.url, kind=Kind.company, display_name="Changed by Ida"))
    code, out, err = run("set", page.id, "display_name=Mine", "--expect-version", version)
    assert code == 1 and out == ""
    # Who changed it and when, from the audit trail (on a server, the login the server wrote).
    last = engine_support.mappings(db, "SELECT actor, at FROM audit_event ORDER BY id DESC LIMIT 1")[0]
    assert err.splitlines() == ["accountregistry: " + sentence("stale_edit", {
        "who": last["actor"], "when": local_time(last["at"]), "record": Label("account")})]
    assert get_account(db, page.id).display_name == "Changed by Ida"


@pytest.mark.parametrize("assignment, status", [("nickname=x", 2), ("display_name", 2), ("official=perhaps", 1),
                                                ("review_interval_months=six", 1), ("last_reviewed_on=31.02.2026", 1),
                                                ("holder=nobody@nordlys.dk", 1), ("kind=employer", 1)])
def test_bad_assignments_are_one_line_and_change_nothing(db, run, page, assignment, status):
    code, out, err = run("set", page.id, assignment)
    assert (code, out) == (status, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert get_account(db, page.id).version == 1


def cli(*args):
    return accountregistry.cli.main([str(a) for a in args])


def test_register_an_address_and_be_warned_of_its_other_name(db_path, capsys):
    assert cli("--db", db_path, "register", "https://www.facebook.com/nordlysrejser/",
               "--display-name", "Nordlys Rejser", "--kind", "company") == 0
    first = capsys.readouterr()
    assert "Facebook page “nordlysrejser”" in first.out and first.err == ""

    assert cli("--db", db_path, "register", "https://www.facebook.com/p/Nordlys-Rejser-100063480311999/",
               "--display-name", "Nordlys Rejser") == 0
    second = capsys.readouterr()
    assert "Facebook page “100063480311999”" in second.out
    # Not refused, but said: the same display name under the other key.
    [warning] = second.err.splitlines()
    assert warning.startswith("accountregistry: warning: ") and "nordlysrejser" in warning


def test_register_refuses_a_post_with_the_recognisers_sentence(db_path, capsys):
    assert cli("--db", db_path, "--lang", "da", "register", "https://www.instagram.com/p/CbDW9mVuEnn/") == 1
    err = capsys.readouterr().err
    assert err.startswith("accountregistry: Adresse: ") and "opslag" in err


def test_register_names_the_account_in_the_users_language(db_path, capsys):
    """As the window names it: the platform's name, not its id, and a platform the registry does
    not know as the presence on another platform."""
    assert cli("--db", db_path, "--lang", "da", "register", "https://www.linkedin.com/company/nordlys") == 0
    assert capsys.readouterr().out == ("Konto 1 er registreret: LinkedIn-side »nordlys« "
                                       "(https://www.linkedin.com/company/nordlys).\n")
    assert cli("--db", db_path, "--lang", "da", "register", "https://nordlys.example/om-os") == 0
    assert capsys.readouterr().out == ("Konto 2 er registreret: side »nordlys.example/om-os« på en anden platform "
                                       "(https://nordlys.example/om-os).\n")


def test_register_by_platform_and_handle(db_path, capsys):
    assert cli("--db", db_path, "register", "--platform", "telegram", "--presence", "group",
               "--handle", "@Nordlys_Chat") == 0
    assert "Telegram group “nordlys_chat” (https://t.me/nordlys_chat)" in capsys.readouterr().out


# One value per field `account set` takes (every declared field but the address), as typed and as
# `account show --format json` gives it back; a field added to the model without a value here fails.
ROUND_TRIP = {
    "display_name": ("Nordlys Rejser A/S", "Nordlys Rejser A/S"), "kind": ("employee_role", "employee_role"),
    "status": ("archived", "archived"), "official": ("no", False), "holder": ("ida@nordlys.dk", "ida@nordlys.dk"),
    "responsible_unit": ("Marketing", "Marketing"), "login_email": ("social@nordlys.dk", "social@nordlys.dk"),
    "two_factor": ("passkey", "passkey"), "mandate": ("Trips in the north", "Trips in the north"),
    "response_expectations": ("Same day", "Same day"), "response_hours": ("24", 24),
    "outside_working_hours": ("yes", True), "frequency": ("Twice a week", "Twice a week"),
    "audience": ("Hikers", "Hikers"), "weekly_hours": ("3", 3), "escalation": ("nils@nordlys.dk", "nils@nordlys.dk"),
    "ambassador": ("yes", True), "review_interval_months": ("6", 6), "last_reviewed_on": ("1.12.2026", "2026-12-01"),
    "notes": ("Kept by Ida", "Kept by Ida"),
}


def test_every_settable_field_round_trips_through_set_and_show(db, run, page):
    from accountregistry.cli.account_commands import settable

    add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    add_person(db, PersonInput(name="Nils Ekström", work_email="nils@nordlys.dk"))
    assert set(settable()) == set(ROUND_TRIP)
    code, out, err = run("set", page.id, *(f"{field}={typed}" for field, (typed, _) in ROUND_TRIP.items()))
    assert (code, err) == (0, ""), err
    record = shown(run, page.id)
    assert {field: record[field] for field in ROUND_TRIP} == {field: shown_as for field, (_, shown_as) in
                                                              ROUND_TRIP.items()}
    for field in ROUND_TRIP:  # and each clears again, but the ones that always hold a value
        if field not in ("kind", "status", "official", "two_factor", "outside_working_hours", "ambassador"):
            assert run("set", page.id, f"{field}=")[0] == 0, field
            assert shown(run, page.id)[field] is None, field


@pytest.mark.parametrize("field", ["consent_given_on", "consent_withdrawn_on"])
def test_consent_is_refused_with_a_sentence_pointing_to_the_consent_commands(db, run, page, field):
    code, out, err = run("set", page.id, f"{field}=1.12.2026", "display_name=Changed")
    assert (code, out) == (1, "")
    assert err.splitlines() == [f"accountregistry: {field}: " + sentence("consent_not_an_account_field", {})]
    assert get_account(db, page.id).version == 1 and get_account(db, page.id).display_name == "Nordlys Rejser"
