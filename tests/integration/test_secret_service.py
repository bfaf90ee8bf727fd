"""The credentials service against a real Secret Service (gnome-keyring-daemon on the session
bus), as `scripts/dev test` starts it inside dbus-run-session. Where none is reachable, the
test is skipped with the reason, never silently."""

import os
import random
from contextlib import closing

import keyring
import pytest
from keyring.backends import SecretService

from accountregistry.domain.vocabulary import Kind, Presence
from accountregistry.services.credentials import (
    KeyringState,
    SecretNotFound,
    delete_secret,
    get_secret,
    keyring_entry,
    registry_id,
    keyring_status,
    secret_fields_present,
    set_secret,
)
from accountregistry.store.models import Account

pytestmark = pytest.mark.secret_service

# Set to 1 to run against the keyring of your own desktop session (it adds and removes one entry).
OWN_KEYRING_ENV = "ACCOUNTREGISTRY_TEST_OWN_KEYRING"


def why_no_secret_service() -> str | None:
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address:
        return "DBUS_SESSION_BUS_ADDRESS is not set (run the tests through scripts/dev test)"
    desktop_bus = f"unix:path={os.environ.get('XDG_RUNTIME_DIR') or f'/run/user/{os.getuid()}'}/bus"
    if address.split(",")[0] == desktop_bus and os.environ.get(OWN_KEYRING_ENV) != "1":
        return (f"this is your desktop session's bus, whose keyring the test would write to "
                f"(set {OWN_KEYRING_ENV}=1 to allow it, or run scripts/dev test)")
    try:
        SecretService.Keyring.priority  # noqa: B018 - raises with keyring's own explanation
    except Exception as error:  # noqa: BLE001 - any reason is a reason to skip, and is printed
        return f"{type(error).__name__}: {error}"
    return None


def default_collection_locked() -> str | None:
    """Why the default collection cannot be used without a prompt, asked without unlocking it.

    D-Bus can activate a gnome-keyring-daemon that was not started with --unlock: its collection
    stays locked and its unlock prompt has no display to appear on.
    """
    import secretstorage

    with closing(secretstorage.dbus_init()) as bus:
        try:
            collection = secretstorage.get_default_collection(bus)
        except secretstorage.exceptions.SecretStorageException as error:
            return f"it has no default collection ({type(error).__name__}: {error})"
        if collection.is_locked():
            return "its default collection is locked (start gnome-keyring-daemon with --unlock)"
    return None


@pytest.fixture
def secret_service(memory_keyring):
    reason = why_no_secret_service()
    if reason:
        pytest.skip(f"no Secret Service on the session bus: {reason}")
    locked = default_collection_locked()
    if locked:
        pytest.skip(f"no Secret Service on the session bus: {locked}")
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)  # conftest's memory_keyring puts its previous one back afterwards
    return backend


@pytest.fixture
def company(db):
    # A random high id: the app's keyring entries are keyed by account id, and this one must not
    # be any real account's, whatever keyring the bus leads to.
    account_id = random.randrange(10**9, 2 * 10**9)
    with db.transaction() as session:
        session.add(Account(id=account_id, platform="linkedin", presence=Presence.page,
                            handle=f"nordlys-test-{account_id}", kind=Kind.company,
                            url=f"https://www.linkedin.com/company/nordlys-test-{account_id}"))
    return account_id


def test_store_read_replace_delete_in_the_real_secret_service(db, company, secret_service):
    entry = keyring_entry(registry_id(db), company, "password")
    assert secret_service.get_password(*entry) is None, "refusing to overwrite an existing entry"
    status = keyring_status(probe=True, timeout=20)
    assert (status.state, status.problem) == (KeyringState.usable, None)
    assert "SecretService" in status.backend
    try:
        set_secret(db, company, "password", "første hemmelighed – 1")
        assert get_secret(db, company, "password") == "første hemmelighed – 1"
        # A separate backend object, i.e. a new D-Bus connection: the daemon has it, not a cache.
        assert SecretService.Keyring().get_password(*entry) == "første hemmelighed – 1"

        set_secret(db, company, "password", "second secret")
        set_secret(db, company, "recovery_codes", "1111-2222\n3333-4444")
        assert get_secret(db, company, "password") == "second secret"
        assert get_secret(db, company, "recovery_codes") == "1111-2222\n3333-4444"
        assert secret_fields_present(db, company) == ["password", "recovery_codes"]

        delete_secret(db, company, "password")
        status = delete_secret(db, company, "recovery_codes")
        assert status.has_secret is False
        with pytest.raises(SecretNotFound):
            get_secret(db, company, "password")
        assert SecretService.Keyring().get_password(*entry) is None
    finally:
        for field in ("password", "recovery_codes"):
            if secret_service.get_password(*keyring_entry(registry_id(db), company, field)) is not None:
                secret_service.delete_password(*keyring_entry(registry_id(db), company, field))
