"""The user's language for the Qt-free parts (the command line, the core's sentences).

The window and the command line read the same Qt Linguist catalogues
(resources/translations/accountregistry_XX.ts): the window through Qt's compiled .qm files, the
command line by reading the .ts source here, without Qt. Whatever shows a sentence calls
`translate(context, english)`; the window installs Qt's translate function with
`set_translator`, the command line a catalogue with `use_language`. Without either, English.

The command line's language is, in this order: ACCOUNTREGISTRY_LANGUAGE, then the locale
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG as POSIX defines their order); "C" and "POSIX" mean English.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from accountregistry.resource_files import resource_folder

ENV_VAR = "ACCOUNTREGISTRY_LANGUAGE"
ENGLISH = "en"
TRANSLATED = ("da", "sv", "nb")
KNOWN = (ENGLISH, *TRANSLATED)
_ALIASES = {"no": "nb", "nn": "nb", "nob": "nb", "nno": "nb", "dan": "da", "swe": "sv", "eng": "en"}

Translate = Callable[[str, str], str]


def normalised(code: object) -> str | None:
    """"da", "sv", "nb" or "en" for a language tag ("da_DK.UTF-8", "nb-NO", "no"); None if unknown."""
    text = str(code or "").strip().lower().replace("_", "-").split(".")[0].split("@")[0]
    if text in ("c", "posix"):
        return ENGLISH
    primary = _ALIASES.get(text.split("-")[0], text.split("-")[0])
    return primary if primary in KNOWN else None


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The command line's language: ACCOUNTREGISTRY_LANGUAGE, then the locale; else English."""
    env = os.environ if environ is None else environ
    chosen = normalised(env.get(ENV_VAR))
    if chosen:
        return chosen
    # LANGUAGE is a priority list ("da:en"), honoured unless the locale is C (as gettext does).
    locale_name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if normalised(locale_name) == ENGLISH and locale_name.split(".")[0].upper() in ("C", "POSIX"):
        return ENGLISH
    for tag in (env.get("LANGUAGE") or "").split(":"):
        if found := normalised(tag):
            return found
    return normalised(locale_name) or ENGLISH


def translations_folder() -> Path:
    return resource_folder("translations")


@cache
def catalogue(language: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """Finished translations of one language's .ts file: (context, English) -> translation."""
    path = (folder or translations_folder()) / f"accountregistry_{language}.ts"
    if language not in TRANSLATED or not path.is_file():
        return {}
    from xml.etree import ElementTree  # here, not at the top: `accountregistry --help` needs no catalogue

    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        found.update(_finished(context))
    return found


def _finished(context) -> dict[tuple[str, str], str]:
    """{(context, English): translation} of one <context> element's finished messages."""
    name = context.findtext("name") or ""
    found = {}
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        source, text = message.findtext("source"), translation.text
        if source and text:
            found[(name, source)] = text
    return found


@cache
def _catalogue_text(language: str) -> str:
    path = translations_folder() / f"accountregistry_{language}.ts"
    return path.read_text(encoding="utf-8") if language in TRANSLATED and path.is_file() else ""


@cache
def context_catalogue(language: str, context: str) -> dict[tuple[str, str], str]:
    """The finished translations of one context of a language's .ts file: a command reads only
    the contexts it says something from (the whole Danish file takes some 35 ms to read, the
    command line's help alone a few)."""
    text = _catalogue_text(language)
    named = text.find(f"<name>{context}</name>")
    if named < 0:
        return {}
    start = text.rfind("<context>", 0, named)
    from xml.etree import ElementTree

    end = text.index("</context>", start) + len("</context>")
    return _finished(ElementTree.fromstring(text[start:end]))


def _english(_context: str, text: str) -> str:
    return text


_translate: Translate = _english
_language = ENGLISH


def translate(context: str, text: str) -> str:
    """`text` (English) in the current language, or as it is when there is no translation."""
    return _translate(context, text) or text


def current_language() -> str:
    return _language


def set_translator(function: Translate | None, language: str = ENGLISH) -> tuple[Translate, str]:
    """Use `function` for every core sentence from now on (None: English); returns what was
    there before, so a caller (a test, a second window) can put it back."""
    global _translate, _language
    previous = (_translate, _language)
    _translate, _language = function or _english, language if function else ENGLISH
    return previous


def use_language(language: str) -> tuple[Translate, str]:
    """Speak `language` through its .ts catalogue (the command line's way, with no Qt)."""
    code = normalised(language) or ENGLISH
    if code == ENGLISH:
        return set_translator(None)
    return set_translator(lambda context, text: context_catalogue(code, context).get((context, text), text), code)


def capitalised(text: str) -> str:
    """The first letter upper case, the rest as written (str.capitalize would lower "LinkedIn"):
    the product's words as the window shows them, and the report for people too."""
    return text[:1].upper() + text[1:]
