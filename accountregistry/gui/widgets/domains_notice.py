"""The notice that the "Private login" risk is off: shown while the organisation has no email
domains, on the dashboard and above the accounts at risk, with the way to set them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DomainsNotice(QFrame):
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self.tr("The “Private login” risk is off until the company's email domains are set: "
                                   "without them no login can be told to be private."))
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Set email domains…"))
        self.button.setAccessibleName(self.tr("Set email domains"))
        self.button.clicked.connect(self.settings_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setVisible(False)
