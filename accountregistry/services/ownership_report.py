"""The ownership report: one row per account, for Excel, LibreOffice and for `import`.

The header is documented and stable; scripts and spreadsheets depend on it. Columns, in order:

    platform            platform id (linkedin, facebook, x, ...)
    presence            profile, page, group or channel
    handle              the registry's normalised handle
    url                 the account's address
    display_name
    kind                company, employee_role or personal; empty when not yet known
    status              active, dormant, archived or closed
    holder_name         the person the account presents (employee-role and personal accounts)
    holder_email
    responsible_unit
    administrators      active roles as “Name <email> (role)”, separated by “ | ”
    admin_count         distinct people holding an active role                      (computed)
    login_email
    two_factor
    disposition         of the current handover terms; empty when none are agreed
    successor_email
    terms_agreed_on
    last_reviewed_on
    next_review_due     last review (or registration) plus the review interval       (computed)
    risks               ids of the risk rules that flag the account, worst first, “ | ” (computed)
    --- appended after the issue's list, so that an import reproduces the account whole:
    official            yes/no: no for pages and groups made without a mandate
    mandate
    response_expectations
    consent_given_on    the latest ambassador consent record's dates (computed; consent is
    consent_withdrawn_on   recorded with `consent give` and `consent withdraw`, not imported)
    review_interval_months   empty: the organisation's default
    notes
    successor_name
    followers_terms     current handover terms: followers, network and groups
    content_terms
    notice_days
    agreed_by_holder    yes/no
    agreed_by_company
    ambassador          yes/no: a personal profile listed for ambassador work
    response_hours      the mandate: answer within this many hours
    outside_working_hours  yes/no: also outside working hours
    frequency           how often it is expected to post
    audience            whom it speaks to
    weekly_hours        working time per week it may take
    escalation_email    whom critical comments go to (a person in the registry)
    exported_at         when the report was written, UTC (2026-12-31T10:11:12Z): an import of it
                        then knows which roles were revoked after, and does not quietly grant them again

New columns are only ever appended. Dates are ISO 8601 (2026-12-31). The file is UTF-8 with
a byte order mark, so Excel reads æøåäö; its delimiter is the user's list separator unless
given. A cell holding any of `,` `;` tab, a quote or a line break is quoted, whatever the
delimiter, so that Excel and LibreOffice split every line right with their default settings in
any locale (LibreOffice splits on tab, comma and semicolon together). Cells that a spreadsheet
would run as a formula (starting with = + - @, a tab or a carriage return, possibly after
apostrophes) get one leading apostrophe, as OWASP advises against CSV injection; `csv_import`
removes exactly that apostrophe again.

The file is written for its owner alone (0600), like the database: it names people and roles.
Secrets never appear here: the registry records only that one exists.
"""

from __future__ import annotations

import io
import locale
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import chain, groupby, islice
from pathlib import Path

import sqlalchemy as sa

from accountregistry.domain.errors import Label, RegistryError
from accountregistry.domain.platforms import PLATFORM_IDS
from accountregistry.domain.pseudonyms import shown
from accountregistry.domain.risks import next_review_due
from accountregistry.domain.vocabulary import AccountStatus, Kind, Role, controlling_role
from accountregistry.services.audit import plain
from accountregistry.services.bulk_work import bulk_work
from accountregistry.services.handover import is_current
from accountregistry.services.report_layouts import Layout, layout_named
from accountregistry.services.report_sheets import DATE, NUMBER, SHEET_FORMATS, TEXT, WORKBOOK_FORMATS
from accountregistry.services.risks import LEAVERS, CellsByFacts, RiskSources, RulesByFacts, account_risks
from accountregistry.services.validation import Problems
from accountregistry.store.ordering import bytewise
from accountregistry.store.database import Database
from accountregistry.store.safe_files import written_whole
from accountregistry.store.models import (
    Account,
    AccountRole,
    ConsentRecord,
    HandoverTerms,
    OrganisationSettings,
    Person,
    WithPseudonyms,
    utcnow,
)

__all__ = [
    "ADMINISTRATOR_SEPARATOR",
    "COLUMNS",
    "COLUMN_ABOUT",
    "COMPUTED",
    "Cancelled",
    "HEADER",
    "ReportColumn",
    "administrator_cell",
    "default_delimiter",
    "delimiter_named",
    "export_report",
    "neutralise",
    "restore",
    "text_cell",
]

ADMINISTRATOR_SEPARATOR = " | "
# An administrators entry (name, work email, role), or (name, role) for someone with no work email:
# administrator_cell and SQLite's printf (_administrators_in_order) write it from these.
_ENTRY, _ENTRY_NO_EMAIL = "%s <%s> (%s)", "%s (%s)"
# The formula triggers OWASP lists for CSV injection.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Cancelled(RegistryError):
    """The user cancelled a long export or import; nothing was written."""


# ---------------------------------------------------------------------------------------------
# The columns
# ---------------------------------------------------------------------------------------------

_account = Account.__table__.c
_holder = Person.__table__.alias("holder")
_successor = Person.__table__.alias("successor")
_terms = HandoverTerms.__table__.alias("terms")

