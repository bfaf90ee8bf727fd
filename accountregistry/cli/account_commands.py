"""`register`: one account from its address, with a warning when it may already be registered
under its other name (services/similar_accounts.py)."""

from __future__ import annotations

import sys

from accountregistry.domain.vocabulary import Kind, Presence

# Services and the store are imported when the command runs (see cli/__init__.py).


def register(commands) -> None:
    add = commands.add_parser("register", help="register one account from its address (or --platform and "
                                               "--handle)")
    add.add_argument("address", metavar="ADDRESS", nargs="?", help="the account's web address, as pasted")
    add.add_argument("--platform", help="the platform, when typing a handle instead of an address")
    add.add_argument("--handle", help="the account's handle on --platform")
    add.add_argument("--presence", help="profile, page, group or channel (default: what the address shows)")
    add.add_argument("--display-name", metavar="NAME", help="the account's name as the platform shows it")
    add.add_argument("--kind", choices=[k.value for k in Kind], help="whose account it is")
    add.set_defaults(run=run_register)


def run_register(args) -> int:
    from accountregistry.services.accounts import AccountInput, register_account
    from accountregistry.services.similar_accounts import similar_accounts
    from accountregistry.store.schema import opened

    data = AccountInput(url=args.address, platform=args.platform, handle=args.handle, presence=args.presence,
                        display_name=args.display_name, kind=args.kind)
    with opened(args.db) as db:
        account = register_account(db, data)
        warnings = similar_accounts(db, platform=account.platform, handle=account.handle, url=account.url,
                                    display_name=account.display_name, exclude_id=account.id)
    for warning in warnings:
        print(f"accountregistry: warning: {warning.sentence()}", file=sys.stderr)
    print(f"Registered account {account.id}: {account.platform} {Presence(account.presence).value} {account.handle} "
          f"({account.url}).")
    return 0
