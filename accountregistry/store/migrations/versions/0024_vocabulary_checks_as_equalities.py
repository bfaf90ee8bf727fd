"""every vocabulary's CHECK written as equalities joined by OR, not as IN (...)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-08

Issue 13. SQLite (3.40) evaluates a CHECK's IN-list of 3 or more values through a temporary table
that it empties and fills again for every row written: ~40 % of the instructions of an import's
writing. The same rule written `x = 'a' OR x = 'b' OR ...` (store/models.py one_of) costs next to
nothing. Same constraints, names, values and rows: SQLite copies each table (batch mode),
PostgreSQL replaces each constraint.
"""
from typing import Callable, Sequence

from alembic import op


revision = '0024'
down_revision = '0023'

# The vocabularies as at 0023: {table: {constraint name after "ck_<table>_": (column, values)}}.
CHECKS = {
    'organisation_settings': {'holidays_country': ('holidays_country', ('DK', 'SE', 'NO'))},
    'person': {'employment_status': ('employment_status', ('employed', 'leaving', 'left', 'external'))},
    'account': {
        'presence': ('presence', ('profile', 'page', 'group', 'channel')),
        'kind': ('kind', ('company', 'employee_role', 'personal')),
        'account_status': ('status', ('active', 'dormant', 'archived', 'closed')),
        'two_factor': ('two_factor', ('unknown', 'none', 'authenticator_app', 'security_key', 'passkey', 'sms',
                                      'email')),
        'platform_known': ('platform', ('linkedin', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'threads',
                                        'bluesky', 'mastodon', 'pinterest', 'snapchat', 'reddit', 'telegram',
                                        'discord', 'github', 'twitch', 'xing', 'vimeo', 'medium', 'substack',
                                        'whatsapp', 'google_business', 'other')),
    },
    'account_role': {'role': ('role', ('owner', 'admin', 'editor', 'moderator', 'analyst'))},
    'handover_terms': {'disposition': ('disposition', ('transfer_to_successor', 'transfer_to_company',
                                                       'holder_keeps', 'archive', 'close'))},
    'offboarding_case': {'case_status': ('status', ('open', 'closed', 'cancelled'))},
    'checklist_item': {'item_status': ('status', ('open', 'done', 'waived'))},
    'agreement': {'agreement_kind': ('kind', ('holder_agreement', 'handover_confirmation')),
                  'agreement_channel': ('channel', ('signed_paper', 'email', 'in_person'))},
}


def _equalities(column: str, values: Sequence[str]) -> str:
    return " OR ".join(f"{column} = '{value}'" for value in values)


def _in_list(column: str, values: Sequence[str]) -> str:
    return "%s IN (%s)" % (column, ", ".join(f"'{value}'" for value in values))


def _write_checks(condition: Callable[[str, Sequence[str]], str]) -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, (column, values) in checks.items():
                batch_op.drop_constraint(op.f(f'ck_{table}_{name}'), type_='check')
                batch_op.create_check_constraint(op.f(f'ck_{table}_{name}'), condition(column, values))


def upgrade() -> None:
    _write_checks(_equalities)


def downgrade() -> None:
    _write_checks(_in_list)
