"""`risks` and `review`: what is at risk, and the periodic confirmation that records are true.

`risks --fail-on SEVERITY` exits with EXIT_RISKS_FOUND when a risk of that severity or worse
exists, so a script or a scheduled job can stop or alert on it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from accountregistry.cli.arguments import built, say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.

EXIT_RISKS_FOUND = 3
RISKS_CSV_HEADER = ("account_id", "platform", "handle", "severity", "risk", "title", "explanation", "what_to_do")


def register(commands) -> None:
    risks = commands.add_parser("risks", help="list every account's risks (one line per account and risk)")
    review = commands.add_parser("review", help="periodic reviews: what is due, and marking accounts reviewed")
    if not built(risks) and not built(review):
        return
    from accountregistry.domain.vocabulary import GROUP_BY_CHOICES, Severity

    severities = [s.name for s in Severity]
    risks.add_argument("--format", choices=("table", "csv"), default="table",
                       help="a table for people (default) or CSV for other programs")
    risks.add_argument("--fail-on", choices=severities, metavar="SEVERITY",
                       help=f"exit with status {EXIT_RISKS_FOUND} if any risk is this severe or worse "
                            f"({', '.join(severities)})")
    risks.set_defaults(run=run_risks)

    steps = review.add_subparsers(dest="review_command", metavar="STEP", required=True)
    due = steps.add_parser("due", help="list the accounts due for review, grouped")
    due.add_argument("--group-by", choices=GROUP_BY_CHOICES, default="holder",
                     help="group by the account's holder (default) or its responsible unit")
    due.add_argument("-o", "--output", metavar="FILE", type=Path,
                     help="write the round as a CSV checklist to FILE instead of listing it")
    due.set_defaults(run=run_review_due)
    mark = steps.add_parser("mark", help="record that an account's record was confirmed today")
    mark.add_argument("account", metavar="ACCOUNT", help="the account's id or address")
    mark.add_argument("--note", metavar="TEXT", help="what was checked, kept in the audit trail")
    mark.set_defaults(run=run_review_mark)


def run_risks(args) -> int:
    from accountregistry.services.accounts import count_accounts
    from accountregistry.services.organisation import company_domains, get_settings
    from accountregistry.services.people import record_departures_where_allowed
    from accountregistry.services.risks import assess
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        record_departures_where_allowed(db)
        assessed = [(facts, risks) for facts, risks in assess(db) if risks]
        rule_off = not company_domains(get_settings(db)) and count_accounts(db) > 0
    if rule_off:
        # On stderr: a CSV on stdout stays what other programs read.
        say("cli_private_login_off", out=sys.stderr)
    if args.format == "csv":
        _write_csv(assessed)
    else:
        _write_table(assessed)
    if args.fail_on is None:
        return 0
    from accountregistry.domain.vocabulary import Severity

    threshold = Severity[args.fail_on]
    failing = Counter()
    for facts, risks in assessed:
        for risk in risks:
            if risk.severity >= threshold:
                failing[facts.id] += 1
    if not failing:
        return 0
    found = sum(failing.values())
    say("cli_risks_failing", severity=threshold, risks=found, accounts=len(failing), out=sys.stderr)
    return EXIT_RISKS_FOUND


def _write_csv(assessed) -> None:
    from accountregistry.cli.csv_output import write_csv

    write_csv(RISKS_CSV_HEADER, ((facts.id, facts.platform, facts.handle, risk.severity.name, risk.id, risk.title,
                                  risk.explanation, risk.what_to_do) for facts, risks in assessed for risk in risks))


def _write_table(assessed) -> None:
    if not assessed:
        say("cli_no_risks")
        return
    from accountregistry.cli.words import RISK_HEADINGS
    from accountregistry.domain.messages import format_value
    from accountregistry.language import ENGLISH, current_language, translate

    rows = [(str(facts.id), facts.platform, facts.handle, translate("Risk", str(risk.severity)),
             translate("Risk", risk.title)) for facts, risks in assessed for risk in risks]
    header = tuple(format_value(heading).upper() if current_language() == ENGLISH else format_value(heading)
                   for heading in RISK_HEADINGS)
    # Very long handles (sites under "other") would push every row's risk off the screen.
    widths = [min(max(len(row[i]) for row in [header, *rows]), 40) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1])
    accounts = len(assessed)
    say("cli_risks_summary", risks=len(rows), accounts=accounts)


def run_review_due(args) -> int:
    from accountregistry.domain.messages import sentence
    from accountregistry.services.reviews import NO_HOLDER, NO_UNIT, review_round, write_review_checklist
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        groups = review_round(db, group_by=args.group_by)
    count = sum(len(group.items) for group in groups)
    if args.output is not None:
        target = write_review_checklist(groups, args.output)
        say("cli_review_checklist_written", path=target, count=count, groups=len(groups))
        return 0
    if not groups:
        say("cli_no_review_due")
        return 0
    from accountregistry.language import translate

    for group in groups:
        # "No holder" as the window's review round says it (its catalogue context); a name as it is.
        name = translate("ReviewRoundDialog", group.name) if group.name in (NO_HOLDER, NO_UNIT) else group.name
        print(f"{name} ({len(group.items)})")
        for item in group.items:
            last = item.last_reviewed_on.isoformat() if item.last_reviewed_on else sentence("cli_never")
            say("cli_review_row", id=f"{item.account_id:>6}", day=item.next_review_due.isoformat(), last=f"{last:<10}",
                platform=f"{item.platform:<10}", handle=item.handle)
    say("cli_reviews_due", count=count)
    return 0


def run_review_mark(args) -> int:
    from accountregistry.services.accounts import find_account
    from accountregistry.services.reviews import mark_reviewed
    from accountregistry.services.risks import review_due_on
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        account = find_account(db, args.account)
        mark_reviewed(db, account.id, note=args.note)
        due = review_due_on(db, account.id)
    say("cli_marked_reviewed", platform=account.platform, handle=account.handle, id=account.id, day=due.isoformat())
    return 0

