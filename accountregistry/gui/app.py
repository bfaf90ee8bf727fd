"""Starting the window: the QApplication, its icons, the database, and errors a user can read."""

from __future__ import annotations

import logging
import sys
import traceback
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from accountregistry import APP_ID, APP_NAME, __version__
from accountregistry.domain.errors import RegistryError
from accountregistry.gui.accessibility import install_accessible_style
from accountregistry.gui.i18n import chosen_language, install_language
from accountregistry.logging_setup import log_file, logging_active, start_logging
from accountregistry.resource_files import resource_folder

if TYPE_CHECKING:
    from accountregistry.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def icons_folder() -> Path:
    return resource_folder("icons")


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by file name without .svg, made once per name (the accounts
    table's first paint asks for every platform's: each file looked for and drawn once); an empty
    icon if it is missing."""
    path = icons_folder() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def platform_icon(platform_id: str) -> QIcon:
    found = icon(f"platform-{platform_id}")
    return found if not found.isNull() else icon("platform-other")


def app_icon() -> QIcon:
    return icon("app")


# How long a thread computing in Python (a read) keeps Python's lock before handing it to another
# that waits for it: the GUI thread needs the lock for each of its slots, paints and timer ticks.
# Python's 5 ms made the window wait up to 5 ms at each (several per turn); with 1 ms, the
# probe's worst stalls at 100k were lower in 14 of 15 interleaved pairs (load 8.5-9.5; time the
# GUI thread was blocked at start 975/801/586 ms against 2537/2324/1072).
SWITCH_INTERVAL_S = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_accessible_style(app)  # focus always shows; selected rows keep their badges' colours
    return app


def report_unexpected_error(kind: type[BaseException], error: BaseException,
                            trace: TracebackType | None) -> None:
    """sys.excepthook for the window: a bug is shown with its details and written to the log
    (its type and where it happened; logging_setup keeps the message out of the file), instead
    of vanishing into a console nobody watches (or aborting Qt)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("Unexpected error in the window.", exc_info=(kind, error, trace))
    path = log_file() if logging_active() else None
    sys.stderr.write(details)
    if QApplication.instance() is None:
        return
    if isinstance(error, RegistryError):  # a sentence the user can act on, not a bug
        QMessageBox.warning(QApplication.activeWindow(), APP_NAME, error.sentence())
        return
    if path is not None:
        text = QCoreApplication.translate("App", "Something went wrong that Account Registry did not expect. What "
                                                 "you saved before is safe; the last action may not have "
                                                 "completed.\n\nThe details were also written to {path}.").format(
            path=path)
    else:
        text = QCoreApplication.translate("App", "Something went wrong that Account Registry did not expect. What "
                                                 "you saved before is safe; the last action may not have completed.")
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, QMessageBox.StandardButton.Ok,
                      QApplication.activeWindow())
    box.setDetailedText(details)
    box.exec()


RETRY, CHOOSE, QUIT = "retry", "choose", "quit"


def ask_after_refusal(error: RegistryError) -> str:
    """The registry could not be opened: its sentence, and Retry, Database… or Quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                      QCoreApplication.translate("App", "The registry could not be opened."))
    box.setInformativeText(error.sentence())
    retry = box.addButton(QCoreApplication.translate("App", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(QCoreApplication.translate("App", "&Database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return {retry: RETRY, choose: CHOOSE}.get(box.clickedButton(), QUIT)


def run_window(location: str | None) -> int:
    app = create_application()
    start_logging()
    log.info("Window started (Account Registry %s).", __version__)
    sys.excepthook = report_unexpected_error
    # Before the first widget: Qt reads the language and the locale when a widget is made.
    install_language(chosen_language(QSettings()))
    from accountregistry.gui.main_window import MainWindow

    # The frame at once; the registry is opened in the background (Quit on a refusal ends here, 1).
    window = MainWindow(settings=QSettings(), location=location)
    window.gave_up.connect(lambda: app.exit(1))
    window.show()
    try:
        return app.exec()
    finally:
        close_session(window)


def close_session(window: MainWindow) -> None:
    """After the event loop: work that an outcome delivered as the window closed has started is
    stopped and waited for before the database closes. Still running at the program's end, it
    used the closed database and then found its task deleted ("Signal source has been deleted")."""
    from accountregistry.gui.tasks import task_manager

    tasks = task_manager()
    tasks.cancel_all()
    tasks.wait_for_all()
    from accountregistry.store.early_read import close_unused

    close_unused()  # before the registry: the last connection closed takes the -wal file away
    if window.db is not None:
        window.db.close()
