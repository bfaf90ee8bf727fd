"""Ambassador consent: a holder's consent to ambassador work on their own profile.

Being an ambassador on one's own profile is voluntary (DESIGN.md): the company records when the
holder agreed, what it may ask of the profile (sharing its posts, naming the employer, social
selling) and who asked; the holder may withdraw at any time. A withdrawal is never refused:
without a consent in force it is recorded as the holder's "no". Consent is never needed to
record that a personal account exists.

Each consent is a row (ConsentRecord) from its giving to its withdrawal; consent given again
after a withdrawal is a new row, so the register shows the whole story.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from pathlib import Path
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from accountregistry.domain import rules
from accountregistry.domain.errors import Conflict, Label
from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.vocabulary import Kind, Presence
from accountregistry.services import audit
from accountregistry.services.records import existing
from accountregistry.services.validation import Problems
from accountregistry.store.bulk import fetch_columns
from accountregistry.store.ordering import bytewise
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import field_names, fields_of
from accountregistry.services.files import write_whole
from accountregistry.store.models import CONSENT_SCOPES, Account, ConsentFields, ConsentRecord, Person

__all__ = [
    "CONSENT_FIELDS",
    "CONSENT_HEADER",
    "ConsentInput",
    "ConsentLine",
    "consent_lines",
    "consent_csv",
    "export_consent",
    "give_consent",
    "scope_names",
    "set_listed",
    "withdraw_consent",
    "withdraw_in",
]

CONSENT_FIELDS = field_names(ConsentFields)  # what the audit trail records of a consent
_DECLARED = fields_of(ConsentFields)
_PLATFORM_NAMES = {p.id: p.name for p in PLATFORMS}
# The register's CSV (`consent list --format csv`, the Consent view's Export): one row per record.
CONSENT_HEADER = ("holder_name", "holder_email", "platform", "presence", "handle", "url", "given_on", "scope",
                  "asked_by_email", "withdrawn_on", "withdrawal_note", "recorded_by")


def scope_names(text: str | Iterable[str] | None) -> list[str]:
    """Scopes as typed: "share_company_posts,social_selling", or a list of such pieces."""
    pieces = [text] if isinstance(text, str) else list(text or ())
    return [name.strip().lower() for piece in pieces for name in piece.split(",") if name.strip()]


@dataclass
class ConsentInput:
    """What a holder agreed to. `given_on` None: today."""

    given_on: date | None = None
    scope: Iterable[str] = ()  # names of CONSENT_SCOPES
    asked_by_id: int | None = None


def _clean_scope(problems: Problems, scope: Iterable[str]) -> dict[str, bool]:
    chosen = set(scope_names(scope))
    unknown = sorted(chosen.difference(CONSENT_SCOPES))
    if unknown:
        problems.add("scope", "consent_scope_unknown", value=unknown[0], allowed=list(CONSENT_SCOPES))
    return {name: name in chosen for name in CONSENT_SCOPES}


def _open_record(session: Session, account_id: int) -> ConsentRecord | None:
    return session.exec(select(ConsentRecord).where(ConsentRecord.account_id == account_id,
                                                    ConsentRecord.withdrawn_on.is_(None))).first()


def _latest_record(session: Session, account_id: int) -> ConsentRecord | None:
    return session.exec(select(ConsentRecord).where(ConsentRecord.account_id == account_id)
                        .order_by(ConsentRecord.id.desc())).first()


def _list_for_ambassador_work(session: Session, actor: str, account: Account, listed: bool) -> None:
    if account.ambassador == listed:
        return
    account.ambassador = listed
    audit.record(session, actor=actor, entity="account", entity_id=account.id, action="update",
                 account_id=account.id, old={"ambassador": not listed}, new={"ambassador": listed})


@unit_of_work
def set_listed(db: Database, account_id: int, listed: bool) -> None:
    """List the profile for ambassador work, or take it off the list. Listing is not refused
    without consent: a listed profile without consent in force is a risk the registry shows."""
    with db.transaction() as session:
        _list_for_ambassador_work(session, db.actor, existing(session, Account, account_id), bool(listed))


@unit_of_work
def give_consent(db: Database, account_id: int, data: ConsentInput, *, today: date | None = None) -> ConsentRecord:
    """Record the holder's consent for their profile; the profile is then listed for ambassador work."""
    today = today or date.today()
    problems = Problems()
    given_on = problems.declared(_DECLARED["given_on"], data.given_on or today, today=today)
    scope = _clean_scope(problems, data.scope)
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        if problem := rules.consent_refused(account.kind, account.holder_id):
            problems.add("account", problem)
        if data.asked_by_id is not None and session.get(Person, data.asked_by_id) is None:
            problems.add("asked_by_id", "person_not_found", person_id=data.asked_by_id)
        problems.raise_if_any()
        open_record = _open_record(session, account.id)
        if open_record is not None:
            raise Conflict("consent_already_given", existing_id=open_record.id, day=open_record.given_on)
        record = ConsentRecord(account_id=account.id, person_id=account.holder_id, given_on=given_on,
                               asked_by_id=data.asked_by_id, recorded_by=db.actor, **scope)
        session.add(record)
        session.flush()
        audit.record(session, actor=db.actor, entity="consent_record", entity_id=record.id, action="give",
                     account_id=account.id, new=audit.snapshot(record, CONSENT_FIELDS))
        _list_for_ambassador_work(session, db.actor, account, True)
        return record


