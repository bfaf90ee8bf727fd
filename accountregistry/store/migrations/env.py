"""Alembic environment: the program passes its own open connection; no alembic.ini is needed."""

from alembic import context

from accountregistry.store.models import SQLModel

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=True,
    # Each step and its version bump commit together, so an interrupted upgrade leaves the
    # database at the last finished step (and the backup beside it).
    transaction_per_migration=True,
    transactional_ddl=True,
    compare_type=True,
)



def run() -> None:
    with context.begin_transaction():
        context.run_migrations()


def run_without_foreign_key_enforcement() -> None:
    """SQLite changes a table's constraints by copying the table (batch mode); with foreign keys
    enforced, dropping the original fails as soon as other rows refer to it. Alembic's advice:
    enforcement off while migrating (PRAGMA foreign_keys only changes outside a transaction,
    hence on the driver's connection before any step begins), then every reference checked
    before it is back on."""
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        run()
        broken = raw.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"a migration left rows referring to nothing: {broken[:5]}")
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


if connection.dialect.name == "sqlite" and not connection.in_transaction():
    run_without_foreign_key_enforcement()
else:
    run()
