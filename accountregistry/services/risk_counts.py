"""What the dashboard's risk chart counts, from the rows the window already holds.

The accounts table's rows carry each account's risks (services.account_list), so the chart
needs no second read of the registry: it is summed from their Tally (a few thousand keys).
Counts leave out archived and closed accounts, as the dashboard's other numbers do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from accountregistry.domain.risks import RULES_BY_SEVERITY, Severity
from accountregistry.services.account_list import AccountColumns, AccountRow, RiskFlag, Tally

SEVERITIES: tuple[str, ...] = tuple(s.name for s in sorted(Severity, reverse=True))  # worst first
_RULE_ORDER = {rule.id: place for place, rule in enumerate(RULES_BY_SEVERITY)}
_RANK = {s.name: s.value for s in Severity}


@dataclass(frozen=True)
class RiskCount:
    """How many accounts looked after one risk rule flags."""

    rule_id: str
    title: str
    severity: str  # "high", "medium" or "low"
    explanation: str
    accounts: int


@dataclass(frozen=True)
class PlatformRisk:
    """The accounts at risk on one platform, each counted once under its worst risk's severity."""

    platform: str
    platform_name: str
    by_severity: dict[str, int]  # every severity present, zero included

    @property
    def accounts(self) -> int:
        return sum(self.by_severity.values())


@dataclass(frozen=True)
class RiskCounts:
    looked_after: int
    at_risk: int
    by_risk: tuple[RiskCount, ...]  # most accounts first; equal counts worst severity first
    by_platform: tuple[PlatformRisk, ...]  # most accounts at risk first; platforms with none left out


def count_risks(accounts: AccountColumns | Iterable[AccountRow] | Tally) -> RiskCounts:
    tally = Tally.of(accounts)
    combinations = tally.combinations()
    per_rule: Counter[str] = Counter()
    flags: dict[str, RiskFlag] = {}
    worst: dict[tuple[RiskFlag, ...], str] = {}  # each combination's worst severity (the first of them)
    for risks, rows in combinations.items():
        for flag in risks or ():
            per_rule[flag.id] += rows
            flags.setdefault(flag.id, flag)
        if risks:
            worst[risks] = max(risks, key=lambda flag: _RANK.get(flag.severity, 0)).severity
    per_platform: dict[str, Counter[str]] = {}
    for platform, risks, rows in tally.looked_after():
        if risks:
            per_platform.setdefault(platform, Counter())[worst[risks]] += rows
    by_risk = tuple(sorted(
        (RiskCount(rule_id=rule_id, title=flags[rule_id].title, severity=flags[rule_id].severity,
                   explanation=flags[rule_id].explanation, accounts=count) for rule_id, count in per_rule.items()),
        key=lambda c: (-c.accounts, _RULE_ORDER.get(c.rule_id, len(_RULE_ORDER)))))
    by_platform = tuple(sorted(
        (PlatformRisk(platform=platform, platform_name=tally.platform_names[platform],
                      by_severity={severity: counts.get(severity, 0) for severity in SEVERITIES})
         for platform, counts in per_platform.items()),
        key=lambda p: (-p.accounts, p.platform_name.casefold())))
    at_risk = sum(rows for risks, rows in combinations.items() if risks)
    return RiskCounts(looked_after=combinations.total(), at_risk=at_risk, by_risk=by_risk, by_platform=by_platform)
