"""Each integrity rule the database enforces on its own, whoever writes to it.

Rows are written with plain SQL, around the services, as another program or a careless
script would: the database must still refuse what breaks the registry.
"""

import pytest
import sqlalchemy as sa

BASE = [
    "INSERT INTO person (id, name, work_email, employment_status, created_at, updated_at, version) "
    "VALUES (1, 'Søren Østergaard', 'soren@acme.dk', 'employed', '2026-01-01', '2026-01-01', 1)",
    "INSERT INTO person (id, name, work_email, employment_status, created_at, updated_at, version) "
    "VALUES (2, 'Åsa Lindqvist', 'asa@acme.se', 'employed', '2026-01-01', '2026-01-01', 1)",
    "INSERT INTO account (id, platform, presence, handle, url, kind, status, official, two_factor, has_secret, "
    "created_at, updated_at, version) VALUES (1, 'linkedin', 'page', 'acme', 'https://www.linkedin.com/company/acme', "
    "'company', 'active', TRUE, 'unknown', FALSE, '2026-01-01', '2026-01-01', 1)",
    "INSERT INTO account_role (id, account_id, person_id, role, granted_on, granted_by) "
    "VALUES (1, 1, 1, 'admin', '2026-01-02', 'tester')",
    "INSERT INTO offboarding_case (id, person_id, last_working_day, status, opened_at, opened_by, version) "
    "VALUES (1, 1, '2026-12-31', 'open', '2026-11-01', 'hr', 1)",
    "INSERT INTO audit_event (id, at, actor, entity, entity_id, action, previous_hash, hash) "
    f"VALUES (1, '2026-01-01', 'tester', 'account', 1, 'register', '{'0' * 64}', '{'1' * 64}')",
]