COMPUTED = None  # a column filled from its own query, not from the account's row
_consent = ConsentRecord.__table__.c


def _latest_consent(column: sa.Column) -> sa.ScalarSelect:
    """The account's latest consent record's `column` (services/consent.py keeps them)."""
    return (sa.select(column).where(_consent.account_id == _account.id).order_by(_consent.id.desc()).limit(1)
            .scalar_subquery())


_escalation_email = (sa.select(Person.__table__.c.work_email).where(Person.__table__.c.id == _account.escalation_id)
                     .scalar_subquery())


def _text(column) -> sa.ColumnElement:
    # Formatted by the database, so that 100,000 rows need no Python conversion per cell: enum
    # columns are VARCHARs, and CAST gives ISO 8601 dates on SQLite (stored so) and PostgreSQL.
    # Text that may name an anonymised person keeps its type, which reads the pseudonym.
    return sa.func.coalesce(sa.cast(column, sa.String), "",
                            type_=column.type if isinstance(column.type, WithPseudonyms) else sa.String)


def _yes_no(column, *, present=None) -> sa.ColumnElement:
    if present is None:
        return sa.case((column, "yes"), else_="no")
    return sa.case((present.is_(None), ""), (column, "yes"), else_="no")


@dataclass(frozen=True)
class ReportColumn:
    name: str
    # The cell's text as an SQL expression; COMPUTED for the columns built from other queries.
    cell: sa.ColumnElement | None
    # False for what the registry computes: import ignores it rather than reporting it unknown.
    read_back: bool = True
    # The stored value the cell shows as text (None: only `cell` says it), for SQLite's printf,
    # which writes NULL as nothing and any other value as its text without a cast per cell.
    stored: sa.ColumnElement | None = None
    # What a workbook stores the cell as: text, a date or a whole number (report_sheets).
    shape: str = TEXT


def _stored(name: str, column: sa.ColumnElement, shape: str = TEXT) -> ReportColumn:
    return ReportColumn(name, _text(column), stored=column, shape=shape)


COLUMNS: tuple[ReportColumn, ...] = (
    _stored("platform", _account.platform),
    _stored("presence", _account.presence),
    _stored("handle", _account.handle),
    _stored("url", _account.url),
    _stored("display_name", _account.display_name),
    _stored("kind", _account.kind),
    _stored("status", _account.status),
    _stored("holder_name", _holder.c.name),
    _stored("holder_email", _holder.c.work_email),
    _stored("responsible_unit", _account.responsible_unit),
    ReportColumn("administrators", COMPUTED),
    ReportColumn("admin_count", COMPUTED, read_back=False, shape=NUMBER),
    _stored("login_email", _account.login_email),
    _stored("two_factor", _account.two_factor),
    _stored("disposition", _terms.c.disposition),
    _stored("successor_email", _successor.c.work_email),
    _stored("terms_agreed_on", _terms.c.agreed_on, DATE),
    _stored("last_reviewed_on", _account.last_reviewed_on, DATE),
    ReportColumn("next_review_due", COMPUTED, read_back=False, shape=DATE),
    ReportColumn("risks", COMPUTED, read_back=False),
    ReportColumn("official", _yes_no(_account.official)),
    _stored("mandate", _account.mandate),
    _stored("response_expectations", _account.response_expectations),
    ReportColumn("consent_given_on", _text(_latest_consent(_consent.given_on)), read_back=False,
                 stored=_latest_consent(_consent.given_on), shape=DATE),
    ReportColumn("consent_withdrawn_on", _text(_latest_consent(_consent.withdrawn_on)), read_back=False,
                 stored=_latest_consent(_consent.withdrawn_on), shape=DATE),
    _stored("review_interval_months", _account.review_interval_months, NUMBER),
    _stored("notes", _account.notes),
    _stored("successor_name", _successor.c.name),
    _stored("followers_terms", _terms.c.followers_terms),
    _stored("content_terms", _terms.c.content_terms),
    _stored("notice_days", _terms.c.notice_days, NUMBER),
    ReportColumn("agreed_by_holder", _yes_no(_terms.c.agreed_by_holder, present=_terms.c.id)),
    _stored("agreed_by_company", _terms.c.agreed_by_company),
    ReportColumn("ambassador", _yes_no(_account.ambassador)),
    _stored("response_hours", _account.response_hours, NUMBER),
    ReportColumn("outside_working_hours", _yes_no(_account.outside_working_hours)),
    _stored("frequency", _account.frequency),
    _stored("audience", _account.audience),
    _stored("weekly_hours", _account.weekly_hours, NUMBER),
    _stored("escalation_email", _escalation_email),
    ReportColumn("exported_at", COMPUTED),
)

HEADER: tuple[str, ...] = tuple(column.name for column in COLUMNS)
SHAPES: tuple[str, ...] = tuple(column.shape for column in COLUMNS)
_POSITION = {name: index for index, name in enumerate(HEADER)}
_SQL_COLUMNS = tuple(column for column in COLUMNS if column.cell is not COMPUTED)
if len(_POSITION) != len(COLUMNS):
    raise ValueError("two report columns share a name")

