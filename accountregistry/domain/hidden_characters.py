"""Characters a person cannot see but that change what text says or how it is shown.

A right-to-left override makes "moc.elgoog" look like "google.com"; a zero-width space makes
two handles that look the same differ; a line break in an actor's name forges a second line
of a log or a report. Names, handles and display names refuse them; notes keep them (they are
free text) and the window shows them escaped (show_hidden).
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional embeddings, overrides and isolates, and the invisible marks that steer them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Zero-width and invisible characters: spaces, joiners, word joiner and invisible operators,
# the byte-order mark, the Mongolian vowel separator, the soft hyphen.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad")
# Unicode "tag" characters: invisible ASCII look-alikes used to smuggle text.
_TAGS = range(0xE0000, 0xE0080)
# The characters above, as one search (imports check every cell of large files).
HIDDEN = re.compile("[" + "".join(sorted(BIDI_CONTROLS | ZERO_WIDTH)) + "\U000e0000-\U000e007f]")


def is_hidden(character: str) -> bool:
    return character in BIDI_CONTROLS or character in ZERO_WIDTH or ord(character) in _TAGS


def is_control(character: str) -> bool:
    """C0 and C1 control characters and DEL (a line break or tab included)."""
    return unicodedata.category(character) == "Cc"


def hidden_in(text: str) -> list[str]:
    """The hidden characters in `text`, each once, as U+XXXX code points (for a sentence)."""
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in text if is_hidden(c)))


def show_hidden(text: str) -> str:
    """`text` with every hidden or control character (except line breaks and tabs) written as
    ⟨U+XXXX⟩, for showing free text such as notes."""
    return "".join(f"⟨U+{ord(c):04X}⟩" if is_hidden(c) or (is_control(c) and c not in "\n\t") else c
                   for c in text)
