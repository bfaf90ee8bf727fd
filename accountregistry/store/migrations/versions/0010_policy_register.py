"""the social-media policy register

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Versions of the company's social-media policy (when each takes effect, who approved it), their
texts per area (domain/policy.py, or the company's own areas with a typed heading), and who
acknowledged which version when.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'


def upgrade() -> None:
    op.create_table('policy_version',
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint('length(approved_by) > 0', name=op.f('ck_policy_version_approved_by_not_empty')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_policy_version_version_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_version')),
    sa.UniqueConstraint('version', name=op.f('uq_policy_version_version'))
    )
    op.create_table('policy_text',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('area', sa.String(length=60), nullable=False),
    sa.Column('heading', sa.String(length=200), nullable=True),
    sa.Column('text', sa.String(length=10000), nullable=False),
    sa.CheckConstraint("area != 'own' OR length(coalesce(heading, '')) > 0",
                       name=op.f('ck_policy_text_own_area_has_heading')),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_version.id'],
                            name=op.f('fk_policy_text_policy_version_id_policy_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_text')),
    sa.UniqueConstraint('policy_version_id', 'position', name=op.f('uq_policy_text_policy_version_id_position'))
    )
    with op.batch_alter_table('policy_text', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_text_policy_version_id'), ['policy_version_id'], unique=False)
    op.create_table('policy_acknowledgement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('policy_version_id', sa.Integer(), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_policy_acknowledgement_person_id_person'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['policy_version_id'], ['policy_version.id'],
                            name=op.f('fk_policy_acknowledgement_policy_version_id_policy_version'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_acknowledgement')),
    sa.UniqueConstraint('person_id', 'policy_version_id',
                        name=op.f('uq_policy_acknowledgement_person_id_policy_version_id'))
    )
    with op.batch_alter_table('policy_acknowledgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_acknowledgement_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_acknowledgement_policy_version_id'), ['policy_version_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('policy_acknowledgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_acknowledgement_policy_version_id'))
        batch_op.drop_index(batch_op.f('ix_policy_acknowledgement_person_id'))
    op.drop_table('policy_acknowledgement')
    with op.batch_alter_table('policy_text', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_text_policy_version_id'))
    op.drop_table('policy_text')
    op.drop_table('policy_version')