def literal(value) -> str:
    """An SQL literal both engines read alike (TRUE/FALSE for the boolean columns)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value) if isinstance(value, int) else f"'{value}'"


def account(id_, platform="x", handle="acme2", **columns):
    values = {"id": id_, "platform": platform, "presence": "profile", "handle": handle,
              "url": "https://x.com/" + handle, "kind": "company", "status": "active", "official": True,
              "two_factor": "unknown", "has_secret": False, "created_at": "2026-01-01",
              "updated_at": "2026-01-01", "version": 1} | columns
    names = ", ".join(values)
    literals = ", ".join(map(literal, values.values()))
    return f"INSERT INTO account ({names}) VALUES ({literals})"


def item(**columns):
    values = {"case_id": 1, "action": "general", "title": "Check mailbox", "assignee_function": "HR",
              "due_offset_business_days": 0, "due_on": "2026-12-31", "status": "open", "version": 1} | columns
    names = ", ".join(values)
    literals = ", ".join(map(literal, values.values()))
    return f"INSERT INTO checklist_item ({names}) VALUES ({literals})"


REFUSED = {
    "account platform and handle are unique": account(2, platform="linkedin", handle="acme", presence="page"),
    "account platform must be known": account(2, platform="myspace"),
    "account kind must be a kind": account(2, kind="employer"),
    "account presence must be a presence": account(2, presence="wall"),
    "account status must be a status": account(2, status="deleted"),
    "account two-factor must be a method": account(2, two_factor="yes"),
    "account handle cannot be empty": account(2, handle=""),
    "account holder must exist": account(2, holder_id=99),
    "account review interval is 1 to 60 months": account(2, review_interval_months=0),
    "account secret metadata agrees with itself": account(2, has_secret=True),
    "person email is unique": "INSERT INTO person (name, work_email, employment_status, created_at, updated_at) "
                              "VALUES ('Other', 'soren@acme.dk', 'employed', '2026-01-01', '2026-01-01')",
    "person email is lowercase": "INSERT INTO person (name, work_email, employment_status, created_at, updated_at) "
                                 "VALUES ('Other', 'Other@Acme.dk', 'employed', '2026-01-01', '2026-01-01')",
    "person name cannot be empty": "INSERT INTO person (name, employment_status, created_at, updated_at) "
                                   "VALUES ('', 'employed', '2026-01-01', '2026-01-01')",
    "person employment status must be a status": "INSERT INTO person (name, employment_status, created_at, "
                                                 "updated_at) VALUES ('A', 'fired', '2026-01-01', '2026-01-01')",
    "person manager must exist": "INSERT INTO person (name, employment_status, manager_id, created_at, updated_at) "
                                 "VALUES ('A', 'employed', 42, '2026-01-01', '2026-01-01')",
    "role must be a role": "INSERT INTO account_role (account_id, person_id, role, granted_on, granted_by) "
                           "VALUES (1, 2, 'god', '2026-01-02', 'tester')",
    "role account must exist": "INSERT INTO account_role (account_id, person_id, role, granted_on, granted_by) "
                               "VALUES (9, 2, 'admin', '2026-01-02', 'tester')",
    "one active grant per person and role": "INSERT INTO account_role (account_id, person_id, role, granted_on, "
                                            "granted_by) VALUES (1, 1, 'admin', '2026-02-01', 'tester')",
    "revoked on or after granted": "INSERT INTO account_role (account_id, person_id, role, granted_on, granted_by, "
                                   "revoked_on, revoked_by) VALUES (1, 2, 'editor', '2026-02-01', 't', '2026-01-01', 't')",
    "a revocation says who revoked": "INSERT INTO account_role (account_id, person_id, role, granted_on, granted_by, "
                                     "revoked_on) VALUES (1, 2, 'editor', '2026-02-01', 't', '2026-03-01')",
    "terms disposition must be a disposition": "INSERT INTO handover_terms (account_id, version, disposition, "
                                               "agreed_on, agreed_by_holder, recorded_at, recorded_by) VALUES "
                                               "(1, 1, 'give_away', '2026-01-01', FALSE, '2026-01-01', 't')",
    "terms notice days are 0 to 365": "INSERT INTO handover_terms (account_id, version, disposition, notice_days, "
                                      "agreed_on, agreed_by_holder, recorded_at, recorded_by) VALUES "
                                      "(1, 1, 'archive', -1, '2026-01-01', FALSE, '2026-01-01', 't')",
    "one open offboarding per person": "INSERT INTO offboarding_case (person_id, last_working_day, status, "
                                       "opened_at, opened_by) VALUES (1, '2027-01-31', 'open', '2026-11-02', 'hr')",
    "a closed case has its closing time": "INSERT INTO offboarding_case (person_id, last_working_day, status, "
                                          "opened_at, opened_by) VALUES (2, '2027-01-31', 'closed', '2026-11-02', 'hr')",
    "case status must be a status": "INSERT INTO offboarding_case (person_id, last_working_day, status, "
                                    "opened_at, opened_by) VALUES (2, '2027-01-31', 'paused', '2026-11-02', 'hr')",
    "a waived item has a reason": item(status="waived", done_at="2026-12-01", waive_reason="  "),
    "an item has an assignee": item(assignee_function=None),
    "an item status must be a status": item(status="skipped", done_at="2026-12-01"),
    "a settled item has its time": item(status="done"),
    "an item's case must exist": item(case_id=5),
    "the settings are one row": "INSERT INTO organisation_settings (id, name, email_domains, "
                                "default_review_interval_months) VALUES (2, 'B', '', 6)",
    "the audit trail cannot be rewritten": "UPDATE audit_event SET actor = 'someone else' WHERE id = 1",
    "the audit trail cannot be deleted from": "DELETE FROM audit_event WHERE id = 1",
    "an audit event continues the chain": "INSERT INTO audit_event (at, actor, entity, entity_id, action, "
                                          "previous_hash, hash) VALUES ('2026-01-02', 'tester', 'account', 2, "
                                          f"'register', '{'0' * 64}', '{'2' * 64}')",
    "an audit event has its hash": "INSERT INTO audit_event (at, actor, entity, entity_id, action, previous_hash) "
                                   f"VALUES ('2026-01-02', 'tester', 'account', 2, 'register', '{'1' * 64}')",
}


@pytest.mark.postgresql_only  # SQLite has no TRUNCATE (its DELETE trigger covers DELETE FROM t)
def test_the_audit_trail_cannot_be_truncated(seeded):
    with pytest.raises(sa.exc.IntegrityError):
        with seeded.engine.begin() as connection:
            connection.exec_driver_sql("TRUNCATE audit_event")
    with seeded.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == 1


@pytest.fixture
def seeded(db):
    with db.engine.begin() as connection:
        for statement in BASE:
            connection.exec_driver_sql(statement)
        if not db.is_sqlite:  # rows written with their ids leave PostgreSQL's sequences behind
            for table in ("person", "account", "account_role", "offboarding_case", "audit_event"):
                connection.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                           f"(SELECT max(id) FROM {table}))")
    return db


# PostgreSQL checks a text's length before any CHECK constraint: a DataError is its refusal.
REFUSAL = (sa.exc.IntegrityError, sa.exc.DataError)


@pytest.mark.parametrize("statement", REFUSED.values(), ids=REFUSED.keys())
def test_the_database_refuses(seeded, statement):
    with pytest.raises(sa.exc.IntegrityError if seeded.is_sqlite else REFUSAL):
        with seeded.engine.begin() as connection:
            connection.exec_driver_sql(statement)


def test_a_valid_row_of_each_kind_is_accepted(seeded):
    # The refusals above are not just any failure: the same shapes with valid values pass.
    with seeded.engine.begin() as connection:
        connection.exec_driver_sql(account(2))
        connection.exec_driver_sql(item(status="waived", done_at="2026-12-01", waive_reason="not needed"))
        connection.exec_driver_sql("INSERT INTO account_role (account_id, person_id, role, granted_on, granted_by, "
                                   "revoked_on, revoked_by) VALUES (1, 2, 'editor', '2026-02-01', 't', "
                                   "'2026-03-01', 't')")
        connection.exec_driver_sql("INSERT INTO audit_event (at, actor, entity, entity_id, action, previous_hash, "
                                   f"hash) VALUES ('2026-01-02', 'tester', 'account', 2, 'register', '{'1' * 64}', "
                                   f"'{'2' * 64}')")
        counts = [connection.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                  for t in ("account", "checklist_item", "account_role", "audit_event")]
    assert counts == [2, 1, 2, 2]


def test_a_revoked_grant_leaves_room_for_a_new_one(seeded):
    with seeded.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE account_role SET revoked_on = '2026-03-01', revoked_by = 't' WHERE id = 1")
        connection.exec_driver_sql("INSERT INTO account_role (account_id, person_id, role, granted_on, granted_by) "
                                   "VALUES (1, 1, 'admin', '2026-04-01', 'tester')")
        assert connection.exec_driver_sql("SELECT count(*) FROM account_role WHERE person_id = 1").scalar() == 2
