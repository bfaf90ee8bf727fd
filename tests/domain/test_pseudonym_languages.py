"""An anonymised person's pseudonym read back in any of the program's languages is stored as the
marker again: a report exported in Danish and imported by an English window keeps no words."""

from __future__ import annotations

import pytest

from accountregistry.domain import pseudonyms
from accountregistry.language import KNOWN, use_language, set_translator


@pytest.mark.parametrize("written_in", KNOWN)
@pytest.mark.parametrize("read_in", KNOWN)
def test_a_pseudonym_in_any_language_is_stored_as_the_marker(written_in, read_in):
    before = use_language(written_in)
    try:
        text = pseudonyms.shown("Approved by [#12] and [#3]; ask [#40].")
        assert "[#" not in text
        use_language(read_in)
        assert pseudonyms.stored(text) == "Approved by [#12] and [#3]; ask [#40]."
        assert pseudonyms.stored("[12] and [former] stay as typed") == "[12] and [former] stay as typed"
    finally:
        set_translator(*before)
