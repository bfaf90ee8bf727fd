"""What is due, outside the window: every open checklist item of every open offboarding, overdue
first, for a cron job, an e-mail or a calendar.

    due_items(db, within_days=7, assignee="HR")   the list `offboard due` prints
    write_calendar(db, case_id, path)             one all-day event per open item (.ics)

Read-only except for the file written; a few set-based queries however many cases are open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa

from accountregistry import __version__
from accountregistry.domain.checklist import Assignee
from accountregistry.domain.errors import Label, ValidationError
from accountregistry.domain.vocabulary import CaseStatus, ItemStatus
from accountregistry.services.case_reading import AccountName, accounts_named
from accountregistry.services.files import write_whole
from accountregistry.services.organisation import get_settings
from accountregistry.store.database import Database
from accountregistry.store.models import ChecklistItem, OffboardingCase, Person

__all__ = ["MAX_WITHIN_DAYS", "DueItem", "calendar_text", "due_items", "overdue_count", "write_calendar"]

MAX_WITHIN_DAYS = 3660
# Calendar programs match an event again by its UID: one per item of one registry (its
# registry_id, given once when it was made and kept by `copy`), the same in every export.
UID_DOMAIN = "dk.accountregistry.AccountRegistry"
PRODUCT_ID = f"-//Account Registry//{__version__}//EN"  # who wrote the calendar (RFC 5545 PRODID)


@dataclass(frozen=True)
class DueItem:
    item_id: int
    case_id: int
    leaver_name: str
    leaver_email: str | None
    last_working_day: date
    account_id: int | None  # None: a general item
    account_name: str  # "General" for a general item
    title: str
    assignee: Assignee  # whom it is assigned to, to be said in the user's language
    assignee_email: str | None
    due_on: date
    days_overdue: int  # calendar days past the due date; 0 when not overdue
    account: AccountName | None = None  # the account, to be said in the user's language (account_name: English)

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    def uid(self, registry: str) -> str:
        """Its calendar event's UID: "checklist-item-7.<registry id>@…", so that item 7 of two
        registries imported into one calendar stay two events."""
        own = f"checklist-item-{self.item_id}.{registry}" if registry else f"checklist-item-{self.item_id}"
        return f"{own}@{UID_DOMAIN}"


def _check_within(within_days: int | None) -> None:
    if within_days is None:
        return
    if isinstance(within_days, bool) or not isinstance(within_days, int) or not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise ValidationError(field="within_days", code="out_of_range", label=Label("Within (days)"), low=0,
                              high=MAX_WITHIN_DAYS)


def due_items(db: Database, *, within_days: int | None = None, assignee: str | None = None,
              case_id: int | None = None, today: date | None = None) -> list[DueItem]:
    """Open items of open offboardings, overdue first, then by due date. `within_days`: only
    those due by today plus that many days (overdue ones always); `assignee`: only those of a
    function ("HR", or as a language says it: "Kommunikation") or a person (name or work email),
    any case; `case_id`: one case."""
    _check_within(within_days)
    today = today or date.today()
    horizon = today + timedelta(days=within_days) if within_days is not None else None
    with db.reading() as session:
        rows = session.execute(_open_items_query(horizon, case_id)).all()
        people = _people_named(session, {pid for r in rows
                                         for pid in (r.assignee_person_id, r.successor_id, r.person_id)})
        labels = accounts_named(session, (r.account_id for r in rows))
    names = {pid: name for pid, (name, _) in people.items()}
    found = [_due_item(r, people, names, labels, today) for r in rows]
    if assignee is not None and assignee.strip():
        found = [d for d in found if _is_assignee(d, assignee)]
    return found


def _open_items_query(horizon: date | None, case_id: int | None) -> sa.Select:
    item, case, person = ChecklistItem.__table__, OffboardingCase.__table__, Person.__table__
    query = (sa.select(item.c.id, item.c.case_id, item.c.account_id, item.c.title, item.c.assignee_person_id,
                       item.c.assignee_function, item.c.due_on, case.c.person_id, case.c.successor_id,
                       case.c.last_working_day, person.c.name, person.c.work_email)
             .join(case, case.c.id == item.c.case_id).join(person, person.c.id == case.c.person_id)
             .where(case.c.status == CaseStatus.open.value, item.c.status == ItemStatus.open.value)
             .order_by(item.c.due_on, person.c.name, item.c.id))
    if horizon is not None:
        query = query.where(item.c.due_on <= horizon)
    if case_id is not None:
        query = query.where(item.c.case_id == case_id)
    return query


def _people_named(session, ids: set[int | None]) -> dict[int, tuple[str, str | None]]:
    person = Person.__table__
    wanted = [pid for pid in ids if pid]
    if not wanted:
        return {}
    return {pid: (name, email) for pid, name, email in session.execute(
        sa.select(person.c.id, person.c.name, person.c.work_email).where(person.c.id.in_(wanted)))}


def _due_item(r, people: dict[int, tuple[str, str | None]], names: dict[int, str],
              labels: dict[int, tuple[str, AccountName]], today: date) -> DueItem:
    assignee = Assignee.of(r.assignee_function, r.assignee_person_id, names,
                           leaver_id=r.person_id, successor_id=r.successor_id)
    label, account = labels.get(r.account_id, ("General", None))
    return DueItem(
        item_id=r.id, case_id=r.case_id, leaver_name=r.name, leaver_email=r.work_email,
        last_working_day=r.last_working_day, account_id=r.account_id, account_name=label, title=r.title,
        assignee=assignee, assignee_email=people.get(assignee.person_id, (None, None))[1], due_on=r.due_on,
        days_overdue=max(0, (today - r.due_on).days), account=account)


def _is_assignee(item: DueItem, wanted: str) -> bool:
    """`wanted` names the item's assignee (Assignee.answers_to) or is their work email."""
    return item.assignee.answers_to(wanted) or wanted.strip().casefold() == (item.assignee_email or "").casefold()


