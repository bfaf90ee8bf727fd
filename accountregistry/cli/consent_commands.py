"""`consent give | withdraw | list`: ambassador consent for a holder's own profile.

    consent give ACCOUNT [--scope SCOPE[,SCOPE…]] [--asked-by EMAIL] [--on DATE]
    consent withdraw ACCOUNT [--on DATE] [--note TEXT] [--unlist]
    consent list [--format table|csv|json] [--person EMAIL]

ACCOUNT is an account's id or any address of it. A withdrawal is never refused.
"""

from __future__ import annotations

import sys
from datetime import date

from accountregistry.cli.arguments import read_date, say
from accountregistry.cli.credentials_commands import describe

# Services, the store and their libraries are imported inside each command's function, when it runs.
SCOPES = ("share_company_posts", "name_employer", "social_selling")  # store/models.py CONSENT_SCOPES; a test compares


def register(commands) -> None:
    group = commands.add_parser("consent", help="a holder's consent to ambassador work on their own profile")
    actions = group.add_subparsers(dest="consent_command", metavar="ACTION", required=True, parser_class=type(group))
    give = actions.add_parser("give", help="record the holder's consent for a personal profile")
    give.add_argument("account", metavar="ACCOUNT", help="the profile's id or address")
    give.add_argument("--scope", action="append", metavar="SCOPE",
                      help="what the company may ask, comma-separated or repeated: " + ", ".join(SCOPES))
    give.add_argument("--asked-by", metavar="EMAIL", help="work email of who asked for the consent")
    give.add_argument("--on", metavar="DATE", help="when the consent was given (default: today)")
    give.set_defaults(run=run_give)
    withdraw = actions.add_parser("withdraw", help="record that the holder withdrew their consent (never refused)")
    withdraw.add_argument("account", metavar="ACCOUNT", help="the profile's id or address")
    withdraw.add_argument("--on", metavar="DATE", help="from when (default: today)")
    withdraw.add_argument("--note", metavar="TEXT", help="the holder's reason, or how they said it")
    withdraw.add_argument("--unlist", action="store_true", help="also take the profile off the ambassador list")
    withdraw.set_defaults(run=run_withdraw)
    listing = actions.add_parser("list", help="the consent register: who, which profile, given, withdrawn")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.add_argument("--person", metavar="EMAIL", help="only this holder's records")
    listing.set_defaults(run=run_list)


def _profile(line) -> str:
    return f"{line.platform} {line.handle} (account {line.account_id})"


def run_give(args) -> int:
    from accountregistry.domain.messages import Phrase
    from accountregistry.services.accounts import find_account
    from accountregistry.services.consent import ConsentInput, give_consent, scope_names
    from accountregistry.services.people import find_by_email
    from accountregistry.store.schema import opened

    given_on = read_date("on", args.on, "Consent given on")
    with opened(args.db, create=False) as db:
        account = find_account(db, args.account)
        asked_by = find_by_email(db, args.asked_by).id if args.asked_by else None
        record = give_consent(db, account.id, ConsentInput(given_on=given_on, scope=scope_names(args.scope),
                                                           asked_by_id=asked_by))
    agreed = [name for name in SCOPES if getattr(record, name)]
    say("cli_consent_recorded", profile=describe(account.id, account.platform, account.handle),
        day=record.given_on.isoformat(), scope=agreed or Phrase("cli_nothing_named"))
    return 0


def run_withdraw(args) -> int:
    from accountregistry.domain.messages import Phrase
    from accountregistry.services.accounts import find_account
    from accountregistry.services.consent import withdraw_consent
    from accountregistry.store.schema import opened

    on = read_date("on", args.on, "Consent withdrawn on")
    with opened(args.db, create=False) as db:
        account = find_account(db, args.account)
        record = withdraw_consent(db, account.id, on=on, note=args.note, unlist=args.unlist)
    listed = Phrase("cli_profile_unlisted" if args.unlist else "cli_profile_still_listed" if account.ambassador
                    else "cli_profile_not_listed")
    asked = on or date.today()
    profile = describe(account.id, account.platform, account.handle)
    if record.withdrawn_on != max(asked, record.given_on or asked):  # withdrawn before: kept as recorded
        say("cli_consent_already_withdrawn", profile=profile, day=record.withdrawn_on.isoformat(), listed=listed)
    else:
        say("cli_consent_withdrawn", profile=profile, day=record.withdrawn_on.isoformat(), listed=listed)
    return 0


def run_list(args) -> int:
    import json

    from accountregistry.services.consent import consent_csv, consent_lines
    from accountregistry.services.people import find_by_email
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        person_id = find_by_email(db, args.person).id if args.person else None
        lines = consent_lines(db, person_id=person_id)
    if args.format == "csv":
        sys.stdout.write(consent_csv(lines, ","))
    elif args.format == "json":
        json.dump([_as_json(line) for line in lines], sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif not lines:
        say("cli_no_consent")
    else:
        _table(lines)
    return 0


def _as_json(line) -> dict:
    def day(value):
        return value.isoformat() if value else None

    return {"account_id": line.account_id, "profile": line.url, "holder": line.holder_name,
            "holder_email": line.holder_email, "given_on": day(line.given_on), "scope": list(line.scope),
            "asked_by": line.asked_by_email, "withdrawn_on": day(line.withdrawn_on),
            "withdrawal_note": line.withdrawal_note, "recorded_by": line.recorded_by}


def _table(lines) -> None:
    # Tab-separated with a header: readable at a terminal, and cut/awk/spreadsheets read it as is.
    print("\t".join(("holder", "profile", "given_on", "scope", "asked_by", "withdrawn_on", "note")))
    for line in lines:
        print("\t".join((line.holder_name or "", _profile(line),
                         line.given_on.isoformat() if line.given_on else "", ",".join(line.scope),
                         line.asked_by_name or "", line.withdrawn_on.isoformat() if line.withdrawn_on else "",
                         " ".join((line.withdrawal_note or "").split()))))
