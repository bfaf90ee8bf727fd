"""Tests for accountregistry.domain.platforms.

The GOOD and BAD tables are real-world address shapes; each row states the
exact result (or the key phrase of the error) a user should get.
"""

import random

import pytest

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.platforms import (PLATFORM_IDS, PLATFORMS, PRESENCES, HandleInvalid, Platform, Recognised,
                                              Route, UnknownPlatform, UrlNotRecognised, canonical_url, normalise_handle,
                                              platform, presences_of, recognise_url)
from accountregistry.domain.platform_routes import rule

from address_shapes import SHAPES

UC_ID = "UCBR8-60-B28hp2BmDPdntcQ"
WORD = rule("rule_letters_digits", low=1, high=9)
DID = "did:plc:z72i7hdynmk6r22z27h6tvur"


def good(text, platform_id, presence, handle, url, id):
    return pytest.param(text, platform_id, presence, handle, url, id=id)


GOOD = [
    # LinkedIn
    good("linkedin.com/in/jane-doe", "linkedin", "profile", "in/jane-doe",
         "https://www.linkedin.com/in/jane-doe", id="linkedin-profile-no-scheme"),
    good("https://www.linkedin.com/in/Jane-Doe/", "linkedin", "profile", "in/jane-doe",
         "https://www.linkedin.com/in/jane-doe", id="linkedin-profile-case-trailing-slash"),
    good("  https://m.linkedin.com/in/jane-doe/details/experience/  ", "linkedin", "profile", "in/jane-doe",
         "https://www.linkedin.com/in/jane-doe", id="linkedin-profile-mobile-subpage-whitespace"),
    good("HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE", "linkedin", "profile", "in/jane-doe",
         "https://www.linkedin.com/in/jane-doe", id="linkedin-profile-all-caps"),
    good("https://dk.linkedin.com/in/s%C3%B8ren-hansen?originalSubdomain=dk", "linkedin", "profile",
         "in/søren-hansen", "https://www.linkedin.com/in/s%C3%B8ren-hansen", id="linkedin-profile-percent-encoded"),
    good("https://no.linkedin.com/company/acme-as/about/", "linkedin", "page", "acme-as",
         "https://www.linkedin.com/company/acme-as", id="linkedin-company-country-host-about"),
    good("https://se.linkedin.com/company/acme/posts/?trk=public_profile", "linkedin", "page", "acme",
         "https://www.linkedin.com/company/acme", id="linkedin-company-posts-trk"),
    good("http://www.linkedin.com/company/12345", "linkedin", "page", "12345",
         "https://www.linkedin.com/company/12345", id="linkedin-company-numeric-http"),
    good("https://www.linkedin.com/showcase/Acme-Labs/", "linkedin", "page", "showcase/acme-labs",
         "https://www.linkedin.com/showcase/acme-labs", id="linkedin-showcase"),
    good("https://www.linkedin.com/school/aarhus-universitet/people/", "linkedin", "page",
         "school/aarhus-universitet", "https://www.linkedin.com/school/aarhus-universitet", id="linkedin-school"),
    good("https://www.linkedin.com/groups/1234567/", "linkedin", "group", "groups/1234567",
         "https://www.linkedin.com/groups/1234567", id="linkedin-group"),
    good("https://ｌｉｎｋｅｄｉｎ.com/in/jane-doe", "linkedin", "profile", "in/jane-doe",
         "https://www.linkedin.com/in/jane-doe", id="linkedin-fullwidth-host-like-browsers"),
    # Facebook
    good("https://www.facebook.com/AcmeDK/", "facebook", "page", "acmedk",
         "https://www.facebook.com/acmedk", id="facebook-page"),
    good("https://m.facebook.com/acme.dk/photos/?ref=page_internal", "facebook", "page", "acme.dk",
         "https://www.facebook.com/acme.dk", id="facebook-page-mobile-photos"),
    good("https://web.facebook.com/acmedk?fbclid=IwAR0abcdef", "facebook", "page", "acmedk",
         "https://www.facebook.com/acmedk", id="facebook-page-web-fbclid"),
    good("https://mbasic.facebook.com/acmedk", "facebook", "page", "acmedk",
         "https://www.facebook.com/acmedk", id="facebook-page-mbasic"),
    good("https://da-dk.facebook.com/acmedk/", "facebook", "page", "acmedk",
         "https://www.facebook.com/acmedk", id="facebook-page-language-host"),
    good("https://fb.me/acmedk", "facebook", "page", "acmedk",
         "https://www.facebook.com/acmedk", id="facebook-fb-me"),
    good("https://www.facebook.com/pages/Acme-Inc/123456789012", "facebook", "page", "123456789012",
         "https://www.facebook.com/123456789012", id="facebook-pages-numeric"),
    good("https://www.facebook.com/p/Acme-Inc-100063480311999/", "facebook", "page", "100063480311999",
         "https://www.facebook.com/100063480311999", id="facebook-p-slug-id"),
    good("https://www.facebook.com/profile.php?id=100012345678901&sk=about", "facebook", "profile",
         "100012345678901", "https://www.facebook.com/100012345678901", id="facebook-profile-php"),
    good("https://www.facebook.com/people/Jane-Doe/100012345678901/", "facebook", "profile",
         "100012345678901", "https://www.facebook.com/100012345678901", id="facebook-people"),
    good("https://www.facebook.com/groups/AcmeFans/permalink/123/", "facebook", "group", "groups/acmefans",
         "https://www.facebook.com/groups/acmefans", id="facebook-group-permalink"),
    good("https://m.facebook.com/groups/1234567890?ref=share", "facebook", "group", "groups/1234567890",
         "https://www.facebook.com/groups/1234567890", id="facebook-group-numeric-mobile"),
    # Instagram
    good("https://www.instagram.com/Acme.DK/?igshid=MzRlODBiNWFlZA==", "instagram", "profile", "acme.dk",
         "https://www.instagram.com/acme.dk", id="instagram-igshid"),
    good("instagram.com/acme_dk/reels/", "instagram", "profile", "acme_dk",
         "https://www.instagram.com/acme_dk", id="instagram-reels-subpage"),
    # X
    good("https://twitter.com/Acme_DK", "x", "profile", "acme_dk", "https://x.com/acme_dk", id="x-twitter-host"),
    good("https://mobile.twitter.com/acme_dk/status/1234567890?s=20&t=abc", "x", "profile", "acme_dk",
         "https://x.com/acme_dk", id="x-status-url-gives-author"),
    good("https://www.x.com/Acme_DK/?ref_src=twsrc", "x", "profile", "acme_dk",
         "https://x.com/acme_dk", id="x-www-ref"),
    # TikTok
    good("https://www.tiktok.com/@Acme.dk?lang=da", "tiktok", "profile", "acme.dk",
         "https://www.tiktok.com/@acme.dk", id="tiktok-profile"),
    good("https://m.tiktok.com/@acme.dk/video/7234567890123456789?is_from_webapp=1", "tiktok", "profile",
         "acme.dk", "https://www.tiktok.com/@acme.dk", id="tiktok-video-gives-author"),
    # YouTube
    good("https://www.youtube.com/@AcmeTV/videos", "youtube", "channel", "@acmetv",
         "https://www.youtube.com/@acmetv", id="youtube-handle-videos"),
    good("https://m.youtube.com/@acmetv?si=abc123", "youtube", "channel", "@acmetv",
         "https://www.youtube.com/@acmetv", id="youtube-handle-mobile-si"),
    good(f"https://youtube.com/channel/{UC_ID}/featured?view_as=subscriber", "youtube", "channel",
         f"channel/{UC_ID}", f"https://www.youtube.com/channel/{UC_ID}", id="youtube-channel-id-keeps-case"),
    good(f"https://music.youtube.com/channel/{UC_ID}", "youtube", "channel", f"channel/{UC_ID}",
         f"https://www.youtube.com/channel/{UC_ID}", id="youtube-music-host"),
    good("https://www.youtube.com/c/AcmeTV/about", "youtube", "channel", "c/acmetv",
         "https://www.youtube.com/c/acmetv", id="youtube-custom-url"),
    good("https://www.youtube.com/user/AcmeTV", "youtube", "channel", "user/acmetv",
         "https://www.youtube.com/user/acmetv", id="youtube-legacy-user"),
    # Threads
    good("https://www.threads.net/@acme.dk", "threads", "profile", "acme.dk",
         "https://www.threads.com/@acme.dk", id="threads-net"),
    good("https://threads.com/@Acme.DK/post/C1abcDEF", "threads", "profile", "acme.dk",
         "https://www.threads.com/@acme.dk", id="threads-com-post"),
    # Bluesky
    good("https://bsky.app/profile/Acme.bsky.social", "bluesky", "profile", "acme.bsky.social",
         "https://bsky.app/profile/acme.bsky.social", id="bluesky-handle"),
    good("https://bsky.app/profile/acme.dk/post/3kabcdef", "bluesky", "profile", "acme.dk",
         "https://bsky.app/profile/acme.dk", id="bluesky-custom-domain-post"),
    good(f"https://bsky.app/profile/{DID}", "bluesky", "profile", DID,
         f"https://bsky.app/profile/{DID}", id="bluesky-did"),
    good("https://bsky.app/profile/did%3Aplc%3Az72i7hdynmk6r22z27h6tvur", "bluesky", "profile", DID,
         f"https://bsky.app/profile/{DID}", id="bluesky-did-percent-encoded"),
    # Mastodon
    good("https://mastodon.social/@Gargron", "mastodon", "profile", "gargron@mastodon.social",
         "https://mastodon.social/@gargron", id="mastodon-profile"),
    good("https://fosstodon.org/users/acme", "mastodon", "profile", "acme@fosstodon.org",
         "https://fosstodon.org/@acme", id="mastodon-users-path"),
    good("https://mastodon.social/@acme@Fosstodon.org", "mastodon", "profile", "acme@fosstodon.org",
         "https://fosstodon.org/@acme", id="mastodon-remote-account-view"),
    good("https://social.acme.dk/@team/111222333444555", "mastodon", "profile", "team@social.acme.dk",
         "https://social.acme.dk/@team", id="mastodon-own-instance-post"),
    good("@Acme@Mastodon.Social", "mastodon", "profile", "acme@mastodon.social",
         "https://mastodon.social/@acme", id="mastodon-typed-address"),
    # Pinterest
    good("https://www.pinterest.com/acme_dk/", "pinterest", "profile", "acme_dk",
         "https://www.pinterest.com/acme_dk", id="pinterest-profile"),
    good("https://dk.pinterest.com/Acme_DK/boards/", "pinterest", "profile", "acme_dk",
         "https://www.pinterest.com/acme_dk", id="pinterest-country-subdomain"),
    good("https://www.pinterest.dk/acme_dk/summer-board/", "pinterest", "profile", "acme_dk",
         "https://www.pinterest.com/acme_dk", id="pinterest-country-domain-board"),
    good("https://www.pinterest.co.uk/acme_dk/", "pinterest", "profile", "acme_dk",
         "https://www.pinterest.com/acme_dk", id="pinterest-co-uk"),
    # Snapchat
    good("https://www.snapchat.com/add/acme.dk?share_id=abc&locale=da-DK", "snapchat", "profile", "acme.dk",
         "https://www.snapchat.com/add/acme.dk", id="snapchat-add"),
    good("https://snapchat.com/@Acme.DK", "snapchat", "profile", "acme.dk",
         "https://www.snapchat.com/add/acme.dk", id="snapchat-at"),
    # Anything else
    good("https://www.Blog.Acme.dk/Team/?utm_source=newsletter#top", "other", "page", "blog.acme.dk/Team",
         "https://blog.acme.dk/Team", id="other-keeps-path-case-drops-query"),
    good("acme.dk", "other", "page", "acme.dk", "https://acme.dk", id="other-bare-domain"),
    good("https://acme.dk/team%E2%80%8B", "other", "page", "acme.dk/team", "https://acme.dk/team",
         id="other-encoded-zero-width-space"),
    good("https://www.linkedin.com/company/acme%EF%BB%BF", "linkedin", "page", "acme",
         "https://www.linkedin.com/company/acme", id="linkedin-encoded-byte-order-mark"),
    good("https://acme.dk:8080/team/", "other", "page", "acme.dk:8080/team",
         "https://acme.dk:8080/team", id="other-port"),
    good("https://unsplash.com/@jane", "other", "page", "unsplash.com/@jane",
         "https://unsplash.com/@jane", id="other-unsplash-is-not-fediverse"),
    good("https://blåbær.dk/om-os/", "other", "page", "xn--blbr-roah.dk/om-os",
         "https://xn--blbr-roah.dk/om-os", id="other-international-name-as-browsers-send-it"),
    good("https://пример.рф/team", "other", "page", "xn--e1afmkfd.xn--p1ai/team",
         "https://xn--e1afmkfd.xn--p1ai/team", id="other-cyrillic-name-in-one-alphabet"),
    good("https://日本語ドメイン.jp/", "other", "page", "xn--eckwd4c7c5976acvb2w6i.jp",
         "https://xn--eckwd4c7c5976acvb2w6i.jp", id="other-japanese-scripts-together"),
    good("https://linkedin.com.evil.example/in/jane", "other", "page", "linkedin.com.evil.example/in/jane",
         "https://linkedin.com.evil.example/in/jane", id="other-platform-name-as-subdomain"),
]