# What each column holds, in the words of the people layout's sheet that explains the columns and
# risks (services/report_layouts); translated in the "Field" context as the column's label is.
COLUMN_ABOUT: dict[str, Label] = {
    "platform": Label("The network the account is on."),
    "presence": Label("What the account is on the network: a profile, a page, a group or a channel."),
    "handle": Label("The account's name on the network, as its address shows it."),
    "url": Label("The account's web address."),
    "display_name": Label("The name the account shows its followers."),
    "kind": Label("Who the account belongs to: the company, an employee's role, or a person privately."),
    "status": Label("Whether the account is in use, dormant, archived or closed."),
    "holder_name": Label("The person who holds the account."),
    "holder_email": Label("The holder's work email."),
    "responsible_unit": Label("The department or team responsible for the account."),
    "administrators": Label("Everyone who holds a role on the account, with their work email and role."),
    "admin_count": Label("How many people hold an owner or admin role (counted by the registry)."),
    "login_email": Label("The email address the account logs in with (left out for personal accounts)."),
    "two_factor": Label("How the login is protected by a second factor."),
    "disposition": Label("What happens to the account when its holder leaves."),
    "successor_email": Label("The work email of the person who takes the account over."),
    "terms_agreed_on": Label("The day the handover terms were agreed."),
    "last_reviewed_on": Label("The day the account's record was last checked."),
    "next_review_due": Label("When the record is next due to be checked (from the last review and the interval)."),
    "risks": Label("The risks the registry finds for the account; each is explained below."),
    "official": Label("Whether the account speaks officially for the organisation."),
    "mandate": Label("What the account is for and who may post on it."),
    "response_expectations": Label("What followers may expect of answers."),
    "consent_given_on": Label("The day the holder consented to their personal account being registered."),
    "consent_withdrawn_on": Label("The day that consent was withdrawn."),
    "review_interval_months": Label("How many months may pass between two reviews of the record."),
    "notes": Label("Anything else worth knowing about the account."),
    "successor_name": Label("The name of the person who takes the account over."),
    "followers_terms": Label("What the handover terms say about followers, network and groups."),
    "content_terms": Label("What the handover terms say about the content posted."),
    "notice_days": Label("How many days' notice the handover terms give."),
    "agreed_by_holder": Label("Whether the holder agreed to the handover terms."),
    "agreed_by_company": Label("Who agreed the handover terms for the company."),
    "ambassador": Label("Whether the account is listed for ambassador work."),
    "response_hours": Label("Within how many hours questions on the account should be answered."),
    "outside_working_hours": Label("Whether answers are expected outside working hours too."),
    "frequency": Label("How often the account is expected to post."),
    "audience": Label("Who the account speaks to."),
    "weekly_hours": Label("How many working hours a week the account takes."),
    "escalation_email": Label("Whom to contact when something on the account needs a decision."),
    "exported_at": Label("When this report was written (UTC)."),
}
if set(COLUMN_ABOUT) != set(HEADER):
    raise ValueError("a report column without its explanation, or an explanation without its column")


# ---------------------------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------------------------

def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it without running it as a formula.

    Apostrophes before a trigger count as part of it, so that `restore` can always tell an
    added apostrophe from one that was in the value: the two are exact inverses.
    """
    if cell and cell.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def text_cell(value: object) -> str:
    """A value as a cell of the lists written as CSV (a case's checklist, a review round's): as a person reads
    it (audit.plain: an enum's value, a date's ISO form), blank for none, neutralised."""
    return neutralise("" if value is None else value if isinstance(value, str) else str(plain(value)))


def restore(cell: str) -> str:
    """Undo `neutralise`: remove exactly the one apostrophe it adds, and nothing else."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_TRIGGERS):
        return cell[1:]
    return cell


def administrator_cell(entries: Iterable[tuple[str, str | None, str]]) -> str:
    """(name, email, role) as “Name <email> (role) | …”."""
    return ADMINISTRATOR_SEPARATOR.join(
        _ENTRY % (name, email, role) if email else _ENTRY_NO_EMAIL % (name, role) for name, email, role in entries)


# Languages whose decimal separator is a comma: their spreadsheets split CSV on semicolons.
_SEMICOLON_LANGUAGES = frozenset(
    "da sv nb nn no de fr nl fi es it pt pl cs sk hu ro ru uk tr el is et lv lt sl hr sr bs bg ca eu gl "
    "id vi".split())
# Windows reports locales by English name ("Danish_Denmark", "Norwegian Bokmål_Norway").
_SEMICOLON_NAMES = ("danish", "swedish", "norwegian", "german", "french", "dutch", "finnish", "spanish",
                    "italian", "portuguese", "polish", "czech", "slovak", "hungarian", "romanian", "russian",
                    "ukrainian", "turkish", "greek", "icelandic", "estonian", "latvian", "lithuanian",
                    "slovenian", "croatian", "serbian", "bulgarian", "catalan", "basque", "galician",
                    "indonesian", "vietnamese")


