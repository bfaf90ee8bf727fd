"""The registry's tables.

Integrity lives in the database as well as in the services: foreign keys, uniqueness and
CHECK constraints on every enumerated column, so that a script, an import or a second
program writing to the same file cannot break what the services promise. Nothing here is
SQLite-only: the same schema runs on PostgreSQL.

Timestamps are timezone-aware and stored in UTC; dates (granted on, last working day, ...)
are calendar dates.

Each entity's fields are declared once, here, in the SQLModel full-stack template's style: a
`…Fields` base holds what a person states about the entity (its name in the user's language
as `title`, its limits, its vocabulary), which is also what the audit trail records; the table
class adds what the program keeps (ids, timestamps, versions). Validation, the audit trail,
the import and export and the window read them through store/fields.py.
"""

from datetime import date, datetime, timezone
from typing import Any, Iterable

import sqlalchemy as sa
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from accountregistry.domain import pseudonyms
from accountregistry.domain.messages import Label
from accountregistry.domain.platforms import PLATFORM_IDS
from accountregistry.domain.vocabulary import (
    AccountStatus,
    AgreementChannel,
    AgreementKind,
    CaseStatus,
    Disposition,
    EmploymentStatus,
    HolidayCountry,
    ItemStatus,
    Kind,
    Presence,
    Role,
    StrEnum,
    TwoFactor,
)

# Named constraints: Alembic's batch mode on SQLite recreates tables and needs names to
# find constraints again; PostgreSQL reports them by name in its errors.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
# Pydantic's validators and serializers, made if ever used (model_fields is all the program reads), not at start.
SQLModel.model_config["defer_build"] = True


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def enum_type(enum: type[StrEnum], name: str) -> sa.Enum:
    # A VARCHAR with a CHECK constraint (one_of, made below TABLES) rather than a native PostgreSQL
    # ENUM, so both databases hold the same schema and a new value is a plain migration.
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        length=max(len(m.value) for m in enum),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class WithPseudonyms(sa.TypeDecorator):
    """Text that may name an anonymised person by their marker, read with their pseudonym in the
    reader's language (domain/pseudonyms.py): "[#123]" is stored, "[former employee 123]" is read.
    A person's name, and the free text anonymising looks through (retention.FREE_TEXT)."""

    impl = sa.String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: sa.Dialect) -> str | None:
        return pseudonyms.stored(value)

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> str | None:
        return pseudonyms.shown(value)


def updated_field() -> Any:
    # Moved by every UPDATE of the row, the ORM's and a plain statement's alike, unless the statement
    # sets it itself (the imports' one moment per batch; updated_at=table.c.updated_at to keep it).
    return Field(default_factory=utcnow, sa_column_kwargs={"onupdate": utcnow})


def version_field() -> Any:
    return Field(default=1, sa_column_kwargs={"server_default": "1"})


class OptimisticLocking:
    """Mixed into tables that people edit concurrently.

    SQLAlchemy adds "AND version = <as read>" to every UPDATE and bumps it: a row that someone
    else changed since it was read raises StaleDataError instead of being overwritten.
    """

    @declared_attr
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


def enum_field(enum: type[StrEnum], name: str, *, default: Any = None, nullable: bool = False,
               title: Label | None = None) -> Any:
    return Field(default=default, sa_type=enum_type(enum, name), nullable=nullable, title=title)


# Markers store/fields.py reads (pydantic keeps them with the field, SQLAlchemy ignores them).
def email_field(title: Label, **column: Any) -> Any:
    """An email address: at most 254 characters (RFC 5321), checked and stored lowercase."""
    return Field(default=None, max_length=254, title=title, schema_extra={"json_schema_extra": {"email": True}},
                 **column)


def line_field(title: Label, *, max_length: int, required: bool = False, **column: Any) -> Any:
    """A name a person reads as one line (a person's name, a display name, a title): no invisible
    character (a right-to-left override would make it read as something else;
    domain/hidden_characters.py)."""
    default = {} if required else {"default": None}
    return Field(max_length=max_length, title=title, schema_extra={"json_schema_extra": {"one_line": True}},
                 **default, **column)


