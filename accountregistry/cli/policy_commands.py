"""`policy add | list | show | acknowledge | import-acknowledgements`: the social-media policy register.

    policy add --effective DATE --approved-by NAME --text AREA=TEXT … [--own HEADING=TEXT …]
    policy list
    policy show [--version N]
    policy acknowledge --person EMAIL [--version N] [--on DATE]
    policy import-acknowledgements FILE [--version N]

AREA is one of the policy's areas (domain/policy.py); --version defaults to the one in force.
A list of acknowledgements is one work email and date per line; it is recorded all or nothing.
"""

from __future__ import annotations

import sys

from accountregistry.cli.arguments import built, pdf_output, read_date, say

# Services, the store and their libraries are imported inside each command's function, when it runs.


def register(commands) -> None:
    group = commands.add_parser("policy", help="the social-media policy: versions, texts per area, acknowledgements")
    if not built(group):
        return
    from accountregistry.domain.policy import AREA_IDS

    actions = group.add_subparsers(dest="policy_command", metavar="ACTION", required=True, parser_class=type(group))
    add = actions.add_parser("add", help="record a new version of the policy")
    add.add_argument("--effective", required=True, metavar="DATE", help="the day it takes effect")
    add.add_argument("--approved-by", required=True, metavar="NAME", help="who approved it")
    add.add_argument("--text", action="append", default=[], metavar="AREA=TEXT",
                     help="the text for an area, repeated; areas: " + ", ".join(AREA_IDS))
    add.add_argument("--own", action="append", default=[], metavar="HEADING=TEXT",
                     help="an area of the company's own, with its heading, repeated")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help="every version, newest first, with how many acknowledged it")
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", help="a version's texts and who acknowledged it")
    show.add_argument("--version", type=int, metavar="N", help="default: the version in force")
    show.set_defaults(run=run_show)
    pdf = actions.add_parser("pdf", help="write a version of the policy as a PDF (headings in the current language)")
    pdf.add_argument("--version", type=int, metavar="N", help="default: the version in force")
    pdf_output(pdf)
    pdf.set_defaults(run=run_pdf)
    ack = actions.add_parser("acknowledge", help="record that a person acknowledged a version")
    ack.add_argument("--person", required=True, metavar="EMAIL", help="the person's work email")
    ack.add_argument("--version", type=int, metavar="N", help="default: the version in force")
    ack.add_argument("--on", metavar="DATE", help="when (default: today)")
    ack.set_defaults(run=run_acknowledge)
    imported = actions.add_parser("import-acknowledgements",
                                  help="record acknowledgements from a list: work email and date per line")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--version", type=int, metavar="N", help="default: the version in force")
    imported.set_defaults(run=run_import)


def _pairs(values: list[str], option: str) -> list[tuple[str, str]]:
    from accountregistry.domain.errors import ValidationError

    pairs = []
    for value in values:
        key, equals, text = value.partition("=")
        if not equals or not key.strip():
            raise ValidationError.of(option, "option_needs_pair", option=f"--{option}", value=value[:60])
        pairs.append((key.strip(), text))
    return pairs


def run_add(args) -> int:
    from accountregistry.services.policy import PolicyInput, record_policy
    from accountregistry.store.schema import opened

    effective = read_date("effective_on", args.effective, "Effective from")
    data = PolicyInput(effective_on=effective, approved_by=args.approved_by, texts=dict(_pairs(args.text, "text")),
                       own=_pairs(args.own, "own"))
    with opened(args.db, create=False) as db:
        version = record_policy(db, data)
    say("cli_policy_recorded", version=version.version, day=version.effective_on.isoformat(),
        approver=version.approved_by)
    return 0


def run_list(args) -> int:
    from accountregistry.services.policy import acknowledgements_of, current_policy, policy_versions
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        versions = policy_versions(db)
        in_force = current_policy(db)
        counts = {v.id: len(acknowledgements_of(db, v.id)) for v in versions}
    if not versions:
        say("cli_no_policy")
        return 0
    print("\t".join(("version", "effective_on", "approved_by", "acknowledged", "in_force")))
    for v in versions:
        print("\t".join((str(v.version), v.effective_on.isoformat(), v.approved_by, str(counts[v.id]),
                         "yes" if in_force is not None and v.id == in_force.id else "")))
    return 0


def run_show(args) -> int:
    from accountregistry.domain.policy import area
    from accountregistry.language import translate
    from accountregistry.services.policy import acknowledgements_of, policy_texts, version_named
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        version = version_named(db, args.version)
        texts = policy_texts(db, version.id)
        acknowledged = acknowledgements_of(db, version.id)
    say("cli_policy_shown", version=version.version, day=version.effective_on.isoformat(),
        approver=version.approved_by)
    for text in texts:
        known = area(text.area)
        print(f"\n{text.heading or (translate('Policy', known.heading) if known else text.area)}\n{text.text}")
    print()
    say("cli_acknowledged_by", count=len(acknowledged))
    for name, email, day in acknowledged:
        say("cli_acknowledged_row", name=name, email=email or "", day=day.isoformat())
    return 0


def run_pdf(args) -> int:
    from accountregistry.cli.printing import write_document_pdf

    target = write_document_pdf(args, "policy", args.output, replace=args.replace, version=args.version)
    say("cli_policy_written", path=target)
    return 0


def run_acknowledge(args) -> int:
    from accountregistry.services.people import find_by_email
    from accountregistry.services.policy import acknowledge, version_named
    from accountregistry.store.schema import opened

    on = read_date("on", args.on, "Acknowledged on")
    with opened(args.db, create=False) as db:
        person = find_by_email(db, args.person)
        version = version_named(db, args.version)
        recorded = acknowledge(db, person.id, version=version.version, on=on)
    if recorded is None:
        say("cli_already_acknowledged", person=person.name, version=version.version)
    else:
        say("cli_acknowledgement_recorded", person=person.name, version=version.version,
            day=recorded.acknowledged_on.isoformat())
    return 0


def run_import(args) -> int:
    from accountregistry.domain.errors import ValidationError
    from accountregistry.services.policy import import_acknowledgements, version_named
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        version = version_named(db, args.version)
        try:
            recorded, already = import_acknowledgements(db, args.file, version=version.version)
        except ValidationError as error:  # each sentence names its line (or the file): no field before it
            for problem in error.problems.values():
                print(f"accountregistry: {problem.sentence()}", file=sys.stderr)
            return 1
    say("cli_acknowledgements_recorded", recorded=recorded, version=version.version, already=already)
    return 0
