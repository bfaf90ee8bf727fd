"""Starting the window: the QApplication, the database, and errors a user can read."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from accountregistry import APP_ID, APP_NAME, __version__
from accountregistry.domain.errors import RegistryError
from accountregistry.store.schema import open_database


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app


def run_window(location: str | None) -> int:
    app = create_application()
    try:
        db = open_database(location)
    except RegistryError as error:
        QMessageBox.critical(None, APP_NAME, f"The registry could not be opened.\n\n{error}")
        return 1
    from accountregistry.gui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
