"""Recognise social-media account addresses: the platform table and the recogniser.

A user pastes whatever their browser, an e-mail or a search result shows; the registry needs
a stable key for the account behind it. The key is ``(platform id, handle)``: two addresses
of one account (mobile host, tracking parameters, a sub-page, letter case, its number or its
"open in app" link) give the same handle, two accounts never share one, and a canonical URL
can always be rebuilt from the handle and recognises back to it.

Everything platform-specific lives in the ``PLATFORMS`` table below (its types and the handle
scheme are described in domain/platform_routes.py); the functions after it only interpret the
table. Cleaning pasted text and unwrapping redirects is domain/web_addresses.py. Refusals are
typed (``UrlNotRecognised``, ``HandleInvalid``, ``UnknownPlatform``), each with a code from
domain/messages.py and its parameters.

Handles, by platform (prefix + name; names lowercase unless noted)
    linkedin   page "acme" (company), "showcase/acme", "school/acme"; profile "in/jane-doe"
               or "in/ACoAA…" (member id, case kept); group "groups/1234567"
    facebook   page or profile "acme" or "123456789" (one namespace: the address cannot tell
               them apart, and a number is the same account however it is written);
               group "groups/acme" or "groups/123"
    youtube    channel "@acme", "channel/UC…" (case kept), "c/acme", "user/acme"
    x          profile "acme" or "id:123"; group (community) "communities/123"
    reddit     profile "u/acme"; group (subreddit) "r/acme"
    telegram   channel, group or profile "acme", invitations "+AbC…" (case kept)
    discord    group "123…" (server id) or "invite/AbC" (case kept); profile "users/123…"
    whatsapp   profile "4512345678" (phone); channel "channel/0029…"; group "group/AbC…"
    google_business  page "cid:123…", "place_id:ChIJ…" (case kept) or "g.page/acme"
    mastodon   profile "user@instance"
    other      any presence: "host/path?query" (host lowercase, without www.; path case kept)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, quote

from accountregistry.domain import host_lookalikes
from accountregistry.domain.platform_routes import (
    GENERIC_SUBDOMAINS,
    PRESENCES,
    NotAccount,
    Platform,
    Route,
    Template,
    not_account,
    rule,
)
from accountregistry.domain.messages import Label, format_value
from accountregistry.domain.vocabulary import Presence
from accountregistry.domain.web_addresses import (
    EXAMPLE_URL,
    MAX_INPUT_LENGTH,
    SEARCH_HOSTS,
    SHORT_LINK_HOSTS,
    AddressRefused,
    HandleInvalid,
    Split,
    UrlNotRecognised,
    clean_pasted,
    ends_in_punctuation,
    is_host_name,
    protect_end,
    shown,
    split_address,
    unwrap,
    without_www,
)

__all__ = [
    "PLATFORMS",
    "platform_name",
    "PLATFORM_IDS",
    "PRESENCES",
    "AddressRefused",
    "HandleInvalid",
    "NotAccount",
    "Platform",
    "Recognised",
    "Route",
    "UnknownPlatform",
    "UrlNotRecognised",
    "canonical_url",
    "normalise_handle",
    "platform",
    "presences_of",
    "recognise_url",
]


class UnknownPlatform(AddressRefused):
    """A platform id that is not in ``PLATFORMS``."""

    code = "platform_unknown"


# ---------------------------------------------------------------------------
# Name shapes shared by several platforms
# ---------------------------------------------------------------------------

_DOMAIN_NAME = (
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?"
)
_INSTAGRAM_NAME = r"[a-z0-9._]{1,30}"
_INSTAGRAM_RULE = rule("rule_letters_digits_dots_underscores", low=1, high=30)
# Organisation slugs keep what people name companies with (&, ', ®, –, æøå) but never a
# separator of the handle scheme or a character that ends an address.
_SLUG = r"[^\s/?#:@<>\"\\%]{1,100}"
_SLUG_RULE = rule("rule_slug", high=100)
_WORD_NAME = r"[\w.-]{1,100}"
_WORD_RULE = rule("rule_letters_digits_dots_hyphens_underscores", low=1, high=100)
_INVITE_RULE = rule("rule_invitation_code")


def _number(low: int, high: int) -> tuple[str, object]:
    return rf"[0-9]{{{low},{high}}}", rule("rule_number", low=low, high=high)


_ID, _ID_RULE = _number(1, 25)


def _feature_cid(path: str, query: str) -> str:
    """The map number (CID) inside a Google Maps place address's data ("!1s0x…:0x…"), which
    is the same place as ?cid=; both are written as the decimal CID."""
    found = re.search(r"0x[0-9a-f]{1,16}:0x([0-9a-f]{1,16})", path + "?" + query, re.I)
    return str(int(found[1], 16)) if found else ""


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
            # Companies go unprefixed: they are what an organisation's registry mostly holds.
            Route("page", ("company/{name}", "company-beta/{name}", "mwlite/company/{name}",
                           "comm/company/{name}"), _SLUG, _SLUG_RULE, example="acme",
                  reserved="setup"),
            Route("page", ("showcase/{name}", "mwlite/showcase/{name}"), _SLUG, _SLUG_RULE,
                  prefix="showcase/", typed_bare=False),
            Route("page", ("school/{name}", "edu/school?id={name}", "mwlite/school/{name}"), _SLUG, _SLUG_RULE,
                  prefix="school/", typed_bare=False),
            # Member ids (what LinkedIn shows in some links instead of the vanity name) are
            # case-sensitive, so they come before the case-folding vanity route.
            Route("profile", ("in/{name}", "mwlite/in/{name}", "comm/in/{name}"), r"AC[ow]AA[A-Za-z0-9_-]{10,70}",
                  rule("rule_linkedin_member_id"), prefix="in/", example="ACoAAAAkTuYBiKRFwB8ZxwWkdb2A4-k2uBdcYqM",
                  case_sensitive=True, typed_bare=False),
            Route("profile", ("in/{name}", "mwlite/in/{name}", "comm/in/{name}"), r"[\w%-]{2,100}",
                  rule("rule_letters_digits_hyphens", low=2, high=100), prefix="in/", example="jane-doe"),
            # Groups are numbers; old addresses put the group's name before it.
            Route("group", ("groups/{name}", "groups/{*}-{name}", "groups?gid={name}", "mwlite/groups/{name}"),
                  *_number(1, 15), prefix="groups/", example="1234567"),
        ),
        not_accounts=(
            not_account("post", "posts feed pulse video embed"),
            not_account("", "jobs events learning sales talent premium help legal login signup search "
                            "messaging notifications mynetwork pub directory checkpoint authwall uas redir "
                            "psettings me hashtag newsletters services products games top-content today "
                            "news preload company-setup"),
        ),
        link_hosts=(("lnkd.in", "short link"),),
    ),
    Platform(
        id="facebook",
        name="Facebook",
        presences=("profile", "page", "group"),
        domain=r"facebook\.com|fb\.com|fb\.me|m\.me",
        # Language versions (da-dk.facebook.com) and Meta Business Suite's host.
        subdomains=r"[a-z]{2}(?:-[a-z]{2})?|business|free|lite",
        canonical_host="www.facebook.com",
        routes=(
            # One namespace for pages and profiles: facebook.com/NAME does not say which it is.
            # A bare address is taken for a page: organisations register pages far more often.
            # User names are letters, digits and dots; a hyphen means the "Name-ID" shape below.
            Route(("page", "profile"), ("{name}", "pg/{name}"), r"[a-z0-9.]{1,80}",
                  rule("rule_letters_digits_dots", low=1, high=80), example="acme.dk"),
            # Pages without a user name: their number, wherever the address puts it.
            Route(("page", "profile"), ("{*}-{name}", "p/{*}-{name}", "pages/{*}/{name}", "pages/{*}-{name}",
                                        "pages/category/{*}/{*}-{name}", "pages/category/{*}/{*}/{name}"),
                  *_number(5, 25), example="100063480311999", typed_bare=False),
            Route(("profile", "page"), ("profile.php?id={name}", "people/{*}/{name}"), _ID, _ID_RULE,
                  example="100012345678901", typed_prefixes=("id:",)),
            Route("group", ("groups/{name}",), _WORD_NAME, _WORD_RULE, prefix="groups/",
                  reserved="feed discover create joins search notifications your_groups"),
        ),
        not_accounts=(
            not_account("post", "watch reel reels video.php videos photo photo.php photos media permalink.php "
                                "story.php stories share sharer sharer.php share.php posts"),
            not_account("search", "search public directory"),
            not_account("", "me dialog plugins login login.php logout.php signup reg r.php recover checkpoint "
                            "home.php help policies policy.php privacy terms legal settings notifications "
                            "messages friends marketplace gaming games bookmarks saved hashtag memories "
                            "fundraisers live ads adsmanager business notes events event latest places "
                            "find-friends careers dating commerce creatorstudio jobs offers l.php"),
        ),
        link_hosts=(("fb.watch", "post"), ("fb.gg", "post")),
    ),
    Platform(
        id="instagram",
        name="Instagram",
        presences=("profile",),
        domain=r"instagram\.com|instagr\.am|ig\.me",
        canonical_host="www.instagram.com",
        routes=(
            # "_u/NAME" and "_n/NAME" are the "open in app" links; a story names its author.
            Route("profile", ("{name}", "_u/{name}", "_n/{name}", "stories/{name}", "m/{name}"),
                  _INSTAGRAM_NAME, _INSTAGRAM_RULE, reserved="highlights"),
        ),
        not_accounts=(
            not_account("post", "p reel reels tv s"),
            not_account("", "explore accounts direct about legal developer web challenge emails session "
                            "privacy terms directory oauth graphql api static ar create invites lite"),
        ),
    ),
    Platform(
        id="x",
        name="X",
        presences=("profile", "group"),
        domain=r"(?:twitter|x)\.com",
        canonical_host="x.com",
        routes=(
            # A post address (x.com/NAME/status/123) names its author before "status", so it is
            # taken as the author's profile.
            Route("profile", ("{name}", "@{name}", "intent/user?screen_name={name}",
                              "intent/follow?screen_name={name}"), r"[a-z0-9_]{1,15}",
                  rule("rule_letters_digits_underscores", low=1, high=15)),
            Route("profile", ("i/user/{name}", "intent/user?user_id={name}", "intent/follow?user_id={name}"),
                  *_number(1, 20), prefix="id:", example="783214", typed_bare=False),
            Route("group", ("i/communities/{name}",), *_number(1, 25), prefix="communities/",
                  example="1493446837214187523"),
        ),
        not_accounts=(
            not_account("post", "i/status i/web i/spaces i/broadcasts share intent/tweet intent/post "
                                "intent/retweet intent/like"),
            not_account("", "i home search explore notifications messages settings compose login logout "
                            "signup hashtag tos privacy account jobs download search-advanced about en help "
                            "intent"),
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
                  rule("rule_letters_digits_dots_underscores", low=2, high=24)),
            Route("profile", ("share/user/{name}", "h5/share/usr/{name}.html"), *_number(5, 25),
                  prefix="id:", example="6700000000000000000", typed_bare=False),
        ),
        not_accounts=(
            not_account("post", "embed v video"),
            not_account("short link", "t"),
            not_account("", "discover tag music search foryou following live explore login signup upload "
                            "about legal business creators"),
        ),
        link_hosts=(("vm.tiktok.com", "short link"), ("vt.tiktok.com", "short link")),
    ),
    Platform(
        id="youtube",
        name="YouTube",
        presences=("channel",),
        domain=r"youtube\.com",
        subdomains=r"music|studio|gaming",
        canonical_host="www.youtube.com",
        routes=(
            # A typed bare name shaped exactly like a channel id is read as the id, hence the
            # look-ahead; channel ids are case-sensitive.
            Route("channel", ("@{name}",), r"(?!uc[a-z0-9_-]{22}$)[\w.·-]{3,30}",
                  rule("rule_letters_digits_dots_hyphens_underscores", low=3, high=30), prefix="@"),
            Route("channel", ("channel/{name}",), r"UC[A-Za-z0-9_-]{22}", rule("rule_youtube_channel_id"),
                  prefix="channel/", example="UCBR8-60-B28hp2BmDPdntcQ", case_sensitive=True),
            # youtube.com/NAME is the same custom address as youtube.com/c/NAME.
            Route("channel", ("c/{name}", "{name}"), _WORD_NAME, _WORD_RULE, prefix="c/", typed_bare=False),
            Route("channel", ("user/{name}",), _WORD_NAME, _WORD_RULE, prefix="user/", typed_bare=False),
        ),
        not_accounts=(
            not_account("post", "watch shorts embed live v clip e post video"),
            not_account("", "playlist results feed account premium kids music gaming attribution_link hashtag "
                            "signin logout upload subscription_manager yt tv howyoutubeworks creators ads about "
                            "t s supported_browsers new account_notifications reporthistory paid_memberships "
                            "source movies trending store oops error index iframe_api youtubei api img intl "
                            "redirect"),
        ),
        link_hosts=(("youtu.be", "post"),),
    ),
    Platform(
        id="threads",
        name="Threads",
        presences=("profile",),
        domain=r"threads\.(?:net|com)",
        canonical_host="www.threads.com",
        routes=(Route("profile", ("@{name}",), _INSTAGRAM_NAME, _INSTAGRAM_RULE),),
        not_accounts=(not_account("post", "t"), not_account("", "search login settings")),
    ),
    Platform(
        id="bluesky",
        name="Bluesky",
        presences=("profile",),
        domain=r"bsky\.app|bsky\.social",
        canonical_host="bsky.app",
        routes=(
            # Handles are domain names ("acme.bsky.social", "acme.dk") or DIDs ("did:plc:…"); a
            # DID contains ":" so the two cannot collide.
            Route("profile", ("profile/{name}",), _DOMAIN_NAME,
                  rule("rule_domain_name", example="acme.bsky.social"), example="acme.bsky.social"),
            # NAME.bsky.social typed into a browser: the same handle.
            Route("profile", ("//{name}.bsky.social",), _DOMAIN_NAME,
                  rule("rule_domain_name", example="acme.bsky.social"), example="acme.bsky.social",
                  convert=lambda name: name + ".bsky.social"),
            Route("profile", ("profile/{name}",), r"did:plc:[a-z2-7]{24}|did:web:" + _DOMAIN_NAME,
                  rule("rule_did"), example="did:plc:z72i7hdynmk6r22z27h6tvur", case_sensitive=True),
        ),
        not_accounts=(not_account("search", "search"), not_account("", "settings notifications feeds")),
    ),
    Platform(
        id="mastodon",
        name="Mastodon",
        presences=("profile",),
        federated=True,
        routes=(
            # Handle "user@instance". Other Fediverse software (Pleroma, Misskey, Pixelfed…) uses
            # the same /@user shape; see _fediverse() for when an unknown site counts as one.
            Route("profile", ("@{name}", "users/{name}$", "web/@{name}", "deck/@{name}"),
                  r"[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?@" + _DOMAIN_NAME,
                  rule("rule_fediverse", example="acme@mastodon.social"), example="acme@mastodon.social"),
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
                  rule("rule_letters_digits_underscores", low=3, high=30)),
        ),
        not_accounts=(
            not_account("post", "pin"),
            not_account("search", "search"),
            not_account("", "ideas today business settings login signup about explore _ categories topics "
                            "videos shop resource news_hub password"),
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
            Route("profile", ("add/{name}", "@{name}", "s/{name}"), r"[a-z][a-z0-9._-]{2,14}",
                  rule("rule_letter_first_dots_hyphens_underscores", low=3, high=15)),
        ),
        not_accounts=(
            not_account("post", "spotlight p discover lens unlock"),
            not_account("short link", "t"),
        ),
        link_hosts=(("t.snapchat.com", "short link"),),
    ),
    Platform(
        id="reddit",
        name="Reddit",
        presences=("profile", "group"),
        domain=r"reddit\.com",
        subdomains=r"old|new|np|sh|amp|[a-z]{2}",
        canonical_host="www.reddit.com",
        routes=(
            # r/u_NAME is the subreddit of NAME's profile: the same account.
            Route("profile", ("user/{name}", "u/{name}", "r/u_{name}"), r"[a-z0-9_-]{3,20}",
                  rule("rule_letters_digits_hyphens_underscores", low=3, high=20), prefix="u/"),
            Route("group", ("r/{name}",), r"[a-z0-9_]{2,21}",
                  rule("rule_letters_digits_underscores", low=2, high=21), prefix="r/"),
        ),
        not_accounts=(
            not_account("post", "comments gallery video media"),
            not_account("search", "search"),
            not_account("", "login register settings prefs message submit wiki domain subreddits premium coins "
                            "policies chat notifications explore best hot new top rising controversial t answers"),
        ),
        link_hosts=(("redd.it", "post"),),
    ),
    Platform(
        id="telegram",
        name="Telegram",
        presences=("channel", "group", "profile"),
        domain=r"t\.me|telegram\.me|telegram\.dog",
        canonical_host="t.me",
        routes=(
            # One namespace: t.me/NAME may be a channel, a group, a person or a bot.
            Route(("channel", "group", "profile"), ("{name}", "s/{name}", "//{name}.t.me", "resolve?domain={name}"),
                  r"[a-z][a-z0-9_]{3,31}", rule("rule_letter_first_underscores", low=4, high=32),
                  # Telegram's own pages under NAME.t.me (core.telegram.org/api/links).
                  reserved="addemoji addlist addstickers addstyle addtheme auction auth boost call confirmphone "
                           "contact giftcode invoice joinchat login nft proxy setlanguage share socks web"),
            # Private invitations; "+" cannot begin a name, so they never collide with one.
            Route(("group", "channel", "profile"), ("+{name}", "joinchat/{name}"), r"[A-Za-z0-9_-]{10,40}",
                  _INVITE_RULE, prefix="+", example="AbCdEfGhIjKlMnOp", case_sensitive=True, typed_bare=False),
            Route(("channel", "group", "profile"), ("c/{name}",), *_number(5, 20), prefix="c/",
                  example="1234567890", typed_bare=False),
        ),
        not_accounts=(
            not_account("post", "share iv"),
            not_account("", "addstickers addemoji addtheme setlanguage proxy socks login bg confirmphone "
                            "invoice boost contact"),
        ),
    ),
    Platform(
        id="discord",
        name="Discord",
        presences=("group", "profile"),
        domain=r"discord\.com|discordapp\.com|discord\.gg",
        canonical_host="discord.com",
        routes=(
            # Servers: by their number, or by an invitation (case kept).
            Route("group", ("channels/{name}", "servers/{*}-{name}", "servers/{name}"), *_number(15, 21),
                  example="662267976984297473"),
            Route("group", ("//discord.gg/{name}", "invite/{name}"), r"[A-Za-z0-9-]{2,40}", _INVITE_RULE,
                  prefix="invite/", example="python", case_sensitive=True, reserved="invite"),
            Route("profile", ("users/{name}",), *_number(15, 21), prefix="users/", example="80351110224678912"),
        ),
        not_accounts=(
            not_account("", "app login register developers download nitro safety blog company careers terms "
                            "privacy guidelines branding store activity shop build oauth2 api"),
        ),
    ),
    Platform(
        id="github",
        name="GitHub",
        presences=("profile", "page"),
        domain=r"github\.com",
        subdomains=r"gist",
        canonical_host="github.com",
        routes=(
            # Users and organisations share one namespace; a repository names its owner.
            Route(("profile", "page"), ("{name}", "users/{name}", "sponsors/{name}"),
                  r"[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}",
                  rule("rule_letters_digits_single_hyphens", low=1, high=39)),
            Route(("page", "profile"), ("orgs/{name}",), r"[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}",
                  rule("rule_letters_digits_single_hyphens", low=1, high=39)),
        ),
        not_accounts=(
            not_account("search", "search"),
            not_account("", "about features pricing login join settings marketplace explore topics trending "
                            "collections apps notifications issues pulls new organizations enterprise "
                            "enterprises site security customer-stories readme events codespaces copilot team "
                            "contact sessions password_reset dashboard stars watching account signup logout "
                            "resources solutions partners premium-support education mobile nonprofit home "
                            "why-github open-source"),
        ),
    ),
    Platform(
        id="twitch",
        name="Twitch",
        presences=("channel",),
        domain=r"twitch\.tv|twitch\.com",
        # Language versions (zh-tw.twitch.tv) and the creator dashboard.
        subdomains=r"[a-z]{2}(?:-[a-z]{2})?|dashboard",
        canonical_host="www.twitch.tv",
        routes=(
            Route("channel", ("{name}", "popout/{name}", "u/{name}", "moderator/{name}"), r"[a-z0-9_]{3,25}",
                  rule("rule_letters_digits_underscores", low=3, high=25)),
        ),
        not_accounts=(
            not_account("post", "videos clip embed"),
            not_account("search", "search"),
            not_account("", "directory p settings downloads jobs subscriptions inventory wallet drops turbo "
                            "prime store friends login signup broadcast messages payments bits legal team"),
        ),
        link_hosts=(("clips.twitch.tv", "post"), ("player.twitch.tv", "post")),
    ),
    Platform(
        id="xing",
        name="XING",
        presences=("profile", "page", "group"),
        domain=r"xing\.com",
        canonical_host="www.xing.com",
        routes=(
            Route("page", ("pages/{name}", "companies/{name}", "company/{name}"), _WORD_NAME, _WORD_RULE),
            Route("profile", ("profile/{name}",), _WORD_NAME, _WORD_RULE, prefix="profile/", example="jane_doe"),
            Route("group", ("communities/groups/{name}", "net/{name}"), _WORD_NAME, _WORD_RULE, prefix="groups/"),
        ),
        not_accounts=(
            not_account("search", "search"),
            not_account("", "jobs news login signup settings events app start legal"),
        ),
    ),
    Platform(
        id="vimeo",
        name="Vimeo",
        presences=("profile", "channel", "group"),
        domain=r"vimeo\.com",
        canonical_host="vimeo.com",
        routes=(
            # A number alone is a video (below), so a name is never only digits.
            Route("profile", ("{name}",), r"(?![0-9]+$)[a-z0-9_.-]{2,64}",
                  rule("rule_letters_digits_dots_hyphens_underscores", low=2, high=64)),
            Route("channel", ("channels/{name}",), _WORD_NAME, _WORD_RULE, prefix="channels/"),
            Route("group", ("groups/{name}",), _WORD_NAME, _WORD_RULE, prefix="groups/"),
        ),
        not_accounts=(
            not_account("post", "video ondemand showcase album", pattern=r"[0-9]+"),
            not_account("search", "search"),
            not_account("", "manage upload watch features ott log_in join categories blog help about "
                            "enterprise create settings stock home live solutions pricing privacy terms "
                            "cookie_policy"),
        ),
        link_hosts=(("player.vimeo.com", "post"),),
    ),
    Platform(
        id="medium",
        name="Medium",
        presences=("profile", "page"),
        domain=r"medium\.com",
        canonical_host="medium.com",
        routes=(
            # Writers: medium.com/@NAME or NAME.medium.com; publications: medium.com/NAME.
            Route("profile", ("@{name}", "//{name}.medium.com"), r"[a-z0-9_.-]{1,50}",
                  rule("rule_letters_digits_dots_hyphens_underscores", low=1, high=50), prefix="@",
                  reserved="help policy blog about api cdn"),
            Route("profile", ("u/{name}",), r"[0-9a-f]{8,16}", rule("rule_letters_digits", low=8, high=16),
                  prefix="u/", example="b3d3d3653c2c", typed_bare=False),
            Route("page", ("{name}",), r"[a-z0-9_.-]{1,100}",
                  rule("rule_letters_digits_dots_hyphens_underscores", low=1, high=100), example="the-acme-blog"),
        ),
        not_accounts=(
            not_account("post", "p"),
            not_account("search", "search"),
            not_account("", "tag topic topics m me plans membership about creators jobs-at-medium policy "
                            "new-story signin gift verified-authors partner _ list"),
        ),
    ),
    Platform(
        id="substack",
        name="Substack",
        presences=("page", "profile"),
        domain=r"substack\.com",
        canonical_host="substack.com",
        routes=(
            # Publications: NAME.substack.com; writers: substack.com/@NAME or their number.
            Route("page", ("//{name}.substack.com", "//open.substack.com/pub/{name}", "pub/{name}"),
                  r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", rule("rule_letters_digits_hyphens", low=1, high=63),
                  reserved="www open on support cdn api substackcdn"),
            Route("profile", ("@{name}",), r"[a-z0-9_.-]{1,50}",
                  rule("rule_letters_digits_dots_hyphens_underscores", low=1, high=50), prefix="@"),
            Route("profile", ("profile/{name}", "profile/{name}-{*}"), *_number(1, 15), prefix="profile/",
                  example="12345", typed_bare=False),
        ),
        not_accounts=(
            not_account("search", "search"),
            not_account("", "home inbox discover notes account sign-in signin settings about terms privacy "
                            "going-paid chat activity"),
        ),
    ),
    Platform(
        id="whatsapp",
        name="WhatsApp",
        presences=("profile", "channel", "group"),
        domain=r"whatsapp\.com|wa\.me",
        subdomains=r"api",
        canonical_host="www.whatsapp.com",
        routes=(
            # A phone number with its country code, however it was written.
            Route("profile", ("//wa.me/{name}", "send?phone={name}", "//wa.me/c/{name}", "catalog/{name}"),
                  r"[0-9]{7,15}", rule("rule_phone", low=7, high=15), drop=" +-().", example="4512345678"),
            Route("channel", ("channel/{name}",), r"[A-Za-z0-9]{10,40}", _INVITE_RULE, prefix="channel/",
                  example="0029VaA1b2C3d4E5f6G7h8I9", case_sensitive=True),
            Route("group", ("//chat.whatsapp.com/{name}", "//chat.whatsapp.com/invite/{name}"),
                  r"[A-Za-z0-9]{10,40}", _INVITE_RULE, prefix="group/", example="AbCdEfGhIjKlMnOpQrStUv",
                  case_sensitive=True, reserved="invite"),
        ),
        not_accounts=(
            not_account("short link", "message qr"),
            not_account("", "download legal business security privacy features about contact android dl "
                            "coronavirus"),
        ),
    ),
    Platform(
        id="google_business",
        name="Google Business Profile",
        presences=("page",),
        domain=r"google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|g\.page",
        subdomains=r"maps|local|search|business",
        # docs.google.com, sites.google.com, groups.google.com… are other sites.
        open_subdomains=True,
        canonical_host="www.google.com",
        routes=(
            # A place's map number (CID), however the address carries it.
            Route("page", ("maps?cid={name}", "?cid={name}", "maps/place?cid={name}", "search?ludocid={name}",
                           "maps?ludocid={name}"), *_number(1, 25), prefix="cid:", example="12345678901234567890",
                  extract=_feature_cid),
            Route("page", ("maps/place/?q=place_id:{name}", "maps/search?query_place_id={name}",
                           "//search.google.com/local/writereview?placeid={name}",
                           "//search.google.com/local/reviews?placeid={name}"),
                  r"ChIJ[A-Za-z0-9_-]{10,200}", rule("rule_place_id"), prefix="place_id:",
                  example="ChIJN1t_tDeuEmsRUsoyG83frY4", case_sensitive=True),
            # A business's own short name.
            Route("page", ("//g.page/{name}",), r"[a-z0-9_.-]{1,100}", _WORD_RULE, prefix="g.page/",
                  typed_bare=False, reserved="r"),
        ),
        not_accounts=(
            not_account("search", "search webhp"),
            not_account("", "url intl preferences accounts imghp advanced_search"),
        ),
    ),
    # Any other web address: handle = host (without www.) + path + query, so a company blog, a
    # Slack workspace or a platform this table does not know can still be registered, as any
    # kind of account. Handled in code because it has no routes.
    # Its name is the one a language translates (the "Field" context); the others are brand names.
    Platform(id="other", name=Label("Other"), presences=("page", "group", "profile", "channel")),
)

PLATFORM_IDS: tuple[str, ...] = tuple(p.id for p in PLATFORMS)


def platform_name(platform_id: str) -> str:
    """A platform's name as the user reads it: a brand's name as it is, "Other" in the user's
    language; an id this table does not know as it is."""
    found = _BY_ID.get(platform_id)
    return platform_id if found is None else format_value(found.name)

_BY_ID = {p.id: p for p in PLATFORMS}
_HOSTED = tuple(p for p in PLATFORMS if p.domain)
_MASTODON = _BY_ID["mastodon"]
_OTHER = _BY_ID["other"]

# Sites that also use /@name (or /users/name) for their own members and are not Fediverse
# servers: their addresses are registered as "other".
_NOT_FEDIVERSE = frozenset(
    "unsplash.com replit.com figma.com hashnode.com hashnode.dev observablehq.com producthunt.com "
    "giphy.com vsco.co codepen.io glitch.com notion.so notion.site tumblr.com picsart.com odysee.com "
    "rumble.com kick.com lichess.org chess.com linktr.ee lnk.bio bio.link beacons.ai ko-fi.com "
    "buymeacoffee.com gumroad.com patreon.com soundcloud.com mixcloud.com audiomack.com bandcamp.com "
    "teespring.com redbubble.com zora.co mirror.xyz dailymotion.com bitchute.com cameo.com "
    "stackoverflow.com stackexchange.com gitlab.com bitbucket.org huggingface.co".split()
)
# Words in a host name that mark a Fediverse server, for the /users/NAME shape that many other
# sites use too.
# sites use too (Misskey's /users/ID carries an id, not a name, so it is not among them).
_FEDIVERSE_WORDS = ("mastodon", "mstdn", "masto", "toot", "todon", "social", "hachyderm", "infosec.exchange")
# What may follow /@name on a Fediverse server: a post's number or one of its own tabs.
_FEDIVERSE_TABS = frozenset("with_replies media followers following tagged featured".split())

# Typed "name@host" is also the shape of an e-mail address; these hosts are mail providers,
# never Mastodon servers.
_MAIL_PROVIDERS = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com icloud.com me.com "
    "aol.com proton.me protonmail.com gmx.com gmx.net mail.com yandex.ru".split()
)

# Hosts of "other" accounts that are communities: suggested as a group.
_GROUP_HOSTS = frozenset(("slack.com", "groups.google.com", "groups.io", "meetup.com", "circle.so", "mn.co",
                          "skool.com", "discourse.group"))

# Query parameters that track a click rather than choose a page; dropped from "other" keys.
_TRACKING = frozenset(
    "fbclid gclid dclid msclkid yclid igshid igsh si ref ref_src ref_url src trk trkinfo "
    "originalsubdomain _ga _gl mc_cid mc_eid mkt_tok hsctatracking __hstc __hssc __hsfp spm "
    "share_id lang hl locale feature app sfnsn mibextid rdt".split()
)

_MAX_WRAPPERS = 5


def platform(platform_id: str) -> Platform:
    try:
        return _BY_ID[platform_id]
    except (KeyError, TypeError):
        raise UnknownPlatform(platform=shown(str(platform_id)), known=list(PLATFORM_IDS)) from None


class Recognised(NamedTuple):  # as Split: one per address
    platform: str
    presence: str
    handle: str
    url: str


def presences_of(platform_id: str, handle: str) -> tuple[str, ...]:
    """The kinds of account `handle` may be on the platform: more than one where the platform
    cannot tell them apart (a GitHub user or organisation). The first is the usual one."""
    p = platform(platform_id)
    if p is _OTHER:
        return p.presences
    for route in p.routes:
        if handle.startswith(route.prefix) and _accept_name(p, route, handle[len(route.prefix):], "") == handle:
            return route.presences
    return ()


# ---------------------------------------------------------------------------
# Refusals
# ---------------------------------------------------------------------------


def _example(p: Platform, presence: str | None = None) -> str:
    for route in p.routes:
        if presence in (None, *route.presences) and route.builder is not None:
            return _build(p, route, route.prefix + route.example)
    return EXAMPLE_URL


def _not_account(text: str, p: Platform, what: str = "") -> UrlNotRecognised:
    code = {"post": "address_post", "short link": "address_short_link", "search": "address_search"}
    return UrlNotRecognised(code.get(what, "address_not_account"), address=shown(text), platform=p.name,
                            example=_example(p))


# ---------------------------------------------------------------------------
# Hosts
# ---------------------------------------------------------------------------


# One expression for every platform's domains: the shortest run of leading labels first, so the
# longest matching domain wins, as a person reads a host name.
_HOST_OWNER = re.compile(r"(?:(?P<sub>.*?)\.)?(?:%s)" % "|".join(f"(?P<{p.id}>{p.domain})" for p in _HOSTED))
_LINK_HOSTS = {link_host: (p, what) for p in _HOSTED for link_host, what in p.link_hosts}


@lru_cache(maxsize=4096)
def _match_host(host: str) -> tuple[Platform, bool] | None:
    """The platform owning `host` and whether the labels in front of its domain are its own site."""
    m = _HOST_OWNER.fullmatch(host)
    if m is None:
        return None
    p = _BY_ID[m.lastgroup]  # type: ignore[index]
    return p, p.same_site(m["sub"] or "")


def _link_host(host: str) -> tuple[Platform, str] | None:
    return _LINK_HOSTS.get(_site_host(host))


def _within(host: str, domains: frozenset[str]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one."""
    while True:
        if host in domains:
            return True
        dot = host.find(".")
        if dot < 0:
            return False
        host = host[dot + 1:]


