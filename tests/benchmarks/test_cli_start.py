"""How long the command line takes before it does anything, against Python's own start-up.

Each command runs as a fresh process, as a script or a person runs it (the installed
`accountregistry` script), interleaved with its floors in the same run:

- `--version` vs `python -c pass` (aim: within 1.5x);
- `--help` and a command that fails its argument check vs `python -c pass` (aim: within 2x), in
  English and in Danish (the help and argparse's words read from the Danish catalogue);
- a light command (`offboard show` on the sample organisation, `settings show`) vs `python -c "import
  sqlalchemy"` (aim: within 2x): the least any command that reads the database needs.

Printed: median milliseconds, the floor and the ratio. Asserted: only that each command did
what it should (its exit status and output).
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

import accountregistry

pytestmark = pytest.mark.benchmark

RUNS = 15


def command_line() -> list[str]:
    """The installed script beside this interpreter (what a user types), else `python -m`."""
    script = shutil.which("accountregistry", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "accountregistry"]


def load_average() -> str:
    """What else the machine was doing (Linux); the ratios count, the milliseconds depend on it."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    return time.perf_counter() - began, result


@pytest.fixture(scope="module")
def leaver_registry(tmp_path_factory) -> tuple[Path, str]:
    """The sample organisation with one offboarding started: what `offboard show` reads."""
    path = tmp_path_factory.mktemp("cli") / "registry.sqlite3"
    env = {**os.environ, "ACCOUNTREGISTRY_DB": str(path)}
    subprocess.run([*command_line(), "demo"], check=True, capture_output=True, env=env)
    import sqlite3

    with sqlite3.connect(path) as connection:
        (email,) = connection.execute(
            "SELECT work_email FROM person WHERE employment_status = 'leaving' ORDER BY id LIMIT 1").fetchone()
    last_day = (date.today() + timedelta(days=60)).isoformat()
    subprocess.run([*command_line(), "offboard", "start", "--person", email, "--last-day", last_day],
                   check=True, capture_output=True, env=env)
    return path, email


def test_command_line_start_up_against_python(leaver_registry):
    path, email = leaver_registry
    # An installed program has its bytecode compiled (pip and the bundle do it); a checkout run
    # with PYTHONDONTWRITEBYTECODE would compile every module on every start instead.
    compileall.compile_dir(str(Path(accountregistry.__file__).parent), quiet=1)
    env = {**os.environ, "ACCOUNTREGISTRY_DB": str(path), "LANG": "C.UTF-8"}
    env.pop("ACCOUNTREGISTRY_LANGUAGE", None)
    cli = command_line()
    python = [sys.executable]
    danish = {**env, "ACCOUNTREGISTRY_LANGUAGE": "da"}  # the help and argparse's words from the catalogue
    commands = {
        "python -c pass": python + ["-c", "pass"],
        "python -c 'import sqlalchemy'": python + ["-c", "import sqlalchemy"],
        "--version": cli + ["--version"],
        "--help": cli + ["--help"],
        "--help (Danish)": cli + ["--help"],
        "export (no -o: usage error)": cli + ["export"],
        "export (Danish usage error)": cli + ["export"],
        "offboard show --person": cli + ["offboard", "show", "--person", email],
        "settings show": cli + ["settings", "show"],
    }
    environments = {"--help (Danish)": danish, "export (Danish usage error)": danish}
    said = {"--help (Danish)": "brug: accountregistry", "export (Danish usage error)": "følgende argumenter"}
    expected_status = {"export (no -o: usage error)": 2, "export (Danish usage error)": 2}
    times: dict[str, list[float]] = {name: [] for name in commands}
    load_before = load_average()
    for _ in range(RUNS):
        for name, command in commands.items():
            seconds, result = timed(command, environments.get(name, env))
            assert result.returncode == expected_status.get(name, 0), (name, result.stderr)
            assert said.get(name, "") in result.stdout + result.stderr, (name, result.stdout, result.stderr)
            times[name].append(seconds)

    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    floors = {"--version": ("python -c pass", 1.5), "--help": ("python -c pass", 2.0),
              "--help (Danish)": ("python -c pass", 2.0),
              "export (no -o: usage error)": ("python -c pass", 2.0),
              "export (Danish usage error)": ("python -c pass", 2.0),
              "offboard show --person": ("python -c 'import sqlalchemy'", 2.0),
              "settings show": ("python -c 'import sqlalchemy'", 2.0)}
    lines = ["", f"command line start-up: median ms of {RUNS} interleaved runs",
             f"{'command':<30}{'ms':>8}   {'floor':<30}{'ms':>8}{'ratio':>8}{'aim':>6}"]
    for name, (floor, aim) in floors.items():
        lines.append(f"{name:<30}{median[name]:>8.1f}   {floor:<30}{median[floor]:>8.1f}"
                     f"{median[name] / median[floor]:>8.2f}{aim:>6.1f}")
    lines.append(f"load average (1, 5, 15 min): {load_before} before, {load_average()} after")
    print("\n".join(lines))
