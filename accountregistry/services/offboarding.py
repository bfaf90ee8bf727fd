"""Offboarding: HR runs a leaver's checklist until every account they hold or administer is
settled (DESIGN.md, issue 4).

A case is generated from the registry by the checklist templates (domain.checklist), and
doing its items changes the registry: completing a handover item moves the leaver's roles to
the successor in the same transaction, both audited. A case is closed only when no item is
open and the leaver holds no active role anywhere; it is never deleted, only closed or
cancelled, and can be reopened with a reason.

Which items a handover or revocation is is read from the current templates by the item's
action: the item row stores no effect of its own.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

from accountregistry.domain.checklist import (
    ASSIGNED_TO_SUCCESSOR,
    Effect,
    PlannedItem,
    Template,
    Translate,
    active_templates,
    plan_checklist,
)
from accountregistry.domain import messages
from accountregistry.domain.errors import Conflict, Label
from accountregistry.domain.vocabulary import (
    CaseStatus,
    EmploymentStatus,
    ItemStatus,
    Kind,
    Role,
)
from accountregistry.services import audit
from accountregistry.services.case_reading import (
    AccountName,
    Assignee,
    Blocker,
    ItemView,
    _assignee,
    account_label,
    account_name,
    accounts_named,
    blockers,
    by_account,
    case_for_person,
    case_items,
)
from accountregistry.services.consent import withdraw_in
from accountregistry.services.offboarding_items import (
    leaver_accounts,
    open_case_of,
    party,
    plan_for_case,
    store_items,
)
from accountregistry.services.organisation import calendar_in
from accountregistry.services.roles import grant_in, revoke_in
from accountregistry.services.records import existing
from accountregistry.services.validation import Problems
from accountregistry.store.ordering import bytewise
from accountregistry.store.safe_files import checked_target, written_whole
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import field_names, fields_of
from accountregistry.store.models import (
    Account,
    AccountRole,
    CaseFields,
    ChecklistItem,
    OffboardingCase,
    Person,
    utcnow,
)

__all__ = [
    "AccountName",
    "ActiveRole",
    "Assignee",
    "Blocker",
    "account_label",
    "CaseNotSettled",
    "OpenItem",
    "SuccessorRequired",
    "CaseSummary",
    "ItemView",
    "blockers",
    "by_account",
    "cancel_case",
    "case_for_person",
    "case_items",
    "cases",
    "change_last_working_day",
    "close_case",
    "complete_item",
    "export_case_csv",
    "get_case",
    "preview_offboarding",
    "reopen_case",
    "reopen_item",
    "set_successor",
    "start_offboarding",
    "waive_item",
]

# A last working day further back is almost always a mistyped year; someone who left that
# long ago is recorded as having left, not offboarded.
PAST_LIMIT_DAYS = 30
FUTURE_LIMIT_DAYS = 2 * 366
# Excel in Danish, Swedish and Norwegian (decimal-comma) locales splits CSV on semicolons;
# LibreOffice asks. The BOM makes Excel read the file as UTF-8 (æ, ø, å).
CSV_DELIMITER = ";"
CSV_HEADER = ("item_id", "account_id", "account", "action", "title", "assignee", "due_on",
              "due_offset_business_days", "status", "done_by", "done_at", "waive_reason", "note")

CASE_FIELDS = field_names(CaseFields)  # what the audit trail records of a case
_ITEM, _CASE = fields_of(ChecklistItem), fields_of(OffboardingCase)


# --- What the window and the CLI are given ---------------------------------------------------

@dataclass(frozen=True)
class CaseSummary:
    case_id: int
    person_id: int
    person_name: str
    person_email: str | None
    last_working_day: date
    successor_id: int | None
    successor_name: str | None
    status: CaseStatus
    group: str  # "upcoming", "overdue", "closed" or "cancelled"
    settled: int  # items done or waived
    total: int
    overdue: int  # open items past their due date
    internal_move: bool = False  # the person stays; their accounts are settled by the day of the move

    GROUPS = ("upcoming", "overdue", "closed", "cancelled")

    @property
    def open(self) -> int:
        return self.total - self.settled

    @property
    def progress(self) -> float:
        """0.0 to 1.0; a case without items is settled."""
        return self.settled / self.total if self.total else 1.0


@dataclass(frozen=True)
class OpenItem:
    """An item still open, in the way of closing its case."""

    item_id: int
    due_on: date
    assignee: Assignee
    title: str

    def sentence(self) -> str:
        return messages.sentence("open_item", {"number": self.item_id, "day": self.due_on,
                                               "assignee": self.assignee, "title": self.title})


@dataclass(frozen=True)
class ActiveRole:
    """A role the leaver still holds, in the way of closing the case."""

    leaver: str
    role: Role
    account: AccountName

    def sentence(self) -> str:
        return messages.sentence("active_role", {"leaver": self.leaver, "role": self.role, "account": self.account})


class CaseNotSettled(Conflict):
    """Closing refused while items are open or the leaver still holds roles: the data, one
    OpenItem or ActiveRole each (each says itself with .sentence())."""

    def __init__(self, case_id: int, *, leaver: str, open_items: Sequence[OpenItem] = (),
                 active_roles: Sequence[ActiveRole] = ()):
        self.case_id = case_id
        self.open_items, self.active_roles = tuple(open_items), tuple(active_roles)
        super().__init__("case_not_settled", existing_id=case_id, leaver=leaver, count=len(self.remaining))

    @property
    def remaining(self) -> tuple[OpenItem | ActiveRole, ...]:
        return (*self.open_items, *self.active_roles)

    def sentence(self) -> str:
        return "\n".join([super().sentence(), *(f"  - {line.sentence()}" for line in self.remaining)])


class SuccessorRequired(Conflict):
    """A handover item cannot be completed before the case has a successor."""

    def __init__(self, case_id: int, *, leaver: str, account: AccountName):
        self.case_id = case_id
        super().__init__("successor_required", existing_id=case_id, leaver=leaver, account=account)


# --- Checks shared by starting and changing a case --------------------------------------------

def _check_last_day(problems: Problems, last_working_day: date | None, today: date) -> None:
    if last_working_day is None:
        problems.add("last_working_day", "required", label=Label("Last working day"))
    elif last_working_day < today - timedelta(days=PAST_LIMIT_DAYS):
        problems.add("last_working_day", "last_day_long_ago", day=last_working_day, days=PAST_LIMIT_DAYS)
    elif last_working_day > today + timedelta(days=FUTURE_LIMIT_DAYS):
        problems.add("last_working_day", "last_day_far_ahead", day=last_working_day)


def _check_successor(session: Session, problems: Problems, leaver: Person, successor_id: int | None) -> Person | None:
    if successor_id is None:
        return None
    if successor_id == leaver.id:
        problems.add("successor_id", "own_successor", name=leaver.name)
        return None
    successor = session.get(Person, successor_id)
    if successor is None:
        problems.add("successor_id", "successor_not_found")
    elif successor.employment_status == EmploymentStatus.left:
        problems.add("successor_id", "successor_has_left", name=successor.name)
    return successor


def _prepare(session: Session, templates, person_id: int, last_working_day: date, successor_id: int | None,
             today: date | None, translate: Translate | None, internal_move: bool) -> tuple[Person, list[PlannedItem]]:
    """The leaver and the checklist their case gets, or the refusal of starting it."""
    leaver = existing(session, Person, person_id)
    problems = Problems()
    _check_last_day(problems, last_working_day, today or date.today())
    successor = _check_successor(session, problems, leaver, successor_id)
    problems.raise_if_any()
    if leaver.employment_status == EmploymentStatus.left:
        raise Conflict("leaver_has_left", name=leaver.name)
    open_case = open_case_of(session, leaver.id)
    if open_case is not None:
        raise Conflict("open_case_exists", existing_id=open_case.id, name=leaver.name, day=open_case.last_working_day)
    return leaver, plan_checklist(templates, leaver=party(leaver), successor=party(successor),
                                  accounts=leaver_accounts(session, leaver.id), last_working_day=last_working_day,
                                  translate=translate, calendar=calendar_in(session), include_general=not internal_move)


def _set_person_leaving(session: Session, actor: str, person: Person, status: EmploymentStatus,
                        last_working_day: date | None) -> None:
    old = {"employment_status": person.employment_status.value,
           "last_working_day": audit.plain(person.last_working_day)}
    person.employment_status, person.last_working_day = status, last_working_day
    new = {"employment_status": status.value, "last_working_day": audit.plain(last_working_day)}
    old, new = audit.differences(old, new)
    if new:
        audit.record(session, actor=actor, entity="person", entity_id=person.id, action="update", old=old, new=new)


# --- Starting ---------------------------------------------------------------------------------

def preview_offboarding(db: Database, *, person_id: int, last_working_day: date, successor_id: int | None = None,
                        today: date | None = None, translate: Translate | None = None,
                        internal_move: bool = False) -> list[PlannedItem]:
    """The checklist a case would get, refused for the same reasons as starting it; writes nothing.
    `translate`: the titles' language (domain.checklist.TITLE_WORDS); None: the process default."""
    with db.reading() as session:
        return _prepare(session, active_templates(), person_id, last_working_day, successor_id, today, translate,
                        internal_move)[1]


