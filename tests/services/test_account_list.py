"""The accounts table's rows: one read of everything it shows, counted without Qt."""

import os
from datetime import date

import pytest
import sqlalchemy as sa

from accountregistry.domain.vocabulary import Kind, Role
from accountregistry.services import account_list
from accountregistry.services.account_list import (
    AccountColumns,
    load_accounts,
    read_risk_groups,
    read_risks,
    read_role_holders,
    risks_by_id,
    summarise,
)
from accountregistry.services.accounts import AccountInput, archive_account, register_account
from accountregistry.services.case_reading import Blocker, blockers
from accountregistry.services.handover import TermsInput, record_terms
from accountregistry.services.offboarding import start_offboarding
from accountregistry.services.ownership_report import ADMINISTRATOR_SEPARATOR, HEADER
from accountregistry.services.people import PersonInput, add_person, find_by_email, update_person
from accountregistry.services.risk_counts import count_risks
from accountregistry.services.risks import account_risks
from accountregistry.services.roles import grant_role, revoke_role
from accountregistry.store.early_read import RISKS
from report_reading import report_rows

TODAY = date(2026, 11, 21)


@pytest.fixture
def registry(db):
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    emil = add_person(db, PersonInput(name="Emil Thygesen", work_email="emil@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys Rejser", last_reviewed_on=date(2026, 9, 1),
                                             review_interval_months=6), today=TODAY)
    profile = register_account(db, AccountInput(url="https://x.com/IngridNordlys", kind=Kind.employee_role,
                                                holder_id=ingrid.id, display_name="Ingrid at Nordlys"), today=TODAY)
    found = register_account(db, AccountInput(url="https://www.instagram.com/nordlys_oslo/"), today=TODAY)
    # Ingrid twice on the page (owner and editor) is one administrator; Emil's revoked role is none.
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2026, 1, 5), today=TODAY)
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.editor, granted_on=date(2026, 1, 5), today=TODAY)
    old = grant_role(db, account_id=page.id, person_id=emil.id, role=Role.admin, granted_on=date(2026, 1, 5),
                     today=TODAY)
    revoke_role(db, role_id=old.id, reason="Moved to Sales", revoked_on=date(2026, 6, 1), today=TODAY)
    grant_role(db, account_id=profile.id, person_id=ingrid.id, role=Role.owner, granted_on=date(2026, 2, 1),
               today=TODAY)
    grant_role(db, account_id=profile.id, person_id=emil.id, role=Role.admin, granted_on=date(2026, 2, 1),
               today=TODAY)
    record_terms(db, profile.id, TermsInput(disposition="transfer_to_successor", agreed_on=date(2026, 2, 1),
                                            successor_id=emil.id), today=TODAY)
    return page, profile, found


def test_rows_hold_what_the_table_shows(db, registry):
    page, profile, found = registry
    rows = {row.id: row for row in load_accounts(db, today=TODAY).rows()}
    assert list(rows) == [page.id, profile.id, found.id]  # registration order

    row = rows[page.id]
    assert (row.platform, row.platform_name, row.presence, row.handle) == ("linkedin", "LinkedIn", "page", "nordlys")
    assert (row.display_name, row.kind, row.status, row.holder_name) == ("Nordlys Rejser", "company", "active", "")
    assert row.active_administrators == 1
    assert row.administrator_names == ("Ingrid Berg",) and row.finds("ingrid@nordlys.no")  # found by her email
    assert row.next_review == date(2027, 3, 1)  # six months after the last review
    assert "single_admin" in row.risk_ids and "Single admin" in row.risk_titles
    assert [r.rank for r in row.risks] == sorted((r.rank for r in row.risks), reverse=True)  # worst first

    row = rows[profile.id]
    assert (row.kind, row.holder_name, row.active_administrators) == ("employee_role", "Ingrid Berg", 2)
    assert "no_handover_terms" not in row.risk_ids

    row = rows[found.id]
    assert (row.kind, row.active_administrators, row.administrator_names) == (None, 0, ())
    assert {"no_active_admin", "kind_or_holder_unknown"} <= set(row.risk_ids)


def test_search_finds_handle_names_holder_and_administrators(db, registry):
    page, profile, _ = registry
    rows = {row.id: row for row in load_accounts(db, today=TODAY).rows()}
    for expected in ("ingridnordlys", "ingrid at nordlys", "ingrid berg", "emil thygesen", "emil@nordlys.dk"):
        assert rows[profile.id].finds(expected)
    # A revoked administrator no longer finds the account.
    assert not rows[page.id].finds("emil")


