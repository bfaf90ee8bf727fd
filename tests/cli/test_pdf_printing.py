"""PDFs from the command line (cli/printing.py → gui/print_documents.py in a child process):
`people export-data EMAIL -o FILE.pdf` writes a real PDF, on either engine, in the user's
language; the child's refusals reach the user as the same typed refusal, and nothing is written."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import unicodedata

import pytest

import accountregistry.cli
from accountregistry import language
from accountregistry.cli import printing
from accountregistry.domain.errors import NotFound, StoreError
from tests.engine_support import location, rows


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


@pytest.fixture
def out(tmp_path):
    """The folder written to (the SQLite registry is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path) -> str:
    assert path.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return unicodedata.normalize("NFKC", text)  # Qt writes "fi" as its ligature


def someone_with_roles(db):
    return rows(db, """SELECT p.id, p.name, p.work_email, p.department, count(r.id) FROM person p
                       JOIN account_role r ON r.person_id = p.id
                       GROUP BY p.id, p.name, p.work_email, p.department ORDER BY count(r.id) DESC, p.id""")[0]


def test_export_data_writes_the_access_request_as_pdf(sample, tmp_path, capsys):
    person_id, name, email, department, roles = someone_with_roles(sample)
    target = tmp_path / "access request.pdf"
    assert run("--db", location(sample), "people", "export-data", email.upper(), "-o", target) == 0
    assert str(target) in capsys.readouterr().out
    text = " ".join(pdf_text(target).split())
    organisation = rows(sample, "SELECT name FROM organisation_settings")[0][0]
    assert f"What {organisation} holds about {name}" in text
    assert email in text and department in text
    assert f"Roles on accounts, active and past ({roles})" in text
    assert (target.stat().st_mode & 0o777) == 0o600  # mkstemp's mode: personal data, for its owner
    assert not list(tmp_path.glob(".*partial"))


def test_the_pdf_speaks_the_users_language(sample, tmp_path):
    _, name, email, _, roles = someone_with_roles(sample)
    target = tmp_path / "indsigt.pdf"
    assert run("--db", location(sample), "--lang", "da", "people", "export-data", email, "-o", target) == 0
    text = " ".join(pdf_text(target).split())
    assert "Personens oplysninger" in text and name in text  # "The person record"
    assert f"({roles})" in text


def test_refusals_come_back_typed_and_translated(db, out, capsys):
    args = argparse.Namespace(db=location(db))
    with pytest.raises(NotFound) as refused:
        printing.write_document_pdf(args, "person-data", out / "x.pdf", person="nobody@nordlys.dk")
    assert refused.value.code == "person_email_not_found"
    assert refused.value.params == {"email": "nobody@nordlys.dk"}
    # On the command line: the one line every refusal gets, in the user's language, exit 1.
    assert run("--db", location(db), "--lang", "da", "people", "export-data", "nobody@nordlys.dk",
               "-o", out / "x.pdf") == 1
    previous = language.use_language("da")
    try:
        expected = NotFound("person_email_not_found", email="nobody@nordlys.dk").sentence()
    finally:
        language.set_translator(*previous)
    assert capsys.readouterr().err == f"accountregistry: {expected}\n"
    assert "Traceback" not in expected
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("where, code", [("missing/x.pdf", "folder_missing"), ("/proc/x.pdf", "file_unwritable"),
                                         (".", "path_is_folder")])
def test_a_place_that_cannot_be_written_is_refused(sample, out, where, code):
    email = someone_with_roles(sample)[2]
    with pytest.raises(StoreError) as refused:
        printing.write_document_pdf(argparse.Namespace(db=location(sample)), "person-data", out / where,
                                    person=email)
    assert refused.value.code == code
    assert list(out.iterdir()) == []


def test_an_existing_file_is_kept_unless_replace_is_given(sample, tmp_path, capsys):
    email = someone_with_roles(sample)[2]
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(StoreError) as refused:
        printing.write_document_pdf(argparse.Namespace(db=location(sample)), "person-data", target, person=email)
    assert refused.value.code == "output_exists"
    assert run("--db", location(sample), "people", "export-data", email, "-o", target) == 1
    assert target.read_bytes() == b"mine"
    assert run("--db", location(sample), "people", "export-data", email, "-o", target.with_suffix(".json")) == 0
    assert run("--db", location(sample), "people", "export-data", email, "-o", target.with_suffix(".json")) == 1
    assert run("--db", location(sample), "people", "export-data", email, "-o", target, "--replace") == 0
    assert pdf_text(target)


@pytest.mark.sqlite_only  # about how the child is started, not about the database
def test_the_bundled_program_prints_through_its_hidden_argument(sample, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert printing.printer_command() == [sys.executable, printing.PRINT_DOCUMENT_ARGUMENT]
    monkeypatch.delattr(sys, "frozen")
    # What the bundle runs, with Python standing in for it: the program's entry, the hidden argument.
    email = someone_with_roles(sample)[2]
    target = tmp_path / "bundle.pdf"
    result = subprocess.run([sys.executable, "-m", "accountregistry", printing.PRINT_DOCUMENT_ARGUMENT,
                             "--db", location(sample), "--lang", "en", "person-data", str(target),
                             f'{{"person": "{email}"}}'], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert email in pdf_text(target)


@pytest.mark.sqlite_only  # about the child process failing, not about the database
def test_a_printer_that_crashes_is_a_refusal_and_writes_nothing(db, out, monkeypatch, capsys):
    monkeypatch.setattr(printing, "printer_command", lambda: [sys.executable, "-c", "import sys; sys.exit(3)"])
    with pytest.raises(StoreError) as refused:
        printing.write_document_pdf(argparse.Namespace(db=location(db)), "person-data", out / "x.pdf",
                                    person="x@nordlys.dk")
    assert refused.value.code == "pdf_printer_failed" and refused.value.params["status"] == 3
    assert list(out.iterdir()) == []


def test_what_an_account_import_added_reads_in_the_users_language(db, tmp_path):
    """An access request about someone an account import added (people export-data, in Danish):
    their addition, the account and the role each said as the window's history says them."""
    from accountregistry.services.csv_import import apply_import, plan_import, read_table

    accounts = tmp_path / "accounts.csv"
    accounts.write_text("url;kind;holder_name;holder_email;administrators\n"
                        "https://x.com/JaneDoe;employee_role;Jane Doe;jane@acme.dk;Jane Doe <jane@acme.dk> (owner)\n",
                        encoding="utf-8")
    apply_import(db, plan_import(db, read_table(accounts)))
    target = tmp_path / "indsigt.pdf"
    assert run("--db", location(db), "--lang", "da", "people", "export-data", "jane@acme.dk", "-o", target) == 0
    text = pdf_text(target)  # the table's cells wrap: what fits on one line of its column
    assert "Importerede X-profil" in text and "ejer ved en import" in text
    assert "Tilføjede personen til" in text and text.count("Kilde:") == 3  # below each: the file read
    assert not [english for english in ("Import (", "Imported", "Source", "Added", "Granted") if english in text]
