"""handover terms may be proposed, not yet agreed

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

A version of an account's handover terms without an agreement date is proposed terms (an import
row that names a disposition but no date): kept, and flagged by the "no handover terms" risk
until terms are agreed. Every existing version has its date and stays agreed.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'


def upgrade() -> None:
    with op.batch_alter_table('handover_terms', schema=None) as batch_op:
        batch_op.alter_column('agreed_on', existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    # Proposed terms have no date to keep: they go, agreed ones stay as they were.
    op.execute("DELETE FROM handover_terms WHERE agreed_on IS NULL")
    with op.batch_alter_table('handover_terms', schema=None) as batch_op:
        batch_op.alter_column('agreed_on', existing_type=sa.Date(), nullable=False)