@unit_of_work
def start_offboarding(db: Database, *, person_id: int, last_working_day: date, successor_id: int | None = None,
                      today: date | None = None, translate: Translate | None = None,
                      internal_move: bool = False) -> OffboardingCase:
    """Open a case with its generated checklist and mark the person as leaving, in one transaction.
    `translate`: the language the items are written in and kept (domain.checklist.TITLE_WORDS).

    `internal_move`: the person stays (a new department or role): their accounts are settled by
    `last_working_day`, the day of the move, without the general items of a departure, and they
    are not recorded as leaving, now or when the case is closed or cancelled."""
    templates = active_templates()
    with db.transaction() as session:
        leaver, planned = _prepare(session, templates, person_id, last_working_day, successor_id, today, translate,
                                   internal_move)
        case = OffboardingCase(person_id=leaver.id, last_working_day=last_working_day, successor_id=successor_id,
                               opened_by=db.actor, internal_move=internal_move)
        session.add(case)
        try:
            session.flush()
        except sa.exc.IntegrityError:  # another window opened one for the same person a moment ago
            raise Conflict("case_opened_meanwhile", name=leaver.name) from None
        audit.record(session, actor=db.actor, entity="offboarding_case", entity_id=case.id, action="start",
                     new=audit.snapshot(case, CASE_FIELDS) | {"person_name": leaver.name, "items": len(planned),
                                                              "templates": str(templates.path)})
        store_items(session, db.actor, case, planned)
        if not internal_move:
            _set_person_leaving(session, db.actor, leaver, EmploymentStatus.leaving, last_working_day)
        return case


