"""What a pasted address is before any platform looks at it.

People paste addresses from browsers, e-mails, chats, documents and search results. Before a
platform's table is consulted, the text is cleaned of what users cannot see or did not mean
(invisible format characters, quotes and a sentence's full stop around it), redirect wrappers
(search results, mail safe-links, "leaving Facebook" pages, login walls) are unwrapped to the
address they lead to, and the site name is checked. Every refusal is typed: a code from
domain/messages.py and its parameters, never an English sentence.

Standard library only; no platform knowledge except the wrappers and short-link services,
which are sites of their own.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

from accountregistry.domain.errors import Problem, RegistryError

__all__ = [
    "AddressRefused",
    "EXAMPLE_URL",
    "HandleInvalid",
    "MAX_INPUT_LENGTH",
    "Split",
    "UrlNotRecognised",
    "clean_pasted",
    "ends_in_punctuation",
    "is_host_name",
    "protect_end",
    "shown",
    "split_address",
    "unwrap",
]

# Browsers and most servers stop at roughly this length; anything longer is a paste accident,
# and the cap also bounds the work every regular expression does.
MAX_INPUT_LENGTH = 2048

EXAMPLE_URL = "https://www.linkedin.com/company/acme"


class AddressRefused(RegistryError, ValueError):
    """An address or handle that cannot be turned into a registry key: `code` says why."""

    code = "address_not_recognised"

    def problem(self) -> Problem:
        """The refusal as the problem of one form field (services/validation.Problems)."""
        return Problem(self.code, self.params)


class UrlNotRecognised(AddressRefused):
    """Pasted text that is not the address of an account."""


class HandleInvalid(AddressRefused):
    """A typed handle that the platform would not accept."""

    code = "handle_invalid"


def shown(text: str) -> str:
    """The user's text made safe and short enough to quote back in a sentence."""
    cut = text[:80]
    if cut.isascii() and cut.isprintable():
        return text if len(text) <= 80 else cut[:79] + "…"
    safe = "".join("\ufffd" if unicodedata.category(c)[0] in "CZ" and c != " " else c for c in cut)
    return safe if len(text) <= 80 else safe[:79] + "…"


# --- Cleaning pasted text ---------------------------------------------------------------------

_LINE_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029")
# Quotes and brackets that wrap an address in a sentence, a chat message or a document.
_OPENERS = "\"'“”„‘’‚«»‹›「」<([{*`"
_CLOSERS = {")": "(", "]": "[", "}": "{"}
# What a sentence puts after an address; never the end of a profile address.
_TRAILING = ".,;:!?…\"'“”„‘’‚«»‹›「」>*`"


def _visible(text: str) -> str:
    # Format characters (zero-width space and joiners, byte-order mark, direction marks and
    # overrides, soft hyphen, tags) are invisible, so a user cannot see or remove them; no web
    # address contains one.
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


# The same characters as a browser's address bar copies them, percent-encoded in UTF-8: zero-width
# space to right-to-left mark, the embeddings and overrides, word joiner to invisible plus, the
# isolates, byte-order mark, soft hyphen, Arabic letter mark, Mongolian vowel separator.
_ENCODED_INVISIBLE = re.compile(
    r"%E2%80%(?:8[B-F]|A[A-E])|%E2%81%(?:A[0-4]|A[6-9])|%EF%BB%BF|%C2%AD|%D8%9C|%E1%A0%8E", re.I)


def _unwrapped_punctuation(text: str) -> str:
    if text and text[0] not in _OPENERS and text[-1] not in _TRAILING and text[-1] not in _CLOSERS \
            and text[0] != " " and text[-1] != " ":
        return text  # nothing around the address (the common case)
    while text:
        before = text
        text = text.lstrip(_OPENERS).rstrip(_TRAILING)
        # A closing bracket is the address's own when the address opens one ("…/Foo_(bar)").
        while text and text[-1] in _CLOSERS and text.count(text[-1]) > text.count(_CLOSERS[text[-1]]):
            text = text[:-1].rstrip(_TRAILING)
        text = text.strip()
        if text == before:
            break
    return text


def ends_in_punctuation(text: str) -> bool:
    """Whether cleaning pasted text would cut `text`'s last character ("acme." from a sentence)."""
    return bool(text) and text[-1] in _TRAILING


