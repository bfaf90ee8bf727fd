"""The window's one helper for background work (gui/tasks.py): what each outcome reaches, the
count of runs under way, reads taking turns, and closing the main window with work still running."""

import os
import sys
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from accountregistry.domain.errors import Label, RegistryError, ValidationError
from accountregistry.gui.tasks import LOWER_NICENESS, READS_AT_ONCE, Task, failure_sentence, task_manager
from accountregistry.services.ownership_report import Cancelled


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


class Calls:
    """What the callbacks were called with, in order."""

    def __init__(self):
        self.seen: list[tuple] = []

    def task(self, owner, **overrides) -> Task:
        callbacks = dict(success=lambda result: self.seen.append(("success", result)),
                         failure=lambda error: self.seen.append(("failure", error)),
                         progress=lambda done, total: self.seen.append(("progress", done, total)),
                         cancelled=lambda: self.seen.append(("cancelled",)),
                         finished=lambda: self.seen.append(("finished",)))
        callbacks.update(overrides)
        return Task(owner, **callbacks)


def until_idle(qtbot, task: Task) -> None:
    qtbot.waitUntil(lambda: not task.busy())


def test_a_run_reports_its_progress_then_its_result_then_that_it_finished(qtbot, owner):
    calls = Calls()
    task = calls.task(owner)

    def work(progress):
        for done in range(3):
            assert progress(done, 2)
        return "written"

    task.start(work)
    assert task.busy()
    until_idle(qtbot, task)
    assert calls.seen == [("progress", 0, 2), ("progress", 1, 2), ("progress", 2, 2), ("success", "written"),
                          ("finished",)]


def test_a_callback_may_start_the_task_again(qtbot, owner):
    results = []
    task = Task(owner, success=lambda result: (results.append(result), len(results) < 3 and task.start(
        lambda _progress: len(results) + 1)))
    task.start(lambda _progress: 1)
    qtbot.waitUntil(lambda: len(results) == 3 and not task.busy())
    assert results == [1, 2, 3]


def test_a_second_start_while_running_is_a_bug(qtbot, owner):
    release = threading.Event()
    task = Task(owner)
    task.start(lambda _progress: release.wait())
    with pytest.raises(RuntimeError):
        task.start(lambda _progress: None)
    release.set()
    until_idle(qtbot, task)


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot, owner):
    calls = Calls()
    task = calls.task(owner, progress=None)
    started = threading.Event()

    def work(progress):
        started.set()
        while progress(0, 1):
            threading.Event().wait(0.01)
        raise Cancelled("export_cancelled")

    task.start(work)
    assert started.wait(60)
    task.cancel()
    assert task.cancel_requested()
    until_idle(qtbot, task)
    assert calls.seen == [("cancelled",), ("finished",)]


def test_a_refusal_reaches_the_failure_callback_with_its_code(qtbot, owner):
    calls = Calls()
    task = calls.task(owner)

    def work(_progress):
        raise ValidationError(field="name", code="required", label=Label("Name"))

    task.start(work)
    until_idle(qtbot, task)
    (kind, error), finished = calls.seen
    assert kind == "failure" and finished == ("finished",)
    assert isinstance(error, ValidationError) and error.codes == {"name": "required"}
    assert error.__traceback__ is None  # its frames (and what they held) are let go at once
    assert failure_sentence(error) == error.sentence()


def test_without_a_failure_callback_a_refusal_is_said_in_a_message_box(qtbot, owner, monkeypatch):
    shown = []
    # A modal message box would wait for a person: the edge this test cannot drive.
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((parent, text)))
    task = Task(owner)
    refusal = ValidationError(field="name", code="required", label=Label("Name"))

    def work(_progress):
        raise refusal

    task.start(work)
    until_idle(qtbot, task)
    assert shown == [(owner.window(), refusal.sentence())]


