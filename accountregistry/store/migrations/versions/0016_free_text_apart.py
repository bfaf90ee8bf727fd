"""free text in the audit trail kept apart

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

Notes and reasons may name anyone, so the trail keeps them apart from its events too, in
personal_value without an owner (person_id NULL); anonymising a person then replaces their name
and email there (services/personal_values.py). Events recorded before this step keep their free
text in place.
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'


def upgrade() -> None:
    with op.batch_alter_table('personal_value', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM personal_value WHERE person_id IS NULL")
    with op.batch_alter_table('personal_value', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=False)
