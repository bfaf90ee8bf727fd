"""Keyring backends for the tests (and the screenshot scripts): one in memory, and ones that
misbehave as real ones do, for the tests of the keyring's edges."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend


class InMemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict, for the test's lifetime."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class LockedKeyring(KeyringBackend):
    """What the Secret Service backend does when the collection stays locked (prompt dismissed)."""

    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password
