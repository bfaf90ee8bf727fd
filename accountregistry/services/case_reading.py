"""An offboarding case as the window's offboarding view and `offboard show` show it: the case
of a person, its checklist items and what stands in its way, read in SQL on a plain connection
(or a service's session: `Database.connection` joins an open transaction).

No models, no ORM: `offboard show` is a light command (issue 16: within 2x `import
sqlalchemy`). The queries name the columns they read; each column is declared once, in
store/models.py. Dates are typed in the query, enums read by their enum, and text that may name
an anonymised person is shown as the models' WithPseudonyms shows it (domain/pseudonyms.py).
services.offboarding re-exports what it gives.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING

import sqlalchemy as sa

from accountregistry.domain import messages, pseudonyms
from accountregistry.domain.business_days import BusinessCalendar, Closure
from accountregistry.domain.checklist import Assignee, ChecklistTemplateError, Effect, active_templates
from accountregistry.domain.errors import NotFound
from accountregistry.domain.platforms import PLATFORMS
from accountregistry.domain.record_ids import could_exist, typed_id
from accountregistry.domain.vocabulary import CaseStatus, ItemStatus, Kind, Presence, controls
from accountregistry.language import current_language
from accountregistry.services.organisation import business_calendar, settings_in
from accountregistry.services.records import refuse_missing
from accountregistry.store.database import Database
from accountregistry.store.ordering import bytewise
from accountregistry.store.timestamps import InUtc

if TYPE_CHECKING:
    from sqlmodel import Session

__all__ = ["AccountName", "Assignee", "Blocker", "ItemView", "NEAR_BUSINESS_DAYS", "TABLES", "account_label",
           "account_name", "accounts_named", "blockers", "by_account", "case_for_person", "case_items", "person_names",
           "read_case"]

# "The last day is near": this many business days or fewer before it, with items still open.
NEAR_BUSINESS_DAYS = 5
# The tables these reads need (store.schema.open_database(reads=...)).
TABLES = ("person", "offboarding_case", "checklist_item", "account", "account_role", "organisation_settings")
_PLATFORM_NAMES = {p.id: p.name for p in PLATFORMS}


# --- What the window and the CLI are given ---------------------------------------------------

@dataclass(frozen=True)
class Blocker:
    """Something that stands in the way of settling a case: its kind, a code of
    domain/messages.py with its parameters, and what it is about; .sentence() says it."""

    kind: str  # one of the constants below
    code: str
    params: dict
    account_id: int | None = None
    item_id: int | None = None

    def sentence(self) -> str:
        return messages.sentence(self.code, self.params)

    ONLY_ADMIN = "only_admin_without_successor"
    OVERDUE = "overdue"
    LAST_DAY_NEAR = "last_day_near"


@dataclass(frozen=True)
class ItemView:
    id: int
    case_id: int
    account_id: int | None  # None: a general item
    account_name: str  # the group it is shown under; "General" for general items
    action: str
    title: str
    assignee: Assignee  # whom it is assigned to, to be said in the user's language
    due_offset_business_days: int
    due_on: date
    status: ItemStatus
    is_handover: bool  # completing it moves roles to the successor
    # The public holidays and closing days between the last working day and the due date,
    # which moved it from where Monday-to-Friday counting puts it (named in the current language).
    moved_by: tuple[Closure, ...]
    waive_reason: str | None
    done_by: str | None
    done_at: datetime | None  # UTC
    note: str | None
    version: int
    account: AccountName | None = None  # the account, to be said in the user's language (account_name: English)

def account_label(platform: str, presence: str, display_name: str | None, handle: str) -> str:
    return f"{_PLATFORM_NAMES.get(platform, platform)} {presence} “{display_name or handle}”"


@dataclass(frozen=True)
class AccountName:
    """An account inside a sentence ("LinkedIn page “Nordlys”"), in the user's language."""

    platform: str  # the platform's name
    presence: Presence
    name: str  # its display name, else its handle

    def sentence(self) -> str:
        """As inside a sentence (one that starts with it capitalises it). On a platform the registry
        does not know, no "Andet-side": the presence on another platform ("side »…« på en anden platform")."""
        if self.platform == _PLATFORM_NAMES["other"]:
            return messages.sentence("account_name_elsewhere", {"presence": self.presence, "name": self.name})
        return messages.sentence("account_name", {"platform": self.platform, "presence": self.presence,
                                                  "name": self.name})


def account_name(platform: str, presence: Presence | str, display_name: str | None, handle: str) -> AccountName:
    return AccountName(_PLATFORM_NAMES.get(platform, platform), Presence(presence), display_name or handle)