@lru_cache(maxsize=4096)
def _never_fediverse(host: str) -> bool:
    return bool(_match_host(host) or _link_host(host)) or _within(host, _NOT_FEDIVERSE)


@lru_cache(maxsize=4096)
def _site_host(host: str) -> str:
    """`host` without the labels every site uses for its mobile or "www" version."""
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in GENERIC_SUBDOMAINS and "." in without_www(".".join(labels[1:])):
        labels.pop(0)
    return ".".join(labels)


# ---------------------------------------------------------------------------
# Matching routes
# ---------------------------------------------------------------------------


def _accept_name(p: Platform, route: Route, raw: str, host: str) -> str | None:
    """The handle for `raw` via `route`, or None if the route does not take it."""
    name = route.fold(raw)
    if route.convert is not None:
        name = route.convert(name)
    if p.federated:
        if "@" not in name:
            name = f"{name}@{host}"
        if not route.accepts(name):
            return None
        instance = name.rsplit("@", 1)[1]
        if not is_host_name(instance) or _never_fediverse(instance):
            return None
        return route.prefix + name
    if not route.accepts(name):
        return None
    builder = route.builder
    if builder is not None and builder.starts_with_slot and name.lower() in p.claimed:
        # instagram.com/explore is Instagram's page, so "explore" can never be an account's name.
        return None
    return route.prefix + name


