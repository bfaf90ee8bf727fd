"""`demo`: fill a database with a sample organisation, so a newcomer sees the product work."""

from __future__ import annotations

from accountregistry.cli.arguments import say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.


def register(commands) -> None:
    demo = commands.add_parser("demo", help="fill an empty database with a realistic sample organisation")
    demo.set_defaults(run=run_demo)


def run_demo(args) -> int:
    from accountregistry.services.demo import fill_with_sample_organisation
    from accountregistry.store.schema import opened
    
    with opened(args.db) as db:
        summary = fill_with_sample_organisation(db)
    say("cli_demo_filled", where=db.describe(), organisation=summary.organisation, people=summary.people,
        accounts=summary.accounts, roles=summary.roles)
    return 0
