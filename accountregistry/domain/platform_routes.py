"""The types of the platform table (domain/platforms.py): routes, their URL templates, platforms.

A *route* is one way a platform addresses one kind of account: its URL templates, the rule its
names follow, whether case matters, and the prefix its handles carry. A *platform* is its hosts
and routes, plus the first path segments that are its own pages rather than accounts.

Templates
---------
Written without the leading slash. ``{name}`` is the account's name (within one path segment,
or one host label), ``{*}`` any one segment; a name beside a literal character in its segment
stops at that character ("p/{*}-{name}" takes the digits after the last hyphen). By default
anything after the template is a sub-page of the account (a post, "about") and is ignored; a
trailing ``$`` forbids that. ``path?key={name}`` takes the name from the query (a literal may
precede it: ``?q=place_id:{name}``). A template starting with ``//`` names its host too
("//wa.me/{name}", "//{name}.substack.com"); other templates apply to every host of the platform.
The first buildable template of a route (one without ``{*}``) makes the canonical URL.

Handle scheme
-------------
A handle is ``prefix + name``. Routes whose presences are the same set form one namespace: the
platform cannot tell those accounts apart by name (a GitHub user and organisation, a Telegram
channel and group), so they share handles and the presence is only what the address suggests.
Routes of different namespaces must never give the same handle: at most one namespace has
unprefixed handles, unprefixed names never contain "/", ":" or "@", and every prefix of the other
namespaces ends in one of those characters (enforced when the table is built).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable
from urllib.parse import quote

from accountregistry.domain.messages import Phrase
from accountregistry.domain.web_addresses import protect_end

PRESENCES: tuple[str, ...] = ("profile", "page", "group", "channel")

_NAME_SLOT = "{name}"
_ANY_SLOT = "{*}"
_SLOT_SPLIT = re.compile(r"(\{name\}|\{\*\})")
_SEPARATORS = "/:@"
# Every platform's mobile and alternative front ends are the same site.
GENERIC_SUBDOMAINS = frozenset("www m mobile web touch mbasic i".split())


def _slots_to_regex(text: str, separator: str) -> str:
    """`text` with its slots as regular expressions; `separator` ends a slot ("/" in a path,
    "." in a host). Slots never overlap, which keeps every template's regex linear."""
    out = []
    pieces = _SLOT_SPLIT.split(text)
    for i, piece in enumerate(pieces):
        if piece not in (_NAME_SLOT, _ANY_SLOT):
            out.append(re.escape(piece))
            continue
        stop = separator
        after = pieces[i + 1][:1] if i + 1 < len(pieces) else ""
        if after and after != separator and piece == _NAME_SLOT:
            stop += re.escape(after)
        before = pieces[i - 1] if i else ""
        if i >= 2 and pieces[i - 2] == _ANY_SLOT and separator not in before and piece == _NAME_SLOT:
            stop += re.escape(before[-1:])
        if piece == _NAME_SLOT:
            out.append(f"(?P<name>[^{stop}]+)")
        elif after and after != separator:
            # "{*}-{name}": the name after the *last* hyphen (greedy, but linear: the name
            # itself cannot contain the hyphen).
            out.append(f"[^{separator}]*")
        else:
            out.append(f"[^{separator}]+")
    return "".join(out)


def _parts(body: str) -> tuple[str | None, str, str]:
    """(host template or None, path, query) of a template without its "$"."""
    host_text = None
    if body.startswith("//"):
        host_text, _, body = body[2:].partition("/")
    path, _, query = body.partition("?")
    return host_text, path.rstrip("/"), query


def _query_slot(source: str, path: str, query: str) -> tuple[str | None, str]:
    """(query key, literal before the name) of a "path?key=…{name}" template."""
    if not query:
        return None, ""
    key, _, value = query.partition("=")
    literal, slot, rest = value.partition(_NAME_SLOT)
    if not slot or rest or _NAME_SLOT in path:
        raise ValueError(f"template {source!r}: a query template must be 'path?key=…{{name}}'")
    return key, literal


def _head(path: str, query_key: str | None) -> tuple[re.Pattern[str] | None, str]:
    """What an address that stops where the name should start looks like, and its words."""
    if query_key:
        return re.compile(re.escape(path), re.I), f"/{path}?{query_key}="
    if _NAME_SLOT in path and not path.startswith(_NAME_SLOT):
        head_src = path.split(_NAME_SLOT)[0]
        return (re.compile(_slots_to_regex(head_src, "/").rstrip("/") + "/?", re.S | re.I),
                "/" + head_src.replace(_ANY_SLOT, "…"))
    return None, ""


