"""Company logins, kept in the operating system's keyring and never in the database.

The keyring holds the secret under the app's id as service name and
"registry:<registry id>:account:<account id>:<field>" as user name (the registry's id is a
random UUID in its settings, so two registries on one computer never share an entry; an entry
of the earlier "account:<account id>:<field>" form is moved to its registry's key the first time
that registry uses it); the database records only that a secret exists,
when it was last replaced or rotated and by whom, and the audit trail names the field that
changed, never its value. Personal accounts have no stored login: it belongs to their holder.

Every keyring call runs in a worker thread and is given up after a time-out, so a keyring
that waits on an unlock prompt nobody answers, or a Secret Service that hangs, never blocks
the caller (the window runs these functions off its GUI thread as well; the CLI calls them
directly). Failures become one of the KeyringProblem refusals below, each a code whose sentence
says what to do; their parameters are never a backend's text, so no secret can end up in one.

When no usable keyring exists the feature switches off: nothing falls back to the database
or to a file (keyrings.alt backends are refused for that reason).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry import APP_ID
from accountregistry.domain.errors import Conflict, NotFound, RegistryError, ValidationError
from accountregistry.domain.vocabulary import SECRET_FIELDS, Kind, StrEnum
from accountregistry.services import audit
from accountregistry.services.records import existing
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.models import Account, AuditEvent, OrganisationSettings, utcnow

if TYPE_CHECKING:  # the keyring itself is imported by the first keyring call (call_keyring)
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)
# Until the app configures its log, warnings go nowhere rather than to stderr through logging's
# last-resort handler, which would add a second line to the CLI's one-line errors.
log.addHandler(logging.NullHandler())

T = TypeVar("T")

# Long enough for a person to type a password into the keyring's unlock prompt, short enough
# that a keyring which never answers is reported rather than waited on forever.
DEFAULT_TIMEOUT = 30.0

# The Windows Credential Manager holds at most 2,560 bytes, which keyring fills with UTF-16:
# 1,280 characters. A common limit keeps a login stored on Linux movable to a Windows desk.
MAX_SECRET_LENGTH = 1000


FIELDS = tuple(field.name for field in SECRET_FIELDS)
FIELD_LABELS = {field.name: field.label for field in SECRET_FIELDS}

# Audit actions; the risk "secret not rotated since an administrator left" reads
# Account.secret_updated_at, which set (and replace) and mark_rotated both move.
SECRET_SET, SECRET_REPLACE, SECRET_DELETE, SECRET_ROTATED = (
    "secret_set", "secret_replace", "secret_delete", "secret_rotated")
_FIELD_ACTIONS = (SECRET_SET, SECRET_REPLACE, SECRET_DELETE)

# --- errors -----------------------------------------------------------------------------------

class KeyringProblem(RegistryError):
    """The keyring cannot be used right now; the sentence says what to do.

    Parameters are never a backend's own text, which could quote its arguments (the secret).
    """

    code = "keyring_failed"


# Why no keyring can be used -> the refusal's code.
UNAVAILABLE_REASONS = {
    # Linux has one answer (a Secret Service); elsewhere the operating system's own store is broken.
    "missing": "keyring_missing" if sys.platform.startswith("linux") else "keyring_store_missing",
    "switched_off": "keyring_switched_off",  # the null keyring is configured
    "in_a_file": "keyring_in_a_file",  # keyrings.alt: secrets in a plain file
    "no_collection": "keyring_no_collection",  # a Secret Service without a default collection
}


class KeyringUnavailable(KeyringProblem):
    """No usable keyring; `reason` says which case (a key of UNAVAILABLE_REASONS)."""

    def __init__(self, reason: str = "missing"):
        self.reason = reason
        super().__init__(UNAVAILABLE_REASONS[reason])


class KeyringLocked(KeyringProblem):
    code = "keyring_locked"


class KeyringTimeout(KeyringProblem):
    code = "keyring_timeout"


class KeyringFailed(KeyringProblem):
    """The keyring answered with an error that is neither "locked" nor "unavailable"; `error`
    names its class, never its text."""

    def __init__(self, error: str | None = None):
        super().__init__("keyring_failed_with" if error else "keyring_failed", **({"error": error} if error else {}))


class SecretNotFound(NotFound):
    """The keyring works, but holds no such secret."""


# --- status -----------------------------------------------------------------------------------

class KeyringState(StrEnum):
    usable = "usable"
    unavailable = "unavailable"
    locked = "locked"
    timeout = "timeout"
    failed = "failed"


_STATE_OF = {KeyringUnavailable: KeyringState.unavailable, KeyringLocked: KeyringState.locked,
             KeyringTimeout: KeyringState.timeout, KeyringFailed: KeyringState.failed}


@dataclass(frozen=True)
class KeyringStatus:
    """Where logins would be stored, and if they cannot be, why and how to fix it."""

    state: KeyringState
    backend: str  # for people: "SecretService Keyring", "Windows WinVaultKeyring", "none", ...
    # The refusal a keyring call would raise now (its sentence says what to do); None when usable.
    problem: KeyringProblem | None

    @property
    def usable(self) -> bool:
        return self.state == KeyringState.usable

    @classmethod
    def after(cls, problem: KeyringProblem, backend: str) -> KeyringStatus:
        """What a failed keyring call says about the keyring."""
        return cls(_STATE_OF.get(type(problem), KeyringState.failed), backend, problem)


def keyring_status(*, probe: bool = False, timeout: float | None = None) -> KeyringStatus:
    """Whether logins can be stored now, built on keyring.get_keyring().

    Without probe, only the backend is examined (choosing it can itself touch D-Bus, so this
    too runs under the time-out). With probe, one secret is looked up as well, which tells a
    locked collection from a working one, but may show the keyring's unlock prompt: do it on
    an explicit action, not on every redraw.
    """
    backend_name = "unknown"

    def examine(backend: KeyringBackend) -> None:
        nonlocal backend_name
        backend_name = _display_name(backend)
        reason = _unusable_reason(backend)
        if reason:
            raise KeyringUnavailable(reason)
        if probe:
            backend.get_password(APP_ID, "probe")

    try:
        call_keyring("check the keyring", examine, timeout, require_usable=False)
    except KeyringProblem as problem:
        return KeyringStatus.after(problem, backend_name)
    return KeyringStatus(KeyringState.usable, backend_name, None)


# --- reading and writing secrets --------------------------------------------------------------

def registry_id(db: Database) -> str:
    """The registry's own id (migration 0017), which scopes its keyring entries."""
    with db.reading() as session:
        return session.exec(select(OrganisationSettings.registry_id)).first() or ""


