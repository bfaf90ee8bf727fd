"""Checks shared by the services: collect every problem of a form, then raise them together."""

from __future__ import annotations

import re
from datetime import date

from accountregistry.domain.errors import ValidationError

# Deliberately plain: a registry needs "looks like an address", not RFC 5322 in full.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


class Problems:
    """The problems found in one input, by field; the first one per field is kept."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.found.setdefault(field, message)

    def __contains__(self, field: str) -> bool:
        return field in self.found

    def raise_if_any(self) -> None:
        if self.found:
            raise ValidationError(self.found)

    def text(self, field: str, value: str | None, label: str, *, max_length: int,
             required: bool = False) -> str | None:
        """Trimmed text, None when blank; checks presence, length and control characters."""
        if value is None:
            cleaned = ""
        elif not isinstance(value, str):
            self.add(field, f"{label} must be text.")
            return None
        else:
            cleaned = value.strip()
        if not cleaned:
            if required:
                self.add(field, f"{label} is required.")
            return None
        if len(cleaned) > max_length:
            self.add(field, f"{label} is too long ({len(cleaned)} characters; at most {max_length}).")
        elif any(ord(c) < 32 and c not in "\t\n\r" for c in cleaned):
            self.add(field, f"{label} contains control characters; remove them.")
        return cleaned

    def email(self, field: str, value: str | None, label: str, *, required: bool = False) -> str | None:
        cleaned = self.text(field, value, label, max_length=254, required=required)
        if cleaned is None or field in self:
            return cleaned
        if not _EMAIL.match(cleaned):
            self.add(field, f"{label} “{cleaned}” is not an email address (expected name@example.com).")
            return None
        return cleaned.lower()

    def choice(self, field: str, value, enum, label: str, *, required: bool = True):
        """An enum member from a member or its value; None when blank and not required."""
        if value is None or value == "":
            if required:
                self.add(field, f"{label} is required.")
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            self.add(field, f"{label} “{value}” is not one of: {allowed}.")
            return None

    def whole_number(self, field: str, value, label: str, *, low: int, high: int) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip())
            except ValueError:
                self.add(field, f"{label} must be a whole number.")
                return None
        if not low <= value <= high:
            self.add(field, f"{label} must be between {low} and {high}.")
            return None
        return value

    def not_after_today(self, field: str, value: date | None, label: str, today: date) -> date | None:
        if value is not None and value > today:
            self.add(field, f"{label} cannot be in the future.")
        return value
