"""What a PostgreSQL server's refusals mean to the person at the keyboard.

Each error the driver reports is sorted by its SQLSTATE (the server's own code) into a refusal
the user can act on: the server cannot be reached, the password is wrong, the database does not
exist, the server asks for TLS, the login lacks a permission, the server is too old. The
driver's words are never shown; `engine_code` keeps the SQLSTATE for the log. Anything else is
a bug and is left to propagate.
"""

from __future__ import annotations

from accountregistry.domain.errors import StoreError

# The oldest PostgreSQL the schema and its triggers are written for (EXECUTE FUNCTION needs 11;
# 12 is the oldest the PostgreSQL project still patched when this was written).
MINIMUM_SERVER_VERSION = (12,)

# SQLSTATE -> refusal code.
_BY_SQLSTATE = {
    "28P01": "server_wrong_password",      # invalid_password
    "3D000": "server_database_missing",    # invalid_catalog_name
    "42501": "server_permission_denied",   # insufficient_privilege
    "57P03": "server_unreachable",         # cannot_connect_now (starting up, shutting down)
    "57P01": "server_unreachable",         # admin_shutdown: the server stopped, or ended this session
    "57P02": "server_unreachable",         # crash_shutdown
    "08006": "server_unreachable",         # connection_failure: the connection broke mid-way
    "53300": "server_too_busy",            # too_many_connections
    "55P03": "server_writers_busy",        # lock_not_available: the writer lock's wait ran out
    "40001": "server_write_conflict",      # serialization_failure: run again (store.database.unit_of_work)
    "40P01": "server_write_conflict",      # deadlock_detected: likewise
}


# A connection that fails has no SQLSTATE in the driver (no result to read it from): libpq's
# words are all there is. Its own messages are English; the server's FATAL ones follow the
# server's lc_messages, so on a server set to another language the generic refusal is used.
_BY_CONNECTION_MESSAGE = (
    ("no encryption", "server_tls_required"),            # pg_hba.conf allows this login over TLS only
    ("does not support ssl", "server_offers_no_tls"),
    ("password authentication failed", "server_wrong_password"),
    ("no password supplied", "server_wrong_password"),
    ("permission denied", "server_permission_denied"),     # ... for database "x"
    ("not currently accepting connections", "server_unreachable"),  # database "x" is closed for now
    ("database \"", "server_database_missing"),           # database "x" does not exist
    ("no pg_hba.conf entry", "server_login_refused"),
    ("pg_hba.conf rejects", "server_login_refused"),
    ("role \"", "server_login_refused"),                  # role "x" does not exist
    ("too many clients", "server_too_busy"),
    ("too many connections", "server_too_busy"),
    ("connection refused", "server_unreachable"),
    ("could not translate host name", "server_unreachable"),
    ("timeout expired", "server_unreachable"),
    ("no route to host", "server_unreachable"),
    ("network is unreachable", "server_unreachable"),
    ("starting up", "server_unreachable"),
    ("shutting down", "server_unreachable"),
    ("server closed the connection", "server_unreachable"),
)


def server_refusal(error: BaseException | None, where: str, *, user: str | None = None,
                   database: str | None = None) -> StoreError | None:
    """The refusal for a driver error the server or the network caused, or None for a bug."""
    try:
        import psycopg
    except ImportError:  # no driver: create_engine already said so
        return None
    if not isinstance(error, psycopg.Error):
        return None
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate:
        code = _BY_SQLSTATE.get(sqlstate)
    elif isinstance(error, psycopg.OperationalError):
        text = str(error).lower()
        code = next((code for needle, code in _BY_CONNECTION_MESSAGE if needle in text), "server_refused")
    else:
        code = None
    if code is None:
        return None
    return StoreError(code, engine_code=sqlstate, where=where, user=user or "", database=database or "")


def refuse_old_server(version: tuple[int, ...] | None, where: str) -> None:
    if version is not None and version[:1] < MINIMUM_SERVER_VERSION:
        raise StoreError("server_too_old", where=where, version=".".join(map(str, version[:2])),
                         minimum=".".join(map(str, MINIMUM_SERVER_VERSION)))
