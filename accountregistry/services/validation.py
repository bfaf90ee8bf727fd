"""Checks shared by the services: collect every problem of a form, then raise them together."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accountregistry.domain.errors import Label, Problem, RegistryError, ValidationError
from accountregistry.domain.hidden_characters import HIDDEN, hidden_in
from accountregistry.store.fields import Declared, fields_of

# Deliberately plain: a registry needs "looks like an address", not RFC 5322 in full.
# Control characters other than tab and line breaks: one search, not a test per character (imports
# check every cell of 20,000-row files).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


class Problems:
    """The problems found in one input, by field; the first one per field is kept.

    Name each field with a `Label("…")` literal: scripts/translations.py finds those and puts
    them in the catalogues, so the sentence names the field in the user's language."""

    def __init__(self) -> None:
        self.found: dict[str, Problem] = {}

    def add(self, field: str, code: str | Problem | RegistryError, **params) -> None:
        """Record what is wrong with `field` (domain/messages.py has the code's words); a refusal
        raised by a domain rule (a DateInvalid) is recorded with its code and parameters."""
        if isinstance(code, RegistryError):
            code, params = Problem(code.code, code.params), {}
        if field not in self.found:
            self.found[field] = code if isinstance(code, Problem) else ValidationError.of(field, code, **params).problem

    def sentences(self) -> list[str]:
        return [problem.sentence() for problem in self.found.values()]

    def __contains__(self, field: str) -> bool:
        return field in self.found

    def raise_if_any(self) -> None:
        if self.found:
            raise ValidationError(self.found)

    def fields(self, model: type, data: object, names: tuple[str, ...] | list[str], *,
               today: date | None = None) -> dict[str, Any]:
        """Each named field of `data` checked as the model declares it (store/fields.py)."""
        declared = fields_of(model)
        return {name: self.declared(declared[name], getattr(data, name), today=today) for name in names}

    def declared(self, field: Declared, value: Any, *, today: date | None = None) -> Any:
        """One value checked as its field is declared: its vocabulary, length, bounds, email
        address or date; the cleaned value (None when blank), problems recorded."""
        name, label = field.name, field.label
        if field.choices is not None:
            return self.choice(name, value, field.choices, label, required=field.required)
        if field.email:
            return self.email(name, value, label, required=field.required)
        if field.max_length is not None:
            return self.text(name, value, label, max_length=field.max_length, required=field.required,
                             one_line=field.one_line)
        if field.low is not None and field.high is not None:
            return self.whole_number(name, value, label, low=field.low, high=field.high)
        if value is None and field.required:
            self.add(name, "required", label=Label(label))
        elif field.past and today is not None:
            return self.not_after_today(name, value, label, today)
        return value

    def text(self, field: str, value: str | None, label: Label, *, max_length: int,
             required: bool = False, one_line: bool = False) -> str | None:
        """Trimmed text, None when blank; checks presence, length and control characters. A
        one_line name (a name shown as one line) also refuses characters nobody can see."""
        if value is None:
            cleaned = ""
        elif not isinstance(value, str):
            self.add(field, "not_text", label=Label(label))
            return None
        else:
            cleaned = value.strip()
        if not cleaned:
            if required:
                self.add(field, "required", label=Label(label))
            return None
        if len(cleaned) > max_length:
            self.add(field, "too_long", label=Label(label), length=len(cleaned), limit=max_length)
        elif _CONTROL.search(cleaned):
            self.add(field, "control_characters", label=Label(label))
        elif one_line and HIDDEN.search(cleaned):  # one search; the characters named only when found
            self.add(field, "hidden_characters", label=Label(label), characters=hidden_in(cleaned))
        return cleaned

    def email(self, field: str, value: str | None, label: Label, *, required: bool = False) -> str | None:
        cleaned = self.text(field, value, label, max_length=254, required=required)
        if cleaned is None or field in self:
            return cleaned
        if not _EMAIL.match(cleaned):
            self.add(field, "not_email", label=Label(label), value=cleaned)
            return None
        return cleaned.lower()

    def choice(self, field: str, value, enum, label: Label, *, required: bool = True):
        """An enum member from a member or its value; None when blank and not required."""
        if value is None or value == "":
            if required:
                self.add(field, "required", label=Label(label))
            return None
        try:
            return enum(value)
        except ValueError:
            self.add(field, "not_a_choice", label=Label(label), value=value, allowed=[m.value for m in enum])
            return None

    def whole_number(self, field: str, value, label: Label, *, low: int, high: int) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip())
            except ValueError:
                self.add(field, "not_whole_number", label=Label(label))
                return None
        if not low <= value <= high:
            self.add(field, "out_of_range", label=Label(label), low=low, high=high)
            return None
        return value

    def not_after_today(self, field: str, value: date | None, label: Label, today: date) -> date | None:
        if value is not None and value > today:
            self.add(field, "in_future", label=Label(label))
        return value
