"""The main window."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from accountregistry import APP_NAME
from accountregistry.services.accounts import count_accounts
from accountregistry.services.organisation import get_settings
from accountregistry.services.people import count_people
from accountregistry.store.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.setWindowTitle(APP_NAME)
        self.resize(900, 600)
        self.summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.summary.setAccessibleName("Registry summary")
        self.summary.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"Database: {db.describe()}")
        self.refresh()

    def refresh(self) -> None:
        organisation = html.escape(get_settings(self.db).name or "Your organisation")
        accounts, people = count_accounts(self.db), count_people(self.db)
        self.summary.setText(
            f"<h2>{organisation}</h2><p>{accounts} accounts and {people} people are registered.</p>"
            "<p>Run <code>accountregistry demo</code> on a new database to see a sample organisation.</p>")