class _Miss:
    """Why no route matched, for the refusal (the class's values until a route says otherwise: one is
    made per address, and a dataclass's __init__ setting them took longer)."""

    route: Route | None = None
    raw: str = ""
    reserved: bool = False
    host_matched: bool = False

    def note(self, route: Route, raw: str) -> None:
        if route.name_re.fullmatch(route.fold(raw)):
            self.reserved = True
        elif self.route is None:
            self.route, self.raw = route, raw


class _Match(NamedTuple):
    route: Route
    handle: str
    template: Template | None


def _query_value(split: Split, key: str) -> str:
    for k, v in split.params():
        if k == key:
            return v
    return ""


def _name_in(template: Template, split: Split, host_match: re.Match | None, path_match: re.Match) -> str:
    if template.query_key:
        raw = _query_value(split, template.query_key)
        literal = template.query_literal
        if literal and not raw.lower().startswith(literal.lower()):
            return ""
        return raw[len(literal):]
    if template.name_in_host:
        return host_match["name"] if host_match else ""
    return path_match["name"]


def _match_routes(p: Platform, split: Split, same_site: bool, miss: _Miss) -> _Match | None:
    path = split.path
    site = _site_host(split.host)
    first = path.split("/", 1)[0].lower()
    for route, t in p.templates_for(first):
        host_match = None
        if t.host is not None:
            host_match = t.host.fullmatch(site)
            if not host_match:
                continue
            miss.host_matched = True
        elif not same_site:
            continue
        if t.starts_with_slot and first in p.claimed:
            continue
        path_match = t.path.fullmatch(path)
        if not path_match:
            continue
        raw = _name_in(t, split, host_match, path_match)
        if not raw:
            continue
        handle = _accept_name(p, route, raw, split.host)
        if handle is not None:
            return _Match(route, handle, t)
        miss.note(route, raw)
    for route in p.routes:
        if route.extract is not None and same_site:
            raw = route.extract(path, split.query)
            handle = _accept_name(p, route, raw, split.host) if raw else None
            if handle is not None:
                return _Match(route, handle, None)
    return None


