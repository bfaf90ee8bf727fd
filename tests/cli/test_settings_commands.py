"""`accountregistry settings` as a script runs it, and a fresh registry set up from the command
line that then flags a company page logging in with Gmail."""

from __future__ import annotations

import json

import accountregistry.cli
from accountregistry.language import catalogue
from accountregistry.services.organisation import LABELS

import engine_support


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


def settings_row(db):
    return engine_support.rows(db, "SELECT name, email_domains, default_review_interval_months, holidays_country, "
                                   "closing_days, retention_months FROM organisation_settings")[0]


def test_set_then_show(db, db_location, capsys):
    assert run("--db", db_location, "settings", "set", "--name", "Acme A/S", "--domains",
               "https://www.Acme.dk/om-os, sofie@acme.se", "--review-interval", "12", "--holidays", "dk",
               "--closing-days", "24.12, 31.12", "--retention-months", "24") == 0
    out = capsys.readouterr().out
    assert "email_domains: acme.dk, acme.se" in out
    assert settings_row(db) == ("Acme A/S", "acme.dk,acme.se", 12, "DK", "12-24,12-31", 24)

    assert run("--db", db_location, "settings", "show", "--format", "json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {"name": "Acme A/S", "email_domains": ["acme.dk", "acme.se"],
                     "default_review_interval_months": 12, "holidays_country": "DK",
                     "closing_days": ["12-24", "12-31"], "retention_months": 24}

    assert run("--db", db_location, "settings", "set", "--holidays", "none", "--domains", "") == 0
    assert settings_row(db)[1] == "" and settings_row(db)[3] is None
    capsys.readouterr()
    assert run("--db", db_location, "settings", "show") == 0
    assert "Private login" in capsys.readouterr().out  # the rule is off: said so


def test_the_closing_days_shown_can_be_given_back(db, db_location, capsys):
    assert run("--db", db_location, "settings", "set", "--closing-days", "24 December, 2027-05-07") == 0
    capsys.readouterr()
    assert run("--db", db_location, "settings", "show") == 0
    shown = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("closing_days"))
    typed = shown.split(None, 1)[1]
    assert run("--db", db_location, "settings", "set", "--closing-days", typed) == 0
    assert "Nothing changed" in capsys.readouterr().out


def test_refusals_exit_1_name_the_setting_and_write_nothing(db, db_location, capsys):
    assert run("--db", db_location, "settings", "set", "--name", "Acme") == 0
    before = settings_row(db)
    for args, field in ((("--domains", "acme"), "email_domains"),
                        (("--review-interval", "0"), "default_review_interval_months"),
                        (("--holidays", "DE"), "holidays_country"),
                        (("--retention-months", "1000"), "retention_months"),
                        (("--closing-days", "31.02"), "closing_days")):
        capsys.readouterr()
        assert run("--db", db_location, "settings", "set", "--name", "Changed", *args) == 1, args
        err = capsys.readouterr().err
        # The setting as the settings page names it, in the user's language, once; never its key.
        assert err.startswith(f"accountregistry: {LABELS[field]}") and err.count("\n") == 1
        assert err.count(str(LABELS[field])) == 1 and field not in err
        assert settings_row(db) == before
    assert run("--db", db_location, "--lang", "da", "settings", "set", "--domains", "acme") == 1
    danish = catalogue("da")[("Field", LABELS["email_domains"])]
    assert capsys.readouterr().err.startswith(f"accountregistry: {danish}: ") and danish != LABELS["email_domains"]
    # A sentence that names its setting itself is not prefixed with it again.
    assert run("--db", db_location, "--lang", "da", "settings", "set", "--review-interval", "99") == 1
    danish = catalogue("da")[("Field", LABELS["default_review_interval_months"])]
    err = capsys.readouterr().err
    assert err.startswith(f"accountregistry: {danish} ") and err.count(danish) == 1


def test_a_refused_setting_makes_no_registry_file(tmp_path, capsys):
    missing = tmp_path / "new.sqlite3"
    assert run("--db", missing, "settings", "set", "--name", "Acme", "--review-interval", "0") == 1
    assert "default_review_interval_months" not in capsys.readouterr().err
    assert not missing.exists() and list(tmp_path.iterdir()) == []
    assert run("--db", missing, "settings", "set", "--name", "Acme") == 0 and missing.exists()


def test_set_without_a_change_is_a_usage_error(db, db_location, capsys):
    try:
        run("--db", db_location, "settings", "set")
    except SystemExit as exit_:
        assert exit_.code == 2
    else:
        raise AssertionError("settings set without options must be refused")


def test_a_fresh_registry_set_up_from_the_command_line_flags_a_private_login(tmp_path, db, db_location, capsys):
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("url;kind;login_email\n"
                        "https://www.linkedin.com/company/acme-rejser;company;acme.rejser@gmail.com\n"
                        "https://www.facebook.com/acmerejser;company;social@acme.dk\n", encoding="utf-8")
    assert run("--db", db_location, "import", accounts) == 0
    capsys.readouterr()
    assert run("--db", db_location, "risks", "--format", "csv") == 0
    before = capsys.readouterr()
    assert "login_outside_company_domains" not in before.out
    assert "Private login" in before.err  # the rule is off, and the command says so

    assert run("--db", db_location, "settings", "set", "--name", "Acme Rejser A/S", "--domains", "acme.dk") == 0
    capsys.readouterr()
    assert run("--db", db_location, "risks", "--format", "csv", "--fail-on", "high") == 3
    after = capsys.readouterr()
    flagged = [line for line in after.out.splitlines() if ",login_outside_company_domains," in line]
    assert len(flagged) == 1 and "acme-rejser" in flagged[0]
    assert "note:" not in after.err


def test_the_holidays_country_moves_due_dates_and_the_preview_says_why(db, db_location, capsys):
    from datetime import date, timedelta

    from accountregistry.services.people import PersonInput, add_person

    add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@acme.dk"))
    # The first business day after the next Christmas as the last working day: the general item
    # due three business days before it steps over Christmas Day.
    today = date.today()
    christmas = next(day for day in (date(today.year + n, 12, 25) for n in range(3))
                     if day.weekday() < 5 and day > today + timedelta(days=5))
    last_day = christmas + timedelta(days=2)
    while last_day.weekday() >= 5:
        last_day += timedelta(days=1)
    assert run("--db", db_location, "settings", "set", "--holidays", "DK") == 0
    capsys.readouterr()
    assert run("--db", db_location, "offboard", "start", "--person", "ingrid@acme.dk", "--last-day",
               last_day.isoformat(), "--preview") == 0
    out = capsys.readouterr().out
    assert "[moved for Christmas Day" in out