def past_date(title: Label, *, required: bool = False) -> Any:
    """A date that has happened: one in the future is refused."""
    default = {} if required else {"default": None}
    return Field(**default, title=title, schema_extra={"json_schema_extra": {"past": True}})


def between(column: str, low: int, high: int, *, nullable: bool = False) -> str:
    """The CHECK that keeps a number within the limits its field declares."""
    check = f"{column} BETWEEN {low} AND {high}"
    return f"{column} IS NULL OR {check}" if nullable else check


def one_of(column: str, values: Iterable[str]) -> str:
    """The CHECK that keeps a column to its vocabulary (NULL passes, as SQL's CHECK lets it). Equalities
    joined by OR, not IN (...): SQLite (3.40) evaluates a CHECK's IN-list of 3 or more values through a
    temporary table it empties and fills again for every row written (~40 % of an import's writing)."""
    return " OR ".join(f"{column} = '{value}'" for value in values)


REVIEW_INTERVAL_MONTHS = (1, 60)
NOTICE_DAYS = (0, 365)
RESPONSE_HOURS = (1, 720)  # an answer expected within an hour to within a month
WEEKLY_HOURS = (0, 40)  # the working time a week the account may take


class OrganisationSettings(SQLModel, table=True):
    """One row: the organisation the registry belongs to."""

    __tablename__ = "organisation_settings"
    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),
                      sa.CheckConstraint("default_review_interval_months BETWEEN 1 AND 60",
                                         name="review_interval_range"),
                      sa.CheckConstraint("retention_months BETWEEN 1 AND 120", name="retention_months_range"))

    id: int = Field(default=1, primary_key=True)
    name: str = Field(default="", max_length=200)
    # Comma-separated, lowercase, e.g. "acme.dk,acme.se": the domains company logins should use.
    email_domains: str = Field(default="", max_length=1000)
    default_review_interval_months: int = Field(default=6)
    # Whose public holidays business days skip; NULL: none (Monday to Friday only).
    holidays_country: HolidayCountry | None = enum_field(HolidayCountry, "holidays_country", nullable=True)
    # Comma-separated, sorted: "12-24" every year, "2027-01-02" once (domain/business_days.py).
    closing_days: str = Field(default="", max_length=2000, sa_column_kwargs={"server_default": sa.text("''")})
    # How long what is kept about people who left is kept (the privacy work reads it).
    retention_months: int = Field(default=36, sa_column_kwargs={"server_default": "36"})
    # A random UUID given when the registry was made (migration 0017), never changed, kept by `copy`:
    # the keyring scopes this registry's stored logins by it.
    registry_id: str | None = Field(default=None, max_length=36)


class PersonFields(SQLModel):
    name: str = line_field(Label("Name"), max_length=200, required=True, sa_type=WithPseudonyms(200))
    # Lowercase so that matching by email (imports, the CLI) is exact; unique when present.
    work_email: str | None = email_field(Label("Work email"), unique=True)
    department: str | None = line_field(Label("Department"), max_length=200, index=True)
    title: str | None = line_field(Label("Title"), max_length=200)
    employment_status: EmploymentStatus = enum_field(EmploymentStatus, "employment_status",
                                                     default=EmploymentStatus.employed,
                                                     title=Label("Employment status"))
    last_working_day: date | None = Field(default=None, title=Label("Last working day"))
    manager_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL", title=Label("Manager"))
    # The database login this person uses on a shared server (the audit trail's actor there), so
    # that the registry can name them ("Ida Høgh changed this account"); one person per login.
    login: str | None = Field(default=None, max_length=63, unique=True, title=Label("Database login"))


