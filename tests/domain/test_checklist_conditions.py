"""Each condition a checklist [[item]] may set is both checked in the file and tested on the
account: one table says what it is tested on (domain/checklist.py)."""

from accountregistry.domain import checklist


def test_every_condition_an_item_may_set_is_tested_on_the_account():
    assert set(checklist._CHOICES) == set(checklist._VALUES_OF)
    assert checklist._BOOL_CONDITIONS == tuple(checklist._FACTS)
    conditions = {*checklist._CHOICES, *checklist._BOOL_CONDITIONS}
    fields = {name for name in checklist.Template.__dataclass_fields__}
    assert conditions <= fields
    assert fields - conditions == {"action", "title", "assignee", "due", "general", "effect", "line"}