# --- Items ------------------------------------------------------------------------------------

def _item(session: Session, item_id: int) -> tuple[ChecklistItem, OffboardingCase]:
    item = existing(session, ChecklistItem, item_id)
    return item, existing(session, OffboardingCase, item.case_id)


def _require_open(case: OffboardingCase) -> None:
    if case.status == CaseStatus.closed:
        raise Conflict("case_closed")
    if case.status == CaseStatus.cancelled:
        raise Conflict("case_cancelled")


def _open_item(session: Session, item_id: int) -> tuple[ChecklistItem, OffboardingCase]:
    """The item and its case, both still open (refused otherwise)."""
    item, case = _item(session, item_id)
    _require_open(case)
    if item.status == ItemStatus.done:
        raise Conflict("item_done", number=item.id, by=item.done_by)
    if item.status == ItemStatus.waived:
        raise Conflict("item_waived", number=item.id, reason=item.waive_reason)
    return item, case


def _apply_effect(session: Session, actor: str, case: OffboardingCase, item: ChecklistItem, template: Template,
                  today: date) -> list[str]:
    """Move or revoke the leaver's roles on the item's account; what changed, one line each."""
    leaver = session.get(Person, case.person_id)
    account = existing(session, Account, item.account_id)
    label = account_label(account.platform, account.presence.value, account.display_name, account.handle)
    named = account_name(account.platform, account.presence, account.display_name, account.handle)
    # The offboarding by its number, not the leaver's name: the reason stays in the role's history
    # and the audit trail after the leaver is anonymised.
    reason = f"Offboarding {case.id}"
    grants = session.exec(select(AccountRole).where(
        AccountRole.account_id == account.id, AccountRole.person_id == leaver.id,
        AccountRole.revoked_on.is_(None)).order_by(AccountRole.id)).all()
    acted_on = [g for g in grants if template.leaver_role is None or g.role.value in template.leaver_role]
    changed: list[str] = []
    if template.effect == Effect.end_consent:
        record = withdraw_in(session, actor, account, on=case.last_working_day, note=reason, unlist=True)
        changed.append(f"ambassador consent for {label}: ends on {record.withdrawn_on.isoformat()}")
    elif template.effect in Effect.MOVES_ROLES:
        if account.kind == Kind.personal:
            raise Conflict("personal_never_handed_over", account=named)
        if case.successor_id is None:
            raise SuccessorRequired(case.id, leaver=leaver.name, account=named)
        successor = session.get(Person, case.successor_id)
        successor_roles = set(session.exec(select(AccountRole.role).where(
            AccountRole.account_id == account.id, AccountRole.person_id == successor.id,
            AccountRole.revoked_on.is_(None))).all())
        for grant in acted_on:
            if grant.role not in successor_roles:
                grant_in(session, actor, account_id=account.id, person_id=successor.id, role=grant.role,
                         granted_on=today, today=today)
                successor_roles.add(grant.role)
            revoke_in(session, actor, role_id=grant.id, reason=reason, revoked_on=today, today=today)
            changed.append(f"{grant.role.value} of {label}: {leaver.name} → {successor.name}")
        if template.effect == Effect.transfer and account.holder_id != successor.id:
            old_holder = account.holder_id
            account.holder_id = successor.id
            audit.record(session, actor=actor, entity="account", entity_id=account.id, action="update",
                         account_id=account.id, old={"holder_id": old_holder},
                         new={"holder_id": successor.id, "reason": reason})
            changed.append(f"holder of {label}: {leaver.name} → {successor.name}")
    elif template.effect == Effect.revoke:
        for grant in acted_on:
            revoke_in(session, actor, role_id=grant.id, reason=reason, revoked_on=today, today=today)
            changed.append(f"{grant.role.value} of {label}: {leaver.name}'s role revoked")
    return changed


