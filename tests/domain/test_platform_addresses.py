"""The recogniser against real-world address shapes (tests/domain/address_shapes.py).

Every accepted shape gives its key and a canonical URL that recognises back to the same key;
every refused shape gives its code, and the user reads the refusal as one sentence in each
language.
"""

from __future__ import annotations

from collections import Counter

import pytest

from accountregistry import language
from accountregistry.domain import messages
from accountregistry.domain.platforms import (PLATFORM_IDS, UrlNotRecognised, canonical_url, normalise_handle,
                                              presences_of, recognise_url)

from address_shapes import SHAPES, SOURCES

ACCEPTED = [pytest.param(text, expected.split(), id=text[:70]) for text, expected, _ in SHAPES
            if not expected.startswith("!")]
LANGUAGES = ("da", "sv", "nb")


def test_the_table_is_big_and_every_row_names_its_source():
    assert len(SHAPES) >= 300
    assert all(source in SOURCES for _, _, source in SHAPES)
    texts = [text for text, _, _ in SHAPES]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]
    platforms = {expected.split()[0] for _, expected, _ in SHAPES if not expected.startswith("!")}
    assert platforms == set(PLATFORM_IDS)


@pytest.mark.parametrize("text, key", ACCEPTED)
def test_accepted_shape_gives_its_key(text, key):
    platform_id, presence, handle = key
    found = recognise_url(text)
    assert (found.platform, found.presence, found.handle) == (platform_id, presence, handle)


@pytest.mark.parametrize("text, key", ACCEPTED)
def test_accepted_shape_has_a_canonical_url_that_recognises_back(text, key):
    platform_id, presence, handle = key
    url = recognise_url(text).url
    assert url.startswith("https://") and len(url) <= 2048
    again = recognise_url(url)
    assert (again.platform, again.handle, again.url) == (platform_id, handle, url)
    assert presence in presences_of(platform_id, handle)
    # Typed back into the handle field, the handle stays what it is.
    assert normalise_handle(platform_id, presence, handle) == handle
    assert canonical_url(platform_id, presence, handle) == url


@pytest.fixture(params=LANGUAGES)
def in_language(request):
    previous = language.use_language(request.param)
    yield request.param
    language.set_translator(*previous)


def test_every_refusal_reads_as_a_sentence_in_each_language(in_language):
    seen = set()
    for text, expected, _ in SHAPES:
        if not expected.startswith("!") or expected in seen:
            continue
        seen.add(expected)
        with pytest.raises(UrlNotRecognised) as caught:
            recognise_url(text)
        english_template = messages.MESSAGES[caught.value.code]
        # The window and the command line show this sentence: translated, complete.
        assert messages.template(caught.value.code) != english_template, (in_language, caught.value.code)
        sentence = caught.value.sentence()
        assert "{" not in sentence and sentence.endswith(".")
    assert len(seen) >= 10


def test_a_rule_inside_a_refusal_is_translated_too(in_language):
    with pytest.raises(UrlNotRecognised) as caught:
        recognise_url("https://x.com/this_is_way_too_long")
    rule = caught.value.params["rule"]
    assert messages.template(rule.code) != messages.MESSAGES[rule.code]
    assert messages.sentence(rule.code, rule.params) in caught.value.sentence()


def test_shapes_of_one_account_share_one_key_and_other_accounts_never_do():
    by_key: dict[tuple[str, str], set[str]] = {}
    for text, expected, _ in SHAPES:
        if expected.startswith("!"):
            continue
        found = recognise_url(text)
        by_key.setdefault((found.platform, found.handle), set()).add(found.url)
    # One key, one canonical URL: two addresses with one key are one account.
    assert all(len(urls) == 1 for urls in by_key.values()), {k: u for k, u in by_key.items() if len(u) > 1}
