"""`audit verify` and `audit export`: whether the audit trail is still what was recorded, and the
trail with its hashes for an auditor (README: "Checking the audit trail outside the app")."""

from __future__ import annotations

import sys
from pathlib import Path

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.


def register(commands) -> None:
    audit = commands.add_parser("audit", help="check the audit trail's hash chain, or export it with its hashes")
    steps = audit.add_subparsers(dest="audit_command", metavar="STEP", required=True)
    verify = steps.add_parser("verify", help="check every event's hash and link and the database's protection; "
                                             "name the first event that does not fit")
    verify.set_defaults(run=run_verify)
    export = steps.add_parser("export", help="write the whole trail with its hashes as JSON Lines")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    export.set_defaults(run=run_export)


def run_verify(args) -> int:
    from accountregistry.domain.messages import sentence
    from accountregistry.services.audit import verify_chain
    from accountregistry.store.schema import opened

    with opened(args.db, create=False, check_audit=False) as db:
        report = verify_chain(db)
        where = db.describe()
    if report.intact:
        print(sentence("audit_intact", {"where": where, "events": report.events, "head": report.head}))
        return 0
    if report.broken is not None:
        print(f"accountregistry: {sentence(report.broken.code, report.broken.params())}", file=sys.stderr)
    if report.unprotected:
        print(f"accountregistry: {sentence('audit_unprotected', {'where': where, 'triggers': report.unprotected})}",
              file=sys.stderr)
    return 1


def run_export(args) -> int:
    from accountregistry.domain.messages import sentence
    from accountregistry.services.audit import export_trail
    from accountregistry.store.schema import opened

    with opened(args.db, create=False, check_audit=False) as db:
        target, events = export_trail(db, args.output)
    print(sentence("audit_exported", {"events": events, "path": str(target)}))
    return 0
