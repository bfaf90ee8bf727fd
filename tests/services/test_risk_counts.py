"""Counting the risks of the accounts table's rows for the dashboard chart."""

from accountregistry.domain.risks import rule
from accountregistry.services.account_list import AccountRow, RiskFlag
from accountregistry.services.risk_counts import count_risks


def flag(risk_id):
    found = rule(risk_id)
    return RiskFlag(found.id, found.title, found.severity.name, found.explanation)


def row(account_id, platform, *risk_ids, status="active"):
    return AccountRow(id=account_id, platform=platform, platform_name=platform.capitalize(), presence="page",
                      handle=f"h{account_id}", display_name="", kind="company", status=status, holder_name="",
                      next_review=None, risks=tuple(flag(r) for r in risk_ids), administrators=(), role_holders=(),
                      search_text="")


def test_each_risk_counts_its_accounts_most_first_and_equal_counts_worst_first():
    counts = count_risks([
        row(1, "linkedin", "no_active_admin", "review_overdue"),
        row(2, "linkedin", "review_overdue"),
        row(3, "facebook", "single_admin"),
        row(4, "facebook"),
    ])
    assert (counts.looked_after, counts.at_risk) == (4, 3)
    assert [(c.rule_id, c.accounts, c.severity) for c in counts.by_risk] == [
        ("review_overdue", 2, "low"), ("no_active_admin", 1, "high"), ("single_admin", 1, "medium")]
    no_admin = counts.by_risk[1]
    assert no_admin.title == "No admin" and no_admin.explanation == rule("no_active_admin").explanation


def test_a_platform_counts_each_account_once_under_its_worst_risk():
    counts = count_risks([
        row(1, "linkedin", "no_active_admin", "review_overdue"),
        row(2, "linkedin", "review_overdue"),
        row(3, "linkedin", "single_admin", "review_overdue"),
        row(4, "x", "single_admin"),
    ])
    linkedin, x = counts.by_platform
    assert (linkedin.platform, linkedin.platform_name, linkedin.accounts) == ("linkedin", "Linkedin", 3)
    assert linkedin.by_severity == {"high": 1, "medium": 1, "low": 1}
    assert x.by_severity == {"high": 0, "medium": 1, "low": 0}


def test_archived_and_closed_accounts_are_not_counted():
    counts = count_risks([row(1, "x", "review_overdue", status="archived"), row(2, "x", status="closed"),
                          row(3, "x", "review_overdue", status="dormant")])
    assert (counts.looked_after, counts.at_risk) == (1, 1)
    assert [p.accounts for p in counts.by_platform] == [1]


def test_nothing_at_risk_counts_nothing():
    counts = count_risks([row(1, "x")])
    assert (counts.at_risk, counts.by_risk, counts.by_platform) == (0, (), ())
    assert count_risks([]).looked_after == 0


def test_counted_a_slice_at_a_time_the_counts_are_the_same(monkeypatch):
    """Counted in slices (so that the window's thread gets Python's lock in between), over slices
    that split a platform's accounts and a combination of risks."""
    from accountregistry.services import account_list

    rows = [row(1, "linkedin", "no_active_admin", "review_overdue"), row(2, "x", "review_overdue"),
            row(3, "linkedin", "review_overdue"), row(4, "x", status="archived"), row(5, "linkedin", "single_admin"),
            row(6, "x", "review_overdue")]
    whole = count_risks(rows)
    for size in (1, 2, 4):
        monkeypatch.setattr(account_list, "SLICE", size)
        assert count_risks(rows) == whole
    assert (whole.looked_after, whole.at_risk) == (5, 5)
    assert [(p.platform, p.accounts) for p in whole.by_platform] == [("linkedin", 3), ("x", 2)]
