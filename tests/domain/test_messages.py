"""Refusals carry codes; one table words them, in the user's language."""

from datetime import date

import pytest

from accountregistry import language
from accountregistry.domain.errors import Conflict, Label, NotFound, Problem, RegistryError, ValidationError
from accountregistry.domain.messages import MESSAGES, sentence
from accountregistry.domain.vocabulary import Kind

DANISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="da_DK">
<context><name>Message</name>
  <message><source>{label} must be between {low} and {high}.</source>
           <translation>{label} skal være mellem {low} og {high}.</translation></message>
  <message><source>{label} is required.</source>
           <translation type="unfinished">{label} mangler.</translation></message>
  <message><source>{label} cannot be in the future.</source>
           <translation>Datoen kan ikke ligge i fremtiden.</translation></message>
</context>
<context><name>Field</name>
  <message><source>Review interval (months)</source><translation>Reviewinterval (måneder)</translation></message>
</context>
<context><name>Vocabulary</name>
  <message><source>employee role</source><translation>medarbejderrolle</translation></message>
</context>
</TS>
"""


@pytest.fixture
def danish(tmp_path):
    (tmp_path / "accountregistry_da.ts").write_text(DANISH_TS, encoding="utf-8")
    table = language.catalogue("da", tmp_path)
    previous = language.set_translator(lambda context, text: table.get((context, text), text), "da")
    yield table
    language.set_translator(*previous)


def test_a_validation_error_names_its_field_code_and_parameters():
    error = ValidationError(field="review_interval_months", code="out_of_range",
                            label=Label("Review interval (months)"), low=1, high=60)
    assert error.codes == {"review_interval_months": "out_of_range"}
    assert error.problem.params == {"label": "Review interval (months)", "low": 1, "high": 60}
    assert error.sentence() == "Review interval (months) must be between 1 and 60."


def test_the_sentence_follows_the_installed_language(danish):
    error = ValidationError.of("review_interval_months", "out_of_range",
                               label=Label("Review interval (months)"), low=1, high=60)
    assert error.sentence() == "Reviewinterval (måneder) skal være mellem 1 og 60."
    assert error.codes == {"review_interval_months": "out_of_range"}  # the code never changes


def test_unfinished_translations_and_lost_placeholders_fall_back_to_english(danish):
    assert ("Message", "{label} is required.") not in danish
    assert sentence("required", {"label": "Name"}) == "Name is required."
    # The Danish text drops {label}: a name must never be lost, so English is used.
    assert sentence("in_future", {"label": "Agreed on"}) == "Agreed on cannot be in the future."


def test_parameters_are_shown_in_the_language(danish):
    MESSAGES["test_parameters"] = "{kind} {day} {values}"
    try:
        text = sentence("test_parameters", {"kind": Kind.employee_role, "day": date(2027, 1, 6),
                                            "values": [1, 2.5]})
    finally:
        del MESSAGES["test_parameters"]
    assert text == "medarbejderrolle 6.1.2027 1, 2,5"


def test_an_unknown_code_is_a_bug_not_a_refusal():
    with pytest.raises(KeyError):
        NotFound("no_such_code_anywhere")
    with pytest.raises(KeyError):
        Problem("no_such_code_anywhere")
    # An English sentence is no code either: every refusal is worded by the message table.
    with pytest.raises(KeyError):
        NotFound("There is no account with id 7.")
    with pytest.raises(KeyError):
        ValidationError.of("name", "Name is required.")
    with pytest.raises(TypeError):
        ValidationError({"name": "Name is required."})


def test_refusal_classes_keep_their_extras():
    conflict = Conflict("conflict", existing_id=7)
    assert (conflict.code, conflict.existing_id) == ("conflict", 7)
    assert isinstance(conflict, RegistryError)
    assert NotFound().code == "not_found"


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "da_DK.UTF-8"}, "da"),
    ({"LANG": "nn_NO.UTF-8"}, "nb"),
    ({"LANG": "sv_SE.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "C", "LANGUAGE": "da"}, "en"),  # gettext ignores LANGUAGE under the C locale
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "sv:en"}, "sv"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "da_DK.UTF-8", "ACCOUNTREGISTRY_LANGUAGE": "nb"}, "nb"),
    ({"LANG": "da_DK.UTF-8", "ACCOUNTREGISTRY_LANGUAGE": "klingon"}, "da"),
])
def test_the_command_line_language_comes_from_the_environment(environ, expected):
    assert language.language_from_environment(environ) == expected


@pytest.mark.parametrize(("code", "expected"), [
    ("da", "Navn skal udfyldes."),
    ("sv", "Namn måste fyllas i."),
    ("nb", "Navn må fylles ut."),
])
def test_the_shipped_catalogues_word_refusals_and_field_names(code, expected):
    previous = language.use_language(code)
    try:
        assert ValidationError.of("name", "required", label=Label("Name")).sentence() == expected
    finally:
        language.set_translator(*previous)


def test_each_code_is_written_once_in_the_table():
    """A code written twice in MESSAGES keeps only its last template: the first one's users
    would be worded by another area's sentence (it happened to own_manager)."""
    import ast
    from pathlib import Path

    import accountregistry.domain.messages as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    table = next(node.value for node in ast.walk(tree) if isinstance(node, (ast.Assign, ast.AnnAssign))
                 and any(getattr(target, "id", None) == "MESSAGES"
                         for target in (node.targets if isinstance(node, ast.Assign) else [node.target])))
    codes = [key.value for key in table.keys]
    assert len(codes) == len(MESSAGES) > 100
    assert sorted(code for code in set(codes) if codes.count(code) > 1) == []
