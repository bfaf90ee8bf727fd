"""`access`: who may read, edit or own a registry on a shared PostgreSQL server.

    access setup                 once, by whoever owns the database: the three group roles
    access grant LOGIN ROLE      give a database login the role reader, editor or owner
    access revoke LOGIN ROLE     take it away again
"""

from __future__ import annotations

from accountregistry.cli.arguments import say

# Services, the store and their libraries are imported inside each command's function, when it runs:
# parsing (and `--help`, and a mistyped argument) stays as quick as Python's own start.

ROLE_CHOICES = ("reader", "editor", "owner")


def register(commands) -> None:
    access = commands.add_parser("access", help="who may read, edit or own a registry on a shared server")
    actions = access.add_subparsers(dest="access_action", metavar="ACTION", required=True)

    setup = actions.add_parser("setup", help="create the roles registry_reader, registry_editor and "
                                             "registry_owner and hand the tables to the owner role (run once)")
    setup.set_defaults(run=run_setup)
    for name, verb in (("grant", "give a database login a role"), ("revoke", "take a role from a database login")):
        action = actions.add_parser(name, help=verb)
        action.add_argument("login", metavar="LOGIN", help="the person's database login")
        action.add_argument("role", metavar="ROLE", choices=ROLE_CHOICES, help="reader, editor or owner")
        action.set_defaults(run=run_grant_or_revoke)


def run_setup(args) -> int:
    from accountregistry.store.access import ROLES, setup_access
    from accountregistry.store.schema import opened

    with opened(args.db, create=False) as db:
        setup_access(db)
    say("cli_access_set_up", where=db.describe(), roles=list(ROLES.values()))
    return 0


def run_grant_or_revoke(args) -> int:
    from accountregistry.store import access
    from accountregistry.store.schema import opened

    granting = args.access_action == "grant"
    with opened(args.db, create=False) as db:
        (access.grant_access if granting else access.revoke_access)(db, args.login, args.role)
    say("cli_access_granted" if granting else "cli_access_revoked", login=args.login, role=access.ROLES[args.role],
        where=db.describe())
    return 0
