"""The ownership report's SQLite fast path writes exactly the file the generic path writes.

On SQLite, export_report asks `_ready_chunks` for every row as one ready text (the database
joins the cells with \\x1f and computes the risks through RiskKeys) and writes chunks of them
with `_csv_text`, its own CSV writer. Every other database takes `_rows_by_columns` (risks from
`risks.assess`) and csv.writer. The fast path steps back to the generic one by itself for a
row where a cell holds \\x1f. Here the generic path is forced on the same SQLite file by making
the database report that it is not SQLite, and the two files are compared byte for byte on data built to
break a CSV writer: every delimiter, quotes, line breaks, formula triggers, æøåäö.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from accountregistry.domain.platforms import PLATFORM_IDS
from accountregistry.domain.vocabulary import Role
from accountregistry.services import accounts, consent, handover, organisation, ownership_report, people, roles
from accountregistry.services.accounts import AccountInput
from accountregistry.services.consent import ConsentInput
from accountregistry.services.demo import fill_with_sample_organisation
from accountregistry.services.handover import TermsInput
from accountregistry.services.ownership_report import CELL, HEADER, export_report, neutralise
from report_reading import report_rows
from accountregistry.services.people import PersonInput
from accountregistry.store.database import ACTOR_ENV, Database
from accountregistry.store.schema import open_database

TODAY = date.today()
DELIMITERS = (";", ",", "\t", "|")

# People whose names and addresses a CSV writer and a spreadsheet must survive. None: no email.
HOSTILE_PEOPLE = (
    ("Ødegård, Jane | \"JJ\"", "jane@hostile.dk"),
    ("=HYPERLINK(\"http://evil\")", "formula@hostile.dk"),
    ("+45 Plus; Semi", None),
    ("-Minus\tTab", "minus@hostile.se"),
    ("@At\nNew line", None),
    ("'=Already an apostrophe", "apostrophe@elsewhere.example"),
    ("Line\r\nBreak", "crlf@hostile.dk"),
    ("Ærlig Åse Bjørk", "aase@hostile.no"),
    ("Öberg Änglund", None),
    ("Comma, Name", "comma@gmail.com"),
    ("Name <with> (brackets) |", None),
    ("Åse Ärlig", None),  # namesakes without an email: admin_count counts them as one
    ("Åse Ärlig", None),
    ("Bo", "bo@hostile.dk"),  # a namesake with an email is someone else
    ("Bo", None),
)
HOSTILE_TEXTS = (
    "Pipe | and ; and , and \"quotes\"",
    "=1+2",
    "+4512345678",
    "-minus",
    "@mention",
    "\tstarts with a tab",
    "two\nlines",
    "carriage\r\nreturn",
    "'apostrophe",
    "''=two apostrophes",
    "æøåäö ÆØÅÄÖ",
    "\"quoted\"",
    "trailing;",
    "ends with a pipe |",
    "tab\tinside",
    "plain",
)
URLS = (
    "https://x.com/hostile_{n}",
    "https://www.linkedin.com/company/hostile-{n}",
    "https://www.facebook.com/groups/hostile{n}",
    "https://www.instagram.com/hostile_{n}",
    "https://www.tiktok.com/@hostile_{n}",
    "https://www.youtube.com/@hostile-{n}",
    "https://www.linkedin.com/in/hostile-{n}",
)
KINDS = ("company", "employee_role", "personal", None)
STATUSES = ("active", "dormant", "archived", "closed")
TWO_FACTOR = ("unknown", "none", "authenticator_app", "security_key", "passkey", "sms", "email")
LOGINS = (None, "social@hostile.dk", "ops@mail.hostile.se", "someone@gmail.com", "x@hostile.dk.evil.com")
DISPOSITIONS = ("transfer_to_successor", "transfer_to_company", "holder_keeps", "archive", "close")
PERSONAL_DISPOSITIONS = ("holder_keeps", "archive", "close")


def build_hostile_registry(db: Database, today: date) -> dict[str, list[int]]:
    """The demo organisation, then 56 accounts and 17 people built to break a CSV file, all
    through the services; returns the hostile account ids by kind of interest."""
    fill_with_sample_organisation(db, today=today)
    organisation.update_settings(db, email_domains=["hostile.dk", "hostile.se", "nordlys.dk"],
                                 default_review_interval_months=7)
    rng = random.Random(20240611)
    people_ids = [people.add_person(db, PersonInput(name=name, work_email=email)).id
                  for name, email in HOSTILE_PEOPLE]
    leaving = people.add_person(db, PersonInput(name="-Leaving, Soon", work_email="leaving@hostile.dk",
                                                employment_status="leaving",
                                                last_working_day=today + timedelta(days=20)), today=today).id
    left = people.add_person(db, PersonInput(name="Gone \"Already\"", work_email="gone@hostile.dk")).id
    everyone = [*people_ids, leaving, left]
    found: dict[str, list[int]] = {"all": [], "no_roles": [], "no_terms": []}
    for n in range(56):
        kind = KINDS[n % len(KINDS)]
        status = STATUSES[(n // 4) % len(STATUSES)]
        url = URLS[n % len(URLS)].format(n=n)
        holder = (rng.choice(everyone) if kind in ("employee_role", "personal") and n % 8 != 2
                  else (rng.choice(everyone) if n % 9 == 0 else None))
        text = HOSTILE_TEXTS[n % len(HOSTILE_TEXTS)]
        data = AccountInput(
            url=url, kind=kind, display_name=text if n % 5 else None, official=n % 6 != 1,
            holder_id=holder, responsible_unit=HOSTILE_TEXTS[(n + 3) % len(HOSTILE_TEXTS)] if n % 3 else None,
            login_email=LOGINS[n % len(LOGINS)], two_factor=TWO_FACTOR[n % len(TWO_FACTOR)],
            mandate=HOSTILE_TEXTS[(n + 5) % len(HOSTILE_TEXTS)] if n % 2 else None,
            response_expectations=HOSTILE_TEXTS[(n + 7) % len(HOSTILE_TEXTS)] if n % 4 == 1 else None,
            ambassador=kind == "personal" and n % 5 != 3,
            review_interval_months=(None, 1, 6, 12, 60)[n % 5],
            last_reviewed_on=today - timedelta(days=rng.randint(0, 900)) if n % 7 else None,
            notes=HOSTILE_TEXTS[(n + 11) % len(HOSTILE_TEXTS)] if n % 3 != 2 else None)
        account = accounts.register_account(db, replace(data, status="active"), today=today)
        found["all"].append(account.id)
        if kind == "personal" and holder is not None:
            consent.give_consent(db, account.id, ConsentInput(given_on=today - timedelta(days=400 + n),
                                                              scope=["name_employer"] if n % 2 else []), today=today)
            if n % 3 == 0:
                consent.withdraw_consent(db, account.id, on=today - timedelta(days=10 + n), note=text, today=today)
        # Administrators: none, one, several, every role, namesakes, a leaver, revoked grants.
        pattern = n % 7
        if pattern == 0:
            found["no_roles"].append(account.id)
            grants = []
        elif pattern == 1:
            grants = [(rng.choice(everyone), Role.owner)]
        elif pattern == 2:
            grants = [(person, role) for person, role in zip(rng.sample(everyone, 5), Role)]
        elif pattern == 3:
            grants = [(people_ids[11], Role.admin), (people_ids[12], Role.admin), (people_ids[14], Role.editor)]
        elif pattern == 4:
            grants = [(leaving, Role.admin), (people_ids[13], Role.owner), (people_ids[14], Role.owner)]
        elif pattern == 5:
            grants = [(rng.choice(everyone), rng.choice(list(Role))) for _ in range(3)]
        else:
            grants = [(left, Role.owner), (people_ids[0], Role.analyst)]
        seen = set()
        for person, role in grants:
            if (person, role) in seen:
                continue
            seen.add((person, role))
            grant = roles.grant_role(db, account_id=account.id, person_id=person, role=role,
                                     granted_on=today - timedelta(days=100 + n), today=today)
            if n % 5 == 4 and role != Role.owner:
                roles.revoke_role(db, role_id=grant.id, reason="Moved; ;\"on\"", revoked_on=today - timedelta(days=n),
                                  today=today)
        # Handover terms: none, one version, two versions with a successor with or without email.
        versions = n % 4
        if versions == 0:
            found["no_terms"].append(account.id)
        for version in range(versions if versions < 3 else 2):
            choices = PERSONAL_DISPOSITIONS if kind == "personal" else DISPOSITIONS
            successor = rng.choice([None, *[p for p in everyone if p != holder]])
            handover.record_terms(db, account.id, TermsInput(
                disposition=choices[(n + version) % len(choices)], agreed_on=today - timedelta(days=300 - version),
                successor_id=successor, followers_terms=HOSTILE_TEXTS[(n + version) % len(HOSTILE_TEXTS)],
                content_terms=HOSTILE_TEXTS[(n + 2 * version + 1) % len(HOSTILE_TEXTS)] if n % 2 else None,
                notice_days=(None, 0, 14, 365)[(n + version) % 4], agreed_by_holder=bool((n + version) % 2),
                agreed_by_company="=Boss, \"CEO\"" if version else None), today=today)
        if status == "archived":
            accounts.archive_account(db, account.id, reason="|;,\"")
        elif status != "active":
            accounts.update_account(db, account.id, replace(data, status=status), today=today)
    # A role cannot be granted to someone who has left; they leave after their grants.
    people.update_person(db, left, PersonInput(name="Gone \"Already\"", work_email="gone@hostile.dk",
                                               employment_status="left", last_working_day=today - timedelta(days=1)),
                         today=today)
    # What the services refuse but a database can hold all the same (a second program, an older
    # version): a stored password's metadata, and a record separator in a name, which makes the
    # administrators cell take its own slower path inside the fast one.
    connection = sqlite3.connect(db.path)
    try:
        with connection:
            for account_id in found["all"][::6]:
                connection.execute("UPDATE account SET has_secret = 1, secret_updated_at = ? WHERE id = ?",
                                   (f"{today - timedelta(days=150)} 23:59:59.000000", account_id))
            connection.execute("UPDATE person SET name = ? WHERE id = ?", ("Record\x1eSeparator", people_ids[9]))
            # The services trim text; cells that start with a tab or a carriage return, or have
            # spaces at the edges, can only come from elsewhere.
            for account_id, column, value in ((found["all"][1], "notes", "\tTab first"),
                                              (found["all"][2], "mandate", "\r\nCarriage return first"),
                                              (found["all"][5], "display_name", "  spaces at the edges  "),
                                              (found["all"][7], "responsible_unit", "\r"),
                                              # The demo's first two accounts (it filled the empty file
                                              # first), rows otherwise plain: a lone line break still
                                              # needs quoting.
                                              (1, "responsible_unit", "\r"), (2, "notes", "ends in a line feed\n")):
                connection.execute(f"UPDATE account SET {column} = ? WHERE id = ?", (value, account_id))
    finally:
        connection.close()
    return found


def _open_built(tmp_path_factory, name: str) -> tuple[Database, dict[str, list[int]]]:
    # Built once per module: 64 exports of the same data need not rebuild it 64 times. The test
    # world (actor, keyring) is per test, so this builder sets the actor itself and stores no secret.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ACTOR_ENV, "tester")
        db = open_database(tmp_path_factory.mktemp(name) / "registry.sqlite3")
        return db, build_hostile_registry(db, TODAY)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    db, ids = _open_built(tmp_path_factory, "hostile")
    yield db, ids
    db.close()


@pytest.fixture(scope="module")
def with_separator(tmp_path_factory):
    """The hostile registry with \\x1f (the fast path's own cell separator) in one display name."""
    db, ids = _open_built(tmp_path_factory, "separator")
    connection = sqlite3.connect(db.path)
    try:
        with connection:
            connection.execute("UPDATE account SET display_name = ? WHERE id = ?",
                               ("Unit\x1fSeparator;\"x\"", ids["all"][3]))
    finally:
        connection.close()
    yield db, ids
    db.close()


def exports(db: Database, tmp_path, monkeypatch, **options) -> tuple[bytes, bytes, list[bool], int]:
    """(fast file, generic file, whether each chunk _ready_chunks gave was ready lines, rows written)."""
    taken: list[bool] = []
    ready_chunks = ownership_report._ready_chunks

    def spy(*args):
        for chunk in ready_chunks(*args):
            taken.append(isinstance(chunk, ownership_report.ReadyLines))
            yield chunk

    fast, generic = tmp_path / "fast.csv", tmp_path / "generic.csv"
    moment = ownership_report.exported_at()  # the same exported_at in both files
    monkeypatch.setattr(ownership_report, "exported_at", lambda: moment)
    with monkeypatch.context() as patch:
        patch.setattr(ownership_report, "_ready_chunks", spy)
        written = export_report(db, fast, today=TODAY, **options)
    with monkeypatch.context() as patch:
        # What any other database gets: rows cell by cell, csv.writer, risks from risks.assess.
        patch.setattr(Database, "is_sqlite", property(lambda self: False))
        patch.setattr(ownership_report, "_ready_chunks", _must_not_run)
        assert export_report(db, generic, today=TODAY, **options) == written
    return fast.read_bytes(), generic.read_bytes(), taken, written


def _must_not_run(*args):
    raise AssertionError("the generic export must not take the fast path")


def read(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=delimiter))


