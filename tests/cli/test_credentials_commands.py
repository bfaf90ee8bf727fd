"""`accountregistry credentials ...`: the secret comes from standard input only, never shows in
the output, and every failure is one line with exit status 1."""

import io
import os
import subprocess
import sys

import keyring
import pytest
from keyring.backends import fail

from accountregistry.services.credentials import keyring_entry, registry_id
from accountregistry.domain.messages import Label, sentence
from accountregistry.cli import main
from accountregistry.domain.vocabulary import Kind
from accountregistry.services.accounts import AccountInput, register_account

from engine_support import location


@pytest.fixture
def accounts(db):
    company = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser",
                                                kind=Kind.company))
    personal = register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm", kind=Kind.personal))
    return company, personal


class Terminal(io.StringIO):
    def isatty(self):
        return True


def run(db, *args, stdin=""):
    sys.stdin = io.StringIO(stdin) if isinstance(stdin, str) else stdin
    return main(["--db", location(db), "credentials", *map(str, args)])


@pytest.fixture(autouse=True)
def restore_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", sys.stdin)


def one_line_error(capsys):
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_set_reads_standard_input_and_drops_one_trailing_newline(db, accounts, memory_keyring, capsys):
    company, _ = accounts
    assert run(db, "set", company.id, "--field", "password", stdin="Nordlys 2026!\n") == 0
    assert memory_keyring.secrets[keyring_entry(registry_id(db), company.id, "password")] == "Nordlys 2026!"
    captured = capsys.readouterr()
    assert captured.out == f"Stored the login password of LinkedIn nordlys-rejser (account {company.id}) in the keyring.\n"
    assert "Nordlys 2026" not in captured.out + captured.err


def test_set_keeps_the_lines_of_recovery_codes_and_finds_the_account_by_url(db, accounts, memory_keyring):
    company, _ = accounts
    codes = "1111-2222\n3333-4444\n\n"
    assert run(db, "set", "https://linkedin.com/company/Nordlys-Rejser/", "--field", "recovery_codes",
               stdin=codes) == 0
    assert memory_keyring.secrets[keyring_entry(registry_id(db), company.id, "recovery_codes")] == "1111-2222\n3333-4444\n"


def test_set_at_a_terminal_asks_without_echo(db, accounts, memory_keyring, monkeypatch):
    company, _ = accounts
    prompts = []
    # A terminal cannot be run here; getpass is the edge that turns echo off.
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or "typed-secret")
    assert run(db, "set", company.id, "--field", "password", stdin=Terminal("")) == 0
    assert prompts == [f"Login password for LinkedIn nordlys-rejser (account {company.id}): "]
    assert memory_keyring.secrets[keyring_entry(registry_id(db), company.id, "password")] == "typed-secret"


def test_set_at_a_terminal_reads_codes_until_an_empty_line(db, accounts, memory_keyring, monkeypatch):
    company, _ = accounts
    typed = iter(["1111", "2222", ""])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    assert run(db, "set", company.id, "--field", "recovery_codes", stdin=Terminal("")) == 0
    assert memory_keyring.secrets[keyring_entry(registry_id(db), company.id, "recovery_codes")] == "1111\n2222"


def test_there_is_no_argument_for_the_secret(db, accounts, capsys):
    company, _ = accounts
    with pytest.raises(SystemExit) as raised:
        run(db, "set", company.id, "--field", "password", "--secret", "x")
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        run(db, "set", company.id)  # which field is never guessed
    assert raised.value.code == 2


def test_an_empty_secret_is_one_line_and_exit_1(db, accounts, memory_keyring, capsys):
    company, _ = accounts
    assert run(db, "set", company.id, "--field", "password", stdin="\n") == 1
    # The sentence names the field itself: not prefixed with it again.
    assert one_line_error(capsys) == "accountregistry: " + sentence("secret_empty", {"label": Label("Login password")})
    assert memory_keyring.secrets == {}


def test_a_personal_account_is_refused(db, accounts, memory_keyring, capsys):
    _, personal = accounts
    assert run(db, "set", personal.id, "--field", "password", stdin="mette's\n") == 1
    assert "belongs to its holder" in one_line_error(capsys)
    assert memory_keyring.secrets == {}


def test_an_unknown_account_is_one_line(db, accounts, capsys):
    assert run(db, "status", "https://x.com/nobody") == 1
    assert one_line_error(capsys) == "accountregistry: " + sentence("account_address_unknown",
                                                                    {"url": "https://x.com/nobody"})


