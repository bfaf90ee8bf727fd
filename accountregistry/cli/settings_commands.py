"""`settings`: the organisation's settings from a script or a terminal.

    settings show [--format table|json]
    settings set [--name TEXT] [--domains d1,d2] [--review-interval MONTHS] [--holidays DK|SE|NO|none]
                 [--closing-days "24.12, 31.12"] [--retention-months N]
"""

from __future__ import annotations

import argparse

from accountregistry.cli.arguments import say

# Services and the store are imported when a command runs: parsing and --help stay quick.
NO_COUNTRY = "none"  # as services/organisation.NO_COUNTRY


def register(commands) -> None:
    settings = commands.add_parser("settings", help="show or change the organisation's settings")
    steps = settings.add_subparsers(dest="settings_command", metavar="STEP", required=True)
    show = steps.add_parser("show", help="print the organisation's settings")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(run=run_show)

    change = steps.add_parser("set", help="change one or more settings (the others stay as they are)")
    change.add_argument("--name", metavar="TEXT", help="the organisation's name")
    change.add_argument("--domains", metavar="D1,D2",
                        help="the company's email domains, comma-separated (an address or web address "
                             "is reduced to its domain); an empty value clears them")
    change.add_argument("--review-interval", metavar="MONTHS",
                        help="default months between reviews of an account (1 to 60)")
    change.add_argument("--holidays", metavar="COUNTRY",
                        help="whose public holidays due dates skip: DK, SE, NO or none")
    change.add_argument("--closing-days", metavar="DAYS",
                        help="the company's closing days, comma-separated: 24.12 every year, 2027-05-07 once; "
                             "replaces the list (an empty value clears it)")
    change.add_argument("--retention-months", metavar="N",
                        help="months that what is kept about people who left is kept (1 to 120)")
    change.set_defaults(run=run_set, parser=change)


def _items(text: str | None) -> list[str] | None:
    return None if text is None else [part for part in text.split(",") if part.strip()]


def run_set(args: argparse.Namespace) -> int:
    from accountregistry.domain.errors import ValidationError
    from accountregistry.services import organisation
    from accountregistry.services.organisation import SettingsInput
    from accountregistry.store.schema import opened

    data = SettingsInput(name=args.name, email_domains=_items(args.domains),
                         default_review_interval_months=args.review_interval,
                         holidays_country=args.holidays, closing_days=_items(args.closing_days),
                         retention_months=args.retention_months)
    if all(value is None for value in vars(data).values()):
        args.parser.error("say what to change, e.g. --name \"Acme A/S\" --domains acme.dk")
    try:
        organisation.check_settings(data)  # refused before a registry file is opened, or made
    except ValidationError as error:
        raise _labelled(error) from None
    with opened(args.db, create=True) as db:
        before = organisation.get_settings(db)
        before_values = _shown(before)
        after = organisation.update_settings(db, data)
        changed = {key: value for key, value in _shown(after).items() if before_values[key] != value}
    if not changed:
        say("cli_settings_unchanged")
        return 0
    from accountregistry.cli.words import keys

    named = keys(organisation.LABELS)
    for key, value in changed.items():
        print(f"{named[key]}: {value or '—'}")
    return 0


def _labelled(error):
    """The refusal with each setting named as the settings page names it (its Label, which the
    command line prints before the sentence unless the sentence names it already)."""
    from accountregistry.domain.errors import Problem, ValidationError
    from accountregistry.services.organisation import LABELS

    return ValidationError({field: Problem(problem.code, {"label": LABELS[field], **problem.params})
                            if field in LABELS else problem for field, problem in error.problems.items()})


def _shown(settings) -> dict[str, str]:
    from accountregistry.services import organisation

    return {
        "name": settings.name,
        "email_domains": ", ".join(sorted(organisation.company_domains(settings))),
        "default_review_interval_months": str(settings.default_review_interval_months),
        "holidays_country": settings.holidays_country.value if settings.holidays_country else NO_COUNTRY,
        "closing_days": ", ".join(day.typed() for day in organisation.closing_days(settings)),
        "retention_months": str(settings.retention_months),
    }


def run_show(args: argparse.Namespace) -> int:
    import json

    from accountregistry.services import organisation
    from accountregistry.store.schema import opened

    # One row in SQL: neither the models nor the ORM are loaded (issue 16: a light command).
    with opened(args.db, create=False, reads=(organisation.SETTINGS_TABLE,)) as db:
        settings = organisation.read_settings(db)
    shown = _shown(settings)
    if args.format == "json":
        values = dict(shown)
        values["email_domains"] = sorted(organisation.company_domains(settings))
        values["closing_days"] = [day.stored() for day in organisation.closing_days(settings)]
        values["default_review_interval_months"] = settings.default_review_interval_months
        values["retention_months"] = settings.retention_months
        values["holidays_country"] = settings.holidays_country.value if settings.holidays_country else None
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    from accountregistry.cli.words import keys

    named = keys(organisation.LABELS)
    width = max(len(named[key]) for key in shown)
    for key, value in shown.items():
        print(f"{named[key].ljust(width)}  {value or '—'}")
    if not settings.email_domains:
        say("cli_no_domains_note")
    return 0
