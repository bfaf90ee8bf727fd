"""Each entity's fields as the models declare them (store/models.py), for the code that would
otherwise type them again: the services' validation and audit snapshots, the import and the
export, the window's column headers and the history's field names.

    PERSON = fields_of(PersonFields)          # {"name": Declared(...), "work_email": ...}
    PERSON["name"].label, PERSON["name"].max_length, PERSON["work_email"].email
    field_names(AccountFields)                # what the audit trail records of an account
    label_of("account", "holder_id")          # Label("Holder"), by table name
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from enum import Enum
from functools import cache

from annotated_types import Ge, Le, MaxLen
from sqlmodel import SQLModel

from accountregistry.domain.messages import Label
from accountregistry.store import models


@dataclass(frozen=True)
class Declared:
    """One field: its name in the user's language (a Label), whether it must be given, and its limits."""

    name: str
    label: Label | None
    required: bool
    max_length: int | None = None
    low: int | None = None  # a number's bounds, both inclusive
    high: int | None = None
    choices: type[Enum] | None = None  # the vocabulary an enumerated field takes its values from
    email: bool = False
    past: bool = False  # a date that has happened: not in the future
    one_line: bool = False  # a name shown as one line: no character nobody can see (bidi, zero-width)


def _choices(annotation: object) -> type[Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return next((found for found in map(_choices, typing.get_args(annotation)) if found), None)
    return None


def _nullable(annotation: object) -> bool:
    return type(None) in typing.get_args(annotation)


def _declared(name: str, info) -> Declared:
    limits = {type(item): item for item in info.metadata}
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    choices = _choices(info.annotation)
    return Declared(
        name=name,
        label=Label(info.title) if info.title else None,
        # No default, or a vocabulary that cannot be left blank (a status always has one).
        required=info.is_required() or (choices is not None and not _nullable(info.annotation)),
        max_length=limits[MaxLen].max_length if MaxLen in limits else None,
        low=int(limits[Ge].ge) if Ge in limits else None,
        high=int(limits[Le].le) if Le in limits else None,
        choices=choices,
        email=bool(extra.get("email")),
        past=bool(extra.get("past")),
        one_line=bool(extra.get("one_line")),
    )


@cache
def fields_of(model: type[SQLModel]) -> dict[str, Declared]:
    """The model's fields in the order they are declared."""
    return {name: _declared(name, info) for name, info in model.model_fields.items()}


@cache
def field_names(model: type[SQLModel]) -> tuple[str, ...]:
    """For a `…Fields` base: what a person states about the entity, and what its audit records hold."""
    return tuple(fields_of(model))


@cache
def _by_table() -> dict[str, dict[str, Declared]]:
    return {model.__tablename__: fields_of(model) for model in models.TABLES}


def label_of(table: str, field: str) -> Label | None:
    """A field's name by its table's name (an audit event's `entity`); None if it has none."""
    found = _by_table().get(table, {}).get(field)
    return found.label if found is not None else None
