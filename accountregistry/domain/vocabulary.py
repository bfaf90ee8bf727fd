"""The product's words (DESIGN.md) as enumerations.

Member names equal their values so that what the database stores, what the CSV says and
what the code reads are one and the same string.
"""

from enum import Enum, IntEnum
from typing import NamedTuple

from accountregistry.domain.messages import Label

try:
    from enum import StrEnum
except ImportError:  # Python 3.10 (Ubuntu 22.04)
    class StrEnum(str, Enum):  # type: ignore[no-redef]
        def __str__(self) -> str:
            return self.value


class Kind(StrEnum):
    """Who an account belongs to. Unknown kind is stored as NULL (and flagged as a risk)."""

    company = "company"
    employee_role = "employee_role"
    personal = "personal"


class Presence(StrEnum):
    profile = "profile"
    page = "page"
    group = "group"
    channel = "channel"


class AccountStatus(StrEnum):
    active = "active"
    dormant = "dormant"
    archived = "archived"
    closed = "closed"


class Role(StrEnum):
    owner = "owner"
    admin = "admin"
    editor = "editor"
    moderator = "moderator"
    analyst = "analyst"


# Roles that can add and remove other administrators: an account without one is orphaned.
CONTROLLING_ROLES = frozenset({Role.owner, Role.admin})


def controlling_role(grant):
    """SQL: the grant (account_role's columns: a table's or an alias's .c) is of a controlling role."""
    return grant.role.in_(sorted(role.value for role in CONTROLLING_ROLES))


def controls(grant):
    """SQL: the grant's person controls the account (the risks, the Admins count, the only-admin
    blocker); a statement that reads active grants only asks controlling_role()."""
    return grant.revoked_on.is_(None) & controlling_role(grant)


class Disposition(StrEnum):
    transfer_to_successor = "transfer_to_successor"
    transfer_to_company = "transfer_to_company"
    holder_keeps = "holder_keeps"
    archive = "archive"
    close = "close"


# The employer can never claim a personal profile (DESIGN.md, first rule).
TRANSFER_DISPOSITIONS = frozenset({Disposition.transfer_to_successor, Disposition.transfer_to_company})


def dispositions_for(kind: "Kind | None") -> tuple[Disposition, ...]:
    """The dispositions an account of this kind may be given."""
    if kind == Kind.personal:
        return tuple(d for d in Disposition if d not in TRANSFER_DISPOSITIONS)
    return tuple(Disposition)


class TwoFactor(StrEnum):
    unknown = "unknown"
    none = "none"
    authenticator_app = "authenticator_app"
    security_key = "security_key"
    passkey = "passkey"
    sms = "sms"
    email = "email"


class EmploymentStatus(StrEnum):
    employed = "employed"
    leaving = "leaving"
    left = "left"
    external = "external"


class HolidayCountry(StrEnum):
    """The country whose public holidays due dates skip (ISO 3166 codes); none chosen: NULL."""

    DK = "DK"
    SE = "SE"
    NO = "NO"


class CaseStatus(StrEnum):
    open = "open"
    closed = "closed"
    cancelled = "cancelled"


class ItemStatus(StrEnum):
    open = "open"
    done = "done"
    waived = "waived"


class Severity(IntEnum):
    """Ordered, so that `--fail-on medium` means "medium or worse"."""

    low = 1
    medium = 2
    high = 3

    def __str__(self) -> str:
        return self.name

    @classmethod
    def named(cls, name: str) -> "Severity":
        try:
            return cls[name]
        except KeyError:
            raise ValueError(f"“{name}” is not a severity; use low, medium or high.") from None


class SecretField(NamedTuple):
    """One part of a company login kept in the operating system's keyring (services.credentials)."""

    name: str
    label: Label
    # Recovery codes and notes are several lines; the window shows a multi-line editor for them.
    multiline: bool


SECRET_FIELDS = (
    SecretField("password", Label("Login password"), multiline=False),
    SecretField("recovery_codes", Label("Recovery codes"), multiline=True),
    SecretField("two_factor_notes", Label("Two-factor notes"), multiline=True),
)
SECRET_FIELDS_BY_NAME = {field.name: field for field in SECRET_FIELDS}

# How a review round groups the accounts due: by their holder, or by their responsible unit.
GROUP_BY_CHOICES: tuple[str, ...] = ("holder", "unit")


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]


class AgreementKind(StrEnum):
    """What a person agreed to: the holder's agreement about their accounts, or the handover
    confirmation of their offboarding."""

    holder_agreement = "holder_agreement"
    handover_confirmation = "handover_confirmation"


class AgreementChannel(StrEnum):
    """How the agreement was given."""

    signed_paper = "signed_paper"
    email = "email"
    in_person = "in_person"