def test_loading_named_accounts_only(db, registry):
    page, _, found = registry
    rows = load_accounts(db, [found.id, page.id, 999], today=TODAY).rows()
    assert [row.id for row in rows] == [page.id, found.id]
    assert rows[0].active_administrators == 1
    assert load_accounts(db, []).rows() == []


def test_archived_accounts_have_no_review_and_no_risks(db, registry):
    page, _, _ = registry
    archive_account(db, page.id)
    [row] = load_accounts(db, [page.id], today=TODAY).rows()
    assert (row.status, row.next_review, row.risks) == ("archived", None, ())


def test_one_read_however_many_accounts(db, registry):
    """Set-based: the number of statements does not grow with the number of accounts."""
    def statements_for_loading() -> int:
        seen = []
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        sa.event.listen(db.engine, "before_cursor_execute", listener)
        try:
            load_accounts(db, today=TODAY).rows()
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", listener)
        return len(seen)

    few = statements_for_loading()
    for n in range(20):
        register_account(db, AccountInput(url=f"https://x.com/extra{n}", kind=Kind.company), today=TODAY)
    assert statements_for_loading() == few


def test_summary_counts_looked_after_accounts_by_kind_and_risk(db, registry):
    page, _, _ = registry
    archive_account(db, page.id)
    summary = summarise(load_accounts(db, today=TODAY).rows())
    assert (summary.accounts, summary.looked_after) == (3, 2)
    assert summary.by_kind == {"company": 0, "employee_role": 1, "personal": 0, None: 1}
    assert summary.by_status == {"archived": 1, "active": 2}
    assert summary.at_risk == 2
    assert {c.title: c.accounts for c in count_risks(load_accounts(db, today=TODAY)).by_risk}["No admin"] == 1


@pytest.mark.parametrize("slice_size", [1, 2])
def test_the_summary_counted_a_slice_at_a_time_is_the_same(db, registry, monkeypatch, slice_size):
    page, _, _ = registry
    archive_account(db, page.id)
    accounts = load_accounts(db, today=TODAY)
    whole = summarise(accounts)
    monkeypatch.setattr(account_list, "SLICE", slice_size)
    assert summarise(accounts) == whole
    assert (whole.by_status, whole.at_risk) == ({"archived": 1, "active": 2}, 2)


def test_reading_again_shares_everyones_names_until_someone_is_renamed(db, registry):
    """Read again while the window shows the rows: everyone's names are one copy while nobody
    was renamed; the rows show what changed."""
    page, profile, found = registry
    shown = load_accounts(db, today=TODAY)
    archive_account(db, found.id)
    again = load_accounts(db, today=TODAY, people_shown=shown.people)
    assert again.people is shown.people
    assert again.status[again.id.index(found.id)] == "archived"
    ingrid = next(pid for pid, person in shown.people.items() if person.name == "Ingrid Berg")
    update_person(db, ingrid, PersonInput(name="Ingrid Dahl", work_email="ingrid@nordlys.no"))
    renamed = {row.id: row for row in load_accounts(db, today=TODAY, people_shown=shown.people).rows()}
    assert renamed[page.id].people is not shown.people
    assert renamed[page.id].administrator_names == ("Ingrid Dahl",) and renamed[profile.id].holder_name == "Ingrid Dahl"


@pytest.mark.parametrize("grants_at_a_time", [1, 2])
def test_an_accounts_role_holders_read_over_two_chunks_are_one_accounts(db, registry, monkeypatch, grants_at_a_time):
    whole = load_accounts(db, today=TODAY).rows()
    monkeypatch.setattr(account_list, "GRANT_BATCH", grants_at_a_time)
    monkeypatch.setattr(account_list, "READ_BATCH", 1)
    assert load_accounts(db, today=TODAY).rows() == whole
    assert [row.active_administrators for row in whole] == [1, 2, 0]


def test_columns_and_rows_hold_the_same(db, registry):
    accounts = load_accounts(db, today=TODAY)
    rows = load_accounts(db, today=TODAY).rows()
    assert AccountColumns.of_rows(rows).rows() == rows == accounts.rows()
    assert [accounts.row(at) for at in (2, 0)] == accounts.taken([2, 0]).rows()
    assert summarise(accounts) == summarise(rows)


