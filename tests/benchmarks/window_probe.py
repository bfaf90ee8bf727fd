"""One start of a window, reported as it happens: run as a process by test_window_scale.py.

    python window_probe.py window REGISTRY   the real main window on REGISTRY, then a session:
                                             reload (F5), every view, an account opened, an
                                             account renamed by another person's program
    python window_probe.py rename REGISTRY ID
                                             that other program: renames account ID, reports
                                             when it was committed
    python window_probe.py bare-window       the floor for the first paint: a bare QMainWindow
    python window_probe.py bare-table REGISTRY
                                             the floor for the filled table: plain sqlite3 (or
                                             psycopg, for a server's URL) fetch
                                             of the columns the accounts table shows, a bare
                                             QTableView over them

Each event is one JSON line on standard output: {"event": name, "at": time.time(), ...}. The
parent subtracts the moment it started the process, so every time includes Python's and Qt's
start-up. A 10 ms timer on the GUI thread records the longest gap between its ticks in each
phase ("stall"): how long the window could not answer the user; and the most CPU the GUI thread
used between two ticks, 10 ms apart when nothing stalls ("cpu_ms"): its own work, without what
waiting for Python's lock or for the processor added on a loaded machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

from peak_memory import peak_mib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10


# The forked early read's peak (MiB): what it adds to the machine's memory is the program's too, and
# that is its private pages (Private_Clean + Private_Dirty). The pages it still shares with this process
# since the fork are in this process's VmHWM already (adding the child's VmHWM counted them twice: 6.8 MiB
# of its 26.2 at 100,000 accounts); this process and the floors are counted alike (VmHWM). Sampled every
# 10 ms while the child lives (a zombie has none); sampled every 1.4-1.6 ms instead, its peak was at most
# 0.09 MiB higher (19.40 MiB; four launches at 100,000 accounts).
child_peak = [0.0]


def watch_child(pid: int) -> None:
    """Keeps child_peak while the child lives."""
    def watch():
        while True:
            try:
                with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
                    private = [int(line.split()[1]) / 1024 for line in rollup
                               if line.startswith(("Private_Clean:", "Private_Dirty:"))]
            except (FileNotFoundError, ProcessLookupError):
                return
            if not private:
                return
            child_peak[0] = max(child_peak[0], sum(private))
            time.sleep(0.01)

    threading.Thread(target=watch, daemon=True).start()


def program_peak_mib() -> float:
    return peak_mib() + child_peak[0]


def report(event: str, **values) -> None:
    print(json.dumps({"event": event, "at": time.time(), **values}), flush=True)


class StallMonitor:
    """A 10 ms timer on the GUI thread; the longest gap between ticks since the last phase, and
    the most CPU of the GUI thread between two ticks."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last, self.cpu_last = time.perf_counter(), time.thread_time()
        self.longest = self.cpu_longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last - TICK_MS / 1000)
        self.cpu_longest = max(self.cpu_longest, cpu - self.cpu_last)
        self.last, self.cpu_last = now, cpu

    def phase(self, name: str) -> None:
        self._tick()
        report("stall", phase=name, ms=round(self.longest * 1000, 1), cpu_ms=round(self.cpu_longest * 1000, 1))
        self.longest = self.cpu_longest = 0.0


class FirstPaint:
    """Calls `then` once, after `widget` was first painted while `condition()` held."""

    def __init__(self, widget, then, condition=lambda: True):
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Filter(QObject):
            def eventFilter(inner, watched, event):  # noqa: N805 - Qt's signature
                if event.type() == QEvent.Type.Paint and not self.done and condition():
                    self.done = True
                    watched.removeEventFilter(inner)  # no Python call per event from now on
                    QTimer.singleShot(0, then)  # once this paint is over
                return False

        self.done = False
        self.filter = Filter()
        widget.installEventFilter(self.filter)