def _missing_name(p: Platform, path: str) -> tuple[Route, Template] | None:
    for route in p.routes:
        for t in route.templates:
            if t.head is not None and t.host is None and t.head.fullmatch(path):
                return route, t
    return None


def _not_accounts_hit(p: Platform, path: str) -> NotAccount | None:
    segments = path.lower().split("/")
    first, two = segments[0], "/".join(segments[:2])
    for na in p.not_accounts:
        if na.covers(two) or na.covers(first):
            return na
    return None


def _build(p: Platform, route: Route, handle: str) -> str:
    name = handle[len(route.prefix):]
    host = p.canonical_host
    if p.federated:
        name, host = name.rsplit("@", 1)
    return route.builder.url(host, name)  # type: ignore[union-attr]


def _url_for(p: Platform, presence: str, handle: str) -> str:
    """Canonical URL of an already normalised handle."""
    if p is _OTHER:
        return "https://" + handle
    for route in p.routes_for(presence):
        if route.builder is None or not handle.startswith(route.prefix):
            continue
        name = handle[len(route.prefix):]
        if route.accepts(name) and (not p.federated or "@" in name):
            return _build(p, route, handle)
    # Only reachable if the table gives a presence names no route can build.
    raise HandleInvalid("handle_not_buildable", handle=shown(handle), platform=p.name)


