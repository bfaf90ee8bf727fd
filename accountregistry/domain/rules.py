"""The product's rules about roles, handover terms and an account's own fields, once.

Each rule is a function of plain values that returns what is wrong as a Problem (a code and
its parameters, worded in domain/messages.py), or None. The services call them before they
write, and so does the import's planner for every row of a file, so that a form, a command
and a spreadsheet are refused by the very same rule in the very same words.
"""

from __future__ import annotations

from datetime import date

from accountregistry.domain.errors import Problem
from accountregistry.domain.vocabulary import (
    TRANSFER_DISPOSITIONS,
    AccountStatus,
    Disposition,
    EmploymentStatus,
    Kind,
    Role,
)


def grant_refused(*, account_status: AccountStatus | None, person_name: str,
                  person_status: EmploymentStatus | None) -> Problem | None:
    """Whether a role may be granted: never on an archived account, never to someone who has left."""
    if account_status == AccountStatus.archived:
        return Problem("grant_on_archived_account")
    if person_status == EmploymentStatus.left:
        return Problem("grant_to_leaver", {"name": person_name})
    return None


def disposition_refused(kind: Kind | None, disposition: Disposition | None) -> Problem | None:
    """A personal account belongs to its holder: it can never be transferred (DESIGN.md)."""
    if kind == Kind.personal and disposition in TRANSFER_DISPOSITIONS:
        return Problem("personal_not_transferable")
    return None


def kind_change_refused(new_kind: Kind | None, old_kind: Kind | None,
                        current_disposition: Disposition | None) -> Problem | None:
    """An account made personal while its current terms still transfer it needs new terms first."""
    if new_kind == Kind.personal and old_kind != Kind.personal and current_disposition in TRANSFER_DISPOSITIONS:
        return Problem("personal_with_transfer_terms", {"disposition": current_disposition})
    return None


def successor_refused(successor_id: object, holder_id: object) -> Problem | None:
    """The successor is someone else than the account's holder (people by id, or by any key)."""
    if successor_id is not None and successor_id == holder_id:
        return Problem("successor_is_holder")
    return None


def consent_refused(kind: Kind | None, holder_id: int | None) -> Problem | None:
    """Consent to ambassador work is a holder's, given for their own (personal) profile; a
    company or employee-role account is the company's to use and needs none. Withdrawing is
    never refused."""
    if kind is None:
        return Problem("consent_kind_unknown")
    if kind != Kind.personal:
        return Problem("consent_only_personal", {"kind": kind})
    if holder_id is None:
        return Problem("consent_needs_holder")
    return None


def regrant_refused(*, person_name: str, role: Role, revoked_on: date | None, by_offboarding: bool,
                    exported_on: date | None) -> Problem | None:
    """An import does not undo an offboarding: granting again a role that an offboarding took
    away, or that was revoked after the file was exported (its day counts as after), is a
    conflict the user must choose to override."""
    if revoked_on is None:
        return None
    if by_offboarding:
        return Problem("regrant_after_offboarding", {"name": person_name, "role": role, "revoked_on": revoked_on})
    if exported_on is not None and revoked_on >= exported_on:
        return Problem("regrant_after_export", {"name": person_name, "role": role, "revoked_on": revoked_on,
                                                "exported_on": exported_on})
    return None
