"""Names read as one line and as they look (issue 18, finding 9: bidirectional-override and
zero-width characters were accepted in display names): a person's name, title and department,
an account's display name and responsible unit refuse characters nobody can see, from a form and
from an imported file alike; notes keep them. (Line breaks and tabs are kept, as in any text:
exports are tested with them.)"""

from __future__ import annotations

from datetime import date

import pytest

from accountregistry.domain.errors import ValidationError
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.csv_import import plan_import, read_table
from accountregistry.services.people import PersonInput, add_person

TRICKS = {"right-to-left override": "Nordlys \u202eSA/S", "zero-width space": "Nord\u200blys",
          "zero-width joiner": "Nord\u200dlys", "byte order mark": "\ufeffNordlys", "isolate": "\u2067Nordlys\u2069",
          "tag characters": "Nordlys\U000e0041\U000e0042"}


@pytest.mark.parametrize("text", TRICKS.values(), ids=TRICKS.keys())
@pytest.mark.parametrize("field", ["name", "title", "department"])
def test_a_persons_names_refuse_characters_nobody_can_see(db, field, text):
    values = {"name": "Ingrid Berg", field: text}
    with pytest.raises(ValidationError) as refused:
        add_person(db, PersonInput(**values))
    assert refused.value.codes == {field: "hidden_characters"}
    assert refused.value.problem.params["characters"]  # which ones, as U+XXXX


@pytest.mark.parametrize("field", ["display_name", "responsible_unit"])
def test_an_accounts_names_refuse_them_too(db, field):
    with pytest.raises(ValidationError) as refused:
        register_account(db, AccountInput(platform="x", handle="nordlys", **{field: "Nordlys \u202eSA/S"}))
    assert refused.value.codes == {field: "hidden_characters"}
    assert refused.value.problem.params["characters"] == ["U+202E"]


def test_names_in_every_script_and_with_emoji_are_fine(db):
    for name in ("Søren Østergaard", "Åsa Lindqvist", "Zoë Ñúñez", "محمد", "李雷", "Kari 🏔️ Holm"):
        assert add_person(db, PersonInput(name=name)).name == name


def test_notes_keep_them_as_written(db):
    notes = "Hint: \u202eterces\u202c, ask\u200bIT"
    account = register_account(db, AccountInput(platform="x", handle="nordlys"))
    update_account(db, account.id, AccountInput(platform="x", handle="nordlys", notes=notes))
    assert get_account(db, account.id).notes == notes


def test_an_imported_display_name_is_checked_like_a_typed_one(tmp_path, db):
    path = tmp_path / "in.csv"
    path.write_text("url;display_name;kind\r\nhttps://x.com/nordlys;Nordlys \u202eSA/S;company\r\n"
                    "https://x.com/fine;Fine;company\r\n", encoding="utf-8")
    plan = plan_import(db, read_table(path), today=date(2027, 1, 15))
    assert {row.line: row.codes for row in plan.errors} == {2: [("display_name", "hidden_characters")]}
