"""What several commands read from their arguments the same way. Standard library only at the
top: parsing stays as quick as Python's own start (tests/cli/test_start_up.py)."""

from __future__ import annotations

import argparse


def built(parser) -> bool:
    """Whether a command's parser is built in full: only the command the command line names is
    (cli._Commands). Registering a command that is not named stops there, before importing what
    its arguments' choices come from."""
    return isinstance(parser, argparse.ArgumentParser)


def pdf_output(parser) -> None:
    """-o FILE.pdf (required) and --replace, as a command that writes a PDF takes them."""
    from pathlib import Path

    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument("--replace", action="store_true", help="write over FILE if it exists")


def read_date(field: str, text: str | None, label: str):
    """A date as people type it (31.12.2026, 2026-12-31, "Dec 31 2026"), numeric dates day first
    in a Danish, Swedish or Norwegian command line as in the window; None for None (not given),
    a blank text refused as required. A refusal is about `field`, named by its `label` (a Label
    of the models, translated in the "Field" context). The one reading of a date the CLI has."""
    from accountregistry.domain.dates import DateInvalid, day_first_language, parse_date
    from accountregistry.domain.errors import Label, ValidationError

    try:
        day = parse_date(text, day_first=day_first_language())
    except DateInvalid as error:
        raise ValidationError.of(field, error.code, label=Label(label), **error.params) from None
    if day is None and text is not None:
        raise ValidationError.of(field, "required", label=Label(label))
    return day


def record_id(text: str) -> int:
    """argparse's type for an id (ITEM_ID, AGREEMENT_ID): ASCII digits only, read as every
    command reads an id (domain/record_ids). Named "int" for argparse's "invalid int value"."""
    from accountregistry.domain.record_ids import typed_id

    number = typed_id(text)
    if number is None:
        raise ValueError(text)
    return number


record_id.__name__ = "int"


def say(code: str, /, *, out=None, **params) -> None:
    """Print the command's line `code` (domain/messages.MESSAGES) in the user's language. What
    other programs read (--format csv/json, tab-separated tables) is not worded this way."""
    from accountregistry.domain.messages import sentence

    print(sentence(code, params), file=out)