def test_a_bug_goes_to_the_crash_dialog_and_then_to_the_failure_callback(qtbot, owner):
    calls = Calls()
    task = calls.task(owner)

    def work(_progress):
        raise ZeroDivisionError("a bug")

    # sys.excepthook is the window's crash dialog with a log entry; pytest-qt's stands in for it.
    with qtbot.captureExceptions() as reported:
        task.start(work)
        until_idle(qtbot, task)
    assert [type(error) for _kind, error, _trace in reported] == [ZeroDivisionError]
    assert reported[0][2] is not None  # with its traceback, for the details and the log
    (kind, error), finished = calls.seen
    assert kind == "failure" and isinstance(error, ZeroDivisionError) and finished == ("finished",)
    assert not isinstance(error, RegistryError) and failure_sentence(error) != str(error)


def test_the_manager_counts_the_runs_until_their_outcome_is_delivered(qtbot, owner):
    tasks = task_manager()
    before = tasks.running()
    release = threading.Event()
    first, second = Task(owner), Task(owner)
    first.start(lambda _progress: release.wait())
    second.start(lambda _progress: release.wait())
    assert tasks.running() == before + 2
    release.set()
    qtbot.waitUntil(lambda: tasks.running() == before)
    assert not first.busy() and not second.busy()


def test_a_task_dropped_once_delivered_frees_what_its_callbacks_hold(qtbot, owner):
    """A task made for one run (the window's start steps, a let_go) goes once its outcome is
    delivered, and with it what its callbacks hold. The pool kept every run it was handed, and
    each run its task, for the program's life: the window's first table was never freed."""
    import gc
    import weakref

    class Held:
        pass

    held, done = Held(), []
    freed = weakref.ref(held)
    task = Task(owner, finished=lambda held=held: done.append(held))
    task.start(lambda _progress: None)
    qtbot.waitUntil(lambda: bool(done))
    del task, held, done[:]
    gc.collect()
    assert freed() is None


def test_an_answer_for_a_widget_that_is_gone_goes_nowhere(qtbot):
    widget = QWidget()
    calls = Calls()
    task = calls.task(widget)
    release = threading.Event()
    task.start(lambda _progress: release.wait() and "late")
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    until_idle(qtbot, task)
    assert calls.seen == []


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_stop_waiting_frees_the_task_and_the_late_answer_still_arrives(qtbot, owner):
    calls = Calls()
    task = calls.task(owner)
    release = threading.Event()
    task.start(lambda _progress: release.wait() and "late")
    task.stop_waiting()
    assert not task.busy()
    release.set()
    qtbot.waitUntil(lambda: ("finished",) in calls.seen)
    assert calls.seen == [("success", "late"), ("finished",)]


def _blocking_reads(owner, release: threading.Event) -> list[Task]:
    """READS_AT_ONCE reads under way, each until `release`."""
    reads = [Task(owner, reading=True) for _ in range(READS_AT_ONCE)]
    for read in reads:
        read.start(lambda _progress: release.wait())
    return reads


def test_reads_take_turns_in_the_order_asked_and_every_one_is_delivered(qtbot, owner):
    release, shown, ran = threading.Event(), [], []
    under_way = _blocking_reads(owner, release)
    waiting = [Task(owner, reading=True, success=shown.append) for _ in range(3)]
    for number, read in enumerate(waiting):
        read.start(lambda _progress, number=number: ran.append(number) or number)
    assert task_manager().reads_waiting() == 3 and all(read.busy() for read in waiting)
    qtbot.wait(50)
    assert ran == []  # their turn has not come
    release.set()
    qtbot.waitUntil(lambda: not any(read.busy() for read in under_way + waiting))
    assert ran == [0, 1, 2] and shown == [0, 1, 2]
    assert task_manager().reads_waiting() == 0


def test_reads_asked_while_reads_are_held_start_once_released(qtbot, owner):
    tasks, shown = task_manager(), []
    reads = [Task(owner, reading=True, success=shown.append) for _ in range(2)]
    tasks.hold_reads()
    try:
        for number, read in enumerate(reads):
            read.start(lambda _progress, number=number: number)
        qtbot.wait(50)
        assert tasks.reads_waiting() == 2 and shown == []
    finally:
        tasks.release_reads()
    qtbot.waitUntil(lambda: not any(read.busy() for read in reads))
    assert shown == [0, 1]