def test_without_a_keyring_set_says_what_to_do_before_reading_the_secret(db, accounts, capsys):
    company, _ = accounts
    keyring.set_keyring(fail.Keyring())
    stdin = io.StringIO("never-read\n")
    assert run(db, "set", company.id, "--field", "password", stdin=stdin) == 1
    assert "install and unlock a Secret Service such as GNOME Keyring or KWallet" in one_line_error(capsys)
    assert stdin.tell() == 0


def test_the_real_command_explains_a_missing_keyring_in_danish(db, accounts):
    company, _ = accounts
    result = subprocess.run([sys.executable, "-m", "accountregistry", "--db", location(db), "credentials", "set",
                             str(company.id), "--field", "password"], input="never-read\n", capture_output=True,
                            text=True, env={**os.environ, "ACCOUNTREGISTRY_LANGUAGE": "da",
                                            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == ("accountregistry: Der er ingen nøglering på denne computer; installér og lås en Secret "
                             "Service op, f.eks. GNOME-nøglering eller KWallet, og prøv så igen.\n")


def test_status_lists_accounts_and_never_secrets(db, accounts, capsys):
    company, _ = accounts
    assert run(db, "status") == 0
    assert capsys.readouterr().out == "No account has a stored login.\n"
    run(db, "set", company.id, "--field", "password", stdin="first-secret")
    run(db, "set", company.id, "--field", "two_factor_notes", stdin="second-secret")
    capsys.readouterr()
    assert run(db, "status") == 0
    out = capsys.readouterr().out
    header, row = out.splitlines()
    assert header == "id\tplatform\thandle\tfields\tlast_rotated_at\tlast_rotated_by"
    cells = row.split("\t")
    assert cells[:4] == [str(company.id), "linkedin", "nordlys-rejser", "password,two_factor_notes"]
    assert cells[4].endswith("+00:00") and cells[5] == "tester"
    assert "secret" not in out.replace("has a stored", "")


def test_status_of_one_account(db, accounts, capsys):
    company, personal = accounts
    assert run(db, "status", personal.id) == 0
    assert capsys.readouterr().out == f"No login is stored for LinkedIn in/mette-holm (account {personal.id}).\n"
    run(db, "set", company.id, "--field", "password", stdin="pw")
    capsys.readouterr()
    assert run(db, "status", company.url) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith(f"{company.id}\tlinkedin\tnordlys-rejser\tpassword\t")


def test_status_works_without_a_keyring(db, accounts, capsys):
    keyring.set_keyring(fail.Keyring())
    assert run(db, "status") == 0
    assert capsys.readouterr().out == "No account has a stored login.\n"


def test_rotated_records_who_and_when(db, accounts, capsys, monkeypatch, engine):
    company, _ = accounts
    run(db, "set", company.id, "--field", "password", stdin="pw")
    monkeypatch.setenv("ACCOUNTREGISTRY_ACTOR", "it-jonas")
    capsys.readouterr()
    assert run(db, "rotated", company.id) == 0
    out = capsys.readouterr().out
    # On a server the database login is who did it, whatever the environment says.
    who = "it-jonas" if engine == "sqlite" else db.engine.url.username
    assert out.startswith(f"Recorded that the login of LinkedIn nordlys-rejser (account {company.id}) was rotated "
                          f"by {who} at ")


def test_rotated_without_a_stored_login_is_one_line(db, accounts, capsys):
    company, _ = accounts
    assert run(db, "rotated", company.id) == 1
    assert "no stored login" in one_line_error(capsys)


def test_a_missing_database_is_not_created(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    assert main(["--db", str(missing), "credentials", "status"]) == 1
    assert "does not exist" in one_line_error(capsys)
    assert not missing.exists()


def test_a_real_process_without_a_keyring_prints_one_line(db, accounts):
    # A real process, so that nothing pytest installs (its log capture) hides a stray line on stderr;
    # keyring's own setting picks its fail backend, as on a headless Linux without a Secret Service.
    company, _ = accounts
    result = subprocess.run([sys.executable, "-m", "accountregistry", "--db", location(db), "credentials", "set",
                             str(company.id), "--field", "password"],
                            input="never-stored\n", capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "accountregistry: No keyring is available on this computer; install and unlock a Secret Service such as "
        "GNOME Keyring or KWallet, then try again."]
