"""What an international site name looks like to a reader.

A site name may be written in any alphabet ("blåbær.dk", "пример.рф"), and browsers send it as
punycode ("xn--…"). The same freedom lets a link imitate a well-known site: "lіnkedin.com" with
a Cyrillic "і" is another site that reads as LinkedIn. `skeleton` gives the plain letters a
reader sees (Unicode's confusable-character table, via the `confusable_homoglyphs` library,
which is loaded only for international names); `mixes_alphabets` says whether one label of the
name mixes Latin, Cyrillic or Greek letters, which no real name does and look-alikes do.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["is_international", "mixes_alphabets", "readable", "skeleton"]

# Scripts whose letters look like one another; a label mixing them imitates something.
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def is_international(host: str) -> bool:
    """Whether the (ASCII, lowercase) host has a label written in another alphabet."""
    return host.startswith("xn--") or ".xn--" in host


@lru_cache(maxsize=256)
def readable(host: str) -> str:
    """The host in the letters a browser would show (punycode labels decoded)."""
    labels = []
    for label in host.split("."):
        try:
            labels.append(label.encode("ascii").decode("idna") if label.startswith("xn--") else label)
        except UnicodeError:
            labels.append(label)
    return ".".join(labels)


def _script(c: str) -> str:
    return unicodedata.name(c, "").partition(" ")[0]


def mixes_alphabets(host: str) -> bool:
    """Whether one label of the host mixes letters of alphabets that look alike."""
    for label in readable(host).split("."):
        scripts = {_script(c) for c in label if c.isalpha()} & _LOOKALIKE_SCRIPTS
        if len(scripts) > 1:
            return True
    return False


@lru_cache(maxsize=1024)
def _plain(c: str) -> str:
    if c.isascii():
        return c
    bare = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    if bare.isascii() and bare:
        return bare.lower()
    from confusable_homoglyphs import confusables  # a 1 MB table: only for international names

    found = confusables.is_confusable(c, greedy=True, preferred_aliases=[]) or []
    for homoglyph in (h["c"] for entry in found for h in entry["homoglyphs"]):
        if homoglyph.isascii() and homoglyph.isalnum():
            return homoglyph.lower()
    return c


@lru_cache(maxsize=256)
def skeleton(host: str) -> str:
    """The host as the plain ASCII letters a reader takes it for ("lіnkedin.com" → "linkedin.com")."""
    return "".join(_plain(c) for c in readable(host))
