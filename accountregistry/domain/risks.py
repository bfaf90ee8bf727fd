"""What puts an account at risk, as one declarative list of rules.

A risk is computed from the data every time it is shown, never stored by hand (DESIGN.md):
each rule is a plain predicate over what is known about an account (`RiskFacts`) and what it
is judged against (`RiskContext`). Each fact is as coarse as the rules tell it apart (a count
of 0, 1 or "two or more"; "the review is overdue" rather than dates), so accounts with equal
facts are flagged alike and the rules run once per distinct facts, not once per account.

The facts are computed by the database, for one account or for all of them with the same
statement: services/risks.FACTS holds one SQL expression per field of RiskFacts, in its order.
Adding a risk is one entry in RISK_RULES; a rule that needs to know something new adds one
field here and its expression there (a test holds the two lists to each other).

Standard library and dateutil only, so the window, the CLI and the export share the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache
from enum import IntEnum
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from accountregistry.domain.vocabulary import AccountStatus, Kind, Severity, TwoFactor

__all__ = [
    "INACTIVE_STATUSES",
    "REVIEW_INTERVALS",
    "RISK_RULES",
    "RULES_BY_SEVERITY",
    "ListedConsent",
    "RiskContext",
    "RiskFacts",
    "RiskRule",
    "WEAK_TWO_FACTOR",
    "Severity",
    "domain_allowed",
    "email_domain_allowed",
    "first_day_still_in_time",
    "next_review_due",
    "review_overdue",
    "risks_of",
    "rule",
]

# Every review interval (months) the registry holds: the database's CHECK constraints keep the
# organisation's default and each account's own in this range.
REVIEW_INTERVALS = range(1, 61)


class ListedConsent(IntEnum):
    """A personal profile listed for ambassador work, and its holder's consent on record."""

    not_listed = 0  # not listed (or not a personal profile): nobody's consent is needed
    in_force = 1  # given, and not withdrawn by today
    never_given = 2  # no consent recorded
    withdrawn = 3  # the latest recorded consent was withdrawn, or the holder said no


class RiskFacts(NamedTuple):
    """What the rules know about one account.

    A NamedTuple rather than a dataclass: the rules read it thousands of times per computation.
    """

    kind: Kind | None
    status: AccountStatus
    has_holder: bool
    # The text after the last "@" of the login email (the whole text if it has none), as
    # email_domain_allowed reads it; None when no login email is recorded, or when the
    # organisation has named no domains of its own (then no rule reads it).
    login_domain: str | None
    # No two-factor sign-in, or nobody recorded whether it has (TwoFactor in WEAK_TWO_FACTOR).
    weak_two_factor: bool
    # People holding an active owner or admin role, those who can add someone else: 0, 1, or 2
    # for two or more.
    controllers: int
    # An active role (any) is held by someone whose employment status is leaving or left.
    leaver_holds_role: bool
    has_current_terms: bool
    # review_overdue(last review or registration day, the account's interval or else the
    # organisation's, today).
    review_overdue: bool
    # A stored password was last changed on a day before the most recent day a role on the
    # account was revoked: someone who lost access may still know it. On the same day the
    # usual order of work is revoke, then change the password, and a date cannot say which
    # came first, so only a later revocation day counts.
    secret_not_rotated: bool
    # Listed for ambassador work, and whether the holder's consent is on record today.
    listed_consent: ListedConsent
    # Made with the company's mandate (False: a page or group someone made in its name).
    official: bool = True
    # A group (Presence.group): what members build there is the company's if it was built for it.
    group: bool = False
    # The holder's employment status is "left".
    holder_left: bool = False
    # The current handover terms say the holder keeps the account (Disposition.holder_keeps), and
    # whether they are recorded as not agreed by the holder.
    terms_holder_keeps: bool = False
    holder_not_agreed: bool = False
    # A review flagged the record for change and nobody has resolved it.
    change_flagged: bool = False
    # A social-media policy is in force and the account's holder has not acknowledged it.
    holder_not_acknowledged_policy: bool = False