class DashboardNumbers:
    """Reports "dashboard" once the dashboard shows every number (its people count and how many
    accounts are at risk, no "Loading…" left), checked at each turn of a 10 ms timer."""

    def __init__(self, window):
        from PySide6.QtCore import QTimer

        self.window = window
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        dashboard = getattr(self.window, "dashboard", None)
        if dashboard is None:
            return
        loading = dashboard.tr("Loading…")
        if dashboard.people_count.text() not in ("", "…") and dashboard.at_risk_label.text() not in ("", loading):
            report("dashboard")
            self.timer.stop()


def wait_until(app, condition) -> None:
    """Until `condition()` holds, looked at each tick: meanwhile the GUI thread is in an event loop,
    as the window's is when nobody drives it (waiting for events with Python's lock let go). A
    loop of processEvents() and sleep instead took the lock back a thousand times a second and
    counted its own waits for it as the window's."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start()
    loop.exec()
    timer.stop()


def settle(app, ms: int = 40) -> None:
    """The event loop runs for `ms` (a view just shown paints and settles)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run_window(registry: str) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from accountregistry.gui.app import close_session, create_application
    from accountregistry.gui.i18n import install_language

    app = create_application()
    install_language("en")
    settings = QSettings(os.path.join(os.environ["PROBE_HOME"], "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/view", "Accounts")  # the table is what the user left open
    from accountregistry.gui.main_window import MainWindow

    report("imported")
    # As app.run_window starts it: the frame first, the registry opened in the background.
    window = MainWindow(settings=settings, location=registry)
    state = {"filled": False}

    def painted():
        report("painted")

    def filled():
        report("filled", rows=window.accounts_view.model.rowCount(), peak_mib=round(program_peak_mib(), 1),
               child_mib=round(child_peak[0], 1))
        state["filled"] = True

    def made(at):  # the accounts view: its rows are shown before the other views are made
        if window.pages.widget(at) is getattr(window, "accounts_view", None):
            FirstPaint(window.accounts_view.table.viewport(), filled, lambda: window.accounts_view.model.rowCount() > 0)

    FirstPaint(window.navigation.viewport(), painted)
    window.pages.widgetAdded.connect(made)
    window.opened.connect(lambda: report("opened"))
    window.accounts_read.connect(lambda: report("loaded"))
    window.show()
    monitor = StallMonitor()
    state["dashboard"] = DashboardNumbers(window)  # it reports by itself

    def session():
        # Each phase ends once what its last read changed is painted, as each view shown below settles
        # (the table repaints a few milliseconds after the read that changed it; when that read ended
        # the wait, the paint was counted in the next phase): a user presses F5 later than that.
        wait_until(app, lambda: state["filled"] and not window.is_loading())
        settle(app)
        monitor.phase("start and load")
        loaded = []
        window.accounts_read.connect(lambda: loaded.append(True))
        window.reload()
        wait_until(app, lambda: loaded and not window.is_loading())
        settle(app)
        monitor.phase("reload (F5)")
        for name in ("Dashboard", "People", "Offboarding", "Consent", "Accounts"):
            window.show_view(name)
            settle(app)
        monitor.phase("switch views")
        first = window.accounts_view.model.row_at(0).id
        window.accounts_view.open_account(first)
        detail = window.accounts_view.detail_windows.get(first)
        wait_until(app, lambda: detail is None or (detail.isVisible() and not detail.is_loading()))
        settle(app)
        # The account was opened while the views just shown were still reading (it does not wait for
        # them); what they deliver after it is on screen still lands while it is open: counted here,
        # so the live update below starts with nothing else under way and measures only itself.
        wait_until(app, lambda: not window.is_loading())
        monitor.phase("open an account")
        if detail is not None:
            detail.close()
        # Another person renames an account, in their own program (a process of its own, as on
        # their own machine: its work is not this window's): how long until it shows.
        target = window.accounts_view.model.row_at(5).id
        other = subprocess.Popen([sys.executable, __file__, "rename", registry, str(target)], stdout=subprocess.PIPE,
                                 text=True)
        wait_until(app, lambda: other.poll() is not None)
        changed_at = json.loads(other.stdout.read())["at"]
        model = window.accounts_view.model
        wait_until(app, lambda: model.row_at(model.index_of_account(target)).display_name == "Renamed elsewhere")
        report("live update", seconds=round(time.time() - changed_at, 3))
        monitor.phase("live update")
        report("end", peak_mib=round(program_peak_mib(), 1))
        window.close()
        app.quit()

    QTimer.singleShot(0, session)
    app.exec()
    QApplication.processEvents()
    close_session(window)
    return 0


def run_rename(registry: str, account_id: int) -> int:
    """Another person's program renames the account; reports the moment it was committed."""
    from dataclasses import fields

    from accountregistry.services.accounts import AccountInput, get_account, update_account
    from accountregistry.store.schema import open_database

    other = open_database(registry)
    account = get_account(other, account_id)
    values = {f.name: getattr(account, f.name) for f in fields(AccountInput) if hasattr(account, f.name)}
    values["display_name"] = "Renamed elsewhere"
    update_account(other, account_id, AccountInput(**values), expected_version=account.version)
    report("renamed")
    other.close()
    return 0


def run_bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMainWindow, QSplitter

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    navigation = QListWidget()
    navigation.addItems(["Dashboard", "Accounts", "People", "Offboarding"])
    splitter.addWidget(navigation)
    splitter.addWidget(QLabel("Registry"))
    window.setCentralWidget(splitter)
    window.resize(1280, 800)

    def painted():
        report("painted", peak_mib=round(peak_mib(), 1))
        app.quit()

    FirstPaint(navigation.viewport(), painted)
    window.show()
    app.exec()
    return 0


# The columns the accounts table shows, as stored: platform, handle, display name, kind, presence,
# status, holder, administrators (active, distinct people), last review and interval (for the
# next review's date), and what the risk column needs most (controlling roles).
FLOOR_SQL = """
SELECT a.id, a.platform, a.handle, coalesce(a.display_name, ''), coalesce(a.kind, ''), a.presence, a.status,
       coalesce(h.name, ''), coalesce(r.admins, 0), a.last_reviewed_on, a.review_interval_months
FROM account a
LEFT JOIN person h ON h.id = a.holder_id
LEFT JOIN (SELECT account_id, count(DISTINCT person_id) AS admins FROM account_role
           WHERE revoked_on IS NULL GROUP BY account_id) r ON r.account_id = a.id
ORDER BY a.id
"""


def run_bare_table(registry: str) -> int:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Model(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's name
            return 0 if parent.isValid() else 10

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column() + 1])
            return None

    app = QApplication(sys.argv[:1])
    if registry.startswith("postgresql"):  # a registry on a server: psycopg, as plain as sqlite3
        import psycopg

        connection = psycopg.connect(registry.replace("postgresql+psycopg://", "postgresql://", 1))
    else:
        connection = sqlite3.connect(registry)
    rows = connection.execute(FLOOR_SQL).fetchall()
    connection.close()
    window = QMainWindow()
    table = QTableView()
    table.verticalHeader().hide()
    table.setModel(Model(rows))
    window.setCentralWidget(table)
    window.resize(1280, 800)

    def filled():
        report("filled", rows=len(rows), peak_mib=round(peak_mib(), 1))
        app.quit()

    FirstPaint(table.viewport(), filled)
    window.show()
    app.exec()
    return 0


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "window":
        from accountregistry import __version__
        from accountregistry.store import early_read

        early_read.fork(__version__)  # as the program starts its window (cli), before Qt
        if early_read._forked is not None:
            watch_child(early_read._forked.child)
        sys.exit(run_window(sys.argv[2]))
    if mode == "bare-window":
        sys.exit(run_bare_window())
    if mode == "bare-table":
        sys.exit(run_bare_table(sys.argv[2]))
    if mode == "rename":
        sys.exit(run_rename(sys.argv[2], int(sys.argv[3])))
    raise SystemExit(f"unknown mode {mode}")
