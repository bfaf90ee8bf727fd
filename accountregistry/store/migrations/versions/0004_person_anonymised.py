"""people can be anonymised

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

A person gains the moment their name, email, title and manager link were replaced by a
pseudonym ("[former employee 123]"); everyone in an existing registry is known by name (NULL).
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')
