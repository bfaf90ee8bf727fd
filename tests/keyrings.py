"""Keyring backends that misbehave as real ones do, for the tests of the keyring's edges."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend


class LockedKeyring(KeyringBackend):
    """What the Secret Service backend does when the collection stays locked (prompt dismissed)."""

    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password
