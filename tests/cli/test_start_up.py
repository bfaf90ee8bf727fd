"""The command line answers `--version`, `--help` and a mistyped argument without loading the
database libraries: each command imports what it needs when it runs (issue 16)."""

import subprocess
import sys

# What parsing must not load: the ORM, migrations, the keyring, Qt, date parsing, XML catalogues.
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "keyring", "PySide6", "dateutil", "pydantic", "platformdirs",
         "xml", "accountregistry.services", "accountregistry.store", "accountregistry.gui")

PROBE = """
import sys
from accountregistry.cli import build_parser
parser = build_parser()
for argv in ({argvs}):
    try:
        parser.parse_args(argv)
    except SystemExit:
        pass
heavy = {heavy!r}
print("loaded:", *sorted(name for name in sys.modules if name.startswith(heavy)))
"""


def modules_loaded_by_parsing(*argvs: list[str]) -> list[str]:
    code = PROBE.format(argvs="".join(f"{argv!r}, " for argv in argvs), heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.splitlines()[-1].split()[1:]


def test_parsing_every_command_loads_no_library_of_the_commands():
    argvs = [["--help"], ["export"], ["offboard", "show"], ["risks", "--fail-on", "severe"],
             ["credentials", "set", "1", "--field", "pin"], ["review", "due", "--group-by", "colour"],
             ["import"], ["backup"], ["demo", "--frobnicate"], ["register", "--kind", "nobody"]]
    assert modules_loaded_by_parsing(*argvs) == []



def test_only_the_command_named_is_built_and_help_still_lists_every_command(capsys):
    from accountregistry.cli import build_parser, command_named, main

    assert command_named(["--db", "x.sqlite3", "--lang", "da", "risks", "--fail-on", "high"]) == "risks"
    assert command_named(["--db=x.sqlite3", "--la", "da", "demo"]) == "demo"
    assert command_named(["--", "export"]) == "export"
    assert command_named(["--lang", "da"]) == ""
    every = sorted(build_parser()._subparsers._group_actions[0].choices)
    try:
        main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    listed = capsys.readouterr().out
    assert all(f"    {name} " in listed for name in every)
    try:
        main(["--db", "x.sqlite3", "offboard", "--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert "start" in capsys.readouterr().out  # the named command's own parser, in full


def test_an_english_command_that_makes_no_checklist_does_not_load_the_checklists(tmp_path):
    # Setting the checklists' language for the command costs 30-90 ms (dates, holidays, TOML);
    # in English, their default, a light command like `settings show` does without.
    import os

    from accountregistry.store.schema import open_database

    open_database(tmp_path / "registry.sqlite3").close()
    code = ("import sys\nfrom accountregistry.cli import main\nstatus = main(['settings', 'show'])\n"
            "print(status, 'accountregistry.domain.checklist' in sys.modules)")
    env = {**os.environ, "ACCOUNTREGISTRY_DB": str(tmp_path / "registry.sqlite3"), "ACCOUNTREGISTRY_LANGUAGE": "en"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.splitlines()[-1] == "0 False"


def test_a_danish_help_reads_its_catalogue_and_loads_no_library_of_the_commands():
    # The help's words come from the Danish catalogue (XML): that, and nothing of the commands.
    heavy = tuple(name for name in HEAVY if name != "xml")
    code = ("import sys\nfrom accountregistry.cli import main\ntry:\n    main(['--lang', 'da', 'export', '--help'])\n"
            "except SystemExit:\n    pass\n"
            f"print('loaded:', *sorted(name for name in sys.modules if name.startswith({heavy!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "skriv ejerskabsrapporten" not in result.stdout  # the command's own page, not the list
    assert "brug: accountregistry export" in result.stdout
    assert result.stdout.splitlines()[-1].split()[1:] == []
