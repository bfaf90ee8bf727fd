"""The name an anonymised person is known by: stored without words, read in the reader's language.

Anonymising (services/retention.py) stores `marker(123)`, "[#123]", where the person's name was:
in the person record, in handover terms that named them as the company's signatory, and in free
text (notes, reasons) that named them. Whatever reads such a column through the store
(store/models.WithPseudonyms) gets `shown(...)`: each marker as "[former employee 123]" in the
language of the window or the command line at that moment ("[tidligere medarbejder 123]" in
Danish); what is written there goes through `stored(...)`, which turns a pseudonym back into the
marker. Nothing else needs to know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from accountregistry.domain import messages
from accountregistry.language import TRANSLATED, context_catalogue

_MARKER = "[#{id}]"
_PATTERN = re.compile(r"\[#(\d+)\]")


def marker(person_id: int) -> str:
    """What is stored for the anonymised person `person_id`."""
    return _MARKER.format(id=person_id)


def pseudonym(person_id: int) -> str:
    """The anonymised person as a reader sees them, in the current language."""
    return messages.sentence("former_employee", {"id": person_id})


def shown(value: str | None) -> str | None:
    """Stored text as read: each marker becomes the pseudonym, everything else stays as it is."""
    if not value or "[#" not in value:
        return value
    return _PATTERN.sub(lambda found: pseudonym(int(found.group(1))), value)


def stored(value: str | None) -> str | None:
    """Text as stored: each pseudonym read back into it (in any of the program's languages: a
    report exported in Danish may be imported by an English window) becomes the marker again, so
    that editing a note that names a former employee keeps no words."""
    if not value or "[" not in value:
        return value
    return _pseudonyms().sub(lambda found: marker(int(found.group(found.lastindex))), value)


@cache
def _pseudonyms() -> re.Pattern:
    """The pseudonym in every language, its number the one group that matches."""
    english = messages.MESSAGES["former_employee"]
    translations = (context_catalogue(language, messages.CONTEXT).get((messages.CONTEXT, english), english)
                    for language in TRANSLATED)
    templates = {english, *(text for text in translations if messages.placeholders(text) == messages.placeholders(english))}
    parts = (template.format(id="\0").partition("\0") for template in sorted(templates))
    return re.compile("|".join(re.escape(before) + r"(\d+)" + re.escape(after) for before, _, after in parts))


def _pattern(words: Iterable[str]) -> re.Pattern | None:
    alternatives = sorted({word.strip() for word in words if word and word.strip()}, key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in alternatives), re.IGNORECASE) if alternatives else None


def mentions(text: str | None, words: Iterable[str]) -> bool:
    """Whether free text names the person by one of `words` (their name, their email), in any case."""
    pattern = _pattern(words)
    return bool(text and pattern and pattern.search(text))


def without_mentions(text: str, words: Iterable[str], person_id: int) -> str:
    """The text with each mention of the person (`words`, in any case) replaced by their marker."""
    pattern = _pattern(words)
    return pattern.sub(marker(person_id), text) if pattern else text
