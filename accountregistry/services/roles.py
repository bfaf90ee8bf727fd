"""Administrators: roles granted and revoked. A revocation completes its grant's row; the
history of who could do what, and when, is never overwritten."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session
from sqlmodel import select

from accountregistry.domain.errors import Conflict
from accountregistry.domain import rules
from accountregistry.domain.vocabulary import Role
from accountregistry.services import audit, offboarding_items
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import field_names, fields_of
from accountregistry.store.models import Account, AccountRole, Person, RoleFields
from accountregistry.services.records import existing

ROLE_FIELDS = field_names(RoleFields)  # what the audit trail records of a grant
_ROLE = fields_of(AccountRole)


def grant_in(session: Session, actor: str, *, account_id: int, person_id: int, role: Role | str,
             granted_on: date, today: date) -> AccountRole:
    """Grant inside a caller's transaction (the offboarding's handover uses this too)."""
    problems = Problems()
    chosen = problems.declared(_ROLE["role"], role)
    problems.declared(_ROLE["granted_on"], granted_on, today=today)
    problems.raise_if_any()
    account = existing(session, Account, account_id)
    person = existing(session, Person, person_id)
    refused = rules.grant_refused(account_status=account.status, person_name=person.name,
                                  person_status=person.employment_status)
    if refused is not None:
        raise Conflict(refused.code, **refused.params)
    active = session.exec(select(AccountRole).where(
        AccountRole.account_id == account_id, AccountRole.person_id == person_id,
        AccountRole.role == chosen, AccountRole.revoked_on.is_(None))).first()
    if active is not None:
        raise Conflict("role_already_held", existing_id=active.id, name=person.name, role=chosen)
    grant = AccountRole(account_id=account_id, person_id=person_id, role=chosen, granted_on=granted_on,
                        granted_by=actor)
    session.add(grant)
    session.flush()
    audit.record(session, actor=actor, entity="account_role", entity_id=grant.id, action="grant",
                 account_id=account_id, new=audit.snapshot(grant, ROLE_FIELDS) | {"person_name": person.name})
    # A role given to someone already leaving must be settled before they go, like the others.
    offboarding_items.items_for_new_role(session, actor, grant)
    return grant


def revoke_in(session: Session, actor: str, *, role_id: int, reason: str, revoked_on: date,
              today: date) -> AccountRole:
    problems = Problems()
    cleaned = problems.text("reason", reason, _ROLE["reason"].label, max_length=_ROLE["reason"].max_length,
                            required=True)
    problems.declared(_ROLE["revoked_on"], revoked_on, today=today)
    problems.raise_if_any()
    grant = existing(session, AccountRole, role_id)
    if grant.revoked_on is not None:
        raise Conflict("role_already_revoked", day=grant.revoked_on)
    if revoked_on < grant.granted_on:
        problems.add("revoked_on", "revoked_before_granted", day=grant.granted_on)
        problems.raise_if_any()
    grant.revoked_on, grant.revoked_by, grant.reason = revoked_on, actor, cleaned
    person = session.get(Person, grant.person_id)
    audit.record(session, actor=actor, entity="account_role", entity_id=grant.id, action="revoke",
                 account_id=grant.account_id,
                 old={"revoked_on": None},
                 new={"revoked_on": revoked_on.isoformat(), "reason": cleaned, "role": grant.role.value,
                      "person_id": grant.person_id, "person_name": person.name if person else None})
    return grant


@unit_of_work
def grant_role(db: Database, *, account_id: int, person_id: int, role: Role | str,
               granted_on: date | None = None, today: date | None = None) -> AccountRole:
    today = today or date.today()
    with db.transaction() as session:
        return grant_in(session, db.actor, account_id=account_id, person_id=person_id, role=role,
                        granted_on=granted_on or today, today=today)


@unit_of_work
def revoke_role(db: Database, *, role_id: int, reason: str, revoked_on: date | None = None,
                today: date | None = None) -> AccountRole:
    today = today or date.today()
    with db.transaction() as session:
        return revoke_in(session, db.actor, role_id=role_id, reason=reason, revoked_on=revoked_on or today,
                         today=today)