# ---------------------------------------------------------------------------
# Recognition
# ---------------------------------------------------------------------------

_TYPED_FEDI = re.compile(r"@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)@([^/@:]+)")
_EMAIL = re.compile(r"[^@/:\s]+@[^@/:\s]+\.[^@/:\s]+")
_BLUESKY_TYPED = re.compile(r"@?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+bsky\.social)", re.I)


@cache
def _first_builder(platform_id: str, presence: str) -> Route | None:
    """The presence's first route that builds addresses: the one _url_for tries first."""
    return next((route for route in platform(platform_id).routes_for(presence) if route.builder), None)


def _recognised(p: Platform, match: _Match) -> Recognised:
    presence, handle = match.route.presences[0], match.handle
    if ends_in_punctuation(handle):
        # "…/jane-doe./": a final "." kept in the path is read as punctuation, as in a typed
        # handle, so that the key is the one the handle gives again (canonical_url).
        try:
            handle = normalise_handle(p.id, presence, handle)
        except HandleInvalid:
            raise UrlNotRecognised("address_not_account", address=shown(_url_for(p, presence, handle)),
                                   platform=p.name) from None
    elif match.route is _first_builder(p.id, presence):
        # The route took the name, so _url_for would build the address with it.
        return Recognised(p.id, presence, handle, _build(p, match.route, handle))
    return Recognised(p.id, presence, handle, _url_for(p, presence, handle))


