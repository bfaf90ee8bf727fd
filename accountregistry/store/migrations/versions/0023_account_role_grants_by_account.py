"""an account's grants found through one index that holds what the risks read of them

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07

ix_account_role_account_id (account_id) gives way to ix_account_role_account (account_id,
revoked_on, person_id, role): the same look-ups by account, and the risk facts (who controls
the account among its active grants, its last revocation) read from the index alone, without a
look-up of each grant's row. Still one index per grant written.
"""
from alembic import op


revision = '0023'
down_revision = '0022'


def upgrade() -> None:
    with op.batch_alter_table('account_role', schema=None) as batch_op:
        batch_op.create_index('ix_account_role_account', ['account_id', 'revoked_on', 'person_id', 'role'], unique=False)
        batch_op.drop_index('ix_account_role_account_id')


def downgrade() -> None:
    with op.batch_alter_table('account_role', schema=None) as batch_op:
        batch_op.create_index('ix_account_role_account_id', ['account_id'], unique=False)
        batch_op.drop_index('ix_account_role_account')
