"""Schema 0002: the platforms the recogniser gained are admitted, and every stored key is
derived again with the current rules, without ever merging two accounts by itself.

Proven on the first release's sample organisation (tests/store/fixtures) and on hand-made
registries whose old keys collide under the new rules."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from accountregistry.services.personal_values import is_reference

from accountregistry.domain.platforms import recognise_url
from accountregistry.store.platform_keys import plan
from accountregistry.store.schema import current_revision, head_revision, open_database

FIXTURE = Path(__file__).parent / "fixtures" / "registry_schema_0001.sql"


def registry_0001(path: Path, extra_accounts=()) -> Path:
    """The sample organisation as schema 0001 stored it, plus `extra_accounts` written by that
    schema: (id, platform, presence, handle, url)."""
    with sqlite3.connect(path) as connection:
        connection.executescript(FIXTURE.read_text(encoding="utf-8"))
        for account_id, platform, presence, handle, url in extra_accounts:
            connection.execute(
                "INSERT INTO account (id, platform, presence, handle, url, status, official, two_factor, "
                "has_secret, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'active', 1, 'unknown', 0, "
                "'2026-01-02 10:00:00', '2026-01-02 10:00:00')",
                (account_id, platform, presence, handle, url))
    return path


def accounts(path: Path) -> dict[int, tuple]:
    with sqlite3.connect(path) as connection:
        return {row[0]: row[1:] for row in connection.execute(
            "SELECT id, platform, presence, handle, url, version FROM account")}


def audit(path: Path, action: str) -> dict[int, tuple[dict, dict]]:
    """The events of the step, values as a person reads them: a personal account's handle is its
    holder's own and kept apart by a later step (0005), in personal_value."""
    with sqlite3.connect(path) as connection:
        personal = {token: json.loads(value) for token, value in connection.execute(
            "SELECT token, value FROM personal_value")} if connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'personal_value'").fetchone() else {}

        def shown(values: str) -> dict:
            return {name: personal[value["personal"]] if is_reference(value) else value
                    for name, value in (json.loads(values) or {}).items()}

        return {row[0]: (shown(row[1]), shown(row[2])) for row in connection.execute(
            "SELECT account_id, old_values, new_values FROM audit_event WHERE action = ? AND actor = ?",
            (action, "upgrade to schema 0002"))}


def upgrade(path: Path) -> None:
    db = open_database(path)
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.close()


def test_the_first_releases_registry_upgrades_and_every_key_is_the_current_one(tmp_path):
    path = registry_0001(tmp_path / "old.sqlite3")
    before = accounts(path)
    upgrade(path)
    after = accounts(path)
    assert after.keys() == before.keys()
    for account_id, (platform, presence, handle, url, _version) in after.items():
        found = recognise_url(url)
        assert (found.platform, found.handle) == (platform, handle), account_id
    # What changed is in each account's audit trail, from its old key to its new one.
    for account_id, (old, new) in audit(path, "rekey").items():
        assert (old["platform"], old["handle"]) == before[account_id][0:3:2]
        assert (new["platform"], new["handle"]) == after[account_id][0:3:2]
    assert audit(path, "rekey_refused") == {}
    # Roles, terms and cases still point at their accounts.
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


OLD_KEYS = [
    # instagram.com/_u/NAME was keyed "_u": now "nordlys", which account 901 already is.
    (900, "instagram", "profile", "_u", "https://www.instagram.com/_u/nordlys"),
    (901, "instagram", "profile", "nordlys", "https://www.instagram.com/nordlys"),
    # A profile number: "id:N" becomes "N", free.
    (902, "facebook", "profile", "id:100012345678901", "https://www.facebook.com/profile.php?id=100012345678901"),
    # The same number as a page and as a profile: one account now, so the second is refused.
    (903, "facebook", "page", "100063480311999", "https://www.facebook.com/100063480311999"),
    (904, "facebook", "profile", "id:100063480311999", "https://www.facebook.com/profile.php?id=100063480311999"),
    # An "other" address of a platform the table now knows, with a presence that platform has.
    (905, "other", "page", "reddit.com/r/denmark", "https://reddit.com/r/denmark"),
    # Two old keys for one Telegram channel: both want one new key, neither gets it.
    (906, "other", "page", "t.me/nordlys", "https://t.me/nordlys"),
    (907, "other", "page", "telegram.me/nordlys", "https://telegram.me/Nordlys"),
    # Two accounts passing their keys to each other.
    (908, "x", "profile", "alpha", "https://x.com/beta"),
    (909, "x", "profile", "beta", "https://x.com/alpha"),
    # An address no longer recognised keeps its key.
    (910, "facebook", "page", "media", "https://www.facebook.com/media/set/?set=a.1972049129486802"),
]