def protect_end(url: str) -> str:
    """`url` with the last characters that cleaning would cut off (a final ".", ":", an
    unpaired ")") percent-encoded, so that a canonical URL pasted again is the same URL."""
    kept = _unwrapped_punctuation(url)
    if kept == url or not url.startswith(kept):
        return url
    return kept + "".join(f"%{byte:02X}" for byte in url[len(kept):].encode("utf-8"))


def clean_pasted(text: object) -> str:
    """The address inside pasted text, or a refusal saying why there is none."""
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")
    if len(text) > 4 * MAX_INPUT_LENGTH:
        # Checked first so that nothing below scans a pasted document.
        raise UrlNotRecognised("address_too_long", length=len(text), limit=MAX_INPUT_LENGTH)
    text = _unwrapped_punctuation(_visible(text).strip())
    if "%" in text:
        text = _ENCODED_INVISIBLE.sub("", text)
    if not text:
        raise UrlNotRecognised("address_empty", example=EXAMPLE_URL)
    if len(text) > MAX_INPUT_LENGTH:
        raise UrlNotRecognised("address_too_long", length=len(text), limit=MAX_INPUT_LENGTH)
    if text.isascii():
        # The common case, checked in one pass: printable ASCII never needs the loop below.
        if _ASCII_PRINTABLE.fullmatch(text):
            return text
    for c in text:
        if c.isspace() or c in _LINE_BREAKS:
            raise UrlNotRecognised("address_has_spaces", address=shown(text))
        if unicodedata.category(c)[0] == "C":
            raise UrlNotRecognised("address_control_characters", address=shown(text))
    return text


_ASCII_PRINTABLE = re.compile(r"[!-~]*")


# --- Splitting an address -----------------------------------------------------------------------

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_WWW = "www."


class Split(NamedTuple):
    """A web address taken apart: host lowercase and ASCII, path segments decoded one by one (a
    NamedTuple: one is made per address, and a frozen dataclass takes about twice as long)."""

    host: str
    segments: tuple[str, ...]
    raw_path: str
    query: str
    fragment: str
    port: int | None

    @property
    def path(self) -> str:
        return "/".join(self.segments)

    def params(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True)


def _not_web(code: str, text: str, **params) -> UrlNotRecognised:
    return UrlNotRecognised(code, address=shown(text), example=EXAMPLE_URL, **params)


@lru_cache(maxsize=4096)
def is_host_name(host: str) -> bool:
    labels = host.split(".")
    return (
        len(host) <= 253
        and "." in without_www(host)
        and all(_LABEL.fullmatch(label) for label in labels)
        and bool(_TLD.fullmatch(labels[-1]))
    )


def without_www(host: str) -> str:
    while host.startswith(_WWW):
        host = host[len(_WWW):]
    return host


def _clean_host(text: str, raw: str) -> str:
    """A host checked and returned lowercase, ASCII, without a final dot."""
    known = _good_host(raw)
    if known is not None:
        return known
    host = raw.rstrip(".").lower()
    if not host:
        raise _not_web("address_no_host", text)
    if not host.isascii():
        # Browsers send international names as punycode; doing the same makes look-alike hosts
        # (a Cyrillic "і" in "lіnkedin") visibly different from the real platform.
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise _not_web("address_host_invalid", text, host=shown(raw)) from None
    if host.rpartition(".")[2].isdigit() or ":" in host:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            pass
        else:
            raise UrlNotRecognised("address_ip", address=shown(text))
    if "." not in without_www(host):
        raise _not_web("address_host_without_dot", text, host=shown(raw))
    if not is_host_name(host):
        raise _not_web("address_host_invalid", text, host=shown(raw))
    return host


@lru_cache(maxsize=4096)
def _good_host(raw: str) -> str | None:
    """The cleaned host when `raw` is a plain, valid host name (the common case, remembered)."""
    host = raw.rstrip(".").lower()
    if (host.isascii() and not host.rpartition(".")[2].isdigit() and ":" not in host
            and "." in without_www(host) and is_host_name(host)):
        return host
    return None


def _with_scheme(text: str) -> str:
    m = _SCHEME.match(text)
    if text.startswith("//"):
        return "https:" + text
    if m and text[m.end():].startswith("//"):
        if m[1].lower() not in ("http", "https"):
            raise _not_web("address_not_web", text)
        return text
    if m and m[1].lower() == "mailto":
        raise UrlNotRecognised("address_email", address=shown(text))
    if m and "." not in m[1] and not text[m.end():m.end() + 1].isdigit():
        # "javascript:", a typo such as "htp:/"; host:port is the only scheme-like shape that
        # is still a web address.
        raise _not_web("address_not_web", text)
    return "https://" + text


