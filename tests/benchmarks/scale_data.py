"""Deterministic synthetic registry data at scale, for benchmarks.

`generate()` returns people, accounts and role grants as lists of dicts keyed by column, ready
for `accountregistry.store.bulk.insert_rows`. Ids are explicit (1..n per table) so that
references (holder, manager, account) hold in any fresh database; the same seed gives the same
data on every machine. Columns that have a default or are mostly NULL are only present where a
row has a value, as an import would pass them. Handles and URLs are what
`accountregistry.domain.platforms` itself computes, so importing an export of this data or
re-recognising its URLs sees valid, unique accounts.

`records()` adds what the registry keeps about those accounts and people, in the proportions a
company that uses the registry would have: handover terms (some proposed, some in a second
version, some not agreed by the holder), the holders' signed agreements (some covering an older
version of the terms), ambassador consent (in force, never given, withdrawn and taken off the
list, withdrawn but still listed), two versions of the social-media policy and who acknowledged
each, open review flags, and personal groups someone built for the company. Every risk rule of
`accountregistry.domain.risks` finds accounts to flag in it. `insert_all()` loads both.
"""

from __future__ import annotations

import random
import sqlite3
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


class Records(NamedTuple):
    """Rows of the tables besides people, accounts and role grants, in an order that inserts
    (a row only refers to rows of earlier fields); field names are the models' names."""

    HandoverTerms: list[dict[str, Any]]
    ConsentRecord: list[dict[str, Any]]
    PolicyVersion: list[dict[str, Any]]
    PolicyText: list[dict[str, Any]]
    PolicyAcknowledgement: list[dict[str, Any]]
    Agreement: list[dict[str, Any]]
    AgreementItem: list[dict[str, Any]]


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


# Shares among the accounts (or people) a rule is about; each draw is one account's (person's).
TERMS_SHARE = 0.75  # company and employee-role accounts with agreed handover terms
PROPOSED_TERMS_SHARE = 0.05  # ... with terms only proposed (not yet agreed: not counted as terms)
SECOND_VERSION_SHARE = 0.15  # terms changed once since first agreed
PERSONAL_TERMS_SHARE = 0.2  # personal accounts whose terms say the holder keeps them
HOLDER_AGREED_SHARE = 0.7  # employee-role terms marked agreed by the holder
SIGNED_SHARE = 0.5  # holders who signed an agreement covering their accounts
CONSENT_DRAWS = (("in_force", 0.65), ("withdrawn_off_list", 0.13), ("withdrawn_listed", 0.05),
                 ("never_given", 0.17))  # personal profiles listed for ambassador work
CHANGE_FLAG_SHARE = 0.02
COMPANY_GROUP_SHARE = 0.1  # groups someone built for the company but recorded as their own
POLICY_VERSIONS = ((date(2022, 3, 1), 0.85), (date(2024, 9, 1), 0.7))  # (effective, share acknowledged)
DISPOSITIONS = {"company": (("transfer_to_company", 0.7), ("transfer_to_successor", 0.1), ("archive", 0.15),
                            ("close", 0.05)),
                "employee_role": (("transfer_to_successor", 0.5), ("transfer_to_company", 0.3), ("archive", 0.2))}


def _pick(rng: random.Random, shares) -> str:
    draw, total = rng.random(), 0.0
    for value, share in shares:
        total += share
        if draw < total:
            return value
    return shares[-1][0]


def _company_groups(rng: random.Random, accounts: list[dict[str, Any]], people: int) -> None:
    """Seed 001: some groups were built for the company on someone's own profile, unofficially."""
    for row in accounts:
        if row["presence"] == "group" and rng.random() < COMPANY_GROUP_SHARE:
            row.update(kind="personal", official=False, holder_id=row["holder_id"] or rng.randint(1, people))
            row.pop("ambassador", None)


