"""`accountregistry policy …` on either engine: a version recorded with texts per area and an own
area, shown and listed, acknowledged singly and from a list; bad input exits 1 with a sentence
and stores nothing."""

from __future__ import annotations

import pytest

import accountregistry.cli
from accountregistry.domain.policy import area
from accountregistry.services import policy
from accountregistry.services.people import PersonInput, add_person


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


@pytest.fixture
def registry(db, db_location):
    add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    add_person(db, PersonInput(name="Nils Ekström", work_email="nils@nordlys.dk"))
    return db_location


def test_record_show_and_acknowledge(db, registry, capsys, tmp_path):
    assert run("--db", registry, "policy", "add", "--effective", "2026-11-01", "--approved-by", "Board",
               "--text", "language=Be kind.", "--text", "working_time=Two hours a week.",
               "--own", "Pictures of guests=Only with consent.") == 0
    assert "version 1" in capsys.readouterr().out
    assert run("--db", registry, "policy", "acknowledge", "--person", "IDA@nordlys.dk", "--on", "2026-11-02") == 0
    listing = tmp_path / "list.txt"
    listing.write_text("nils@nordlys.dk;2026-11-03\nida@nordlys.dk;2026-11-03\n", encoding="utf-8")
    assert run("--db", registry, "policy", "import-acknowledgements", listing) == 0
    assert "Recorded 1 acknowledgements of version 1; 1 had acknowledged it already." in capsys.readouterr().out
    assert run("--db", registry, "policy", "show") == 0
    shown = capsys.readouterr().out
    assert "Pictures of guests\nOnly with consent." in shown and "Ida Høgh <ida@nordlys.dk> on 2026-11-02" in shown
    heading = area("language").heading  # the product's heading, in the user's language; the company's as typed
    assert f"{heading}\nBe kind." in shown
    assert run("--db", registry, "--lang", "da", "policy", "show") == 0
    danish = capsys.readouterr().out
    assert "Pictures of guests\nOnly with consent." in danish and heading not in danish
    assert "Ida Høgh <ida@nordlys.dk> den 2026-11-02" in danish
    assert run("--db", registry, "policy", "list") == 0
    assert capsys.readouterr().out.splitlines()[1].split("\t") == ["1", "2026-11-01", "Board", "2", "yes"]


@pytest.mark.parametrize("arguments", [
    ("add", "--effective", "2026-11-01", "--approved-by", "Board", "--text", "gossip=No."),
    ("add", "--effective", "2026-11-01", "--approved-by", "Board", "--text", "no equals sign"),
    ("add", "--effective", "31.02.2026", "--approved-by", "Board", "--text", "language=x"),
    ("add", "--effective", "2026-11-01", "--approved-by", "Board"),
    ("acknowledge", "--person", "ida@nordlys.dk"),
    ("show", "--version", "3"),
])
def test_bad_input_exits_1_with_a_sentence(db, registry, capsys, arguments):
    assert run("--db", registry, "policy", *arguments) == 1
    error = capsys.readouterr().err
    assert error.strip() and "Traceback" not in error
    assert policy.policy_versions(db) == []


def test_a_list_naming_a_stranger_is_refused_whole(db, registry, capsys, tmp_path):
    run("--db", registry, "policy", "add", "--effective", "2026-11-01", "--approved-by", "Board", "--text", "language=x")
    listing = tmp_path / "list.txt"
    listing.write_text("ida@nordlys.dk;2026-11-03\nstranger@example.com;2026-11-03\n", encoding="utf-8")
    assert run("--db", registry, "policy", "import-acknowledgements", listing) == 1
    assert "Line 2" in capsys.readouterr().err
    assert policy.acknowledgements_of(db, policy.policy_versions(db)[0].id) == []


def test_a_refused_list_names_each_line_once_in_the_lines_order(db, registry, capsys, tmp_path):
    from accountregistry.domain.messages import sentence

    run("--db", registry, "policy", "add", "--effective", "2026-11-01", "--approved-by", "Board", "--text", "language=x")
    listing = tmp_path / "list.txt"
    listing.write_text("email;date\nida@nordlys.dk;2026-11-03\nstranger@example.com;2026-11-03\n"
                       "nils@nordlys.dk;31.02.2026\nnot-an-email;2026-11-03\n", encoding="utf-8")
    capsys.readouterr()
    assert run("--db", registry, "policy", "import-acknowledgements", listing) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "accountregistry: " + sentence("acknowledgement_line_unknown_person",
                                                    {"line": 3, "email": "stranger@example.com"})
    line = sentence("acknowledgement_line_refused", {"line": 4, "reason": ""}).rstrip()  # "Line 4:"
    assert err[1].startswith(f"accountregistry: {line} ") and err[1].count(line) == 1
    line = sentence("acknowledgement_line_refused", {"line": 5, "reason": ""}).rstrip()
    assert err[2].startswith(f"accountregistry: {line} ") and len(err) == 3
    assert policy.acknowledgements_of(db, policy.policy_versions(db)[0].id) == []