def test_rows_read_at_once_say_what_they_lack_and_get_it_afterwards(db, registry):
    """The window's first read leaves the risks and the role holders out (they are most of the
    read); its rows then hold None, never "no risk" or "nobody", with the Admins count there at
    once, and read_risks and read_role_holders give exactly what a full read gives."""
    full = load_accounts(db, today=TODAY)
    plain = load_accounts(db, today=TODAY, at_once=True)
    rows = plain.rows()
    assert [row.risks for row in rows] == [None] * 3 and not any(row.assessed for row in rows)
    assert [(row.role_holders, row.administrators) for row in rows] == [(None, None)] * 3
    assert not plain.holders_read() and full.holders_read()
    assert list(map(int.bit_count, plain.administrators)) == list(map(int.bit_count, full.administrators)) == [1, 2, 0]
    assert [row._replace(risks=None, administrators=None, role_holders=None) for row in full.rows()] == rows
    summary = summarise(plain)
    assert summary.at_risk is None and summary.looked_after == 3
    risks = read_risks(db, plain.id, today=TODAY)
    assert [row._replace(risks=risks[row.id]) for row in read_role_holders(db, plain).rows()] == full.rows()
    assert list(read_risks(db, [plain.id[1]], today=TODAY)) == [plain.id[1]]


def test_the_admins_count_read_at_once_is_the_single_admin_rules(db):
    """Before the role holders are read, the Admins column counts the people holding an active
    owner or admin role as the "Single admin" and "No admin" badges do: one person holding both,
    a revoked role or an editor's make no second administrator. So do the ownership report's
    risks and, when Ingrid leaves, the case's "only administrator" blockers."""
    people = [add_person(db, PersonInput(name=name, work_email=f"{name.lower()}@nordlys.dk"))
              for name in ("Ingrid", "Emil", "Sofie")]
    grants = {"nobody": [], "editor only": [(0, Role.editor)], "owner and admin": [(0, Role.owner), (0, Role.admin)],
              "owner, editor": [(0, Role.owner), (1, Role.editor)], "revoked owner": [(0, Role.admin), (1, None)],
              "two": [(0, Role.owner), (1, Role.admin)], "three": [(0, Role.admin), (1, Role.admin), (2, Role.owner)]}
    for at, (handle, held) in enumerate(grants.items()):
        account = register_account(db, AccountInput(url=f"https://x.com/nordlys_{at}", kind=Kind.company,
                                                    display_name=handle), today=TODAY)
        for person, role in held:
            granted = grant_role(db, account_id=account.id, person_id=people[person].id, role=role or Role.owner,
                                 granted_on=date(2026, 1, 5), today=TODAY)
            if role is None:
                revoke_role(db, role_id=granted.id, reason="Left the team", revoked_on=date(2026, 6, 1), today=TODAY)
    at_once = load_accounts(db, today=TODAY, at_once=True)
    counts = dict(zip(at_once.display_name, map(int.bit_count, at_once.administrators)))
    assert counts == {"nobody": 0, "editor only": 0, "owner and admin": 1, "owner, editor": 1, "revoked owner": 1,
                      "two": 2, "three": 3}
    at_name, at_risks = HEADER.index("display_name"), HEADER.index("risks")
    reported = {row[at_name]: row[at_risks].split(ADMINISTRATOR_SEPARATOR) for row in report_rows(db, today=TODAY)}
    for row in load_accounts(db, today=TODAY).rows():
        expected = (counts[row.display_name] == 1, counts[row.display_name] == 0)
        assert ("single_admin" in row.risk_ids, "no_active_admin" in row.risk_ids) == expected, row.display_name
        assert row.active_administrators == counts[row.display_name]
        report = reported[row.display_name]
        assert ("single_admin" in report, "no_active_admin" in report) == expected, row.display_name
    case = start_offboarding(db, person_id=people[0].id, last_working_day=date(2027, 1, 29), today=TODAY)
    named = dict(zip(at_once.id, at_once.display_name))
    assert {named[b.account_id] for b in blockers(db, case.id, today=TODAY) if b.kind == Blocker.ONLY_ADMIN} == {
        "owner and admin", "owner, editor", "revoked owner"}


