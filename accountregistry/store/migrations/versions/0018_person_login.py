"""a person can be linked to a database login

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

A person gains the login they use on a shared server (PostgreSQL's session_user, which the
server writes as the actor of their audit events), so the window can name the person behind a
login. One person per login; everyone in an existing registry is linked to none (NULL).
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('login', sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_person_login'), ['login'])


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_person_login'), type_='unique')
        batch_op.drop_column('login')