@dataclass(frozen=True)
class Template:
    """A compiled URL template (see the module docstring)."""

    source: str
    host: re.Pattern[str] | None  # None: any of the platform's hosts
    path: re.Pattern[str]
    query_key: str | None
    query_literal: str
    # Matches a path that stops where the name should start ("linkedin.com/company/").
    head: re.Pattern[str] | None
    head_text: str
    name_in_host: bool
    starts_with_slot: bool
    first_literal: str | None
    buildable: bool
    # What url() fills in: the template's own host (None: the platform's) and the rest.
    own_host: str | None
    rest: str

    @classmethod
    def compile(cls, source: str) -> Template:
        exact = source.endswith("$")
        host_text, path, query = _parts(source[:-1] if exact else source)
        query_key, literal = _query_slot(source, path, query)
        if query_key is None and _NAME_SLOT not in path + (host_text or ""):
            raise ValueError(f"template {source!r} has no {{name}} slot")
        if exact or query_key:
            tail = ""
        else:
            tail = "(?:/.*)?" if path else "(?:.*)"
        head, head_text = _head(path, query_key)
        first = path.split("/", 1)[0]
        body = source.rstrip("$")
        own_host, _, rest = body[2:].partition("/") if host_text is not None else (None, "", body)
        return cls(
            source=source,
            host=re.compile(_slots_to_regex(host_text, "."), re.I) if host_text else None,
            # Literal parts ignore case ("/IN/JANE" is still a profile); names are checked and
            # folded separately, per route.
            path=re.compile(_slots_to_regex(path, "/") + tail, re.S | re.I),
            query_key=query_key,
            query_literal=literal,
            head=head,
            head_text=head_text,
            name_in_host=bool(host_text and _NAME_SLOT in host_text),
            starts_with_slot=path.startswith("{") and host_text is None,
            first_literal=None if "{" in first or not first else first.lower(),
            buildable=_ANY_SLOT not in source,
            own_host=own_host,
            rest=rest,
        )

    def url(self, canonical_host: str, name: str) -> str:
        """The address this template makes for `name` (already folded)."""
        host = canonical_host if self.own_host is None else self.own_host
        if self.query_key:
            return protect_end(f"https://{host}/{self.rest}".replace(_NAME_SLOT, _quoted(name, "@:.-_~+")))
        host = host.replace(_NAME_SLOT, name)
        # Canonical URLs are valid URIs, so non-ASCII names are percent-encoded.
        path = self.rest.replace(_NAME_SLOT, _quoted(name, "@:.-_~·+")).rstrip("/")
        return protect_end(f"https://{host}/{path}" if path else f"https://{host}")


# Characters quote() never escapes with either of url()'s safe sets: the names of most accounts.
_PLAIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~@:+"


def _quoted(name: str, safe: str) -> str:
    return quote(name, safe=safe) if name.strip(_PLAIN) else name  # a plain name without quote()'s work


def rule(code: str, **params: object) -> Phrase:
    """What a name must be, as a phrase completing "it should …" (domain/messages.py)."""
    return Phrase(code, **params)


@dataclass(frozen=True)
class Route:
    """One way a platform addresses one kind of account.

    ``presence`` is the kind of account (or a tuple of kinds sharing one namespace; the first
    is what an address suggests). ``paths`` are its URL templates. ``name`` is the regex a name
    must fully match after NFC normalisation, removing ``drop`` characters and, unless
    ``case_sensitive``, lowercasing; ``rule`` says it in words. ``reserved`` names are the
    platform's own pages. ``typed_prefixes`` are what a typed handle may start with and mean
    the same (handles of older versions). ``typed_bare`` says whether a handle typed without the prefix may
    mean this route. ``convert`` turns a matched name into the stored one (a hexadecimal id
    into its decimal form); ``extract`` finds a name where no template can (inside a map's
    data string).
    """

    presence: str | tuple[str, ...]
    paths: tuple[str, ...]
    name: str
    rule: Phrase
    prefix: str = ""
    example: str = "acme"
    case_sensitive: bool = False
    typed_bare: bool = True
    drop: str = ""
    typed_prefixes: tuple[str, ...] = ()
    reserved: str = ""
    convert: Callable[[str], str] | None = None
    extract: Callable[[str, str], str] | None = None
    presences: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        presences = (self.presence,) if isinstance(self.presence, str) else tuple(self.presence)
        for presence in presences:
            if presence not in PRESENCES:
                raise ValueError(f"route presence {presence!r} is not one of {PRESENCES}")
        object.__setattr__(self, "presences", presences)

    # The regular expressions are compiled when the recogniser first needs them: the window and
    # the command line's light commands only read the table's names and ids.
    @cached_property
    def templates(self) -> tuple[Template, ...]:
        return tuple(Template.compile(p) for p in self.paths)

    @cached_property
    def builder(self) -> Template | None:
        """The first template that can make a URL (none with "{*}"): the canonical address."""
        return next((t for t in self.templates if t.buildable), None)

    @cached_property
    def name_re(self) -> re.Pattern[str]:
        return re.compile(self.name)

    @cached_property
    def reserved_names(self) -> frozenset[str]:
        # "m.substack.com" is Substack's mobile site, not a publication called "m".
        in_host = any(t.name_in_host for t in self.templates)
        return frozenset(self.reserved.split()) | (GENERIC_SUBDOMAINS if in_host else frozenset())

    def fold(self, raw: str) -> str:
        name = raw.strip() if raw.isascii() else unicodedata.normalize("NFC", raw.strip())
        if self.drop:
            name = name.translate({ord(c): None for c in self.drop})
        return name if self.case_sensitive else name.lower()

    def accepts(self, name: str) -> bool:
        return bool(self.name_re.fullmatch(name)) and name not in self.reserved_names


