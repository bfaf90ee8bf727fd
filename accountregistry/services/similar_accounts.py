"""Accounts that may be the one being registered, under its other name.

One account can have two keys when the platform gives it two names: a vanity name and its
number (facebook.com/acme and facebook.com/100063480311999, linkedin.com/company/acme and
.../company/1234567), a YouTube handle and its channel id, an invitation and a server id. Nothing
offline can tell that two such keys are one account, so registering never refuses one; it
warns when an account on the same platform has the same display name, or the same long number
in its key or address. The warning is a sentence with a code, like a refusal, but it blocks
nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, or_
from sqlmodel import Session, select

from accountregistry.domain import messages, platforms
from accountregistry.store.database import Database
from accountregistry.store.models import Account

# Numbers this long are ids (a page, a group, a server), not part of a name.
_ID_NUMBER = re.compile(r"[0-9]{6,}")
LIMIT = 5


@dataclass(frozen=True)
class SimilarAccount:
    """An account that may be the same as the one being registered, and why."""

    account_id: int
    platform: str
    handle: str
    display_name: str | None
    code: str  # "similar_display_name" or "similar_number"
    number: str | None = None

    def sentence(self) -> str:
        return messages.sentence(self.code, {
            "platform": platforms.platform(self.platform).name, "handle": self.handle,
            "display_name": self.display_name or "", "number": self.number or "", "id": self.account_id})


def _numbers(*texts: str | None) -> list[str]:
    return sorted({n for text in texts if text for n in _ID_NUMBER.findall(text)})


def similar_in(session: Session, *, platform: str, handle: str, url: str | None = None,
               display_name: str | None = None, exclude_id: int | None = None) -> list[SimilarAccount]:
    """Accounts on `platform`, other than (platform, handle) itself, that may be the same account."""
    name = (display_name or "").strip()
    numbers = _numbers(handle, url)
    conditions = []
    if name:
        conditions.append(func.lower(Account.display_name) == func.lower(name))
    for number in numbers:
        conditions += [Account.handle.contains(number), Account.url.contains(number)]
    if not conditions:
        return []
    statement = (select(Account.id, Account.platform, Account.handle, Account.url, Account.display_name)
                 .where(Account.platform == platform, Account.handle != handle, or_(*conditions))
                 .order_by(Account.id).limit(LIMIT))
    if exclude_id is not None:
        statement = statement.where(Account.id != exclude_id)
    found = []
    for account_id, platform_id, other_handle, other_url, other_name in session.exec(statement):
        shared = next((n for n in numbers if n in other_handle or n in (other_url or "")), None)
        code = "similar_number" if shared else "similar_display_name"
        found.append(SimilarAccount(account_id, platform_id, other_handle, other_name, code, shared))
    return found


def similar_accounts(db: Database, *, platform: str, handle: str, url: str | None = None,
                     display_name: str | None = None, exclude_id: int | None = None) -> list[SimilarAccount]:
    with db.reading() as session:
        return similar_in(session, platform=platform, handle=handle, url=url, display_name=display_name,
                          exclude_id=exclude_id)