def first_difference(fast: bytes, generic: bytes, delimiter: str) -> str:
    """Where the files part, as a person would look for it: the row and column."""
    a, b = read(fast, delimiter), read(generic, delimiter)
    for number, (left, right) in enumerate(zip(a, b)):
        if left != right:
            column = next((HEADER[i] for i, (x, y) in enumerate(zip(left, right)) if x != y), "cell count")
            return f"row {number}, column {column}: fast {left!r} generic {right!r}"
    return f"{len(a)} rows against {len(b)}; bytes differ outside the cells"


FILTERS = {
    "everything": {},
    "kind company": {"kind": "company"},
    "kind employee_role": {"kind": "employee_role"},
    "kind personal": {"kind": "personal"},
    "kind unknown": {"kind": "unknown"},
    "platform x": {"platform": "x"},
    "platform linkedin": {"platform": "linkedin"},
    "platform facebook": {"platform": "facebook"},
    "status active": {"status": "active"},
    "status dormant": {"status": "dormant"},
    "status archived": {"status": "archived"},
    "status closed": {"status": "closed"},
    "company linkedin active": {"kind": "company", "platform": "linkedin", "status": "active"},
    "hostile account ids": "hostile",
    "accounts without roles or terms": "bare",
}


def options_for(name: str, ids: dict[str, list[int]]) -> dict:
    chosen = FILTERS[name]
    if chosen == "hostile":
        # Every other hostile account, a few of the demo's and an id nobody has.
        return {"account_ids": [*ids["all"][::2], 1, 2, 3, 10**6]}
    if chosen == "bare":
        return {"account_ids": sorted(set(ids["no_roles"]) | set(ids["no_terms"]))}
    return dict(chosen)


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["semicolon", "comma", "tab", "pipe"])
@pytest.mark.parametrize("filter_name", FILTERS)
def test_the_fast_export_is_byte_identical_to_the_generic_one(hostile, tmp_path, monkeypatch, filter_name,
                                                                delimiter):
    db, ids = hostile
    fast, generic, taken, written = exports(db, tmp_path, monkeypatch, delimiter=delimiter,
                                            **options_for(filter_name, ids))
    assert taken and all(taken), "the hostile data (no \\x1f in it) must take the fast path"
    assert written > 0, "a filter that selects nothing would compare two empty files"
    assert fast == generic, first_difference(fast, generic, delimiter)
    assert len(read(fast, delimiter)) == written + 1


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["semicolon", "comma", "tab", "pipe"])
def test_chunks_plain_and_quoted_alike_give_the_same_file(hostile, tmp_path, monkeypatch, delimiter):
    # Chunks of one row: rows without a quote, line break or the delimiter go through the plain
    # writer, the others line by line, and the file is still the generic one.
    db, _ = hostile
    monkeypatch.setattr(ownership_report, "PROGRESS_EVERY", 1)
    line_by_line, chunks = [], []
    real_line_by_line, real_csv_text = ownership_report._csv_text_line_by_line, ownership_report._csv_text

    def counting_csv_text(lines, chosen):
        chunks.append(len(lines))
        return real_csv_text(lines, chosen)

    def counting_line_by_line(lines, chosen):
        line_by_line.append(len(lines))
        return real_line_by_line(lines, chosen)

    monkeypatch.setattr(ownership_report, "_csv_text", counting_csv_text)
    monkeypatch.setattr(ownership_report, "_csv_text_line_by_line", counting_line_by_line)
    fast, generic, taken, written = exports(db, tmp_path, monkeypatch, delimiter=delimiter)
    assert taken and all(taken)
    assert fast == generic, first_difference(fast, generic, delimiter)
    assert len(chunks) == written
    assert 0 < len(line_by_line) < len(chunks), "both the plain and the quoting writer must have been used"