def _checked_note(note: str | None) -> str | None:
    """The note without characters nobody can see (a withdrawal is not refused for them); one
    over the field's limit is refused with the field's sentence, so nothing is cut unseen."""
    text = "".join(c for c in (note or "") if c in "\t\n" or ord(c) >= 32)
    problems = Problems()
    cleaned = problems.declared(_DECLARED["withdrawal_note"], text)
    problems.raise_if_any()
    return cleaned


def withdraw_in(session: Session, actor: str, account: Account, *, on: date, note: str | None = None,
                unlist: bool = False, today: date | None = None) -> ConsentRecord:
    """Inside a transaction: the consent in force ends on `on` (or on the day it was given, if
    that is later); an end still ahead is brought forward to `on` (an audited change); an end
    already come is kept as first recorded (the record returned says when). Without any record,
    the holder's "no" is recorded, for a personal profile (or one whose kind is not known yet); a
    company or employee-role account is the company's and is refused, as giving consent is.
    `unlist` also takes the profile off the ambassador list (an offboarding)."""
    today = today or date.today()
    note = _checked_note(note)
    record = _latest_record(session, account.id)
    if record is None:
        record = _holders_no(session, actor, account, on=on, note=note)
    elif record.withdrawn_on is None or today < record.withdrawn_on > on:
        day = max(on, record.given_on) if record.given_on else on
        old = {"withdrawn_on": audit.plain(record.withdrawn_on), "withdrawal_note": record.withdrawal_note}
        record.withdrawn_on, record.withdrawal_note = day, note or record.withdrawal_note
        audit.record(session, actor=actor, entity="consent_record", entity_id=record.id, action="withdraw",
                     account_id=account.id, old=old,
                     new={"withdrawn_on": day.isoformat(), "withdrawal_note": record.withdrawal_note})
    if unlist:
        _list_for_ambassador_work(session, actor, account, False)
    return record


def _holders_no(session: Session, actor: str, account: Account, *, on: date, note: str | None) -> ConsentRecord:
    """No record yet: the holder's "no", recorded for a profile that may be personal."""
    if account.kind is not None and account.kind != Kind.personal:
        problems = Problems()
        problems.add("account", rules.consent_refused(account.kind, account.holder_id))
        problems.raise_if_any()
    record = ConsentRecord(account_id=account.id, person_id=account.holder_id, withdrawn_on=on,
                           withdrawal_note=note, recorded_by=actor)
    session.add(record)
    session.flush()
    audit.record(session, actor=actor, entity="consent_record", entity_id=record.id, action="withdraw",
                 account_id=account.id, new=audit.snapshot(record, CONSENT_FIELDS))
    return record


@unit_of_work
def withdraw_consent(db: Database, account_id: int, *, on: date | None = None, note: str | None = None,
                     unlist: bool = False, today: date | None = None) -> ConsentRecord:
    """The holder withdraws their consent: from `on` (default today). Never refused for a
    personal profile (only a note over its limit is, with nothing stored). `unlist` also takes
    the profile off the ambassador list."""
    today = today or date.today()
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        return withdraw_in(session, db.actor, account, on=on or today, note=note, unlist=unlist, today=today)


# --- The register ---------------------------------------------------------------------------------

class ConsentLine(NamedTuple):
    """One consent record as the register shows it (a tuple: 29,000 made at once at 100,000
    accounts, in a worker beside the window's paints)."""

    record_id: int
    account_id: int
    platform: str  # the platform's name
    platform_id: str
    presence: Presence
    handle: str
    display_name: str | None
    url: str
    holder_name: str | None
    holder_email: str | None
    given_on: date | None
    scope: tuple[str, ...]  # names of CONSENT_SCOPES agreed to
    asked_by_name: str | None
    asked_by_email: str | None
    withdrawn_on: date | None
    withdrawal_note: str | None
    recorded_by: str
    latest: bool = True  # the account's newest record

    def in_force(self, today: date) -> bool:
        return self.given_on is not None and (self.withdrawn_on is None or self.withdrawn_on > today)

    @property
    def profile(self) -> str:
        return f"{self.platform} {self.display_name or self.handle}"


