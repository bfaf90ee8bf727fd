"""`accountregistry agreement record | attach | list | scan` on either engine: bad input exits 1
with a sentence and stores nothing."""

from __future__ import annotations

import pytest

import accountregistry.cli
from accountregistry.cli.agreement_commands import CHANNELS
from accountregistry.domain.vocabulary import AgreementChannel
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.agreements import agreements_of_person
from accountregistry.services.people import PersonInput, add_person

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def run(*args):
    return accountregistry.cli.main([str(a) for a in args])


@pytest.fixture
def ida(db):
    person = add_person(db, PersonInput(name="Ida Høgh", work_email="ida@nordlys.dk"))
    register_account(db, AccountInput(url="https://www.youtube.com/@IdaPaaTur", kind="employee_role",
                                      holder_id=person.id))
    return person


def test_the_channels_offered_are_the_stored_ones():
    assert CHANNELS == tuple(c.value for c in AgreementChannel)


def test_record_attach_list_and_write_the_scan_back(db, db_location, ida, capsys, tmp_path):
    assert run("--db", db_location, "agreement", "record", "--person", "ida@nordlys.dk", "--on", "2026-11-02",
               "--channel", "email") == 0
    [state] = agreements_of_person(db, ida.id)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(PDF)
    assert run("--db", db_location, "agreement", "attach", state.agreement.id, scan) == 0
    capsys.readouterr()
    assert run("--db", db_location, "agreement", "list", "--person", "ida@nordlys.dk") == 0
    row = capsys.readouterr().out.splitlines()[1].split("\t")
    assert row[1:5] == ["holder agreement", "2026-11-02", "email", "1"] and row[6] == "up to date"  # words
    attachment_id = agreements_of_person(db, ida.id)[0].attachments[0][0]
    assert run("--db", db_location, "agreement", "scan", attachment_id, "-o", tmp_path / "back.pdf") == 0
    assert (tmp_path / "back.pdf").read_bytes() == PDF



def test_a_scan_is_kept_with_the_agreement_it_records(db, db_location, ida, tmp_path):
    (tmp_path / "signed.pdf").write_bytes(PDF)
    assert run("--db", db_location, "agreement", "record", "--person", "ida@nordlys.dk", "--channel", "in_person",
               "--scan", tmp_path / "signed.pdf") == 0
    [state] = agreements_of_person(db, ida.id)
    assert [(scan[1], scan[2]) for scan in state.attachments] == [("signed.pdf", "application/pdf")]


@pytest.mark.parametrize("arguments", [
    ("record", "--person", "nobody@nordlys.dk"),
    ("record", "--person", "ida@nordlys.dk", "--on", "2099-01-01"),
    ("record", "--person", "ida@nordlys.dk", "--on", "31.02.2026"),
    ("record", "--person", "ida@nordlys.dk", "--confirmation"),
    ("record", "--person", "ida@nordlys.dk", "--scan", "{tmp}/letter.txt"),  # a refused scan records nothing
    ("record", "--person", "ida@nordlys.dk", "--scan", "{tmp}/missing.pdf"),
    ("attach", "77", "{tmp}/signed.pdf"),
    ("attach", "{agreement}", "{tmp}/letter.txt"),
    ("scan", "5", "-o", "{tmp}/out.pdf"),
])
def test_bad_input_exits_1_with_a_sentence(db, db_location, ida, capsys, tmp_path, arguments):
    (tmp_path / "signed.pdf").write_bytes(PDF)
    (tmp_path / "letter.txt").write_text("Dear Ida", encoding="utf-8")
    agreement = None
    if "{agreement}" in arguments:
        run("--db", db_location, "agreement", "record", "--person", "ida@nordlys.dk")
        agreement = agreements_of_person(db, ida.id)[0].agreement.id
        capsys.readouterr()
    before = agreements_of_person(db, ida.id)
    filled = [a.format(tmp=tmp_path, agreement=agreement) for a in arguments]
    assert run("--db", db_location, "agreement", *filled) == 1
    error = capsys.readouterr().err
    assert error.strip() and "Traceback" not in error
    assert agreements_of_person(db, ida.id) == before