@pytest.mark.parametrize("filter_name", FILTERS)
def test_report_rows_are_the_same_on_either_path(hostile, monkeypatch, filter_name):
    db, ids = hostile
    options = options_for(filter_name, ids)
    stamp = "2026-12-06T10:11:12Z"  # one moment for both: a second may pass between them
    fast = list(report_rows(db, today=TODAY, stamp=stamp, **options))
    with monkeypatch.context() as patch:
        patch.setattr(Database, "is_sqlite", property(lambda self: False))
        generic = list(report_rows(db, today=TODAY, stamp=stamp, **options))
    assert fast and fast == generic


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["semicolon", "comma", "tab", "pipe"])
def test_a_separator_in_the_data_falls_back_and_still_writes_the_generic_file(with_separator, tmp_path,
                                                                               monkeypatch, delimiter):
    db, ids = with_separator
    fast, generic, taken, written = exports(db, tmp_path, monkeypatch, delimiter=delimiter)
    assert False in taken, "a \\x1f in a display name must send its chunk cell by cell"
    assert fast == generic, first_difference(fast, generic, delimiter)
    names = [row[HEADER.index("display_name")] for row in read(fast, delimiter)]
    assert "Unit\x1fSeparator;\"x\"" in names and len(names) == written + 1
    # Accounts that do not hold it still take the fast path, and agree.
    others = [account_id for account_id in ids["all"] if account_id != ids["all"][3]]
    fast, generic, taken, _ = exports(db, tmp_path, monkeypatch, delimiter=delimiter, account_ids=others)
    assert taken and all(taken)
    assert fast == generic, first_difference(fast, generic, delimiter)


