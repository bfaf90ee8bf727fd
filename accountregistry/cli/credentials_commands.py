"""`credentials set | status | rotated`: company logins in the operating system's keyring.

The secret is read from standard input only, never from an argument: arguments show up in
`ps`, in shell history and in process accounting.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone

from accountregistry.cli.arguments import built, say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.


def register(commands) -> None:
    group = commands.add_parser("credentials", help="company logins kept in the operating system's keyring")
    actions = group.add_subparsers(dest="credentials_command", metavar="ACTION", required=True,
                                   parser_class=type(group))
    if not built(group):
        return
    from accountregistry.domain.vocabulary import SECRET_FIELDS_BY_NAME

    store = actions.add_parser("set", help="store or replace a login, read from standard input "
                                           "(typed without echo at a terminal)")
    store.add_argument("account", metavar="ACCOUNT", help="the account's id or address")
    store.add_argument("--field", required=True, choices=list(SECRET_FIELDS_BY_NAME),
                       help="which part of the login: " + ", ".join(SECRET_FIELDS_BY_NAME))
    store.set_defaults(run=run_set)
    status = actions.add_parser("status", help="which accounts have stored logins and when they were rotated "
                                               "(never the secrets)")
    status.add_argument("account", metavar="ACCOUNT", nargs="?", help="one account's id or address")
    status.set_defaults(run=run_status)
    rotated = actions.add_parser("rotated", help="record that an account's login was changed at the platform")
    rotated.add_argument("account", metavar="ACCOUNT", help="the account's id or address")
    rotated.set_defaults(run=run_rotated)


def run_set(args) -> int:
    from accountregistry.domain.messages import format_value
    from accountregistry.services import credentials
    from accountregistry.services.accounts import find_account
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        account = find_account(db, args.account)
        # Before the user types a secret, not after: a keyring that cannot take it wastes the effort.
        problem = credentials.keyring_status().problem
        if problem is not None:
            raise problem
        secret = read_secret(args.field, describe(account.id, account.platform, account.handle))
        status = credentials.set_secret(db, account.id, args.field, secret)
    from accountregistry.domain.vocabulary import SECRET_FIELDS_BY_NAME

    label = format_value(SECRET_FIELDS_BY_NAME[args.field].label).lower()
    say("cli_secret_stored", label=label, account=describe(status.account_id, status.platform, status.handle))
    return 0


def run_status(args) -> int:
    from accountregistry.services import credentials
    from accountregistry.services.accounts import find_account
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        account_id = find_account(db, args.account).id if args.account else None
        rows = credentials.credentials_status(db, account_id)
    if account_id is not None and not rows[0].has_secret:
        say("cli_no_login_stored", account=describe(rows[0].account_id, rows[0].platform, rows[0].handle))
        return 0
    if not rows:
        say("cli_no_logins")
        return 0
    # Tab-separated with a header: readable at a terminal, and cut/awk/spreadsheets read it as is.
    print("\t".join(("id", "platform", "handle", "fields", "last_rotated_at", "last_rotated_by")))
    for row in rows:
        print("\t".join((str(row.account_id), row.platform, row.handle, ",".join(row.fields) or "unknown",
                         timestamp(row.last_rotated_at), row.last_rotated_by or "")))
    return 0


def run_rotated(args) -> int:
    from accountregistry.services import credentials
    from accountregistry.services.accounts import find_account
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        status = credentials.mark_rotated(db, find_account(db, args.account).id)
    say("cli_login_rotated", account=describe(status.account_id, status.platform, status.handle),
        who=status.last_rotated_by, when=timestamp(status.last_rotated_at))
    return 0


def read_secret(field: str, account: str) -> str:
    """The secret from standard input: typed without echo at a terminal, else read whole."""
    import getpass

    from accountregistry.domain.errors import ValidationError
    from accountregistry.domain.vocabulary import SECRET_FIELDS_BY_NAME

    stream = sys.stdin
    if stream is None:
        raise ValidationError.of(field, "secret_on_stdin")
    label = SECRET_FIELDS_BY_NAME[field].label
    if stream.isatty():
        if field == "password":
            return getpass.getpass(f"{label} for {account}: ")
        # getpass reads one line; codes and notes are several, so read until an empty line.
        say("cli_type_secret_lines", label=label, account=account, out=sys.stderr)
        lines = []
        while line := getpass.getpass("> "):
            lines.append(line)
        return "\n".join(lines)
    text = stream.read()
    # `echo secret |` and here-strings add one newline that is not part of the secret.
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def describe(account_id: int, platform: str, handle: str) -> str:
    from accountregistry.domain import platforms
    
    try:
        name = platforms.platform(platform).name
    except ValueError:
        name = platform
    return f"{name} {handle} (account {account_id})"


def timestamp(value: datetime | None) -> str:
    if value is None:
        return ""
    # SQLite hands back UTC timestamps without their zone.
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return aware.astimezone(timezone.utc).isoformat(timespec="seconds")
