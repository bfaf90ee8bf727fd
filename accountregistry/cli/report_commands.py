"""`export` and `import`: the ownership report out to a spreadsheet, and spreadsheets back in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from accountregistry.cli.arguments import say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.


def _delimiter(text: str) -> str:
    from accountregistry.domain.errors import RegistryError
    from accountregistry.services.ownership_report import delimiter_named

    try:
        return delimiter_named(text)
    except RegistryError as error:  # argparse reports only its own error types as usage errors
        raise argparse.ArgumentTypeError(error.sentence()) from None


def register(commands) -> None:
    export = commands.add_parser("export", help="write the ownership report (one row per account) to a CSV file "
                                                "or an .xlsx or .ods workbook")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="the file to write; its name's suffix chooses the format (.csv, .xlsx, .ods)")
    export.add_argument("--format", metavar="csv|xlsx|ods", choices=("csv", "xlsx", "ods"), dest="file_format",
                        help="the format, whatever the file's name says")
    export.add_argument("--layout", metavar="data|people", choices=("data", "people"), default="data",
                        help="data (default): the documented header and stored values, for programs and "
                             "import; people: headers, values and risks in your language")
    export.add_argument("--delimiter", metavar="';'|','|tab", type=_delimiter,
                        help="cell separator (default: your locale's list separator)")
    export.add_argument("--kind", metavar="K", help="only accounts of this kind (company, employee_role, "
                                                    "personal, unknown)")
    export.add_argument("--platform", metavar="P", help="only accounts on this platform (e.g. linkedin)")
    export.add_argument("--status", metavar="S", help="only accounts with this status (e.g. active)")
    export.set_defaults(run=run_export)

    imported = commands.add_parser("import", help="add and update accounts from a CSV file or an .xlsx or .ods "
                                                  "workbook (all rows or none)")
    imported.add_argument("file", metavar="FILE", type=Path)
    imported.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read (default: the first)")
    imported.add_argument("--dry-run", action="store_true", help="check the file and show what would change; "
                                                                 "write nothing")
    imported.add_argument("--only-valid-rows", action="store_true",
                          help="import the valid rows even if others have errors")
    imported.add_argument("--grant-revoked-roles", action="store_true",
                          help="also import the rows that would grant again a role an offboarding took away, or one "
                               "revoked after the file was exported (left out otherwise)")
    imported.set_defaults(run=run_import)


def run_export(args) -> int:
    from accountregistry.services.ownership_report import export_report
    from accountregistry.services.people import record_departures_where_allowed
    from accountregistry.services.workbook_reading import beyond_import
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        record_departures_where_allowed(db)
        written = export_report(db, args.output, delimiter=args.delimiter, kind=args.kind,
                                platform=args.platform, status=args.status, file_format=args.file_format,
                                layout=args.layout)
    say("cli_accounts_written", path=args.output, count=written)
    if beyond := beyond_import(args.output):
        say(beyond.code, **beyond.params)
    return 0


def run_import(args) -> int:
    from accountregistry.domain.messages import Phrase, format_value, sentence
    from accountregistry.services.csv_import import ImportRefused, RowAction, apply_import, plan_import, read_table
    from accountregistry.store.schema import opened

    parsed = read_table(args.file, sheet=args.sheet)
    with opened(args.db) as db:
        plan = plan_import(db, parsed)
        if parsed.unknown_columns:
            say("cli_unknown_columns", columns=parsed.unknown_columns, out=sys.stderr)
        if parsed.formula_cells:
            say("workbook_formula_cells", file=args.file.name, count=parsed.formula_cells, out=sys.stderr)
        _print_errors(plan, sentence)
        for row in plan.conflicts:
            print(sentence("import_line", {"line": row.line, "reason": row.reason}), file=sys.stderr)
        if plan.conflicts and not args.grant_revoked_roles:
            print(sentence("import_conflicts_left_out", {"count": len(plan.conflicts)}), file=sys.stderr)
        refused = plan.errors and not args.only_valid_rows
        if args.dry_run:
            for row in plan.rows:
                if row.action == RowAction.update:
                    changed = "; ".join(f"{c.column} “{c.old}” → “{c.new}”" for c in row.changes)
                    say("cli_row_update", line=row.line, row=row.account, changes=changed)
            say("cli_accounts_dry_run", summary=plan.summary(), people=len(plan.new_people))
            return 1 if refused else 0
        if refused:
            first = plan.errors[0]
            raise ImportRefused("import_rows_in_error", file=plan.source, count=len(plan.errors), line=first.line)
        result = apply_import(db, plan, only_valid_rows=args.only_valid_rows, grant_again=args.grant_revoked_roles)
    skipped = [Phrase(code, count=count) for code, count in (("cli_rows_skipped", result.rows_skipped),
                                                              ("cli_conflicts_left_out", result.conflicts_left_out))
               if count]
    say("cli_accounts_imported", file=plan.source, created=result.accounts_created, updated=result.accounts_updated,
        unchanged=result.accounts_unchanged, errors=plan.count(RowAction.error), skipped="".join(map(format_value, skipped)),
        people=result.people_created, roles=result.roles_granted, terms=result.terms_recorded)
    return 0


SHOWN_ERRORS = 200  # rows in error printed one by one; the others are counted by kind


def _print_errors(plan, sentence) -> None:
    """The first rows in error, each with its line and reasons; then, when there are more, how
    many rows are in error of each kind (a row's kind is its first problem), with an example."""
    errors = plan.errors
    if plan.shifted is not None:  # the reason the rows below fail, first
        print(plan.shifted.sentence(), file=sys.stderr)
    for row in errors[:SHOWN_ERRORS]:
        print(sentence("import_line", {"line": row.line, "reason": row.reason}), file=sys.stderr)
    if len(errors) <= SHOWN_ERRORS:
        return
    print(sentence("import_more_errors", {"shown": SHOWN_ERRORS, "count": len(errors)}), file=sys.stderr)
    for count, example in plan.error_kinds():
        print(sentence("import_error_kind", {"count": count, "line": example.line,
                                             "reason": example.problems[0][1]}), file=sys.stderr)