def keyring_entry(registry: str, account_id: int, field: str) -> tuple[str, str]:
    """(service, user name) under which the keyring holds one field of one account of a registry."""
    # The account's id, not its handle or URL: those change when an account is renamed.
    if not registry:  # a registry made without an id (never by a migration): the earlier key
        return earlier_entry(account_id, field)
    return APP_ID, f"registry:{registry}:account:{int(account_id)}:{field}"


def earlier_entry(account_id: int, field: str) -> tuple[str, str]:
    """The key of releases before registry ids: the same for every registry on the computer."""
    return APP_ID, f"account:{int(account_id)}:{field}"


def _read_moving(backend: KeyringBackend, registry: str, account_id: int, field: str) -> str | None:
    """The stored secret; one found under the earlier key is moved to the registry's own first."""
    entry = keyring_entry(registry, account_id, field)
    secret = backend.get_password(*entry)
    earlier = earlier_entry(account_id, field)
    if secret is None and entry != earlier:
        secret = backend.get_password(*earlier)
        if secret is not None:
            backend.set_password(*entry, secret)
            _delete(backend, *earlier)
            log.info("Moved the %s of account %s to this registry's keyring entry.", field, account_id)
    return secret


def get_secret(db: Database, account_id: int, field: str, *, timeout: float | None = None) -> str:
    _check_field(field)
    registry = registry_id(db)
    secret = call_keyring("read the secret", lambda backend: _read_moving(backend, registry, account_id, field),
                          timeout)
    if secret is None:
        raise SecretNotFound("secret_not_found", label=FIELD_LABELS[field], account_id=account_id)
    log.info("Read the %s of account %s from the keyring.", field, account_id)
    return secret


def secret_fields_present(db: Database, account_id: int, *, timeout: float | None = None) -> list[str]:
    """The fields the keyring holds for an account (asked of the keyring, in one call)."""
    registry = registry_id(db)

    def present(backend: KeyringBackend) -> list[str]:
        return [field for field in FIELDS if _read_moving(backend, registry, account_id, field) is not None]

    return call_keyring("look up the stored secrets", present, timeout)


