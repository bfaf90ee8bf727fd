"""A Danish command line says its refusals in Danish: registering an account, importing a file
and offboarding, each through the real command (a process of its own, as a script runs it), and
what the system said of a file that could not be used.

The sentences are written out on purpose: they are what a Danish user reads, and must not fall
back to English. Adding a person and a date are checked in test_cli.py
(test_the_add_person_and_date_refusals_are_danish), the keyring in test_credentials_commands.py
(test_the_real_command_explains_a_missing_keyring_in_danish).
"""

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person
from accountregistry.services.roles import grant_role

from engine_support import location

LAST_DAY = date.today() + timedelta(days=30)


def danish(db, *args):
    """Exit status, standard output and standard error's lines of the command, in Danish."""
    result = subprocess.run([sys.executable, "-m", "accountregistry", "--db", location(db), *map(str, args)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "ACCOUNTREGISTRY_LANGUAGE": "da"})
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout, result.stderr.splitlines()


def refused(line, sentence):
    """The refusal's line is the sentence, after the program's name and perhaps the field's name."""
    assert line.startswith("accountregistry: ") and line.endswith(sentence), line
    return True


def test_registering_an_account_is_refused_in_danish(db):
    code, out, err = danish(db, "register", "https://www.linkedin.com/")
    assert (code, out, len(err)) == (1, "", 1)
    assert refused(err[0], "»https://www.linkedin.com/« er forsiden af LinkedIn, ikke en konto; indsæt adressen på "
                           "selve profilen, siden, gruppen eller kanalen (for eksempel "
                           "https://www.linkedin.com/company/acme).")
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company))
    code, out, err = danish(db, "register", "https://www.linkedin.com/company/nordlys/")
    assert (code, err) == (1, ["accountregistry: LinkedIn nordlys findes allerede i registret."])


def test_an_import_is_refused_in_danish_and_its_dry_run_counts_in_danish(db, tmp_path):
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    code, out, err = danish(db, "import", empty)
    assert (code, err) == (1, ["accountregistry: tom.csv er tom; den skal have en overskriftslinje som "
                               "url;display_name;kind (eller platform;handle;…) og en række under den for hver "
                               "post."])
    rows = tmp_path / "konti.csv"
    rows.write_text("url;kind\nhttps://www.linkedin.com/;company\nhttps://bsky.app/profile/nordlys.dk;company\n",
                    encoding="utf-8")
    code, out, err = danish(db, "import", "--dry-run", rows)
    assert code == 1
    assert err[0].startswith("Linje 2: »https://www.linkedin.com/« er forsiden af LinkedIn, ikke en konto")
    assert out == "Prøvekørsel, intet skrevet: 1 nye, 0 opdateret, 0 uændret, 1 fejl; 0 nye personer.\n"


@pytest.fixture
def leaving(db):
    """Ingrid administers a LinkedIn page and a page on a platform the registry does not know."""
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    for url in ("https://www.linkedin.com/company/nordlys", "https://www.trustpilot.com/review/nordlys.dk"):
        page = register_account(db, AccountInput(url=url, kind=Kind.company, display_name="Nordlys"))
        grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.admin, granted_on=date(2024, 5, 1))
    return ingrid


