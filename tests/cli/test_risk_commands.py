"""`risks` and `review` as a script runs them, through `accountregistry.cli.main`: exit status,
what is printed, and one-line errors."""

import csv
import io
from datetime import date

import pytest
from sqlmodel import select

from accountregistry.domain.messages import sentence
from accountregistry.cli import main, risk_commands
from accountregistry.domain.vocabulary import Kind, Role, TwoFactor
from accountregistry.services.accounts import AccountInput, get_account, register_account
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.organisation import update_settings
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.risks import account_risks
from accountregistry.services.roles import grant_role
from accountregistry.store.models import AuditEvent


@pytest.fixture
def run(capsys, db_location):
    def run(*args, db=db_location):
        capsys.readouterr()
        try:
            code = main(["--db", str(db), *map(str, args)])
        except SystemExit as exit:  # argparse's usage errors
            code = exit.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def one_line(err):
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def registry(db):
    """A tidy page (low/medium-risk free), and an X account with only medium risks."""
    today = date.today()
    # With domains, so the "Private login" rule is on and nothing is said about it on stderr.
    update_settings(db, email_domains=["nordlys.no", "nordlys.se"])
    ingrid = add_person(db, PersonInput(name="Ingrid Sæther", work_email="ingrid@nordlys.no"))
    lars = add_person(db, PersonInput(name="Lars Åberg", work_email="lars@nordlys.se"))
    tidy = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             two_factor=TwoFactor.passkey, last_reviewed_on=today))
    for person in (ingrid, lars):
        grant_role(db, account_id=tidy.id, person_id=person.id, role=Role.owner)
    record_terms(db, tidy.id, TermsInput(disposition="transfer_to_company", agreed_on=today))
    medium = register_account(db, AccountInput(url="https://x.com/nordlysresor", kind=Kind.company,
                                               last_reviewed_on=today))
    grant_role(db, account_id=medium.id, person_id=lars.id, role=Role.admin)
    return {"tidy": tidy, "medium": medium}


def add_orphan(db):
    return register_account(db, AccountInput(url="https://www.instagram.com/nordlys_travel_oslo",
                                             last_reviewed_on=date.today()))


def test_the_risk_table_lists_each_account_and_risk(run, registry):
    code, out, err = run("risks")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "PLATFORM", "HANDLE", "SEVERITY", "RISK"]
    medium = registry["medium"].id
    assert [line.split(maxsplit=4) for line in lines[1:-1]] == [
        [str(medium), "x", "nordlysresor", "medium", "Single admin"],
        [str(medium), "x", "nordlysresor", "medium", "No handover terms"],
        [str(medium), "x", "nordlysresor", "medium", "No two-factor"],
    ]
    assert lines[-1] == "Risks: 3, on accounts: 1."


def test_fail_on_exits_3_when_a_risk_is_that_severe(run, db, registry):
    assert run("risks", "--fail-on", "high")[0] == 0
    code, out, err = run("risks", "--fail-on", "medium")
    assert code == 3
    assert "Single admin" in out
    assert one_line(err) == "accountregistry: risks of medium severity or worse: 3, on accounts: 1."
    add_orphan(db)
    code, _, err = run("risks", "--format", "csv", "--fail-on", "high")
    assert code == 3
    assert one_line(err) == "accountregistry: risks of high severity or worse: 1, on accounts: 1."


def test_a_clean_registry_says_so_and_passes_every_threshold(run, db):
    assert run("risks", "--fail-on", "low") == (0, "No account is at risk.\n", "")