class Person(OptimisticLocking, PersonFields, table=True):
    __tablename__ = "person"
    __table_args__ = (
        sa.CheckConstraint("length(name) > 0", name="name_not_empty"),
        sa.CheckConstraint("work_email IS NULL OR work_email = lower(work_email)", name="email_lowercase"),
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = updated_field()
    version: int = version_field()
    # When the person's name, email, title and manager link were replaced by a pseudonym
    # (services/retention.py); NULL while they are known by name. Never set back.
    anonymised_at: datetime | None = Field(default=None)


class AccountFields(SQLModel):
    platform: str = Field(max_length=20, title=Label("Platform"))
    presence: Presence = enum_field(Presence, "presence", title=Label("Presence"))
    handle: str = Field(max_length=300, title=Label("Handle"))
    url: str = Field(max_length=2048, title=Label("Address"))
    display_name: str | None = line_field(Label("Display name"), max_length=300)
    # NULL: not yet known (a risk).
    kind: Kind | None = enum_field(Kind, "kind", nullable=True, title=Label("Kind"))
    status: AccountStatus = enum_field(AccountStatus, "account_status", default=AccountStatus.active,
                                       title=Label("Status"))
    # False for pages and groups an employee made in the company's name without a mandate.
    official: bool = Field(default=True, title=Label("Official"))
    holder_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT", index=True,
                                  title=Label("Holder"))
    responsible_unit: str | None = line_field(Label("Responsible unit"), max_length=200)
    login_email: str | None = email_field(Label("Login email"))
    two_factor: TwoFactor = enum_field(TwoFactor, "two_factor", default=TwoFactor.unknown,
                                       title=Label("Two-factor method"))
    mandate: str | None = Field(default=None, max_length=4000,
                                sa_type=WithPseudonyms(4000), title=Label("Purpose and mandate"))
    response_expectations: str | None = Field(default=None, max_length=1000, sa_type=WithPseudonyms(1000),
                                              title=Label("Response expectations"))
    # The mandate as fields (seed 000: what one may speak about is `mandate` above; how fast to
    # answer, also outside working hours; how often, to whom, how much working time; whom to
    # ask about a critical comment). The holder's agreement covers them as they stand.
    response_hours: int | None = Field(default=None, ge=RESPONSE_HOURS[0], le=RESPONSE_HOURS[1],
                                       title=Label("Answer within (hours)"))
    outside_working_hours: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()},
                                        title=Label("Also outside working hours"))
    frequency: str | None = Field(default=None, max_length=200, title=Label("Expected frequency"))
    audience: str | None = Field(default=None, max_length=500, title=Label("Audience"))
    weekly_hours: int | None = Field(default=None, ge=WEEKLY_HOURS[0], le=WEEKLY_HOURS[1],
                                     title=Label("Working time per week (hours)"))
    escalation_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL",
                                      title=Label("Escalation contact"))
    # A personal profile the company lists for ambassador work (sharing its posts, social
    # selling). Voluntary: the holder's consent is recorded apart (ConsentRecord) and can be
    # withdrawn at any time; a profile listed without it is a risk.
    ambassador: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()},
                             title=Label("Listed for ambassador work"))
    # NULL: the organisation's default.
    review_interval_months: int | None = Field(default=None, ge=REVIEW_INTERVAL_MONTHS[0],
                                               le=REVIEW_INTERVAL_MONTHS[1], title=Label("Review interval (months)"))
    last_reviewed_on: date | None = past_date(Label("Last reviewed on"))
    notes: str | None = Field(default=None, max_length=10000, sa_type=WithPseudonyms(10000), title=Label("Notes"))


