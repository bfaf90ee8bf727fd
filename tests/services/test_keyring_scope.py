"""Stored logins are scoped to their registry: the keyring key holds the registry's own id (a
random UUID in its settings), so two registries on one computer never read or overwrite each
other's entry for "account 1"; an entry of the earlier, unscoped form is moved to the key of the
first registry that uses it."""

from __future__ import annotations

import uuid

import pytest

from accountregistry.domain.vocabulary import Kind
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.credentials import (
    SecretNotFound,
    delete_secret,
    earlier_entry,
    get_secret,
    keyring_entry,
    registry_id,
    secret_fields_present,
    set_secret,
)
from accountregistry.store.schema import opened


@pytest.fixture
def other_registry(engine, tmp_path, request):
    """A second registry, made new (not a copy of the test's: copies share their id)."""
    location = str(tmp_path / "other.sqlite3") if engine == "sqlite" else request.getfixturevalue("server_database")()
    with opened(location) as other:
        yield other


def company(db, handle: str):
    return register_account(db, AccountInput(url=f"https://www.linkedin.com/company/{handle}", kind=Kind.company))


def test_each_registry_has_an_id_of_its_own(db, other_registry):
    ids = {registry_id(db), registry_id(other_registry)}
    assert len(ids) == 2 and all(uuid.UUID(value) for value in ids)


def test_two_registries_keep_their_logins_for_the_same_account_apart(db, other_registry, memory_keyring):
    mine, theirs = company(db, "nordlys"), company(other_registry, "fjord")
    assert mine.id == theirs.id  # the collision the earlier keys had
    set_secret(db, mine.id, "password", "registry A's")
    set_secret(other_registry, theirs.id, "password", "registry B's")
    assert get_secret(db, mine.id, "password") == "registry A's"
    assert get_secret(other_registry, theirs.id, "password") == "registry B's"
    delete_secret(other_registry, theirs.id, "password")
    assert get_secret(db, mine.id, "password") == "registry A's"
    with pytest.raises(SecretNotFound):
        get_secret(other_registry, theirs.id, "password")
    assert set(memory_keyring.secrets) == {keyring_entry(registry_id(db), mine.id, "password")}


def test_an_entry_of_the_earlier_form_is_found_and_moved_on_first_use(db, memory_keyring):
    account = company(db, "nordlys")
    memory_keyring.set_password(*earlier_entry(account.id, "password"), "stored before registry ids")
    memory_keyring.set_password(*earlier_entry(account.id, "recovery_codes"), "1111-2222")
    assert secret_fields_present(db, account.id) == ["password", "recovery_codes"]
    assert get_secret(db, account.id, "password") == "stored before registry ids"
    assert memory_keyring.secrets == {
        keyring_entry(registry_id(db), account.id, "password"): "stored before registry ids",
        keyring_entry(registry_id(db), account.id, "recovery_codes"): "1111-2222"}


def test_replacing_an_earlier_entry_leaves_no_copy_under_the_earlier_key(db, memory_keyring):
    account = company(db, "nordlys")
    memory_keyring.set_password(*earlier_entry(account.id, "password"), "old")
    set_secret(db, account.id, "password", "new")
    assert memory_keyring.secrets == {keyring_entry(registry_id(db), account.id, "password"): "new"}


@pytest.mark.sqlite_only  # the first release's registries are files
def test_a_registry_the_first_release_wrote_gets_an_id_when_upgraded(old_registry):
    path = old_registry
    with opened(path) as db:
        assert uuid.UUID(registry_id(db))
        first = registry_id(db)
    with opened(path) as db:
        assert registry_id(db) == first  # given once, never changed
