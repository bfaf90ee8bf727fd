"""each registry has an id of its own

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06

The organisation's settings gain registry_id, a random UUID given once (here, or when a new
registry is made) and never changed: the keyring keeps each registry's stored logins under it,
so two registries on one computer never share or overwrite an entry (services/credentials.py).
A registry moved to a server with `copy` keeps its id, and with it its stored logins.
"""
from uuid import uuid4

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'


def upgrade() -> None:
    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registry_id', sa.String(length=36), nullable=True))
    op.execute(sa.text("UPDATE organisation_settings SET registry_id = :id").bindparams(id=str(uuid4())))


def downgrade() -> None:
    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.drop_column('registry_id')
