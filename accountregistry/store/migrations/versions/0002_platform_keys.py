"""more platforms, and every account's key derived again

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06

Issue 15. The account.platform CHECK constraint admits the platforms the recogniser gained
(Reddit, Telegram, Discord, GitHub, Twitch, XING, Vimeo, Medium, Substack, WhatsApp, Google
Business Profile). Then every stored key is derived again from its account's address with the
current rules (store/platform_keys.py): keys that change are changed and audited ("rekey");
keys that would then belong to two accounts are left alone and audited ("rekey_refused"), so the
upgrade never merges or overwrites an account by itself.
"""
from typing import Sequence

from alembic import op

from accountregistry.store.platform_keys import rekey_accounts

revision = '0002'
down_revision = '0001'

PLATFORMS_0001 = ('linkedin', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'threads', 'bluesky',
                  'mastodon', 'pinterest', 'snapchat', 'other')
PLATFORMS_0002 = ('linkedin', 'facebook', 'instagram', 'x', 'tiktok', 'youtube', 'threads', 'bluesky',
                  'mastodon', 'pinterest', 'snapchat', 'reddit', 'telegram', 'discord', 'github', 'twitch',
                  'xing', 'vimeo', 'medium', 'substack', 'whatsapp', 'google_business', 'other')


def _platform_known(ids: Sequence[str]) -> str:
    return "platform IN (%s)" % ", ".join(f"'{p}'" for p in ids)


def _replace_platform_check(ids: Sequence[str]) -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_account_platform_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_account_platform_known'), _platform_known(ids))


def upgrade() -> None:
    _replace_platform_check(PLATFORMS_0002)
    rekey_accounts(op.get_bind(), actor="upgrade to schema 0002")


def downgrade() -> None:
    # Keys stay as they are now (the old rules made them wrong); accounts on the new
    # platforms stop the downgrade, since schema 0001 cannot hold them.
    _replace_platform_check(PLATFORMS_0001)
