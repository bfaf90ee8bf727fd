"""The `accountregistry` command. With no subcommand it opens the window; with one it works
headless, for scripts and HR systems. Errors are one line on stderr and a non-zero exit:
1 for what the user or the environment can fix, 2 for a malformed command line.

Parsing imports nothing but the standard library and the command modules' parsers: each
command imports the services, the store and their libraries when it runs. A test checks it
(tests/cli/test_start_up.py), so `--version`, `--help` and a mistyped argument answer at once.
Of the commands' parsers only the one the command line names is built in full; the others only
say what their command is for (what `--help` lists).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from accountregistry import DB_ENV, __version__, language
from accountregistry.cli import help_language

# Each module (in accountregistry.cli) adds its subcommands to the parser; a new command group is
# one line here.
COMMAND_MODULES = ("demo_command", "settings_commands", "people_commands", "account_commands", "report_commands",
                   "offboard_commands", "risk_commands", "credentials_commands", "database_commands",
                   "access_commands", "consent_commands", "policy_commands", "agreement_commands",
                   "audit_commands")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """A parser whose help and refusals are in the user's language (cli/help_language.py)."""

    def __init__(self, *arguments, formatter_class=help_language.Formatter, **keywords):
        super().__init__(*arguments, formatter_class=formatter_class, **keywords)

    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        self.exit(EXIT_USAGE, help_language.word(help_language.SEE_HELP) % {"prog": self.prog, "message": message}
                  + "\n")


class _NotNeeded:
    """What a command module declares on a command the command line does not name: nothing."""

    def __getattr__(self, _name: str):
        return self._ignore

    def _ignore(self, *_arguments, **_keywords) -> _NotNeeded:
        return self


class _Commands(argparse._SubParsersAction):
    """The commands; `wanted` (if not None) is the only one whose parser is built: the others
    are listed with what they are for, and share one empty parser."""

    wanted: str | None = None

    def add_parser(self, name, **keywords):
        if self.wanted is None or name == self.wanted:
            return super().add_parser(name, **keywords)
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), keywords.get("help")))
        self._name_parser_map[name] = self._not_built()
        return _NotNeeded()

    def _not_built(self) -> argparse.ArgumentParser:
        if not hasattr(self, "_empty"):
            self._empty = self._parser_class(prog=self._prog_prefix, add_help=False)
        return self._empty


def language_named(arguments: Sequence[str]) -> str | None:
    """The language `--lang` names ("da"), before parsing: help and argparse's refusals speak it."""
    words = iter(arguments)
    for word in words:
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if len(name) > 2 and "--lang".startswith(name):  # as argparse: any unambiguous prefix
            return language.normalised(value if equals else next(words, None))
    return None


def command_named(arguments: Sequence[str]) -> str:
    """The command a command line names ("" when none): its first word that is neither an
    option nor the value of one (--lang and --db take one, also abbreviated)."""
    words = iter(arguments)
    for word in words:
        if word == "--":
            return next(words, "")
        if not word.startswith("-"):
            return word
        if "=" not in word and len(word) > 2 and ("--lang".startswith(word) or "--db".startswith(word)):
            next(words, None)
    return ""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; with `only`, every command's parser but that one's is
    left empty (they still list in --help)."""
    parser = _Parser(prog="accountregistry",
                     description="Settle who owns which social media accounts before anyone leaves. "
                                 "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=VERSION)
    parser.add_argument("--lang", metavar="LANGUAGE", choices=language.KNOWN,
                        help="language of messages: en, da, sv or nb (default: $ACCOUNTREGISTRY_LANGUAGE, "
                             "else your locale)")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help=f"database file or URL (default: ${DB_ENV}, else a file in your data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, action=_Commands)
    commands.wanted = only
    for name in COMMAND_MODULES:
        import_module(f"{__name__}.{name}").register(commands)
    return parser


VERSION = f"Account Registry {__version__}"


def _names(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._subparsers._group_actions for name in action.choices}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--version"]:  # what packagers and scripts ask most: answered before building the parser
        print(VERSION)
        return EXIT_OK
    # The language first: --help and argparse's refusals speak it too.
    previous = language.use_language(language_named(arguments) or language.language_from_environment())
    try:
        args = _parsed(arguments)
        if args.command is None:
            language.set_translator(*previous)  # the window installs Qt's own
            from accountregistry.store.early_read import fork

            fork(__version__)  # before Qt and any thread: the kept reads in a child, on the other core (Linux)
            from accountregistry.gui.app import run_window  # Qt is loaded only for the window

            return run_window(args.db)
        return _run_in_language(args)
    finally:
        language.set_translator(*previous)


def _parsed(arguments: list[str]) -> argparse.Namespace:
    english = help_language.speak_argparse() if language.current_language() in language.TRANSLATED else None
    try:
        command = command_named(arguments)
        parser = build_parser(only=command)
        if command and command not in _names(parser):
            parser = build_parser()  # not a command: said as argparse says it, every command built
        return parser.parse_args(arguments)
    finally:
        if english:
            english()


def _run_in_language(args: argparse.Namespace) -> int:
    translated = language.current_language() in language.TRANSLATED
    # A checklist the command makes is in the same language. In English (the checklists' default)
    # the checklist module is not loaded for it: 30-90 ms of every command (dates, holidays, TOML).
    checklist = import_module("accountregistry.domain.checklist") \
        if translated or "accountregistry.domain.checklist" in sys.modules else None
    if checklist is not None:
        words = checklist.set_default_translation(
            (lambda english: language.translate(checklist.CONTEXT, english)) if translated else None)
    try:
        return _run(args)
    finally:
        if checklist is not None:
            checklist.set_default_translation(words)


def _run(args: argparse.Namespace) -> int:
    import logging

    from accountregistry.domain.errors import RegistryError, ValidationError
    from accountregistry.domain.messages import sentence
    from accountregistry.logging_setup import start_logging

    log = logging.getLogger(__name__)
    start_logging()
    # The command's name only: its arguments may name people (offboard start --person EMAIL).
    command = " ".join(str(value) for name, value in vars(args).items()
                       if name == "command" or name.endswith("_command") and isinstance(value, str))
    log.info("Command %s started (Account Registry %s).", command, __version__)
    try:
        try:
            return args.run(args) or EXIT_OK
        finally:
            sys.stdout.flush()  # a closed pipe is reported here, inside the handler below
    except ValidationError as error:
        log.info("Command %s refused: %s.", command, error.codes)
        from accountregistry.cli.words import refused_line

        for field, problem in error.problems.items():
            print(f"accountregistry: {refused_line(field, problem)}", file=sys.stderr)
        return EXIT_ERROR
    except RegistryError as error:
        log.info("Command %s refused: %s (%s).", command, error.code, getattr(error, "engine_code", None) or "-")
        print(f"accountregistry: {error.sentence()}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`accountregistry risks | head`): not an error of ours, and
        # Python must not complain again while closing standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR  # as Python's own documentation advises
    except KeyboardInterrupt:
        print(f"accountregistry: {sentence('interrupted')}", file=sys.stderr)
        return 130
    except Exception:
        log.exception("Command %s failed unexpectedly.", command)
        raise