def consent_lines(db: Database, *, account_id: int | None = None, person_id: int | None = None) -> list[ConsentLine]:
    """Every consent record (or one account's, or one person's), by holder, profile and newest first."""
    records, accounts = ConsentRecord.__table__, Account.__table__
    record, account = records.c, accounts.c
    holder, asker = aliased(Person.__table__, name="holder"), aliased(Person.__table__, name="asker")
    scope = [record[name] for name in CONSENT_SCOPES]
    statement = (
        sa.select(record.id, account.id, account.platform, account.presence, account.handle, account.display_name,
                  account.url, holder.c.name, holder.c.work_email, record.given_on, *scope, asker.c.name,
                  asker.c.work_email, record.withdrawn_on, record.withdrawal_note, record.recorded_by)
        .select_from(records)
        .join(accounts, account.id == record.account_id)
        .outerjoin(holder, holder.c.id == record.person_id)
        .outerjoin(asker, asker.c.id == record.asked_by_id)
        .order_by(sa.func.lower(bytewise(sa.func.coalesce(holder.c.name, ""))), bytewise(account.platform),
                  bytewise(account.handle),
                  record.id.desc()))
    if account_id is not None:
        statement = statement.where(record.account_id == account_id)
    if person_id is not None:
        statement = statement.where(record.person_id == person_id)
    lines, seen = [], set()
    # A batch at a time, column by column (29,000 records at 100,000 accounts, read in a worker
    # beside the window's paints); a text met before is kept once (emails, scopes, who recorded).
    one = {}.setdefault
    with db.reading() as session:
        for (record_ids, account_ids, platforms, presences, handles, display_names, urls, names, emails, given_on,
             *agreed, asked_by_names, asked_by_emails, withdrawn_on, notes, recorded_by) in fetch_columns(
                session.connection(), statement):
            newest = []  # each account's first record is its newest
            for aid in account_ids:
                newest.append(aid not in seen)
                seen.add(aid)
            scopes = list(map(tuple, map(compress, repeat(CONSENT_SCOPES), zip(*agreed))))
            lines += map(ConsentLine, record_ids, account_ids, map(_PLATFORM_NAMES.get, platforms, platforms),
                         map(one, platforms, platforms), presences, handles, display_names, urls, names,
                         map(one, emails, emails), given_on, map(one, scopes, scopes), asked_by_names,
                         map(one, asked_by_emails, asked_by_emails), withdrawn_on, notes,
                         map(one, recorded_by, recorded_by), newest)
    return lines


def _cells(line: ConsentLine) -> list[str]:
    def day(value: date | None) -> str:
        return value.isoformat() if value else ""

    return [line.holder_name or "", line.holder_email or "", line.platform_id, line.presence.value, line.handle,
            line.url, day(line.given_on), ",".join(line.scope), line.asked_by_email or "", day(line.withdrawn_on),
            line.withdrawal_note or "", line.recorded_by]


def consent_csv(lines: Iterable[ConsentLine], delimiter: str) -> str:
    """The register as CSV text; cells a spreadsheet would run as a formula are neutralised."""
    # Here, not at the top: the report's module (workbooks, risks) is not needed by the commands
    # that only read or withdraw consent (`offboard show` imports this module).
    from accountregistry.services.ownership_report import neutralise

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CONSENT_HEADER)
    writer.writerows([neutralise(cell) for cell in _cells(line)] for line in lines)
    return out.getvalue()


def export_consent(db: Database, path: str | os.PathLike, lines: list[ConsentLine] | None = None, *,
                   delimiter: str | None = None) -> tuple[Path, int]:
    """Write the register (or the given lines, e.g. as filtered in the window) to a CSV file that
    Excel reads (UTF-8 with a byte order mark, the user's list separator); (path, rows)."""
    from accountregistry.services.ownership_report import default_delimiter

    lines = consent_lines(db) if lines is None else lines
    text = consent_csv(lines, delimiter or default_delimiter())
    return write_whole(path, text.encode("utf-8-sig"), database=db.path), len(lines)


def scope_label(name: str) -> Label:
    """A scope's name in the user's language (as store/models.py declares it)."""
    return _DECLARED[name].label