@dataclass(frozen=True)
class NotAccount:
    """First path segments that are a platform's own pages, not accounts: ``what`` is "post"
    (posts, photos, videos, share links: "paste the profile instead"), "short link", "search"
    or "" (anything else). ``pattern`` catches first segments by shape (Vimeo's video numbers)."""

    what: str
    segments: frozenset[str]
    pattern: re.Pattern[str] | None = None

    def covers(self, first: str) -> bool:
        return first in self.segments or bool(self.pattern and self.pattern.fullmatch(first))


def _templates_by_first(routes: tuple[Route, ...]) -> dict[str, tuple[tuple[Route, Template], ...]]:
    """The templates worth trying for a path's first segment, in table order (for speed); ""
    holds those for any other first segment."""
    pairs = [(r, t) for r in routes for t in r.templates]
    firsts = {t.first_literal for _, t in pairs if t.first_literal}
    by_first = {first: tuple((r, t) for r, t in pairs if t.first_literal in (None, first)) for first in firsts}
    by_first[""] = tuple((r, t) for r, t in pairs if t.first_literal is None)
    return by_first


def not_account(what: str, segments: str, pattern: str = "") -> NotAccount:
    return NotAccount(what, frozenset(segments.split()), re.compile(pattern) if pattern else None)


@dataclass(frozen=True)
class Platform:
    """A platform: its hosts, its routes and the pages of its own.

    ``domain`` is a regex for its registrable domains, matched against whole trailing labels
    (None: no fixed host, as for Mastodon and Other). ``subdomains`` are leading labels that
    are the same site (country or language versions; www., m. and the like always are); with
    ``open_subdomains`` any other subdomain is another site altogether (docs.google.com),
    otherwise it is refused as the platform's own. ``link_hosts`` only ever carry redirects
    or single items: (host, "short link" or "post"). ``federated``: the handle carries its own
    server ("user@instance").
    """

    id: str
    name: str
    presences: tuple[str, ...]
    routes: tuple[Route, ...] = ()
    domain: str | None = None
    subdomains: str = ""
    open_subdomains: bool = False
    canonical_host: str = ""
    not_accounts: tuple[NotAccount, ...] = ()
    link_hosts: tuple[tuple[str, str], ...] = ()
    federated: bool = False
    _by_presence: dict[str, tuple[Route, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for route in self.routes:
            if not set(route.presences) <= set(self.presences):
                raise ValueError(f"{self.id}: route presences {route.presences} not in {self.presences}")
        self._check_namespaces()
        object.__setattr__(self, "_by_presence", {
            presence: tuple(r for r in self.routes if presence in r.presences) for presence in self.presences})

    @cached_property
    def claimed(self) -> frozenset[str]:
        # A template that starts with a slot must not swallow a segment that another template,
        # or the platform itself, already gives a meaning.
        claimed = {seg for na in self.not_accounts for seg in na.segments}
        return frozenset(claimed | {t.first_literal for r in self.routes for t in r.templates if t.first_literal})

    @cached_property
    def _by_first(self) -> dict[str, tuple[tuple[Route, Template], ...]]:
        return _templates_by_first(self.routes)

    def templates_for(self, first_segment: str) -> tuple[tuple[Route, Template], ...]:
        """(route, template) pairs that may match a path starting with `first_segment`."""
        return self._by_first.get(first_segment, self._by_first[""])

    def _check_namespaces(self) -> None:
        """The collision guarantee of the handle scheme, enforced on the table."""
        spaces = {frozenset(r.presences) for r in self.routes if not r.prefix}
        if len(spaces) > 1:
            raise ValueError(f"{self.id}: only one namespace may have unprefixed handles, not {spaces}")
        for a in self.routes:
            for b in self.routes:
                if set(a.presences) == set(b.presences) or not a.prefix:
                    continue
                if b.prefix.startswith(a.prefix):
                    raise ValueError(f"{self.id}: prefix {b.prefix!r} overlaps {a.prefix!r}")
                if a.prefix[-1] not in _SEPARATORS:
                    raise ValueError(f"{self.id}: prefix {a.prefix!r} must end in one of {_SEPARATORS}")

    def same_site(self, sub: str) -> bool:
        """Whether the labels `sub` in front of the domain are this platform's own site."""
        labels = [label for label in sub.split(".") if label] if sub else []
        while labels and labels[0] in GENERIC_SUBDOMAINS:
            labels.pop(0)
        rest = ".".join(labels)
        return not rest or bool(self.subdomains and re.fullmatch(self.subdomains, rest))

    def routes_for(self, presence: str) -> tuple[Route, ...]:
        return self._by_presence.get(presence, ())
