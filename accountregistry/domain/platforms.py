"""Recognise social-media account addresses.

A user pastes whatever their browser shows; the registry needs a stable key
for the account behind it.  That key is ``(platform id, handle)``, and the
handle is what this module computes, so two addresses for the same account
(mobile host, tracking parameters, a sub-page, different letter case) must
give the same handle, and a canonical URL can always be rebuilt from it.

Everything platform-specific lives in the ``PLATFORMS`` table; the functions
below it only interpret the table.  Standard library only, so the domain layer
stays importable without Qt.

Handle scheme
-------------
Every route (one way of addressing one kind of account) gives its handles a
fixed *prefix*; the table lists them next to each route.  On each platform
at most one presence has unprefixed handles (checked when the table is
built), unprefixed names never contain ``/`` or ``:``, and every prefix of a
multi-presence platform ends in one of those two characters.  So handles of
different presences on one platform can never collide:

    linkedin   page "acme" (company), "showcase/acme", "school/acme";
               profile "in/jane-doe"; group "groups/1234567"
    facebook   page "acme" or numeric "123456789"; profile "id:1000123";
               group "groups/acme" or "groups/123"
    youtube    channel "@acme", "channel/UC…" (case kept), "c/acme", "user/acme"
    bluesky    profile "acme.bsky.social" or "did:plc:…" (case kept)
    mastodon   profile "user@instance"
    other      page "host/path" (host lowercase, without www.)
    the rest   profile = the lowercase user name, without "@"
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, unquote, urlsplit

__all__ = [
    "PLATFORMS",
    "PLATFORM_IDS",
    "PRESENCES",
    "HandleInvalid",
    "Platform",
    "Recognised",
    "Route",
    "UnknownPlatform",
    "UrlNotRecognised",
    "canonical_url",
    "normalise_handle",
    "platform",
    "recognise_url",
]

PRESENCES: tuple[str, ...] = ("profile", "page", "group", "channel")

# Browsers and most servers stop at roughly this length; anything longer is a
# paste accident, and the cap also bounds the work every regex below can do.
MAX_INPUT_LENGTH = 2048

_EXAMPLE_URL = "https://www.linkedin.com/company/acme"


class UnknownPlatform(ValueError):
    """A platform id that is not in ``PLATFORMS``."""


class UrlNotRecognised(ValueError):
    """Pasted text that cannot be turned into a registry key.

    ``str(error)`` is one sentence meant to be shown to the user as it is.
    """


class HandleInvalid(ValueError):
    """A typed handle that the platform would not accept.

    ``str(error)`` is one sentence meant to be shown to the user as it is.
    """


# ---------------------------------------------------------------------------
# Table types
# ---------------------------------------------------------------------------

_NAME_SLOT = "{name}"
_ANY_SLOT = "{*}"
_SLOT_SPLIT = re.compile(r"(\{name\}|\{\*\})")


@dataclass(frozen=True)
class _Template:
    """A compiled URL path template (see ``Route.paths``)."""

    source: str
    regex: re.Pattern[str]
    query_key: str | None
    # Matches a path that stops right where the name should start, so that
    # "linkedin.com/company/" can be told apart from a wrong address.
    head: re.Pattern[str] | None
    head_text: str
    starts_with_name: bool
    first_literal: str | None
    buildable: bool


def _slots_to_regex(text: str) -> str:
    # Slots stand for exactly one path segment, which keeps every template
    # regex free of nested or overlapping quantifiers.
    out = []
    for piece in _SLOT_SPLIT.split(text):
        if piece == _NAME_SLOT:
            out.append("(?P<name>[^/]+)")
        elif piece == _ANY_SLOT:
            out.append("[^/]+")
        else:
            out.append(re.escape(piece))
    return "".join(out)


def _compile_template(source: str) -> _Template:
    exact = source.endswith("$")
    body = source[:-1] if exact else source
    path, _, query = body.partition("?")
    query_key = None
    if query:
        query_key, _, slot = query.partition("=")
        if slot != _NAME_SLOT or _NAME_SLOT in path:
            raise ValueError(f"template {source!r}: a query template must be 'path?key={{name}}'")
    elif _NAME_SLOT not in path:
        raise ValueError(f"template {source!r} has no {{name}} slot")
    # Sub-pages (about, posts, videos, a single post...) still identify the
    # account, so by default anything after the name is ignored.
    tail = "" if exact or query_key else "(?:/.*)?"
    # Literal parts ignore case ("/IN/JANE" is still a profile); names are
    # validated and folded separately, per route.
    regex = re.compile(_slots_to_regex(path) + tail, re.S | re.I)
    head, head_text = None, ""
    if query_key:
        head, head_text = re.compile(re.escape(path), re.I), f"/{path}?{query_key}="
    elif not path.startswith(_NAME_SLOT):
        head_src = path.split(_NAME_SLOT)[0]
        head = re.compile(_slots_to_regex(head_src), re.S | re.I)
        head_text = "/" + head_src.replace(_ANY_SLOT, "…")
    first = path.split("/", 1)[0]
    return _Template(
        source=source,
        regex=regex,
        query_key=query_key,
        head=head,
        head_text=head_text,
        starts_with_name=path.startswith(_NAME_SLOT),
        first_literal=None if "{" in first else first.lower(),
        buildable=_ANY_SLOT not in path,
    )


@dataclass(frozen=True)
class Route:
    """One way a platform addresses one kind of account.

    ``paths`` are URL path templates without the leading slash: ``{name}``
    is the account's name (one segment), ``{*}`` any one segment, a trailing
    ``$`` forbids sub-pages after the name, and ``path?key={name}`` takes the
    name from the query string.  The first template rebuilds the canonical
    URL; a route whose first template contains ``{*}`` only recognises, and
    another route of the same presence and prefix must build its URLs.

    ``name`` is the regex the name must fully match *after* Unicode NFC
    normalisation and, unless ``case_sensitive``, lowercasing.  ``rule``
    completes the sentence "it should ..." in error messages.

    The handle is ``prefix + name``.  ``typed_bare`` says whether a typed
    handle without the prefix may mean this route (for example a typed
    "acme" on LinkedIn means a company, not a showcase page).
    """

    presence: str
    paths: tuple[str, ...]
    name: str
    rule: str
    prefix: str = ""
    example: str = "acme"
    case_sensitive: bool = False
    typed_bare: bool = True
    noun: str = "name"
    _templates: tuple[_Template, ...] = field(init=False, repr=False, compare=False)
    _name_re: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.presence not in PRESENCES:
            raise ValueError(f"route presence {self.presence!r} is not one of {PRESENCES}")
        object.__setattr__(self, "_templates", tuple(_compile_template(p) for p in self.paths))
        object.__setattr__(self, "_name_re", re.compile(self.name))


@dataclass(frozen=True)
class NotAccount:
    """First path segments that are a platform's own pages, not accounts.

    ``what`` names the thing ("video", "post") for a more useful message; an
    empty ``what`` just says the address is not an account.
    """

    what: str
    segments: frozenset[str]


def _not(what: str, segments: str) -> NotAccount:
    return NotAccount(what, frozenset(segments.split()))


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    presences: tuple[str, ...]
    routes: tuple[Route, ...] = ()
    # Registrable domain(s) as a regex matched against whole trailing labels;
    # None means the platform has no fixed host (Mastodon, Other).
    domain: str | None = None
    # Leading labels that are the same site (country or language versions);
    # www., m., mobile. and the like are accepted for every platform.
    subdomains: str = ""
    canonical_host: str = ""
    not_accounts: tuple[NotAccount, ...] = ()
    # Hosts that only ever carry redirects or single items: (host, what),
    # where what == "short link" gets the "open it first" advice.
    link_hosts: tuple[tuple[str, str], ...] = ()
    # The handle carries its own server ("user@instance"); the URL host is
    # taken from the handle instead of canonical_host.
    federated: bool = False
    _domain_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _sub_re: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _claimed: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for route in self.routes:
            if route.presence not in self.presences:
                raise ValueError(f"{self.id}: route presence {route.presence!r} not in presences")
        # The collision guarantee of the handle scheme, enforced on the table.
        bare = {r.presence for r in self.routes if not r.prefix}
        if len(bare) > 1:
            raise ValueError(f"{self.id}: only one presence may have unprefixed handles, not {bare}")
        for a in self.routes:
            for b in self.routes:
                if a.presence != b.presence and a.prefix and b.prefix.startswith(a.prefix):
                    raise ValueError(f"{self.id}: prefix {b.prefix!r} overlaps {a.prefix!r}")
                if a.presence != b.presence and a.prefix and a.prefix[-1] not in "/:":
                    raise ValueError(f"{self.id}: prefix {a.prefix!r} must end in / or :")
        object.__setattr__(self, "_domain_re", re.compile(self.domain) if self.domain else None)
        subs = _GENERIC_SUBDOMAINS + (f"|{self.subdomains}" if self.subdomains else "")
        object.__setattr__(self, "_sub_re", re.compile(f"(?:{subs})"))
        # A bare "{name}" template must not swallow a segment that another
        # template, or the platform itself, already gives a meaning.
        claimed = {seg for na in self.not_accounts for seg in na.segments}
        claimed |= {
            t.first_literal for r in self.routes for t in r._templates if t.first_literal
        }
        object.__setattr__(self, "_claimed", frozenset(claimed))


# Every platform's mobile and alternative front ends are the same site.
_GENERIC_SUBDOMAINS = "www|m|mobile|web|touch|mbasic"

# Name fragments shared by several platforms.
_DOMAIN_NAME = (
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?"
)
_INSTAGRAM_NAME = r"[a-z0-9._]{1,30}"
_INSTAGRAM_RULE = "be 1 to 30 letters, digits, dots or underscores"
_ORG_NAME = r"[\w.-]{1,100}"
_ORG_RULE = "be up to 100 letters, digits, dots, hyphens or underscores"


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------

PLATFORMS: tuple[Platform, ...] = (
    Platform(
        id="linkedin",
        name="LinkedIn",
        presences=("profile", "page", "group"),
        domain=r"linkedin\.com",
        # Country versions: dk.linkedin.com, no.linkedin.com, in.linkedin.com...
        subdomains=r"[a-z]{2}",
        canonical_host="www.linkedin.com",
        routes=(
            # Handles: company "acme", "showcase/acme", "school/acme",
            # person "in/jane", group "groups/123".  Companies go unprefixed
            # because they are what an organisation's registry mostly holds.
            Route("page", ("company/{name}",), _ORG_NAME, _ORG_RULE),
            Route("page", ("showcase/{name}",), _ORG_NAME, _ORG_RULE,
                  prefix="showcase/", typed_bare=False),
            Route("page", ("school/{name}",), _ORG_NAME, _ORG_RULE,
                  prefix="school/", typed_bare=False),
            Route("profile", ("in/{name}",), r"[\w-]{2,100}",
                  "be 2 to 100 letters, digits, hyphens or underscores",
                  prefix="in/", example="jane-doe"),
            Route("group", ("groups/{name}",), r"[\w-]{1,100}",
                  "be the group's number or name (letters, digits and hyphens)",
                  prefix="groups/", example="1234567"),
        ),
        not_accounts=(
            _not("post", "posts"),
            _not("article", "pulse"),
            _not("job listing", "jobs"),
            _not("", "feed login signup help legal search messaging notifications mynetwork pub"),
        ),
        link_hosts=(("lnkd.in", "short link"),),
    ),
    Platform(
        id="facebook",
        name="Facebook",
        presences=("profile", "page", "group"),
        domain=r"facebook\.com|fb\.com|fb\.me",
        # Language versions: da-dk.facebook.com, de-de.facebook.com...
        subdomains=r"[a-z]{2}(?:-[a-z]{2})?",
        canonical_host="www.facebook.com",
        routes=(
            # Handles: page "acme" or "123456789", profile "id:123456789",
            # group "groups/acme" or "groups/123".  A bare facebook.com/NAME
            # is treated as a page: organisations register pages far more
            # often than personal usernames, and Facebook itself does not
            # tell the two apart in the address.
            Route("page", ("{name}", "pg/{name}"), r"[a-z0-9.-]{1,80}",
                  "be up to 80 letters, digits, dots or hyphens"),
            # Pages without a username only have numeric addresses; the
            # username route above rebuilds their canonical facebook.com/NNN.
            Route("page", ("pages/{*}/{name}", "p/{*}-{name}"), r"[0-9]{1,25}",
                  "be the page's number, in digits only",
                  example="100063480311999", typed_bare=False, noun="id"),
            Route("profile", ("profile.php?id={name}", "people/{*}/{name}"), r"[0-9]{1,25}",
                  "be the number from its profile.php?id= address "
                  "(a Facebook user name is registered as a page)",
                  prefix="id:", example="100012345678901", noun="id"),
            Route("group", ("groups/{name}",), r"[\w.-]{1,100}",
                  "be up to 100 letters, digits, dots, hyphens or underscores",
                  prefix="groups/"),
        ),
        not_accounts=(
            _not("video", "watch reel reels video.php videos"),
            _not("photo", "photo photo.php photos"),
            _not("post", "permalink.php story.php posts"),
            _not("event", "events event"),
            _not("", "sharer sharer.php share share.php dialog plugins l.php login login.php "
                     "logout.php signup r.php recover checkpoint home.php help policies policy.php "
                     "privacy terms legal settings notifications messages friends marketplace "
                     "gaming games bookmarks saved search hashtag stories memories fundraisers "
                     "live ads business notes"),
        ),
        link_hosts=(("fb.watch", "video"),),
    ),
    Platform(
        id="instagram",
        name="Instagram",
        presences=("profile",),
        domain=r"instagram\.com|instagr\.am",
        canonical_host="www.instagram.com",
        routes=(Route("profile", ("{name}",), _INSTAGRAM_NAME, _INSTAGRAM_RULE),),
        not_accounts=(
            _not("post", "p reel reels tv"),
            _not("", "explore stories accounts direct about legal developer web challenge "
                     "emails session privacy terms"),
        ),
    ),
    Platform(
        id="x",
        name="X",
        presences=("profile",),
        domain=r"(?:twitter|x)\.com",
        canonical_host="x.com",
        routes=(
            # A post address (x.com/NAME/status/123) names its author before
            # "status", so it is accepted as the author's profile.
            Route("profile", ("{name}",), r"[a-z0-9_]{1,15}",
                  "be 1 to 15 letters, digits or underscores"),
        ),
        not_accounts=(
            _not("", "i home search intent explore notifications messages settings compose "
                     "login logout signup share hashtag tos privacy account jobs download"),
        ),
        link_hosts=(("t.co", "short link"),),
    ),
    Platform(
        id="tiktok",
        name="TikTok",
        presences=("profile",),
        domain=r"tiktok\.com",
        canonical_host="www.tiktok.com",
        routes=(
            # A video address (tiktok.com/@NAME/video/123) names its author.
            Route("profile", ("@{name}",), r"[a-z0-9._]{2,24}",
                  "be 2 to 24 letters, digits, dots or underscores"),
        ),
        not_accounts=(_not("short link", "t"),),
        link_hosts=(("vm.tiktok.com", "short link"), ("vt.tiktok.com", "short link")),
    ),
    Platform(
        id="youtube",
        name="YouTube",
        presences=("channel",),
        domain=r"youtube\.com",
        subdomains=r"music",
        canonical_host="www.youtube.com",
        routes=(
            # Handles: "@acme", "channel/UC...", "c/acme", "user/acme".
            # A typed bare name shaped exactly like a channel id is read as
            # the id, hence the look-ahead; channel ids are case-sensitive.
            Route("channel", ("@{name}",), r"(?!uc[a-z0-9_-]{22}$)[\w.·-]{3,30}",
                  "be 3 to 30 letters, digits, dots, hyphens or underscores",
                  prefix="@"),
            Route("channel", ("channel/{name}",), r"UC[A-Za-z0-9_-]{22}",
                  "be a channel id: UC followed by 22 letters, digits, hyphens or underscores",
                  prefix="channel/", example="UCBR8-60-B28hp2BmDPdntcQ",
                  case_sensitive=True, noun="id"),
            Route("channel", ("c/{name}",), r"[\w.-]{1,100}",
                  "be up to 100 letters, digits, dots, hyphens or underscores",
                  prefix="c/", typed_bare=False),
            Route("channel", ("user/{name}",), r"[\w.-]{1,100}",
                  "be up to 100 letters, digits, dots, hyphens or underscores",
                  prefix="user/", typed_bare=False),
        ),
        not_accounts=(
            _not("video", "watch shorts embed live v clip"),
            _not("playlist", "playlist"),
        ),
        link_hosts=(("youtu.be", "video"),),
    ),
    Platform(
        id="threads",
        name="Threads",
        presences=("profile",),
        domain=r"threads\.(?:net|com)",
        canonical_host="www.threads.com",
        routes=(Route("profile", ("@{name}",), _INSTAGRAM_NAME, _INSTAGRAM_RULE),),
    ),
    Platform(
        id="bluesky",
        name="Bluesky",
        presences=("profile",),
        domain=r"bsky\.app",
        canonical_host="bsky.app",
        routes=(
            # Handles are domain names ("acme.bsky.social", "acme.dk") or DIDs
            # ("did:plc:..."); a DID contains ":" so the two cannot collide.
            Route("profile", ("profile/{name}",), _DOMAIN_NAME,
                  "be a domain name such as acme.bsky.social",
                  example="acme.bsky.social"),
            Route("profile", ("profile/{name}",),
                  r"did:plc:[a-z2-7]{24}|did:web:" + _DOMAIN_NAME,
                  "be a DID such as did:plc: followed by 24 letters and digits",
                  example="did:plc:z72i7hdynmk6r22z27h6tvur", case_sensitive=True, noun="id"),
        ),
    ),
    Platform(
        id="mastodon",
        name="Mastodon",
        presences=("profile",),
        federated=True,
        routes=(
            # Handle "user@instance".  Other Fediverse software (Pleroma,
            # Misskey, Pixelfed...) uses the same /@user shape, and there is
            # no offline way to tell them apart, so every /@user address on
            # a host that is not in this table counts as Mastodon.  /users/
            # must end the path: other sites use /users/ID/slug for their own
            # member pages.
            Route("profile", ("@{name}", "users/{name}$", "web/@{name}"),
                  r"[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?@" + _DOMAIN_NAME,
                  "be a user name and its server joined by @",
                  example="acme@mastodon.social"),
        ),
    ),
    Platform(
        id="pinterest",
        name="Pinterest",
        presences=("profile",),
        domain=r"pinterest\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})",
        subdomains=r"[a-z]{2}",
        canonical_host="www.pinterest.com",
        routes=(
            # A board address (pinterest.com/NAME/BOARD) names its owner.
            Route("profile", ("{name}",), r"[a-z0-9_]{3,30}",
                  "be 3 to 30 letters, digits or underscores"),
        ),
        not_accounts=(
            _not("pin", "pin"),
            _not("", "search ideas today business settings login signup about explore _ "
                     "categories topics videos shop resource news_hub password"),
        ),
        link_hosts=(("pin.it", "short link"),),
    ),
    Platform(
        id="snapchat",
        name="Snapchat",
        presences=("profile",),
        domain=r"snapchat\.com",
        subdomains=r"story",
        canonical_host="www.snapchat.com",
        routes=(
            Route("profile", ("add/{name}", "@{name}"), r"[a-z][a-z0-9._-]{2,14}",
                  "be 3 to 15 letters, digits, dots, hyphens or underscores, starting with a letter"),
        ),
        link_hosts=(("t.snapchat.com", "short link"),),
    ),
    # Any other web address: handle = host (without www.) + path, so a
    # company blog or a platform this table does not know can still be
    # registered.  Handled in code because it has no routes.
    Platform(id="other", name="Other", presences=("page",)),
)

PLATFORM_IDS: tuple[str, ...] = tuple(p.id for p in PLATFORMS)
_BY_ID = {p.id: p for p in PLATFORMS}
_HOSTED = tuple(p for p in PLATFORMS if p.domain)
_MASTODON = _BY_ID["mastodon"]
_OTHER = _BY_ID["other"]

# Sites that also use /@name for their own members and are not Fediverse
# servers; their addresses are registered as "other".
_NOT_FEDIVERSE = ("medium.com", "substack.com")

# Typed "name@host" is also the shape of an e-mail address; these hosts are
# mail providers, never Mastodon servers, so the mix-up gets its own message.
_MAIL_PROVIDERS = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com "
    "icloud.com me.com aol.com proton.me protonmail.com gmx.com gmx.net mail.com "
    "yandex.ru".split()
)

# Generic redirectors: the account is wherever they lead, which only a
# browser can find out.
_SHORTENERS = frozenset("bit.ly tinyurl.com ow.ly buff.ly goo.gl is.gd rebrand.ly".split())


def platform(platform_id: str) -> Platform:
    try:
        return _BY_ID[platform_id]
    except (KeyError, TypeError):
        raise UnknownPlatform(
            f"“{platform_id}” is not a known platform: use one of {', '.join(PLATFORM_IDS)}."
        ) from None


@dataclass(frozen=True)
class Recognised:
    platform: str
    presence: str
    handle: str
    url: str


# ---------------------------------------------------------------------------
# Message helpers
# ---------------------------------------------------------------------------


def _a(word: str) -> str:
    # "an X" is how the letter is read aloud.
    return "an" if word[:1].upper() in "AEIOU" or word == "X" else "a"


def _or_list(items: tuple[str, ...] | list[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _shown(text: str) -> str:
    """The user's text made safe and short enough to quote back."""
    cut = text[:80]
    safe = "".join("\ufffd" if unicodedata.category(c)[0] in "CZ" and c != " " else c for c in cut)
    return safe if len(text) <= 80 else safe[:79] + "…"