def test_the_agreement_confirmation_and_policy_are_written_as_pdfs(db, db_location, ida, capsys, tmp_path):
    from datetime import date, timedelta

    from accountregistry.services.offboarding import start_offboarding
    from accountregistry.services import policy

    assert run("--db", db_location, "agreement", "--person", "ida@nordlys.dk", "-o", tmp_path / "agreement.pdf") == 0
    assert (tmp_path / "agreement.pdf").read_bytes().startswith(b"%PDF-")
    assert run("--db", db_location, "agreement", "--person", "ida@nordlys.dk", "-o", tmp_path / "agreement.pdf") == 1
    assert "agreement.pdf" in capsys.readouterr().err  # an existing file is refused without --replace
    assert run("--db", db_location, "--lang", "da", "agreement", "--person", "nobody@nordlys.dk",
               "-o", tmp_path / "nobody.pdf") == 1
    assert not (tmp_path / "nobody.pdf").exists()
    assert run("--db", db_location, "agreement") == 1  # neither an action nor a person and a file
    assert run("--db", db_location, "offboard", "confirmation", "--person", "ida@nordlys.dk",
               "-o", tmp_path / "confirmation.pdf") == 1  # no offboarding yet
    start_offboarding(db, person_id=ida.id, last_working_day=date.today() + timedelta(days=30))
    assert run("--db", db_location, "offboard", "confirmation", "--person", "ida@nordlys.dk",
               "-o", tmp_path / "confirmation.pdf") == 0
    assert (tmp_path / "confirmation.pdf").read_bytes().startswith(b"%PDF-")
    policy.record_policy(db, policy.PolicyInput(effective_on=date(2026, 11, 1), approved_by="Board",
                                                texts={"language": "Be kind."}))
    assert run("--db", db_location, "policy", "pdf", "-o", tmp_path / "policy.pdf") == 0
    assert (tmp_path / "policy.pdf").read_bytes().startswith(b"%PDF-")


def test_the_list_says_why_an_agreement_is_out_of_date_in_words(db, db_location, ida, capsys):
    from accountregistry.domain.messages import sentence
    from accountregistry.services.accounts import AccountInput, get_account, update_account

    assert run("--db", db_location, "agreement", "record", "--person", "ida@nordlys.dk", "--channel", "email") == 0
    [state] = agreements_of_person(db, ida.id)
    account = get_account(db, state.items[0].account_id)
    update_account(db, account.id, AccountInput(url=account.url, kind=account.kind, holder_id=ida.id,
                                                mandate="Trips in the north"))
    capsys.readouterr()
    assert run("--db", db_location, "agreement", "list", "--person", "ida@nordlys.dk") == 0
    row = capsys.readouterr().out.splitlines()[1].split("\t")
    assert row[6] == "out of date: " + sentence("agreement_mandate_changed", {"account": f"account {account.id}"})
    assert run("--db", db_location, "--lang", "da", "agreement", "list", "--person", "ida@nordlys.dk") == 0
    row = capsys.readouterr().out.splitlines()[1].split("\t")
    assert row[1] == "indehaverens aftale" and "mandatet er ændret" in row[6]


def test_a_scan_whose_name_is_not_utf8_is_kept_under_a_readable_name(db, db_location, ida, capsys, tmp_path):
    """A file from an old Windows zip: its name's bytes are Latin-1. The scan is kept, its name with
    U+FFFD where those bytes were (a traceback before, and nothing kept)."""
    scan = tmp_path / "kontrakt_\udce6\udcf8\udce5.pdf"  # the bytes e6 f8 e5 on disk
    scan.write_bytes(PDF)
    assert run("--db", db_location, "agreement", "record", "--person", "ida@nordlys.dk", "--channel", "email",
               "--scan", scan) == 0
    [state] = agreements_of_person(db, ida.id)
    assert [item[1] for item in state.attachments] == ["kontrakt_\ufffd\ufffd\ufffd.pdf"]