class Account(OptimisticLocking, AccountFields, table=True):
    __tablename__ = "account"
    __table_args__ = (
        sa.UniqueConstraint("platform", "handle"),
        sa.CheckConstraint(one_of("platform", PLATFORM_IDS), name="platform_known"),
        sa.CheckConstraint("length(handle) > 0", name="handle_not_empty"),
        sa.CheckConstraint(between("review_interval_months", *REVIEW_INTERVAL_MONTHS, nullable=True),
                           name="review_interval_range"),
        sa.CheckConstraint("has_secret = (secret_updated_at IS NOT NULL)", name="secret_metadata_consistent"),
        sa.CheckConstraint(between("response_hours", *RESPONSE_HOURS, nullable=True), name="response_hours_range"),
        sa.CheckConstraint(between("weekly_hours", *WEEKLY_HOURS, nullable=True), name="weekly_hours_range"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # The secret itself lives in the OS keyring only; the database knows that it exists.
    has_secret: bool = Field(default=False, title=Label("Login secret stored"))
    secret_updated_at: datetime | None = Field(default=None, title=Label("Secret last changed"))
    secret_updated_by: str | None = Field(default=None, max_length=200, title=Label("Secret changed by"))
    # A review's "Flag for change": an open follow-up (a risk) until someone resolves it.
    change_flagged_on: date | None = Field(default=None, title=Label("Flagged for change on"))
    change_flag_note: str | None = Field(default=None, max_length=1000, title=Label("What needs changing"))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = updated_field()
    version: int = version_field()


class RoleFields(SQLModel):
    account_id: int = Field(foreign_key="account.id", ondelete="RESTRICT", title=Label("Account"))
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", title=Label("Person"))
    role: Role = enum_field(Role, "role", title=Label("Role"))
    granted_on: date = past_date(Label("Granted on"), required=True)
    granted_by: str = Field(max_length=200, title=Label("Granted by"))


class AccountRole(RoleFields, table=True):
    """One grant of a role; a revocation completes the row, it never replaces it."""

    __tablename__ = "account_role"
    __table_args__ = (
        sa.CheckConstraint("revoked_on IS NULL OR revoked_on >= granted_on", name="revoked_after_granted"),
        sa.CheckConstraint("(revoked_on IS NULL) = (revoked_by IS NULL)", name="revocation_complete"),
        # One active grant of a role per person and account; past grants are history.
        sa.Index("uq_account_role_active", "account_id", "person_id", "role", unique=True,
                 sqlite_where=sa.text("revoked_on IS NULL"), postgresql_where=sa.text("revoked_on IS NULL")),
        sa.Index("ix_account_role_person_active", "person_id", "revoked_on"),
        # An account's grants, holding what its risk facts read of them (services/risks.py).
        sa.Index("ix_account_role_account", "account_id", "revoked_on", "person_id", "role"),
    )

    id: int | None = Field(default=None, primary_key=True)
    revoked_on: date | None = past_date(Label("Revoked on"))
    revoked_by: str | None = Field(default=None, max_length=200, title=Label("Revoked by"))
    reason: str | None = Field(default=None, max_length=1000, sa_type=WithPseudonyms(1000), title=Label("Reason"))


class TermsFields(SQLModel):
    version: int = Field(default=1, title=Label("Version"))
    disposition: Disposition = enum_field(Disposition, "disposition", title=Label("Disposition"))
    successor_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT",
                                     title=Label("Successor"))
    # What happens to followers, network and groups.
    followers_terms: str | None = Field(default=None, max_length=4000,
                                        sa_type=WithPseudonyms(4000), title=Label("Followers, network and groups"))
    content_terms: str | None = Field(default=None, max_length=4000,
                                      sa_type=WithPseudonyms(4000), title=Label("Content"))
    notice_days: int | None = Field(default=None, ge=NOTICE_DAYS[0], le=NOTICE_DAYS[1], title=Label("Notice (days)"))
    # None: proposed terms, not yet agreed (an imported disposition without a date).
    agreed_on: date | None = past_date(Label("Agreed on"))
    agreed_by_holder: bool = Field(default=False, title=Label("Agreed by the holder"))
    # Who signed for the company.
    agreed_by_company: str | None = Field(default=None, max_length=200, sa_type=WithPseudonyms(200),
                                          title=Label("Agreed for the company by"))


class HandoverTerms(TermsFields, table=True):
    """What happens to an account when its holder or an administrator leaves; versioned."""

    __tablename__ = "handover_terms"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "version"),
        sa.CheckConstraint("version >= 1", name="version_positive"),
        sa.CheckConstraint(between("notice_days", *NOTICE_DAYS, nullable=True), name="notice_days_range"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="account.id", ondelete="RESTRICT", index=True, title=Label("Account"))
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(max_length=200)


class CaseFields(SQLModel):
    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True, title=Label("Leaver"))
    last_working_day: date = Field(title=Label("Last working day"))
    successor_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT",
                                     title=Label("Successor"))
    status: CaseStatus = enum_field(CaseStatus, "case_status", default=CaseStatus.open, title=Label("Status"))
    # Why it was reopened or cancelled.
    status_reason: str | None = Field(default=None, max_length=1000,
                                      sa_type=WithPseudonyms(1000), title=Label("Reason"))
    # A handover for someone who stays (a new department or role): settles their accounts by
    # the day of the move without recording them as leaving.
    internal_move: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()},
                                title=Label("Internal move"))