_ACCOUNTS = sa.text("SELECT id, platform, presence, display_name, handle FROM account WHERE id IN :ids").bindparams(
    sa.bindparam("ids", expanding=True))


def accounts_named(reader: sa.Connection | Session, ids: Iterable[int | None]) -> dict[int, tuple[str, AccountName]]:
    """Each account's English label (files, calendars) and its name to be said in the user's
    language; `reader` a plain connection or a service's session."""
    wanted = sorted({aid for aid in ids if aid is not None})
    if not wanted:
        return {}
    return {aid: (account_label(platform, Presence(presence).value, display_name, handle),
                  account_name(platform, presence, display_name, handle))
            for aid, platform, presence, display_name, handle in reader.execute(_ACCOUNTS, {"ids": wanted})}


def _assignee(item, names: dict[int, str], case) -> Assignee:
    """Whom `item` (a checklist item's row) of `case` is assigned to; `names`: people's names by id."""
    return Assignee.of(item.assignee_function, item.assignee_person_id, names, leaver_id=case.person_id,
                       successor_id=case.successor_id)


def by_account(items: Iterable, names: dict[int, AccountName]) -> list:
    """Checklist items (stored or planned) grouped by account, the groups in the order of the
    accounts' names in the user's language and general items last, each group by due date
    (items due the same day as given); `names`: each account's name by id."""
    said = {aid: name.sentence().casefold() for aid, name in names.items()}
    return sorted(items, key=lambda i: (i.account_id is None, said.get(i.account_id, ""), i.account_id or 0, i.due_on))


# --- Reading -----------------------------------------------------------------------------------

_CASE = "SELECT id, person_id, successor_id, last_working_day, status, internal_move FROM offboarding_case WHERE {where}"
_PERSON = "SELECT id, name FROM person WHERE {where}"


def _case_row(row) -> SimpleNamespace:
    values = dict(row._mapping)
    values["status"], values["internal_move"] = CaseStatus(values["status"]), bool(values["internal_move"])
    return SimpleNamespace(**values)


def _one_case(connection: sa.Connection, where: str, **params) -> SimpleNamespace | None:
    statement = sa.text(_CASE.format(where=where)).columns(last_working_day=sa.Date)
    row = connection.execute(statement, params).first()
    return _case_row(row) if row is not None else None


def read_case(connection: sa.Connection, case_id: int) -> SimpleNamespace:
    """The case's id, person_id, successor_id, last_working_day, status and internal_move;
    refused (NotFound) when there is no such case."""
    case = _one_case(connection, "id = :id", id=case_id)
    if case is None:
        refuse_missing("offboarding_case", case_id)
    return case


def person_names(connection: sa.Connection, ids) -> dict[int, str]:
    """Each person's name by id (an anonymised person's read as their pseudonym)."""
    ids = sorted({i for i in ids if i is not None})
    if not ids:
        return {}
    statement = sa.text(_PERSON.format(where="id IN :ids")).bindparams(sa.bindparam("ids", expanding=True))
    return {pid: pseudonyms.shown(name) for pid, name in connection.execute(statement, {"ids": ids})}


def case_for_person(db: Database, email_or_id: str | int) -> SimpleNamespace:
    """The person's open case, else their most recent one (as read_case gives it)."""
    text = str(email_or_id).strip()
    with db.connection() as connection:
        person_id = email_or_id if isinstance(email_or_id, int) else typed_id(text)
        if person_id is not None:
            person = (connection.execute(sa.text(_PERSON.format(where="id = :id")), {"id": person_id}).first()
                      if could_exist(person_id) else None)
            if person is None:
                refuse_missing("person", person_id)
        else:
            person = connection.execute(sa.text(_PERSON.format(where="work_email = :email")),
                                        {"email": text.lower()}).first()
            if person is None:
                raise NotFound("person_email_not_found", email=text)
        case = _one_case(connection, "person_id = :person ORDER BY CASE WHEN status = :open THEN 0 ELSE 1 END, "
                                     "opened_at DESC, id DESC LIMIT 1", person=person.id, open=CaseStatus.open.value)
    if case is None:
        raise NotFound("no_case", name=pseudonyms.shown(person.name))
    return case


_ITEMS = sa.text(
    "SELECT id, case_id, account_id, action, title, assignee_person_id, assignee_function, due_offset_business_days, "
    "due_on, status, waive_reason, done_by, done_at, note, version FROM checklist_item WHERE case_id = :case "
    "ORDER BY id"
).columns(due_on=sa.Date, done_at=InUtc)


