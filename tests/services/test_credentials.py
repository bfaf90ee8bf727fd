"""Company logins in the keyring: the rules, the metadata and audit trail in the database, and
what happens when the keyring is missing, locked or hanging. Runs on the in-memory keyring
from conftest, or on keyring's own fail backend; never on the real OS keyring."""

import time

import keyring
import keyring.errors
import pytest
import sqlalchemy as sa
from keyring.backends import chainer, fail, null
from sqlmodel import select

from accountregistry.domain.errors import Conflict, NotFound, ValidationError
from accountregistry.domain.vocabulary import Kind
from accountregistry.services import credentials
from accountregistry.services.accounts import AccountInput, get_account, register_account, update_account
from accountregistry.services.credentials import (
    FIELDS,
    KeyringLocked,
    KeyringState,
    KeyringTimeout,
    KeyringUnavailable,
    SecretNotFound,
    credentials_status,
    delete_secret,
    get_secret,
    keyring_entry,
    keyring_status,
    mark_rotated,
    registry_id,
    secret_fields_present,
    set_secret,
)
from accountregistry.store.models import AuditEvent
from keyrings import LockedKeyring

from engine_support import refuse_inserts


@pytest.fixture
def company(db):
    return register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys-rejser", kind=Kind.company))


def secret_events(db):
    with db.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action.like("secret%")).order_by(AuditEvent.id)))


@pytest.fixture
def hanging_keyring(hanging_keyring):
    keyring.set_keyring(hanging_keyring)
    return hanging_keyring


def test_fields_are_declared_with_labels():
    assert FIELDS == ("password", "recovery_codes", "two_factor_notes")
    assert [field.name for field in credentials.SECRET_FIELDS] == list(FIELDS)
    assert all(credentials.FIELD_LABELS[name] for name in FIELDS)


def test_set_get_replace_delete(db, company, memory_keyring):
    status = set_secret(db, company.id, "password", "Nordlys-2026!")
    assert memory_keyring.secrets == {keyring_entry(registry_id(db), company.id, "password"): "Nordlys-2026!"}
    assert get_secret(db, company.id, "password") == "Nordlys-2026!"
    assert (status.has_secret, status.fields, status.last_rotated_by) == (True, ("password",), "tester")

    set_secret(db, company.id, "password", "Nordlys-2027!")
    assert get_secret(db, company.id, "password") == "Nordlys-2027!"
    assert len(memory_keyring.secrets) == 1

    status = delete_secret(db, company.id, "password")
    assert memory_keyring.secrets == {}
    assert (status.has_secret, status.fields, status.last_rotated_at) == (False, (), None)
    with pytest.raises(SecretNotFound) as raised:
        get_secret(db, company.id, "password")
    assert (raised.value.code, raised.value.params["account_id"]) == ("secret_not_found", company.id)


def test_the_database_records_that_a_secret_exists_and_when_never_what(db, company):
    before = get_account(db, company.id)
    set_secret(db, company.id, "recovery_codes", "1111-2222\n3333-4444")
    account = get_account(db, company.id)
    assert account.has_secret is True
    assert account.secret_updated_by == "tester"
    assert account.secret_updated_at is not None
    # Storing a login is not an edit of the record: an edit form opened before still saves, and
    # the record's updated_at stays (the models' onupdate would otherwise move it).
    assert (account.version, account.updated_at) == (before.version, before.updated_at)
    update_account(db, company.id, AccountInput(url=company.url, kind=Kind.company, notes="Main page"),
                   expected_version=before.version)


def test_the_audit_trail_names_the_field_and_what_happened_only(db, company):
    set_secret(db, company.id, "password", "first-secret")
    set_secret(db, company.id, "password", "second-secret")
    set_secret(db, company.id, "two_factor_notes", "TOTP seed is on the office phone")
    delete_secret(db, company.id, "two_factor_notes")
    events = secret_events(db)
    assert [(e.action, e.new_values, e.old_values) for e in events] == [
        ("secret_set", {"field": "password", "change": "secret set"}, None),
        ("secret_replace", {"field": "password", "change": "secret replaced"}, None),
        ("secret_set", {"field": "two_factor_notes", "change": "secret set"}, None),
        ("secret_delete", {"field": "two_factor_notes", "change": "secret deleted"}, None),
    ]
    assert {(e.actor, e.entity, e.entity_id, e.account_id) for e in events} == {("tester", "account", company.id,
                                                                                  company.id)}