def _user_locale() -> str | None:
    # POSIX order of precedence; the program never calls setlocale, so the environment is the
    # truth on Linux and macOS, and getlocale() the fallback (it reads Windows' user settings).
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(variable, "").strip()
        if value:
            return value
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def default_delimiter(locale_name: str | None = None) -> str:
    """The list separator a spreadsheet in this locale expects: ';' where the decimal
    separator is a comma (Danish, Swedish, Norwegian, most of Europe), ',' otherwise."""
    name = (locale_name if locale_name is not None else _user_locale() or "").strip().lower()
    language = name.replace("-", "_").split("_")[0].split(".")[0].split("@")[0]
    if language in _SEMICOLON_LANGUAGES or name.startswith(_SEMICOLON_NAMES):
        return ";"
    return ","


_DELIMITER_NAMES = {";": ";", ",": ",", "tab": "\t", "\t": "\t", "|": "|", "semicolon": ";", "comma": ","}


def delimiter_named(text: str) -> str:
    """A delimiter as a user writes it on the command line (';', ',', 'tab', '|')."""
    try:
        return _DELIMITER_NAMES[text.strip().lower() if text.strip() else text]
    except KeyError:
        raise RegistryError("not_a_delimiter", value=text) from None


# ---------------------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------------------

def _filters(*, kind: str | None, platform: str | None, status: str | None,
             account_ids: Iterable[int] | None) -> list[sa.ColumnElement]:
    problems = Problems()
    conditions: list[sa.ColumnElement] = []
    if kind is not None:
        if kind == "unknown":  # the kind nobody has recorded yet: a risk worth exporting on its own
            conditions.append(_account.kind.is_(None))
        else:
            chosen = problems.choice("kind", kind, Kind, Label("Kind"))
            if chosen:
                conditions.append(_account.kind == chosen)
    if platform is not None:
        if platform not in PLATFORM_IDS:
            problems.add("platform", "not_a_choice", label=Label("Platform"), value=platform, allowed=list(PLATFORM_IDS))
        else:
            conditions.append(_account.platform == platform)
    if status is not None:
        chosen = problems.choice("status", status, AccountStatus, Label("Status"))
        if chosen:
            conditions.append(_account.status == chosen)
    problems.raise_if_any()
    if account_ids is not None:
        conditions.append(_account.id.in_(sorted(set(account_ids))))
    return conditions


_ROLE_RANK = sa.case({role.value: rank for rank, role in enumerate(Role)}, value=AccountRole.__table__.c.role)


def _grants_in_order(conditions: list[sa.ColumnElement], *columns: sa.ColumnElement) -> sa.Select:
    """`columns` of each active grant with its holder, account by account in the administrators'
    order (role, owner first; then name; then grant), of the accounts `conditions` choose."""
    role, person = AccountRole.__table__.c, Person.__table__.c
    statement = (sa.select(role.account_id, *columns).join(Person.__table__, person.id == role.person_id)
                 .where(role.revoked_on.is_(None))
                 .order_by(role.account_id, _ROLE_RANK, bytewise(person.name), role.id))
    if conditions:
        statement = statement.join(Account.__table__, _account.id == role.account_id).where(*conditions)
    return statement


def _administrators(connection: sa.Connection, conditions: list[sa.ColumnElement]) -> dict[int, tuple[str, str]]:
    """Each account's (administrators cell, admin_count cell), for accounts with an active role.
    Entries are ordered by role (owner first), then name, then grant."""
    role, person = AccountRole.__table__.c, Person.__table__.c
    statement = _grants_in_order(conditions, person.name, person.work_email, sa.type_coerce(role.role, sa.String))
    grouped: dict[int, list] = {}
    for account_id, name, email, role_name in connection.execute(statement):
        grouped.setdefault(account_id, []).append((name, email, role_name))
    return {account_id: (administrator_cell(entries), str(len({(n, e) for n, e, _ in entries})))
            for account_id, entries in grouped.items()}


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])  # SQLite's stored text: "2026-12-31 10:11:12.000"


