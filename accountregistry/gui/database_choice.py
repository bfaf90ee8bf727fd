"""Which registry the window opens: the one file on this computer, or a registry on a shared
server, as chosen on File → Database… and kept in QSettings for the next start.

What is kept is the address only (host, port, database, login, TLS mode); the password stays in
the OS keyring (services/server_connection.py) and joins the address in memory when the window
connects. `--db` and $ACCOUNTREGISTRY_DB still win over the choice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from accountregistry import DB_ENV
from accountregistry.services.server_connection import DEFAULT_PORT, ServerAddress, TlsMode, stored_password

if TYPE_CHECKING:  # nothing of Qt: the opening's worker imports this module (gui/main_window.py)
    from PySide6.QtCore import QSettings

FILE, SERVER = "file", "server"
KEYS = {"kind": "database/kind", "file": "database/file", "host": "database/host", "port": "database/port",
        "database": "database/name", "user": "database/user", "tls_mode": "database/tls"}


@dataclass(frozen=True)
class DatabaseChoice:
    kind: str = FILE
    file: str = ""  # empty: the default file in the user's data folder
    server: ServerAddress | None = None


def saved_choice(settings: QSettings) -> DatabaseChoice:
    value = {name: str(settings.value(key, "") or "") for name, key in KEYS.items()}
    server = None
    if value["host"]:
        try:
            tls_mode = TlsMode(value["tls_mode"])
        except ValueError:
            tls_mode = TlsMode.prefer
        server = ServerAddress(host=value["host"], database=value["database"], user=value["user"],
                               port=int(value["port"]) if value["port"].isdigit() else DEFAULT_PORT,
                               tls_mode=tls_mode)
    kind = SERVER if value["kind"] == SERVER and server is not None else FILE
    return DatabaseChoice(kind=kind, file=value["file"], server=server)


def save_choice(settings: QSettings, choice: DatabaseChoice) -> None:
    """The choice, never a password (the caller puts that in the keyring)."""
    settings.setValue(KEYS["kind"], choice.kind)
    settings.setValue(KEYS["file"], choice.file)
    if choice.server is not None:
        server = choice.server
        for name in ("host", "port", "database", "user"):
            settings.setValue(KEYS[name], str(getattr(server, name)))
        settings.setValue(KEYS["tls_mode"], str(server.tls_mode))
    settings.sync()


def overridden() -> str | None:
    """$ACCOUNTREGISTRY_DB when it is set: it decides instead of the saved choice."""
    return os.environ.get(DB_ENV, "").strip() or None


def chosen_location(settings: QSettings) -> str | None:
    """What open_database takes for the saved choice (with the server password from the keyring,
    in memory only); None for the default. Raises a keyring refusal when it cannot be read."""
    choice = saved_choice(settings)
    if choice.kind == SERVER and choice.server is not None:
        return choice.server.location(stored_password(choice.server))
    return choice.file or None