def test_the_hostile_data_is_hostile(hostile, tmp_path, monkeypatch):
    # The comparisons above mean something only if the file holds what they claim to cover.
    db, _ = hostile
    fast, _, _, _ = exports(db, tmp_path, monkeypatch, delimiter=";")
    rows = [dict(zip(HEADER, row)) for row in read(fast, ";")[1:]]
    cells = [cell for row in rows for cell in row.values()]
    for needle in ("|", ";", ",", "\"", "\n", "\r\n", "\t", "æøåäö", "\x1e", "  spaces at the edges  "):
        assert any(needle in cell for cell in cells), needle
    for trigger in "=+-@\t\r":
        assert any(cell.startswith("'" + trigger) for cell in cells), trigger
    assert {row["kind"] for row in rows} == {"company", "employee_role", "personal", ""}
    assert {row["status"] for row in rows} == {"active", "dormant", "archived", "closed"}
    administrators = " | ".join(row["administrators"] for row in rows)
    assert all(f"({role.value})" in administrators for role in Role)
    assert any(row["holder_name"] and not row["holder_email"] for row in rows)
    assert any(row["successor_name"] and not row["successor_email"] for row in rows)
    assert any(row["disposition"] and not row["administrators"] for row in rows)
    assert any(not row["disposition"] and row["administrators"] for row in rows)
    risks = " | ".join(row["risks"] for row in rows)
    for rule in ("login_outside_company_domains", "secret_not_rotated", "leaver_holds_role", "review_overdue",
                 "no_active_admin", "single_admin", "kind_or_holder_unknown"):
        assert rule in risks, rule
    namesakes = next(row for row in rows if "Åse Ärlig (admin) | Åse Ärlig (admin)" in row["administrators"])
    assert namesakes["admin_count"] == "2"