def _typed(text: str) -> Recognised | None:
    """A handle typed instead of an address ("@acme@mastodon.social", "jane@gmail.com")."""
    if "/" in text or ":" in text:
        return None
    if "@" not in text:
        if "." not in text:
            raise UrlNotRecognised("address_only_handle", address=shown(text), example=EXAMPLE_URL)
        return None
    bluesky = _BLUESKY_TYPED.fullmatch(text)
    if bluesky:
        return recognise_url("https://bsky.app/profile/" + bluesky[1])
    if not text.startswith("@"):
        if _EMAIL.fullmatch(text):
            raise UrlNotRecognised("address_email", address=shown(text))
        return None
    if "@" not in text[1:]:
        raise UrlNotRecognised("address_only_handle", address=shown(text), example=EXAMPLE_URL)
    m = _TYPED_FEDI.fullmatch(text)
    if not m:
        raise UrlNotRecognised("address_fediverse_invalid", address=shown(text), rule=_MASTODON.routes[0].rule)
    user, raw_host = m.groups()
    host = split_address(raw_host).host
    if host in _MAIL_PROVIDERS:
        raise UrlNotRecognised("address_email", address=shown(text))
    owner = _match_host(host) or _link_host(host)
    if owner:
        raise UrlNotRecognised("address_not_fediverse", address=shown(text), platform=owner[0].name,
                               example=_example(owner[0]))
    route = _MASTODON.routes[0]
    handle = _accept_name(_MASTODON, route, f"{user}@{host}", host)
    if handle is None:
        raise UrlNotRecognised("address_fediverse_invalid", address=shown(text), rule=route.rule)
    return Recognised("mastodon", "profile", handle, _url_for(_MASTODON, "profile", handle))