def bad(text, code, id):
    return pytest.param(text, code, id=id)


BAD = [
    bad("", "address_empty", id="empty"),
    bad("   \t ", "address_empty", id="whitespace-only"),
    bad("htp:/x", "address_not_web", id="typo-scheme"),
    bad("http://", "address_no_host", id="scheme-only"),
    bad("javascript:alert(1)", "address_not_web", id="javascript"),
    bad("JaVaScRiPt:alert(document.cookie)", "address_not_web", id="javascript-mixed-case"),
    bad("javascript://x.com/%0Aalert(1)", "address_not_web", id="javascript-disguised-as-address"),
    bad("data:text/html,<script>alert(1)</script>", "address_not_web", id="data-html"),
    bad("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "address_not_web", id="data-base64"),
    bad("vbscript:msgbox(1)", "address_not_web", id="vbscript"),
    bad("file:///etc/passwd", "address_not_web", id="file"),
    bad("https://www.google.com/url?q=javascript:alert(1)", "address_not_web", id="google-wrapping-javascript"),
    bad("https://x.com/acme\r\nSet-Cookie: a=b", "address_has_spaces", id="header-injection"),
    bad("https://x.com/acme\x07", "address_control_characters", id="bell"),
    bad("mailto:jane@acme.dk", "address_email", id="mailto"),
    bad("ftp://files.acme.dk/team", "address_not_web", id="ftp"),
    bad("https://www.linkedin.com", "address_home_page", id="linkedin-home"),
    bad("https://www.facebook.com/?ref=logo", "address_home_page", id="facebook-home-with-query"),
    bad("https://linkedin.com/company/", "address_name_missing", id="linkedin-company-without-name"),
    bad("https://www.tiktok.com/@", "address_name_missing", id="tiktok-at-only"),
    bad("https://www.facebook.com/profile.php", "address_name_missing", id="facebook-profile-php-no-id"),
    bad("https://www.facebook.com/profile.php?id=abc", "address_name_invalid", id="facebook-profile-php-bad-id"),
    bad("https://youtu.be/dQw4w9WgXcQ", "address_post", id="youtube-short-video-link"),
    bad("https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=x", "address_post", id="youtube-watch"),
    bad("https://www.youtube.com/shorts/abc123", "address_post", id="youtube-shorts"),
    bad("https://www.youtube.com/playlist?list=PL123", "address_not_account", id="youtube-playlist"),
    bad("https://www.facebook.com/sharer/sharer.php?u=https://acme.dk", "address_post", id="facebook-sharer"),
    bad("https://www.facebook.com/home.php", "address_not_account", id="facebook-home-php"),
    bad("https://www.facebook.com/watch/?v=123", "address_post", id="facebook-watch"),
    bad("https://www.facebook.com/events/123456/", "address_not_account", id="facebook-event"),
    bad("https://www.instagram.com/p/C1a2b3c4/", "address_post", id="instagram-post"),
    bad("https://www.instagram.com/explore/tags/acme/", "address_not_account", id="instagram-explore"),
    bad("https://help.instagram.com/1234", "address_not_account", id="instagram-help-subdomain"),
    bad("https://x.com/i/flow/login", "address_not_account", id="x-i-path"),
    bad("https://twitter.com/search?q=acme", "address_not_account", id="x-search"),
    bad("https://x.com/this_is_way_too_long", "address_name_invalid", id="x-name-too-long"),
    bad("https://www.tiktok.com/acme", "address_not_account", id="tiktok-without-at"),
    bad("https://vm.tiktok.com/ZMabc123/", "address_short_link", id="tiktok-short-link"),
    bad("https://pin.it/4abcDEF", "address_short_link", id="pinterest-short-link"),
    bad("https://lnkd.in/dAbc123", "address_short_link", id="linkedin-short-link"),
    bad("https://bit.ly/3abc", "address_short_link", id="generic-shortener"),
    bad("https://www.linkedin.com/posts/jane-doe_activity-123", "address_post", id="linkedin-post"),
    bad("https://[2001:db8::1]/in/jane", "address_ip", id="ipv6-literal"),
    bad("http://192.168.1.10/team", "address_ip", id="ipv4"),
    bad("https://acme!.dk/team", "address_host_invalid", id="host-bad-char"),
    bad("localhost/in/jane", "address_host_without_dot", id="host-without-dot"),
    bad("www.acme", "address_host_without_dot", id="host-dot-only-from-www"),
    bad("https://acme.dk:99999/x", "address_port_invalid", id="bad-port"),
    bad("https://www.linkedin.com@evil.example/in/jane", "address_userinfo", id="userinfo-disguise"),
    bad("https://www.linkedin.com/in/jane doe", "address_has_spaces", id="space-inside"),
    bad("https://x.com/acme\x00", "address_control_characters", id="nul-byte"),
    bad("https://acme.dk/" + "a" * 2048, "address_too_long", id="too-long"),
    bad("https://acme.dk/" + "ø" * 400, "address_too_long_escaped", id="too-long-once-escaped"),
    # Look-alike site names: another alphabet's letters (Cyrillic і, е, о, х), a Latin dotless ı or
    # an accent, as browsers' own international-name policies flag them.
    bad("https://lіnkedin.com/in/jane", "address_lookalike_host", id="cyrillic-i-linkedin"),
    bad("https://xn--lnkedin-rog.com/in/jane", "address_lookalike_host", id="cyrillic-i-linkedin-as-punycode"),
    bad("https://www.youtubе.com/@acme", "address_lookalike_host", id="cyrillic-e-youtube"),
    bad("https://х.com/acme", "address_lookalike_host", id="cyrillic-x-whole-name"),
    bad("https://reddit.cоm/r/acme", "address_lookalike_host", id="cyrillic-o-in-the-ending"),
    bad("https://ınstagram.com/acme", "address_lookalike_host", id="dotless-i-instagram"),
    bad("https://faceboök.com/acme", "address_lookalike_host", id="accent-facebook"),
    bad("https://www.google.com/url?q=https://lіnkedin.com/in/jane", "address_lookalike_host",
        id="look-alike-behind-a-search-result"),
    bad("https://pаypal.example/acme", "address_mixed_script_host", id="mixed-alphabets-other-site"),
    bad("@acme", "address_only_handle", id="bare-at-handle"),
    bad("acme", "address_only_handle", id="bare-word"),
    bad("jane@gmail.com", "address_email", id="email-address"),
    bad("acme@mastodon.social", "address_email", id="mastodon-address-without-leading-at"),
    bad("@jane@twitter.com", "address_not_fediverse", id="fediverse-address-on-x"),
]


@pytest.mark.parametrize("text, platform_id, presence, handle, url", GOOD)
def test_recognise_url(text, platform_id, presence, handle, url):
    assert recognise_url(text) == Recognised(platform_id, presence, handle, url)


@pytest.mark.parametrize("text, platform_id, presence, handle, url", GOOD)
def test_canonical_url_round_trips(text, platform_id, presence, handle, url):
    assert canonical_url(platform_id, presence, handle) == url
    again = recognise_url(canonical_url(platform_id, presence, handle))
    assert (again.platform, again.handle, again.url) == (platform_id, handle, url)
    # Where the platform cannot tell them apart (a Facebook page or profile), the address
    # suggests one presence and the account may have either.
    assert presence in presences_of(platform_id, handle)
    assert normalise_handle(platform_id, presence, handle) == handle


@pytest.mark.parametrize("text, platform_id, presence, handle, url", GOOD)
def test_canonical_url_shape(text, platform_id, presence, handle, url):
    assert url.startswith("https://")
    assert not url.endswith("/")
    assert "#" not in url
    if (platform_id, presence) != ("facebook", "profile"):
        assert "?" not in url


def test_good_cases_and_shapes_cover_every_platform_and_presence():
    covered = {(p.values[1], p.values[2]) for p in GOOD}
    for _, expected, _ in SHAPES:
        if not expected.startswith("!"):
            platform_id, _, handle = expected.split()
            covered |= {(platform_id, presence) for presence in presences_of(platform_id, handle)}
    declared = {(p.id, presence) for p in PLATFORMS for presence in p.presences}
    # Other accounts are recognised as pages or (on community hosts) groups; the other
    # presences are chosen by the user.
    declared -= {("other", "profile"), ("other", "channel")}
    assert declared <= covered, declared - covered


# The refused shapes of address_shapes.py too.
REFUSED = [pytest.param(text, expected[1:], id=text[:70]) for text, expected, _ in SHAPES if expected.startswith("!")]


@pytest.mark.parametrize("text, code", BAD + REFUSED)
def test_bad_input_is_refused_with_its_code(text, code):
    with pytest.raises(UrlNotRecognised) as caught:
        recognise_url(text)
    assert caught.value.code == code
    message = caught.value.sentence()
    # One sentence, short enough for a dialog, whatever the input was.
    assert message.endswith(".")
    assert "\n" not in message and "\x00" not in message and "{" not in message
    assert len(message) < 400


def test_bad_table_is_big_enough():
    assert len(BAD) >= 12 and len(GOOD) >= 40


def test_refusals_are_typed_registry_errors():
    for refusal in (UrlNotRecognised, HandleInvalid, UnknownPlatform):
        assert issubclass(refusal, RegistryError)
        assert issubclass(refusal, ValueError)  # what callers written before codes catch


def test_longest_allowed_input_is_accepted():
    text = "https://acme.dk/" + "a" * (2048 - len("https://acme.dk/"))
    assert len(text) == 2048
    assert recognise_url(text).platform == "other"


# --- typed handles ---------------------------------------------------------

@pytest.mark.parametrize(
    "platform_id, presence, typed, handle",
    [
        pytest.param("x", "profile", "@Acme_DK", "acme_dk", id="x-at-and-case"),
        pytest.param("x", "profile", " acme ", "acme", id="x-whitespace"),
        pytest.param("x", "profile", "https://twitter.com/Acme_DK", "acme_dk", id="x-pasted-url"),
        pytest.param("linkedin", "profile", "Jane-Doe", "in/jane-doe", id="linkedin-profile-bare"),
        pytest.param("linkedin", "profile", "in/Jane-Doe", "in/jane-doe", id="linkedin-profile-prefixed"),
        # The prefix in any case; of the routes sharing it, the member id's (case kept) first.
        pytest.param("linkedin", "profile", "IN/ACoAAAAkTuYBiKRFwB8ZxwWkdb2A4-k2uBdcYqM",
                     "in/ACoAAAAkTuYBiKRFwB8ZxwWkdb2A4-k2uBdcYqM", id="linkedin-member-id-prefix-in-capitals"),
        pytest.param("whatsapp", "channel", "Channel/0029VaA1b2C3d4E5f6G7h8I9", "channel/0029VaA1b2C3d4E5f6G7h8I9",
                     id="whatsapp-channel-prefix-in-capitals"),
        pytest.param("facebook", "profile", "ID:100012345678901", "100012345678901", id="facebook-old-id-in-capitals"),
        pytest.param("linkedin", "page", "Acme", "acme", id="linkedin-page-means-company"),
        pytest.param("linkedin", "page", "Showcase/Acme-Labs", "showcase/acme-labs", id="linkedin-showcase"),
        pytest.param("linkedin", "group", "1234567", "groups/1234567", id="linkedin-group-bare"),
        pytest.param("linkedin", "page", "linkedin.com/company/acme", "acme", id="linkedin-pasted-url-no-scheme"),
        pytest.param("facebook", "profile", "100012345678901", "100012345678901", id="facebook-profile-number"),
        pytest.param("facebook", "profile", "id:100012345678901", "100012345678901", id="facebook-old-id-handle"),
        pytest.param("facebook", "profile", "Jane.Doe", "jane.doe", id="facebook-profile-username"),
        pytest.param("github", "page", "Acme-Labs", "acme-labs", id="github-organisation"),
        pytest.param("telegram", "group", "@Acme_News", "acme_news", id="telegram-group-shares-names"),
        pytest.param("telegram", "group", "+AbCdEfGhIjKlMnOp", "+AbCdEfGhIjKlMnOp", id="telegram-invite-keeps-case"),
        pytest.param("whatsapp", "profile", "+45 12 34 56 78", "4512345678", id="whatsapp-phone-as-written"),
        pytest.param("reddit", "group", "r/Denmark", "r/denmark", id="reddit-subreddit"),
        pytest.param("mastodon", "profile", "acme@mastodon.social", "acme@mastodon.social", id="mastodon-without-at"),
        pytest.param("other", "group", "https://acme.slack.com", "acme.slack.com", id="other-as-group"),
        pytest.param("facebook", "page", "@Acme.DK", "acme.dk", id="facebook-page"),
        pytest.param("facebook", "group", "AcmeFans", "groups/acmefans", id="facebook-group"),
        pytest.param("youtube", "channel", "@AcmeTV", "@acmetv", id="youtube-at-handle"),
        pytest.param("youtube", "channel", "AcmeTV", "@acmetv", id="youtube-bare-handle"),
        pytest.param("youtube", "channel", UC_ID, f"channel/{UC_ID}", id="youtube-bare-channel-id"),
        pytest.param("youtube", "channel", "c/AcmeTV", "c/acmetv", id="youtube-custom"),
        pytest.param("mastodon", "profile", "@Acme@Mastodon.Social", "acme@mastodon.social", id="mastodon"),
        pytest.param("bluesky", "profile", "@Acme.bsky.social", "acme.bsky.social", id="bluesky"),
        pytest.param("bluesky", "profile", DID, DID, id="bluesky-did"),
        pytest.param("tiktok", "profile", "@Acme.DK", "acme.dk", id="tiktok"),
        pytest.param("other", "page", "Blog.Acme.dk/team/", "blog.acme.dk/team", id="other"),
    ],
)
def test_normalise_handle(platform_id, presence, typed, handle):
    assert normalise_handle(platform_id, presence, typed) == handle


def test_normalise_handle_example_from_spec():
    assert normalise_handle("x", "profile", "@Acme_DK") == "acme_dk"


@pytest.mark.parametrize(
    "platform_id, presence, typed, code",
    [
        pytest.param("x", "profile", "acme-dk", "handle_invalid", id="x-hyphen"),
        pytest.param("x", "profile", "a" * 16, "handle_invalid", id="x-too-long"),
        pytest.param("x", "profile", "ac me", "handle_has_spaces", id="x-space"),
        # Only a phone number's spaces are dropped, not those of the platform's other presences.
        pytest.param("whatsapp", "group", "group/AbCdEfGhIjKl MnOpQrStUv", "handle_has_spaces", id="whatsapp-group-space"),
        pytest.param("x", "profile", "", "handle_empty", id="x-empty"),
        pytest.param("instagram", "profile", "ac!me", "handle_invalid", id="instagram-bang"),
        pytest.param("tiktok", "profile", "@a", "handle_invalid", id="tiktok-too-short"),
        pytest.param("mastodon", "profile", "acme", "handle_invalid", id="mastodon-without-server"),
        pytest.param("mastodon", "profile", "acme@twitter.com", "handle_invalid", id="mastodon-on-x"),
        pytest.param("linkedin", "page", "in/jane", "handle_invalid", id="linkedin-profile-as-page"),
        pytest.param("x", "page", "acme", "presence_not_on_platform", id="x-has-no-pages"),
        pytest.param("x", "blog", "acme", "presence_invalid", id="unknown-presence"),
        pytest.param("x", "profile", "linkedin.com/in/jane", "handle_other_account", id="url-of-other-platform"),
        pytest.param("other", "page", "https://x.com/acme", "handle_other_account", id="other-given-known-platform"),
        pytest.param("github", "group", "acme", "presence_not_on_platform", id="github-has-no-groups"),
        pytest.param("linkedin", "profile", "https://www.linkedin.com/feed/", "address_post", id="pasted-post"),
    ],
)
def test_bad_typed_handle_raises_handle_invalid(platform_id, presence, typed, code):
    with pytest.raises(HandleInvalid) as caught:
        normalise_handle(platform_id, presence, typed)
    assert caught.value.code == code
    assert caught.value.sentence().endswith(".")


def test_canonical_url_rejects_invalid_handle():
    with pytest.raises(HandleInvalid):
        canonical_url("x", "profile", "not valid!")


# --- handle scheme ---------------------------------------------------------

SAMPLE_NAMES = [
    "acme", "Acme.DK", "12345", "100012345678901", "acme-labs", UC_ID, "@acme",
    "in/acme", "showcase/acme", "school/acme", "groups/acme", "groups/12345",
    "id:12345", "channel/" + UC_ID, "c/acme", "user/acme", "acme@mastodon.social",
    "u/acme", "r/acme", "invite/AbC123", "users/80351110224678912", "+AbCdEfGhIjKlMnOp",
    "channel/0029VaA1b2C3d4E5f6G7h8I9", "group/AbCdEfGhIjKlMnOpQrStUv", "communities/123",
    "profile/acme", "channels/acme", "@acme", "u/b3d3d3653c2c", "profile/12345",
]


def namespaces(p):
    """The platform's namespaces: the sets of presences its routes share names in."""
    return {frozenset(r.presences) for r in p.routes}


@pytest.mark.parametrize("platform_id", [p.id for p in PLATFORMS if len(namespaces(p)) > 1])
def test_handles_of_different_namespaces_never_collide(platform_id):
    p = platform(platform_id)
    by_space = {}
    for space in namespaces(p):
        handles = set()
        for presence in space:
            for route in p.routes:
                for name in SAMPLE_NAMES + [route.example, route.prefix + route.example]:
                    try:
                        handle = normalise_handle(platform_id, presence, name)
                    except HandleInvalid:
                        continue
                    if set(presences_of(platform_id, handle)) == space:
                        handles.add(handle)
        assert handles, space
        by_space[space] = handles
    spaces = list(by_space)
    for i, a in enumerate(spaces):
        for b in spaces[i + 1:]:
            assert not by_space[a] & by_space[b], (a, b, by_space[a] & by_space[b])


@pytest.mark.parametrize("platform_id", [p.id for p in PLATFORMS if len(p.presences) > 1])
def test_a_handle_belongs_to_one_namespace_only(platform_id):
    # Whatever handle a route produces, no presence outside its namespace accepts it
    # unchanged: otherwise two accounts could share a registry key.
    p = platform(platform_id)
    checked = 0
    for route in p.routes:
        handle = normalise_handle(platform_id, route.presences[0], route.prefix + route.example)
        assert set(presences_of(platform_id, handle)) == set(route.presences)
        for other in set(p.presences) - set(route.presences):
            checked += 1
            try:
                assert normalise_handle(platform_id, other, handle) != handle
            except HandleInvalid:
                pass
    assert checked or len(namespaces(p)) <= 1


@pytest.mark.parametrize(
    "routes",
    [
        pytest.param((Route("profile", ("in/{name}",), r"\w+", WORD),
                      Route("page", ("company/{name}",), r"\w+", WORD)), id="two-unprefixed-namespaces"),
        pytest.param((Route("profile", ("in/{name}",), r"\w+", WORD, prefix="x/"),
                      Route("page", ("company/{name}",), r"\w+", WORD, prefix="x/y/")), id="overlapping-prefixes"),
        pytest.param((Route("profile", ("in/{name}",), r"\w+", WORD, prefix="in-"),
                      Route("page", ("company/{name}",), r"\w+", WORD)), id="prefix-without-separator"),
    ],
)
def test_table_refuses_routes_whose_handles_could_collide(routes):
    # Routes of one namespace may share unprefixed names; those of two namespaces may not.
    with pytest.raises(ValueError):
        Platform(id="test", name="Test", presences=("profile", "page"), routes=routes, domain=r"test\.example")


def test_good_handles_are_unique_per_platform():
    seen = {}
    for param in GOOD:
        _, platform_id, presence, handle, _ = param.values
        assert seen.setdefault((platform_id, handle), presence) == presence


# --- the table -------------------------------------------------------------

def test_platform_table():
    assert PLATFORM_IDS == (
        "linkedin", "facebook", "instagram", "x", "tiktok", "youtube", "threads", "bluesky", "mastodon",
        "pinterest", "snapchat", "reddit", "telegram", "discord", "github", "twitch", "xing", "vimeo",
        "medium", "substack", "whatsapp", "google_business", "other",
    )
    assert [p.name for p in PLATFORMS] == [
        "LinkedIn", "Facebook", "Instagram", "X", "TikTok", "YouTube", "Threads", "Bluesky", "Mastodon",
        "Pinterest", "Snapchat", "Reddit", "Telegram", "Discord", "GitHub", "Twitch", "XING", "Vimeo",
        "Medium", "Substack", "WhatsApp", "Google Business Profile", "Other",
    ]
    # The database keeps platform ids in a column of 20 characters.
    assert max(map(len, PLATFORM_IDS)) <= 20
    assert PRESENCES == ("profile", "page", "group", "channel")
    for p in PLATFORMS:
        assert p.presences and set(p.presences) <= set(PRESENCES), p.id
        assert platform(p.id) is p
    assert platform("youtube").presences == ("channel",)
    assert platform("linkedin").presences == ("profile", "page", "group")


def test_platform_is_frozen():
    with pytest.raises(AttributeError):
        platform("x").name = "Twitter"  # type: ignore[misc]


@pytest.mark.parametrize("bad_id", ["twitter", "", "X ", None])
def test_unknown_platform(bad_id):
    with pytest.raises(UnknownPlatform) as caught:
        platform(bad_id)
    assert caught.value.code == "platform_unknown"
    assert caught.value.params["known"] == list(PLATFORM_IDS)


# --- hostile input ---------------------------------------------------------

HOSTILE = [
    "https://www.facebook.com/p/" + "a-" * 1000,
    "https://www.facebook.com/p/" + "-" * 2000 + "x",
    "https://acme.dk/" + "@" * 2000,
    "@" + "a" * 1500 + "@" + "b." * 200,
    "https://" + "a." * 1000 + "dk",
    "https://" + "a" * 2000 + ".dk",
    "a@" * 900,
    "https://mastodon.social/@" + "a." * 1000,
    "https://bsky.app/profile/" + "a." * 1000,
    "https://" + "a-" * 900 + ".com/x",
    "http://" + "%" * 2000,
    "https://x.com/" + "%2F" * 600,
    "https://www.youtube.com/@" + "a" * 2000,
    "https://linkedin.com/in/" + "%C3%B8" * 300,
    "https://linkedin.com/in/%FF%FE",
    "https://linkedin.com/in/jane%00",
    "https://[::1",
    "https://%5B::1%5D/x",
    "\ufeffhttps://x.com/acme",
    "https://x.com:/acme",
    "https://.linkedin.com/in/jane",
    "https://linkedin..com/in/jane",
    "https://xn--/in/jane",
    "https://ex\u00adample.com",
    "//",
    "https:",
    ":",
    "@",
    "@@",
    "?",
    "#",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_rejected_or_recognised(text):
    # How fast is measured beside its floor in tests/benchmarks/test_recogniser_speed.py; the
    # length cap in web_addresses bounds what any regular expression here has to scan.
    try:
        result = recognise_url(text)
    except UrlNotRecognised as e:
        assert str(e).endswith(".")
        assert len(str(e)) < 400
    else:
        assert recognise_url(result.url) == result


FRAGMENTS = [
    "https://", "http://", "www.", "m.", "dk.", "linkedin.com", "facebook.com", "x.com",
    "youtube.com", "tiktok.com", "bsky.app", "mastodon.social", "acme.dk", "/", "/", "@", "@",
    "%", "%2F", "%C3%B8", "in", "company", "groups", "profile.php", "?id=", "?", "#", ":", "..",
    "-", "_", "ø", "\u0430", "UC", "channel", "profile", "did:plc:", "[", "]", "1", "a", "A", "Acme",
]


def test_fuzzed_input_never_crashes_and_always_round_trips():
    rng = random.Random(20240521)
    recognised = 0
    for _ in range(3000):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12)))
        try:
            result = recognise_url(text)
        except UrlNotRecognised:
            continue
        recognised += 1
        assert recognise_url(result.url) == result, text
        assert canonical_url(result.platform, result.presence, result.handle) == result.url, text
    # The fuzzer must actually reach the recognising code paths.
    assert recognised > 100