@unit_of_work
def set_secret(db: Database, account_id: int, field: str, secret: str, *,
               timeout: float | None = None) -> "CredentialStatus":
    """Store or replace one secret of a company or employee-role account.

    The keyring is written first: a database that says "stored" must never point at nothing.
    If recording it in the database then fails, the keyring is put back as it was.
    """
    _check_field(field)
    _check_secret(field, secret)
    with db.reading() as session:
        _refuse_personal(existing(session, Account, account_id))
    registry = registry_id(db)
    service, username = keyring_entry(registry, account_id, field)

    def replace(backend: KeyringBackend) -> str | None:
        previous = _read_moving(backend, registry, account_id, field)
        backend.set_password(service, username, secret)
        return previous

    previous = call_keyring("store the secret", replace, timeout)
    try:
        with db.transaction() as session:
            account = existing(session, Account, account_id)
            _refuse_personal(account)  # the kind may have changed since it was read above
            _update_secret_metadata(session, account_id, has_secret=True, at=utcnow(), by=db.actor)
            replaced = previous is not None or field in _fields_on_record(session, account_id)
            audit.record(session, actor=db.actor, entity="account", entity_id=account_id,
                         action=SECRET_REPLACE if replaced else SECRET_SET, account_id=account_id,
                         new={"field": field, "change": "secret replaced" if replaced else "secret set"})
    except BaseException:
        _undo_keyring_write(registry, account_id, field, previous, timeout)
        raise
    log.info("%s the %s of account %s in the keyring.", "Replaced" if replaced else "Stored", field, account_id)
    return credentials_status(db, account_id)[0]


@unit_of_work
def delete_secret(db: Database, account_id: int, field: str, *,
                  timeout: float | None = None) -> "CredentialStatus":
    """Remove one secret. Allowed for any kind of account: cleaning up is never refused."""
    _check_field(field)
    with db.reading() as session:
        existing(session, Account, account_id)
        on_record = field in _fields_on_record(session, account_id)
    registry = registry_id(db)
    service, username = keyring_entry(registry, account_id, field)

    def remove(backend: KeyringBackend) -> str | None:
        previous = _read_moving(backend, registry, account_id, field)
        if previous is not None:
            _delete(backend, service, username)
        return previous

    previous = call_keyring("delete the secret", remove, timeout)
    if previous is None and not on_record:
        raise SecretNotFound("secret_not_stored", label=FIELD_LABELS[field], account_id=account_id)
    try:
        with db.transaction() as session:
            account = existing(session, Account, account_id)
            remaining = _fields_on_record(session, account_id) - {field}
            if not remaining and account.has_secret:
                _update_secret_metadata(session, account_id, has_secret=False, at=None, by=None)
            audit.record(session, actor=db.actor, entity="account", entity_id=account_id, action=SECRET_DELETE,
                         account_id=account_id, new={"field": field, "change": "secret deleted"})
    except BaseException:
        _undo_keyring_write(registry, account_id, field, previous, timeout)
        raise
    log.info("Deleted the %s of account %s from the keyring.", field, account_id)
    return credentials_status(db, account_id)[0]


@unit_of_work
def mark_rotated(db: Database, account_id: int) -> "CredentialStatus":
    """Record that the account's login was changed at the platform (who and when).

    Replacing a secret with set_secret counts as a rotation too; this is for a rotation whose
    new secret is not kept here, or that changed nothing the registry stores.
    """
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        if not account.has_secret:
            raise Conflict("nothing_to_rotate", account_id=account_id)
        now = utcnow()
        old = {"secret_updated_at": audit.plain(account.secret_updated_at),
               "secret_updated_by": account.secret_updated_by}
        _update_secret_metadata(session, account_id, has_secret=True, at=now, by=db.actor)
        audit.record(session, actor=db.actor, entity="account", entity_id=account_id, action=SECRET_ROTATED,
                     account_id=account_id, old=old,
                     new={"secret_updated_at": audit.plain(now), "secret_updated_by": db.actor})
    log.info("Marked the login of account %s as rotated.", account_id)
    return credentials_status(db, account_id)[0]