def _on_platform(text: str, p: Platform, same_site: bool, split: Split) -> Recognised | None:
    """The account `split` names on `p`; None when the host is another site (docs.google.com)."""
    miss = _Miss()
    found = _match_routes(p, split, same_site, miss)
    if found:
        return _recognised(p, found)
    if not same_site and not miss.host_matched:
        if p.open_subdomains:
            return None
        raise _not_account(text, p)
    path = split.path
    if same_site and not path and not miss.host_matched:
        raise UrlNotRecognised("address_home_page", address=shown(text), platform=p.name, example=_example(p))
    hit = _not_accounts_hit(p, path)
    if hit is not None:
        raise _not_account(text, p, hit.what)
    if miss.route is not None and not miss.reserved:
        raise UrlNotRecognised("address_name_invalid", address=shown(text), platform=p.name,
                               name=shown(miss.raw), rule=miss.route.rule)
    missing = _missing_name(p, path) if same_site else None
    if missing and not miss.reserved:
        route, template = missing
        raise UrlNotRecognised("address_name_missing", address=shown(text), platform=p.name,
                               head=template.head_text, example=_example(p, route.presences[0]))
    raise _not_account(text, p)


def _fediverse(split: Split) -> Recognised | None:
    """A Fediverse profile on a server this table does not know, judged by the address's shape."""
    if _never_fediverse(split.host):
        return None
    found = _match_routes(_MASTODON, split, True, _Miss())
    if found is None:
        return None
    if found.template is not None and found.template.source.startswith("users/"):
        if not any(word in split.host for word in _FEDIVERSE_WORDS):
            return None
    else:
        at = next(i for i, s in enumerate(split.segments) if s.startswith("@"))
        rest = split.segments[at + 1:]
        if rest and not (rest[0].isdigit() or rest[0].lower() in _FEDIVERSE_TABS):
            return None
    return _recognised(_MASTODON, found)


_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")
_QUERY_SAFE = "-._~:@!$'()*,/"


def _other_handle(split: Split) -> str:
    host = _site_host(without_www(split.host))
    if split.port not in (None, 80, 443):
        host = f"{host}:{split.port}"
    # Paths of unknown sites may be case-sensitive, so only their encoding is normalised
    # (unsafe characters escaped, escapes upper-cased).
    path = quote(split.raw_path.rstrip("/"), safe="/%:@!$&'()*+,;=-._~")
    path = re.sub(r"/{2,}", "/", path)
    path = _PERCENT.sub(lambda m: m[0].upper(), path)
    # The query may choose the page (news.ycombinator.com/user?id=…); tracking is dropped and
    # the order made one, so that one page has one key.
    pairs = sorted((k, v) for k, v in parse_qsl(split.query, keep_blank_values=True)
                   if not (k.lower() in _TRACKING or k.lower().startswith("utm_")))
    query = "&".join(f"{quote(k, safe=_QUERY_SAFE)}={quote(v, safe=_QUERY_SAFE)}" if v
                     else quote(k, safe=_QUERY_SAFE) for k, v in pairs)
    return host + path + (f"?{query}" if query else "")


def _other(text: str, split: Split) -> Recognised:
    url = protect_end("https://" + _other_handle(split))
    handle = url[len("https://"):]
    # Escaping can lengthen an address sixfold; the canonical URL must itself be an address this
    # function accepts, or the account could never be looked up by it again.
    if len(url) > MAX_INPUT_LENGTH:
        raise UrlNotRecognised("address_too_long_escaped", address=shown(text), limit=MAX_INPUT_LENGTH)
    presence = "group" if _within(split.host, _GROUP_HOSTS) else "page"
    return Recognised("other", presence, handle, url)


@lru_cache(maxsize=4096)
def _host_says(host: str) -> tuple[str, tuple | None]:
    """What the host alone says of an address, worked out once per host (an import's 100,000
    addresses are on a few hundred): a link host's (platform, what), a short-link or search
    site's refusal code, the owner (platform, same site), an international name, or nothing."""
    link = _link_host(host)
    if link:
        return "link", link
    site = _site_host(host)
    if site in SHORT_LINK_HOSTS:
        return "address_short_link", None
    if _within(site, SEARCH_HOSTS):
        return "address_search", None
    owner = _match_host(host)
    if owner:
        return "owner", owner
    return "international" if host_lookalikes.is_international(host) else "", None


