"""Handover terms: what happens to an account when its holder or an administrator leaves.

Every change is a new version; earlier versions stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import func, select

from accountregistry.domain import rules
from accountregistry.domain.vocabulary import Disposition
from accountregistry.services import audit
from accountregistry.services.accounts import current_terms_in
from accountregistry.services.records import existing
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database, unit_of_work
from accountregistry.store.fields import field_names
from accountregistry.store.models import Account, HandoverTerms, Person, TermsFields

TERMS_FIELDS = field_names(TermsFields)  # what the audit trail records of a version of the terms
# Checked as store/models.py declares them.
_STATED = ("disposition", "followers_terms", "content_terms", "notice_days", "agreed_on", "agreed_by_company")


@dataclass
class TermsInput:
    disposition: Disposition | str
    agreed_on: date | None  # None: proposed terms, not yet agreed (the risk "no handover terms" stays)
    successor_id: int | None = None
    followers_terms: str | None = None  # what happens to followers, network and groups
    content_terms: str | None = None
    notice_days: int | None = None
    agreed_by_holder: bool = False
    agreed_by_company: str | None = None


@unit_of_work
def record_terms(db: Database, account_id: int, data: TermsInput, *, today: date | None = None) -> HandoverTerms:
    today = today or date.today()
    problems = Problems()
    values = problems.fields(HandoverTerms, data, _STATED, today=today)
    with db.transaction() as session:
        account = existing(session, Account, account_id)
        if problem := rules.disposition_refused(account.kind, values["disposition"]):
            problems.add("disposition", problem)
        if data.successor_id is not None and session.get(Person, data.successor_id) is None:
            problems.add("successor_id", "successor_not_found")
        elif problem := rules.successor_refused(data.successor_id, account.holder_id):
            problems.add("successor_id", problem)
        problems.raise_if_any()
        previous = current_terms_in(session, account_id)
        version = session.exec(select(func.coalesce(func.max(HandoverTerms.version), 0))
                               .where(HandoverTerms.account_id == account_id)).one() + 1
        terms = HandoverTerms(account_id=account_id, version=version, successor_id=data.successor_id,
                              agreed_by_holder=bool(data.agreed_by_holder), recorded_by=db.actor, **values)
        session.add(terms)
        session.flush()
        after = audit.snapshot(terms, TERMS_FIELDS)
        before = audit.snapshot(previous, TERMS_FIELDS) if previous else {}
        old, new = audit.differences(before, after)
        audit.record(session, actor=db.actor, entity="handover_terms", entity_id=terms.id, action="agree",
                     account_id=account_id, old=old or None, new=new)
        return terms


def is_current(terms: sa.FromClause = HandoverTerms.__table__) -> sa.ColumnElement[bool]:
    """The version in `terms` (the table or an alias of it) is its account's current one: none newer.
    PostgreSQL joins the versions to the newer ones once (an anti join); SQLite looks each
    version's newer one up in the (account, version) index."""
    newer = HandoverTerms.__table__.alias("newer")
    return ~sa.exists().where(newer.c.account_id == terms.c.account_id, newer.c.version > terms.c.version)


def current_terms(db: Database, account_id: int) -> HandoverTerms | None:
    with db.reading() as session:
        return current_terms_in(session, account_id)


def terms_history(db: Database, account_id: int) -> list[HandoverTerms]:
    """Every version of the account's terms, newest first."""
    with db.reading() as session:
        return list(session.exec(select(HandoverTerms).where(HandoverTerms.account_id == account_id)
                                 .order_by(HandoverTerms.version.desc())))