def test_offboarding_is_refused_in_danish(db, leaving):
    code, out, err = danish(db, "offboard", "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY,
                            "--successor", "ingrid@nordlys.no")
    assert (code, out, len(err)) == (1, "", 1)
    assert refused(err[0], ": Ingrid Berg kan ikke være sin egen efterfølger; vælg en, der bliver.")
    code, out, err = danish(db, "offboard", "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY)
    # The checklist's heading of the page starts with a capital; inside a sentence it does not.
    assert code == 0 and "Side »Nordlys« på en anden platform" in out.splitlines(), out
    assert "Side »Nordlys« på en anden platform" in danish(db, "offboard", "show", "--person",
                                                          "ingrid@nordlys.no")[1].splitlines()
    code, out, err = danish(db, "offboard", "start", "--person", "ingrid@nordlys.no", "--last-day", LAST_DAY)
    written = f"{LAST_DAY.day}.{LAST_DAY.month}.{LAST_DAY.year}"
    assert (code, err) == (1, [f"accountregistry: Ingrid Berg har allerede et åbent fratrædelsesforløb (sidste "
                               f"arbejdsdag {written}); ret det i stedet."])
    code, out, err = danish(db, "offboard", "close", "--person", "ingrid@nordlys.no")
    assert code == 1 and err[0].startswith(
        "accountregistry: Fratrædelsesforløbet for Ingrid Berg kan ikke lukkes endnu. Mangler: ")
    # What remains, each item by its Danish title: the page on a platform the registry does not know
    # as the window says it ("Andet-side" is no Danish).
    assert any(line.endswith("Overdrag rollen som administrator på side »Nordlys« på en anden platform fra Ingrid "
                             "Berg til efterfølgeren, og fjern derefter Ingrid Berg") for line in err), err
    assert all(" Other " not in line and "(leaver)" not in line for line in err), err


BEYOND_ANY_ID = "99999999999999999999999"  # more than SQLite's INTEGER and PostgreSQL's BIGINT hold


def test_an_id_no_record_can_have_is_refused_as_not_found_in_danish(db, leaving):
    """"²", "³" and "٣" are digits to Python but not ids: they are read as an email (a person) or
    an address (an account); an id beyond 2**63-1 is simply not found. No traceback (see danish)."""
    for typed in ("²", "³", "٣"):
        code, out, err = danish(db, "offboard", "show", "--person", typed)
        assert (code, out) == (1, "")
        assert refused(err[-1], f"Der er ingen person med arbejds-e-mailen »{typed}« i registret.")
        code, out, err = danish(db, "account", "show", typed)
        assert (code, out) == (1, "") and err[-1].startswith(f"accountregistry: »{typed}« er hverken et konto-id")
        code, out, err = danish(db, "offboard", "done", typed)
        assert code == 2 and "ITEM_ID" in err[-1]
    refusals = {("offboard", "show", "--person"): "Der er ingen person med id {id}.",
                ("account", "show"): "Der er ingen konto med id {id}.",
                ("offboard", "done"): "Der er intet tjeklistepunkt med id {id}.",
                ("agreement", "scan", "-o", "scan.pdf"): "Der er ingen vedhæftet scanning med id {id}."}
    for command, sentence in refusals.items():
        code, out, err = danish(db, *command, BEYOND_ANY_ID)
        assert (code, out) == (1, "")
        assert refused(err[-1], sentence.format(id=BEYOND_ANY_ID))


def test_a_registry_whose_settings_row_was_deleted_is_refused_as_incomplete_in_danish(db, leaving):
    """Another program deleted the one organisation_settings row: each command that reads the
    settings says the registry is incomplete (restore a backup), not a traceback (see danish)."""
    from engine_support import execute

    execute(db, "DELETE FROM organisation_settings")
    for command in (("settings", "show"), ("offboard", "show", "--person", "ingrid@nordlys.no"), ("risks",)):
        code, out, err = danish(db, *command)
        assert (code, out) == (1, "")
        assert refused(err[-1], "mangler en del af registret (organisation_settings): det er blevet ændret uden om "
                                "Account Registry. Gendan det fra en sikkerhedskopi; intet blev ændret.")


def test_what_the_system_said_of_a_file_is_danish_too(db, tmp_path):
    """A file that cannot be read or written is refused with the system's reason in Danish, not
    in the system's English words ("No such file or directory")."""
    code, out, err = danish(db, "export", "-o", "/proc/rapport.csv")
    assert (code, err) == (1, ["accountregistry: Kan ikke skrive /proc/rapport.csv: filen eller mappen findes ikke. "
                               "Der blev ikke skrevet nogen fil."])
    assert danish(db, "policy", "add", "--effective", "2026-01-01", "--approved-by", "Direktionen",
                  "--text", "working_hours=Ikke efter kl. 18.")[0] == 0
    code, out, err = danish(db, "policy", "import-acknowledgements", tmp_path / "mangler.csv")
    assert (code, err) == (1, ["accountregistry: Kan ikke læse mangler.csv: filen eller mappen findes ikke."])


def test_a_refused_field_is_named_in_danish(db, leaving):
    """The field before a refusal is named in words, not by its id ("texts:", "scope:", "account:")."""
    code, out, err = danish(db, "policy", "add", "--effective", "2026-01-01", "--approved-by", "Direktionen")
    assert (code, err) == (1, ["accountregistry: Politikkens tekst: Skriv politikkens tekst for mindst ét område."])
    code, out, err = danish(db, "consent", "give", "https://www.linkedin.com/company/nordlys", "--scope", "alt",
                            "--asked-by", "ingrid@nordlys.no")
    assert code == 1 and [line.split(": ")[1] for line in err] == ["Samtykke", "Konto"], err
    # The kind as a word of its own: no "virksomhed-konto".
    assert err[1].endswith("dette er en konto af typen virksomhed, som virksomheden bruger uden nogens samtykke.")
