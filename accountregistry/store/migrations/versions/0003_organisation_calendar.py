"""organisation calendar and retention; internal moves

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

The organisation's settings gain the country whose public holidays due dates skip, the
company's own closing days, and how long what is kept about people who left is kept.
Existing registries keep counting Monday to Friday (no country) and get the default retention.
An offboarding can be an internal move (the person stays); existing ones are departures.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'


def upgrade() -> None:
    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('holidays_country', sa.Enum('DK', 'SE', 'NO', name='holidays_country',
                                                                  native_enum=False, create_constraint=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('closing_days', sa.String(length=2000), server_default=sa.text("''"), nullable=False))
        batch_op.add_column(sa.Column('retention_months', sa.Integer(), server_default='36', nullable=False))
        batch_op.create_check_constraint(op.f('ck_organisation_settings_retention_months_range'),
                                         'retention_months BETWEEN 1 AND 120')
    with op.batch_alter_table('offboarding_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('internal_move', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('offboarding_case', schema=None) as batch_op:
        batch_op.drop_column('internal_move')
    with op.batch_alter_table('organisation_settings', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_organisation_settings_retention_months_range'), type_='check')
        batch_op.drop_column('retention_months')
        batch_op.drop_column('closing_days')
        batch_op.drop_column('holidays_country')
