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
    consent_given_on
    consent_withdrawn_on
    review_interval_months   empty: the organisation's default
    notes
    successor_name
    followers_terms     current handover terms: followers, network and groups
    content_terms
    notice_days
    agreed_by_holder    yes/no
    agreed_by_company

New columns are only ever appended. Dates are ISO 8601 (2026-12-31). The file is UTF-8 with
a byte order mark, so Excel reads æøåäö; its delimiter is the user's list separator unless
given. Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a
carriage return, possibly after apostrophes) get one leading apostrophe, as OWASP advises
against CSV injection; `csv_import` removes exactly that apostrophe again.

Secrets never appear here: the registry records only that one exists.
"""

from __future__ import annotations

import csv
import gc
import locale
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa

from accountregistry.domain.errors import RegistryError
from accountregistry.domain.platforms import PLATFORM_IDS
from accountregistry.domain.risks import next_review_due
from accountregistry.domain.vocabulary import AccountStatus, Kind, Role
from accountregistry.services.risks import account_risks
from accountregistry.services.validation import Problems
from accountregistry.store.database import Database
from accountregistry.store.models import Account, AccountRole, HandoverTerms, OrganisationSettings, Person

__all__ = [
    "ADMINISTRATOR_SEPARATOR",
    "COLUMNS",
    "COMPUTED",
    "Cancelled",
    "HEADER",
    "ReportColumn",
    "administrator_cell",
    "default_delimiter",
    "delimiter_named",
    "export_report",
    "neutralise",
    "report_rows",
    "restore",
]

ADMINISTRATOR_SEPARATOR = " | "
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
_latest = (sa.select(HandoverTerms.__table__.c.account_id, sa.func.max(HandoverTerms.__table__.c.version)
                     .label("version"))
           .group_by(HandoverTerms.__table__.c.account_id).subquery("latest"))

COMPUTED = None  # a column filled from its own query, not from the account's row


def _text(column) -> sa.ColumnElement:
    # Formatted by the database, so that 100,000 rows need no Python conversion per cell: enum
    # columns are VARCHARs, and CAST gives ISO 8601 dates on SQLite (stored so) and PostgreSQL.
    return sa.func.coalesce(sa.cast(column, sa.String), "")


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


COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn("platform", _text(_account.platform)),
    ReportColumn("presence", _text(_account.presence)),
    ReportColumn("handle", _text(_account.handle)),
    ReportColumn("url", _text(_account.url)),
    ReportColumn("display_name", _text(_account.display_name)),
    ReportColumn("kind", _text(_account.kind)),
    ReportColumn("status", _text(_account.status)),
    ReportColumn("holder_name", _text(_holder.c.name)),
    ReportColumn("holder_email", _text(_holder.c.work_email)),
    ReportColumn("responsible_unit", _text(_account.responsible_unit)),
    ReportColumn("administrators", COMPUTED),
    ReportColumn("admin_count", COMPUTED, read_back=False),
    ReportColumn("login_email", _text(_account.login_email)),
    ReportColumn("two_factor", _text(_account.two_factor)),
    ReportColumn("disposition", _text(_terms.c.disposition)),
    ReportColumn("successor_email", _text(_successor.c.work_email)),
    ReportColumn("terms_agreed_on", _text(_terms.c.agreed_on)),
    ReportColumn("last_reviewed_on", _text(_account.last_reviewed_on)),
    ReportColumn("next_review_due", COMPUTED, read_back=False),
    ReportColumn("risks", COMPUTED, read_back=False),
    ReportColumn("official", _yes_no(_account.official)),
    ReportColumn("mandate", _text(_account.mandate)),
    ReportColumn("response_expectations", _text(_account.response_expectations)),
    ReportColumn("consent_given_on", _text(_account.consent_given_on)),
    ReportColumn("consent_withdrawn_on", _text(_account.consent_withdrawn_on)),
    ReportColumn("review_interval_months", _text(_account.review_interval_months)),
    ReportColumn("notes", _text(_account.notes)),
    ReportColumn("successor_name", _text(_successor.c.name)),
    ReportColumn("followers_terms", _text(_terms.c.followers_terms)),
    ReportColumn("content_terms", _text(_terms.c.content_terms)),
    ReportColumn("notice_days", _text(_terms.c.notice_days)),
    ReportColumn("agreed_by_holder", _yes_no(_terms.c.agreed_by_holder, present=_terms.c.id)),
    ReportColumn("agreed_by_company", _text(_terms.c.agreed_by_company)),
)

HEADER: tuple[str, ...] = tuple(column.name for column in COLUMNS)
_POSITION = {name: index for index, name in enumerate(HEADER)}
_SQL_COLUMNS = tuple(column for column in COLUMNS if column.cell is not COMPUTED)
if len(_POSITION) != len(COLUMNS):
    raise ValueError("two report columns share a name")


# ---------------------------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------------------------

@contextmanager
def bulk_work() -> Iterator[None]:
    """Hold off Python's cycle collector while millions of short-lived cells are made.

    Each generation-2 pass walks every live object, the whole parsed file included, and at
    100,000 rows those passes cost a third of an import's planning. Reference counting still
    frees everything as usual; only cycles wait until the work is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it without running it as a formula.

    Apostrophes before a trigger count as part of it, so that `restore` can always tell an
    added apostrophe from one that was in the value: the two are exact inverses.
    """
    if cell and cell.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo `neutralise`: remove exactly the one apostrophe it adds, and nothing else."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_TRIGGERS):
        return cell[1:]
    return cell


def administrator_cell(entries: Iterable[tuple[str, str | None, str]]) -> str:
    """(name, email, role) as “Name <email> (role) | …”."""
    return ADMINISTRATOR_SEPARATOR.join(
        f"{name} <{email}> ({role})" if email else f"{name} ({role})" for name, email, role in entries)


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
        raise RegistryError(f"“{text}” is not a delimiter the export writes; use ';', ',', 'tab' or '|'.") from None


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
            chosen = problems.choice("kind", kind, Kind, "Kind")
            if chosen:
                conditions.append(_account.kind == chosen)
    if platform is not None:
        if platform not in PLATFORM_IDS:
            problems.add("platform", f"Platform “{platform}” is not one of: {', '.join(PLATFORM_IDS)}.")
        else:
            conditions.append(_account.platform == platform)
    if status is not None:
        chosen = problems.choice("status", status, AccountStatus, "Status")
        if chosen:
            conditions.append(_account.status == chosen)
    problems.raise_if_any()
    if account_ids is not None:
        conditions.append(_account.id.in_(sorted(set(account_ids))))
    return conditions


_ROLE_RANK = sa.case({role.value: rank for rank, role in enumerate(Role)}, value=AccountRole.__table__.c.role)
_RANK_OF = {role.value: rank for rank, role in enumerate(Role)}


def _administrators(connection: sa.Connection, conditions: list[sa.ColumnElement]) -> dict[int, tuple[str, str]]:
    """Each account's (administrators cell, admin_count cell), for accounts with an active role.

    Entries are ordered by role (owner first), then name, then grant. On SQLite the roles are
    read without their people and joined and sorted here: looking up 300,000 grants' people in
    the database costs twice the rest of the query, and Python orders names exactly as SQLite's
    binary collation does. Other databases sort by their own collation, so they sort as before.
    """
    role, person = AccountRole.__table__.c, Person.__table__.c
    kind = sa.type_coerce(role.role, sa.String)
    in_python = connection.dialect.name == "sqlite"
    if in_python:
        statement = (sa.select(role.account_id, role.person_id, kind, role.id)
                     .where(role.revoked_on.is_(None)).order_by(role.account_id))
    else:
        statement = (sa.select(role.account_id, person.name, person.work_email, kind)
                     .join(Person.__table__, person.id == role.person_id)
                     .where(role.revoked_on.is_(None))
                     .order_by(role.account_id, _ROLE_RANK, person.name, role.id))
    if conditions:
        statement = statement.join(Account.__table__, _account.id == role.account_id).where(*conditions)
    rows = connection.execute(statement).all()  # one fetchall: iterating fetches row by row
    found: dict[int, tuple[str, str]] = {}
    separator = ADMINISTRATOR_SEPARATOR
    if not in_python:
        grouped: dict[int, list] = {}
        for account_id, name, email, role_name in rows:
            grouped.setdefault(account_id, []).append((name, email, role_name))
        for account_id, entries in grouped.items():
            found[account_id] = (administrator_cell(entries), str(len({(n, e) for n, e, _ in entries})))
        return found
    # Per person: their place in name order (equal names share it), the entry's text up to the
    # role, and who they are for admin_count (distinct name and email, as the other path counts).
    people = connection.execute(sa.select(person.id, person.name, person.work_email)).all()
    names = sorted({name for _, name, _ in people})
    name_order = {name: place for place, name in enumerate(names)}
    about = {person_id: (name_order[name], f"{name} <{email}> (" if email else f"{name} (", (name, email))
             for person_id, name, email in people}
    rank_of = _RANK_OF
    # Rows arrive grouped by account; each group is sorted by (role, name, grant).
    group: list[tuple] = []
    current = None
    for account_id, person_id, role_name, grant_id in rows:
        if account_id != current:
            if group:
                found[current] = _administrator_cells(group, separator)
            group = []
            current = account_id
        order, text, who = about[person_id]
        group.append((rank_of[role_name], order, grant_id, text + role_name + ")", who))
    if group:
        found[current] = _administrator_cells(group, separator)
    return found


def _administrator_cells(group: list[tuple], separator: str) -> tuple[str, str]:
    if len(group) == 1:
        return group[0][3], "1"
    group.sort()  # (role rank, name order, grant id) are unique per grant: the texts never compare
    return separator.join([entry[3] for entry in group]), str(len({entry[4] for entry in group}))


def _as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])  # SQLite's stored text: "2026-12-31 10:11:12.000"


def report_rows(db: Database, *, kind: str | None = None, platform: str | None = None,
                status: str | None = None, account_ids: Iterable[int] | None = None,
                today: date | None = None) -> Iterator[list[str]]:
    """The report's rows (without the header), ordered by platform and handle, as plain text:
    not yet neutralised against formulas, which is the CSV file's concern.

    Four set-based queries whatever the number of accounts: the accounts with holder, current
    terms and successor; the active roles; the risks; the organisation's review interval.
    """
    conditions = _filters(kind=kind, platform=platform, status=status, account_ids=account_ids)
    terms_table = _terms
    statement = (
        # The last review as the database returns it (ISO text on SQLite): _as_date reads either.
        sa.select(*(column.cell for column in _SQL_COLUMNS), _account.id,
                  sa.type_coerce(_account.last_reviewed_on, sa.String),
                  sa.type_coerce(_account.created_at, sa.String), _account.review_interval_months)
        .select_from(Account.__table__)
        .outerjoin(_holder, _holder.c.id == _account.holder_id)
        .outerjoin(_latest, _latest.c.account_id == _account.id)
        .outerjoin(terms_table, sa.and_(terms_table.c.account_id == _latest.c.account_id,
                                        terms_table.c.version == _latest.c.version))
        .outerjoin(_successor, _successor.c.id == terms_table.c.successor_id)
        .where(*conditions)
        .order_by(_account.platform, _account.handle)
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
    due_at, risks_at = _POSITION["next_review_due"], _POSITION["risks"]
    separator = ADMINISTRATOR_SEPARATOR
    no_roles = ("", "0")
    # Many accounts share a review date and interval; the date arithmetic is the slow part.
    due: dict[tuple, str] = {}
    computed = sorted((position, which) for which, position in enumerate((administrators_at, count_at, due_at,
                                                                         risks_at)))
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
                  separator.join([rule.id for rule in risks.get(account_id, ())]))
        for position, which in computed:
            cells.insert(position, values[which])
        yield cells


# A cell that starts (after apostrophes) with a trigger, anywhere in a row joined by \x1f and
# preceded by one: the pattern then starts with a plain character, which the regex engine finds
# by a fast scan instead of trying the pattern at every position (four times faster).
_RISKY_ROW = re.compile("\x1f'*[=+\\-@\t\r]")


def _neutralised(rows: list[list[str]]) -> Iterator[list[str]]:
    # Most rows have no cell starting with a trigger: one regex search per row, and the exact
    # neutralise() per cell only for rows where it may find one (a \x1f inside a cell can only
    # cause a needless check, never a missed one).
    risky = _RISKY_ROW.search
    for row in rows:
        if risky("\x1f" + "\x1f".join(row)):
            yield [neutralise(cell) for cell in row]
        else:
            yield row


# ---------------------------------------------------------------------------------------------
# The file
# ---------------------------------------------------------------------------------------------

PROGRESS_EVERY = 1000


def _unwritable(target: Path, error: OSError) -> RegistryError:
    reason = (error.strerror or str(error)).lower()
    if isinstance(error, PermissionError):
        return RegistryError(f"Cannot write {target}: you do not have permission to write there; "
                             "choose another folder.")
    if getattr(error, "errno", None) == 28:  # ENOSPC
        return RegistryError(f"The disk holding {target} is full; free some space and export again. "
                             "No file was written.")
    return RegistryError(f"Cannot write {target}: {reason}. No file was written.")


def _check_target(db: Database, target: Path) -> None:
    if target.is_dir():
        raise RegistryError(f"{target} is a folder; give the name of the file to write.")
    if not target.parent.is_dir():
        raise RegistryError(f"The folder {target.parent} does not exist; create it or choose another one.")
    if db.path is not None and target.exists() and target.resolve() == Path(db.path).resolve():
        raise RegistryError(f"{target} is the registry's own database; choose another file for the report.")


def export_report(db: Database, path: str | os.PathLike, *, delimiter: str | None = None,
                  kind: str | None = None, platform: str | None = None, status: str | None = None,
                  account_ids: Iterable[int] | None = None,
                  progress: Callable[[int, int], bool] | None = None, today: date | None = None) -> int:
    """Write the ownership report to `path`; return the number of accounts written.

    Written to a temporary file beside the target and renamed over it only when complete, so
    an interruption (a crash, a full disk, the user cancelling through `progress` returning
    False, which raises Cancelled) never leaves half a report, nor touches an older one.
    """
    target = Path(path).expanduser().absolute()
    chosen = delimiter if delimiter is not None else default_delimiter()
    if chosen not in (";", ",", "\t", "|"):
        chosen = delimiter_named(chosen)
    _check_target(db, target)
    with bulk_work():
        rows = list(report_rows(db, kind=kind, platform=platform, status=status, account_ids=account_ids,
                                today=today))
    total = len(rows)
    if progress is not None and progress(0, total) is False:
        raise Cancelled("The export was cancelled; no file was written.")
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        # O_EXCL: never write through a file (or link) someone else put there; the umask decides
        # the final permissions, as for any other file the user saves.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise _unwritable(target, error) from None
    try:
        with open(descriptor, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file, delimiter=chosen, lineterminator="\r\n")
            writer.writerow(HEADER)
            for start in range(0, total, PROGRESS_EVERY):
                chunk = rows[start:start + PROGRESS_EVERY]
                writer.writerows(_neutralised(chunk))
                if progress is not None:
                    if progress(start + len(chunk), total) is False:
                        raise Cancelled("The export was cancelled; no file was written.")
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _unwritable(target, error) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return total