def test_the_risk_csv_parses_and_matches_the_computed_risks(run, db, registry):
    orphan = add_orphan(db)
    code, out, err = run("risks", "--format", "csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == risk_commands.RISKS_CSV_HEADER
    expected = [(str(account_id), risk.id, risk.severity.name)
                for account_id, risks in account_risks(db).items() for risk in risks]
    assert [(r["account_id"], r["risk"], r["severity"]) for r in rows] == expected
    orphan_rows = [r for r in rows if r["account_id"] == str(orphan.id)]
    assert orphan_rows[0]["risk"] == "no_active_admin"
    assert orphan_rows[0]["handle"] == "nordlys_travel_oslo"
    assert orphan_rows[0]["what_to_do"].startswith("Find who still has access")


def test_an_unknown_severity_is_a_usage_error(run, registry):
    code, out, err = run("risks", "--fail-on", "urgent")
    assert code == 2 and out == ""
    assert "invalid choice: 'urgent'" in one_line(err)


def test_review_mark_by_address_records_the_review(run, db, registry):
    page = registry["medium"]
    code, out, err = run("review", "mark", "https://twitter.com/NordlysResor?lang=da", "--note", "Checked")
    assert (code, err) == (0, "")
    assert out.startswith(f"Marked x nordlysresor (id {page.id}) reviewed; next review due ")
    assert get_account(db, page.id).last_reviewed_on == date.today()
    with db.reading() as session:
        [event] = session.exec(select(AuditEvent).where(AuditEvent.action == "review")).all()
    assert event.new_values["note"] == "Checked"


def test_review_mark_by_id(run, db, registry):
    code, out, _ = run("review", "mark", registry["tidy"].id)
    assert code == 0 and "linkedin nordlys" in out


@pytest.mark.parametrize(("reference", "message"), [
    ("9999", "accountregistry: " + sentence("account_not_found", {"account_id": 9999})),
    ("https://x.com/somebody_else", "accountregistry: " + sentence("account_address_unknown",
                                                                   {"url": "https://x.com/somebody_else"})),
    ("not an account", "accountregistry: " + sentence("account_reference_unknown", {"text": "not an account",
                                                                                     "reason": ""})),
])
def test_review_mark_of_a_bad_account_is_one_line_and_exit_1(run, db, registry, reference, message):
    code, out, err = run("review", "mark", reference)
    assert (code, out) == (1, "")
    assert one_line(err).startswith(message)
    with db.reading() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "review")).all() == []


def test_review_due_lists_and_writes_the_checklist(run, db, tmp_path):
    ingrid = add_person(db, PersonInput(name="Ingrid Sæther"))
    register_account(db, AccountInput(url="https://x.com/ingridreiser", kind=Kind.employee_role, holder_id=ingrid.id,
                                      responsible_unit="Marketing", last_reviewed_on=date(2020, 1, 1)))
    register_account(db, AccountInput(url="https://x.com/nordlysfresh", last_reviewed_on=date.today()))
    code, out, _ = run("review", "due")
    assert code == 0
    assert out.splitlines()[0] == "Ingrid Sæther (1)"
    assert "due 2020-07-01  last 2020-01-01" in out and "ingridreiser" in out and "nordlysfresh" not in out
    assert out.splitlines()[-1] == "Accounts due for review: 1."
    assert run("review", "due", "--group-by", "unit")[1].splitlines()[0] == "Marketing (1)"
    target = tmp_path / "round.csv"
    code, out, _ = run("review", "due", "--group-by", "unit", "-o", target)
    assert code == 0 and out.startswith("Wrote a checklist of the accounts due for review to ") and "(accounts: 1, groups: 1)" in out
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [(r["group"], r["handle"], r["confirmed"]) for r in rows] == [("Marketing", "ingridreiser", "")]


def test_review_due_into_a_missing_folder_is_one_line(run, db, tmp_path):
    code, _, err = run("review", "due", "-o", tmp_path / "nowhere" / "round.csv")
    assert code == 1
    assert one_line(err).startswith("accountregistry: File: The folder ")


def test_review_without_a_step_is_a_usage_error(run, db):
    code, _, err = run("review")
    assert code == 2
    assert "required: STEP" in one_line(err)


def test_reading_commands_never_create_a_registry(run, tmp_path):
    missing = tmp_path / "typo.sqlite3"
    for args in (("risks",), ("review", "due"), ("review", "mark", "1")):
        code, _, err = run(*args, db=missing)
        assert code == 1
        assert one_line(err).startswith(f"accountregistry: {missing} does not exist")
    assert not missing.exists()
