"""`offboard`: run a leaver's checklist from a script or an HR system.

    offboard start --person EMAIL --last-day DATE [--successor EMAIL] [--preview]
    offboard show --person EMAIL
    offboard done ITEM_ID [--note TEXT]
    offboard waive ITEM_ID --reason TEXT
    offboard close --person EMAIL
    offboard cancel --person EMAIL --reason TEXT
    offboard reopen --person EMAIL --reason TEXT
    offboard export --person EMAIL FILE
    offboard due [--within DAYS] [--assignee NAME_OR_FUNCTION] [--format table|csv|json] [--fail-on-overdue]
    offboard calendar --person EMAIL -o FILE.ics
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from accountregistry.cli.arguments import pdf_output, read_date, record_id, say
from accountregistry.language import capitalised

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.


def register(commands) -> None:
    offboard = commands.add_parser("offboard", help="run a leaver's offboarding checklist")
    actions = offboard.add_subparsers(dest="offboard_action", metavar="ACTION", required=True)

    start = actions.add_parser("start", help="start an offboarding and print its checklist")
    start.add_argument("--person", required=True, metavar="EMAIL", help="the leaver's work email")
    start.add_argument("--last-day", required=True, metavar="DATE",
                       help="last working day, e.g. 2026-12-31 or 31.12.2026")
    start.add_argument("--successor", metavar="EMAIL", help="work email of who takes over the leaver's roles")
    start.add_argument("--preview", action="store_true", help="print the checklist without starting the case")
    start.add_argument("--internal-move", action="store_true",
                       help="the person stays (another department or role): settle their accounts by --last-day "
                            "without recording them as leaving")
    start.set_defaults(run=run_start)

    confirmation = actions.add_parser("confirmation", help="write the handover confirmation both sign, as a PDF")
    confirmation.add_argument("--person", required=True, metavar="EMAIL", help="the leaver's work email")
    pdf_output(confirmation)
    confirmation.set_defaults(run=run_confirmation)

    show = actions.add_parser("show", help="print a leaver's checklist: items, status, due dates, blockers")
    show.add_argument("--person", required=True, metavar="EMAIL")
    show.set_defaults(run=run_show)

    done = actions.add_parser("done", help="complete an item (a handover item moves the roles)")
    done.add_argument("item_id", metavar="ITEM_ID", type=record_id)
    done.add_argument("--note", metavar="TEXT")
    done.set_defaults(run=run_done)

    waive = actions.add_parser("waive", help="settle an item without doing it, with a reason")
    waive.add_argument("item_id", metavar="ITEM_ID", type=record_id)
    waive.add_argument("--reason", required=True, metavar="TEXT")
    waive.set_defaults(run=run_waive)

    close = actions.add_parser("close", help="close a settled offboarding (refused, listing what remains, "
                                             "while anything is open)")
    close.add_argument("--person", required=True, metavar="EMAIL")
    close.set_defaults(run=run_close)

    for name, help_text, run in (("cancel", "cancel an open offboarding (it is kept, marked cancelled)", run_cancel),
                                 ("reopen", "reopen a closed or cancelled offboarding", run_reopen)):
        parser = actions.add_parser(name, help=help_text)
        parser.add_argument("--person", required=True, metavar="EMAIL")
        parser.add_argument("--reason", required=True, metavar="TEXT")
        parser.set_defaults(run=run)

    export = actions.add_parser("export", help="write a leaver's checklist to a CSV file")
    export.add_argument("--person", required=True, metavar="EMAIL")
    export.add_argument("file", metavar="FILE", type=Path)
    export.set_defaults(run=run_export)

    due = actions.add_parser("due", help="list the open items of every offboarding, overdue first "
                                         "(for cron jobs and e-mails)")
    due.add_argument("--within", metavar="DAYS", type=int,
                     help="only items due within this many days (overdue items are always listed)")
    due.add_argument("--assignee", metavar="NAME_OR_FUNCTION",
                     help="only items of this function (HR, in any language) or person (name or work email)")
    due.add_argument("--format", choices=("table", "csv", "json"), default="table")
    due.add_argument("--fail-on-overdue", action="store_true",
                     help=f"exit with status {EXIT_OVERDUE} when any listed item is overdue")
    due.set_defaults(run=run_due)

    calendar = actions.add_parser("calendar", help="write a leaver's open items as an iCalendar file "
                                                   "(one all-day event per item)")
    calendar.add_argument("--person", required=True, metavar="EMAIL")
    calendar.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    calendar.set_defaults(run=run_calendar)


EXIT_OVERDUE = 3
DUE_FIELDS = ("item_id", "case_id", "due_on", "days_overdue", "assignee", "leaver", "leaver_email",
              "last_working_day", "account", "title")


def _due_values(item) -> tuple:
    return (item.item_id, item.case_id, item.due_on.isoformat(), item.days_overdue, item.assignee.english,
            item.leaver_name, item.leaver_email or "", item.last_working_day.isoformat(), item.account_name,
            item.title)


def run_due(args) -> int:
    import json

    from accountregistry.cli.csv_output import write_csv
    from accountregistry.services import due_items
    from accountregistry.services.people import record_departures_where_allowed
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        record_departures_where_allowed(db)
        found = due_items.due_items(db, within_days=args.within, assignee=args.assignee)
    if args.format == "json":
        print(json.dumps([dict(zip(DUE_FIELDS, _due_values(item))) for item in found], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        write_csv(DUE_FIELDS, (_due_values(item) for item in found))
    else:
        _print_due(found)
    overdue = sum(1 for item in found if item.overdue)
    if args.fail_on_overdue and overdue:
        say("cli_overdue_items", count=overdue, out=sys.stderr)
        return EXIT_OVERDUE
    return 0


def _print_due(found: list) -> None:
    if not found:
        say("cli_nothing_due")
        return
    from accountregistry.domain.messages import Phrase, sentence
    for item in found:
        when = sentence("cli_overdue_days", {"days": item.days_overdue}) if item.overdue else sentence("cli_due")
        say("cli_due_row", id=f"#{item.item_id:<6}", when=f"{when:<12}", day=item.due_on.isoformat(),
            assignee=item.assignee, title=item.title, account=item.account or Phrase("cli_general"),
            leaver=item.leaver_name, last_day=item.last_working_day.isoformat())
    overdue = sum(1 for item in found if item.overdue)
    say("cli_due_summary", count=len(found), overdue=overdue)


def run_calendar(args) -> int:
    from accountregistry.services import due_items, offboarding
    from accountregistry.services.people import get_person
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        case = offboarding.case_for_person(db, args.person)
        leaver = get_person(db, case.person_id)
        target, count = due_items.write_calendar(db, case.id, args.output, name=f"Offboarding of {leaver.name}")
    say("cli_calendar_written", leaver=leaver.name, path=target, count=count)
    return 0


def _print_items(items: Iterable) -> None:  # services.offboarding.ItemView
    from accountregistry.domain.messages import Phrase, format_value, sentence
    group: object = object()
    for item in items:  # sorted by account: each account's items are together
        if item.account_id != group:
            group = item.account_id
            print(capitalised(item.account.sentence()) if item.account else sentence("cli_general"))
        say("cli_item_row", id=f"#{item.id:<5}", status=f"{format_value(item.status):<7}", day=item.due_on.isoformat(),
            offset=f"{item.due_offset_business_days:+d}", assignee=item.assignee, title=item.title,
            marker=Phrase("cli_handover_marker") if item.is_handover else "", moved=_moved(item.moved_by))


def _print_planned(planned: Iterable, names: dict) -> None:  # domain.checklist.PlannedItem, AccountName by id
    from accountregistry.domain.messages import Phrase, sentence

    group: object = object()
    for item in planned:  # sorted by account (by_account)
        if item.account_id != group:
            group = item.account_id
            print(capitalised(names[item.account_id].sentence()) if item.account_id is not None
                  else sentence("cli_general"))
        say("cli_planned_row", day=item.due_on.isoformat(), offset=f"{item.offset:+d}", assignee=item.assignee,
            marker=Phrase("cli_handover_marker") if item.effect in ("handover", "transfer") else "",
            title=item.title, moved=_moved(item.moved_by))


def _moved(moved_by):
    """" [moved for Christmas Day 2026-12-25, closing day 2026-12-24]" when holidays moved the due date."""
    from accountregistry.domain.messages import Phrase, sentence

    if not moved_by:
        return ""
    return Phrase("cli_moved_for", closures=[f"{c.holiday or sentence('cli_closing_day')} {c.day.isoformat()}"
                                             for c in moved_by])


def run_start(args) -> int:
    from accountregistry.domain.messages import Phrase
    from accountregistry.services import offboarding
    from accountregistry.services.people import find_by_email
    from accountregistry.store.schema import opened
    
    last_day = read_date("last_day", args.last_day, "Last working day")
    with opened(args.db, create=False) as db:
        leaver = find_by_email(db, args.person)
        successor = find_by_email(db, args.successor) if args.successor else None
        successor_id = successor.id if successor else None
        if args.preview:
            planned = offboarding.preview_offboarding(db, person_id=leaver.id, last_working_day=last_day,
                                                      successor_id=successor_id, internal_move=args.internal_move)
            names = offboarding.account_names(db, (p.account_id for p in planned))
            say("cli_checklist_preview", leaver=leaver.name, count=len(planned))
            _print_planned(offboarding.by_account(planned, names), names)
            return 0
        case = offboarding.start_offboarding(db, person_id=leaver.id, last_working_day=last_day,
                                             successor_id=successor_id, internal_move=args.internal_move)
        items = offboarding.case_items(db, case.id)
    say("cli_move_started" if case.internal_move else "cli_offboarding_started", case=case.id, leaver=leaver.name,
        day=last_day.isoformat(), count=len(items),
        successor=Phrase("cli_successor_named", name=successor.name) if successor else Phrase("cli_no_successor_yet"))
    _print_items(items)
    return 0


def run_confirmation(args) -> int:
    from accountregistry.cli.printing import write_document_pdf

    target = write_document_pdf(args, "handover-confirmation", args.output, replace=args.replace, person=args.person)
    say("cli_confirmation_written", person=args.person, path=target)
    return 0


def run_show(args) -> int:
    from accountregistry.domain.messages import Phrase
    from accountregistry.services import case_reading
    from accountregistry.store.schema import opened

    # In SQL on a plain connection: neither the models nor the ORM are loaded (issue 16: a light command).
    with opened(args.db, create=False, reads=case_reading.TABLES) as db:
        case = case_reading.case_for_person(db, args.person)
        with db.connection() as connection:
            names = case_reading.person_names(connection, [case.person_id, case.successor_id])
        items = case_reading.case_items(db, case.id)
        found = case_reading.blockers(db, case.id)
    settled = sum(1 for i in items if i.status.value != "open")
    successor = names.get(case.successor_id)
    say("cli_move_shown" if case.internal_move else "cli_offboarding_shown", case=case.id,
        leaver=names[case.person_id], status=case.status, day=case.last_working_day.isoformat(), settled=settled,
        count=len(items),
        successor=Phrase("cli_successor_named", name=successor) if successor else Phrase("cli_successor_not_chosen"))
    _print_items(items)
    if found:
        say("cli_blockers")
        for blocker in found:
            print(f"  - {blocker.sentence()}")
    return 0


def run_done(args) -> int:
    from accountregistry.services import offboarding
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        item = offboarding.complete_item(db, args.item_id, note=args.note)
    say("cli_item_done", id=item.id, title=item.title)
    return 0


def run_waive(args) -> int:
    from accountregistry.services import offboarding
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        item = offboarding.waive_item(db, args.item_id, reason=args.reason)
    say("cli_item_waived", id=item.id, title=item.title, reason=item.waive_reason)
    return 0


def _change_case(args, change, said: str) -> int:
    """Change the leaver's case (change(offboarding, db, case_id)) and say so (the code `said`)."""
    from accountregistry.services import offboarding
    from accountregistry.services.people import get_person
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        case = offboarding.case_for_person(db, args.person)
        leaver = get_person(db, case.person_id)
        # A refusal (CaseNotSettled lists what remains, one line each): main() prints it and exits 1.
        change(offboarding, db, case.id)
    say(said, case=case.id, leaver=leaver.name)
    return 0


def run_close(args) -> int:
    return _change_case(args, lambda service, db, case_id: service.close_case(db, case_id),
                        "cli_case_closed")


def run_cancel(args) -> int:
    return _change_case(args, lambda service, db, case_id: service.cancel_case(db, case_id, reason=args.reason),
                        "cli_case_cancelled")


def run_reopen(args) -> int:
    return _change_case(args, lambda service, db, case_id: service.reopen_case(db, case_id, reason=args.reason),
                        "cli_case_reopened")


def run_export(args) -> int:
    from accountregistry.services import offboarding
    from accountregistry.store.schema import opened
    
    with opened(args.db, create=False) as db:
        case = offboarding.case_for_person(db, args.person)
        target = offboarding.export_case_csv(db, case.id, args.file)
    say("cli_checklist_written", case=case.id, path=target)
    return 0