# --- what the database knows ------------------------------------------------------------------

@dataclass(frozen=True)
class CredentialStatus:
    """What the registry records about an account's stored login; never the secret."""

    account_id: int
    platform: str
    handle: str
    display_name: str | None
    kind: Kind | None
    has_secret: bool
    fields: tuple[str, ...]  # per the audit trail, in FIELDS order
    last_rotated_at: datetime | None
    last_rotated_by: str | None


def credentials_status(db: Database, account_id: int | None = None) -> list[CredentialStatus]:
    """One account's record (even without secrets), or every account that has a stored secret."""
    with db.reading() as session:
        if account_id is not None:
            accounts = [existing(session, Account, account_id)]
        else:
            accounts = list(session.exec(select(Account).where(Account.has_secret == sa.true())
                                         .order_by(Account.id)))
        fields = _fields_by_account(session, [a.id for a in accounts] if account_id is not None else None)
    return [CredentialStatus(account_id=a.id, platform=a.platform, handle=a.handle, display_name=a.display_name,
                             kind=a.kind, has_secret=a.has_secret,
                             fields=tuple(f for f in FIELDS if f in fields.get(a.id, ())),
                             last_rotated_at=a.secret_updated_at, last_rotated_by=a.secret_updated_by)
            for a in accounts]


def _fields_by_account(session: Session, account_ids: Iterable[int] | None) -> dict[int, set[str]]:
    """Which fields each account has, replayed from the audit trail (the only per-field record
    the database keeps, and it holds field names only)."""
    statement = select(AuditEvent.account_id, AuditEvent.action, AuditEvent.new_values).where(
        AuditEvent.entity == "account", AuditEvent.action.in_(_FIELD_ACTIONS))
    if account_ids is not None:
        statement = statement.where(AuditEvent.account_id.in_(list(account_ids)))
    present: dict[int, set[str]] = {}
    for event_account, action, new in session.exec(statement.order_by(AuditEvent.id)):
        field = (new or {}).get("field")
        if field not in FIELDS:
            continue
        if action == SECRET_DELETE:
            present.setdefault(event_account, set()).discard(field)
        else:
            present.setdefault(event_account, set()).add(field)
    return present


def _fields_on_record(session: Session, account_id: int) -> set[str]:
    return _fields_by_account(session, [account_id]).get(account_id, set())


def _update_secret_metadata(session: Session, account_id: int, *, has_secret: bool, at: datetime | None,
                            by: str | None) -> None:
    # A plain UPDATE that leaves the row's version and updated_at alone: storing a login is not an
    # edit of the account's record, and must not make an open edit form fail as "changed by someone else".
    table = Account.__table__
    session.execute(sa.update(table).where(table.c.id == account_id)
                    .values(has_secret=has_secret, secret_updated_at=at, secret_updated_by=by,
                            updated_at=table.c.updated_at))


# --- checks -----------------------------------------------------------------------------------

def _check_field(field: str) -> None:
    if field not in FIELDS:
        # The wrong value is not quoted: a caller who swapped the arguments would have passed the secret.
        raise ValidationError.of("field", "not_login_field", allowed=list(FIELDS))


def _check_secret(field: str, secret: str) -> None:
    # Refusals name the field, never the value or its length.
    label = FIELD_LABELS[field]
    if not isinstance(secret, str):
        raise ValidationError.of(field, "not_text", label=label)
    if not secret.strip():
        raise ValidationError.of(field, "secret_empty", label=label)
    if len(secret) > MAX_SECRET_LENGTH:
        raise ValidationError.of(field, "secret_too_long", label=label, limit=MAX_SECRET_LENGTH)


def _refuse_personal(account: Account) -> None:
    if account.kind == Kind.personal:
        raise Conflict("personal_login")
    if account.kind is None:
        raise Conflict("login_kind_unknown", account_id=account.id)


# --- the keyring, in a worker thread ----------------------------------------------------------

