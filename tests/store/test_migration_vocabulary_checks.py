"""Migration 0024: the CHECK of every vocabulary (each enumerated column's, the account's platform)
written as equalities joined by OR instead of IN (...), which SQLite fills a temporary table for on
every row written (issue 13). A registry at 0023 upgrades with every row as it was, and a value
outside a vocabulary is still refused by the constraint named after its field; NULL still passes
where the field may be empty. The downgrade writes the IN-lists again."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from accountregistry.services import agreements, offboarding
from accountregistry.store.models import SQLModel
from accountregistry.store.schema import current_revision, head_revision, open_database
from tests.engine_support import back_to, location, rows

TODAY = date(2027, 3, 10)
# (table, column, constraint) of every vocabulary; the account's platform is not an enum's.
VOCABULARIES = [(table.name, column.name, f"ck_{table.name}_{column.type.name}")
                for table in SQLModel.metadata.sorted_tables for column in table.columns
                if isinstance(column.type, sa.Enum)] + [("account", "platform", "ck_account_platform_known")]


def query(url: str, sql: str) -> list[tuple]:
    """Rows of the registry at `url`, read without opening it (which would upgrade it)."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(sql))]
    finally:
        engine.dispose()


def every_row(url: str) -> str:
    """md5 of every row of every table."""
    dump = [(table.name, query(url, f"SELECT * FROM {table.name} ORDER BY 1"))
            for table in SQLModel.metadata.sorted_tables]
    return hashlib.md5(repr(dump).encode()).hexdigest()


def vocabulary_checks(url: str) -> dict[str, str]:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        inspector = sa.inspect(engine)
        checks = {check["name"]: check["sqltext"] for table in {table for table, _, _ in VOCABULARIES}
                  for check in inspector.get_check_constraints(table)}
    finally:
        engine.dispose()
    return {name: checks[name] for _, _, name in VOCABULARIES}


def refused_by(url: str, table: str, column: str, value: str | None) -> str | None:
    """The error of setting `column` of one row of `table` to `value` (None if written; then undone)."""
    # A settled checklist item: setting an open one's status breaks done_at_when_settled first.
    row = "status = 'waived'" if table == "checklist_item" else "1 = 1"
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(sa.text(f"UPDATE {table} SET {column} = :value WHERE id = "
                                       f"(SELECT min(id) FROM {table} WHERE {row})"), {"value": value})
            connection.rollback()
    except sa.exc.IntegrityError as error:
        return str(error.orig)
    finally:
        engine.dispose()
    return None


@pytest.fixture
def at_0023(sample):
    """The sample organisation with an offboarding (a case, a settled checklist item) and an agreement
    too, so every table with a vocabulary has rows; then at schema 0023. Its URL."""
    [(leaver,)] = rows(sample, "SELECT min(person_id) FROM account_role WHERE revoked_on IS NULL")
    case = offboarding.start_offboarding(sample, person_id=leaver, last_working_day=TODAY + timedelta(days=20),
                                         today=TODAY)
    [(item,)] = rows(sample, f"SELECT min(id) FROM checklist_item WHERE case_id = {case.id}")
    offboarding.waive_item(sample, item, reason="Done on paper")
    agreements.record_agreement(sample, leaver, agreements.AgreementInput(agreed_on=TODAY), today=TODAY)
    where = location(sample)
    sample.close()
    back_to(where, "0023")
    return where if "://" in where else f"sqlite:///{where}"


def test_a_registry_at_0023_keeps_every_row_and_every_vocabulary(at_0023):
    assert all(query(at_0023, f"SELECT count(*) FROM {table}")[0][0] for table, _, _ in VOCABULARIES)
    before = every_row(at_0023)
    assert not any(" OR " in text for text in vocabulary_checks(at_0023).values())  # 0023's IN-lists
    db = open_database(at_0023.removeprefix("sqlite:///"), migrate_server=True)
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.close()
    assert every_row(at_0023) == before
    assert all(" OR " in text for text in vocabulary_checks(at_0023).values())
    for table, column, constraint in VOCABULARIES:
        refused = refused_by(at_0023, table, column, "zz")
        assert refused is not None and constraint in refused, constraint
        if SQLModel.metadata.tables[table].c[column].nullable:  # empty passes where the field may be empty
            assert refused_by(at_0023, table, column, None) is None, constraint
