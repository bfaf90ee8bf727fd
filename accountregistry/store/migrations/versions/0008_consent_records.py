"""ambassador consent records

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08

A holder's consent to ambassador work on their own profile becomes a record of its own
(consent_record): given on, what the company may ask, who asked, withdrawn on and why, with a
new record for each new consent. The account keeps only whether it is listed for ambassador
work. The dates the first release kept on the account move into one record per account (its
scope unknown, so none is recorded), and an account with a consent date stays listed.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'


def upgrade() -> None:
    op.create_table('consent_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('share_company_posts', sa.Boolean(), nullable=False),
    sa.Column('name_employer', sa.Boolean(), nullable=False),
    sa.Column('social_selling', sa.Boolean(), nullable=False),
    sa.Column('asked_by_id', sa.Integer(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawal_note', sa.String(length=1000), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint('given_on IS NOT NULL OR withdrawn_on IS NOT NULL', name=op.f('ck_consent_record_given_or_withdrawn')),
    sa.CheckConstraint('withdrawn_on IS NULL OR given_on IS NULL OR withdrawn_on >= given_on', name=op.f('ck_consent_record_withdrawn_after_given')),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_consent_record_account_id_account'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['asked_by_id'], ['person.id'], name=op.f('fk_consent_record_asked_by_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_record_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_record'))
    )
    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_record_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_record_person_id'), ['person_id'], unique=False)
        batch_op.create_index('uq_consent_record_open', ['account_id'], unique=True,
                              sqlite_where=sa.text('withdrawn_on IS NULL'),
                              postgresql_where=sa.text('withdrawn_on IS NULL'))

    op.add_column('account', sa.Column('ambassador', sa.Boolean(), server_default=sa.false(), nullable=False))

    # The first release's dates, one record per account; a withdrawal dated before the consent
    # (which that release refused, but a script may have written) counts from the consent's day.
    op.execute(
        "INSERT INTO consent_record (account_id, person_id, given_on, share_company_posts, name_employer, "
        "social_selling, withdrawn_on, recorded_at, recorded_by) "
        "SELECT id, holder_id, consent_given_on, FALSE, FALSE, FALSE, "
        "CASE WHEN consent_withdrawn_on < consent_given_on THEN consent_given_on ELSE consent_withdrawn_on END, "
        "CURRENT_TIMESTAMP, 'upgrade to schema 0008' FROM account "
        "WHERE consent_given_on IS NOT NULL OR consent_withdrawn_on IS NOT NULL ORDER BY id")
    op.execute("UPDATE account SET ambassador = TRUE WHERE consent_given_on IS NOT NULL")

    # ALTER TABLE … DROP COLUMN (SQLite 3.35 and later) rather than batch mode's copy of the
    # table, which other tables' foreign keys would refuse.
    op.drop_column('account', 'consent_withdrawn_on')
    op.drop_column('account', 'consent_given_on')


def downgrade() -> None:
    op.add_column('account', sa.Column('consent_given_on', sa.Date(), nullable=True))
    op.add_column('account', sa.Column('consent_withdrawn_on', sa.Date(), nullable=True))
    op.execute("UPDATE account SET consent_given_on = (SELECT given_on FROM consent_record c "
               "WHERE c.account_id = account.id ORDER BY c.id DESC LIMIT 1), "
               "consent_withdrawn_on = (SELECT withdrawn_on FROM consent_record c "
               "WHERE c.account_id = account.id ORDER BY c.id DESC LIMIT 1)")
    op.drop_column('account', 'ambassador')
    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.drop_index('uq_consent_record_open')
        batch_op.drop_index(batch_op.f('ix_consent_record_person_id'))
        batch_op.drop_index(batch_op.f('ix_consent_record_account_id'))
    op.drop_table('consent_record')