def call_keyring(action: str, work: Callable[[KeyringBackend], T], timeout: float | None = None, *,
                 require_usable: bool = True) -> T:
    """Run work(backend) in a worker thread; give up after `timeout` seconds (DEFAULT_TIMEOUT).
    Also for other services that keep a secret there (a server login's password).

    A daemon thread, not a pool: a call that never returns must not keep the program from
    exiting, and nothing can stop it early. Its late result is discarded.
    """
    done = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work(_backend(require_usable))
        except Exception as error:  # noqa: BLE001 - every failure becomes a sentence, see _problem
            # Keep only a refusal made of codes: the backend's exception, its message and its
            # traceback (whose frames hold the secret) stay in this thread and die with it.
            outcome["problem"] = _problem(error)
            # The class names only: the backend's text may quote what it was given.
            log.warning("The keyring could not %s: %s (from %s).", action, type(outcome["problem"]).__name__,
                        type(error).__name__)
        finally:
            done.set()

    worker = threading.Thread(target=run, name="keyring-call", daemon=True)
    worker.start()
    limit = DEFAULT_TIMEOUT if timeout is None else timeout
    if not done.wait(limit):
        log.warning("The keyring did not answer within %s s when asked to %s.", limit, action)
        raise KeyringTimeout()
    if "problem" in outcome:
        raise outcome["problem"]  # type: ignore[misc]
    if "value" not in outcome:  # the worker died of something that is not an Exception
        raise KeyringFailed()
    return outcome["value"]  # type: ignore[return-value]


def _backend(usable: bool) -> KeyringBackend:
    """The keyring's backend (refused unless `usable`). The keyring is imported here, in the first
    call's worker: its 60-150 ms of Python froze the window as an account's window was opened."""
    import keyring

    backend = keyring.get_keyring()
    reason = usable and _unusable_reason(backend)
    if reason:
        raise KeyringUnavailable(reason)
    return backend


def _unusable_reason(backend: KeyringBackend) -> str | None:
    """Why the backend must not be used (a key of UNAVAILABLE_REASONS); None when it may."""
    # Each of these would either refuse every call or, worse, accept a secret and lose it
    # (the null keyring, an empty chain) or keep it in a plain file (keyrings.alt).
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring) or (isinstance(backend, chainer.ChainerBackend) and not backend.backends):
        return "missing"
    if isinstance(backend, null.Keyring):
        return "switched_off"
    if type(backend).__module__.startswith("keyrings.alt"):
        return "in_a_file"
    return None


def _display_name(backend: KeyringBackend) -> str:
    if _unusable_reason(backend) == "missing":
        return "none"
    try:
        return str(backend.name)
    except Exception:  # noqa: BLE001 - a name is decoration; never fail the status for it
        return type(backend).__name__


# Exceptions of the Secret Service library, matched by name so that it need not be installed
# (it is not on Windows or macOS).
_LOCKED_NAMES = {"LockedException", "PromptDismissedException"}
_UNAVAILABLE_NAMES = {"SecretServiceNotAvailableException"}


def _problem(error: Exception) -> KeyringProblem:
    from keyring import errors as keyring_errors

    if isinstance(error, KeyringProblem):  # raised by our own checks: codes only
        error.__traceback__ = error.__context__ = error.__cause__ = None  # frames that may hold the secret
        return error
    if isinstance(error, keyring_errors.KeyringLocked) or type(error).__name__ in _LOCKED_NAMES:
        return KeyringLocked()
    if isinstance(error, keyring_errors.NoKeyringError) or type(error).__name__ in _UNAVAILABLE_NAMES:
        return KeyringUnavailable()
    if isinstance(error, keyring_errors.InitError):
        return KeyringUnavailable("no_collection")
    # Only the exception's class name goes into the refusal: its text may quote what it was given.
    return KeyringFailed(type(error).__name__)


def _delete(backend: KeyringBackend, service: str, username: str) -> None:
    """Delete an entry; one gone in between is the outcome asked for."""
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        backend.delete_password(service, username)


def _undo_keyring_write(registry: str, account_id: int, field: str, previous: str | None,
                        timeout: float | None) -> None:
    """Put the keyring back as it was before a write the database could not record."""
    service, username = keyring_entry(registry, account_id, field)

    def restore(backend: KeyringBackend) -> None:
        if previous is None:
            _delete(backend, service, username)
        else:
            backend.set_password(service, username, previous)

    try:
        call_keyring("undo the change", restore, timeout)
    except KeyringProblem as problem:
        # The database error is what the user must see; this one goes to the log.
        log.warning("Could not undo the keyring change to the %s of account %s: %s", field, account_id,
                    type(problem).__name__)