@unit_of_work
def complete_item(db: Database, item_id: int, *, note: str | None = None, today: date | None = None) -> ChecklistItem:
    """Tick an item off. A handover item moves the leaver's roles to the successor, a revoking
    item revokes them: in the same transaction as the tick, each change audited."""
    today = today or date.today()
    problems = Problems()
    cleaned_note = problems.declared(_ITEM["note"], note)
    problems.raise_if_any()
    with db.transaction() as session:
        item, case = _open_item(session, item_id)
        template = active_templates().by_action(item.action) if item.account_id is not None else None
        changed = []
        if template is not None and template.effect is not None:
            changed = _apply_effect(session, db.actor, case, item, template, today)
        item.status, item.done_by, item.done_at = ItemStatus.done, db.actor, utcnow()
        if cleaned_note is not None:
            item.note = cleaned_note
        new = {"status": ItemStatus.done.value, "note": item.note}
        if changed:
            new["changes"] = changed
        audit.record(session, actor=db.actor, entity="checklist_item", entity_id=item.id, action="complete",
                     account_id=item.account_id, old={"status": ItemStatus.open.value}, new=new)
        return item


@unit_of_work
def waive_item(db: Database, item_id: int, *, reason: str) -> ChecklistItem:
    """Settle an item without doing it; the reason is required and kept."""
    cleaned = _required_reason(reason, "waive_reason_required", _ITEM["waive_reason"].max_length)
    with db.transaction() as session:
        item = _open_item(session, item_id)[0]
        item.status, item.waive_reason, item.done_by, item.done_at = ItemStatus.waived, cleaned, db.actor, utcnow()
        audit.record(session, actor=db.actor, entity="checklist_item", entity_id=item.id, action="waive",
                     account_id=item.account_id, old={"status": ItemStatus.open.value},
                     new={"status": ItemStatus.waived.value, "waive_reason": cleaned})
        return item


