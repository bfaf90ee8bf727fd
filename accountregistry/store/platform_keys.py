"""Every account's key, derived again with the recogniser's current rules: for migrations.

When the recogniser learns a shape (instagram.com/_u/NAME was keyed "_u") or learns that two
keys are one account (facebook.com/NNN and profile.php?id=NNN), the keys already stored must
follow, or an import would update the wrong account. An account's key is derived from the
address stored with it (what the user gave; its stored handle only when that address is no
longer recognised) and changed when it differs, unless the new key is, or would be, another
account's: then both are left as they are, listed, and recorded in the account's audit trail,
because only a person can tell whether they are one account. Nothing is merged or deleted.

Plain SQL on the migration's connection, so it works on any schema version that has the
account and audit_event tables as schema 0001 made them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

import sqlalchemy as sa

from accountregistry.domain import platforms

Key = tuple[str, str]  # (platform, handle)


@dataclass(frozen=True)
class KeyChange:
    """One account whose key the current rules derive differently."""

    account_id: int
    old: Key
    new: Key
    presence: str
    collides_with: int | None = None  # the other account, when the change was refused


def derived(platform: str, presence: str, handle: str, url: str | None) -> tuple[Key, str] | None:
    """(key, presence) under the current rules, or None when neither address nor handle is
    recognised any more (the account keeps what it has)."""
    try:
        found = platforms.recognise_url(url or "")
    except platforms.AddressRefused:
        found = None
    if found is not None:
        kinds = platforms.presences_of(found.platform, found.handle)
        return (found.platform, found.handle), presence if presence in kinds else found.presence
    try:
        return (platform, platforms.normalise_handle(platform, presence, handle)), presence
    except platforms.AddressRefused:
        return None


def plan(rows) -> tuple[list[KeyChange], list[KeyChange]]:
    """(changes to make, changes refused because two accounts would share a key) for rows of
    (id, platform, presence, handle, url)."""
    current: dict[int, Key] = {}
    wanted: dict[int, tuple[Key, str]] = {}
    for account_id, platform, presence, handle, url in rows:
        current[account_id] = (platform, handle)
        found = derived(platform, presence, handle, url)
        if found is not None and found[0] != (platform, handle):
            wanted[account_id] = found
    blocked, final = _blocked(current, wanted)
    claims: dict[Key, list[int]] = defaultdict(list)
    for account_id in current:
        claims[final[account_id]].append(account_id)
    for account_id in blocked:
        claims[wanted[account_id][0]].append(account_id)
    changes, refused = [], []
    for account_id in sorted(wanted):
        key, presence = wanted[account_id]
        if account_id in blocked:
            other = min(i for i in claims[key] if i != account_id)
            refused.append(KeyChange(account_id, current[account_id], key, presence, other))
        else:
            changes.append(KeyChange(account_id, current[account_id], key, presence))
    return changes, refused


def _blocked(current: dict[int, Key], wanted: dict[int, tuple[Key, str]]) -> tuple[set[int], dict[int, Key]]:
    """The accounts whose change must be refused, and every account's key after the others
    change: refusing one change can make another collide with the key it keeps, so until no
    key is held twice."""
    blocked: set[int] = set()
    while True:
        final = {i: wanted[i][0] if i in wanted and i not in blocked else key for i, key in current.items()}
        holders: dict[Key, list[int]] = defaultdict(list)
        for account_id, key in final.items():
            holders[key].append(account_id)
        newly = {i for ids in holders.values() if len(ids) > 1 for i in ids if i in wanted and i not in blocked}
        if not newly:
            return blocked, final
        blocked |= newly


_AUDIT = sa.text("INSERT INTO audit_event (at, actor, entity, entity_id, action, account_id, old_values, "
                 "new_values) VALUES (:at, :actor, 'account', :id, :action, :id, :old, :new)")


def rekey_accounts(connection: sa.Connection, *, actor: str) -> tuple[list[KeyChange], list[KeyChange]]:
    """Apply the current rules to every stored key on `connection` (inside the caller's
    transaction); returns (changed, refused) and records each in the audit trail."""
    rows = connection.execute(sa.text("SELECT id, platform, presence, handle, url FROM account")).all()
    changes, refused = plan(rows)
    now = datetime.now(timezone.utc)
    # Two steps, so that keys passed from one account to another never meet the unique constraint.
    for change in changes:
        connection.execute(sa.text("UPDATE account SET handle = :temporary WHERE id = :id"),
                           {"temporary": f"~rekey~{change.account_id}", "id": change.account_id})
    for change in changes:
        connection.execute(
            sa.text("UPDATE account SET platform = :platform, presence = :presence, handle = :handle, "
                    "updated_at = :now, version = version + 1 WHERE id = :id"),
            {"platform": change.new[0], "handle": change.new[1], "presence": change.presence, "now": now,
             "id": change.account_id})
    for action, items in (("rekey", changes), ("rekey_refused", refused)):
        for change in items:
            new = {"platform": change.new[0], "handle": change.new[1]}
            if change.collides_with is not None:
                new["collides_with"] = change.collides_with
            connection.execute(_AUDIT, {"at": now, "actor": actor, "id": change.account_id, "action": action,
                                        "old": json.dumps({"platform": change.old[0], "handle": change.old[1]}),
                                        "new": json.dumps(new)})
    return changes, refused
