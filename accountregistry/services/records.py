"""A record by its id, or the refusal that names what was asked for: one table for all of them."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session

from accountregistry.domain.errors import NotFound
from accountregistry.store.models import Account, AccountRole, ChecklistItem, OffboardingCase, Person

Record = TypeVar("Record")

# The record's class -> the refusal's code and the name of its id parameter in MESSAGES.
NOT_FOUND: dict[type, tuple[str, str]] = {
    Account: ("account_not_found", "account_id"),
    Person: ("person_not_found", "person_id"),
    AccountRole: ("role_not_found", "role_id"),
    OffboardingCase: ("case_not_found", "case_id"),
    ChecklistItem: ("item_not_found", "item_id"),
}


def existing(session: Session, model: type[Record], record_id: int) -> Record:
    """The row of `model` with this id, or NotFound with the code the table gives it."""
    found = session.get(model, record_id)
    if found is None:
        code, parameter = NOT_FOUND[model]
        raise NotFound(code, **{parameter: record_id})
    return found