@unit_of_work
def reopen_item(db: Database, item_id: int, *, reason: str | None = None) -> ChecklistItem:
    """Make a done or waived item open again. Roles a handover moved stay where they are: moving
    them back is a change of its own, made (and audited) on the account."""
    problems = Problems()
    cleaned = problems.text("reason", reason, Label("Reason"), max_length=_ITEM["waive_reason"].max_length)
    problems.raise_if_any()
    with db.transaction() as session:
        item, case = _item(session, item_id)
        _require_open(case)
        if item.status == ItemStatus.open:
            raise Conflict("item_open", number=item.id)
        old = {"status": item.status.value, "done_by": item.done_by, "done_at": audit.plain(item.done_at),
               "waive_reason": item.waive_reason}
        item.status, item.done_by, item.done_at, item.waive_reason = ItemStatus.open, None, None, None
        new = {"status": ItemStatus.open.value}
        if cleaned:
            new["reason"] = cleaned
        audit.record(session, actor=db.actor, entity="checklist_item", entity_id=item.id, action="reopen",
                     account_id=item.account_id, old=old, new=new)
        return item


def _refresh_open_titles(session: Session, actor: str, case: OffboardingCase, planned: Sequence[PlannedItem]) -> None:
    """Open items say what is to be done now (successor's name, roles held); done ones keep their
    words. Each item changed is audited, in the history of its account."""
    by_key = {(p.action, p.account_id): p for p in planned}
    for item in session.exec(select(ChecklistItem).where(ChecklistItem.case_id == case.id,
                                                         ChecklistItem.status == ItemStatus.open)):
        p = by_key.get((item.action, item.account_id))
        values = {"title": p.title if p else item.title, "assignee_person_id": item.assignee_person_id}
        if item.assignee_function == ASSIGNED_TO_SUCCESSOR:
            values["assignee_person_id"] = case.successor_id
        audit.apply_and_record(session, actor=actor, row=item, values=values, fields=values, entity="checklist_item",
                               account_id=item.account_id)


# --- The case ---------------------------------------------------------------------------------

@unit_of_work
def change_last_working_day(db: Database, case_id: int, new_day: date, *, today: date | None = None
                            ) -> OffboardingCase:
    """Move the last working day; open items move with it, done and waived ones keep their dates."""
    today = today or date.today()
    problems = Problems()
    _check_last_day(problems, new_day, today)
    problems.raise_if_any()
    with db.transaction() as session:
        case = existing(session, OffboardingCase, case_id)
        _require_open(case)
        if case.last_working_day == new_day:
            return case
        old_day = case.last_working_day
        case.last_working_day = new_day
        moved = 0
        calendar = calendar_in(session)
        for item in session.exec(select(ChecklistItem).where(ChecklistItem.case_id == case.id,
                                                             ChecklistItem.status == ItemStatus.open)):
            item.due_on = calendar.add(new_day, item.due_offset_business_days)
            moved += 1
        audit.record(session, actor=db.actor, entity="offboarding_case", entity_id=case.id, action="update",
                     old={"last_working_day": old_day.isoformat()},
                     new={"last_working_day": new_day.isoformat(), "open_items_moved": moved})
        person = session.get(Person, case.person_id)
        if person.employment_status == EmploymentStatus.leaving and not case.internal_move:
            _set_person_leaving(session, db.actor, person, EmploymentStatus.leaving, new_day)
        return case


@unit_of_work
def set_successor(db: Database, case_id: int, successor_id: int | None) -> OffboardingCase:
    """Choose (or clear) the default successor; open items assigned to the successor follow."""
    templates = active_templates()
    with db.transaction() as session:
        case = existing(session, OffboardingCase, case_id)
        _require_open(case)
        leaver = existing(session, Person, case.person_id)
        problems = Problems()
        successor = _check_successor(session, problems, leaver, successor_id)
        problems.raise_if_any()
        if case.successor_id == successor_id:
            return case
        old = case.successor_id
        case.successor_id = successor_id
        _refresh_open_titles(session, db.actor, case, plan_for_case(session, case, templates))
        audit.record(session, actor=db.actor, entity="offboarding_case", entity_id=case.id, action="update",
                     old={"successor_id": old},
                     new={"successor_id": successor_id, "successor_name": successor.name if successor else None})
        return case


def account_names(db: Database, account_ids: Iterable[int | None]) -> dict[int, AccountName]:
    """Each account's name, to be said in the user's language (a preview's PlannedItem carries
    only the English label of its titles)."""
    with db.reading() as session:
        return {aid: name for aid, (_, name) in accounts_named(session, account_ids).items()}