def _recognise_split(text: str, split: Split) -> Recognised:
    says, found = _host_says(split.host)
    if says == "link":
        raise _not_account(text, *found)  # type: ignore[misc]
    if says.startswith("address_"):
        raise UrlNotRecognised(says, address=shown(text), platform="", example=EXAMPLE_URL)
    if says == "owner":
        recognised = _on_platform(text, *found, split)  # type: ignore[misc]
        if recognised is not None:
            return recognised
    elif says == "international":
        _refuse_lookalike(text, split.host)
    return _fediverse(split) or _other(text, split)


def _refuse_lookalike(text: str, host: str) -> None:
    """Refuses an international site name that reads as a platform's, or mixes alphabets."""
    seen = host_lookalikes.readable(host)
    imitated = _match_host(host_lookalikes.skeleton(host))
    if imitated:
        raise UrlNotRecognised("address_lookalike_host", address=shown(text), host=shown(seen),
                               platform=imitated[0].name)
    if host_lookalikes.mixes_alphabets(host):
        raise UrlNotRecognised("address_mixed_script_host", address=shown(text), host=shown(seen))


def recognise_url(text: str) -> Recognised:
    """Platform, presence, handle and canonical URL for a pasted address."""
    text = clean_pasted(text)
    for _ in range(_MAX_WRAPPERS):
        typed = _typed(text)
        if typed is not None:
            return typed
        split = split_address(text)
        target = unwrap(split)
        if target is None:
            return _recognise_split(text, split)
        text = clean_pasted(target)
    raise UrlNotRecognised("address_not_web", address=shown(text), example=EXAMPLE_URL)


# ---------------------------------------------------------------------------
# Typed handles
# ---------------------------------------------------------------------------


def _presence_routes(p: Platform, presence: str) -> tuple[Route, ...]:
    if presence not in PRESENCES:
        raise HandleInvalid("presence_invalid", presence=shown(str(presence)),
                            allowed=[Presence(x) for x in PRESENCES])
    if presence not in p.presences:
        raise HandleInvalid("presence_not_on_platform", platform=p.name, presence=Presence(presence),
                            allowed=[Presence(x) for x in p.presences])
    return p.routes_for(presence)


def _looks_like_url(p: Platform, text: str) -> bool:
    if p is _OTHER or "://" in text:
        return True
    first = text.split("/", 1)[0].lower()
    return "/" in text and "." in first and _match_host(first) is not None


def _from_address(p: Platform, presence: str, text: str) -> str:
    try:
        r = recognise_url(text)
    except UrlNotRecognised as e:
        raise HandleInvalid(e.code, **e.params) from None
    if r.platform != p.id or presence not in presences_of(r.platform, r.handle):
        other = platform(r.platform)
        raise HandleInvalid("handle_other_account", handle=shown(text), platform=other.name,
                            presence=Presence(r.presence))
    return r.handle


def _typed_example(p: Platform, presence: str) -> str:
    for r in p.routes_for(presence):
        return r.prefix + r.example
    return "acme.dk/news"  # Other: any site's host and path


def _handle_invalid(p: Platform, presence: str, text: str, routes) -> HandleInvalid:
    rules = [r.rule for r in routes] or [None]
    return HandleInvalid("handle_invalid", handle=shown(text), platform=p.name, presence=Presence(presence),
                         example=_typed_example(p, presence), rule=rules[0])


def _typed_prefixed(p: Platform, presence: str, text: str, prefixed) -> str | None:
    lowered = text.lower()
    for prefix, same_prefix in prefixed:
        if lowered.startswith(prefix):
            for r in same_prefix:
                found = _accept_name(p, r, text[len(r.prefix):], "")
                if found is not None:
                    return found
            raise _handle_invalid(p, presence, text, same_prefix)
    return None


def _typed_bare(p: Platform, presence: str, text: str, candidates) -> str:
    # A leading @ is how people write handles everywhere, not part of them.
    bare = text[1:] if text.startswith("@") else text
    for route in candidates:
        for alias in route.typed_prefixes:
            if bare.lower().startswith(alias):
                bare = bare[len(alias):]
        if p.federated and "@" not in bare:
            break
        found = _accept_name(p, route, bare, "")
        if found is not None:
            return found
    raise _handle_invalid(p, presence, text, candidates)


@cache
def _typing(platform_id: str, presence: str) -> tuple[tuple[tuple[str, tuple[Route, ...]], ...], tuple[Route, ...], bool]:
    """How a handle typed for the presence is read, worked out once (an import types 100,000):
    the prefixed routes by prefix (lowercase), the longest prefix first; the routes a handle
    typed without a prefix may mean; whether spaces are dropped (a phone number's)."""
    routes = platform(platform_id).routes_for(presence)
    prefixes = sorted(dict.fromkeys(r.prefix for r in routes if r.prefix), key=len, reverse=True)
    return (tuple((prefix.lower(), tuple(r for r in routes if r.prefix == prefix)) for prefix in prefixes),
            tuple(r for r in routes if r.typed_bare), any(" " in r.drop for r in routes))


def normalise_handle(platform_id: str, presence: str, handle: str) -> str:
    """The registry handle for a handle typed by a user ("@Acme", " acme ").

    A full address pasted into the handle field is accepted too, as long as it points at the
    same platform and a presence its account may have.
    """
    p = platform(platform_id)
    _presence_routes(p, presence)  # a presence the platform has
    if not isinstance(handle, str):
        raise TypeError(f"expected text, got {type(handle).__name__}")
    prefixed, bare, drops_spaces = _typing(p.id, presence)
    try:
        text = clean_pasted(handle.replace(" ", "") if drops_spaces else handle)
    except UrlNotRecognised as e:
        if e.code == "address_empty":
            raise HandleInvalid("handle_empty", platform=p.name, presence=Presence(presence),
                                example=_typed_example(p, presence)) from None
        raise HandleInvalid("handle_has_spaces", handle=shown(handle.strip())) from None
    if _looks_like_url(p, text):
        return _from_address(p, presence, text)
    return _typed_prefixed(p, presence, text, prefixed) or _typed_bare(p, presence, text, bare)


def canonical_url(platform_id: str, presence: str, handle: str) -> str:
    """The canonical https URL for an account; the handle is normalised first."""
    return normalised_url(platform_id, presence, normalise_handle(platform_id, presence, handle))


def normalised_url(platform_id: str, presence: str, handle: str) -> str:
    """canonical_url of a handle normalise_handle has already given (an import's 100,000 rows)."""
    return _url_for(platform(platform_id), presence, handle)