def exported_at(moment: datetime | None = None) -> str:
    """The exported_at cell: the moment in UTC, to the second, as ISO 8601 writes it."""
    moment = (moment or utcnow()).astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _rows_by_columns(db: Database, conditions: list[sa.ColumnElement], today: date | None,
                     stamp: str) -> Iterator[list[str]]:
    """The rows cell by cell (any database): the accounts with holder, current terms and
    successor; the active roles; the risks; the organisation's review interval."""
    statement = (
        # The last review as the database returns it (ISO text on SQLite): _as_date reads either.
        sa.select(*(column.cell for column in _SQL_COLUMNS), _account.id,
                  sa.type_coerce(_account.last_reviewed_on, sa.String),
                  sa.type_coerce(_account.created_at, sa.String), _account.review_interval_months)
        .select_from(Account.__table__)
        .outerjoin(_holder, _holder.c.id == _account.holder_id)
        .outerjoin(_terms, sa.and_(_terms.c.account_id == _account.id, is_current(_terms)))
        .outerjoin(_successor, _successor.c.id == _terms.c.successor_id)
        .where(*conditions)
        .order_by(bytewise(_account.platform), bytewise(_account.handle))
    )
    with db.reading() as session:
        connection = session.connection()
        default_interval = connection.execute(
            sa.select(OrganisationSettings.__table__.c.default_review_interval_months)).scalar_one()
        accounts = connection.execute(statement).all()
        administrators = _administrators(connection, conditions)
    # Risks read their own facts (their service owns the rules); all accounts at once when the
    # report is unfiltered.
    filtered = bool(conditions)
    risks = account_risks(db, [row[-4] for row in accounts] if filtered else None, today=today)

    visible = len(_SQL_COLUMNS)
    # The computed cells go in after the database's, in column order, so that each insert lands
    # at its final position.
    administrators_at, count_at = _POSITION["administrators"], _POSITION["admin_count"]
    due_at, risks_at, stamp_at = _POSITION["next_review_due"], _POSITION["risks"], _POSITION["exported_at"]
    separator = ADMINISTRATOR_SEPARATOR
    no_roles = ("", "0")
    # Many accounts share a review date and interval; the date arithmetic is the slow part.
    due: dict[tuple, str] = {}
    computed = sorted((position, which) for which, position in enumerate((administrators_at, count_at, due_at,
                                                                         risks_at, stamp_at)))
    for row in accounts:
        cells = list(row[:visible])
        account_id, last_reviewed_on, created_at, interval = row[visible:]
        administrators_cell, count_cell = administrators.get(account_id, no_roles)
        key = (last_reviewed_on, created_at[:10] if isinstance(created_at, str) else created_at,
               interval or default_interval)
        due_cell = due.get(key)
        if due_cell is None:
            due_cell = due[key] = next_review_due(_as_date(key[0]), _as_date(key[1]), key[2]).isoformat()
        values = (administrators_cell, count_cell, due_cell,
                  separator.join([rule.id for rule in risks.get(account_id, ())]), stamp)
        for position, which in computed:
            cells.insert(position, values[which])
        yield cells


# ---------------------------------------------------------------------------------------------
# Ready lines (SQLite): the database writes the text, Python only puts it in order
# ---------------------------------------------------------------------------------------------

# Between the cells of a ready line. A control character: every text field refuses it, and a
# report whose data holds one anyway is made cell by cell instead.
CELL = "\x1f"
_CELLS_PER_LINE = len(COLUMNS)


def _printf(columns: Iterable[sa.ColumnElement], *, before: str = "", after: str = "") -> sa.ColumnElement:
    # printf("%s") writes NULL as nothing and numbers as their digits: the cells as _text
    # gives them, in one function call per row rather than a cast and a coalesce per cell.
    columns = list(columns)
    return sa.func.printf(before + CELL.join(["%s"] * len(columns)) + after, *columns, type_=sa.String)


def _people_and_facts(connection: sa.Connection, conditions: list[sa.ColumnElement]) -> sa.Subquery:
    """Per account with active roles: how many people hold them (admin_count), how many hold a
    controlling role (0, 1 or 2 for more) and whether a leaver holds one; one pass over the
    active grants in index order, without a sort.

    admin_count tells people apart as the cell names them, by email, or by name for people
    without one. Unless two people without an email share a name, that is counting them, which
    needs no look-up of each grant's person.
    """
    role, person = AccountRole.__table__.c, Person.__table__.c
    controlling = sa.case((controlling_role(role), role.person_id))
    namesakes = connection.execute(sa.select(sa.exists(
        sa.select(person.name).where(person.work_email.is_(None)).group_by(person.name)
        .having(sa.func.count() > 1)))).scalar()
    if namesakes:
        who = sa.case((person.work_email.is_(None), sa.literal("n", sa.String).concat(person.name)),
                      else_=sa.literal("e", sa.String).concat(person.work_email))
        statement = sa.select(role.account_id, sa.func.count(sa.distinct(who)).label("people")).join(
            Person.__table__, person.id == role.person_id)
    else:
        statement = sa.select(role.account_id, sa.func.count(sa.distinct(role.person_id)).label("people"))
    statement = (
        statement.add_columns(
            sa.case((sa.func.min(controlling).is_(None), 0), (sa.func.min(controlling) == sa.func.max(controlling), 1),
                    else_=2).label("controllers"),
            sa.func.max(role.person_id.in_(LEAVERS)).label("leaver"))
        .where(role.revoked_on.is_(None))
        .group_by(role.account_id))
    if conditions:
        statement = statement.where(role.account_id.in_(sa.select(_account.id).where(*conditions)))
    return statement.subquery("people")


