"""Reviews: periodic confirmation that an account's record is still true.

A review is recorded on the account (last reviewed on) and in the audit trail (who, when, what
they noted). A review round is the list of accounts whose next review has come, grouped so
that each holder or unit can go through its own; it can be written out as a checklist.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from accountregistry.domain.errors import Label, StoreError, ValidationError
from accountregistry.domain.risks import INACTIVE_STATUSES, next_review_due
from accountregistry.domain.vocabulary import GROUP_BY_CHOICES
from accountregistry.services import audit
from accountregistry.services.records import existing
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, refuse_stale, unit_of_work
from accountregistry.store.models import Account, OrganisationSettings, Person
from accountregistry.store.safe_files import checked_target, written_whole

GroupBy = Literal["holder", "unit"]
NO_HOLDER = "No holder"
NO_UNIT = "No responsible unit"

CHECKLIST_HEADER = ("group", "platform", "handle", "url", "display_name", "last_reviewed_on", "next_review_due",
                    "confirmed", "flagged", "note")


@dataclass(frozen=True)
class ReviewItem:
    account_id: int
    platform: str
    handle: str
    url: str
    display_name: str | None
    holder_name: str | None
    responsible_unit: str | None
    last_reviewed_on: date | None
    next_review_due: date


@dataclass(frozen=True)
class ReviewGroup:
    name: str  # the holder's name or the responsible unit, or NO_HOLDER / NO_UNIT
    items: tuple[ReviewItem, ...]


def _note(note: str | None, *, required: bool) -> str | None:
    problems = Problems()
    cleaned = problems.text("note", note, Label("Note"), max_length=1000, required=required)
    problems.raise_if_any()
    return cleaned


@unit_of_work
def mark_reviewed(db: Database, account_id: int, *, note: str | None = None, today: date | None = None) -> Account:
    """Confirm that the account's record is true as it stands today."""
    cleaned = _note(note, required=False)
    today = today or date.today()
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        previous = account.last_reviewed_on
        account.last_reviewed_on = today
        new: dict = {"last_reviewed_on": today.isoformat()}
        if cleaned:
            new["note"] = cleaned
        audit.record(session, actor=db.actor, entity="account", entity_id=account.id, action="review",
                     account_id=account.id, old={"last_reviewed_on": audit.plain(previous)}, new=new)
        return account


@unit_of_work
def flag_for_change(db: Database, account_id: int, *, note: str, today: date | None = None) -> None:
    """Say in a review that the record is no longer true, and what needs changing.

    The account itself is left as it is (the change is someone's work to do): the flag stays open,
    a risk, until someone resolves it (`resolve_change_flag`), and the account stays due for
    review until someone confirms it. A second flag replaces the first one's note and day.
    """
    cleaned = _note(note, required=True)
    today = today or date.today()
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        # The event's moment is the day flagged; an earlier open flag's note is what it replaces.
        old = {"note": account.change_flag_note} if account.change_flagged_on is not None else None
        account.change_flagged_on, account.change_flag_note = today, cleaned
        audit.record(session, actor=db.actor, entity="account", entity_id=account.id, action="flag_for_change",
                     account_id=account.id, old=old, new={"note": cleaned})


@unit_of_work
def resolve_change_flag(db: Database, account_id: int, *, note: str | None = None,
                        expected_version: int | None = None) -> Account:
    """The change a review asked for is made (or not needed): the follow-up is closed. Resolving an
    account without an open flag changes nothing and records nothing."""
    cleaned = _note(note, required=False)
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        refuse_stale(account, expected_version)
        if account.change_flagged_on is None:
            return account
        old = {"note": account.change_flag_note}
        account.change_flagged_on = account.change_flag_note = None
        audit.record(session, actor=db.actor, entity="account", entity_id=account.id, action="resolve_change_flag",
                     account_id=account.id, old=old, new={"note": cleaned} if cleaned else None)
        return account


def review_round(db: Database, *, today: date | None = None, group_by: GroupBy = "holder") -> list[ReviewGroup]:
    """The accounts whose next review is due on or before today, grouped by holder or responsible unit.

    Groups are in alphabetical order with the accounts nobody is named for last; within a group
    the longest-waiting account comes first. Archived and closed accounts are never due.
    """
    if group_by not in GROUP_BY_CHOICES:
        raise ValidationError.of("group_by", "not_a_choice", label=Label("Group by"), value=group_by,
                                 allowed=list(GROUP_BY_CHOICES))
    today = today or date.today()
    account = Account.__table__.c
    holder = aliased(Person.__table__, name="holder")
    statement = (
        sa.select(account.id, account.platform, account.handle, account.url, account.display_name,
                  account.holder_id, holder.c.name, holder.c.work_email, account.responsible_unit,
                  account.last_reviewed_on, account.created_at, account.review_interval_months)
        .select_from(Account.__table__)
        .outerjoin(holder, holder.c.id == account.holder_id)
        .where(account.status.not_in(sorted(INACTIVE_STATUSES)))
    )
    groups: dict[object, list[ReviewItem]] = {}
    labels: dict[object, tuple[str, str | None]] = {}
    with db.reading() as session:
        default_interval = session.get(OrganisationSettings, 1).default_review_interval_months
        for (account_id, platform, handle, url, display_name, holder_id, holder_name, holder_email, unit,
             last_reviewed_on, created_at, interval) in session.execute(statement):
            due = next_review_due(last_reviewed_on, created_at.date(), interval or default_interval)
            if due > today:
                continue
            if group_by == "holder":
                key = holder_id
                labels[key] = (holder_name or NO_HOLDER, holder_email)
            else:
                key = unit
                labels[key] = (unit or NO_UNIT, None)
            groups.setdefault(key, []).append(ReviewItem(
                account_id=account_id, platform=platform, handle=handle, url=url, display_name=display_name,
                holder_name=holder_name, responsible_unit=unit, last_reviewed_on=last_reviewed_on,
                next_review_due=due))
    names = _group_names(labels)
    ordered = sorted(groups, key=lambda key: (key is None, names[key].casefold(), names[key]))
    return [ReviewGroup(name=names[key],
                        items=tuple(sorted(groups[key], key=lambda i: (i.next_review_due, i.platform, i.handle))))
            for key in ordered]


def _group_names(labels: dict[object, tuple[str, str | None]]) -> dict[object, str]:
    """Each group's name; two holders who share a name are told apart by their email."""
    seen: dict[str, int] = {}
    for name, _ in labels.values():
        seen[name] = seen.get(name, 0) + 1
    return {key: f"{name} <{email}>" if seen[name] > 1 and email else name
            for key, (name, email) in labels.items()}


def write_review_checklist(round: list[ReviewGroup], path: str | os.PathLike, *, delimiter: str = ",") -> Path:
    """Write the round as a CSV checklist (UTF-8 with a BOM, so Excel reads æøåäö), whole or not at all.

    `confirmed`, `flagged` and `note` are left empty for the reviewers to fill in.
    """
    from accountregistry.services.ownership_report import text_cell  # here: the report's module is large
    try:
        target = checked_target(path)
        with written_whole(target, encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=delimiter)
            writer.writerow(CHECKLIST_HEADER)
            for group in round:
                for item in group.items:
                    writer.writerow([text_cell(v) for v in (
                        group.name, item.platform, item.handle, item.url, item.display_name,
                        item.last_reviewed_on, item.next_review_due, None, None, None)])
    except StoreError as refused:  # said under the file's name in the window and on the command line
        raise ValidationError.of("path", refused.code, **refused.params) from None
    return target
