"""The dashboard's social-media policy box: the version in force and the share of account holders
who acknowledged it, or that none is in force."""

from datetime import date

from accountregistry.gui.views.dashboard_view import DashboardView
from accountregistry.services.policy import PolicySummary
from accountregistry.store.models import PolicyVersion


def test_the_box_shows_the_share_or_that_no_policy_is_in_force(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.show_policy(PolicySummary(version=None, holders=12, acknowledged=0))
    assert view.policy_share.text() == "–" and "No social-media policy is in force" in view.policy_text.text()
    version = PolicyVersion(id=1, version=2, effective_on=date(2026, 11, 1), approved_by="Birgitte Holm",
                            recorded_by="tester")
    view.show_policy(PolicySummary(version=version, holders=8, acknowledged=3))
    assert view.policy_share.text() == "38 %"
    assert "version 2" in view.policy_text.text() and "3 of 8" in view.policy_text.text()
    view.show_policy(PolicySummary(version=version, holders=0, acknowledged=0))
    assert view.policy_share.text() == "100 %"  # nobody holds an account: nobody is missing
