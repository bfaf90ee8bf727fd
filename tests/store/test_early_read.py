"""The early reads of the window's start (store/early_read.py): on Linux the kept statements are read
in a child process forked before Qt is imported, and their rows come through a pipe; elsewhere the
risks' on a thread. Real registries, real processes."""

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from accountregistry.domain.pseudonyms import pseudonym
from accountregistry.domain.vocabulary import EmploymentStatus, Kind, Role
from accountregistry.services.account_list import load_accounts, read_risk_groups, risks_by_id
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.people import PersonInput, add_person, update_person
from accountregistry.services.retention import anonymise
from accountregistry.services.roles import grant_role
from accountregistry.store import early_read
from accountregistry.store.schema import open_database
from accountregistry.store.early_read import PEOPLE, PLAIN, RISKS, EarlyRead, close_unused, fork, started

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forks where the window does (Linux)")


@pytest.fixture
def registry(db):
    """A registry with a pseudonym (an anonymised holder), review dates and a leaver's role."""
    if not db.is_sqlite:
        pytest.skip("reads SQLite files")
    long_ago, today = date.today() - timedelta(days=800), date.today()
    leaver = add_person(db, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk"))
    ingrid = add_person(db, PersonInput(name="Ingrid Berg", work_email="ingrid@nordlys.no"))
    register_account(db, AccountInput(url="https://www.facebook.com/nordlysrejser", kind=Kind.company,
                                      holder_id=leaver.id))
    page = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys", kind=Kind.company,
                                             display_name="Nordlys Rejser", last_reviewed_on=today - timedelta(400),
                                             review_interval_months=6))
    grant_role(db, account_id=page.id, person_id=ingrid.id, role=Role.owner, granted_on=long_ago)
    update_person(db, leaver.id, PersonInput(name="Tuva Lind", work_email="tuva@nordlys.dk",
                                             employment_status=EmploymentStatus.left, last_working_day=long_ago))
    anonymise(db, [leaver.id])
    _start(db, EarlyRead("1.0"))  # the last start, which keeps its statements
    return leaver, ingrid, page


def _start(db, early=None):
    """What a start reads early: everyone, the plain accounts (the table's first read), the risks."""
    return load_accounts(db, at_once=True, early=early), read_risk_groups(db, early=early)


def _forked(db) -> EarlyRead:
    fork("1.0")
    early = started("1.0")
    assert early.child is not None and early.registry == str(db.path)
    early.read[PEOPLE].wait()  # asked before the child is on the file, the rows are not waited for (a share may hang)
    return early


def _sent(db):
    """The statements `db` runs from now on."""
    sent = []
    sa.event.listen(db.engine, "before_cursor_execute", lambda *call: sent.append(call[2]))
    return sent


def test_the_rows_a_child_read_are_those_read_now(db, registry):
    """The child's rows (everyone's names, pseudonyms as shown; the accounts with their dates; every
    account's risks) are used, and the statements are not run again; the child is then gone."""
    leaver, ingrid, page = registry
    accounts, groups = _start(db)
    early = _forked(db)
    kept, child, sent = json.loads(early.kept.read_text())[3:], early.child, _sent(db)
    found, found_groups = _start(db, early)
    assert not {text for text, _parameters in kept} & set(sent)
    assert found.rows() == accounts.rows() and risks_by_id(found_groups) == risks_by_id(groups)
    assert pseudonym(leaver.id) in {row.holder_name for row in found.rows()}
    assert "review_overdue" in {risk.id for risk in risks_by_id(found_groups)[page.id]}
    with pytest.raises(ChildProcessError):  # killed and waited for once the risks were asked for
        os.waitpid(child, os.WNOHANG)


def test_a_commit_after_the_childs_read_refuses_its_rows(db, registry):
    """A change committed after the child read (a colleague's, the window's departures): the rows
    are read now and show it."""
    leaver, ingrid, page = registry
    early = _forked(db)
    early.read[PLAIN].wait()
    update_person(db, ingrid.id, PersonInput(name="Ingrid Dahl", work_email="ingrid@nordlys.no"))
    accounts, groups = _start(db, early)
    assert accounts.rows() == load_accounts(db, at_once=True).rows()
    assert "ingrid dahl" in accounts.people[ingrid.id].text
    assert risks_by_id(groups) == risks_by_id(read_risk_groups(db))


def test_rows_a_child_read_from_a_registry_since_replaced_are_refused(db, registry, tmp_path):
    """A registry put in the place of the one the child read (a restore, a sync tool): read now."""
    early = _forked(db)
    early.read[RISKS].wait()
    shutil.copyfile(db.path, tmp_path / "same.sqlite3")
    os.replace(tmp_path / "same.sqlite3", db.path)  # the same rows, another file
    sent = _sent(db)
    accounts, groups = _start(db, early)
    assert sum("FROM account ORDER BY" in text for text in sent) == 1 and sum("GROUP BY" in text for text in sent) == 1
    assert accounts.rows() == load_accounts(db, at_once=True).rows()


