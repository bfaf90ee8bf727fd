"""The organisation's email domains as people paste them: "acme.dk", "@acme.dk",
"sofie@acme.dk" or "https://www.acme.dk/about" all mean acme.dk."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["domain_from_text"]

_LABEL = re.compile(r"^[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?$")  # letters (any script), digits, inner hyphens
_TOP_LEVEL = re.compile(r"^(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59})$")  # no IP addresses, no "acme.1"
MAX_LENGTH = 253


def domain_from_text(text: str) -> str | None:
    """The email domain `text` names, lowercase; None when it names none.

    An address gives what follows its "@"; a web address gives its host without "www.". A
    domain needs at least two labels and a top-level domain of letters."""
    cleaned = text.strip().strip("<>\"'").lower()
    if "://" in cleaned or cleaned.startswith("www."):
        host = urlsplit(cleaned if "://" in cleaned else "//" + cleaned).hostname or ""
        cleaned = host.removeprefix("www.")
    elif "@" in cleaned:
        cleaned = cleaned.rpartition("@")[2]
    cleaned = cleaned.rstrip(".")
    if not cleaned or len(cleaned) > MAX_LENGTH:
        return None
    labels = cleaned.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return None
    if not _TOP_LEVEL.match(labels[-1]):
        return None
    return cleaned
