"""`agreement`: the holder's agreement and the handover confirmation.

    agreement --person EMAIL -o FILE.pdf [--replace]   (the agreement to sign, in the current language)
    agreement record --person EMAIL [--on DATE] [--channel signed_paper|email|in_person] [--note TEXT]
                     [--confirmation]   (the handover confirmation of the person's offboarding)
                     [--scan FILE]      (a signed scan kept with it; a refused one records nothing)
    agreement attach AGREEMENT_ID FILE  (a signed scan: PDF, PNG or JPEG, at most 20 MB)
    agreement list --person EMAIL       (newest first; out of date ones say why)
    agreement scan ATTACHMENT_ID -o FILE

An agreement covers the accounts the person holds or administers, with their terms' version and
mandate as they stand; it is out of date when those change.
"""

from __future__ import annotations

from pathlib import Path

from accountregistry.cli.arguments import read_date, record_id, say

# Services, the store and their libraries are imported inside each command's function, when it runs.
CHANNELS = ("signed_paper", "email", "in_person")  # domain/vocabulary.py AgreementChannel; a test compares


def register(commands) -> None:
    group = commands.add_parser("agreement", help="the holder's agreement and the handover confirmation: "
                                                  "write it as a PDF, record, attach signed scans, list")
    group.add_argument("--person", dest="print_person", metavar="EMAIL", help="whose agreement to write (with -o)")
    group.add_argument("-o", "--output", dest="print_output", type=Path, metavar="FILE.pdf",
                       help="write the holder's agreement as a PDF")
    group.add_argument("--replace", action="store_true", help="write over FILE if it exists")
    group.set_defaults(run=run_print)
    actions = group.add_subparsers(dest="agreement_command", metavar="ACTION", parser_class=type(group))
    record = actions.add_parser("record", help="record that a person agreed (covering their accounts as they are)")
    record.add_argument("--person", required=True, metavar="EMAIL")
    record.add_argument("--on", metavar="DATE", help="when they agreed (default: today)")
    record.add_argument("--channel", choices=CHANNELS, default="signed_paper")
    record.add_argument("--note", metavar="TEXT")
    record.add_argument("--confirmation", action="store_true",
                        help="the handover confirmation of the person's offboarding, not the holder's agreement")
    record.add_argument("--scan", metavar="FILE", help="a signed scan kept with it (PDF, PNG or JPEG, at most 20 MB); "
                                                       "a refused scan records nothing")
    record.set_defaults(run=run_record)
    attach = actions.add_parser("attach", help="keep a signed scan (PDF, PNG or JPEG, at most 20 MB) with an agreement")
    attach.add_argument("agreement", type=record_id, metavar="AGREEMENT_ID")
    attach.add_argument("file", metavar="FILE")
    attach.set_defaults(run=run_attach)
    listing = actions.add_parser("list", help="a person's agreements, newest first, and whether each is up to date")
    listing.add_argument("--person", required=True, metavar="EMAIL")
    listing.set_defaults(run=run_list)
    scan = actions.add_parser("scan", help="write a kept scan to a file")
    scan.add_argument("attachment", type=record_id, metavar="ATTACHMENT_ID")
    scan.add_argument("-o", "--output", required=True, metavar="FILE")
    scan.set_defaults(run=run_scan)


def run_print(args) -> int:
    from accountregistry.cli.printing import write_document_pdf
    from accountregistry.domain.errors import ValidationError

    if not args.print_person or args.print_output is None:
        raise ValidationError.of("person", "agreement_print_needs_person_and_output")
    target = write_document_pdf(args, "agreement", args.print_output, replace=args.replace,
                                person=args.print_person)
    say("cli_agreement_written", person=args.print_person, path=target)
    return 0


def run_record(args) -> int:
    from accountregistry.domain.vocabulary import AgreementKind
    from accountregistry.services.agreements import AgreementInput, record_agreement
    from accountregistry.services.people import find_by_email
    from accountregistry.store.schema import opened

    on = read_date("agreed_on", args.on, "Agreed on")
    kind = AgreementKind.handover_confirmation if args.confirmation else AgreementKind.holder_agreement
    with opened(args.db, create=False) as db:
        person = find_by_email(db, args.person)
        agreement = record_agreement(db, person.id, AgreementInput(agreed_on=on, channel=args.channel, note=args.note,
                                                                    scan=args.scan),
                                     kind=kind)
    say("cli_confirmation_recorded" if args.confirmation else "cli_agreement_recorded", person=person.name,
        day=agreement.agreed_on.isoformat(), channel=agreement.channel, id=agreement.id)
    return 0


def run_attach(args) -> int:
    from accountregistry.services.agreements import attach
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        scan = attach(db, args.agreement, args.file)
    say("cli_scan_kept", name=scan.file_name, media_type=scan.media_type, size=scan.size, agreement=args.agreement,
        id=scan.id)
    return 0


def run_list(args) -> int:
    from accountregistry.domain.messages import format_value
    from accountregistry.services.agreements import agreements_of_person
    from accountregistry.services.people import find_by_email
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        person = find_by_email(db, args.person)
        states = agreements_of_person(db, person.id)
    if not states:
        say("cli_no_agreement", person=person.name)
        return 0
    print("\t".join(("id", "document", "agreed_on", "channel", "accounts", "scans", "state")))
    for state in states:
        a = state.agreement
        why = "; ".join(sorted({c.sentence(f"account {c.account_id}") for c in state.changes}))
        print("\t".join((str(a.id), format_value(a.kind), a.agreed_on.isoformat(), format_value(a.channel),
                         str(len(state.items)),
                         ", ".join(f"{i}:{'(removed)' if i in state.removed else name}"
                                   for i, name, _, _ in state.attachments),
                         f"out of date: {why}" if why else "up to date")))
    return 0


def run_scan(args) -> int:
    from accountregistry.services.agreements import attachment_content
    from accountregistry.services.files import write_whole
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        name, media_type, content = attachment_content(db, args.attachment)
    write_whole(args.output, content)
    say("cli_scan_written", name=name, media_type=media_type, path=args.output)
    return 0