# --- the fast CSV writer against csv.writer ---------------------------------------------------

PIECES = ("", "a", "Æble", "øst", "ÅÄÖ", " ", "  ", "\"", "\"\"", ";", ",", "\t", "|", "\r", "\n", "\r\n",
          "=", "+", "-", "@", "'", "''", "x y", "1,5", "SUM(A1)", "<b>", " | ")
# Nothing a CSV writer must quote: lines made of these alone go through the plain writer.
PLAIN_PIECES = ("", "a", "Æble", "øst", " ", "=", "+", "-", "@", "'", "x y", "SUM(A1)", "<b>")


def fuzzed_cell(rng: random.Random, pieces: tuple[str, ...]) -> str:
    if rng.random() < 0.25:
        return ""
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))


def fuzzed_line(rng: random.Random, pieces: tuple[str, ...]) -> str:
    # A ready line begins with the platform, which never starts like a formula.
    cells = [rng.choice(PLATFORM_IDS)] + [fuzzed_cell(rng, pieces) for _ in range(rng.randint(0, 40))]
    return CELL.join(cells)


def csv_writer_text(lines: list[str], delimiter: str) -> str:
    """The cells as csv.writer would write them, except that a cell is quoted when it holds any
    list separator (not only the delimiter), a quote or a line break: what spreadsheets need to
    split it right. csv.reader reads the cells back."""
    text = "".join(delimiter.join('"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',;\t"\r\n' + delimiter)
                                  else cell for cell in map(neutralise, line.split(CELL))) + "\r\n"
                   for line in lines)
    assert list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)) == [
        [neutralise(cell) for cell in line.split(CELL)] for line in lines]
    return text


