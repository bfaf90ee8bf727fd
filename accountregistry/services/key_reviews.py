"""Accounts an upgrade could not give their new key, because another account has (or also wanted)
it (store/platform_keys.py): they may be one account registered twice. Listed until a person
settles them, by archiving one of the two or changing an address."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from accountregistry.domain import messages, platforms
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AuditEvent


@dataclass(frozen=True)
class KeyCollision:
    """`account_id` would be `platform`/`handle` under the current rules, which `other_id` holds
    or also wanted."""

    account_id: int
    handle: str
    platform: str
    new_handle: str
    other_id: int

    def sentence(self) -> str:
        return messages.sentence("key_collision", {
            "id": self.account_id, "platform": platforms.platform(self.platform).name, "handle": self.handle,
            "new_handle": self.new_handle, "other_id": self.other_id})


def key_collisions(db: Database) -> list[KeyCollision]:
    """The refusals recorded by upgrades whose account still has the key it had then."""
    found: dict[int, KeyCollision] = {}
    with db.reading() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "rekey_refused")
                              .order_by(AuditEvent.id))
        for event in events:
            account = session.get(Account, event.account_id)
            old, new = event.old_values or {}, event.new_values or {}
            if account is None or (account.platform, account.handle) != (old.get("platform"), old.get("handle")):
                found.pop(event.account_id, None)
                continue
            found[event.account_id] = KeyCollision(account.id, account.handle, new["platform"], new["handle"],
                                                   new["collides_with"])
    return list(found.values())