def _example(p: Platform, presence: str | None = None) -> str:
    for route in p.routes:
        if presence in (None, route.presence) and route._templates[0].buildable:
            return _build(p, route, route.prefix + route.example)
    return _EXAMPLE_URL


def _not_web(text: str, why: str) -> UrlNotRecognised:
    return UrlNotRecognised(f"“{_shown(text)}” is not a web address: {why} (for example {_EXAMPLE_URL}).")


def _ip_address(text: str) -> UrlNotRecognised:
    return UrlNotRecognised(
        f"“{_shown(text)}” uses a numeric IP address instead of a site name; "
        "paste the address with the site's name instead."
    )


def _not_account(text: str, p: Platform, what: str = "") -> UrlNotRecognised:
    kinds = _or_list(p.presences)
    if what == "short link":
        return UrlNotRecognised(
            f"“{_shown(text)}” is {_a(p.name)} {p.name} short link; "
            "open it in your browser and paste the full address it leads to."
        )
    if what:
        return UrlNotRecognised(
            f"“{_shown(text)}” is {_a(p.name)} {p.name} {what}, not {_a(kinds)} {kinds}; "
            f"open the {kinds} itself and paste its address (for example {_example(p)})."
        )
    return UrlNotRecognised(
        f"“{_shown(text)}” is not {_a(p.name)} {p.name} {kinds} address; "
        f"paste the address of the {kinds} itself (for example {_example(p)})."
    )