def _administrators_in_order(connection: sa.Connection, conditions: list[sa.ColumnElement]) -> dict[int, str]:
    """Each account's administrators cell, for accounts with an active role.

    The database sorts the entries (ORDER BY: role rank, then name, then grant) and writes
    each; here they are only joined, account by account.
    """
    role, person = AccountRole.__table__.c, Person.__table__.c
    kind = sa.type_coerce(role.role, sa.String)
    entry = sa.func.printf(sa.case((person.work_email.is_(None), _ENTRY_NO_EMAIL), else_=_ENTRY),
                           person.name, sa.func.coalesce(person.work_email, kind), kind, type_=sa.String)
    statement = _grants_in_order(conditions, entry)
    cells: dict[int, str] = {}
    result = connection.execute(statement)
    try:
        # Read a chunk at a time (270,000 entries at the designed scale would take 56 MiB as
        # tuples); an account whose entries straddle two chunks is joined again with the rest.
        while rows := result.cursor.fetchmany(ENTRIES_AT_ONCE):
            first = rows[0][0]
            begun = cells.pop(first, None)
            chunk = _joined_by_account(rows)
            if begun is not None:
                chunk[first] = begun + ADMINISTRATOR_SEPARATOR + chunk[first]
            cells.update(chunk)
    finally:
        result.close()
    return cells


ENTRIES_AT_ONCE = 20_000


def _joined_by_account(rows: list[tuple[int, str]]) -> dict[int, str]:
    """(account id, entry) rows grouped by account as one cell per account."""
    # One join over all entries, each preceded by the separator or, where an account begins, by
    # a mark to split on; no Python loop per account.
    accounts = [account_id for account_id, _ in rows]
    separator, mark = ADMINISTRATOR_SEPARATOR, "\x1e"
    starts = [mark if this != before else separator for this, before in zip(accounts, [None, *accounts])]
    owners = [account_id for account_id, start in zip(accounts, starts) if start == mark]
    cells = "".join([start + text for start, (_, text) in zip(starts, rows)]).split(mark)[1:]
    if len(cells) == len(owners):
        return dict(zip(owners, cells))
    # A name holding the mark itself: account by account.
    join = separator.join
    return {account_id: join([text for _, text in entries]) for account_id, entries in groupby(rows, _first)}


def _first(row):
    return row[0]


class _ReviewDue(dict):
    """The next_review_due cell per "base day, interval": few distinct ones for many accounts."""

    def __missing__(self, key: str) -> str:
        base, months = key.split(" ")
        day = date.fromisoformat(base)
        found = self[key] = next_review_due(day, day, int(months)).isoformat()
        return found


class ReadyLines(list):
    """A chunk of the report's rows as ready lines: each row's cells joined by CELL."""


def _ready_chunks(connection: sa.Connection, db: Database, conditions: list[sa.ColumnElement],
                  today: date | None, stamp: str) -> Iterator[ReadyLines | list[list[str]]]:
    """The report's rows in report order, PROGRESS_EVERY at a time, read through `connection`
    (SQLite) as they are written, so that 100,000 accounts are never held at once: each chunk as
    ReadyLines, or, where a cell holds CELL itself or a line names an anonymised person, as rows of
    cells (a row with CELL made cell by cell)."""
    holder, successor, terms = _holder.c, _successor.c, _terms.c
    rules = RulesByFacts.for_connection(connection, today or date.today())
    facts = _people_and_facts(connection, conditions)
    base = sa.func.coalesce(sa.type_coerce(_account.last_reviewed_on, sa.String),
                            sa.func.substr(sa.type_coerce(_account.created_at, sa.String), 1, 10))
    risk_facts = rules.columns(RiskSources(
        account=_account, controlling=facts.c.controllers, leaver=facts.c.leaver, terms=terms,
        # Only read for accounts with a stored password (a quarter, or none).
        last_revoked=sa.select(sa.func.max(AccountRole.__table__.c.revoked_on))
        .where(AccountRole.__table__.c.account_id == _account.id).scalar_subquery()))
    first, middle, last = (HEADER[:_POSITION["administrators"]],
                           HEADER[_POSITION["admin_count"]:_POSITION["next_review_due"]],
                           HEADER[_POSITION["risks"] + 1:_POSITION["exported_at"]])
    cell_of = {column.name: column.cell if column.stored is None else column.stored for column in _SQL_COLUMNS}
    cell_of["admin_count"] = sa.func.coalesce(facts.c.people, 0)
    statement = (
        sa.select(_account.id,
                  _printf((cell_of[name] for name in first), after=CELL),
                  _printf((cell_of[name] for name in middle), before=CELL, after=CELL),
                  sa.func.printf("%s %s", base,
                                 sa.func.coalesce(_account.review_interval_months,
                                                  rules.judgement.default_interval)),
                  _printf((cell_of[name] for name in last), before=CELL),
                  *risk_facts)
        .select_from(Account.__table__)
        .outerjoin(_holder, holder.id == _account.holder_id)
        .outerjoin(facts, facts.c.account_id == _account.id)
        .outerjoin(_terms, sa.and_(terms.account_id == _account.id, is_current(_terms)))
        .outerjoin(_successor, successor.id == terms.successor_id)
        .where(*conditions)
        .order_by(bytewise(_account.platform), bytewise(_account.handle)))
    administrators = _administrators_in_order(connection, conditions)
    due, risks, named = _ReviewDue(), CellsByFacts(rules), administrators.get
    result = connection.execute(statement)
    try:
        while rows := result.cursor.fetchmany(PROGRESS_EVERY):
            # Each row: account id, head, body, review, tail, then the risk facts.
            lines = ReadyLines(f"{row[1]}{named(row[0], '')}{row[2]}{due[row[3]]}{CELL}{risks[row[5:]]}"
                               f"{row[4]}{CELL}{stamp}" for row in rows)
            text = "".join(lines)
            if text.count(CELL) == (_CELLS_PER_LINE - 1) * len(lines) and shown(text) == text:
                yield lines
            else:
                yield [_named(cells) if len(cells := line.split(CELL)) == _CELLS_PER_LINE
                       else next(_rows_by_columns(db, [_account.id == row[0]], today, stamp))
                       for line, row in zip(lines, rows)]
    finally:
        result.close()