def test_the_table_judges_risks_as_the_command_line_does(db, registry):
    """One statement for both: proposed handover terms are no terms, in the table as in `risks`."""
    page, profile, found = registry
    record_terms(db, page.id, TermsInput(disposition="transfer_to_successor", agreed_on=None), today=TODAY)
    rows = {row.id: row for row in load_accounts(db, today=TODAY).rows()}
    judged = account_risks(db, today=TODAY)
    assert {aid: row.risk_ids for aid, row in rows.items()} == {aid: tuple(r.id for r in found)
                                                                for aid, found in judged.items()}
    assert "no_handover_terms" in rows[page.id].risk_ids


def test_risks_read_in_groups_are_each_accounts_risks(db, registry):
    """The window's read ahead (the database groups the accounts by their facts) gives every
    account the risks read_risks gives it: the ones at risk, an archived one, one with none."""
    page, profile, found = registry
    archive_account(db, found.id, reason="Closed down")
    groups = read_risk_groups(db, today=TODAY)
    assert risks_by_id(groups) == read_risks(db, today=TODAY)
    assert sorted(account_id for _, ids in groups for account_id in ids) == sorted([page.id, profile.id, found.id])


def test_the_read_ahead_sorts_each_account_by_its_packed_facts_alone(db, registry):
    """The database groups the accounts on the packed number, kind, status and login domain, and its
    sort carries those and the id, not the 15 facts the number is made of too (SQLite, 100,000
    accounts: 10 % fewer instructions for the whole statement)."""
    if not db.is_sqlite:
        pytest.skip("reads SQLite's program")
    sent = []

    def keep(_conn, _cursor, statement, params, _context, _many):
        sent.append((statement, params))

    sa.event.listen(db.engine, "before_cursor_execute", keep)
    try:
        groups = read_risk_groups(db, today=TODAY)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", keep)
    statement, params = next(call for call in sent if "GROUP BY" in call[0])
    with db.reading() as session:
        program = session.connection().exec_driver_sql(f"EXPLAIN {statement}", params).all()
    assert [row[3] for row in program if row[1] == "SorterOpen"] == [5]  # the id and the 4 keys (20 before)
    assert risks_by_id(groups) == read_risks(db, today=TODAY)


def _read_with_early_rows(db, today=TODAY):
    """read_risk_groups with what the opener reads early where it forks no child (store/early_read.py,
    its thread's way), and how many times the database ran its grouped statement meanwhile."""
    from accountregistry.store.early_read import EarlyRead

    early, sent = EarlyRead("1.0"), []
    early.run()

    def keep(_conn, _cursor, statement, _params, _context, _many):
        sent.append("GROUP BY" in statement)

    sa.event.listen(db.engine, "before_cursor_execute", keep)
    try:
        return read_risk_groups(db, today=today, early=early), sum(sent)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", keep)


def _keep(db, people=None, plain=None, risks=None, registry=None):
    """Statements kept today for the next start's early read (store/early_read.py), as they are written."""
    import json

    from accountregistry.store.early_read import EarlyRead

    kept = EarlyRead("1.0").kept
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(json.dumps(["1.0", str(date.today()), str(registry or db.path), people, plain, risks]),
                    encoding="utf-8")


def test_the_read_ahead_uses_the_rows_read_early_when_nothing_changed(db, registry, tmp_path):
    """At opening the read ahead's statement of the last start runs before it is built
    (store/early_read.py): on SQLite its rows are every account's risks and the statement is not
    run again; a server keeps nothing and reads as always. A new installation's first start keeps it
    too, though its cache folder is not made yet."""
    import shutil

    from accountregistry.store.early_read import EarlyRead

    next_day = date(2026, 11, 22)
    shutil.rmtree(EarlyRead("1.0").kept.parent, ignore_errors=True)
    groups, runs = _read_with_early_rows(db)
    assert risks_by_id(groups) == read_risks(db, today=TODAY) and runs == 1  # none kept yet
    groups, runs = _read_with_early_rows(db)
    assert risks_by_id(groups) == read_risks(db, today=TODAY) and runs == (0 if db.is_sqlite else 1)
    groups, runs = _read_with_early_rows(db, next_day)  # another statement: read now, kept
    assert risks_by_id(groups) == read_risks(db, today=next_day) and runs == 1
    assert _read_with_early_rows(db, next_day)[1] == (0 if db.is_sqlite else 1)


