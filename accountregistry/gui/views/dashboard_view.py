"""The dashboard: what the registry holds and what is at risk, in plain counts.

On an empty registry it offers the first steps instead: the sample organisation, an import,
or starting empty.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.models.accounts_model import kind_text
from accountregistry.services.account_list import RegistrySummary

KIND_EXPLANATIONS = {
    Kind.company.value: "The company's own pages, groups and channels.",
    Kind.employee_role.value: "Accounts in which an employee is visibly present for the company.",
    Kind.personal.value: "People's own profiles; the company can never take them over.",
    None: "Nobody has recorded whose account it is yet.",
}


def number_label(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


class WelcomePanel(QFrame):
    """First steps for an empty registry."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel("<h2>This registry is empty</h2>")
        text = QLabel("Register accounts one by one from the Accounts view, or start from an example. "
                      "The sample organisation, Nordlys Rejser A/S, is a travel company with about 120 accounts "
                      "and the problems real registries have: pages with a single admin, private logins, "
                      "and leavers who still hold roles.")
        text.setWordWrap(True)
        self.sample_button = QPushButton("Create the sample organisation")
        self.sample_button.setAccessibleName("Create the sample organisation")
        self.import_button = QPushButton("Import from CSV…")
        self.import_button.setAccessibleName("Import from CSV")
        self.import_button.setEnabled(False)
        self.import_button.setToolTip("CSV import arrives with the Reports view")
        self.empty_button = QPushButton("Start empty")
        self.empty_button.setAccessibleName("Start empty")
        buttons = QHBoxLayout()
        for button in (self.sample_button, self.import_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)


class DashboardView(QWidget):
    create_sample_requested = Signal()
    start_empty_requested = Signal()
    show_at_risk_requested = Signal()
    show_accounts_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName("Organisation")
        self.welcome = WelcomePanel()
        self.welcome.setVisible(False)
        self.welcome.sample_button.clicked.connect(self.create_sample_requested)
        self.welcome.empty_button.clicked.connect(self.start_empty_requested)

        self.kinds_box = QGroupBox("Accounts looked after, by kind")
        kinds = QGridLayout(self.kinds_box)
        self.kind_counts: dict[str | None, QLabel] = {}
        for row, kind in enumerate([*(k.value for k in Kind), None]):
            count = number_label()
            count.setAccessibleName(f"{kind_text(kind)} accounts")
            name = QLabel(f"<b>{kind_text(kind)}</b><br>{html.escape(KIND_EXPLANATIONS[kind])}")
            name.setWordWrap(True)
            kinds.addWidget(count, row, 0)
            kinds.addWidget(name, row, 1)
            self.kind_counts[kind] = count
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        kinds.addWidget(self.total_label, len(self.kind_counts), 0, 1, 2)
        kinds.setColumnStretch(1, 1)
        kinds.setColumnMinimumWidth(0, 70)
        self.accounts_button = QPushButton("Show all accounts")
        self.accounts_button.setAccessibleName("Show all accounts")
        self.accounts_button.clicked.connect(self.show_accounts_requested)
        kinds.addWidget(self.accounts_button, len(self.kind_counts) + 1, 0, 1, 2,
                        Qt.AlignmentFlag.AlignLeft)

        self.people_box = QGroupBox("People")
        people = QHBoxLayout(self.people_box)
        self.people_count = number_label()
        self.people_count.setAccessibleName("People")
        people.addWidget(self.people_count)
        people_text = QLabel("people are registered: employees, leavers and external helpers who hold "
                             "or administer accounts.")
        people_text.setWordWrap(True)
        people.addWidget(people_text, 1)

        self.risks_box = QGroupBox("Accounts at risk")
        risks = QVBoxLayout(self.risks_box)
        self.at_risk_label = QLabel()
        self.at_risk_label.setWordWrap(True)
        self.at_risk_label.setAccessibleName("Accounts at risk")
        self.risk_lines = QLabel()
        self.risk_lines.setTextFormat(Qt.TextFormat.RichText)
        self.risk_lines.setAccessibleName("Risks by how many accounts they flag")
        self.at_risk_button = QPushButton("Show accounts at risk")
        self.at_risk_button.setAccessibleName("Show accounts at risk")
        self.at_risk_button.clicked.connect(self.show_at_risk_requested)
        risks.addWidget(self.at_risk_label)
        risks.addWidget(self.risk_lines)
        risks.addWidget(self.at_risk_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.counts = QWidget()
        columns = QHBoxLayout(self.counts)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.kinds_box)
        left.addWidget(self.people_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.risks_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addWidget(self.welcome)
        body.addWidget(self.counts)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_loading()

    def show_loading(self) -> None:
        self.heading.setText("<h1>Dashboard</h1><p>Counting the registry…</p>")

    def show_summary(self, organisation: str, summary: RegistrySummary, people: int, *,
                     risks_computed: bool, offer_first_steps: bool) -> None:
        name = html.escape(organisation or "Your organisation")
        self.heading.setText(f"<h1>{name}</h1>")
        self.welcome.setVisible(offer_first_steps)
        # Rows of zeros say nothing an empty registry's first steps do not say better.
        self.counts.setVisible(not offer_first_steps)
        for kind, label in self.kind_counts.items():
            label.setText(f"{summary.by_kind.get(kind, 0):,}")
        retired = summary.accounts - summary.looked_after
        total = f"{summary.looked_after:,} of {summary.accounts:,} registered accounts are looked after"
        self.total_label.setText(total + (f"; {retired:,} archived or closed are not counted." if retired else "."))
        self.people_count.setText(f"{people:,}")
        self.risks_box.setVisible(risks_computed)
        if summary.at_risk:
            self.at_risk_label.setText(
                f"<b>{summary.at_risk:,}</b> of {summary.looked_after:,} accounts looked after are at risk. "
                "How many accounts each risk flags:")
            lines = "".join(f"<tr><td align='right'><b>{count:,}</b>&nbsp;&nbsp;</td><td>{html.escape(title)}</td></tr>"
                            for title, count in summary.by_risk)
            self.risk_lines.setText(f"<table>{lines}</table>")
        else:
            self.at_risk_label.setText("No account looked after is at risk." if summary.looked_after
                                       else "Nothing to assess yet.")
            self.risk_lines.setText("")
        self.risk_lines.setVisible(bool(summary.at_risk))
        self.at_risk_button.setEnabled(bool(summary.at_risk))
        self.accounts_button.setEnabled(bool(summary.accounts))
