"""`--help` and argparse's own words ("usage:", "options", "invalid choice: …") in the user's
language, from the same catalogues as everything else (context "CommandLine").

The commands declare their help in English (`add_argument(..., help="…")`); `Formatter`
translates each text when a help page is printed, and `speak_argparse()` points argparse's
gettext hooks (`argparse._`, `argparse.ngettext`) at the catalogue for the words argparse says
itself. `scripts/translations.py update` collects every text of the whole parser
(`help_texts`) into gui/core_texts.py, so the translation check sees them. Standard library only
at the top: parsing stays as quick as Python's own start.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

from accountregistry import language

CONTEXT = "CommandLine"

# What argparse itself says to a person (Python 3.11's argparse.py; its programming errors are
# left in English). The version option's help is its default argument, not a gettext call.
ARGPARSE_WORDS = (
    "usage: ", "positional arguments", "options", "show this help message and exit",
    "show program's version number and exit", "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s", "not allowed with argument %s", "ignored explicit argument %r",
    "the following arguments are required: %s", "one of the arguments %s is required",
    "expected one argument", "expected at most one argument", "expected at least one argument",
    "expected %s argument", "expected %s arguments", "ambiguous option: %(option)s could match %(matches)s",
    "invalid %(type)s value: %(value)r", "invalid choice: %(value)r (choose from %(choices)s)",
    "can't open '%(filename)s': %(error)s",
)
# How a malformed command line is refused: one line (cli._Parser.error).
SEE_HELP = "%(prog)s: %(message)s (see “%(prog)s --help”)"


def word(text: str) -> str:
    """`text` (English) in the user's language, or as it is."""
    return language.translate(CONTEXT, text)


class Formatter(argparse.HelpFormatter):
    """argparse's help page with the commands' own texts in the user's language."""

    def _get_help_string(self, action: argparse.Action) -> str:
        return word(action.help or "")

    def add_text(self, text: str | None) -> None:
        super().add_text(word(text) if text and text is not argparse.SUPPRESS else text)

    def start_section(self, heading: str | None) -> None:
        super().start_section(word(heading) if heading else heading)


def speak_argparse() -> Callable[[], None]:
    """Let argparse say its own words in the user's language; returns what puts English back."""
    previous = argparse._, argparse.ngettext

    def restore() -> None:
        argparse._, argparse.ngettext = previous

    argparse._ = word
    argparse.ngettext = lambda singular, plural, count: word(singular if count == 1 else plural)
    return restore


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every text a person may read from `parser` and its commands' parsers, then argparse's
    own words: what the catalogues must translate (scripts/translations.py)."""
    seen: set[int] = set()

    def walk(found: argparse.ArgumentParser) -> Iterator[str]:
        if id(found) in seen:
            return
        seen.add(id(found))
        if found.description:
            yield found.description
        for action in found._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                yield from (choice.help for choice in action._choices_actions if choice.help)
                for command in action.choices.values():
                    yield from walk(command)

    yield from walk(parser)
    yield from ARGPARSE_WORDS
    yield SEE_HELP