def test_colliding_keys_are_listed_and_never_merged(tmp_path):
    path = registry_0001(tmp_path / "old.sqlite3", OLD_KEYS)
    before = accounts(path)
    upgrade(path)
    after = accounts(path)
    key = {i: (row[0], row[2]) for i, row in after.items()}

    assert key[902] == ("facebook", "100012345678901") and after[902][1] == "profile"
    assert key[905] == ("reddit", "r/denmark") and after[905][1] == "group"
    assert (key[908], key[909]) == (("x", "beta"), ("x", "alpha"))
    for unchanged in (900, 901, 903, 904, 906, 907, 910):
        assert after[unchanged] == before[unchanged], unchanged

    refused = audit(path, "rekey_refused")
    assert refused.keys() == {900, 904, 906, 907}
    assert refused[900][1] == {"platform": "instagram", "handle": "nordlys", "collides_with": 901}
    assert refused[904][1]["collides_with"] == 903
    assert (refused[906][1]["collides_with"], refused[907][1]["collides_with"]) == (907, 906)
    assert audit(path, "rekey").keys() >= {902, 905, 908, 909}
    # Changed accounts carry a new version, so an edit begun before the upgrade is refused.
    assert after[902][4] == before[902][4] + 1
    # No two accounts share a key, and the new platforms are admitted.
    assert len(set(key.values())) == len(key)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO account (platform, presence, handle, url, status, official, two_factor, "
                           "has_secret, created_at, updated_at) VALUES ('discord', 'group', 'invite/abc', "
                           "'https://discord.gg/abc', 'active', 1, 'unknown', 0, '2026-12-06', '2026-12-06')")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE account SET platform = 'myspace' WHERE id = 901")


def test_the_plan_settles_chains_of_collisions():
    # 1 wants 2's key, 2 is refused (it wants 3's), so 1 is refused too: nothing moves.
    rows = [(1, "x", "profile", "a", "https://x.com/b"),
            (2, "x", "profile", "b", "https://x.com/c"),
            (3, "x", "profile", "c", "https://x.com/c"),
            (4, "x", "profile", "d", "https://x.com/e")]
    changes, refused = plan(rows)
    assert [c.account_id for c in changes] == [4]
    assert {c.account_id: c.collides_with for c in refused} == {1: 2, 2: 3}


def test_migrate_lists_the_collisions_until_they_are_settled(tmp_path, capsys):
    import accountregistry.cli
    from accountregistry.services.accounts import archive_account, update_account, AccountInput
    from accountregistry.services.key_reviews import key_collisions

    path = registry_0001(tmp_path / "old.sqlite3", OLD_KEYS)
    assert accountregistry.cli.main(["--db", str(path), "migrate"]) == 0
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 4 and all(w.startswith("accountregistry: warning: Account ") for w in warnings)

    db = open_database(path)
    try:
        assert {c.account_id: c.other_id for c in key_collisions(db)} == {900: 901, 904: 903, 906: 907, 907: 906}
        # Settled by a person: 900 corrected to its real address, 904 archived stays listed
        # (archiving keeps its key), so only what changed disappears.
        update_account(db, 900, AccountInput(url="https://www.instagram.com/nordlys.shop"))
        archive_account(db, 904)
        assert {c.account_id for c in key_collisions(db)} == {904, 906, 907}
    finally:
        db.close()
