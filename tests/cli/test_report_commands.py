"""`accountregistry export` and `import` as a script runs them: exit status, stdout, stderr."""

from __future__ import annotations

import pytest

import accountregistry.cli
from accountregistry.domain.messages import Phrase, sentence
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.store.schema import opened

import engine_support


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


def counts(db):
    return [engine_support.scalar(db, f"SELECT count(*) FROM {t}")
            for t in ("person", "account", "account_role", "handover_terms", "audit_event")]


def test_export_then_import_into_a_new_registry(tmp_path, db, db_location, capsys):
    summary = fill_with_sample_organisation(db)
    report = tmp_path / "report.csv"
    assert run("--db", db_location, "export", "-o", report, "--delimiter", "tab") == 0
    assert f"Wrote the accounts to {report} ({summary.accounts})" in capsys.readouterr().out
    assert report.read_bytes()[3:].startswith(b"platform\tpresence\thandle")

    other = tmp_path / "other.sqlite3"
    assert run("--db", other, "import", report) == 0
    out = capsys.readouterr().out
    assert f"{summary.accounts} new, 0 updated, 0 unchanged, 0 errors" in out
    with opened(other) as imported:
        assert counts(imported)[1] == summary.accounts


def test_export_filters_and_refuses_unknown_values(tmp_path, db, db_location, capsys):
    fill_with_sample_organisation(db)
    report = tmp_path / "personal.csv"
    assert run("--db", db_location, "export", "-o", report, "--kind", "personal", "--platform", "linkedin",
               "--delimiter", ";") == 0
    lines = report.read_bytes()[3:].decode("utf-8").splitlines()[1:]
    assert lines and all(line.startswith("linkedin;profile;") and ";personal;" in line for line in lines)
    capsys.readouterr()
    assert run("--db", db_location, "export", "-o", tmp_path / "x.csv", "--status", "gone") == 1
    assert "Status “gone” is not one of" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    with pytest.raises(SystemExit) as raised:
        run("--db", db_location, "export", "-o", tmp_path / "x.csv", "--delimiter", "#")
    assert raised.value.code == 2


def test_export_of_a_registry_that_does_not_exist_is_refused(tmp_path, capsys):
    assert run("--db", tmp_path / "missing.sqlite3", "export", "-o", tmp_path / "r.csv") == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite3").exists()


BAD_FILE = ["url;holder_email;holder_name;kind",
            "https://x.com/good;jane@acme.dk;Jane;employee_role",
            "https://x.com/bad;jane(at)acme.dk;Jane;employee_role",
            "https://x.com/GOOD;;;company"]


def write(path, lines):
    path.write_bytes("".join(line + "\r\n" for line in lines).encode("utf-8"))
    return path


def test_a_file_whose_name_is_not_utf8_imports(tmp_path, db, db_location, capsys):
    """A file from an old Windows zip: its name's bytes are Latin-1. It imports, and says so with
    U+FFFD where those bytes were (a traceback before, from recording the import's source)."""
    before = counts(db)
    source = write(tmp_path / "konti_\udce6.csv", ["url;kind", "https://www.linkedin.com/company/nordlys;company"])
    assert run("--db", db_location, "import", source) == 0
    assert "konti_\ufffd.csv" in capsys.readouterr().out
    assert counts(db)[1] == before[1] + 1


def test_errors_are_printed_one_per_line_and_nothing_is_written(tmp_path, db, db_location, capsys):
    before = counts(db)
    assert run("--db", db_location, "import", write(tmp_path / "bad.csv", BAD_FILE)) == 1
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert errors[0].startswith("Line 3: ") and "jane(at)acme.dk" in errors[0]
    assert errors[1] == "Line 4: " + sentence("row_duplicate_account", {"first": 2})
    assert errors[2] == "accountregistry: " + sentence("import_rows_in_error", {"file": "bad.csv", "count": 2,
                                                                               "line": 3})
    assert len(errors) == 3
    assert counts(db) == before


def test_many_errors_are_printed_as_the_first_200_and_a_count_of_each_kind(tmp_path, db, db_location, capsys):
    lines = ["url;kind"] + [f"https://x.com/bad{n};boss" for n in range(150)]
    lines += [f"https://x.com/short{n}" if n % 2 else f"https://x.com/long{n};company;extra" for n in range(150)]
    assert run("--db", db_location, "import", write(tmp_path / "many.csv", lines)) == 1
    shifted, *errors = capsys.readouterr().err.splitlines()
    assert shifted == sentence("import_columns_shifted", {"file": "many.csv", "line": 152, "count": 150, "width": 2})
    assert [line.split(":")[0] for line in errors[:200]] == [f"Line {n}" for n in range(2, 202)]
    assert errors[200] == sentence("import_more_errors", {"shown": 200, "count": 300})
    kinds = errors[201:-1]
    assert kinds[0].startswith("150 rows like line 2: ") and kinds[1].startswith("150 rows like line 152: ")
    assert len(kinds) == 2 and errors[-1].startswith("accountregistry: ")


