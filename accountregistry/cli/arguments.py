"""What several commands read from their arguments the same way. Standard library only at the
top: parsing stays as quick as Python's own start (tests/cli/test_start_up.py)."""

from __future__ import annotations


def read_date(text: str, field: str, label: str):
    """A date as people type it (31.12.2026, 2026-12-31, "Dec 31 2026"); a refusal names `field`
    and, if nothing was typed, the field's `label`."""
    from accountregistry.domain.dates import DateInvalid, parse_date
    from accountregistry.domain.errors import Label, ValidationError

    try:
        day = parse_date(text)
    except DateInvalid as error:
        raise ValidationError.of(field, error.code, **error.params) from None
    if day is None:
        raise ValidationError.of(field, "required", label=Label(label))
    return day
