"""Characters nobody can see (issue 18, finding 9): what counts as hidden, and how free text
shows them."""

import pytest

from accountregistry.domain.hidden_characters import hidden_in, is_control, is_hidden, show_hidden


@pytest.mark.parametrize("character", ["\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\u2060",
                                       "\ufeff", "\u00ad", "\U000e0041"])
def test_bidirectional_overrides_and_zero_width_characters_are_hidden(character):
    assert is_hidden(character)


@pytest.mark.parametrize("character", ["a", "ø", "Å", "é", " ", "-", "’", "😀", "中", "ع"])
def test_letters_punctuation_and_emoji_are_not(character):
    assert not is_hidden(character) and not is_control(character)


def test_a_name_that_reads_backwards_is_named_by_its_code_points():
    assert hidden_in("moc.elgoog\u202e and \u200b\u202e") == ["U+202E", "U+200B"]


def test_free_text_shows_hidden_and_control_characters_and_keeps_lines():
    assert show_hidden("Call \u202eIngrid\u202c\nthen\tKari\x07") == "Call ⟨U+202E⟩Ingrid⟨U+202C⟩\nthen\tKari⟨U+0007⟩"