class OffboardingCase(OptimisticLocking, CaseFields, table=True):
    __tablename__ = "offboarding_case"
    __table_args__ = (
        sa.CheckConstraint("(status = 'closed') = (closed_at IS NOT NULL)", name="closed_when_closed"),
        # At most one open case per leaver.
        sa.Index("uq_offboarding_case_open", "person_id", unique=True,
                 sqlite_where=sa.text("status = 'open'"), postgresql_where=sa.text("status = 'open'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    opened_at: datetime = Field(default_factory=utcnow)
    opened_by: str = Field(max_length=200)
    closed_at: datetime | None = Field(default=None)
    closed_by: str | None = Field(default=None, max_length=200)
    version: int = version_field()


class ItemFields(SQLModel):
    case_id: int = Field(foreign_key="offboarding_case.id", ondelete="RESTRICT", index=True)
    account_id: int | None = Field(default=None, foreign_key="account.id", ondelete="RESTRICT", index=True,
                                   title=Label("Account"))
    action: str = Field(max_length=60)  # the template's id, e.g. "hand_over_admin"
    title: str = Field(max_length=500, sa_type=WithPseudonyms(500), title=Label("Checklist item"))
    assignee_person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT",
                                           title=Label("Assignee"))
    # "HR", "Communications", ...
    assignee_function: str | None = Field(default=None, max_length=60, title=Label("Assigned function"))
    # Relative to the last working day.
    due_offset_business_days: int = Field(default=0, title=Label("Due (business days from the last working day)"))
    due_on: date = Field(title=Label("Due on"))
    status: ItemStatus = enum_field(ItemStatus, "item_status", default=ItemStatus.open, title=Label("Status"))


class ChecklistItem(OptimisticLocking, ItemFields, table=True):
    __tablename__ = "checklist_item"
    __table_args__ = (
        sa.CheckConstraint("status != 'waived' OR length(trim(coalesce(waive_reason, ''))) > 0",
                           name="waived_has_reason"),
        sa.CheckConstraint("(status = 'open') = (done_at IS NULL)", name="done_at_when_settled"),
        sa.CheckConstraint("assignee_person_id IS NOT NULL OR assignee_function IS NOT NULL",
                           name="has_assignee"),
    )

    id: int | None = Field(default=None, primary_key=True)
    waive_reason: str | None = Field(default=None, max_length=1000,
                                     sa_type=WithPseudonyms(1000), title=Label("Reason for waiving"))
    done_by: str | None = Field(default=None, max_length=200, title=Label("Done by"))
    done_at: datetime | None = Field(default=None, title=Label("Done at"))
    note: str | None = Field(default=None, max_length=4000, sa_type=WithPseudonyms(4000), title=Label("Note"))
    version: int = version_field()


class ConsentFields(SQLModel):
    """A holder's consent to ambassador work on their own profile: what the company may ask of
    it, who asked, and its withdrawal."""

    account_id: int = Field(foreign_key="account.id", ondelete="RESTRICT", index=True, title=Label("Profile"))
    # Whose consent: the account's holder when it was recorded.
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT", index=True,
                                  title=Label("Holder"))
    # NULL: the holder's "no" recorded without a consent before it (a withdrawal is never refused).
    given_on: date | None = past_date(Label("Consent given on"))
    # What the company may ask (CONSENT_SCOPES): each one yes or no.
    share_company_posts: bool = Field(default=False, title=Label("Sharing company posts"))
    name_employer: bool = Field(default=False, title=Label("Naming the employer"))
    social_selling: bool = Field(default=False, title=Label("Social selling"))
    asked_by_id: int | None = Field(default=None, foreign_key="person.id", ondelete="RESTRICT",
                                    title=Label("Asked by"))
    # May lie ahead: an offboarding ends consent on the last working day.
    withdrawn_on: date | None = Field(default=None, title=Label("Consent withdrawn on"))
    withdrawal_note: str | None = Field(default=None, max_length=1000,
                                        sa_type=WithPseudonyms(1000), title=Label("Withdrawal note"))


# What the company may ask of a profile: the scope fields of ConsentFields, in order.
CONSENT_SCOPES = ("share_company_posts", "name_employer", "social_selling")


class ConsentRecord(ConsentFields, table=True):
    """One consent, from its giving to its withdrawal; a new consent after a withdrawal is a new row."""

    __tablename__ = "consent_record"
    __table_args__ = (
        sa.CheckConstraint("given_on IS NOT NULL OR withdrawn_on IS NOT NULL", name="given_or_withdrawn"),
        sa.CheckConstraint("withdrawn_on IS NULL OR given_on IS NULL OR withdrawn_on >= given_on",
                           name="withdrawn_after_given"),
        # One consent in force per profile.
        sa.Index("uq_consent_record_open", "account_id", unique=True,
                 sqlite_where=sa.text("withdrawn_on IS NULL"), postgresql_where=sa.text("withdrawn_on IS NULL")),
    )

    id: int | None = Field(default=None, primary_key=True)
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(max_length=200)


class PolicyFields(SQLModel):
    """A version of the company's social-media policy: when it takes effect, who approved it."""

    effective_on: date = Field(title=Label("Effective from"))
    approved_by: str = Field(max_length=200, title=Label("Approved by"))


class PolicyVersion(PolicyFields, table=True):
    """One version of the policy; its texts per area are PolicyText rows. Never changed once
    recorded: a change is a new version, which people acknowledge again."""

    __tablename__ = "policy_version"
    __table_args__ = (sa.UniqueConstraint("version"), sa.CheckConstraint("version >= 1", name="version_positive"),
                      sa.CheckConstraint("length(approved_by) > 0", name="approved_by_not_empty"))

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(title=Label("Version"))
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(max_length=200)


class PolicyText(SQLModel, table=True):
    """The policy's text for one area (domain/policy.py POLICY_AREAS, or the company's own,
    `own`, with its heading typed)."""

    __tablename__ = "policy_text"
    __table_args__ = (sa.UniqueConstraint("policy_version_id", "position"),
                      sa.CheckConstraint("area != 'own' OR length(coalesce(heading, '')) > 0",
                                         name="own_area_has_heading"))

    id: int | None = Field(default=None, primary_key=True)
    policy_version_id: int = Field(foreign_key="policy_version.id", ondelete="CASCADE", index=True)
    position: int  # the order printed
    area: str = Field(max_length=60, title=Label("Area"))
    heading: str | None = Field(default=None, max_length=200, title=Label("Heading"))
    text: str = Field(max_length=10000, title=Label("Policy text"))


class PolicyAcknowledgement(SQLModel, table=True):
    """That a person acknowledged a version of the policy, and when."""

    __tablename__ = "policy_acknowledgement"
    __table_args__ = (sa.UniqueConstraint("person_id", "policy_version_id"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True, title=Label("Person"))
    policy_version_id: int = Field(foreign_key="policy_version.id", ondelete="RESTRICT", index=True,
                                   title=Label("Policy version"))
    acknowledged_on: date = past_date(Label("Acknowledged on"), required=True)
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(max_length=200)


class AgreementFields(SQLModel):
    """Who agreed, when, how, and to what: the holder's agreement about their accounts, or the
    handover confirmation of their offboarding."""

    person_id: int = Field(foreign_key="person.id", ondelete="RESTRICT", index=True, title=Label("Agreed by"))
    kind: AgreementKind = enum_field(AgreementKind, "agreement_kind", title=Label("Document"))
    agreed_on: date = past_date(Label("Agreed on"), required=True)
    channel: AgreementChannel = enum_field(AgreementChannel, "agreement_channel", title=Label("Channel"))
    # The offboarding a handover confirmation belongs to.
    case_id: int | None = Field(default=None, foreign_key="offboarding_case.id", ondelete="RESTRICT",
                                title=Label("Offboarding"))
    note: str | None = Field(default=None, max_length=1000, sa_type=WithPseudonyms(1000), title=Label("Note"))


class Agreement(AgreementFields, table=True):
    """One agreement as given; never changed. What it covered is its AgreementItem rows: when
    the terms or the mandate of an account change later, it is out of date (services/agreements.py)."""

    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(max_length=200)


class AgreementItem(SQLModel, table=True):
    """One account an agreement covered: the version of its handover terms and its mandate as they
    stood (services/agreements.MANDATE_FIELDS)."""

    __tablename__ = "agreement_item"
    __table_args__ = (sa.UniqueConstraint("agreement_id", "account_id"),)

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    account_id: int = Field(foreign_key="account.id", ondelete="RESTRICT", index=True)
    terms_version: int | None = Field(default=None)  # None: the account had no terms then
    mandate: dict = Field(default_factory=dict, sa_type=sa.JSON)


class Attachment(SQLModel, table=True):
    """A signed scan of an agreement (PDF, PNG or JPEG, at most 20 MB), kept in the database so
    that a shared server has it too. Never changed, but for one thing: anonymising the person who
    signed removes its bytes and file name (services/retention.py); the row then says when."""

    __tablename__ = "attachment"
    __table_args__ = (sa.CheckConstraint("media_type IN ('application/pdf', 'image/png', 'image/jpeg')",
                                         name="media_type_known"),
                      sa.CheckConstraint("size BETWEEN 1 AND 20971520", name="size_range"),
                      sa.CheckConstraint("(content IS NULL) = (removed_at IS NOT NULL)", name="content_or_removed"))

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="RESTRICT", index=True, title=Label("Agreement"))
    file_name: str = Field(max_length=255, title=Label("File name"))
    media_type: str = Field(max_length=40, title=Label("File type"))
    size: int = Field(title=Label("Size in bytes"))
    sha256: str = Field(max_length=64, title=Label("SHA-256 checksum"))
    content: bytes | None = Field(sa_type=sa.LargeBinary)  # None once removed
    recorded_at: datetime = Field(default_factory=utcnow)
    recorded_by: str = Field(max_length=200)
    removed_at: datetime | None = Field(default=None)  # when anonymising its signer removed it


class AuditEvent(SQLModel, table=True):
    """Append-only and chained: triggers refuse UPDATE, DELETE, REPLACE (and TRUNCATE on
    PostgreSQL) and an insert that does not continue the chain; services/audit.py computes the
    hashes (see its docstring for what they cover)."""

    __tablename__ = "audit_event"
    __table_args__ = (sa.Index("ix_audit_event_entity", "entity", "entity_id"),
                      sa.Index("ix_audit_event_account_id", "account_id"))

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = Field(max_length=200)
    entity: str = Field(max_length=40)  # table name: "account", "account_role", ...
    entity_id: int
    action: str = Field(max_length=40)  # "register", "update", "grant", "revoke", ...
    # The account an event concerns (its own change, a role on it, its terms): an account's
    # history is one indexed query. No foreign key: the trail outlives what it describes.
    account_id: int | None = Field(default=None)
    old_values: dict | None = Field(default=None, sa_type=sa.JSON)
    new_values: dict | None = Field(default=None, sa_type=sa.JSON)
    # SHA-256 (hex) of the event before this one (64 zeros for the first), and of this one.
    previous_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class PersonalValue(SQLModel, table=True):
    """A value of the audit trail that is a person's own data (services/personal_values.py):
    the event refers to it by its token. Erasing the person deletes these rows, never events."""

    __tablename__ = "personal_value"

    token: str = Field(max_length=32, primary_key=True)
    # Whose data it is; NULL for free text (a note, a reason), which may name anyone: anonymising
    # a person replaces their name in it. No foreign key: like the trail, it is removed only by
    # erasing the person.
    person_id: int | None = Field(default=None, index=True)
    value: Any = Field(sa_type=sa.JSON)


TABLES = (OrganisationSettings, Person, Account, AccountRole, HandoverTerms,
          OffboardingCase, ChecklistItem, ConsentRecord, PolicyVersion, PolicyText, PolicyAcknowledgement,
          Agreement, AgreementItem, Attachment, AuditEvent, PersonalValue)

# Every enumerated column's CHECK, named after its vocabulary as enum_type names it (ck_<table>_<name>).
for _column in (column for model in TABLES for column in model.__table__.columns if isinstance(column.type, sa.Enum)):
    _column.table.append_constraint(sa.CheckConstraint(one_of(_column.name, _column.type.enums),
                                                       name=_column.type.name))