@pytest.mark.parametrize("ending", ["success", "failure", "owner gone"])
def test_reads_waiting_start_once_the_run_holding_them_is_delivered(qtbot, ending):
    """The window's start: the accounts' risks (not a turn-taking read) hold the reads waiting,
    so that only the dashboard's facts, under way already, run beside them."""
    owner, release, ran, shown = QWidget(), threading.Event(), [], []

    def risks(_progress):
        release.wait()
        if ending == "failure":
            raise ValidationError(field="name", code="required", label=Label("Name"))
        return "risks"

    holder = Task(owner, success=shown.append, failure=lambda _error: shown.append("refused"))
    holder.start(risks)
    read = Task(None, reading=True, success=shown.append)
    try:
        holder.hold_reads_until_delivered()
        read.start(lambda _progress: ran.append("leavers") or "leavers")
        qtbot.wait(50)
        assert ran == [] and task_manager().reads_waiting() == 1
    finally:
        if ending == "owner gone":
            shiboken6.delete(owner)
        release.set()
    qtbot.waitUntil(lambda: not read.busy())
    assert shown == {"success": ["risks", "leavers"], "failure": ["refused", "leavers"],
                     "owner gone": ["leavers"]}[ending]


def test_an_account_window_s_read_starts_while_a_view_s_read_is_under_way(qtbot, owner):
    release, ran = threading.Event(), []
    under_way = _blocking_reads(owner, release)
    waiting = Task(owner, reading=True)
    account = Task(owner, reading=True, urgent=True)
    waiting.start(lambda _progress: ran.append("view"))
    account.start(lambda _progress: ran.append("account window"))
    try:
        qtbot.waitUntil(lambda: not account.busy())
        assert ran == ["account window"] and all(read.busy() for read in under_way)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not any(read.busy() for read in [*under_way, waiting]))
    assert ran == ["account window", "view"]


def test_one_urgent_read_runs_beside_the_others_and_the_next_goes_before_the_reads_waiting(qtbot, owner):
    release, ran = threading.Event(), []
    under_way = _blocking_reads(owner, release)
    urgent_under_way = Task(owner, reading=True, urgent=True)
    urgent_under_way.start(lambda _progress: release.wait())
    waiting = Task(owner, reading=True)
    urgent = Task(owner, reading=True, urgent=True)
    waiting.start(lambda _progress: ran.append("view"))
    urgent.start(lambda _progress: ran.append("person history"))
    try:
        assert task_manager().reads_waiting() == 2
        qtbot.wait(50)
        assert ran == []  # no second urgent read beside the others
    finally:
        release.set()
    qtbot.waitUntil(lambda: not any(read.busy() for read in [*under_way, urgent_under_way, waiting, urgent]))
    assert ran == ["person history", "view"]


def test_work_that_is_not_a_read_does_not_wait_for_the_reads(qtbot, owner):
    release, written = threading.Event(), []
    under_way = _blocking_reads(owner, release)
    write = Task(owner, success=written.append)
    write.start(lambda _progress: "saved")
    qtbot.waitUntil(lambda: written == ["saved"])
    assert all(read.busy() for read in under_way)
    release.set()
    qtbot.waitUntil(lambda: not any(read.busy() for read in under_way))


def test_a_read_still_waiting_for_its_turn_when_everything_is_cancelled_never_runs(qtbot, owner):
    release, ran = threading.Event(), []
    under_way = _blocking_reads(owner, release)
    calls = Calls()
    waiting = calls.task(owner, reading=True)
    waiting.start(lambda _progress: ran.append("read"))
    tasks = task_manager()
    tasks.cancel_all()
    release.set()
    tasks.wait_for_all()  # as closing the window does: returns once every worker is done
    qtbot.waitUntil(lambda: not waiting.busy() and not any(read.busy() for read in under_way))
    assert ran == [] and calls.seen == [("cancelled",), ("finished",)]


