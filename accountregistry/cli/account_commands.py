"""Commands about one account.

    register ADDRESS [--display-name NAME] [--kind KIND]   one account from its address, with a warning
                                                           when it may already be registered under its
                                                           other name (services/similar_accounts.py)
    account show ACCOUNT [--format text|json]          every field, and the record's version
    account set ACCOUNT FIELD=VALUE... [--expect-version N]

A script reads the version with `show --format json`, then sets with `--expect-version`: if
someone changed the account in between, nothing is written and the command exits 1 with the
conflict sentence (who changed it, and when). An empty VALUE clears the field.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from accountregistry.cli.arguments import built, read_date, say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.

# What `set` may change: the account's own facts as the model declares them (settable()). Its
# address (platform, presence, handle, URL) is its identity and is not edited from here; a person
# (holder, escalation contact) is named by their work email. Consent is its holder's own record:
# `consent give` / `consent withdraw`.
ADDRESS = ("platform", "presence", "handle", "url")
CONSENT = ("consent_given_on", "consent_withdrawn_on", "consent")
_YES, _NO = ("yes", "true", "1", "ja", "y"), ("no", "false", "0", "nej", "nei", "n")


def register(commands) -> None:
    _register_register(commands)

    account = commands.add_parser("account", help="show or change one account (for scripts)")
    actions = account.add_subparsers(dest="account_action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="print an account's fields and its version")
    show.add_argument("account", metavar="ACCOUNT", help="the account's id or any address of it")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(run=run_show)

    change = actions.add_parser("set", help="change fields of an account: FIELD=VALUE ...")
    change.add_argument("account", metavar="ACCOUNT", help="the account's id or any address of it")
    change.add_argument("assignments", metavar="FIELD=VALUE", nargs="+", type=_assignment,
                        help="a field `account show --format json` prints, except the address (platform, presence, "
                             "handle, url), id and version; holder and escalation by work email; yes/no for "
                             "official, outside_working_hours, ambassador; an empty VALUE clears the field")
    change.add_argument("--expect-version", type=int, metavar="N",
                        help="refuse if the account's version is no longer N (someone changed it)")
    change.set_defaults(run=run_set)


def settable() -> dict[str, str]:
    """FIELD as typed -> the account's field: each declared field but the address; a person by
    the field's name without its `_id`."""
    from accountregistry.services.accounts import ACCOUNT_FIELDS

    return {name.removesuffix("_id"): name for name in ACCOUNT_FIELDS if name not in ADDRESS}


def _assignment(text: str) -> tuple[str, str]:
    field, separator, value = text.partition("=")
    if not separator or field not in (*settable(), *CONSENT):
        raise argparse.ArgumentTypeError(f"“{text}” is not FIELD=VALUE with FIELD one of: {', '.join(settable())}")
    return field, value


def account_record(db, account) -> dict:
    """The account as a script reads it: plain JSON values, the holder by email, its version."""
    from accountregistry.services.accounts import ACCOUNT_FIELDS
    from accountregistry.services.people import get_person

    record = {"id": account.id, "version": account.version}
    for name in ACCOUNT_FIELDS:
        value = getattr(account, name)
        record[name] = value.value if hasattr(value, "value") else value.isoformat() if hasattr(value, "isoformat") \
            else value
    for typed, name in settable().items():
        if typed != name:  # a person, by their work email
            person_id = getattr(account, name)
            record[typed] = get_person(db, person_id).work_email if person_id else None
    return record


def run_show(args) -> int:
    import json

    from accountregistry.services.accounts import find_account
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        account = find_account(db, args.account)
        record = account_record(db, account)
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        from enum import Enum

        from accountregistry.cli.words import account_labels, keys, shown_value
        from accountregistry.language import ENGLISH, current_language

        named = keys(account_labels(record))
        if current_language() != ENGLISH:  # in words: a person by their email only, not also by their number
            named = {name: key for name, key in named.items() if not (name.endswith("_id") and name[:-3] in record)}
        for name, key in named.items():
            value = getattr(account, name, None)  # a word of the vocabulary in the user's language
            print(f"{key}: {shown_value(value) if isinstance(value, (Enum, bool)) else shown_value(record[name])}")
    return 0


def run_set(args) -> int:
    from accountregistry.services.accounts import ACCOUNT_FIELDS, AccountInput, find_account, update_account
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        account = find_account(db, args.account)
        data = AccountInput(**{name: getattr(account, name) for name in ACCOUNT_FIELDS})
        for field, text in args.assignments:
            _assign(db, data, field, text)
        saved = update_account(db, account.id, data, expected_version=args.expect_version)
    say("cli_account_saved", id=saved.id, version=saved.version)
    return 0


def _assign(db, data, field: str, text: str) -> None:
    """Put a typed value into the input, read as the field is declared (a date, a whole number,
    yes/no, a person by email, text); the service checks it like any other input."""
    from accountregistry.domain.errors import ValidationError
    from accountregistry.services.people import find_by_email
    from accountregistry.store.fields import fields_of
    from accountregistry.store.models import AccountFields

    if field in CONSENT:
        raise ValidationError(field=field, code="consent_not_an_account_field")
    name = settable()[field]
    value = text.strip() or None
    if name != field:
        setattr(data, name, find_by_email(db, value).id if value else None)
        return
    kind = _declared_type(AccountFields.model_fields[name].annotation)
    setattr(data, name, _READ.get(kind, _text)(field, value, fields_of(AccountFields)[name].label))


def _declared_type(annotation) -> type:
    import typing

    return next((t for t in typing.get_args(annotation) if t is not type(None)), annotation)


def _text(_field: str, value: str | None, _label) -> str | None:
    return value


def _yes_no(field: str, value: str | None, label) -> bool:
    from accountregistry.domain.errors import ValidationError

    if (value or "").lower() not in _YES + _NO:
        raise ValidationError(field=field, code="not_a_choice", label=label, value=value or "", allowed="yes, no")
    return value.lower() in _YES


def _whole_number(field: str, value: str | None, label) -> int | None:
    from accountregistry.domain.errors import ValidationError

    if value is not None and not (value.isascii() and value.isdigit()):
        raise ValidationError(field=field, code="not_whole_number", label=label)
    return int(value) if value else None


_READ = {bool: _yes_no, int: _whole_number, date: read_date}


def _register_register(commands) -> None:
    add = commands.add_parser("register", help="register one account from its address (or --platform and "
                                               "--handle)")
    if not built(add):
        return
    from accountregistry.domain.vocabulary import Kind
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
    from accountregistry.services.case_reading import account_name

    for warning in warnings:
        say("cli_warning", warning=warning, out=sys.stderr)
    say("cli_account_registered", id=account.id, url=account.url,
        account=account_name(account.platform, account.presence, None, account.handle))
    return 0
