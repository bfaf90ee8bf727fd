"""`accountregistry people anonymise` and `people export-data` as a script runs them: a dry run
changes nothing, refusals are one line and change nothing, the export is JSON."""

from __future__ import annotations

import json
import sqlite3

import pytest

import accountregistry.cli


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


def person_rows(path):
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT id, name, work_email, title FROM person ORDER BY id").fetchall()


def test_anonymise_due_with_a_dry_run_first(db_path, capsys):
    assert run("--db", db_path, "people", "add", "--name", "Tuva Lind", "--email", "tuva@nordlys.dk", "--title",
               "Editor", "--status", "left", "--last-day", "2020-01-31") == 0
    assert run("--db", db_path, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk") == 0
    before = person_rows(db_path)
    capsys.readouterr()
    assert run("--db", db_path, "people", "anonymise", "--due", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Tuva Lind" in out and "Ole Dahl" not in out
    assert person_rows(db_path) == before
    assert run("--db", db_path, "people", "anonymise", "--due") == 0
    [tuva, ole] = person_rows(db_path)
    assert tuva == (1, "[former employee 1]", None, None)
    assert ole == before[1]
    capsys.readouterr()
    assert run("--db", db_path, "people", "anonymise", "--due") == 0
    assert "Nobody" in capsys.readouterr().out


def test_refusals_are_one_line_and_change_nothing(db_path, capsys):
    assert run("--db", db_path, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk") == 0
    before = person_rows(db_path)
    capsys.readouterr()
    for reference in ("ole@nordlys.dk", "nobody@nordlys.dk", "99"):
        assert run("--db", db_path, "people", "anonymise", reference) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("accountregistry: ")
    assert person_rows(db_path) == before
    for wrong in ((), ("ole@nordlys.dk", "--due")):  # neither people nor --due, or both
        with pytest.raises(SystemExit) as usage:
            run("--db", db_path, "people", "anonymise", *wrong)
        assert usage.value.code == 2


def test_export_data_writes_json(db_path, tmp_path, capsys):
    assert run("--db", db_path, "people", "add", "--name", "Ole Dahl", "--email", "ole@nordlys.dk") == 0
    target = tmp_path / "ole.json"
    assert run("--db", db_path, "people", "export-data", "OLE@nordlys.dk", "-o", target) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Ole Dahl"
    assert len(data["audit_events"]) == 1
    assert run("--db", db_path, "people", "export-data", "nobody@x.dk", "-o", tmp_path / "x.json") == 1
    assert not (tmp_path / "x.json").exists()
