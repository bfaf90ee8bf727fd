"""The dashboard: what the registry holds and what is at risk, in counts and in a chart.

On an empty registry it offers the first steps instead: the sample organisation, an import,
or starting empty. Other parts of the window add their own panels with `add_panel`: in the left
column, below the people and the policy, beside the risk chart (which is taller), so that they are in sight at
the default window size.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accountregistry.domain.vocabulary import Kind
from accountregistry.gui.formatting import format_date, format_number
from accountregistry.gui.models.accounts_model import kind_text, unread_text
from accountregistry.gui.widgets.notices import AnonymisationNotice, DomainsNotice, OverdueNotice
from accountregistry.gui.widgets.first_start import OrganisationStep
from accountregistry.gui.widgets.leavers_panel import LeaversPanel
from accountregistry.gui.widgets.risk_chart import RiskChart
from accountregistry.services.account_list import RegistrySummary
from accountregistry.services.policy import PolicySummary
from accountregistry.services.risk_counts import RiskCounts
from accountregistry.gui.widgets.dialog_parts import chain_tab_order, named, plain_label, push_button

# Translated when shown (QT_TRANSLATE_NOOP only marks them for lupdate).
KIND_EXPLANATIONS = {
    Kind.company.value: QT_TRANSLATE_NOOP("DashboardView", "The company's own pages, groups and channels."),
    Kind.employee_role.value: QT_TRANSLATE_NOOP(
        "DashboardView", "Accounts in which an employee is visibly present for the company."),
    Kind.personal.value: QT_TRANSLATE_NOOP(
        "DashboardView", "People's own profiles; the company can never take them over."),
    None: QT_TRANSLATE_NOOP("DashboardView", "Nobody has recorded whose account it is yet."),
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
    """First steps for an empty registry: the organisation (skippable), then how to fill it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel("<h2>{}</h2>".format(html.escape(self.tr("Set up this registry"))))
        first = QLabel("<b>{}</b>".format(html.escape(self.tr("1. Your organisation"))))
        first_text = plain_label(self.tr("Its name, the email domains its logins should use (the “Private login” "
                                         "risk needs them) and whose public holidays due dates skip. Skip this if "
                                         "you like."))
        self.organisation = OrganisationStep()
        second = QLabel("<b>{}</b>".format(html.escape(self.tr("2. Fill the registry"))))
        text = plain_label(self.tr("Register accounts one by one from the Accounts view, import them from a "
                                   "spreadsheet, or start from an example. The sample organisation, Nordlys Rejser "
                                   "A/S, is a travel company with about 120 accounts and the problems real "
                                   "registries have: pages with a single admin, private logins, and leavers who "
                                   "still hold roles."))
        self.people_button = push_button(self.tr("Import people from HR…"), self.tr("Import people from HR"))
        self.people_button.setToolTip(self.tr("Import the organisation's people from a spreadsheet (CSV, Excel or LibreOffice) "
                                              "with the columns name, work_email, department, title, manager_email, "
                                              "employment_status, last_working_day; you see a preview first"))
        self.sample_button = push_button(self.tr("Create the sample organisation"),
                                         self.tr("Create the sample organisation"))
        self.import_button = push_button(self.tr("Import accounts…"), self.tr("Import accounts"))
        self.import_button.setToolTip(self.tr("Import accounts from a spreadsheet (CSV, Excel or LibreOffice); you see a preview "
                                              "before anything is written"))
        self.empty_button = push_button(self.tr("Start empty"), self.tr("Start empty"))
        buttons = QHBoxLayout()
        for button in (self.people_button, self.import_button, self.sample_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(first)
        layout.addWidget(first_text)
        layout.addWidget(self.organisation)
        layout.addSpacing(12)
        layout.addWidget(second)
        layout.addWidget(text)
        layout.addLayout(buttons)


class DashboardView(QWidget):
    create_sample_requested = Signal()
    start_empty_requested = Signal()
    show_at_risk_requested = Signal()
    show_accounts_requested = Signal()
    import_requested = Signal()  # the welcome panel's "Import accounts…": the window opens the import
    settings_requested = Signal()  # "Set email domains…": the window opens the organisation settings
    import_people_requested = Signal()  # the welcome panel's "Import people from HR…"
    overdue_requested = Signal()  # "Show overdue items": the window opens the offboarding concerned
    anonymisation_requested = Signal()  # "Show people due…": the window opens the list of people due
    policy_requested = Signal()  # the policy box's "Policy…": the window opens the policy register

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Organisation"))
        self.welcome = WelcomePanel()
        self.domains_notice = DomainsNotice()
        self.domains_notice.clicked.connect(self.settings_requested)
        self.overdue_notice = OverdueNotice()
        self.overdue_notice.clicked.connect(self.overdue_requested)
        self.anonymisation_notice = AnonymisationNotice()
        self.anonymisation_notice.clicked.connect(self.anonymisation_requested)
        self._domains_missing = False
        self.welcome.setVisible(False)
        self.welcome.sample_button.clicked.connect(self.create_sample_requested)
        self.welcome.import_button.clicked.connect(self.import_requested)
        self.welcome.people_button.clicked.connect(self.import_people_requested)
        self.welcome.empty_button.clicked.connect(self.start_empty_requested)

        self.kinds_box = QGroupBox(self.tr("Accounts looked after, by kind"))
        kinds = QGridLayout(self.kinds_box)
        self.kind_counts: dict[str | None, QLabel] = {}
        for row, kind in enumerate([*(k.value for k in Kind), None]):
            count = number_label()
            count.setAccessibleName(self.tr("{kind} accounts").format(kind=kind_text(kind)))
            explanation = QCoreApplication.translate("DashboardView", KIND_EXPLANATIONS[kind])
            name = QLabel(f"<b>{html.escape(kind_text(kind))}</b><br>{html.escape(explanation)}")
            name.setWordWrap(True)
            kinds.addWidget(count, row, 0)
            kinds.addWidget(name, row, 1)
            self.kind_counts[kind] = count
        self.total_label = plain_label()
        kinds.addWidget(self.total_label, len(self.kind_counts), 0, 1, 2)
        kinds.setColumnStretch(1, 1)
        kinds.setColumnMinimumWidth(0, 70)
        self.accounts_button = push_button(self.tr("Show all accounts"), self.tr("Show all accounts"),
                                           self.show_accounts_requested)
        kinds.addWidget(self.accounts_button, len(self.kind_counts) + 1, 0, 1, 2,
                        Qt.AlignmentFlag.AlignLeft)

        self.people_box = QGroupBox(self.tr("People"))
        people = QHBoxLayout(self.people_box)
        self.people_count = named(number_label(), self.tr("People"))
        people.addWidget(self.people_count)
        people_text = plain_label(self.tr("people are registered: employees, leavers and external helpers who hold "
                                          "or administer accounts."))
        people.addWidget(people_text, 1)

        # The social-media policy in force, and how many account holders acknowledged it.
        self.policy_box = QGroupBox(self.tr("Social-media policy"))
        policy = QHBoxLayout(self.policy_box)
        self.policy_share = named(number_label(), self.tr("Acknowledged the policy"))
        self.policy_text = plain_label()
        self.policy_button = push_button(self.tr("Polic&y…"), self.tr("Social-media policy"), self.policy_requested,
                                         tip=self.tr("Record a version of the policy and who acknowledged it"))
        policy.addWidget(self.policy_share)
        policy.addWidget(self.policy_text, 1)
        policy.addWidget(self.policy_button, 0, Qt.AlignmentFlag.AlignTop)

        self.risks_box = QGroupBox(self.tr("Accounts at risk"))
        risks = QVBoxLayout(self.risks_box)
        self.at_risk_label = QLabel()
        self.at_risk_label.setWordWrap(True)
        self.at_risk_label.setAccessibleName(self.tr("Accounts at risk"))
        self.chart = RiskChart()
        self.chart.setToolTip("")  # each bar has its own, shown on hover
        self.at_risk_button = push_button(self.tr("Show accounts at risk"), self.tr("Show accounts at risk"),
                                          self.show_at_risk_requested)
        risks.addWidget(self.at_risk_label)
        risks.addWidget(self.chart)
        risks.addWidget(self.at_risk_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.counts = QWidget()
        columns = QHBoxLayout(self.counts)
        columns.setContentsMargins(0, 0, 0, 0)
        self.left = left = QVBoxLayout()
        left.addWidget(self.kinds_box)
        left.addWidget(self.people_box)
        left.addWidget(self.policy_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.risks_box)
        right.addStretch(1)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)  # the chart needs the room more than the counts do

        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.overdue_notice)
        self.body.addWidget(self.anonymisation_notice)
        self.body.addWidget(self.domains_notice)
        self.body.addWidget(self.welcome)
        self.body.addWidget(self.counts)
        self._panels: list[QWidget] = []
        self.body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (an invisible, nameless one): it scrolls to the focused control.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        # Drawn with the window's background, not each filling its own: two opaque widgets of their
        # own were painted again after the window's pass, the dashboard twice at its first show.
        for part in (scroll.viewport(), content):
            part.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        chain_tab_order([self.accounts_button, self.chart, self.at_risk_button])
        # HR's first question: who leaves soon with accounts still unsettled. The main window
        # gives it the database and follows its choice to the offboarding.
        self.leavers_panel = LeaversPanel()
        self.add_panel(self.leavers_panel)
        self.show_loading()

    def add_panel(self, widget: QWidget) -> None:
        """Show another part's panel below the people and the policy (after panels added before it)."""
        at = self.left.indexOf(self.policy_box) + 1 + len(self._panels)
        self.left.insertWidget(at, widget)
        self._panels.append(widget)

    def show_loading(self, failed: bool = False) -> None:
        """Until the numbers are counted, say so: never a zero or "nothing at risk" that is not true;
        if their read `failed`, that they could not be read (nothing reads them until F5)."""
        loading = unread_text(failed)
        self.heading.setText("<h1>{}</h1><p>{}</p>".format(html.escape(self.tr("Dashboard")), html.escape(
            loading if failed else self.tr("Counting the registry…"))))
        for label in (*self.kind_counts.values(), self.people_count):
            label.setText("–" if failed else "…")
            label.setAccessibleDescription(loading)
        self.total_label.setText(loading)
        self.at_risk_label.setText(loading)
        self.chart.setVisible(False)
        self.at_risk_button.setEnabled(False)
        self.accounts_button.setEnabled(False)

    def show_summary(self, organisation: str, summary: RegistrySummary, people: int, *,
                     offer_first_steps: bool, risk_counts: RiskCounts | None = None, failed: bool = False) -> None:
        """`risk_counts` (counted with the accounts table, services.risk_counts) are the chart's;
        None while the risks are still being read (no chart, never one of zeros), or if a read `failed`."""
        name = html.escape(organisation or self.tr("Your organisation"))
        self.heading.setText(f"<h1>{name}</h1>")
        self.welcome.setVisible(offer_first_steps)
        self.domains_notice.setVisible(self._domains_missing and not offer_first_steps)
        # Rows of zeros say nothing an empty registry's first steps do not say better.
        self.counts.setVisible(not offer_first_steps)
        self.leavers_panel.setVisible(not offer_first_steps)
        for kind, label in self.kind_counts.items():
            label.setText(format_number(summary.by_kind.get(kind, 0)))
            label.setAccessibleDescription("")
        retired = summary.accounts - summary.looked_after
        if retired:
            total = self.tr("{looked_after} of {accounts} registered accounts are looked after; {retired} archived "
                            "or closed are not counted.")
        else:
            total = self.tr("{looked_after} of {accounts} registered accounts are looked after.")
        self.total_label.setText(total.format(looked_after=format_number(summary.looked_after),
                                              accounts=format_number(summary.accounts),
                                              retired=format_number(retired)))
        self.people_count.setText(format_number(people))
        self.people_count.setAccessibleDescription("")
        if summary.at_risk is None:  # the risks are still being read, or could not be
            self.at_risk_label.setText(unread_text(failed))
        elif summary.at_risk:
            self.at_risk_label.setText(self.tr(
                "<b>{at_risk}</b> of {looked_after} accounts looked after are at risk. Hover over a bar, or move "
                "to it with the arrow keys, to see what the risk means and what to do.").format(
                at_risk=format_number(summary.at_risk), looked_after=format_number(summary.looked_after)))
        else:
            self.at_risk_label.setText(self.tr("No account looked after is at risk.") if summary.looked_after
                                       else self.tr("Nothing to assess yet."))
        if risk_counts is None:
            self.chart.setVisible(False)
        else:
            self.show_risk_counts(risk_counts)
        self.at_risk_button.setEnabled(bool(summary.at_risk))
        self.accounts_button.setEnabled(bool(summary.accounts))

    def show_policy(self, summary: PolicySummary | None) -> None:
        """The version in force and the share of account holders who acknowledged it."""
        version = summary.version if summary is not None else None
        if version is None:
            self.policy_share.setText("–")
            self.policy_text.setText(self.tr("No social-media policy is in force. Record one under “Policy…”."))
            return
        share = round(100 * summary.acknowledged / summary.holders) if summary.holders else 100
        self.policy_share.setText(self.tr("{share} %").format(share=format_number(share)))
        self.policy_text.setText(self.tr(
            "of account holders acknowledged version {version}, in force since {day} (approved by {approver}): "
            "{acknowledged} of {holders}.").format(
                version=format_number(version.version), day=format_date(version.effective_on),
                approver=version.approved_by, acknowledged=format_number(summary.acknowledged),
                holders=format_number(summary.holders)))

    def show_domains_missing(self, missing: bool) -> None:
        """Say that the "Private login" risk is off while the organisation has no email domains."""
        self._domains_missing = missing
        self.domains_notice.setVisible(missing and not self.welcome.isVisibleTo(self))

    def show_risk_counts(self, counts: RiskCounts) -> None:
        self.chart.set_counts(counts)
        self.chart.setVisible(bool(counts.at_risk))