def _remaining(session: Session, case: OffboardingCase, leaver: Person) -> tuple[list[OpenItem], list[ActiveRole]]:
    names = _assignee_names(session, [case])
    open_items = [OpenItem(item.id, item.due_on, _assignee(item, names, case), item.title)
                  for item in session.exec(select(ChecklistItem).where(ChecklistItem.case_id == case.id,
                                                                       ChecklistItem.status == ItemStatus.open)
                                           .order_by(ChecklistItem.due_on, ChecklistItem.id))]
    account, role = Account.__table__, AccountRole.__table__
    rows = session.execute(
        sa.select(account.c.platform, account.c.presence, account.c.display_name, account.c.handle, role.c.role)
        .join(role, role.c.account_id == account.c.id)
        .where(role.c.person_id == leaver.id, role.c.revoked_on.is_(None))
        .order_by(bytewise(account.c.platform), bytewise(account.c.handle), bytewise(role.c.role)))
    active_roles = [ActiveRole(leaver.name, Role(role_value), account_name(platform, presence, display_name, handle))
                    for platform, presence, display_name, handle, role_value in rows]
    return open_items, active_roles


@unit_of_work
def close_case(db: Database, case_id: int, *, today: date | None = None) -> OffboardingCase:
    """Close a settled case. Refused, listing what remains one line each, while any item is
    open or the leaver still holds an active role anywhere. Once the last working day has
    passed, the person is recorded as having left."""
    today = today or date.today()
    with db.transaction() as session:
        case = existing(session, OffboardingCase, case_id)
        if case.status != CaseStatus.open:
            raise Conflict("case_already", status=case.status)
        leaver = existing(session, Person, case.person_id)
        open_items, active_roles = _remaining(session, case, leaver)
        if open_items or active_roles:
            raise CaseNotSettled(case.id, leaver=leaver.name, open_items=open_items, active_roles=active_roles)
        case.status, case.closed_at, case.closed_by, case.status_reason = CaseStatus.closed, utcnow(), db.actor, None
        audit.record(session, actor=db.actor, entity="offboarding_case", entity_id=case.id, action="close",
                     old={"status": CaseStatus.open.value}, new={"status": CaseStatus.closed.value})
        if (leaver.employment_status == EmploymentStatus.leaving and case.last_working_day <= today
                and not case.internal_move):
            _set_person_leaving(session, db.actor, leaver, EmploymentStatus.left, case.last_working_day)
        return case


def _required_reason(reason: str | None, code: str, max_length: int = _CASE["status_reason"].max_length) -> str:
    problems = Problems()
    cleaned = problems.text("reason", reason, Label("Reason"), max_length=max_length)
    if cleaned is None and "reason" not in problems:
        problems.add("reason", code)
    problems.raise_if_any()
    return cleaned


@unit_of_work
def reopen_case(db: Database, case_id: int, *, reason: str) -> OffboardingCase:
    """Open a closed or cancelled case again; the person is leaving again unless they have left."""
    cleaned = _required_reason(reason, "reopen_reason_required")
    with db.transaction() as session:
        case = existing(session, OffboardingCase, case_id)
        if case.status == CaseStatus.open:
            raise Conflict("case_already", status=case.status)
        leaver = existing(session, Person, case.person_id)
        other = open_case_of(session, leaver.id)
        if other is not None:
            raise Conflict("other_open_case", existing_id=other.id, name=leaver.name)
        old = {"status": case.status.value, "status_reason": case.status_reason}
        case.status, case.closed_at, case.closed_by, case.status_reason = CaseStatus.open, None, None, cleaned
        audit.record(session, actor=db.actor, entity="offboarding_case", entity_id=case.id, action="reopen",
                     old=old, new={"status": CaseStatus.open.value, "status_reason": cleaned})
        if leaver.employment_status != EmploymentStatus.left and not case.internal_move:
            _set_person_leaving(session, db.actor, leaver, EmploymentStatus.leaving, case.last_working_day)
        return case