def _terms(rng: random.Random, accounts, day, people: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for row in accounts:
        kind = row["kind"]
        if kind == "personal":
            if rng.random() >= PERSONAL_TERMS_SHARE and row.get("official", True):
                continue
            disposition, agreed = "holder_keeps", True
        elif kind in DISPOSITIONS and row.get("official", True):
            draw = rng.random()
            if draw >= TERMS_SHARE + PROPOSED_TERMS_SHARE:
                continue
            disposition = _pick(rng, DISPOSITIONS[kind])
            agreed = draw < TERMS_SHARE
        else:
            continue  # unknown kind, or unofficial and undecided
        versions = 2 if agreed and rng.random() < SECOND_VERSION_SHARE else 1
        first = rng.randrange(SPAN_DAYS - 300)
        for version in range(1, versions + 1):
            terms = {"account_id": row["id"], "version": version, "disposition": disposition,
                     "agreed_on": day[first + 200 * (version - 1)] if agreed else None,
                     "agreed_by_holder": kind == "personal" or (kind == "employee_role"
                                                                and rng.random() < HOLDER_AGREED_SHARE),
                     "agreed_by_company": "Communications" if agreed else None, "recorded_by": "registry-import"}
            if disposition == "transfer_to_successor":
                terms["successor_id"] = rng.randint(1, people)
            rows.append(terms)
    return rows


def _agreements(rng: random.Random, accounts, terms, day) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Holders who signed one agreement covering their employee-role and personal accounts: the
    terms version then current, an older one where the terms changed after they signed."""
    versions: dict[int, list[int]] = {}
    for row in terms:
        versions.setdefault(row["account_id"], []).append(row["version"])
    held: dict[int, list[int]] = {}
    for row in accounts:
        if row["kind"] in ("employee_role", "personal") and row["holder_id"] and row["id"] in versions:
            held.setdefault(row["holder_id"], []).append(row["id"])
    agreements: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for person, account_ids in held.items():
        if rng.random() >= SIGNED_SHARE:
            continue
        agreement_id = len(agreements) + 1
        agreements.append({"id": agreement_id, "person_id": person, "kind": "holder_agreement",
                           "agreed_on": day[SPAN_DAYS - rng.randrange(250)],
                           "channel": rng.choice(("signed_paper", "email", "in_person")),
                           "recorded_by": "comms-lead"})
        for account_id in account_ids:
            signed = versions[account_id][0] if rng.random() < 0.5 else versions[account_id][-1]
            items.append({"agreement_id": agreement_id, "account_id": account_id, "terms_version": signed,
                          "mandate": {}})
    return agreements, items


def _consents(rng: random.Random, accounts, day, people: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for row in accounts:
        if not (row.get("ambassador") and row["kind"] == "personal" and row["holder_id"]):
            continue
        situation = _pick(rng, CONSENT_DRAWS)
        if situation == "never_given":
            continue
        given = rng.randrange(SPAN_DAYS - 200)
        consent = {"account_id": row["id"], "person_id": row["holder_id"], "given_on": day[given],
                   "share_company_posts": True, "name_employer": rng.random() < 0.6,
                   "social_selling": rng.random() < 0.2, "asked_by_id": rng.randint(1, people),
                   "recorded_by": "comms-lead"}
        if situation != "in_force":
            consent.update(withdrawn_on=day[given + rng.randrange(1, 200)], withdrawal_note="No longer wishes to share")
        if situation == "withdrawn_off_list":
            row["ambassador"] = False
        rows.append(consent)
    return rows


def _policy(rng: random.Random, people: int, day) -> tuple[list, list, list]:
    from accountregistry.domain.policy import POLICY_AREAS

    versions, texts, acknowledgements = [], [], []
    for number, (effective, share) in enumerate(POLICY_VERSIONS, start=1):
        versions.append({"id": number, "version": number, "effective_on": effective, "approved_by": "Management",
                         "recorded_by": "comms-lead"})
        texts += [{"policy_version_id": number, "position": position, "area": area.id,
                   "text": f"Version {number}: what we agreed about {area.heading.lower()}."}
                  for position, area in enumerate(POLICY_AREAS)]
        first = (effective - EPOCH).days
        acknowledgements += [{"person_id": pid, "policy_version_id": number, "recorded_by": "hr-partner",
                              "acknowledged_on": day[min(first + rng.randrange(90), SPAN_DAYS)]}
                             for pid in range(1, people + 1) if rng.random() < share]
    return versions, texts, acknowledgements


def records(data: ScaleData, *, seed: int = SEED) -> Records:
    """What the registry records about `data`'s accounts and people (see the module's docstring).
    Changes some accounts in `data` as those records imply: open review flags, groups built for
    the company, profiles taken off the ambassador list after a withdrawal."""
    rng = random.Random(seed + 1)  # its own sequence: generate()'s data stays as it was
    day = [EPOCH + timedelta(days=d) for d in range(SPAN_DAYS + 1)]
    people = len(data.people)
    _company_groups(rng, data.accounts, people)
    for row in data.accounts:
        if rng.random() < CHANGE_FLAG_SHARE:
            row.update(change_flagged_on=rng.choice(day), change_flag_note="The login email is out of date")
    terms = _terms(rng, data.accounts, day, people)
    consents = _consents(rng, data.accounts, day, people)
    versions, texts, acknowledgements = _policy(rng, people, day)
    agreements, items = _agreements(rng, data.accounts, terms, day)
    return Records(terms, consents, versions, texts, acknowledgements, agreements, items)


def insert_all(session, data: ScaleData, extra: Records | None = None) -> None:
    """Bulk-insert `data` and `extra` (store.bulk.insert_rows: executemany, defaults filled once)."""
    from accountregistry.store import models
    from accountregistry.store.bulk import insert_rows

    for model, rows in zip((models.Person, models.Account, models.AccountRole), data):
        insert_rows(session, model, rows)
    for name, rows in (extra._asdict().items() if extra else ()):
        insert_rows(session, getattr(models, name), rows)


def build_registry(path, accounts: int = ACCOUNTS):
    """A registry file at `path` holding `accounts` accounts, a fifth as many people and three
    times as many role grants (the designed proportions: 100,000 / 20,000 / 300,000), with the
    terms, agreements, consent and policy `records()` adds."""
    from accountregistry.store.schema import open_database

    data = generate(people=max(accounts // 5, 1), accounts=accounts, roles=accounts * 3)
    extra = records(data)
    db = open_database(path)
    try:
        with db.transaction() as session:
            insert_all(session, data, extra)
    finally:
        db.close()
    return data


def floor_connection(path) -> sqlite3.Connection:
    """The floor's side of a load benchmark: a plain sqlite3 connection (autocommit) to a newly
    migrated registry at `path` (the same schema: constraints, indexes, triggers), with the
    pragmas the store sets on every connection (database._set_sqlite_pragmas)."""
    from accountregistry.store.schema import open_database

    open_database(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    return connection
