"""Handover terms: what happens to an account when its holder or an administrator leaves.

Every change is a new version; earlier versions stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import func, select

from accountregistry.domain.errors import Label
from accountregistry.domain.vocabulary import TRANSFER_DISPOSITIONS, Disposition, Kind
from accountregistry.services import audit
from accountregistry.services.accounts import current_terms_in
from accountregistry.services.accounts import get_in as get_account_in
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database
from accountregistry.store.models import HandoverTerms, Person

TERMS_FIELDS = ("version", "disposition", "successor_id", "followers_terms", "content_terms", "notice_days",
                "agreed_on", "agreed_by_holder", "agreed_by_company")


@dataclass
class TermsInput:
    disposition: Disposition | str
    agreed_on: date
    successor_id: int | None = None
    followers_terms: str | None = None  # what happens to followers, network and groups
    content_terms: str | None = None
    notice_days: int | None = None
    agreed_by_holder: bool = False
    agreed_by_company: str | None = None


def record_terms(db: Database, account_id: int, data: TermsInput, *, today: date | None = None) -> HandoverTerms:
    today = today or date.today()
    problems = Problems()
    disposition = problems.choice("disposition", data.disposition, Disposition, Label("Disposition"))
    values = {
        "followers_terms": problems.text("followers_terms", data.followers_terms,
                                         Label("Followers, network and groups"), max_length=4000),
        "content_terms": problems.text("content_terms", data.content_terms, Label("Content"), max_length=4000),
        "notice_days": problems.whole_number("notice_days", data.notice_days, Label("Notice (days)"), low=0, high=365),
        "agreed_by_company": problems.text("agreed_by_company", data.agreed_by_company,
                                           Label("Agreed for the company by"), max_length=200),
    }
    if data.agreed_on is None:
        problems.add("agreed_on", "The date the terms were agreed is required.")
    else:
        problems.not_after_today("agreed_on", data.agreed_on, Label("Agreed on"), today)
    with db.transaction() as session:
        account = get_account_in(session, account_id)
        if account.kind == Kind.personal and disposition in TRANSFER_DISPOSITIONS:
            problems.add("disposition", "A personal account belongs to its holder: the employer can never take "
                                        "it over, so it cannot be transferred.")
        if data.successor_id is not None:
            if session.get(Person, data.successor_id) is None:
                problems.add("successor_id", "The chosen successor is not in the registry.")
            elif data.successor_id == account.holder_id:
                problems.add("successor_id", "The successor cannot be the account's own holder.")
        problems.raise_if_any()
        previous = current_terms_in(session, account_id)
        version = session.exec(select(func.coalesce(func.max(HandoverTerms.version), 0))
                               .where(HandoverTerms.account_id == account_id)).one() + 1
        terms = HandoverTerms(account_id=account_id, version=version, disposition=disposition,
                              successor_id=data.successor_id, agreed_on=data.agreed_on,
                              agreed_by_holder=bool(data.agreed_by_holder), recorded_by=db.actor, **values)
        session.add(terms)
        session.flush()
        after = audit.snapshot(terms, TERMS_FIELDS)
        before = audit.snapshot(previous, TERMS_FIELDS) if previous else {}
        old, new = audit.differences(before, after)
        audit.record(session, actor=db.actor, entity="handover_terms", entity_id=terms.id, action="agree",
                     account_id=account_id, old=old or None, new=new)
        return terms


def current_terms(db: Database, account_id: int) -> HandoverTerms | None:
    with db.reading() as session:
        return current_terms_in(session, account_id)


def terms_history(db: Database, account_id: int) -> list[HandoverTerms]:
    """Every version of the account's terms, newest first."""
    with db.reading() as session:
        return list(session.exec(select(HandoverTerms).where(HandoverTerms.account_id == account_id)
                                 .order_by(HandoverTerms.version.desc())))
