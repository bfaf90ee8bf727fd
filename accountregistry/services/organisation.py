"""The organisation's settings: its name, its email domains, the default review interval."""

from __future__ import annotations

from sqlmodel import Session

from accountregistry.domain.errors import Label
from accountregistry.services import audit
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database
from accountregistry.store.models import OrganisationSettings

SETTINGS_FIELDS = ("name", "email_domains", "default_review_interval_months")


def _row(session: Session) -> OrganisationSettings:
    return session.get(OrganisationSettings, 1)


def get_settings(db: Database) -> OrganisationSettings:
    with db.reading() as session:
        return _row(session)


def company_domains(settings: OrganisationSettings) -> frozenset[str]:
    return frozenset(d for d in settings.email_domains.split(",") if d)


def update_settings(db: Database, *, name: str | None = None, email_domains: list[str] | None = None,
                    default_review_interval_months: int | None = None) -> OrganisationSettings:
    problems = Problems()
    cleaned_name = problems.text("name", name, Label("Organisation name"), max_length=200) if name is not None else None
    domains = None
    if email_domains is not None:
        domains = []
        for raw in email_domains:
            domain = raw.strip().lower().lstrip("@")
            if not domain:
                continue
            if "." not in domain or any(c.isspace() or c in "@/,;" for c in domain):
                problems.add("email_domains", "not_email_domain", value=raw.strip())
            elif domain not in domains:
                domains.append(domain)
    interval = problems.whole_number("default_review_interval_months", default_review_interval_months,
                                     Label("Default review interval (months)"), low=1, high=60)
    problems.raise_if_any()
    with db.transaction() as session:
        row = _row(session)
        values = {}
        if name is not None:
            values["name"] = cleaned_name or ""
        if domains is not None:
            values["email_domains"] = ",".join(domains)
        if interval is not None:
            values["default_review_interval_months"] = interval
        audit.apply_and_record(session, actor=db.actor, row=row, values=values, fields=SETTINGS_FIELDS,
                               entity="organisation_settings")
        return row
