"""Every test runs in its own world: its own data, config and cache folders, its own SQLite
file, an in-memory keyring, and Qt offscreen. Nothing touches the user's real files or keyring."""

from __future__ import annotations

import os

# Before Qt is imported anywhere: no test needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend

from accountregistry import language
from accountregistry.store.database import ACTOR_ENV, DB_ENV
from accountregistry.store.schema import open_database


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
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"),
                             ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"),
                             ("XDG_STATE_HOME", ".local/state")):
        path = home / folder
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(path))
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setenv(ACTOR_ENV, "tester")
    # English unless a test asks for another language; the core's translator put back after.
    for variable in (language.ENV_VAR, "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    previous = language.set_translator(None)
    yield
    language.set_translator(*previous)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "registry.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()