# ---------------------------------------------------------------------------
# Recognition
# ---------------------------------------------------------------------------

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_TYPED_FEDI = re.compile(r"(@?)([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)@([^/@:]+)")
_LINE_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x1f\x85")


def _check_text(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")
    text = text.strip()
    if not text:
        raise UrlNotRecognised(
            "Nothing was pasted: paste the address of a profile, page, group or channel "
            f"(for example {_EXAMPLE_URL})."
        )
    if len(text) > MAX_INPUT_LENGTH:
        raise UrlNotRecognised(
            f"The pasted text is {len(text):,} characters long, more than the "
            f"{MAX_INPUT_LENGTH:,} a web address may have here; paste only the address itself."
        )
    for c in text:
        if c.isspace() or c in _LINE_BREAKS:
            raise UrlNotRecognised(
                f"“{_shown(text)}” contains spaces or line breaks, which a web address never has; "
                "paste only the address itself."
            )
        if unicodedata.category(c)[0] == "C":
            raise UrlNotRecognised(
                f"“{_shown(text)}” contains invisible control characters; "
                "copy the address again from your browser's address bar."
            )
    return text


def _clean_host(text: str, raw: str) -> str:
    """Validate a host and return it lowercase, ASCII, without a final dot."""
    host = raw.rstrip(".").lower()
    if not host:
        raise _not_web(text, "it has no site name after https://")
    if not host.isascii():
        # Browsers send international names as punycode; doing the same
        # makes look-alike hosts (Cyrillic "і" in "lіnkedin") visibly
        # different from the real platform instead of matching it.
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise _not_web(
                text, f"its site name “{_shown(raw)}” contains characters that are not allowed"
            ) from None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise _ip_address(text)
    # "www." is dropped from handles later, so it cannot supply the dot.
    if "." not in _without_www(host):
        raise _not_web(text, f"its site name “{_shown(raw)}” has no dot in it")
    if not _is_host_name(host):
        raise _not_web(
            text,
            f"its site name “{_shown(raw)}” may only contain letters, digits, hyphens and dots, "
            "and must end in a real domain ending such as .com",
        )
    return host


def _is_host_name(host: str) -> bool:
    labels = host.split(".")
    return (
        len(host) <= 253
        and "." in _without_www(host)
        and all(_LABEL.fullmatch(label) for label in labels)
        and bool(_TLD.fullmatch(labels[-1]))
    )


def _without_www(host: str) -> str:
    while host.startswith("www."):
        host = host[4:]
    return host


def _match_host(host: str) -> tuple[Platform, str] | None:
    """The platform owning ``host`` and the labels in front of its domain."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        suffix = ".".join(labels[i:])
        for p in _HOSTED:
            if p._domain_re.fullmatch(suffix):  # type: ignore[union-attr]
                return p, ".".join(labels[:i])
    return None


def _link_host(host: str) -> tuple[Platform, str] | None:
    for p in _HOSTED:
        for link_host, what in p.link_hosts:
            if host == link_host:
                return p, what
    return None


def _known_host(host: str) -> bool:
    """True for hosts that can never be a Fediverse server."""
    if _match_host(host) or _link_host(host):
        return True
    return any(host == h or host.endswith("." + h) for h in _NOT_FEDIVERSE)


def _fold(route: Route, raw: str) -> str:
    name = unicodedata.normalize("NFC", raw.strip())
    return name if route.case_sensitive else name.lower()


def _accept_name(p: Platform, route: Route, raw: str, host: str) -> str | None:
    """The handle for ``raw`` via ``route``, or None if the route rejects it."""
    name = _fold(route, raw)
    if p.federated:
        if "@" not in name:
            name = f"{name}@{host}"
        if not route._name_re.fullmatch(name):
            return None
        instance = name.rsplit("@", 1)[1]
        if not _is_host_name(instance) or _known_host(instance):
            return None
        return route.prefix + name
    if not route._name_re.fullmatch(name):
        return None
    return route.prefix + name


def _query_value(query: str, key: str) -> str:
    values = parse_qs(query, keep_blank_values=True).get(key)
    return values[0] if values else ""


@dataclass
class _Miss:
    """Why no route matched, for the error message."""

    route: Route | None = None
    raw: str = ""


def _match_routes(p: Platform, path: str, query: str, host: str, miss: _Miss) -> tuple[Route, str] | None:
    first = path.split("/", 1)[0].lower()
    for route in p.routes:
        for t in route._templates:
            if t.starts_with_name and first in p._claimed:
                continue
            m = t.regex.fullmatch(path)
            if not m:
                continue
            raw = _query_value(query, t.query_key) if t.query_key else m["name"]
            if not raw:
                continue
            handle = _accept_name(p, route, raw, host)
            if handle is not None:
                return route, handle
            if miss.route is None:
                miss.route, miss.raw = route, raw
    return None


def _missing_name(p: Platform, path: str) -> tuple[Route, _Template] | None:
    for route in p.routes:
        for t in route._templates:
            if t.head is not None and (t.head.fullmatch(path) or t.head.fullmatch(path + "/")):
                return route, t
    return None


def _build(p: Platform, route: Route, handle: str) -> str:
    name = handle[len(route.prefix):]
    host = p.canonical_host
    if p.federated:
        name, host = name.rsplit("@", 1)
    path = route._templates[0].source.rstrip("$")
    # Canonical URLs are valid URIs, so non-ASCII names are percent-encoded.
    return f"https://{host}/" + path.replace(_NAME_SLOT, quote(name, safe="@:.-_~·"))


def _url_for(p: Platform, presence: str, handle: str) -> str:
    """Canonical URL of an already normalised handle."""
    if p is _OTHER:
        return "https://" + handle
    for route in p.routes:
        if route.presence != presence or not route._templates[0].buildable:
            continue
        name = handle[len(route.prefix):]
        if handle.startswith(route.prefix) and _accept_name(p, route, name, "") == handle:
            return _build(p, route, handle)
    # Only reachable if the table gives a presence names no route can build.
    raise HandleInvalid(f"“{_shown(handle)}” cannot be turned into {_a(p.name)} {p.name} address.")


def _recognise_typed_fediverse(text: str) -> Recognised:
    m = _TYPED_FEDI.fullmatch(text)
    if not m:
        raise UrlNotRecognised(
            f"“{_shown(text)}” is not a web address or a Mastodon address; paste the full address "
            f"(for example {_EXAMPLE_URL}), or write a Mastodon address as @name@server."
        )
    at, user, raw_host = m.groups()
    host = _clean_host(text, raw_host)
    if host in _MAIL_PROVIDERS:
        raise UrlNotRecognised(
            f"“{_shown(text)}” looks like an e-mail address, not a social-media account; "
            "paste the web address of the profile, page, group or channel instead."
        )
    owner = _match_host(host) or _link_host(host)
    if owner:
        raise UrlNotRecognised(
            f"“{_shown(text)}” names {owner[0].name}, not a Mastodon server; "
            f"paste the {owner[0].name} address of the account instead (for example {_example(owner[0])})."
        )
    route = _MASTODON.routes[0]
    handle = _accept_name(_MASTODON, route, f"{user}@{host}", host)
    if handle is None:
        raise UrlNotRecognised(
            f"“{_shown(text)}” is not a valid Mastodon address: it should {route.rule}."
        )
    return Recognised("mastodon", "profile", handle, _url_for(_MASTODON, "profile", handle))


def _split_url(text: str) -> tuple[str, str, str, int | None]:
    """Scheme-check ``text`` and return (host, raw path, query, port)."""
    m = _SCHEME.match(text)
    if text.startswith("//"):
        url = "https:" + text
    elif m and text[m.end():].startswith("//"):
        if m[1].lower() not in ("http", "https"):
            raise _not_web(text, "it should start with https://")
        url = text
    elif m and "." not in m[1] and not text[m.end():m.end() + 1].isdigit():
        # "mailto:", "javascript:", a typo such as "htp:/"; host:port is
        # the only scheme-like shape that is still a web address.
        raise _not_web(text, "it should start with https://")
    else:
        url = "https://" + text
    try:
        parts = urlsplit(url)
    except ValueError:
        raise _not_web(text, "its site name is malformed") from None
    if "@" in parts.netloc:
        raise UrlNotRecognised(
            f"“{_shown(text)}” has a user name or a second site name before an @, "
            "a trick used to disguise where an address leads; copy the address again from "
            "your browser's address bar."
        )
    if parts.netloc.startswith("["):
        raise _ip_address(text)
    try:
        port = parts.port
    except ValueError:
        raise _not_web(text, "the part after the colon in its site name is not a port number") from None
    raw_host = parts.hostname or ""
    return _clean_host(text, raw_host), parts.path, parts.query, port


def recognise_url(text: str) -> Recognised:
    """Platform, presence, handle and canonical URL for a pasted address."""
    text = _check_text(text)
    if "@" in text and "/" not in text and ":" not in text:
        if "@" not in text[1:]:
            raise UrlNotRecognised(
                f"“{_shown(text)}” is only a handle, which could belong to any platform; "
                f"paste the full address of the account (for example {_EXAMPLE_URL}), "
                "or write a Mastodon address as @name@server."
            )
        return _recognise_typed_fediverse(text)

    host, raw_path, query, port = _split_url(text)

    link = _link_host(host)
    if link:
        raise _not_account(text, *link)
    if host in _SHORTENERS:
        raise UrlNotRecognised(
            f"“{_shown(text)}” is a short link; open it in your browser and paste the full "
            "address it leads to."
        )

    # Segments are decoded one by one so that an encoded "/" cannot fake
    # a path structure; empty segments (double or trailing slashes) vanish.
    segments = [unquote(s) for s in raw_path.split("/") if s]
    path = "/".join(segments)

    owner = _match_host(host)
    if owner:
        p, sub = owner
        if sub and not p._sub_re.fullmatch(sub):
            raise _not_account(text, p)
        miss = _Miss()
        found = _match_routes(p, path, query, host, miss)
        if found:
            route, handle = found
            return Recognised(p.id, route.presence, handle, _url_for(p, route.presence, handle))
        if not path:
            kinds = _or_list(p.presences)
            raise UrlNotRecognised(
                f"“{_shown(text)}” is {p.name}'s home page, not {_a(kinds)} {kinds}; "
                f"paste the address of the {kinds} itself (for example {_example(p)})."
            )
        first = path.split("/", 1)[0].lower()
        for na in p.not_accounts:
            if first in na.segments:
                raise _not_account(text, p, na.what)
        if miss.route is not None:
            r = miss.route
            raise UrlNotRecognised(
                f"“{_shown(text)}” has an invalid {p.name} {r.presence} {r.noun} "
                f"“{_shown(miss.raw)}”: it should {r.rule}."
            )
        missing = _missing_name(p, path)
        if missing:
            r, t = missing
            raise UrlNotRecognised(
                f"“{_shown(text)}” is missing the {p.name} {r.presence} {r.noun} after "
                f"“{t.head_text}”; paste the full address (for example {_example(p, r.presence)})."
            )
        raise _not_account(text, p)

    if not any(host == h or host.endswith("." + h) for h in _NOT_FEDIVERSE):
        found = _match_routes(_MASTODON, path, query, host, _Miss())
        if found:
            route, handle = found
            return Recognised("mastodon", route.presence, handle, _url_for(_MASTODON, route.presence, handle))

    handle = _other_handle(host, raw_path, port)
    # Escaping can lengthen a path sixfold; the canonical URL must itself be
    # an address this function accepts, or it could never be looked up again.
    if len("https://" + handle) > MAX_INPUT_LENGTH:
        raise UrlNotRecognised(
            f"“{_shown(text)}” is longer than {MAX_INPUT_LENGTH:,} characters once written as a "
            "standard web address; paste a shorter address for the same page."
        )
    return Recognised("other", "page", handle, "https://" + handle)


_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")


def _other_handle(host: str, raw_path: str, port: int | None) -> str:
    host = _without_www(host)
    if port not in (None, 80, 443):
        host = f"{host}:{port}"
    # Paths of unknown sites may be case-sensitive, so only their encoding
    # is normalised (unsafe characters escaped, escapes upper-cased).
    path = quote(raw_path.rstrip("/"), safe="/%:@!$&'()*+,;=-._~")
    path = re.sub(r"/{2,}", "/", path)
    path = _PERCENT.sub(lambda m: m[0].upper(), path)
    return host + path


# ---------------------------------------------------------------------------
# Typed handles
# ---------------------------------------------------------------------------


def _presence_routes(p: Platform, presence: str) -> tuple[Route, ...]:
    if presence not in PRESENCES:
        raise HandleInvalid(f"“{presence}” is not a presence: use {_or_list(PRESENCES)}.")
    if presence not in p.presences:
        raise HandleInvalid(
            f"{p.name} accounts cannot be {_a(presence)} {presence}: use {_or_list(p.presences)}."
        )
    return tuple(r for r in p.routes if r.presence == presence)


def _looks_like_url(p: Platform, text: str) -> bool:
    if p.id == "other" or "://" in text:
        return True
    first = text.split("/", 1)[0].lower()
    return "/" in text and "." in first and _match_host(first) is not None


def normalise_handle(platform_id: str, presence: str, handle: str) -> str:
    """The registry handle for a handle typed by a user ("@Acme", " acme ").

    A full address pasted into the handle field is accepted too, as long as it
    points at the same platform and presence.
    """
    p = platform(platform_id)
    routes = _presence_routes(p, presence)
    if not isinstance(handle, str):
        raise TypeError(f"expected text, got {type(handle).__name__}")
    text = handle.strip()
    if not text:
        raise HandleInvalid(
            f"The {p.name} {presence} handle is empty: type it, "
            f"for example “{_typed_example(p, presence)}”."
        )
    if len(text) > MAX_INPUT_LENGTH or any(
        c.isspace() or unicodedata.category(c)[0] == "C" for c in text
    ):
        raise HandleInvalid(
            f"“{_shown(text)}” is not a valid {p.name} {presence} handle: "
            "it must be one word without spaces or invisible characters."
        )

    if _looks_like_url(p, text):
        try:
            r = recognise_url(text)
        except UrlNotRecognised as e:
            raise HandleInvalid(str(e)) from None
        if (r.platform, r.presence) != (p.id, presence):
            other = platform(r.platform)
            raise HandleInvalid(
                f"“{_shown(text)}” is the address of {_a(other.name)} {other.name} {r.presence}; "
                f"register it as {other.name} {r.presence} instead."
            )
        return r.handle

    lowered = text.lower()
    prefixed = sorted((r for r in routes if r.prefix), key=lambda r: -len(r.prefix))
    for route in prefixed:
        if lowered.startswith(route.prefix.lower()):
            same_prefix = [r for r in routes if r.prefix == route.prefix]
            for r in same_prefix:
                found = _accept_name(p, r, text[len(r.prefix):], "")
                if found is not None:
                    return found
            raise _handle_invalid(p, presence, text, same_prefix)

    # A leading @ is how people write handles everywhere, not part of them.
    bare = text[1:] if text.startswith("@") else text
    candidates = [r for r in routes if r.typed_bare]
    for route in candidates:
        if p.federated and "@" not in bare:
            break
        found = _accept_name(p, route, bare, "")
        if found is not None:
            return found
    raise _handle_invalid(p, presence, text, candidates)


def _typed_example(p: Platform, presence: str) -> str:
    for r in p.routes:
        if r.presence == presence:
            return r.prefix + r.example
    return "acme.dk/news"  # Other: any site's host and path


def _handle_invalid(p: Platform, presence: str, text: str, routes: list[Route]) -> HandleInvalid:
    rules = " or ".join(dict.fromkeys(r.rule for r in routes)) or "be a web address"
    return HandleInvalid(
        f"“{_shown(text)}” is not a valid {p.name} {presence} handle like "
        f"“{_typed_example(p, presence)}”: it should {rules}."
    )


def canonical_url(platform_id: str, presence: str, handle: str) -> str:
    """The canonical https URL for an account; the handle is normalised first."""
    return normalised_url(platform_id, presence, normalise_handle(platform_id, presence, handle))


def normalised_url(platform_id: str, presence: str, handle: str) -> str:
    """canonical_url of a handle normalise_handle has already given (an import's 100,000 rows)."""
    return _url_for(platform(platform_id), presence, handle)
