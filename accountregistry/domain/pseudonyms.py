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

from accountregistry.domain import messages

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
    """Text as stored: each pseudonym read back into it (in the current language or English)
    becomes the marker again, so that editing a note that names a former employee keeps no words."""
    if not value or "[" not in value:
        return value
    for template in {pseudonym(0), messages.MESSAGES["former_employee"].format(id=0)}:
        before, _, after = template.partition("0")
        value = re.sub(re.escape(before) + r"(\d+)" + re.escape(after), lambda found: marker(int(found.group(1))),
                       value)
    return value


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
