"""The tables the models declare are the tables the migrations make: a column, a type, a
default, a key, an index, a CHECK or a partial index's condition added to one and forgotten in
the other fails here. Checked on a new database and on the first release's sample registry
upgraded (tests/store/fixtures), so a migration that only works from empty is caught too."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.schema import CreateTable

from accountregistry.store.models import SQLModel
from accountregistry.store.schema import open_database

SCHEMA_0001 = Path(__file__).parent / "fixtures" / "registry_schema_0001.sql"


def upgraded_from_0001(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.executescript(SCHEMA_0001.read_text(encoding="utf-8"))
    finally:
        connection.close()


@pytest.fixture(scope="module", params=["new", "upgraded from 0001"])
def migrated(request, tmp_path_factory):
    """A database made by the migrations alone (only read by these tests)."""
    path = tmp_path_factory.mktemp("migrated") / "migrated.sqlite3"
    if request.param == "upgraded from 0001":
        upgraded_from_0001(path)
    database = open_database(path)
    yield database
    database.close()


def _text(clause) -> str | None:
    return None if clause is None else re.sub(r"\s+", " ", str(clause)).strip()


def test_alembic_finds_no_difference(migrated):
    with migrated.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "compare_server_default": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_the_check_constraints_are_the_same(migrated):
    """Alembic does not compare CHECK constraints: by name and condition here."""
    inspector = sa.inspect(migrated.engine)
    for table in SQLModel.metadata.sorted_tables:
        made = {check["name"]: _text(check["sqltext"]) for check in inspector.get_check_constraints(table.name)}
        ddl = str(CreateTable(table).compile(migrated.engine))
        declared = {found[1]: _text(found[2]) for found in re.finditer(r"CONSTRAINT (\w+) CHECK \((.*)\)(?:,|\n)", ddl)}
        assert made == declared, table.name


def test_the_partial_indexes_have_the_same_condition(migrated):
    """Alembic compares an index's columns, not its WHERE: the one active grant per person and
    role, the one open case per leaver."""
    inspector = sa.inspect(migrated.engine)
    dialect = migrated.engine.dialect.name
    for table in SQLModel.metadata.sorted_tables:
        made = {index["name"]: _text(index.get("dialect_options", {}).get(f"{dialect}_where"))
                for index in inspector.get_indexes(table.name)}
        declared = {index.name: _text(index.dialect_options[dialect].get("where")) for index in table.indexes}
        assert made == declared, table.name


def test_a_difference_would_be_found(migrated):
    """The comparison sees what a forgotten migration leaves out."""
    metadata = sa.MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(metadata)
    metadata.tables["person"].append_column(sa.Column("nickname", sa.String(50)))
    with migrated.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert [(change[0], change[3].name) for change in compare_metadata(context, metadata)] == [
            ("add_column", "nickname")]


# --- on a PostgreSQL server ----------------------------------------------------------------------
# The server writes CHECK conditions and partial indexes' WHERE in its own normal form, so the
# migrated database is compared with one the models make themselves (create_all) on the same
# server: both in that form.


@pytest.fixture(scope="module")
def on_the_server(postgres_cluster, schema_template):
    """(engine of a database the migrations made, engine of one the models made), on the server."""
    names = [postgres_cluster.create_database(postgres_cluster.new_name("migrated"), template=schema_template),
             postgres_cluster.create_database(postgres_cluster.new_name("declared"))]
    migrated, declared = (sa.create_engine(postgres_cluster.url(name), poolclass=sa.pool.NullPool) for name in names)
    SQLModel.metadata.create_all(declared)
    yield migrated, declared
    for engine, name in zip((migrated, declared), names):
        engine.dispose()
        postgres_cluster.drop_database(name)


def test_alembic_finds_no_difference_on_the_server(on_the_server):
    migrated, _declared = on_the_server
    with migrated.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                               "compare_server_default": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_the_checks_and_partial_indexes_are_the_same_on_the_server(on_the_server):
    migrated, declared = (sa.inspect(engine) for engine in on_the_server)
    # Not equal by being empty: the server holds the CHECKs and the partial indexes.
    assert migrated.get_check_constraints("account")
    assert any(index.get("dialect_options", {}).get("postgresql_where") for index in migrated.get_indexes("account_role"))
    for table in SQLModel.metadata.sorted_tables:
        checks = [{check["name"]: check["sqltext"] for check in inspector.get_check_constraints(table.name)}
                  for inspector in (migrated, declared)]
        assert checks[0] == checks[1], table.name
        indexes = [{index["name"]: (index["column_names"], index["unique"],
                                    index.get("dialect_options", {}).get("postgresql_where"))
                    for index in inspector.get_indexes(table.name)} for inspector in (migrated, declared)]
        assert indexes[0] == indexes[1], table.name