@unit_of_work
def cancel_case(db: Database, case_id: int, *, reason: str) -> OffboardingCase:
    """Cancel an open case (the person stays, after all): it is kept, marked cancelled, and the
    person is employed again unless they have left."""
    cleaned = _required_reason(reason, "cancel_reason_required")
    with db.transaction() as session:
        case = existing(session, OffboardingCase, case_id)
        if case.status != CaseStatus.open:
            raise Conflict("cancel_only_open", status=case.status)
        old = {"status": case.status.value, "status_reason": case.status_reason}
        case.status, case.status_reason = CaseStatus.cancelled, cleaned
        audit.record(session, actor=db.actor, entity="offboarding_case", entity_id=case.id, action="cancel",
                     old=old, new={"status": CaseStatus.cancelled.value, "status_reason": cleaned})
        leaver = existing(session, Person, case.person_id)
        if leaver.employment_status != EmploymentStatus.left and not case.internal_move:
            _set_person_leaving(session, db.actor, leaver, EmploymentStatus.employed, None)
        return case


# --- Reading cases ----------------------------------------------------------------------------

def get_case(db: Database, case_id: int) -> OffboardingCase:
    with db.reading() as session:
        return existing(session, OffboardingCase, case_id)


def cases(db: Database, *, today: date | None = None) -> list[CaseSummary]:
    """Every case with its progress, grouped: upcoming, overdue, closed, cancelled; within a
    group by last working day."""
    today = today or date.today()
    case, person, item = OffboardingCase.__table__, Person.__table__, ChecklistItem.__table__
    successor = person.alias("successor")
    with db.reading() as session:
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # settled, total, overdue
        # Past due counted by an aggregate, not grouped by an expression: PostgreSQL refuses a
        # GROUP BY whose bound date is a second parameter from the one in the select list.
        past_due = sa.func.sum(sa.case((item.c.due_on < today, 1), else_=0))
        for case_id, status, n, late in session.execute(
                sa.select(item.c.case_id, item.c.status, sa.func.count(), past_due)
                .group_by(item.c.case_id, item.c.status)):
            entry = counts[case_id]
            entry[1] += n
            if status != ItemStatus.open:
                entry[0] += n
            else:
                entry[2] += int(late or 0)
        rows = session.execute(
            sa.select(case.c.id, case.c.person_id, person.c.name, person.c.work_email, case.c.last_working_day,
                      case.c.successor_id, successor.c.name, case.c.status, case.c.internal_move)
            .join(person, person.c.id == case.c.person_id)
            .outerjoin(successor, successor.c.id == case.c.successor_id)).all()
    summaries = []
    for cid, pid, name, email, last_day, successor_id, successor_name, status, internal_move in rows:
        settled, total, overdue = counts.get(cid, (0, 0, 0))
        if status == CaseStatus.open:
            late = overdue > 0 or (last_day < today and settled < total)
            group = "overdue" if late else "upcoming"
        else:
            group = status.value
        summaries.append(CaseSummary(cid, pid, name, email, last_day, successor_id, successor_name, status, group,
                                     settled, total, overdue, bool(internal_move)))
    order = {g: n for n, g in enumerate(CaseSummary.GROUPS)}
    summaries.sort(key=lambda s: (order[s.group], s.last_working_day if s.group in ("upcoming", "overdue")
                                  else date.max - s.last_working_day, s.case_id))
    return summaries


def _assignee_names(session: Session, cases_: Sequence[OffboardingCase]) -> dict[int, str]:
    ids = {c.person_id for c in cases_} | {c.successor_id for c in cases_ if c.successor_id}
    ids |= set(session.exec(select(ChecklistItem.assignee_person_id).where(
        ChecklistItem.case_id.in_([c.id for c in cases_]), ChecklistItem.assignee_person_id.is_not(None))).all())
    return dict(session.execute(sa.select(Person.id, Person.name).where(Person.id.in_(ids))).all()) if ids else {}


def export_case_csv(db: Database, case_id: int, path: str | os.PathLike) -> Path:
    """Write the case's items as CSV (UTF-8 with BOM, semicolons), whole or not at all."""
    from accountregistry.services.ownership_report import text_cell  # here: the report's module is large
    views = case_items(db, case_id)
    target = checked_target(path)
    with written_whole(target, encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=CSV_DELIMITER)
        writer.writerow(CSV_HEADER)
        for v in views:
            # Numbers stay numbers: only text cells are guarded against formulas.
            writer.writerow([v.id, v.account_id or "", text_cell(v.account_name), v.action, text_cell(v.title),
                             text_cell(v.assignee.english), v.due_on.isoformat(), v.due_offset_business_days,
                             v.status.value, text_cell(v.done_by), text_cell(v.done_at), text_cell(v.waive_reason),
                             text_cell(v.note)])
    return target