def test_what_the_window_lets_go_is_freed_in_a_worker_a_piece_at_a_time(qtbot):
    """A table of 100,000 rows takes the GUI thread 20-odd ms to free: it is freed elsewhere,
    once the turn that let it go is over (a piece still shared with what is shown stays)."""
    from accountregistry.gui.tasks import let_go

    freed_on: list[tuple[str, int]] = []

    class Piece(list):
        def __init__(self, name):
            super().__init__(range(3))
            self.name = name

        def __del__(self):
            freed_on.append((self.name, threading.get_ident()))

    class Big:
        def __init__(self, *pieces):
            self._pieces = list(pieces)

        def pieces(self):
            return list(self._pieces)

    shared = Piece("shared")
    big = Big(Piece("column"), Piece("order"), shared)
    let_go(big)
    del big
    assert freed_on == []  # nothing until this turn is over, and then not here
    qtbot.waitUntil(lambda: len(freed_on) == 2 and task_manager().running() == 0)
    assert sorted(name for name, _thread in freed_on) == ["column", "order"]
    assert threading.get_ident() not in {thread for _name, thread in freed_on}
    assert list(shared) == [0, 1, 2]


def test_closing_the_main_window_cancels_and_waits_for_the_work_under_way(qtbot, db, open_main_window):
    window = open_main_window(db)
    started, ended = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        try:
            while progress(0, 1):
                threading.Event().wait(0.01)
            raise Cancelled("export_cancelled")
        finally:
            ended.set()

    task = Task(window.accounts_view)
    task.start(work)
    assert started.wait(60)
    window.close()
    assert ended.is_set()  # close() returned only after the work had stopped
    qtbot.waitUntil(lambda: not task.busy())


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's nice value is Linux's")
@pytest.mark.parametrize("program_nice", [0, 3])
def test_work_started_lower_runs_5_below_the_program_and_the_window_s_threads_keep_its_priority(qtbot, owner,
                                                                                                 program_nice):
    """The risks read ahead gives way to the first read on a busy machine, and nothing the window
    runs afterwards inherits its lower priority (the pool's threads are reused). Below the program's
    own priority, also when it was started niced (`nice -n 3`: an absolute 5 ran above the window)."""
    main = os.getpid()
    before = os.getpriority(os.PRIO_PROCESS, main)
    tasks, lowered, ended = task_manager(), [], threading.Event()
    os.setpriority(os.PRIO_PROCESS, main, before + program_nice)
    try:
        for _ in range(4):
            tasks.start_lower(lambda: (lowered.append(_nice()), len(lowered) == 4 and ended.set()))
        assert ended.wait(60)
    finally:
        os.setpriority(os.PRIO_PROCESS, main, before)
    runs = [Task(owner) for _ in range(tasks.pool.maxThreadCount())]
    niceness, started = [], threading.Barrier(len(runs))  # all at once: every pool thread runs one
    for task in runs:
        task.start(lambda _progress: (started.wait(60), niceness.append(_nice())))
    qtbot.waitUntil(lambda: not any(task.busy() for task in runs))
    # Linux cuts a nice value above 19 to 19 (a suite run under `nice -n 19` has no room below it).
    assert lowered == [min(before + program_nice + LOWER_NICENESS, 19)] * 4 and LOWER_NICENESS == 5
    assert max(niceness) <= before + program_nice  # none of them lowered (threads made while niced are at +3)


def test_waiting_for_all_waits_for_the_work_started_lower(qtbot):
    """Closing the window (wait_for_all) returns only once the read ahead has ended, never with
    it still reading the database about to be closed."""
    started, ended = threading.Event(), []
    task_manager().start_lower(lambda: (started.set(), threading.Event().wait(0.2), ended.append("read")))
    assert started.wait(60)
    task_manager().wait_for_all()
    assert ended == ["read"]
