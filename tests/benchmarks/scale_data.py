"""Deterministic synthetic registry data at scale, for benchmarks.

`generate()` returns people, accounts and role grants as lists of dicts keyed by column, ready
for `accountregistry.store.bulk.insert_rows`. Ids are explicit (1..n per table) so that
references (holder, manager, account) hold in any fresh database; the same seed gives the same
data on every machine. Columns that have a default or are mostly NULL are only present where a
row has a value, as an import would pass them. Handles and URLs are what
`accountregistry.domain.platforms` itself computes, so importing an export of this data or
re-recognising its URLs sees valid, unique accounts.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from typing import Any, NamedTuple

from accountregistry.domain.platforms import PLATFORM_IDS, canonical_url, normalise_handle, platform

PEOPLE = 20_000
ACCOUNTS = 100_000
ROLES = 300_000
SEED = 20261121

FIRST_NAMES = ("anna", "bo", "carla", "dan", "eva", "frej", "gry", "hans", "ida", "jon", "karen", "lars",
               "mette", "niels", "olga", "per", "rikke", "soren", "tine", "ulla", "viggo", "yasmin")
LAST_NAMES = ("andersen", "berg", "christensen", "dahl", "eriksen", "frost", "holm", "jensen", "kjaer",
              "larsen", "madsen", "nielsen", "olsen", "poulsen", "rasmussen", "skov", "thomsen", "vestergaard")
DEPARTMENTS = ("Communications", "Marketing", "Sales", "HR", "IT", "Finance", "Research", "Support",
               "Legal", "Operations", "Product", "Management")
TITLES = ("Consultant", "Specialist", "Manager", "Director", "Coordinator", "Analyst", "Engineer", "Assistant")
BRANDS = ("acme", "nordic", "fjord", "polar", "beacon", "summit", "harbor", "aurora")
GRANTERS = ("it-admin", "comms-lead", "hr-partner", "registry-import")
ROLE_VALUES = ("owner", "admin", "editor", "moderator", "analyst")
TWO_FACTOR = ("unknown", "none", "authenticator_app", "security_key", "passkey", "sms", "email")
DOMAIN = "example.com"
EPOCH = date(2018, 1, 1)  # every date is EPOCH + days, never relative to today
SPAN_DAYS = 2500


class ScaleData(NamedTuple):
    people: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    roles: list[dict[str, Any]]


def _typed_name(platform_id: str, presence: str, word: str, n: int) -> str:
    """A name the platform accepts for this presence, unique by n (what a user would type)."""
    if platform_id == "linkedin":
        return {"profile": f"in/{word}-{n}", "page": f"{word}-{n}", "group": f"groups/{n}"}[presence]
    if platform_id == "facebook":
        return {"profile": f"id:{1000000 + n}", "page": f"{word}.{n}", "group": f"groups/{word}{n}"}[presence]
    if platform_id == "youtube":
        return f"@{word}{n}"
    if platform_id == "bluesky":
        return f"{word}{n}.bsky.social"
    if platform_id == "mastodon":
        return f"{word}{n}@mastodon.social"
    if platform_id == "other":
        return f"https://{word}{n}.example/news"
    # Numeric ids and invitation codes (x communities, Discord users, phone numbers, Google
    # places, WhatsApp channels and groups): digits, or letters and digits, of their own lengths.
    numbered = {("x", "group"): f"communities/{1493446837214187523 + n}",
                ("discord", "profile"): f"users/{80351110224678912 + n}",
                ("whatsapp", "profile"): f"45{n:08d}", ("google_business", "page"): f"cid:{12345678901234567890 + n}",
                ("whatsapp", "channel"): f"channel/0029Va{word}{n:08d}", ("whatsapp", "group"): f"group/{word}{n:08d}"}
    if (platform_id, presence) in numbered:
        return numbered[platform_id, presence]
    return f"{word}{n}"  # instagram, x, tiktok, threads, pinterest, snapchat: short letters+digits


def generate(people: int = PEOPLE, accounts: int = ACCOUNTS, roles: int = ROLES, *,
             seed: int = SEED) -> ScaleData:
    rng = random.Random(seed)
    day = [EPOCH + timedelta(days=d) for d in range(SPAN_DAYS + 1)]

    person_rows: list[dict[str, Any]] = []
    emails: list[str] = []
    first_names: list[str] = []
    for pid in range(1, people + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first}.{last}.{pid}@{DOMAIN}"
        row: dict[str, Any] = {
            "id": pid,
            "name": f"{first.capitalize()} {last.capitalize()}",
            "work_email": email,
            "department": rng.choice(DEPARTMENTS),
            "title": rng.choice(TITLES),
        }
        if pid > 1:
            # Managers come first, so a self-reference always points at an inserted row.
            row["manager_id"] = rng.randint(1, min(pid - 1, max(1, people // 20)))
        draw = rng.random()
        if draw < 0.05:
            row["employment_status"] = "left"
            row["last_working_day"] = rng.choice(day)
        elif draw < 0.08:
            row["employment_status"] = "leaving"
            row["last_working_day"] = rng.choice(day)
        elif draw < 0.10:
            row["employment_status"] = "external"
        person_rows.append(row)
        emails.append(email)
        first_names.append(first)

    platforms = [(pid, platform(pid).presences) for pid in PLATFORM_IDS]
    secret_at = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
    account_rows: list[dict[str, Any]] = []
    holders: list[int | None] = []
    for aid in range(1, accounts + 1):
        platform_id, presences = platforms[rng.randrange(len(platforms))]
        draw = rng.random()
        kind = "company" if draw < 0.35 else "employee_role" if draw < 0.65 else "personal"
        # Personal accounts are people's own profiles wherever the platform has profiles.
        presence = "profile" if kind == "personal" and "profile" in presences else rng.choice(presences)
        holder = None if kind == "company" and rng.random() < 0.3 else rng.randint(1, people)
        word = first_names[holder - 1][:6] if kind == "personal" and holder else rng.choice(BRANDS)
        handle = normalise_handle(platform_id, presence, _typed_name(platform_id, presence, word, aid))
        row = {
            "id": aid,
            "platform": platform_id,
            "presence": presence,
            "handle": handle,
            "url": canonical_url(platform_id, presence, handle),
            "display_name": f"{word.capitalize()} {aid}",
            "kind": kind,
            "holder_id": holder,
            "two_factor": rng.choice(TWO_FACTOR),
            "last_reviewed_on": rng.choice(day) if rng.random() < 0.7 else None,
        }
        if kind == "personal":
            row["ambassador"] = True
        else:
            row["responsible_unit"] = rng.choice(DEPARTMENTS)
            row["login_email"] = emails[holder - 1] if holder else f"social@{DOMAIN}"
        if rng.random() < 0.05:
            row["status"] = rng.choice(("dormant", "archived", "closed"))
        if presence != "profile" and rng.random() < 0.03:
            row["official"] = False
        if rng.random() < 0.25:
            row["has_secret"] = True
            row["secret_updated_at"] = secret_at + timedelta(minutes=aid)
            row["secret_updated_by"] = rng.choice(GRANTERS)
        if rng.random() < 0.1:
            row["review_interval_months"] = rng.choice((3, 6, 12))
        account_rows.append(row)
        holders.append(holder)

    role_rows: list[dict[str, Any]] = []
    per_account, extra = divmod(roles, accounts) if accounts else (0, 0)
    for aid in range(1, accounts + 1):
        active: set[tuple[int, str]] = set()
        holder = holders[aid - 1]
        for n in range(per_account + (1 if aid <= extra else 0)):
            person = holder if n == 0 and holder else rng.randint(1, people)
            role = "owner" if n == 0 else rng.choice(ROLE_VALUES)
            granted = rng.randrange(SPAN_DAYS - 400)
            row = {"id": len(role_rows) + 1, "account_id": aid, "person_id": person, "role": role,
                   "granted_on": day[granted], "granted_by": rng.choice(GRANTERS)}
            # At most one active grant per (account, person, role): a repeat is a past grant.
            if (person, role) in active or rng.random() < 0.1:
                row["revoked_on"] = day[granted + rng.randrange(400)]
                row["revoked_by"] = rng.choice(GRANTERS)
                row["reason"] = "left the team"
            else:
                active.add((person, role))
            role_rows.append(row)
    return ScaleData(person_rows, account_rows, role_rows)


def build_registry(path, accounts: int = ACCOUNTS):
    """A registry file at `path` holding `accounts` accounts, a fifth as many people and three
    times as many role grants (the designed proportions: 100,000 / 20,000 / 300,000)."""
    from accountregistry.store.bulk import insert_rows
    from accountregistry.store.models import Account, AccountRole, Person
    from accountregistry.store.schema import open_database

    data = generate(people=max(accounts // 5, 1), accounts=accounts, roles=accounts * 3)
    db = open_database(path)
    try:
        with db.transaction() as session:
            for model, rows in zip((Person, Account, AccountRole), data):
                insert_rows(session, model, rows)
    finally:
        db.close()
    return data
