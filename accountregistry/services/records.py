"""A record by its id, or the refusal that names what was asked for: one table for all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn, TypeVar

from accountregistry.domain.errors import NotFound
from accountregistry.domain.record_ids import could_exist
from accountregistry.store.database import refuse_stale, unit_of_work

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sqlmodel import Session

    from accountregistry.store.database import Database

Record = TypeVar("Record")

# The record's table -> the refusal's code and the name of its id parameter in MESSAGES.
NOT_FOUND: dict[str, tuple[str, str]] = {
    "account": ("account_not_found", "account_id"),
    "person": ("person_not_found", "person_id"),
    "account_role": ("role_not_found", "role_id"),
    "offboarding_case": ("case_not_found", "case_id"),
    "checklist_item": ("item_not_found", "item_id"),
    "agreement": ("agreement_not_found", "agreement_id"),
}


def existing(session: Session, model: type[Record], record_id: int) -> Record:
    """The row of `model` with this id, or NotFound with the code the table gives it."""
    found = session.get(model, record_id) if could_exist(record_id) else None
    if found is None:
        refuse_missing(model.__tablename__, record_id)
    return found


@unit_of_work
def edit(db: Database, model: type[Record], record_id: int, expected_version: int | None, fields: Iterable[str],
         values: Callable[[Session, Record], dict], trail: Callable[[Record, dict], dict] = lambda *_: {}) -> Record:
    """An account or a person changed by an edit: the row as the edit saw it (NotFound; Conflict when
    someone has changed it since `expected_version`), set to `values(session, row)` and audited as one
    update (none when nothing changed) that also names what `trail(row, values)` gives."""
    from accountregistry.services import audit  # loads the models: not for the light reads (case_reading)
    with db.transaction() as session:
        row = existing(session, model, record_id)
        refuse_stale(row, expected_version)
        new = values(session, row)
        audit.apply_and_record(session, actor=db.actor, row=row, values=new, fields=fields,
                               entity=model.__tablename__, **trail(row, new))
        return row


def refuse_missing(table: str, record_id: int) -> NoReturn:
    """NotFound for the row of `table` with this id (a read in SQL found none)."""
    code, parameter = NOT_FOUND[table]
    raise NotFound(code, **{parameter: record_id})