# The cells that may name an anonymised person: the text the store reads through WithPseudonyms,
# and the administrators' names.
_NAMING = (*(at for at, column in enumerate(COLUMNS) if isinstance(getattr(column.stored, "type", None),
                                                                     WithPseudonyms)), _POSITION["administrators"])


def _named(cells: list[str]) -> list[str]:
    """A ready line's cells with each anonymised person named as the store reads them."""
    for at in _NAMING:
        cells[at] = shown(cells[at])
    return cells


def _count(connection: sa.Connection, conditions: list[sa.ColumnElement]) -> int:
    return connection.execute(sa.select(sa.func.count()).select_from(Account.__table__).where(*conditions)).scalar_one()


# No platform id starts like a formula, so a line's first cell never needs neutralising.
assert not any(neutralise(p) != p for p in PLATFORM_IDS)


# ---------------------------------------------------------------------------------------------
# The file
# ---------------------------------------------------------------------------------------------

PROGRESS_EVERY = 1000
SAMPLE_ROWS = 2000  # the first rows, whose cells size a workbook's columns

# What makes a spreadsheet split a cell or join two: any list separator, whichever the file
# uses (LibreOffice splits on tab, comma and semicolon together by default; Excel on the
# locale's own), a quote and a line break. A cell holding any of them is quoted.
_SPLITTING = ',;\t"\r\n'


def _quoting(delimiter: str) -> re.Pattern:
    return re.compile("[" + re.escape(_SPLITTING + delimiter) + "]")


def _csv_line(cells: Iterable[str], delimiter: str, quoting: re.Pattern) -> str:
    """One line of the file: each cell neutralised, and quoted when it holds a separator."""
    found = quoting.search
    return delimiter.join(['"' + cell.replace('"', '""') + '"' if found(cell) else cell
                           for cell in map(neutralise, cells)])