# The common form, "https://host/path?query#fragment" with a plain host name: split as urlsplit
# splits it (the host ends at the first "/", "?" or "#", the fragment starts at the first "#" and
# the query at the first "?" before it) in one expression.
_PLAIN_WEB = re.compile(r"https?://([A-Za-z0-9.-]+)(/[^?#\t\n\r]*)?(?:\?([^#\t\n\r]*))?(?:#([^\t\n\r]*))?")


def split_address(text: str) -> Split:
    """`text` (already cleaned) as a web address, or the refusal saying why it is none."""
    plain = _PLAIN_WEB.fullmatch(text)
    if plain:
        raw_host, path, query, fragment = plain.groups("")
        port = None
    else:
        raw_host, port, path, query, fragment = _split_any(text)
    host = _clean_host(text, raw_host)
    if path.strip("/") == "" and fragment.startswith("!/"):
        # Old "hashbang" addresses (twitter.com/#!/name) keep their path in the fragment.
        path, _, query_in_fragment = fragment.lstrip("!").partition("?")
        return Split(host, _segments(path), path, query_in_fragment or query, "", port)
    return Split(host, _segments(path), path, query, fragment, port)


def _split_any(text: str) -> tuple[str, int | None, str, str, str]:
    """(host, port, path, query, fragment) of an address in any other form, by urlsplit."""
    url = _with_scheme(text)
    try:
        parts = urlsplit(url)
    except ValueError:
        raise _not_web("address_host_invalid", text, host=shown(text)) from None
    netloc = parts.netloc
    if "@" in netloc:
        raise UrlNotRecognised("address_userinfo", address=shown(text))
    if netloc.startswith("["):
        raise UrlNotRecognised("address_ip", address=shown(text))
    raw_host, colon, raw_port = netloc.partition(":")
    port = None
    if colon:
        if not (raw_port.isascii() and raw_port.isdigit() and int(raw_port) <= 65535) and raw_port:
            raise _not_web("address_port_invalid", text)
        port = int(raw_port) if raw_port else None
    return raw_host, port, parts.path, parts.query, parts.fragment


def _segments(raw_path: str) -> tuple[str, ...]:
    # Segments are decoded one by one so that an encoded "/" cannot fake a path structure;
    # empty segments (double or trailing slashes) vanish.
    if "%" not in raw_path:
        return tuple(filter(None, raw_path.split("/")))
    return tuple(unquote(s) for s in raw_path.split("/") if s)


# --- Redirect wrappers ----------------------------------------------------------------------------


def _bing(value: str) -> str:
    # Bing's click links carry the target as "a1" + unpadded URL-safe base64.
    if not value.startswith("a1"):
        return ""
    data = value[2:]
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""


def _proofpoint_v2(value: str) -> str:
    return unquote(value.replace("-", "%").replace("_", "/"))


def _as_given(value: str) -> str:
    return value


@dataclass(frozen=True)
class Wrapper:
    """A site that only forwards to another address, carried in its query (or path).

    `host` and `path` are regular expressions matched in full against the host (without
    "www.") and the path; `keys` are the query parameters that may hold the target, first
    found wins; `relative` targets ("/acme/") are on the wrapper's own host (login walls).
    """

    host: str
    path: str
    keys: tuple[str, ...] = ()
    decode: Callable[[str], str] = _as_given
    relative: bool = False
    in_path: str | None = None  # a regex whose group "target" holds the address


_GOOGLE = r"google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})"

