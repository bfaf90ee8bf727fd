"""No part of the window that holds Qt is first imported on a worker thread.

Importing a module that defines a Qt class has Shiboken make a Python type, its signals and its
meta-object; a worker doing so while the GUI thread runs the event loop crashed the window at
start, rarely (SIGSEGV on the GUI thread: a worker importing the dashboard's leavers panel, the
people view, the account window). Workers may import ahead only the Qt-free core."""

import json
import os
import subprocess
import sys

from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.store.database import DB_ENV
from accountregistry.store.schema import open_database

# The window as the program starts it (the registry named by $ACCOUNTREGISTRY_DB), then as a user
# goes on: the first view filled, the dashboard's numbers, every view shown, an account opened.
# Every module is recorded by the thread that first looks for it. Nobody answers here: a bug (which
# the window hands to sys.excepthook) or any dialog (a refusal, the database's Retry box) ends the
# session with what it says, where the waits below would wait for ever.
SESSION = """
import json, os, sys, threading, traceback, types
first_on_gui_thread = {}
class Watch:
    def find_spec(self, name, path=None, target=None):
        first_on_gui_thread.setdefault(name, threading.current_thread() is threading.main_thread())
sys.meta_path.insert(0, Watch())
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QDialog
import shiboken6
from accountregistry.gui.main_window import VIEWS, MainWindow
from accountregistry.gui.tasks import task_manager
app = QApplication([])
def give_up(*what):
    print(*what, file=sys.stderr, flush=True)
    os._exit(3)
sys.excepthook = lambda *error: give_up("".join(traceback.format_exception(*error)))
class NoDialog(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            give_up("a dialog:", type(watched).__name__, getattr(watched, "text", str)())
        return False
no_dialog = NoDialog()
app.installEventFilter(no_dialog)
def settle(done):
    while not done():
        app.processEvents()
        task_manager().pool.waitForDone(10)
window = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
settle(lambda: window.db is not None and window.accounts_view.loaded and not window.is_loading())
for name in VIEWS:
    window.show_view(name)
    settle(lambda: not window.is_loading())
accounts = window.accounts_view
account_id = accounts.model.row_at(accounts.model.index(0, 0)).id
accounts.open_account(account_id)
accounts.detail_windows[account_id].wait_until_shown()
settle(lambda: task_manager().running() == 0)
def of_qt(value):
    if isinstance(value, types.ModuleType):
        return value.__name__.startswith(("PySide6", "shiboken6"))
    if isinstance(value, type) and issubclass(value, shiboken6.Object):
        return True
    return str(getattr(value, "__module__", None) or type(value).__module__).startswith(("PySide6", "shiboken6"))
def holds_qt(name):
    return name.startswith(("PySide6", "shiboken6")) or any(map(of_qt, vars(sys.modules.get(name, sys)).values()))
print(json.dumps({"pages": [type(window.pages.widget(at)).__name__ for at in range(len(VIEWS))],
                  "account window": window.accounts_view.detail_windows[account_id].isVisible(),
                  "with Qt": sorted(name for name in first_on_gui_thread if holds_qt(name)),
                  "on a worker": sorted(name for name, gui in first_on_gui_thread.items()
                                        if not gui and name in sys.modules)}))
window.close()
window.db.close()
"""


def test_no_module_holding_qt_is_first_imported_on_a_worker(tmp_path):
    location = str(tmp_path / "registry.sqlite3")
    db = open_database(location)
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    db.close()
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SESSION, str(tmp_path / "settings.ini")],
                            capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", DB_ENV: location})
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    # The whole session ran: every view and the account window were shown, and the views' and the
    # account window's modules are among those recorded as holding Qt.
    assert seen["pages"] == ["DashboardView", "AccountsView", "PeopleView", "OffboardingView", "ConsentView"]
    assert seen["account window"]
    assert {"accountregistry.gui.views.dashboard_view", "accountregistry.gui.widgets.leavers_panel",
            "accountregistry.gui.views.people_view", "accountregistry.gui.dialogs.account_detail",
            "accountregistry.gui.widgets.person_picker"} <= set(seen["with Qt"])
    # The workers imported the core (the store, the services, SQLAlchemy), and nothing holding Qt.
    assert "accountregistry.store.models" in seen["on a worker"]
    assert sorted(set(seen["on a worker"]) & set(seen["with Qt"])) == []