def _check_target(db: Database, target: Path) -> None:
    if target.is_dir():
        raise RegistryError("export_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise RegistryError("export_no_folder", folder=str(target.parent))
    if db.path is not None and target.exists() and target.resolve() == Path(db.path).resolve():
        raise RegistryError("export_is_database", path=str(target))


def _csv_text(lines: list[str], delimiter: str) -> str:
    """Ready lines as the file's text, line ends included: where no line has a cell to quote,
    the lines go out as they are, their cells joined by the delimiter, only the cells a formula
    trigger starts getting their apostrophe."""
    if _quoting(delimiter).search(CELL.join(lines)):
        return _csv_text_line_by_line(lines, delimiter)
    return _plain_csv("\r\n".join(lines), delimiter) + "\r\n"


def _csv_text_line_by_line(lines: list[str], delimiter: str) -> str:
    # Runs of lines without a cell to quote still go out whole; the others cell by cell.
    quoting = _quoting(delimiter)
    out: list[str] = []
    plain: list[str] = []
    for line in lines:
        if quoting.search(line):
            if plain:
                out.append(_plain_csv("\r\n".join(plain), delimiter))
                plain = []
            out.append(_csv_line(line.split(CELL), delimiter, quoting))
        else:
            plain.append(line)
    if plain:
        out.append(_plain_csv("\r\n".join(plain), delimiter))
    return "\r\n".join(out) + "\r\n"


# A cell (after CELL) that starts like a formula, possibly after apostrophes; a line's first
# cell, the platform, never does. No tab or carriage return: a line holding one is quoted, so
# written cell by cell.
_FORMULA_CELL = re.compile(CELL + "('*[=+\\-@])")


def _plain_csv(text: str, delimiter: str) -> str:
    # Text that needs no quoting: the neutralising apostrophe goes in after each CELL that
    # starts a formula, then the cells are joined by the delimiter.
    return _FORMULA_CELL.sub(CELL + "'\\1", text).replace(CELL, delimiter)


class CsvSheet:
    """The report as CSV text (UTF-8 with a byte order mark), with the interface of the
    workbook sheets in report_sheets."""

    def __init__(self, file, header: tuple[str, ...], shapes: tuple[str, ...], *, delimiter: str, **_):
        self.text = io.TextIOWrapper(file, encoding="utf-8-sig", newline="")
        self.delimiter, self.quoting = delimiter, _quoting(delimiter)
        self.text.write(_csv_line(header, delimiter, self.quoting) + "\r\n")

    def write_lines(self, lines: list[str]) -> None:
        self.text.write(_csv_text(lines, self.delimiter))

    def write(self, rows: list[list[str]]) -> None:
        self.text.writelines(_csv_line(row, self.delimiter, self.quoting) + "\r\n" for row in rows)

    def close(self, extra=()) -> None:  # a CSV file has one sheet: the accounts
        self.text.flush()
        self.text.detach()


def _write_rows(sheet, chunks: Iterable[ReadyLines | list[list[str]]], total: int,
                progress: Callable[[int, int], bool] | None, convert: Callable[[list[str]], list[str]] | None) -> int:
    """The chunks into the sheet, each row worded by `convert` if given; ready lines go to CSV
    as they are, to a workbook cell by cell. Cancelled when `progress` says False after a
    chunk. Returns the number of rows written."""
    done = 0
    for chunk in chunks:
        if isinstance(chunk, ReadyLines) and convert is None and isinstance(sheet, CsvSheet):
            sheet.write_lines(chunk)
        else:
            rows = _cells(chunk)
            sheet.write(rows if convert is None else [convert(row) for row in rows])
        done += len(chunk)
        if progress is not None and progress(done, total) is False:
            raise Cancelled("export_cancelled")
    return done


def _cells(chunk: ReadyLines | list[list[str]]) -> list[list[str]]:
    return [line.split(CELL) for line in chunk] if isinstance(chunk, ReadyLines) else chunk


FORMATS = ("csv", *WORKBOOK_FORMATS)
_SHEETS = {"csv": CsvSheet, **SHEET_FORMATS}


def format_of(path: str | os.PathLike, chosen: str | None = None) -> str:
    """The file format: `chosen` (csv, xlsx, ods), else the file name's suffix, else CSV."""
    if chosen is not None:
        if chosen.strip().lower().lstrip(".") not in FORMATS:
            raise RegistryError("not_a_report_format", value=chosen, allowed=list(FORMATS))
        return chosen.strip().lower().lstrip(".")
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "csv"


def write_table(db: Database, path: str | os.PathLike, header: tuple[str, ...], shapes: tuple[str, ...],
                rows: list[list[str]], *, file_format: str | None = None, delimiter: str | None = None,
                title: str) -> Path:
    """A table of text cells written as the report is: CSV, .xlsx or .ods (`file_format`, else
    the name's suffix), cells typed by `shapes` in a workbook and neutralised in CSV, owner-
    readable only, whole or not at all. Returns the absolute path written."""
    target = Path(path).expanduser().absolute()
    chosen_format = format_of(target, file_format)
    _check_target(db, target)
    with written_whole(target, export=True) as file:
        sheet = _SHEETS[chosen_format](file, header, shapes, delimiter=delimiter or default_delimiter(),
                                       total=len(rows), sample=rows[:2000], title=title)
        sheet.write(rows)
        sheet.close()
    return target


def export_report(db: Database, path: str | os.PathLike, *, delimiter: str | None = None,
                  kind: str | None = None, platform: str | None = None, status: str | None = None,
                  account_ids: Iterable[int] | None = None, file_format: str | None = None,
                  layout: str = "data", progress: Callable[[int, int], bool] | None = None,
                  today: date | None = None) -> int:
    """Write the ownership report to `path` as CSV, .xlsx or .ods (`file_format`, else the
    name's suffix), in the `layout` "data" (stable header, stored values) or "people" (the
    user's language: services/report_layouts); return the number of accounts written.

    Written owner-readable only (0600) through store/safe_files: an interruption (a
    crash, a full disk, the user cancelling through `progress` returning False, which raises
    Cancelled) never leaves half a report, nor touches an older one.
    """
    target = Path(path).expanduser().absolute()
    chosen_format = format_of(target, file_format)
    chosen = delimiter if delimiter is not None else default_delimiter()
    if chosen not in (";", ",", "\t", "|"):
        chosen = delimiter_named(chosen)
    _check_target(db, target)
    conditions = _filters(kind=kind, platform=platform, status=status, account_ids=account_ids)
    worded = Layout(layout_named(layout), HEADER, COLUMN_ABOUT)
    stamp = exported_at()
    with db.reading() as session:  # one snapshot: the count and every row agree
        connection = session.connection()
        if db.is_sqlite:  # read as written: the database makes each line (_ready_chunks)
            total = _count(connection, conditions)
            chunks = _ready_chunks(connection, db, conditions, today, stamp)
        else:
            with bulk_work():
                rows = list(_rows_by_columns(db, conditions, today, stamp))
            total = len(rows)
            chunks = (rows[start:start + PROGRESS_EVERY] for start in range(0, total, PROGRESS_EVERY))
        with closing(chunks):
            if progress is not None and progress(0, total) is False:
                raise Cancelled("export_cancelled")
            head = list(islice(chunks, SAMPLE_ROWS // PROGRESS_EVERY))  # the rows that size the columns
            sample = [row for chunk in head for row in _cells(chunk)]
            with written_whole(target, export=True) as file:
                sheet = _SHEETS[chosen_format](
                    file, worded.header, SHAPES, delimiter=chosen, total=total, title=worded.sheet_title,
                    sample=sample if worded.convert is None else [worded.convert(row) for row in sample])
                written = _write_rows(sheet, chain(head, chunks), total, progress, worded.convert)
                sheet.close(worded.extra_sheets())
    return written
