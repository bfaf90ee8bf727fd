"""Registering warns, without refusing, when a new key may be an existing account under its
other name: the same display name, or the same id number in its address."""

import pytest

from accountregistry import language
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.similar_accounts import similar_accounts


@pytest.fixture
def in_danish():
    previous = language.use_language("da")
    yield
    language.set_translator(*previous)


def register(db, url, name=None):
    return register_account(db, AccountInput(url=url, display_name=name))


def test_a_page_number_and_its_vanity_name_with_one_display_name_warn(db):
    vanity = register(db, "https://www.facebook.com/nordlysrejser", "Nordlys Rejser")
    [warning] = similar_accounts(db, platform="facebook", handle="100063480311999",
                                 url="https://www.facebook.com/100063480311999", display_name="nordlys rejser")
    assert (warning.account_id, warning.code, warning.handle) == (vanity.id, "similar_display_name", "nordlysrejser")
    assert "nordlysrejser" in warning.sentence()


def test_the_same_number_in_another_address_warns(db):
    old = register(db, "https://www.linkedin.com/groups/1234567/")
    # A typed group whose stored address carries the number in another shape.
    [warning] = similar_accounts(db, platform="linkedin", handle="groups/Nordic-1234567",
                                 url="https://www.linkedin.com/groups?gid=1234567")
    assert (warning.account_id, warning.code, warning.number) == (old.id, "similar_number", "1234567")


def test_other_platforms_the_account_itself_and_short_numbers_do_not_warn(db):
    page = register(db, "https://www.facebook.com/nordlysrejser", "Nordlys Rejser")
    register(db, "https://x.com/nordlys2024", "Nordlys Rejser")
    assert similar_accounts(db, platform="instagram", handle="nordlys", display_name="Nordlys Rejser") == []
    assert similar_accounts(db, platform="facebook", handle="nordlysrejser", display_name="Nordlys Rejser") == []
    assert similar_accounts(db, platform="facebook", handle="other", display_name="Nordlys Rejser",
                            exclude_id=page.id) == []
    assert similar_accounts(db, platform="x", handle="nordlys2025") == []  # 2024 is a year, not an id


def test_a_warning_is_a_sentence_in_the_users_language(db, in_danish):
    register(db, "https://www.facebook.com/nordlysrejser", "Nordlys Rejser")
    [warning] = similar_accounts(db, platform="facebook", handle="100063480311999", display_name="Nordlys Rejser")
    assert "nordlysrejser" in warning.sentence() and "same display name" not in warning.sentence()