# What may stand around the host of an address: each is read by urlsplit, never in one expression.
AROUND_HOST = ("{scheme}://{host}:8080{rest}", "{scheme}://{host}:{rest}", "{scheme}://jane@{host}{rest}",
               "{scheme}://[{host}]{rest}", "{scheme}://{host}]{rest}", "{scheme}://{host}\t{rest}",
               "{scheme}://{host}_x{rest}", "{scheme}://é{host}{rest}", "{scheme}://{host}%2E{rest}",
               "{scheme}://{host}#!{rest}", "{scheme}://{host}/#!{rest}?a=1", "{scheme}://{host}{rest}?a=1#f?g#h",
               "{scheme}:/{host}{rest}", "{scheme}:{host}{rest}", "{scheme}:///{host}{rest}")


def _outcome(text):
    try:
        found = recognise_url(text)
    except UrlNotRecognised as e:
        return e.code
    return found


def test_an_address_in_the_common_form_is_read_as_in_any_other():
    """"https://host/path?query#fragment" with a plain host is taken apart in one expression,
    every other form by urlsplit: each address of the tables, and each with what may stand
    around its host, gives the same account (or is refused for the same reason) when its scheme
    in capitals sends it the other way."""
    texts = [param.values[0] for param in GOOD + BAD + REFUSED] + HOSTILE + [text for text, _, _ in SHAPES]
    compared = 0
    for text in texts:
        scheme, sep, rest = text.strip().partition("://")
        if not sep or scheme not in ("http", "https"):
            continue
        host, slash, path = rest.partition("/")
        for shape in ("{scheme}://{host}{rest}",) + AROUND_HOST:
            common = shape.format(scheme=scheme, host=host, rest=slash + path)
            assert _outcome(common) == _outcome(shape.format(scheme=scheme.upper(), host=host, rest=slash + path)), common
            compared += 1
    assert compared > 5000