@dataclass(frozen=True)
class RiskContext:
    today: date
    # Lowercase; empty when the organisation has not said which domains are its own.
    company_domains: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RiskRule:
    id: str
    severity: Severity
    title: str  # badge text
    explanation: str  # one line, shown on hover
    what_to_do: str
    applies: Callable[[RiskFacts, RiskContext], bool]


def next_review_due(last_reviewed_on: date | None, created_on: date, interval_months: int) -> date:
    """When the account's record should next be confirmed: an interval after the last review,
    or after it was registered if it never was reviewed. A month later than 31 January is the
    end of February."""
    return _months_after(last_reviewed_on or created_on, interval_months)


@lru_cache(maxsize=8192)
def _months_after(day: date, months: int) -> date:
    # Cached: exports and review rounds ask for many accounts reviewed on the same few days.
    # Plain arithmetic, as relativedelta(months=…) does it (the day clamped to the month's
    # end), at a tenth of its cost: the accounts table asks for some 40,000 distinct days.
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


@lru_cache(maxsize=256)
def _first_day_still_in_time(today: date, interval_months: int) -> date:
    """The earliest last review (or registration) whose next review is not yet overdue.

    The due date only moves forward as the base day does, so "overdue" is the same as "the base
    day is before this one": the rule then compares two dates per account instead of adding
    months per account.
    """
    day = today - relativedelta(months=interval_months)
    # Month ends clamp (31 Aug + 6 months = 28 Feb), so the inverse is off by a few days at most.
    while _months_after(day - timedelta(days=1), interval_months) >= today:
        day -= timedelta(days=1)
    while _months_after(day, interval_months) < today:
        day += timedelta(days=1)
    return day


def first_day_still_in_time(today: date, interval_months: int) -> date:
    """The earliest last review (or registration) day whose next review is not overdue today:
    `review_overdue` is exactly "the base day is before this one"."""
    return _first_day_still_in_time(today, interval_months)


def review_overdue(last_reviewed_on: date | None, created_on: date, interval_months: int, today: date) -> bool:
    """Whether the next review was due before today (on the day itself it is due, not overdue)."""
    return (last_reviewed_on or created_on) < _first_day_still_in_time(today, interval_months)


def email_domain_allowed(email: str, domains: frozenset[str]) -> bool:
    """Whether the address is on one of the domains, or on a subdomain of one (mail.acme.dk)."""
    return domain_allowed(email.rpartition("@")[2], domains)


def domain_allowed(domain: str, domains: frozenset[str]) -> bool:
    """Whether an address's domain part is one of the domains, or a subdomain of one."""
    domain = domain.strip().lower()
    if domain in domains:
        return True
    return any(domain.endswith("." + allowed) for allowed in domains)


# Accounts the company expects to keep or hand over: these need agreed handover terms and a
# company login.
_HANDED_OVER = frozenset({Kind.company, Kind.employee_role})
_HOLDER_NEEDED = frozenset({Kind.employee_role, Kind.personal})
# No two-factor sign-in, or not known whether it has one.
WEAK_TWO_FACTOR = frozenset({TwoFactor.none, TwoFactor.unknown})


