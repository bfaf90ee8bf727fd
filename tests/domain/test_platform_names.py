"""A platform's name as the user reads it: brands as they are, "Other" in the user's language."""

from __future__ import annotations

import pytest

from accountregistry import language
from accountregistry.domain.platforms import PLATFORMS, platform_name


@pytest.mark.parametrize("code", ["en", "da", "sv", "nb"])
def test_only_other_is_translated(code):
    previous = language.use_language(code)
    try:
        names = {p.id: platform_name(p.id) for p in PLATFORMS}
    finally:
        language.set_translator(*previous)
    assert {key: name for key, name in names.items() if key != "other"} == {
        p.id: p.name for p in PLATFORMS if p.id != "other"}
    assert (names["other"] == "Other") == (code == "en") and names["other"]
    assert platform_name("not_a_platform") == "not_a_platform"