def test_rows_read_early_are_dropped_when_anything_was_committed_since(db, registry, db_location, tmp_path):
    """A change committed by another connection after the early read (a colleague's, or the
    window's own departures) is in the risks: the early rows are dropped and read now."""
    from accountregistry.store.early_read import EarlyRead
    from accountregistry.store.schema import open_database

    page, profile, found = registry
    _read_with_early_rows(db)
    early = EarlyRead("1.0")
    early.run()
    assert bool(early.chunks[RISKS]) == db.is_sqlite
    other = open_database(db_location)
    try:
        update_person(other, find_by_email(other, "ingrid@nordlys.no").id,
                      PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no", employment_status="left",
                                  last_working_day=date(2026, 11, 1)), today=TODAY)
    finally:
        other.close()
    groups = read_risk_groups(db, today=TODAY, early=early)
    assert risks_by_id(groups) == read_risks(db, today=TODAY)
    assert "leaver_holds_role" in {risk.id for risk in risks_by_id(groups)[page.id]}


@pytest.mark.parametrize("planted", ["SELECT randomblob(50000000)", "SELECT " + ", ".join(["randomblob(1000000)"] * 60),
                                     "SELECT randomblob(250000) FROM account a, account b, account c, account d, "
                                     "account e, account f"])
def test_a_statement_planted_in_the_kept_file_cannot_take_the_windows_memory(db, registry, tmp_path, planted):
    """A statement planted in the kept file that reads far more than this program's does (one
    huge value; one row of 60 MB; 729 rows of 250 KB, 182 MB): the early read stops within tens of MiB, and the risks
    are read now, right."""
    import json
    import tracemalloc

    from accountregistry.store.early_read import EarlyRead

    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    _keep(db, risks=[planted, []])
    early = EarlyRead("1.0")
    tracemalloc.start()
    try:
        early.run()
        held = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert held < 40 << 20 and early.chunks[RISKS] is None
    assert risks_by_id(read_risk_groups(db, today=TODAY, early=early)) == read_risks(db, today=TODAY)


ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.mark.parametrize("kept", [["VACUUM INTO '{copy}'", []], ["ATTACH '{copy}' AS other", []],
                                  ["SELECT * FROM account", []], [ENDLESS, []], [1, 2], {"not": "as written"}])
def test_a_kept_statement_that_is_not_ours_only_reads_and_stops_when_ours_is_built(db, registry, tmp_path, kept):
    """Whatever the kept file says, the early read only reads (a statement that
    writes a copy of the registry elsewhere writes nothing), it stops once this start's own
    statement is built and differs (an endless one too), and a file not as the program writes it
    is read as always: the risks are read now, right, and this start's statement is kept."""
    import json
    import threading

    from accountregistry.store.early_read import EarlyRead

    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    copy = tmp_path / "copy.sqlite3"
    if isinstance(kept, list):
        _keep(db, risks=[text.format(copy=copy) if isinstance(text, str) else text for text in kept])
    else:
        _keep(db)
        EarlyRead("1.0").kept.write_text(json.dumps(["1.0", str(date.today()), kept]), encoding="utf-8")
    early = EarlyRead("1.0")
    running = threading.Thread(target=early.run)  # raises nothing
    running.start()
    groups = read_risk_groups(db, today=TODAY, early=early)
    running.join()
    assert not copy.exists()
    assert risks_by_id(groups) == read_risks(db, today=TODAY)
    assert "GROUP BY" in json.loads(early.kept.read_text())[2 + RISKS + 1][0]  # this start's


def test_the_kept_statement_is_owner_only_and_a_server_keeps_none(db, registry, tmp_path):
    """The kept statements' file (the registry's path and its rules' figures) is written like the
    registry itself, readable by its owner only; a server's start keeps nothing there."""
    import stat

    from accountregistry.store.early_read import EarlyRead

    kept = EarlyRead("1.0").kept
    _read_with_early_rows(db)
    assert (stat.S_IMODE(kept.stat().st_mode) == 0o600) if db.is_sqlite else not kept.exists()