def test_rows_a_child_read_from_a_registry_since_copied_over_are_refused(db, registry, tmp_path):
    """A backup copied over the registry in place (the same file, rewritten: a restore, a sync
    tool) after the child read it: read now, the backup's rows shown (review-core-22 F3)."""
    leaver, ingrid, page = registry
    backup = tmp_path / "backup.sqlite3"
    db.close()
    shutil.copyfile(db.path, backup)
    other = open_database(backup)
    update_person(other, ingrid.id, PersonInput(name="Ingrid Dahl", work_email="ingrid@nordlys.no"))
    other.close()
    early = _forked(db)
    early.read[RISKS].wait()
    inode = os.stat(db.path).st_ino
    shutil.copyfile(backup, db.path)
    assert os.stat(db.path).st_ino == inode
    restored = open_database(db.path)
    try:
        accounts, groups = _start(restored, early)
        assert "ingrid dahl" in accounts.people[ingrid.id].text
        assert accounts.rows() == load_accounts(restored, at_once=True).rows()
    finally:
        restored.close()


@pytest.mark.parametrize("planted", ["SELECT randomblob(50000000)",
                                     "SELECT randomblob(250000) FROM account a, account b, account c, account d, "
                                     "account e, account f, account g, account h"])
def test_a_statement_planted_for_the_child_cannot_take_the_windows_memory(db, registry, planted):
    """A first read planted in the kept file that reads far more than this program's (one huge value;
    256 rows of 250 KB, 64 MB): the child stops within the registry's size and 32 MiB, what this
    process held meanwhile stays below that, and the accounts are read now, right."""
    import tracemalloc

    kept = json.loads(EarlyRead("1.0").kept.read_text())
    EarlyRead("1.0").kept.write_text(json.dumps([*kept[:4], [planted, []], kept[5]]), encoding="utf-8")
    tracemalloc.start()
    try:
        early = _forked(db)
        early.read[PLAIN].wait()
        held = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert held < 40 << 20 and early.chunks[PLAIN] is None
    accounts, groups = _start(db, early)
    assert accounts.rows() == load_accounts(db, at_once=True).rows()


def test_a_statement_planted_for_a_sparse_file_cannot_take_the_windows_memory(db, registry, tmp_path):
    """The kept file names a registry of 16 GiB that holds nothing on disk (a sparse file) and a
    statement reading 300 MB: the bound follows what the file holds, so the child stops and this
    process never holds the rows (review-core-22 F2: it held 300 MB)."""
    import tracemalloc

    sparse = tmp_path / "sparse.sqlite3"
    shutil.copyfile(db.path, sparse)
    os.truncate(sparse, 16 << 30)
    kept = json.loads(EarlyRead("1.0").kept.read_text())
    EarlyRead("1.0").kept.write_text(json.dumps([*kept[:2], str(sparse), ["SELECT zeroblob(150000000) FROM "
                                                 "(VALUES (1), (2))", []], *kept[4:]]), encoding="utf-8")
    tracemalloc.start()
    try:
        fork("1.0")
        early = started("1.0")
        early.read[PEOPLE].wait()
        held = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    early.close()
    assert held < 40 << 20 and early.chunks[PEOPLE] is None


def test_a_registry_on_a_file_system_that_says_no_blocks_is_still_read_early(db, registry, monkeypatch):
    """Some FUSE mounts say every file has no blocks on disk: there the bound follows the file's
    length, so a registry whose rows are more than the fixed allowance (here none: _MOST 0) is still
    read early (it was given up at every start: within the allowance alone)."""
    class NoBlocks:
        def __init__(self, found):
            self.found = found

        def __getattr__(self, name):
            return 0 if name == "st_blocks" else getattr(self.found, name)

    stat = os.stat
    monkeypatch.setattr(early_read, "_MOST", 0)
    monkeypatch.setattr(os, "stat", lambda path, *args, **kwargs: NoBlocks(stat(path)) if str(path) == str(db.path)
                        else stat(path, *args, **kwargs))
    early = started("1.0")
    early.run()
    assert early.chunks[RISKS]
    found, groups = _start(db, early)
    assert risks_by_id(groups) == risks_by_id(read_risk_groups(db))


