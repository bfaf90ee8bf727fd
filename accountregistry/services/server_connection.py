"""Where the window finds its registry when it is on a shared server: the server's address
(host, port, database, login, TLS mode), the login's password in the OS keyring, and a test of
the connection that changes nothing.

The password is never part of what is saved (QSettings, a file, a URL on disk): it is kept in
the keyring under the address it opens, and put into the connection's URL in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import sqlalchemy as sa

from accountregistry import APP_ID
from accountregistry.domain.errors import Label, StoreError
from accountregistry.services import credentials
from accountregistry.services.validation import Problems
from accountregistry.store.schema import open_database

DEFAULT_PORT = 5432
# Seconds libpq waits for a server that does not answer before it gives up (a wrong address
# must not leave the window's test hanging for minutes).
CONNECT_TIMEOUT = 10


class TlsMode(StrEnum):
    """libpq's sslmode, in its own words (they are what an administrator reads in the docs)."""

    disable = "disable"
    prefer = "prefer"
    require = "require"
    verify_ca = "verify-ca"
    verify_full = "verify-full"


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls_mode: TlsMode = TlsMode.prefer

    def url(self, password: str | None = None) -> sa.URL:
        return sa.URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                             port=self.port, database=self.database,
                             query={"sslmode": str(self.tls_mode), "connect_timeout": str(CONNECT_TIMEOUT)})

    def location(self, password: str | None = None) -> str:
        """What open_database takes (with the password: for memory only, never to be saved)."""
        return self.url(password).render_as_string(hide_password=False)

    def keyring_key(self) -> str:
        """The address the password opens: its key in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def checked_address(host: str, port: int | str | None, database: str, user: str,
                    tls_mode: str) -> ServerAddress:
    """The address as typed, each field checked; a ValidationError names each wrong field."""
    problems = Problems()
    values = {
        "host": problems.text("host", host, Label("Server"), max_length=255, required=True),
        "port": problems.whole_number("port", port, Label("Port"), low=1, high=65535),
        "database": problems.text("database", database, Label("Database"), max_length=63, required=True),
        "user": problems.text("user", user, Label("Login"), max_length=63, required=True),
        "tls_mode": problems.choice("tls_mode", tls_mode, TlsMode, Label("TLS")),
    }
    problems.raise_if_any()
    return ServerAddress(host=values["host"], port=values["port"] or DEFAULT_PORT, database=values["database"],
                         user=values["user"], tls_mode=values["tls_mode"])


# --- the password, in the keyring --------------------------------------------------------------

def password_entry(address: ServerAddress) -> tuple[str, str]:
    """(service, user name) under which the keyring holds the password of a server login."""
    return APP_ID, f"server:{address.keyring_key()}"


def stored_password(address: ServerAddress, *, timeout: float | None = None) -> str | None:
    service, username = password_entry(address)
    return credentials.call_keyring("read the server password",
                                    lambda backend: backend.get_password(service, username), timeout)


def store_password(address: ServerAddress, password: str | None, *, timeout: float | None = None) -> None:
    """Keep the login's password (or forget it, when None or empty: a login without one)."""
    service, username = password_entry(address)

    def write(backend) -> None:
        if password:
            backend.set_password(service, username, password)
        elif backend.get_password(service, username) is not None:
            backend.delete_password(service, username)

    credentials.call_keyring("store the server password", write, timeout)


# --- the test before saving ---------------------------------------------------------------------

# Refusals that only mean "the registry is made or brought up to date when the window opens it".
_OPENS_LATER = {"server_no_registry", "database_missing", "needs_upgrade"}


def try_connection(location: str | Path) -> bool:
    """Open the registry at `location` as the window would, creating and changing nothing.
    True when it holds a registry, False when it is empty (the window creates the registry
    there); a StoreError with a sentence when it cannot be used."""
    try:
        open_database(location, create=False, upgrade=False).close()
    except StoreError as refusal:
        if refusal.code in _OPENS_LATER:
            return False
        raise
    return True
