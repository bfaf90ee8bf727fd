"""a signed scan's bytes can be removed

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

A signed scan shows its signer's name and signature: anonymising the person removes the bytes
(and the file name) of the scans of their agreements; the attachment row stays, saying when it
was removed (removed_at), with its media type, size and SHA-256. Content and removed_at: one
or the other (a check).
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0019'


def upgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.alter_column('content', existing_type=sa.LargeBinary(), nullable=True)
        batch_op.add_column(sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_check_constraint(batch_op.f('ck_attachment_content_or_removed'),
                                         '(content IS NULL) = (removed_at IS NOT NULL)')


def downgrade() -> None:
    # A removed scan cannot come back: the rows stay, as empty one-byte files would be worse.
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_attachment_content_or_removed'), type_='check')
        batch_op.drop_column('removed_at')