# The rules about control and logins leave a person's own profile alone (DESIGN.md, first rule);
# an account of unknown kind counts as the company's until someone says otherwise.
def _single_admin(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind != Kind.personal and f.controllers == 1


def _orphaned(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind != Kind.personal and f.controllers == 0


def _leaver_holds_role(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind != Kind.personal and f.leaver_holds_role


def _login_outside_domains(f: RiskFacts, c: RiskContext) -> bool:
    return (f.kind in _HANDED_OVER and bool(c.company_domains) and f.login_domain is not None
            and not domain_allowed(f.login_domain, c.company_domains))


def _no_terms(f: RiskFacts, c: RiskContext) -> bool:
    # An unofficial one is flagged as undecided instead.
    return f.kind in _HANDED_OVER and f.official and not f.has_current_terms


def _review_overdue(f: RiskFacts, c: RiskContext) -> bool:
    return f.review_overdue


def _weak_two_factor(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind != Kind.personal and f.weak_two_factor


def _kind_or_holder_unknown(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind is None or (f.kind in _HOLDER_NEEDED and not f.has_holder)


def _secret_not_rotated(f: RiskFacts, c: RiskContext) -> bool:
    return f.secret_not_rotated


def _listed_without_consent(f: RiskFacts, c: RiskContext) -> bool:
    return f.listed_consent == ListedConsent.never_given


def _listed_after_withdrawal(f: RiskFacts, c: RiskContext) -> bool:
    return f.listed_consent == ListedConsent.withdrawn


def _employee_role_holder_left(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind == Kind.employee_role and f.holder_left


def _terms_not_agreed_by_holder(f: RiskFacts, c: RiskContext) -> bool:
    return f.kind in _HOLDER_NEEDED and f.has_holder and f.holder_not_agreed


def _change_flag_open(f: RiskFacts, c: RiskContext) -> bool:
    return f.change_flagged


def _unofficial_undecided(f: RiskFacts, c: RiskContext) -> bool:
    # Nobody decided: no handover terms say what becomes of it (adopted, handed over, closed).
    return not f.official and f.kind != Kind.personal and not f.has_current_terms


def _personal_group_for_company(f: RiskFacts, c: RiskContext) -> bool:
    # Seed 001: groups and networks built for the company stay with the company.
    return f.kind == Kind.personal and not f.official and f.group and f.terms_holder_keeps


def _policy_not_acknowledged(f: RiskFacts, c: RiskContext) -> bool:
    # Someone who speaks for the company: an employee role, or an ambassador on their own profile.
    speaks_for_company = f.kind == Kind.employee_role or f.listed_consent != ListedConsent.not_listed
    return speaks_for_company and f.holder_not_acknowledged_policy


RISK_RULES: tuple[RiskRule, ...] = (
    RiskRule(
        id="no_active_admin", severity=Severity.high, title="No admin",
        explanation="Nobody holds an active owner or admin role, so nobody can manage the account or add "
                    "a new administrator.",
        what_to_do="Find who still has access and record them as owner or admin; if nobody has, ask the "
                   "platform's support to restore access now, before anyone else claims it.",
        applies=_orphaned),
    RiskRule(
        id="single_admin", severity=Severity.medium, title="Single admin",
        explanation="Only one person holds an owner or admin role; if they leave or lose access, "
                    "the account is orphaned.",
        what_to_do="Grant a second person the owner or admin role.",
        applies=_single_admin),
    RiskRule(
        id="leaver_holds_role", severity=Severity.high, title="Leaver holds a role",
        explanation="Someone who is leaving or has left still holds an active role on the account.",
        what_to_do="Hand the role over to a successor and revoke the leaver's role, or settle it in the "
                   "person's offboarding.",
        applies=_leaver_holds_role),
    RiskRule(
        id="login_outside_company_domains", severity=Severity.high, title="Private login",
        explanation="The account logs in with an email address outside the company's domains, so "
                    "whoever owns that address controls the account.",
        what_to_do="Change the account's login email to a company address, such as a shared "
                   "communications mailbox.",
        applies=_login_outside_domains),
    RiskRule(
        id="no_handover_terms", severity=Severity.medium, title="No handover terms",
        explanation="Nothing is agreed about what happens to the account, its followers and its content "
                    "when its holder or an administrator leaves.",
        what_to_do="Agree handover terms with the holder and record them, with the date.",
        applies=_no_terms),
    RiskRule(
        id="secret_not_rotated", severity=Severity.high, title="Password not changed",
        explanation="An administrator's role was revoked after the stored password was last changed, so "
                    "someone who left may still know it.",
        what_to_do="Change the account's password and recovery codes, and store the new ones.",
        applies=_secret_not_rotated),
    RiskRule(
        id="two_factor_missing", severity=Severity.medium, title="No two-factor",
        explanation="The account has no two-factor sign-in, or nobody has recorded whether it has.",
        what_to_do="Turn on two-factor sign-in with an authenticator app, security key or passkey, "
                   "and record the method.",
        applies=_weak_two_factor),
    RiskRule(
        id="kind_or_holder_unknown", severity=Severity.medium, title="Owner unknown",
        explanation="It is not recorded whether the account is the company's, an employee role or "
                    "someone's personal profile, or whose profile it is.",
        what_to_do="Set the account's kind and, for an employee-role or personal account, its holder.",
        applies=_kind_or_holder_unknown),
    RiskRule(
        id="ambassador_without_consent", severity=Severity.high, title="No recorded consent",
        explanation="The personal profile is listed for ambassador work, but its holder's consent is not "
                    "recorded; sharing company content on one's own profile is voluntary.",
        what_to_do="Ask the holder and record their consent with what the company may ask, or take the "
                   "profile off the ambassador list.",
        applies=_listed_without_consent),
    RiskRule(
        id="consent_withdrawn_still_listed", severity=Severity.high, title="Consent withdrawn",
        explanation="The holder withdrew their consent to ambassador work, but the profile is still listed "
                    "for it.",
        what_to_do="Take the profile off the ambassador list and stop asking the holder to share.",
        applies=_listed_after_withdrawal),
    RiskRule(
        id="employee_role_holder_left", severity=Severity.high, title="Holder left",
        explanation="The employee-role account presents someone who has left, as an employee of the company.",
        what_to_do="Hand the account over to a successor and rename it, or archive or close it, as its "
                   "handover terms say.",
        applies=_employee_role_holder_left),
    RiskRule(
        id="terms_not_agreed_by_holder", severity=Severity.medium, title="Holder not agreed",
        explanation="The account's handover terms are recorded, but its holder has not agreed to them.",
        what_to_do="Go through the terms with the holder and record their agreement.",
        applies=_terms_not_agreed_by_holder),
    RiskRule(
        id="unofficial_undecided", severity=Severity.high, title="Unofficial",
        explanation="Someone made the account in the company's name without a mandate, and nobody has "
                    "decided what becomes of it.",
        what_to_do="Decide whether the company adopts, hands over, archives or closes it, and record "
                   "that as its handover terms.",
        applies=_unofficial_undecided),
    RiskRule(
        id="personal_group_built_for_company", severity=Severity.medium, title="Company group kept",
        explanation="The unofficial group was built for the company, but its terms say its holder keeps "
                    "it; groups and networks built for the company stay with the company.",
        what_to_do="Agree with the holder that the group is the company's: record it as a company or "
                   "employee-role account, with terms that hand it over.",
        applies=_personal_group_for_company),
    RiskRule(
        id="policy_not_acknowledged", severity=Severity.medium, title="Policy not acknowledged",
        explanation="The holder speaks for the company on this account, but has not acknowledged the "
                    "social-media policy in force.",
        what_to_do="Give the holder the policy and record their acknowledgement.",
        applies=_policy_not_acknowledged),
    RiskRule(
        id="change_flag_open", severity=Severity.medium, title="Change not made",
        explanation="A review flagged the account's record as needing a change, and nobody has resolved it.",
        what_to_do="Make the change the review asked for, then resolve the flag.",
        applies=_change_flag_open),
    RiskRule(
        id="review_overdue", severity=Severity.low, title="Review overdue",
        explanation="Nobody has confirmed within the review interval that the account's record is "
                    "still true.",
        what_to_do="Review the account: check its administrators, login and terms, then mark it "
                    "reviewed.",
        applies=_review_overdue),
)

_BY_ID = {r.id: r for r in RISK_RULES}
if len(_BY_ID) != len(RISK_RULES):
    raise ValueError("two risk rules share an id")

# Accounts that no longer exist on the platform, or are deliberately kept read-only, put
# nothing at risk; their records stay for the history.
INACTIVE_STATUSES = frozenset({AccountStatus.archived, AccountStatus.closed})


def rule(risk_id: str) -> RiskRule:
    try:
        return _BY_ID[risk_id]
    except KeyError:
        raise KeyError(f"There is no risk rule “{risk_id}”; known: {', '.join(_BY_ID)}.") from None


# Worst first: badges, the CLI table and exports list an account's risks in this order.
RULES_BY_SEVERITY: tuple[RiskRule, ...] = tuple(sorted(RISK_RULES, key=lambda r: -r.severity))


def risks_of(facts: RiskFacts, context: RiskContext) -> tuple[RiskRule, ...]:
    """The rules that flag one account, worst first."""
    if facts.status in INACTIVE_STATUSES:
        return ()
    return tuple(r for r in RULES_BY_SEVERITY if r.applies(facts, context))
