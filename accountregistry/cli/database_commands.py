"""`migrate` and `backup`: looking after the database file itself."""

from __future__ import annotations

import sys
from pathlib import Path
from accountregistry.cli.arguments import say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.


def register(commands) -> None:
    migrate = commands.add_parser("migrate", help="bring the database's schema up to this version "
                                                  "(a backup is taken first)")
    migrate.set_defaults(run=run_migrate)
    copy = commands.add_parser("copy", help="copy the whole registry (with its audit trail) into an empty "
                                            "database on a shared server")
    copy.add_argument("--to", required=True, metavar="URL", help="the server database, e.g. "
                                                                 "postgresql://user@host/registry")
    copy.set_defaults(run=run_copy)
    backup = commands.add_parser("backup", help="write a consistent copy of the database to FILE")
    backup.add_argument("file", metavar="FILE", type=Path)
    backup.set_defaults(run=run_backup)


def run_migrate(args) -> int:
    from accountregistry.services.key_reviews import key_collisions
    from accountregistry.store.schema import current_revision, head_revision, opened
    
    with opened(args.db, upgrade=True, migrate_server=True, check_file=True) as db:  # a damaged file is never migrated
        revision = current_revision(db)
        if db.path is None:
            print(_server_migrated(db, revision, head_revision()))
        elif db.backup_before_upgrade:
            say("cli_upgraded_file", where=db.describe(), revision=revision, backup=db.backup_before_upgrade)
        else:
            say("cli_at_schema", where=db.describe(), revision=revision, head=head_revision())
        # Never merged by an upgrade: said until a person settles them.
        for collision in key_collisions(db):
            say("cli_warning", warning=collision, out=sys.stderr)
    return 0


def _server_migrated(db, revision: str | None, head: str) -> str:
    from accountregistry.domain.messages import sentence

    if db.upgraded_from is None:
        return sentence("cli_at_schema", {"where": db.describe(), "revision": revision, "head": head})
    return sentence("cli_upgraded_server_no_backup" if db.backup_before_upgrade is None else "cli_upgraded_server",
                    {"where": db.describe(), "old": db.upgraded_from, "revision": revision,
                     "backup": db.backup_before_upgrade})


def run_copy(args) -> int:
    from accountregistry.services.copy_registry import copy_registry
    from accountregistry.store.schema import opened

    with opened(args.db, upgrade=False, create=False) as source, opened(args.to) as target:
        result = copy_registry(source, target)
    from accountregistry.cli.words import record_name

    say("cli_copied", source=source.describe(), target=result.target)
    named = {record_name(table): count for table, count in result.counts.items()}
    width = max(map(len, named))
    for name, count in named.items():
        print(f"  {name:<{width}}  {count:>9,}")
    return 0


def run_backup(args) -> int:
    from accountregistry.domain.errors import StoreError
    from accountregistry.store.schema import backup_sqlite, opened
    
    with opened(args.db, upgrade=False, create=False) as db:
        if db.path is None:
            raise StoreError("backup_needs_file")
        target = backup_sqlite(db.path, args.file)
    say("cli_backed_up", where=db.describe(), path=target)
    return 0