def overdue_count(db: Database, *, today: date | None = None) -> int:
    """Open items past their due date in open offboardings."""
    today = today or date.today()
    item, case = ChecklistItem.__table__, OffboardingCase.__table__
    with db.reading() as session:
        return session.execute(sa.select(sa.func.count()).select_from(item.join(case, case.c.id == item.c.case_id))
                               .where(case.c.status == CaseStatus.open.value, item.c.status == ItemStatus.open.value,
                                      item.c.due_on < today)).scalar_one()


# --- iCalendar --------------------------------------------------------------------------------

def calendar_text(items: list[DueItem], *, name: str, registry: str, now: datetime | None = None) -> bytes:
    """An iCalendar file (RFC 5545) with one all-day event per item, each with its stable UID
    (`registry`: the registry's id, settings.registry_id)."""
    from icalendar import Calendar, Event  # 80 modules: imported for a calendar file only

    stamp = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in items:
        event = Event()
        event.add("uid", item.uid(registry))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
        event.add("summary", item.title)
        event.add("description", "\n".join((
            f"Account: {item.account_name}",
            f"Assignee: {item.assignee.english}",
            f"Offboarding of {item.leaver_name}; last working day {item.last_working_day.isoformat()}",
            f"Checklist item {item.item_id}")))
        event.add("categories", ["Offboarding"])
        event.add("transp", "TRANSPARENT")  # a deadline, not time taken
        calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(db: Database, case_id: int, path: str | os.PathLike, *, name: str,
                   today: date | None = None) -> tuple[Path, int]:
    """Write the case's open items as an .ics file, whole or not at all; (path, events written)."""
    items = due_items(db, case_id=case_id, today=today)
    text = calendar_text(items, name=name, registry=get_settings(db).registry_id or "")
    return write_whole(path, text, database=db.path), len(items)
