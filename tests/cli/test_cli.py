"""The headless command as a script or HR system runs it: a real process, its exit status and
its one-line messages."""

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest

from plain_user import as_plain_user as without_root_powers

from accountregistry import __version__
from accountregistry.domain.messages import sentence
from accountregistry.store.schema import head_revision


def run(*args, as_plain_user=False, env=None):
    command = [sys.executable, "-m", "accountregistry", *map(str, args)]
    if as_plain_user:
        command = without_root_powers(command)
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def refusal(code, **params):
    """The line the command prints for a refusal (the message table's words, in English here)."""
    return f"accountregistry: {sentence(code, params)}"


def one_line_error(result):
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_version():
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"Account Registry {__version__}")


def test_an_unknown_command_is_a_usage_error():
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in one_line_error(result)


def test_migrate_creates_a_new_registry(tmp_path):
    path = tmp_path / "new.sqlite3"
    result = run("--db", path, "migrate")
    assert result.returncode == 0, result.stderr
    assert f"is at schema {head_revision()}" in result.stdout
    assert path.exists()


def test_the_environment_variable_picks_the_database(tmp_path):
    path = tmp_path / "from-env.sqlite3"
    result = run("migrate", env={"ACCOUNTREGISTRY_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_backup_of_a_missing_file_is_refused_and_creates_nothing(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    result = run("--db", missing, "backup", tmp_path / "copy.sqlite3")
    assert result.returncode == 1
    assert one_line_error(result) == refusal("database_missing", path=missing)
    assert not missing.exists() and not (tmp_path / "copy.sqlite3").exists()


def test_backup_writes_a_consistent_copy_and_never_overwrites(tmp_path):
    path, copy = tmp_path / "registry.sqlite3", tmp_path / "copy.sqlite3"
    assert run("--db", path, "migrate").returncode == 0
    result = run("--db", path, "backup", copy)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    again = run("--db", path, "backup", copy)
    assert again.returncode == 1
    assert one_line_error(again) == refusal("backup_exists", path=copy)


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "accounts.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a registry")
    before = path.read_bytes()
    result = run("--db", path, "migrate")
    assert result.returncode == 1
    assert one_line_error(result) == refusal("not_a_registry", where=path)
    assert path.read_bytes() == before


def test_an_unreadable_database(tmp_path):
    path = tmp_path / "registry.sqlite3"
    assert run("--db", path, "migrate").returncode == 0
    path.chmod(0o000)
    try:
        result = run("--db", path, "migrate", as_plain_user=True)
    finally:
        path.chmod(0o600)
    assert result.returncode == 1
    assert one_line_error(result) == refusal("file_unreadable", path=path)


def test_a_read_only_folder(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run("--db", folder / "registry.sqlite3", "migrate", as_plain_user=True)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    assert one_line_error(result) == refusal("folder_read_only", path=folder / "registry.sqlite3")


def test_a_database_from_a_newer_version(tmp_path):
    path = tmp_path / "registry.sqlite3"
    assert run("--db", path, "migrate").returncode == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    before = path.read_bytes()
    result = run("--db", path, "migrate")
    assert result.returncode == 1
    assert one_line_error(result) == refusal("newer_schema", where=path, revision="f00d")
    assert path.read_bytes() == before


@pytest.mark.parametrize("location, line", [
    ("postgresql+nosuchdriver://host/db", refusal("unknown_driver", driver="postgresql+nosuchdriver")),
    ("sqlite:///:memory:", refusal("in_memory_database")),
])
def test_odd_database_addresses(location, line):
    result = run("--db", location, "migrate")
    assert result.returncode == 1
    assert one_line_error(result) == line


def test_demo_fills_a_new_registry_once(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = run("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    assert "sample organisation Nordlys Rejser A/S: 41 people, 123 accounts" in result.stdout
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM account").fetchone() == (123,)
    again = run("--db", path, "demo")
    assert again.returncode == 1
    assert one_line_error(again) == refusal("demo_needs_empty", where=path, accounts=123, people=41)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM account").fetchone() == (123,)


@pytest.mark.parametrize("language", [
    {"ACCOUNTREGISTRY_LANGUAGE": "da"},
    {"LANG": "da_DK.UTF-8"},
    {"LANG": "en_GB.UTF-8", "LANGUAGE": "da:en"},
])
def test_refusals_speak_the_users_language(tmp_path, language):
    missing = tmp_path / "missing.sqlite3"
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("ACCOUNTREGISTRY_LANGUAGE", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    result = subprocess.run([sys.executable, "-m", "accountregistry", "--db", str(missing), "backup",
                             str(tmp_path / "copy.sqlite3")], capture_output=True, text=True, timeout=120,
                            env={**environment, **language})
    assert result.returncode == 1
    assert one_line_error(result) == (f"accountregistry: {missing} findes ikke; tjek stien, eller opret først et "
                                      "register der: »accountregistry settings set --name …« for jeres "
                                      "organisation eller »accountregistry demo« for eksemplet.")


@pytest.mark.parametrize("command, said", [
    (["people", "add", "--name", "", "--email", "ida@nordlys.dk"], "accountregistry: Navn skal udfyldes."),
    (["offboard", "start", "--person", "ida@nordlys.dk", "--last-day", "30.02.2027"],
     "accountregistry: Sidste arbejdsdag: »30.02.2027« er ikke en dato, der findes (f.eks. 31.12.2026 eller 2026-12-31)."),
])
def test_the_add_person_and_date_refusals_are_danish(tmp_path, command, said):
    result = run("--db", tmp_path / "registry.sqlite3", *command, env={"ACCOUNTREGISTRY_LANGUAGE": "da"})
    assert (result.returncode, one_line_error(result)) == (1, said)


@pytest.mark.parametrize("language, said", [
    ({"ACCOUNTREGISTRY_LANGUAGE": "da"}, "{registry} er fyldt med eksempelorganisationen Nordlys Rejser A/S: "),
    ({"LANG": "sv_SE.UTF-8"}, "{registry} har fyllts med exempelorganisationen Nordlys Rejser A/S: "),
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "nb:en"}, "{registry} er fylt med eksempelorganisasjonen Nordlys Rejser A/S: "),
    ({"ACCOUNTREGISTRY_LANGUAGE": "da", "--lang": "en"}, "Filled {registry} with the sample organisation Nordlys Rejser A/S: "),
    ({"LANG": "C"}, "Filled {registry} with the sample organisation Nordlys Rejser A/S: "),
])
def test_what_a_command_did_is_said_in_the_users_language(tmp_path, language, said):
    registry = tmp_path / "registry.sqlite3"
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("ACCOUNTREGISTRY_LANGUAGE", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    options = ["--lang", language.pop("--lang")] if "--lang" in language else []
    result = subprocess.run([sys.executable, "-m", "accountregistry", *options, "--db", str(registry), "demo"],
                            capture_output=True, text=True, env={**environment, **language})
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert line.startswith(said.format(registry=registry)), line


@pytest.mark.parametrize("english", [["--lang", "en"], []])
def test_lang_c_or_lang_en_is_english(tmp_path, english):
    missing = tmp_path / "missing.sqlite3"
    result = run(*english, "--db", missing, "backup", tmp_path / "copy.sqlite3",
                 env={"ACCOUNTREGISTRY_LANGUAGE": "da" if english else "", "LANG": "C", "LC_ALL": "C"})
    assert one_line_error(result) == refusal("database_missing", path=missing)


@pytest.fixture(scope="module")
def sample_registry(tmp_path_factory):
    registry = tmp_path_factory.mktemp("sample") / "registry.sqlite3"
    assert run("--db", registry, "demo").returncode == 0
    return registry


def test_what_a_danish_command_line_shows_is_named_in_danish(sample_registry):
    danish = {"ACCOUNTREGISTRY_LANGUAGE": "da"}
    settings = run("--db", sample_registry, "settings", "show", env=danish)
    assert settings.returncode == 0, settings.stderr
    assert [line.split("  ")[0] for line in settings.stdout.splitlines()[:2]] == [
        "Organisationens navn", "Virksomhedens e-maildomæner"]
    risks = run("--db", sample_registry, "risks", env=danish)
    assert risks.returncode == 0, risks.stderr
    assert risks.stdout.splitlines()[0].split() == ["ID", "Platform", "Brugernavn", "Alvor", "Risiko"]
    assert risks.stdout.splitlines()[1].split()[3] in ("høj", "middel", "lav")
    account = run("--db", sample_registry, "account", "show", "1", env=danish)
    assert account.returncode == 0, account.stderr
    shown = dict(line.split(": ", 1) for line in account.stdout.splitlines())
    assert (shown["Brugernavn"], shown["Type"], shown["Officiel"]) == ("nordlys-rejser", "virksomhed", "ja")
    assert "holder_id" not in shown and "Indehaver" in shown  # a person by their email, once
    due = run("--db", sample_registry, "review", "due", env=danish)
    assert any(line.startswith("Ingen indehaver (") for line in due.stdout.splitlines()), due.stdout
    leaver = sqlite3.connect(sample_registry).execute(
        "SELECT name, work_email FROM person WHERE employment_status = 'leaving' ORDER BY id").fetchone()
    last_day = date.today() + timedelta(days=60)
    assert run("--db", sample_registry, "offboard", "start", "--person", leaver[1], "--last-day",
               f"{last_day.day}.{last_day.month}.{last_day.year}", env=danish).returncode == 0
    shown = run("--db", sample_registry, "offboard", "show", "--person", leaver[1], env=danish).stdout
    assert f"{leaver[0]} (fratræder): " in shown and "(leaver)" not in shown
    headings = [line for line in shown.splitlines()[1:] if not line.startswith(" ")]  # each account's name
    assert headings and all(" »" in line or line in ("Generelt", "Forhindringer:") for line in headings), headings
    # What scripts read keeps its machine keys in every language.
    assert '"handle": "nordlys-rejser"' in run("--db", sample_registry, "account", "show", "1", "--format",
                                                 "json", env=danish).stdout


def test_help_and_a_malformed_command_line_are_in_the_users_language():
    danish = {"ACCOUNTREGISTRY_LANGUAGE": "da"}
    page = run("--help", env=danish)
    assert page.returncode == 0, page.stderr
    assert page.stdout.startswith("brug: accountregistry ")  # argparse's own words too
    assert "tilvalg:" in page.stdout and "vis denne hjælp og afslut" in page.stdout
    assert "fyld en tom database med en realistisk" in page.stdout  # what each command is for
    command = run("--lang", "sv", "offboard", "start", "--help", env=danish)
    assert "sista arbetsdag, t.ex. 2026-12-31" in command.stdout  # --lang before the environment
    refused = run("export", env=danish)
    assert refused.returncode == 2
    assert one_line_error(refused) == ("accountregistry export: følgende argumenter skal angives: -o/--output "
                                       "(se »accountregistry export --help«)")


def test_argparse_speaks_english_again_after_a_danish_command(capsys):
    import argparse
    import gettext

    from accountregistry.cli import main

    with pytest.raises(SystemExit):
        main(["--lang", "da", "--help"])
    assert capsys.readouterr().out.startswith("brug: ")
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert capsys.readouterr().out.startswith("usage: ")


def test_an_abbreviated_lang_option_sets_the_language_as_argparse_reads_it(tmp_path):
    # argparse takes "--l en" for "--lang en"; the language read before parsing must agree.
    missing = tmp_path / "missing.sqlite3"
    result = run("--l", "en", "--db", missing, "backup", tmp_path / "copy.sqlite3",
                 env={"ACCOUNTREGISTRY_LANGUAGE": "da", "LANG": "C", "LC_ALL": "C"})
    assert one_line_error(result) == refusal("database_missing", path=missing)


@pytest.mark.parametrize("field", ["disposition", "notice_days"])
def test_a_refused_handover_terms_field_is_named_by_its_label(field):
    from accountregistry.cli.words import field_name
    from accountregistry.domain.messages import format_value
    from accountregistry.store.fields import label_of

    label = label_of("handover_terms", field)
    assert label is not None
    assert field_name(field, {}) == format_value(label)
