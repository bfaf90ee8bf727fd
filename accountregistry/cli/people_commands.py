"""`people`: the people of the organisation from a script or an HR system.

    people list [--leaving] [--format table|csv|json]
    people add --name NAME --email EMAIL [--department D] [--title T] [--status S] [--last-day DATE]
               [--manager EMAIL]
    people set EMAIL FIELD=VALUE... [--expect-version N]
    people export -o FILE [--format csv|xlsx|ods] [--delimiter ';'|','|tab]
    people import FILE [--sheet NAME] [--dry-run] [--only-valid-rows]   (CSV, .xlsx or .ods)
    people anonymise EMAIL|ID... | --due [--dry-run]
    people export-data EMAIL|ID -o FILE.json|FILE.pdf [--replace]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from accountregistry.cli.arguments import read_date, say

# Services and the store are imported when a command runs: parsing and --help stay quick.
STATUSES = ("employed", "leaving", "left", "external")
# What `people set` changes, by the name it is given: the header's names and the short ones.
SET_FIELDS = {"name": "name", "email": "work_email", "work_email": "work_email", "department": "department",
              "title": "title", "status": "employment_status", "employment_status": "employment_status",
              "last_day": "last_working_day", "last_working_day": "last_working_day",
              "manager": "manager_email", "manager_email": "manager_email", "login": "login"}


def register(commands) -> None:
    people = commands.add_parser("people", help="the organisation's people: list, add, change, export")
    steps = people.add_subparsers(dest="people_command", metavar="STEP", required=True)

    listing = steps.add_parser("list", help="list everyone (or only those leaving)")
    listing.add_argument("--leaving", action="store_true", help="only people recorded as leaving")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.set_defaults(run=run_list)

    add = steps.add_parser("add", help="add a person")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True, metavar="EMAIL", help="work email (the key)")
    add.add_argument("--department")
    add.add_argument("--title")
    add.add_argument("--status", metavar="STATUS", help=f"one of {', '.join(STATUSES)} (default employed)")
    add.add_argument("--last-day", metavar="DATE", help="last working day, e.g. 2026-12-31 or 31.12.2026")
    add.add_argument("--manager", metavar="EMAIL", help="the manager's work email")
    add.set_defaults(run=run_add)

    change = steps.add_parser("set", help="change a person: FIELD=VALUE ... (an empty VALUE clears it)")
    change.add_argument("email", metavar="EMAIL", help="the person's work email")
    change.add_argument("changes", metavar="FIELD=VALUE", nargs="+",
                        help=f"fields: {', '.join(sorted(set(SET_FIELDS)))}")
    change.add_argument("--expect-version", type=int, metavar="N",
                        help="refuse the change if the person was changed since version N (see people list)")
    change.set_defaults(run=run_set, parser=change)

    export = steps.add_parser("export", help="write everyone to a file that people import reads")
    export.add_argument("-o", "--output", required=True, metavar="FILE", type=Path,
                        help="the file to write; its name's suffix chooses the format (.csv, .xlsx, .ods)")
    export.add_argument("--format", metavar="csv|xlsx|ods", choices=("csv", "xlsx", "ods"), dest="file_format",
                        help="the format, whatever the file's name says")
    export.add_argument("--delimiter", metavar="CHAR", help="';' (default in most of Europe), ',' or tab")
    export.set_defaults(run=run_export)

    load = steps.add_parser("import", help="add and update people from an HR file (any error: nothing is written)")
    load.add_argument("file", metavar="FILE", type=Path, help="a CSV file, or an .xlsx or .ods workbook")
    load.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read (default: the first)")
    load.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    load.add_argument("--only-valid-rows", action="store_true", help="import the rows without errors, skip the others")
    load.set_defaults(run=run_import)

    forget = steps.add_parser("anonymise", help="replace people who left by a pseudonym (cannot be undone)")
    forget.add_argument("people", metavar="EMAIL|ID", nargs="*", help="work email or person id")
    forget.add_argument("--due", action="store_true", help="everyone past the organisation's retention period")
    forget.add_argument("--dry-run", action="store_true", help="show what would be removed, and the notes that "
                                                               "name them; change nothing")
    forget.add_argument("--keep-notes", action="store_true", help="leave notes and reasons that name them as they "
                                                                  "are (default: their name there becomes the "
                                                                  "pseudonym)")
    forget.set_defaults(run=run_anonymise, parser=forget)

    access = steps.add_parser("export-data", help="everything held about one person (an access request), as JSON, "
                                                  "or as a readable PDF when FILE ends in .pdf")
    access.add_argument("person", metavar="EMAIL|ID", help="work email or person id")
    access.add_argument("-o", "--output", required=True, metavar="FILE", type=Path, help="FILE.json or FILE.pdf")
    access.add_argument("--replace", action="store_true", help="write over FILE if it exists")
    access.set_defaults(run=run_export_data)


def run_list(args: argparse.Namespace) -> int:
    import json

    from accountregistry.cli.csv_output import write_csv
    from accountregistry.services.people import record_departures_where_allowed
    from accountregistry.services.people_file import PEOPLE_HEADER, people_lines
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        record_departures_where_allowed(db)
        lines = people_lines(db, leaving_only=args.leaving)
    if args.format == "json":
        print(json.dumps([dict(zip(PEOPLE_HEADER, line.cells())) for line in lines], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_csv(PEOPLE_HEADER, (line.cells() for line in lines))
    elif not lines:
        say("cli_nobody_leaving" if args.leaving else "cli_no_people")
    else:
        from accountregistry.domain.messages import Phrase, sentence

        for line in lines:
            day = line.last_working_day
            print(sentence("cli_person_row", {
                "name": line.name, "email": line.work_email or "-", "status": line.employment_status,
                "last_day": Phrase("cli_last_day", day=day.isoformat()) if day else "",
                "department": line.department or ""}).rstrip())
        say("cli_people_count", count=len(lines))
    return 0


def _manager_id(db, email: str | None) -> int | None:
    from accountregistry.services.people import find_by_email

    return find_by_email(db, email).id if email else None


def run_add(args: argparse.Namespace) -> int:
    from accountregistry.services.people import PersonInput, add_person
    from accountregistry.store.schema import opened

    last_day = read_date("last_working_day", (args.last_day or "").strip() or None, "Last working day")
    with opened(args.db, create=True) as db:
        data = PersonInput(name=args.name, work_email=args.email, department=args.department, title=args.title,
                           employment_status=args.status or "employed",
                           last_working_day=last_day,
                           manager_id=_manager_id(db, args.manager))
        person = add_person(db, data)
    say("cli_person_added", name=person.name, email=person.work_email, id=person.id)
    return 0


def _changes(args: argparse.Namespace) -> dict[str, str]:
    changes: dict[str, str] = {}
    for text in args.changes:
        field, equals, value = text.partition("=")
        key = SET_FIELDS.get(field.strip().lower().replace("-", "_"))
        if not equals or key is None:
            args.parser.error(f"“{text}” is not FIELD=VALUE with one of: {', '.join(sorted(set(SET_FIELDS)))}")
        changes[key] = value.strip()
    return changes


def run_set(args: argparse.Namespace) -> int:
    from accountregistry.services.people import PersonInput, find_by_email, update_person
    from accountregistry.store.schema import opened

    changes = _changes(args)
    last_day = read_date("last_working_day", changes.get("last_working_day") or None, "Last working day")
    with opened(args.db, create=False) as db:
        person = find_by_email(db, args.email)
        manager_id = person.manager_id
        if "manager_email" in changes:
            manager_id = _manager_id(db, changes["manager_email"])
        data = PersonInput(
            name=changes.get("name", person.name), work_email=changes.get("work_email", person.work_email),
            department=changes.get("department", person.department), title=changes.get("title", person.title),
            employment_status=changes.get("employment_status", person.employment_status),
            last_working_day=last_day if "last_working_day" in changes else person.last_working_day,
            manager_id=manager_id, login=changes.get("login", person.login))
        updated = update_person(db, person.id, data, expected_version=args.expect_version)
    say("cli_person_changed", name=updated.name, email=updated.work_email, version=updated.version)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from accountregistry.services.ownership_report import delimiter_named
    from accountregistry.services.people_file import export_people
    from accountregistry.store.schema import opened

    delimiter = delimiter_named(args.delimiter) if args.delimiter else None
    with opened(args.db, create=False) as db:
        target, count = export_people(db, args.output, delimiter=delimiter, file_format=args.file_format)
    say("cli_people_written", path=target, count=count)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from accountregistry.domain.messages import Phrase
    from accountregistry.services.people_import import apply_people_import, plan_people_import, read_people_file
    from accountregistry.store.schema import opened

    parsed = read_people_file(args.file, sheet=args.sheet)
    with opened(args.db) as db:
        plan = plan_people_import(db, parsed)
        _print_problems(plan)
        counts = _counts(plan)
        if args.dry_run:
            _print_updates(plan)
            say("cli_dry_run", counts=counts)
            return 1 if plan.errors and not args.only_valid_rows else 0
        if plan.errors and not args.only_valid_rows:
            say("cli_nothing_imported", counts=counts, out=sys.stderr)
            return 1
        result = apply_people_import(db, plan, only_valid_rows=args.only_valid_rows)
    say("cli_people_imported", file=args.file.name, added=result.added, updated=result.updated,
        unchanged=result.unchanged, skipped=Phrase("cli_rows_skipped", count=result.skipped) if result.skipped else "")
    return 0


def _counts(plan):
    from accountregistry.domain.messages import Phrase
    from accountregistry.services.csv_import import RowAction

    # A people import undoes no offboarding: it has no conflicts to count.
    return Phrase("cli_people_counts", new=plan.count(RowAction.new), updated=plan.count(RowAction.update),
                  unchanged=plan.count(RowAction.unchanged), errors=plan.count(RowAction.error))


def _print_problems(plan) -> None:
    if plan.unknown_columns:
        say("cli_unknown_columns", columns=plan.unknown_columns, out=sys.stderr)
    if plan.formula_cells:
        say("workbook_formula_cells", file=plan.path.name, count=plan.formula_cells, out=sys.stderr)
    if plan.shifted is not None:  # the reason the rows below fail, first
        print(plan.shifted.sentence(), file=sys.stderr)
    for row in plan.errors:
        for column, problem in zip(row.problems, row.sentences()):
            say("cli_row_problem" if column else "cli_row_problem_general", line=row.line, column=column,
                problem=problem, out=sys.stderr)


def _print_updates(plan) -> None:
    from accountregistry.services.csv_import import RowAction

    def shown(value) -> str:
        return "" if value is None else str(getattr(value, "value", value))

    for row in plan.rows:
        if row.action == RowAction.update:
            changed = "; ".join(f"{name} “{shown(old)}” → “{shown(new)}”" for name, (old, new) in row.changes.items())
            say("cli_row_update", line=row.line, row=row.work_email, changes=changed)


def _person_id(db, reference: str) -> int:
    from accountregistry.services.people import find_person

    return find_person(db, reference).id


def _print_anonymisation(done, said: str) -> None:
    from accountregistry.cli.words import record_name
    from accountregistry.domain.messages import Phrase

    for person in done:
        removed = [Phrase(code, value=value) for code, value in (
            ("cli_removed_name", person.name), ("cli_removed_email", person.work_email),
            ("cli_removed_title", person.title)) if value]
        removed += [Phrase("cli_removed_account", account=account) for account in person.personal_accounts]
        removed += [Phrase("cli_removed_scan", id=scan.attachment_id, name=scan.file_name, kind=scan.kind,
                           day=scan.agreed_on) for scan in person.scans]
        say(said, id=person.person_id, pseudonym=person.pseudonym, removed=removed)
        for note in person.notes:
            where = Phrase("cli_note_on_account" if note.account else "cli_note_place", record=record_name(note.entity),
                           id=str(note.entity_id), account=note.account)
            say("cli_names_them", where=where, label=note.label, text=note.text)


def run_anonymise(args: argparse.Namespace) -> int:
    from accountregistry.services import retention
    from accountregistry.store.schema import opened

    if bool(args.due) == bool(args.people):
        args.parser.error("name the people (EMAIL or ID) or give --due, not both")
    with opened(args.db, create=False) as db:
        if args.due:
            chosen = [due.person_id for due in retention.due_for_anonymisation(db)]
        else:
            chosen = list(dict.fromkeys(_person_id(db, reference) for reference in args.people))
        if args.dry_run:
            _print_anonymisation([retention.preview_anonymisation(db, person_id) for person_id in chosen],
                                 "cli_would_anonymise")
            say("cli_anonymise_dry_run", count=len(chosen))
            return 0
        done = retention.anonymise(db, chosen, replace_notes=not args.keep_notes)
    _print_anonymisation(done, "cli_anonymised_person")
    if any(person.notes for person in done):
        say("cli_notes_kept" if args.keep_notes else "cli_notes_pseudonymised")
    if done:
        say("cli_anonymised_count", count=len(done))
    else:
        say("cli_nobody_due_anonymising")
    return 0


def run_export_data(args: argparse.Namespace) -> int:
    from accountregistry.cli.printing import refuse_existing, write_document_pdf
    from accountregistry.services.person_data import export_person_data
    from accountregistry.store.schema import opened

    if args.output.suffix.lower() == ".pdf":
        target = write_document_pdf(args, "person-data", args.output, replace=args.replace, person=args.person)
        say("cli_person_data_pdf", person=args.person, path=target)
        return 0
    refuse_existing(args.output, args.replace)
    with opened(args.db, create=False) as db:
        target, data = export_person_data(db, _person_id(db, args.person), args.output)
    say("cli_person_data_written", count=data.count(), id=data.person["id"], path=target)
    return 0