@pytest.mark.parametrize("delimiter", DELIMITERS, ids=["semicolon", "comma", "tab", "pipe"])
def test_the_fast_csv_writer_writes_what_csv_writer_writes(monkeypatch, delimiter):
    rng = random.Random(1729)
    line_by_line = []
    real = ownership_report._csv_text_line_by_line
    monkeypatch.setattr(ownership_report, "_csv_text_line_by_line",
                        lambda lines, chosen: line_by_line.append(1) or real(lines, chosen))
    chunks = 0
    for _ in range(600):
        # Plain cells, with now and then one character that needs quoting on its own.
        pieces = rng.choice((PIECES, PLAIN_PIECES, PLAIN_PIECES + ("\t",), PLAIN_PIECES + ("\r",),
                             PLAIN_PIECES + ("\n",), PLAIN_PIECES + ("\"",), PLAIN_PIECES + (delimiter,),
                             PLAIN_PIECES + (",",), PLAIN_PIECES + (";",)))
        lines = [fuzzed_line(rng, pieces) for _ in range(rng.randint(1, 12))]
        if rng.random() < 0.3:  # a chunk mostly plain with one line that needs quoting
            lines.insert(rng.randrange(len(lines) + 1), fuzzed_line(rng, PIECES))
        expected = csv_writer_text(lines, delimiter)
        assert ownership_report._csv_text(lines, delimiter) == expected, lines
        chunks += 1
    # Both writers inside _csv_text were tried, many times each.
    assert 50 < len(line_by_line) < chunks - 50