def test_rows_read_early_from_a_registry_since_replaced_are_dropped(db, registry, tmp_path):
    """A registry put in the place of the one read early (a restore, a sync tool) between the early
    read and its use: its risks are read now, not taken from the file it replaced."""
    import shutil

    from accountregistry.store.early_read import EarlyRead

    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    _read_with_early_rows(db)
    early, sent = EarlyRead("1.0"), []
    early.run()
    assert early.chunks[RISKS]
    shutil.copyfile(db.path, tmp_path / "same.sqlite3")
    os.replace(tmp_path / "same.sqlite3", db.path)  # the same rows, another file
    sa.event.listen(db.engine, "before_cursor_execute", lambda *call: sent.append("GROUP BY" in call[2]))
    assert risks_by_id(read_risk_groups(db, today=TODAY, early=early)) == read_risks(db, today=TODAY)
    assert sum(sent) == 1


def test_who_controls_an_account_is_kept_as_bits_of_its_role_holders(db, registry):
    """Per row, which role holders control the account is one int's bits (no tuple per row of its
    own); a row still names exactly them, and the table still counts them."""
    page, profile, found = registry
    editor = add_person(db, PersonInput(name="Kasper Lund", work_email="kasper@nordlys.dk"))
    grant_role(db, account_id=page.id, person_id=editor.id, role=Role.editor, granted_on=date(2026, 3, 1), today=TODAY)
    accounts = load_accounts(db, today=TODAY)
    assert all(type(mask) is int for mask in accounts.administrators)
    rows = accounts.rows()
    assert [mask.bit_count() for mask in accounts.administrators] == [row.active_administrators for row in rows] \
        == [1, 2, 0]
    assert len(rows[0].role_holders) == 2 and rows[0].administrators == (find_by_email(db, "ingrid@nordlys.no").id,)
    assert AccountColumns.of_rows(rows).administrators == accounts.administrators
    assert AccountColumns.of_rows(rows).rows() == rows



def test_an_anonymised_holder_shows_as_their_pseudonym_not_the_stored_marker(db):
    """A company account whose holder left long ago and was anonymised (anonymising keeps the
    account, and its holder): the table shows and finds them by their pseudonym, as the account
    window does, never by the marker stored in their place."""
    from datetime import timedelta

    from accountregistry.domain.pseudonyms import pseudonym
    from accountregistry.domain.vocabulary import EmploymentStatus
    from accountregistry.services.retention import anonymise

    long_ago = date.today() - timedelta(days=800)
    leaver = add_person(db, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk"))
    page = register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                             holder_id=leaver.id))
    update_person(db, leaver.id, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk",
                                             employment_status=EmploymentStatus.left, last_working_day=long_ago))
    anonymise(db, [leaver.id])
    accounts = load_accounts(db)
    row = accounts.row(accounts.id.index(page.id))
    assert row.holder_name == pseudonym(leaver.id) and "[#" not in row.search_text
    assert row.finds(pseudonym(leaver.id).lower()) and not row.finds("tuva")


def test_an_early_read_not_asked_for_is_closed_before_the_registry_leaving_no_wal(db, registry, tmp_path):
    """The window closed before the rows read early were asked for: their read-only connection is
    closed first (close_unused), so the registry's own last connection takes its -wal and -shm
    files away, as when nothing was read early."""
    from pathlib import Path

    from accountregistry.store.early_read import EarlyRead, close_unused

    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    _read_with_early_rows(db)
    early = EarlyRead("1.0")
    early.run()
    assert early.chunks[RISKS]
    close_unused()
    db.close()
    assert not Path(f"{db.path}-wal").exists() and not Path(f"{db.path}-shm").exists()


def test_an_early_read_of_a_file_that_never_opens_holds_up_nothing(db, registry, tmp_path):
    """Kept today for a registry on a share that no longer answers (its open never returns; a
    FIFO here), while another registry is opened: the risks are read now and nothing waits for
    the early read, which closes itself once its file opens (or never)."""
    import json
    import threading

    from accountregistry.store.early_read import EarlyRead, close_unused

    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    gone = tmp_path / "gone.sqlite3"
    os.mkfifo(gone)
    _keep(db, risks=["SELECT 1", []], registry=gone)
    early = EarlyRead("1.0")
    running = threading.Thread(target=early.run, daemon=True)
    running.start()
    assert risks_by_id(read_risk_groups(db, today=TODAY, early=early)) == read_risks(db, today=TODAY)
    close_unused()  # as the window does at its end
    assert running.is_alive()  # still opening the file: not waited for
    os.close(os.open(gone, os.O_WRONLY | os.O_NONBLOCK))  # the share answers: not a database
    running.join()
    assert early.chunks[RISKS] is None