def case_items(db: Database, case_id: int) -> list[ItemView]:
    """The case's items grouped by account (by_account), each group by due date, then as added."""
    try:
        templates = active_templates()
    except ChecklistTemplateError:
        templates = None  # a broken override must not hide a case; only the handover marks are lost
    with db.connection() as connection:
        case = read_case(connection, case_id)
        items = connection.execute(_ITEMS, {"case": case.id}).all()
        names = person_names(connection, [case.person_id, case.successor_id,
                                          *(item.assignee_person_id for item in items)])
        calendar = business_calendar(settings_in(connection))
        accounts = accounts_named(connection, (i.account_id for i in items))
    views = []
    for item in items:
        template = templates.by_action(item.action) if templates else None
        label, account = accounts.get(item.account_id, ("General", None))
        views.append(ItemView(
            id=item.id, case_id=item.case_id, account_id=item.account_id, account_name=label,
            action=item.action, title=pseudonyms.shown(item.title), assignee=_assignee(item, names, case),
            due_offset_business_days=item.due_offset_business_days, due_on=item.due_on,
            status=ItemStatus(item.status),
            is_handover=bool(template and item.account_id is not None and template.effect in Effect.MOVES_ROLES),
            moved_by=_moved(calendar, case.last_working_day, item.due_on),
            waive_reason=pseudonyms.shown(item.waive_reason), done_by=item.done_by, done_at=item.done_at,
            note=pseudonyms.shown(item.note), version=item.version, account=account))
    return by_account(views, {aid: name for aid, (_, name) in accounts.items()})


def _moved(calendar: BusinessCalendar, last_working_day: date, due_on: date) -> tuple[Closure, ...]:
    return calendar.moved(last_working_day, due_on, current_language())


@functools.cache
def _controlled_only_by() -> sa.Select:
    """(id, platform, presence, display name, handle) of the non-personal accounts that nobody but
    :person controls, looked for among the person's grants, not the whole registry's accounts
    (100,000 accounts: 235 -> 2 ms); made once (0.9 ms)."""
    account = sa.table("account", *map(sa.column, ("id", "platform", "presence", "display_name", "handle", "kind")))
    role, other = (sa.table("account_role", *map(sa.column, ("account_id", "person_id", "role", "revoked_on")))
                   .alias(name) for name in ("role", "other"))
    person = sa.bindparam("person")
    only = sa.select(role.c.account_id).where(role.c.person_id == person, controls(role.c), ~sa.exists().where(
        other.c.account_id == role.c.account_id, other.c.person_id != person, controls(other.c)))
    return (sa.select(account.c.id, account.c.platform, account.c.presence, account.c.display_name, account.c.handle)
            .where(account.c.id.in_(only), account.c.kind.is_distinct_from(Kind.personal.value))
            .order_by(bytewise(account.c.platform), bytewise(account.c.handle)))


_OPEN_ITEMS = sa.text("SELECT id, account_id, due_on, title FROM checklist_item WHERE case_id = :case "
                      "AND status = :open ORDER BY due_on, id").columns(due_on=sa.Date)


def blockers(db: Database, case_id: int, *, today: date | None = None) -> list[Blocker]:
    """What stands in the way of an open case, most urgent first; none for a settled case."""
    today = today or date.today()
    with db.connection() as connection:
        case = read_case(connection, case_id)
        if case.status != CaseStatus.open:
            return []
        leaver = person_names(connection, [case.person_id]).get(case.person_id)
        if leaver is None:
            refuse_missing("person", case.person_id)
        found: list[Blocker] = []
        if case.successor_id is None:
            for account_id, *named in connection.execute(_controlled_only_by(), {"person": case.person_id}):
                found.append(Blocker(Blocker.ONLY_ADMIN, "blocker_only_admin",
                                     {"leaver": leaver, "account": account_name(*named)}, account_id=account_id))
        open_items = connection.execute(_OPEN_ITEMS, {"case": case.id, "open": ItemStatus.open.value}).all()
        for item in open_items:
            if item.due_on < today:
                found.append(Blocker(Blocker.OVERDUE, "blocker_overdue",
                                     {"day": item.due_on, "title": pseudonyms.shown(item.title)},
                                     account_id=item.account_id, item_id=item.id))
        calendar = business_calendar(settings_in(connection)) if open_items else None
    left = calendar.days_until(today, case.last_working_day) if calendar else NEAR_BUSINESS_DAYS + 1
    if left <= NEAR_BUSINESS_DAYS:
        found.append(Blocker(Blocker.LAST_DAY_NEAR, "blocker_last_day_passed" if left < 0 else "blocker_last_day_near",
                             {"day": case.last_working_day, "days": left, "count": len(open_items)}))
    return found
