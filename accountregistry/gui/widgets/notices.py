"""Notices with one thing to do about them, shown above a view's content: that the "Private
login" risk is off while the organisation has no email domains (on the dashboard and above the
accounts at risk), and that checklist items are overdue (on the dashboard, at start)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from accountregistry.gui.widgets.dialog_parts import laid_out, push_button


class NoticeBar(QFrame):
    """A sentence and a button; hidden until shown."""

    clicked = Signal()

    def __init__(self, text: str, button: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.button = push_button(button, accessible_name, self.clicked)
        laid_out(QHBoxLayout(self), (self.text, 1), self.button)
        self.setVisible(False)


class DomainsNotice(NoticeBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("The “Private login” risk is off until the company's email domains are set: "
                                 "without them no login can be told to be private."),
                         self.tr("Set email domains…"), self.tr("Set email domains"), parent)


class OverdueNotice(NoticeBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("", self.tr("Show overdue items"), self.tr("Show overdue items"), parent)

    def show_count(self, count: int) -> None:
        if count == 1:
            self.text.setText(self.tr("1 offboarding checklist item is overdue."))
        else:
            self.text.setText(self.tr("{count} offboarding checklist items are overdue.").format(count=count))
        self.setVisible(count > 0)


class AnonymisationNotice(NoticeBar):
    """People who left longer ago than the retention period (services/retention.py)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", self.tr("Show people due…"), self.tr("Show people due for anonymisation"), parent)

    def show_count(self, count: int, months: int) -> None:
        self.text.setText(self.tr("People who left more than {months} months ago, the retention period, are due for "
                                  "anonymisation: {count}.").format(months=months, count=count))
        self.setVisible(count > 0)


class ReadOnlyNotice(NoticeBar):
    """Above the whole window when the login may read the registry but not change it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", self.tr("Database…"), self.tr("Database settings"), parent)

    def show_login(self, login: str) -> None:
        self.text.setText(self.tr("Read only: the login “{login}” may read and export this registry but not change "
                                  "it. The registry's owner can give it editor rights.").format(login=login))
        self.setVisible(True)