def test_import_refusals_are_said_in_the_users_language(tmp_path, db, db_location, capsys):
    before = counts(db)
    assert run("--lang", "da", "--db", db_location, "import", write(tmp_path / "bad.csv", BAD_FILE)) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors[0].startswith("Linje 3: Indehaverens e-mail »jane(at)acme.dk« er ikke en e-mailadresse")
    assert errors[1] == "Linje 4: Kontoen står allerede på linje 2; en konto må kun stå én gang i en fil."
    assert errors[2].startswith("accountregistry: Intet blev importeret: 2 rækker i bad.csv kan ikke importeres")
    # A file that cannot be read at all, in Danish too.
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert run("--lang", "da", "--db", db_location, "import", empty) == 1
    assert capsys.readouterr().err.startswith("accountregistry: tom.csv er tom;")
    assert counts(db) == before


def test_only_valid_rows_imports_the_rest(tmp_path, db, db_location, capsys):
    assert run("--db", db_location, "import", "--only-valid-rows", write(tmp_path / "bad.csv", BAD_FILE)) == 0
    captured = capsys.readouterr()
    assert "1 new, 0 updated, 0 unchanged, 2 errors" in captured.out
    assert [line.split(":")[0] for line in captured.err.splitlines()] == ["Line 3", "Line 4"]
    assert counts(db)[:2] == [1, 1]


def test_dry_run_writes_nothing_and_shows_updates(tmp_path, db, db_location, capsys):
    write(tmp_path / "first.csv", ["url;display_name", "https://x.com/acme;Acme"])
    assert run("--db", db_location, "import", tmp_path / "first.csv") == 0
    before = counts(db)
    write(tmp_path / "second.csv", ["url;display_name", "https://x.com/acme;Acme Support", "https://x.com/new;New"])
    assert run("--db", db_location, "import", "--dry-run", tmp_path / "second.csv") == 0
    out = capsys.readouterr().out
    assert "line 2: update https://x.com/acme: display_name “Acme” → “Acme Support”" in out
    counted = Phrase("import_plan_summary", new=1, updated=1, unchanged=0, errors=0)
    assert sentence("cli_accounts_dry_run", {"summary": counted, "people": 0}) in out
    assert counts(db) == before


def test_a_refused_file_is_one_sentence_with_its_line(tmp_path, db, db_location, capsys):
    path = tmp_path / "quote.csv"
    path.write_bytes(b'url;notes\r\nhttps://x.com/a;"open\r\n')
    assert run("--db", db_location, "import", path) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Line 2 of quote.csv opens a quoted cell" in err[0]


def test_unknown_columns_are_mentioned(tmp_path, db, db_location, capsys):
    write(tmp_path / "extra.csv", ["url;Followers", "https://x.com/acme;1200"])
    assert run("--db", db_location, "import", tmp_path / "extra.csv") == 0
    assert "ignored unknown columns: Followers" in capsys.readouterr().err


def test_a_row_that_would_grant_a_revoked_role_again_is_left_out_unless_asked(tmp_path, db, db_location, capsys):
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.people import PersonInput, add_person
    from accountregistry.services.roles import grant_role, revoke_role
    from engine_support import roles_of_account

    bo = add_person(db, PersonInput(name="Bo Berg", work_email="bo@acme.dk"))
    page = register_account(db, AccountInput(url="https://x.com/acme", kind="company"))
    grant = grant_role(db, account_id=page.id, person_id=bo.id, role="admin")
    assert run("--db", db_location, "export", "-o", tmp_path / "old.csv") == 0
    revoke_role(db, role_id=grant.id, reason="Left the team")  # the same day as the export: after it
    capsys.readouterr()

    assert run("--db", db_location, "import", "--dry-run", tmp_path / "old.csv") == 0
    captured = capsys.readouterr()
    said = captured.err.splitlines()
    assert said[0].startswith("Line 2: ") and "Bo Berg" in said[0]
    assert said[1] == sentence("import_conflicts_left_out", {"count": 1})
    counted = Phrase("import_plan_summary_conflicts", new=0, updated=0, unchanged=0, errors=0, conflicts=1)
    assert sentence("cli_accounts_dry_run", {"summary": counted, "people": 0}) in captured.out

    assert run("--db", db_location, "import", tmp_path / "old.csv") == 0
    assert "rows in conflict left out: 1" in capsys.readouterr().out
    assert roles_of_account(db, page.id, active_only=True) == []
    assert run("--db", db_location, "import", "--grant-revoked-roles", tmp_path / "old.csv") == 0
    assert [r.person_id for r in roles_of_account(db, page.id, active_only=True)] == [bo.id]