def test_closed_while_the_childs_first_message_is_on_its_way_it_stays_closed(db, registry):
    """Closed (another registry opened, departures recorded) while the child's "connected" is in the
    pipe and not yet taken (the opener and the window's thread hold Python's lock): it stays closed,
    so the window's end (close_unused) does not wait for it for ever (review-core-22 F1)."""
    switch = sys.getswitchinterval()
    sys.setswitchinterval(30)  # this thread keeps Python's lock, as a busy opener does
    try:
        fork("1.0")
        early = started("1.0")
        busy_until = time.monotonic() + 2
        while time.monotonic() < busy_until:  # meanwhile the child is on its file and says so
            pass
        early.close()
    finally:
        sys.setswitchinterval(switch)
    early.read[RISKS].wait()  # the receiver took what was in the pipe
    assert early not in early_read._open


def test_a_statement_of_the_child_not_this_starts_ends_it(db, registry):
    """Everyone's names kept by another start (here: planted, a statement that never ends): refused,
    the child is ended at once, so the first read does not wait for what it reads after them."""
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x), 0, 0 FROM c"
    kept = json.loads(EarlyRead("1.0").kept.read_text())
    EarlyRead("1.0").kept.write_text(json.dumps([*kept[:3], [endless, []], *kept[4:]]), encoding="utf-8")
    fork("1.0")
    early, sent = started("1.0"), _sent(db)
    assert load_accounts(db, at_once=True, early=early).rows() == load_accounts(db, at_once=True).rows()
    assert early.child is None and sum("FROM account ORDER BY" in text for text in sent) == 2


def test_no_child_and_no_wal_are_left_once_the_registry_closes(db, registry):
    """The window closed before the rows were asked for: the child is killed and waited for (no
    zombie) before the registry closes, so its last connection takes the -wal and -shm files away."""
    early = _forked(db)
    early.read[RISKS].wait()
    child = early.child
    close_unused()
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)
    db.close()
    assert not os.path.exists(f"{db.path}-wal") and not os.path.exists(f"{db.path}-shm")


@pytest.mark.parametrize("forked", [True, False], ids=["child", "thread"])
def test_a_start_on_another_registry_leaves_nothing_beside_the_kept_one(db, registry, tmp_path, forked):
    """The registry the last start kept, read early, then another opened (--db, $ACCOUNTREGISTRY_DB):
    once the window ends, no -wal or -shm is left beside the kept one, which nobody has open
    (review-window-22: the early read's read-only connection, or its killed child, was its last)."""
    db.close()
    if forked:
        early = _forked(db)
        early.read[RISKS].wait()
    else:
        early = started("1.0")
        early.run()
    other = open_database(tmp_path / "other.sqlite3")
    assert not early.is_for(other.path)
    early.close()  # as the opener does
    close_unused()
    other.close()
    assert not os.path.exists(f"{db.path}-wal") and not os.path.exists(f"{db.path}-shm")


def test_a_child_whose_file_never_opens_holds_up_nothing(db, registry, tmp_path):
    """Kept for a registry on a share that no longer answers (its open never returns; a FIFO here),
    while another registry is opened: its statements are read now, nothing waits for the child, and
    the window's end (close_unused) ends it all the same."""
    gone = tmp_path / "gone.sqlite3"
    os.mkfifo(gone)
    kept = json.loads(EarlyRead("1.0").kept.read_text())
    EarlyRead("1.0").kept.write_text(json.dumps([*kept[:2], str(gone), *kept[3:]]), encoding="utf-8")
    fork("1.0")
    early = started("1.0")
    child, sent = early.child, _sent(db)
    assert load_accounts(db, at_once=True, early=early).rows() == load_accounts(db, at_once=True).rows()
    assert sum("FROM account ORDER BY" in text for text in sent) == 2
    close_unused()  # the window closed before the risks were asked for
    assert early.child is None
    while _running(child):  # killed where it waits; reaped by a thread of its own
        time.sleep(0.05)


def test_the_child_dies_with_the_program(db, registry):
    """The program killed (kill -9) while its child reads or waits: the child does not stay."""
    with subprocess.Popen([sys.executable, "-c", "import time; from accountregistry.store import early_read; "
                           "early_read.fork('1.0'); print(early_read._forked.child, flush=True); time.sleep(600)"],
                          stdout=subprocess.PIPE, text=True) as program:
        child = int(program.stdout.readline())
        program.kill()
    while _running(child):
        time.sleep(0.05)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rpartition(")")[2].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def test_where_there_is_no_fork_a_thread_reads_the_risks_only(db, registry):
    """The way of other systems (no child): started() gives an early read that run() reads on a
    thread, the risks' statement only; the first read is read now, the risks are used."""
    accounts, groups = _start(db)
    early = started("1.0")
    assert early.child is None and early_read._forked is None
    early.run()
    assert early.chunks[PLAIN] is None and early.chunks[RISKS]
    sent = _sent(db)
    found, found_groups = _start(db, early)
    assert found.rows() == accounts.rows() and risks_by_id(found_groups) == risks_by_id(groups)
    assert sum("FROM account ORDER BY" in text for text in sent) == 1 and not any("GROUP BY" in text for text in sent)
