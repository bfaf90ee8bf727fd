"""An account import's terms, roles and kinds reach the open offboarding cases they touch.

The import writes in bulk (services/import_writing) without the case rules; afterwards, in the
same transaction, the accounts of people with an open case that the import gave terms, a role
or a kind go through the same service functions as the window's and the CLI's changes
(services/offboarding_items). Usually no case is open, or the import touches none: then this is
one query, or two and a reading of the plan's rows.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlmodel import Session

from accountregistry.domain.vocabulary import CaseStatus
from accountregistry.services import offboarding_items
from accountregistry.services.accounts import current_terms_in
from accountregistry.services.import_planning import ImportPlan, Work
from accountregistry.store.models import Account, AccountRole, OffboardingCase

__all__ = ["follow_import"]


def follow_import(session: Session, actor: str, plan: ImportPlan, chosen: Callable[[Work], bool]) -> None:
    """After the plan's rows `chosen` are written: the open cases follow them, as they follow the
    same changes made one at a time."""
    leavers = set(session.scalars(sa.select(OffboardingCase.__table__.c.person_id)
                                  .where(OffboardingCase.__table__.c.status == CaseStatus.open)))
    if not leavers or plan.work is None:
        return
    granted, kinds, terms = _touched(plan, chosen, leavers, _accounts_of(session, leavers))
    role = AccountRole.__table__.c
    if granted:
        for account_role in session.scalars(sa.select(AccountRole).where(
                sa.tuple_(role.account_id, role.person_id).in_(sorted(granted)), role.revoked_on.is_(None))
                .order_by(role.id)):
            offboarding_items.items_for_new_role(session, actor, account_role)
    for account_id in sorted(kinds):
        offboarding_items.follow_kind(session, actor, session.get(Account, account_id))
    for account_id in sorted(terms):
        offboarding_items.follow_terms(session, actor, current_terms_in(session, account_id))


def _touched(plan: ImportPlan, chosen: Callable[[Work], bool], leavers: set[int], theirs: dict[tuple[str, str], int]
             ) -> tuple[set[tuple[int, int]], set[int], set[int]]:
    """Of the leavers' accounts (`theirs`), what the chosen rows wrote: (account, leaver) given a
    role, accounts whose kind was recorded, accounts given terms."""
    granted: set[tuple[int, int]] = set()
    kinds: set[int] = set()
    terms: set[int] = set()
    ids = set(theirs.values())
    if not ids:
        return granted, kinds, terms
    for chunk in plan.work.chunks():
        for w in chunk:
            account_id = w.account_id if w.account_id is not None else theirs.get(_address(w))
            if account_id not in ids or not chosen(w):
                continue
            granted.update((account_id, person) for person, _ in w.grants if person in leavers)
            if "kind" in w.fields:
                kinds.add(account_id)
            if w.terms is not None:
                terms.add(account_id)
    return granted, kinds, terms


def _accounts_of(session: Session, leavers: set[int]) -> dict[tuple[str, str], int]:
    """The accounts the leavers hold or have an active role on, by platform and handle."""
    account, role = Account.__table__.c, AccountRole.__table__.c
    administered = sa.select(role.account_id).where(role.person_id.in_(leavers), role.revoked_on.is_(None))
    return {(platform, handle): account_id for account_id, platform, handle in session.execute(
        sa.select(account.id, account.platform, account.handle)
        .where(sa.or_(account.holder_id.in_(leavers), account.id.in_(administered))))}


def _address(w: Work) -> tuple[str, str]:
    """A new account's platform and handle, as the row gives them."""
    return w.values[w.fields.index("platform")], w.values[w.fields.index("handle")]
