"""Properties of the recogniser that must hold for every input, not only the listed shapes.

- Every accepted address has a canonical URL that recognises to the same key, and that URL is
  its own canonical URL.
- No two distinct accounts share a key: a handle belongs to one route's namespace and one name.
- Whatever is pasted, recognition returns a key or raises the typed refusal, nothing else; shown
  over a fuzzed corpus of more than 100,000 inputs made from real shapes.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accountregistry.domain.platforms import (PLATFORMS, HandleInvalid, UrlNotRecognised, canonical_url,
                                              normalise_handle, platform, presences_of, recognise_url)

from address_shapes import SHAPES

# No example database on disk, no per-example time limit (the machine may be busy).
PROPERTY = settings(max_examples=400, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

ROUTES = [(p.id, route) for p in PLATFORMS for route in p.routes]
FUZZ_INPUTS = 100_000


def assert_round_trip(found) -> None:
    again = recognise_url(found.url)
    assert (again.platform, again.handle, again.url) == (found.platform, found.handle, found.url)
    assert found.presence in presences_of(found.platform, found.handle)
    assert canonical_url(found.platform, found.presence, found.handle) == found.url


# --- addresses built from the platforms' own hosts and shapes --------------------------------

HOSTS = sorted({text.split("/")[2] for text, _, _ in SHAPES if text.startswith("http") and text.count("/") >= 2})
SEGMENTS = sorted({segment for text, _, _ in SHAPES for segment in text.split("?")[0].split("/")[3:] if segment})


@st.composite
def addresses(draw) -> str:
    scheme = draw(st.sampled_from(["https://", "http://", "", "//", "HTTPS://"]))
    host = draw(st.sampled_from(HOSTS))
    if draw(st.booleans()):
        host = draw(st.sampled_from(["www.", "m.", "dk.", "business.", "api.", "x."])) + host
    parts = draw(st.lists(st.one_of(st.sampled_from(SEGMENTS), st.text(min_size=1, max_size=12)), max_size=4))
    path = "/".join(parts)
    query = draw(st.sampled_from(["", "?id=123", "?utm_source=x&b=2", "?u=https%3A%2F%2Fx.com%2Facme", "?q=1"]))
    tail = draw(st.sampled_from(["", "/", ".", "#top", "#!/acme", ")", "”"]))
    return f"{scheme}{host}/{path}{query}{tail}"


@PROPERTY
@given(addresses())
@example("https://m.youtube.com/jane-doe./")  # a final "." kept by the path's "/": read as punctuation
@example("https://www.youtube.com/c/jane-doe%2E")
def test_every_accepted_address_round_trips(text):
    try:
        found = recognise_url(text)
    except UrlNotRecognised:
        return
    assert_round_trip(found)


@PROPERTY
@given(st.text(max_size=200))
def test_any_text_gives_a_key_or_the_typed_refusal(text):
    try:
        found = recognise_url(text)
    except UrlNotRecognised as refusal:
        assert refusal.code and refusal.sentence().endswith(".")
        return
    assert_round_trip(found)


# --- no two accounts share a key ----------------------------------------------------------------

@st.composite
def route_names(draw):
    platform_id, route = draw(st.sampled_from(ROUTES))
    pattern = route.name
    if platform(platform_id).federated:
        pattern = r"[a-z0-9_]{1,20}@(?:[a-z0-9]{1,10}\.){1,3}[a-z]{2,6}"
    name = draw(st.from_regex(re.compile(pattern), fullmatch=True).filter(lambda n: len(n) < 120))
    return platform_id, route, name


@PROPERTY
@given(route_names(), route_names())
def test_two_names_share_a_key_only_when_they_are_one_account(first, second):
    keys = []
    for platform_id, route, name in (first, second):
        try:
            handle = normalise_handle(platform_id, route.presences[0], route.prefix + name)
        except HandleInvalid:
            return  # names the table reserves, or that fold to something the route refuses
        # A handle belongs to one namespace, and recognises back from its canonical URL.
        assert set(presences_of(platform_id, handle)) == set(route.presences) or not route.prefix
        assert_round_trip(recognise_url(canonical_url(platform_id, route.presences[0], handle)))
        keys.append(((platform_id, handle), (platform_id, frozenset(route.presences)), route.fold(name)))
    (key_a, space_a, name_a), (key_b, space_b, name_b) = keys
    if key_a == key_b:
        assert space_a == space_b


# --- the fuzzed corpus --------------------------------------------------------------------------

NOISE = ["/", "//", "@", "%", "%2F", "%00", "%C3%B8", "%E2%80%8B", "?", "&", "=", "#", "#!/", ":", ".", "..",
         "-", "_", "+", "~", "ø", "æ", "\u0430", "\u200b", "\ufeff", "\u202e", "\u00ad", " ", "\t", "(", ")",
         "“", "”", "«", "»", "<", ">", "[", "]", "'", '"', "\\", "*", "`", "0x1a:0x2b", "!1s", "ChIJ", "UC",
         "did:plc:", "@@", "https://", "http://", "www.", "m.", "a" * 40, "9" * 25]


def fuzzed_corpus(count: int, seed: int = 20261206):
    """Real shapes cut, spliced, doubled and sprinkled with noise: deterministic."""
    rng = random.Random(seed)
    texts = [text for text, _, _ in SHAPES]
    for _ in range(count):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(text) + 1)
            move = rng.randrange(5)
            if move == 0:
                text = text[:i] + rng.choice(NOISE) + text[i:]
            elif move == 1:
                text = text[:i] + text[i + rng.randint(1, 6):]
            elif move == 2:
                other = rng.choice(texts)
                text = text[:i] + other[rng.randrange(len(other) + 1):]
            elif move == 3:
                text = text.upper() if rng.random() < 0.5 else text.swapcase()
            else:
                text = rng.choice(["", " ", "<", "(", "“"]) + text + rng.choice(["", ".", ")", "”", "/", "?", ">"])
        yield text


def test_fuzzed_corpus_only_ever_gives_keys_or_typed_refusals():
    accepted = refused = 0
    codes = set()
    for text in fuzzed_corpus(FUZZ_INPUTS):
        try:
            found = recognise_url(text)
        except UrlNotRecognised as refusal:
            refused += 1
            codes.add(refusal.code)
            continue
        accepted += 1
        again = recognise_url(found.url)
        assert (again.platform, again.handle, again.url) == (found.platform, found.handle, found.url), text
    assert accepted + refused == FUZZ_INPUTS
    # The corpus reaches both sides and many refusals, so it tests something.
    assert accepted > FUZZ_INPUTS // 10 and refused > FUZZ_INPUTS // 10, (accepted, refused)
    assert len(codes) >= 12, codes


@pytest.mark.parametrize("text", ["\ufeffhttps://x.com/acme", "https://x.com/acme\u200b", "\u200ehttps://x.com/acme\u200f",
                                  "https://x.com/\u2066acme\u2069", "https://x.com/ac\u00adme",
                                  # as a browser's address bar copies them: percent-encoded
                                  "https://x.com/acme%E2%80%8B", "https://x.com/%e2%80%8facme", "https://x.com/acme%EF%BB%BF/",
                                  "https://x.com/ac%C2%ADme", "https://x.com/%E2%81%A6acme%E2%81%A9"])
def test_invisible_characters_are_removed(text):
    assert recognise_url(text).handle == "acme"
