"""pseudonyms stored without words

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

An anonymised person's name was stored as English text ("[former employee 123]") and read so in
every language. It becomes a marker without words ("[#123]", domain/pseudonyms.py), read as
"[former employee 123]" in the reader's language; likewise handover terms that named the person
as the company's signatory. The audit trail holds no pseudonym (it looks names up by id).
"""
import re

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'

ENGLISH = re.compile(r"\[former employee (\d+)\]")
MARKER = re.compile(r"\[#(\d+)\]")


def _rewrite(table: str, column: str, pattern: re.Pattern, replacement: str) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, {column} FROM {table} WHERE {column} LIKE :start"),
                              {"start": "[%]"}).all()
    for row_id, value in rows:
        found = pattern.fullmatch(value or "")
        if found:
            connection.execute(sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                               {"value": replacement.format(found.group(1)), "id": row_id})


def upgrade() -> None:
    _rewrite("person", "name", ENGLISH, "[#{}]")
    _rewrite("handover_terms", "agreed_by_company", ENGLISH, "[#{}]")


def downgrade() -> None:
    _rewrite("person", "name", MARKER, "[former employee {}]")
    _rewrite("handover_terms", "agreed_by_company", MARKER, "[former employee {}]")