def test_several_fields_and_which_are_present(db, company):
    set_secret(db, company.id, "password", "pw")
    set_secret(db, company.id, "recovery_codes", "codes")
    assert secret_fields_present(db, company.id) == ["password", "recovery_codes"]
    assert credentials_status(db, company.id)[0].fields == ("password", "recovery_codes")
    status = delete_secret(db, company.id, "password")
    # One field left: the account still has a stored login.
    assert (status.has_secret, status.fields) == (True, ("recovery_codes",))


def test_status_lists_accounts_with_secrets_only(db, company):
    other = register_account(db, AccountInput(url="https://x.com/NordlysHjaelp", kind=Kind.employee_role))
    assert credentials_status(db) == []
    set_secret(db, other.id, "password", "pw")
    [row] = credentials_status(db)
    assert (row.account_id, row.platform, row.handle, row.kind) == (other.id, "x", "nordlyshjaelp", Kind.employee_role)
    assert credentials_status(db, company.id)[0].has_secret is False
    with pytest.raises(NotFound):
        credentials_status(db, 999)


def test_a_personal_account_login_is_refused(db, personal, memory_keyring):
    with pytest.raises(Conflict) as raised:
        set_secret(db, personal.id, "password", "mette's own password")
    assert raised.value.code == "personal_login"
    assert memory_keyring.secrets == {}
    assert get_account(db, personal.id).has_secret is False
    assert secret_events(db) == []


def test_an_account_of_unknown_kind_is_refused_until_its_kind_is_recorded(db, memory_keyring):
    unknown = register_account(db, AccountInput(url="https://www.facebook.com/groups/nordlysvenner"))
    with pytest.raises(Conflict) as raised:
        set_secret(db, unknown.id, "password", "pw")
    assert raised.value.code == "login_kind_unknown"
    assert memory_keyring.secrets == {}


@pytest.mark.parametrize("secret", ["", "   ", "\n"])
def test_an_empty_secret_is_refused(db, company, secret, memory_keyring):
    with pytest.raises(ValidationError) as raised:
        set_secret(db, company.id, "password", secret)
    assert raised.value.codes == {"password": "secret_empty"}
    assert memory_keyring.secrets == {}


def test_a_secret_too_long_for_every_keyring_is_refused(db, company, memory_keyring):
    set_secret(db, company.id, "two_factor_notes", "n" * credentials.MAX_SECRET_LENGTH)
    with pytest.raises(ValidationError) as raised:
        set_secret(db, company.id, "recovery_codes", "c" * (credentials.MAX_SECRET_LENGTH + 1))
    assert raised.value.codes == {"recovery_codes": "secret_too_long"}
    assert len(memory_keyring.secrets) == 1


def test_an_unknown_field_is_refused_without_quoting_it(db, company):
    # The likeliest unknown field is a secret passed in the wrong argument.
    with pytest.raises(ValidationError) as raised:
        set_secret(db, company.id, "hunter2-swapped", "password")
    assert "hunter2" not in str(raised.value)
    assert raised.value.field == "field"


def test_an_unknown_account_is_not_found(db):
    with pytest.raises(NotFound):
        set_secret(db, 404, "password", "pw")


def test_deleting_what_is_not_stored_is_not_found(db, company):
    with pytest.raises(SecretNotFound):
        delete_secret(db, company.id, "password")


def test_deleting_is_allowed_after_the_account_became_personal(db, company, memory_keyring):
    # Cleaning up is never refused, whatever the account has become since.
    set_secret(db, company.id, "password", "pw")
    update_account(db, company.id, AccountInput(url=company.url, kind=Kind.personal))
    assert delete_secret(db, company.id, "password").has_secret is False
    assert memory_keyring.secrets == {}


def test_mark_rotated_records_who_and_when(db, company):
    set_secret(db, company.id, "password", "pw")
    stored_at = get_account(db, company.id).secret_updated_at
    db.actor = "hr-anna"  # another person, at another desk
    status = mark_rotated(db, company.id)
    assert status.last_rotated_by == "hr-anna"
    assert status.last_rotated_at > stored_at
    [event] = [e for e in secret_events(db) if e.action == "secret_rotated"]
    # The audit trail's actor is what the server vouches for there: the database login.
    assert event.actor == ("hr-anna" if db.is_sqlite else db.engine.url.username)
    assert event.old_values["secret_updated_by"] == "tester"
    assert event.new_values["secret_updated_by"] == "hr-anna"


def test_mark_rotated_needs_a_stored_login(db, company):
    with pytest.raises(Conflict) as raised:
        mark_rotated(db, company.id)
    assert raised.value.code == "nothing_to_rotate"


def fail_secret_audit(db):
    """A trigger that makes the database refuse the audit record: a real failed write."""
    refuse_inserts(db, "audit_event", "NEW.action LIKE 'secret%'")


