"""A known secret goes through every credentials path, good and bad; afterwards it is found in
the keyring and nowhere else: not in the database file or its WAL, the audit trail, the log,
an export, nor any error's message, repr or traceback."""

import logging
import traceback
import uuid

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.vocabulary import Kind
from accountregistry.logging_setup import configure_logging, stop_logging
from accountregistry.services import credentials
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.credentials import (
    KeyringFailed,
    credentials_status,
    delete_secret,
    get_secret,
    mark_rotated,
    secret_fields_present,
    set_secret,
)
from accountregistry.services.ownership_report import export_report

import engine_support
from keyrings import LockedKeyring
from engine_support import refuse_inserts


def unique_secret(name):
    return f"LeakProbe-{name}-{uuid.uuid4().hex}"


def encodings(secret):
    # SQLite stores text as UTF-8 here, but a UTF-16 copy would be a leak just the same.
    return [secret.encode("utf-8"), secret.encode("utf-16-le")]


def assert_absent(secrets, data: bytes, where):
    for secret in secrets:
        for encoded in encodings(secret):
            assert encoded not in data, f"a secret is in {where}"


def assert_error_is_clean(error: BaseException, secrets):
    shown = "".join(traceback.format_exception(error)) + repr(error) + str(error)
    for secret in secrets:
        assert secret not in shown


class TalkativeKeyring(KeyringBackend):
    """A backend whose errors quote what they were given, as some D-Bus errors do."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise RuntimeError(f"could not store {password!r} for {username}")

    def delete_password(self, service, username):
        raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture
def app_log():
    path = configure_logging(logging.DEBUG)
    yield path
    stop_logging()
    logging.getLogger("accountregistry").setLevel(logging.NOTSET)


@pytest.fixture
def exercised(db, app_log, memory_keyring, caplog):
    """Every path a secret takes; returns (secrets, errors raised on the way)."""
    caplog.set_level(logging.DEBUG)  # every library's records, SQLAlchemy's and keyring's included
    company = register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser",
                                                kind=Kind.company))
    personal = register_account(db, AccountInput(url="https://www.linkedin.com/in/mette-holm", kind=Kind.personal))
    secrets = {name: unique_secret(name) for name in ("password", "replaced", "codes", "refused", "failed",
                                                      "locked", "rolled-back")}
    errors = []

    def expect_error(call):
        with pytest.raises(Exception) as raised:
            call()
        errors.append(raised.value)

    set_secret(db, company.id, "password", secrets["password"])
    set_secret(db, company.id, "password", secrets["replaced"])
    set_secret(db, company.id, "recovery_codes", secrets["codes"] + "\n" + secrets["codes"][::-1])
    assert get_secret(db, company.id, "password") == secrets["replaced"]
    secret_fields_present(db, company.id)
    mark_rotated(db, company.id)
    credentials_status(db)
    expect_error(lambda: set_secret(db, personal.id, "password", secrets["refused"]))
    expect_error(lambda: set_secret(db, company.id, secrets["refused"], "password"))  # swapped arguments
    delete_secret(db, company.id, "recovery_codes")

    # A database that refuses the write: the change is undone, and the error is the store's.
    refuse_inserts(db, "audit_event", "NEW.action LIKE 'secret%'")
    expect_error(lambda: set_secret(db, company.id, "two_factor_notes", secrets["rolled-back"]))

    keyring.set_keyring(TalkativeKeyring())
    expect_error(lambda: set_secret(db, company.id, "two_factor_notes", secrets["failed"]))
    assert isinstance(errors[-1], KeyringFailed)
    keyring.set_keyring(LockedKeyring())
    expect_error(lambda: set_secret(db, company.id, "two_factor_notes", secrets["locked"]))
    keyring.set_keyring(memory_keyring)

    for handler in logging.getLogger().handlers:
        handler.flush()
    return secrets, errors


def test_the_keyring_holds_the_secret(exercised, memory_keyring):
    secrets, _ = exercised
    assert secrets["replaced"] in memory_keyring.secrets.values()


@pytest.mark.sqlite_only  # the file and its WAL; a server's files are the server's
def test_no_secret_in_the_database_file_or_its_wal(exercised, db):
    secrets, _ = exercised
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the test should see the WAL before a checkpoint"
    assert_absent(secrets.values(), db.path.read_bytes(), "the database file")
    assert_absent(secrets.values(), wal.read_bytes(), "the WAL file")
    db.close()  # the last connection checkpoints the WAL into the file
    assert_absent(secrets.values(), db.path.read_bytes(), "the checkpointed database file")


def test_no_secret_in_the_audit_trail(exercised, db):
    secrets, _ = exercised
    rows = engine_support.rows(db, "SELECT * FROM audit_event")
    assert any("secret_replace" in map(str, row) for row in rows)
    assert_absent(secrets.values(), repr(rows).encode(), "the audit trail")
    assert_absent(secrets.values(), engine_support.every_row(db), "a table")


def test_no_secret_in_the_log(exercised, app_log, caplog):
    secrets, _ = exercised
    text = app_log.read_bytes()
    # The log is written, and says what happened to which account and field.
    assert b"Replaced the password of account 1" in text
    assert b"could not store the secret: KeyringLocked" in text
    assert b"could not store the secret: KeyringFailed (from RuntimeError)" in text
    assert_absent(secrets.values(), text, "the log file")
    assert_absent(secrets.values(), caplog.text.encode(), "a log record")


def test_no_secret_in_an_error(exercised):
    secrets, errors = exercised
    assert len(errors) == 5
    assert all(isinstance(error, Exception) for error in errors)
    assert sum(isinstance(error, RegistryError) for error in errors) >= 4
    for error in errors:
        assert_error_is_clean(error, secrets.values())


def test_no_secret_in_an_export(exercised, db, tmp_path):
    secrets, _ = exercised
    target = tmp_path / "ownership.csv"
    export_report(db, target)
    data = target.read_bytes()
    assert b"nordlys-rejser" in data
    assert_absent(secrets.values(), data, "the export")


def test_the_log_file_is_private(app_log):
    logging.getLogger("accountregistry.services.credentials").info("written")
    assert app_log.exists()
    assert app_log.stat().st_mode & 0o077 == 0
    assert credentials.log.name.startswith("accountregistry.")
