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

with context.begin_transaction():
    context.run_migrations()
