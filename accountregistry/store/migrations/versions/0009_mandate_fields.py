"""the mandate as fields, and a review's flag for change kept open

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

An employee-role or ambassador account's mandate gets fields of its own besides its topics
(`mandate`): answer within how many hours and whether also outside working hours, expected
frequency, audience, working time per week and the escalation contact (a person). A review's
"Flag for change" is kept on the account (when, and what needs changing) until someone resolves it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'

def upgrade() -> None:
    # Batch mode: SQLite adds a foreign key and CHECKs only to a copy of the table (env.py turns
    # foreign key enforcement off while migrating); PostgreSQL alters it in place.
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('response_hours', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('outside_working_hours', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
        batch_op.add_column(sa.Column('frequency', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('audience', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('weekly_hours', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('escalation_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('change_flagged_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('change_flag_note', sa.String(length=1000), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_account_escalation_id_person'), 'person', ['escalation_id'],
                                    ['id'], ondelete='SET NULL')
        batch_op.create_check_constraint(
            batch_op.f('ck_account_response_hours_range'),
            'response_hours IS NULL OR response_hours BETWEEN 1 AND 720')
        batch_op.create_check_constraint(
            batch_op.f('ck_account_weekly_hours_range'), 'weekly_hours IS NULL OR weekly_hours BETWEEN 0 AND 40')


def downgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_account_weekly_hours_range'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_account_response_hours_range'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_account_escalation_id_person'), type_='foreignkey')
        for name in ('change_flag_note', 'change_flagged_on', 'escalation_id', 'weekly_hours', 'audience',
                     'frequency', 'outside_working_hours', 'response_hours'):
            batch_op.drop_column(name)