WRAPPERS: tuple[Wrapper, ...] = (
    # Search results
    Wrapper(_GOOGLE, r"url|interstitial", ("q", "url")),
    Wrapper(_GOOGLE, r"amp/s/.+", in_path=r"amp/s/(?P<target>.+)"),
    Wrapper(r"bing\.com", r"ck/a", ("u",), _bing),
    Wrapper(r"duckduckgo\.com", r"l", ("uddg",)),
    Wrapper(r"r\.search\.yahoo\.com", r".*", in_path=r".*/RU=(?P<target>[^/]+)/"),
    Wrapper(r"yandex\.[a-z]{2,3}", r"clck/jsredir", ("url",)),
    # Mail and chat safe-links
    Wrapper(r"[a-z0-9]+\.safelinks\.protection\.outlook\.com", r"", ("url",)),
    Wrapper(r"urldefense\.proofpoint\.com", r"v2/url", ("u",), _proofpoint_v2),
    Wrapper(r"urldefense\.com", r"v3/__.+", in_path=r"v3/__(?P<target>.+?)__(?:;.*)?"),
    Wrapper(r"slack-redir\.net", r"link", ("url",)),
    Wrapper(r"t\.umblr\.com", r"redirect", ("z",)),
    Wrapper(r"vk\.com", r"away\.php", ("to",)),
    Wrapper(r"steamcommunity\.com", r"linkfilter", ("url", "u")),
    Wrapper(r"out\.reddit\.com", r".*", ("url",)),
    # The platforms' own "you are leaving" pages and login walls
    Wrapper(r"l[m]?\.facebook\.com|l\.messenger\.com", r"l\.php|", ("u",)),
    Wrapper(r"(?:[a-z]+\.)?facebook\.com", r"l\.php|flx/warn", ("u",)),
    Wrapper(r"(?:[a-z]+\.)?facebook\.com", r"login(?:\.php)?|login/.*", ("next",), relative=True),
    Wrapper(r"l\.instagram\.com", r"", ("u",)),
    Wrapper(r"instagram\.com", r"accounts/login", ("next",), relative=True),
    Wrapper(r"(?:[a-z]{2}\.)?linkedin\.com", r"redir/redirect|safety/go", ("url",)),
    Wrapper(r"(?:[a-z]{2}\.)?linkedin\.com", r"authwall|login|uas/login|checkpoint/.*",
            ("sessionRedirect", "session_redirect"), relative=True),
    Wrapper(r"(?:m\.)?youtube\.com", r"redirect", ("q",)),
    Wrapper(r"consent\.(?:youtube|google)\.com", r"m|ml", ("continue",)),
    Wrapper(r"(?:mobile\.)?(?:twitter|x)\.com", r"i/flow/login|login", ("redirect_after_login",), relative=True),
)


def _wrapped_target(split: Split, wrapper: Wrapper) -> str:
    if wrapper.in_path is not None:
        found = re.fullmatch(wrapper.in_path, split.raw_path.lstrip("/"))
        return unquote(found["target"]) if found else ""
    values = dict(reversed(split.params()))
    for key in wrapper.keys:
        if values.get(key):
            target = wrapper.decode(values[key])
            if wrapper.relative and target.startswith("/") and not target.startswith("//"):
                target = f"https://{split.host}{target}"
            return target
    return ""


# Any wrapper's host: an address on another site is told by one match (an import's 100,000 are on 1,000s).
_WRAPPER_HOST = re.compile("|".join(f"(?:{w.host})" for w in WRAPPERS))


@lru_cache(maxsize=4096)
def _wrappers_on(host: str) -> tuple[Wrapper, ...]:
    site = without_www(host)
    if not _WRAPPER_HOST.fullmatch(site):
        return ()
    return tuple(w for w in WRAPPERS if re.fullmatch(w.host, site))


def unwrap(split: Split) -> str | None:
    """The address a redirect wrapper leads to, or None when `split` is no wrapper."""
    wrappers = _wrappers_on(split.host)
    if not wrappers:
        return None
    path = split.path
    for wrapper in wrappers:
        if re.fullmatch(wrapper.path, path, re.I):
            target = _wrapped_target(split, wrapper)
            if target.lower().startswith(("http://", "https://", "//")):
                return target
            if target and wrapper.in_path is not None:
                return "https://" + target
            if target:
                _with_scheme(target)  # a wrapped "javascript:" or "mailto:" is refused as what it is
    return None


# Sites whose addresses only lead somewhere else, which only a browser can find out.
SHORT_LINK_HOSTS = frozenset(
    "bit.ly bitly.com j.mp tinyurl.com ow.ly ht.ly buff.ly goo.gl maps.app.goo.gl g.co is.gd v.gd "
    "rebrand.ly t.ly cutt.ly shorturl.at tiny.cc rb.gy s.id trib.al dlvr.it amzn.to aka.ms bl.ink "
    "shor.by ift.tt hubs.ly hubs.la mailchi.mp eepurl.com wp.me spoti.fi apple.co qr.ae x.gd "
    "protect-eu.mimecast.com protect-us.mimecast.com protect-au.mimecast.com".split()
)

# Search engines: an address on them is a page of results, not an account.
SEARCH_HOSTS = frozenset(
    "bing.com duckduckgo.com html.duckduckgo.com search.yahoo.com yandex.ru yandex.com "
    "baidu.com ecosia.org startpage.com search.brave.com".split()
)