# How the store reports a refused write is its own business; what matters here is the keyring.
REFUSED_WRITE = (Conflict, sa.exc.IntegrityError)


def test_a_failed_database_write_takes_a_new_secret_out_of_the_keyring(db, company, memory_keyring):
    fail_secret_audit(db)
    with pytest.raises(REFUSED_WRITE):
        set_secret(db, company.id, "password", "never-recorded")
    assert memory_keyring.secrets == {}
    assert get_account(db, company.id).has_secret is False


def test_a_failed_database_write_puts_the_previous_secret_back(db, company, memory_keyring):
    set_secret(db, company.id, "password", "the-old-one")
    fail_secret_audit(db)
    with pytest.raises(REFUSED_WRITE):
        set_secret(db, company.id, "password", "the-new-one")
    assert get_secret(db, company.id, "password") == "the-old-one"
    with pytest.raises(REFUSED_WRITE):
        delete_secret(db, company.id, "password")
    assert get_secret(db, company.id, "password") == "the-old-one"


# --- no usable keyring ---------------------------------------------------------------------------

def test_keyrings_fail_backend_is_unavailable_with_a_sentence(db, company):
    keyring.set_keyring(fail.Keyring())
    status = keyring_status()
    assert (status.usable, status.state, status.backend) == (False, KeyringState.unavailable, "none")
    assert isinstance(status.problem, KeyringUnavailable) and status.problem.reason == "missing"
    for attempt in (lambda: set_secret(db, company.id, "password", "pw"),
                    lambda: get_secret(db, company.id, "password"),
                    lambda: delete_secret(db, company.id, "password"),
                    lambda: secret_fields_present(db, company.id)):
        with pytest.raises(KeyringUnavailable) as raised:
            attempt()
        assert (raised.value.code, raised.value.reason) == ("keyring_missing", "missing")
    assert get_account(db, company.id).has_secret is False
    assert secret_events(db) == []


def test_an_empty_chain_of_backends_is_unavailable_not_a_silent_loss(monkeypatch, db, company):
    # keyring's own way of narrowing its backends (init_backend(limit=...)), narrowed to none.
    monkeypatch.setattr(keyring.backend, "_limit", lambda backend: False)
    keyring.set_keyring(chainer.ChainerBackend())
    assert keyring_status().state == KeyringState.unavailable
    with pytest.raises(KeyringUnavailable):
        set_secret(db, company.id, "password", "would-be-lost")


def test_the_null_keyring_is_refused_because_it_would_drop_secrets(db, company):
    keyring.set_keyring(null.Keyring())
    status = keyring_status()
    assert (status.state, status.problem.reason) == (KeyringState.unavailable, "switched_off")
    with pytest.raises(KeyringUnavailable):
        set_secret(db, company.id, "password", "would-be-lost")


def test_the_rest_of_the_app_works_without_a_keyring(db, company):
    keyring.set_keyring(fail.Keyring())
    other = register_account(db, AccountInput(url="https://x.com/NordlysHjaelp", kind=Kind.company))
    update_account(db, other.id, AccountInput(url=other.url, kind=Kind.company, notes="Support"))
    assert credentials_status(db) == []
    assert credentials_status(db, other.id)[0].has_secret is False


def test_a_locked_keyring_is_told_apart(db, company):
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeyringLocked) as raised:
        set_secret(db, company.id, "password", "pw")
    assert raised.value.code == "keyring_locked"
    with pytest.raises(KeyringLocked):
        get_secret(db, company.id, "password")
    assert get_account(db, company.id).has_secret is False
    # Only a lookup shows that it is locked; the backend itself is there.
    assert keyring_status().usable
    probed = keyring_status(probe=True)
    assert (probed.state, probed.backend) == (KeyringState.locked, LockedKeyring.name)
    assert isinstance(probed.problem, KeyringLocked)


def test_a_hanging_keyring_times_out_instead_of_blocking(db, company, hanging_keyring):
    started = time.monotonic()
    with pytest.raises(KeyringTimeout) as raised:
        get_secret(db, company.id, "password", timeout=0.2)
    assert raised.value.code == "keyring_timeout"
    with pytest.raises(KeyringTimeout):
        set_secret(db, company.id, "password", "pw", timeout=0.2)
    assert keyring_status(probe=True, timeout=0.2).state == KeyringState.timeout
    assert time.monotonic() - started < 5
    assert get_account(db, company.id).has_secret is False


def test_the_default_time_out_applies_when_none_is_given(db, company, hanging_keyring, monkeypatch):
    monkeypatch.setattr(credentials, "DEFAULT_TIMEOUT", 0.2)
    with pytest.raises(KeyringTimeout):
        secret_fields_present(db, company.id)
