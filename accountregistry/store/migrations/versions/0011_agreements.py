"""the holder's agreements, what they covered, and signed scans

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

An agreement records who agreed, when, through which channel, and (agreement_item) for each
account it covered the version of the handover terms and the mandate as they stood. Signed scans
(attachment: PDF, PNG or JPEG up to 20 MB) are kept in the database.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'


def upgrade() -> None:
    op.create_table('agreement',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('holder_agreement', 'handover_confirmation', name='agreement_kind',
                              native_enum=False, create_constraint=True, length=21), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('signed_paper', 'email', 'in_person', name='agreement_channel',
                                 native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=1000), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['offboarding_case.id'], name=op.f('fk_agreement_case_id_offboarding_case'),
                            ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_agreement_person_id_person'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_person_id'), ['person_id'], unique=False)
    op.create_table('agreement_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('terms_version', sa.Integer(), nullable=True),
    sa.Column('mandate', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_agreement_item_account_id_account'),
                            ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_item_agreement_id_agreement'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_item')),
    sa.UniqueConstraint('agreement_id', 'account_id', name=op.f('uq_agreement_item_agreement_id_account_id'))
    )
    with op.batch_alter_table('agreement_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_item_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_item_agreement_id'), ['agreement_id'], unique=False)
    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint("media_type IN ('application/pdf', 'image/png', 'image/jpeg')",
                       name=op.f('ck_attachment_media_type_known')),
    sa.CheckConstraint('size BETWEEN 1 AND 20971520', name=op.f('ck_attachment_size_range')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_attachment_agreement_id_agreement'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_agreement_id'), ['agreement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_agreement_id'))
    op.drop_table('attachment')
    with op.batch_alter_table('agreement_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_item_agreement_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_item_account_id'))
    op.drop_table('agreement_item')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_person_id'))
    op.drop_table('agreement')
