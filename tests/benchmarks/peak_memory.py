"""A process's peak memory, as the kernel counts it for its own program.

`resource.getrusage(...).ru_maxrss` cannot be used for a process started from the test: Linux
carries the parent's high-water mark across fork and exec, so every child would report at
least pytest's own size. VmHWM in /proc/self/status belongs to the address space the program
got at exec, so it is the program's own peak.
"""

from __future__ import annotations

import os
import subprocess
import sys

PREFIX = "peak-memory-kib:"


def peak_mib() -> float:
    """This process's peak resident memory since its program started, in MiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def peak_mib_of_python(code: str, env: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """Run `code` in a fresh Python; (its peak memory in MiB, the finished process)."""
    # Where pytest finds the helpers: this folder and tests/ (report_reading, engine_support).
    here = os.path.dirname(__file__)
    wrapped = (f"import atexit, sys\nsys.path[:0] = [{here!r}, {os.path.dirname(here)!r}]\n"
               "from peak_memory import PREFIX, peak_mib\n"
               "atexit.register(lambda: sys.stderr.write(f'\\n{PREFIX}{peak_mib() * 1024:.0f}\\n'))\n" + code)
    result = subprocess.run([sys.executable, "-c", wrapped], capture_output=True, text=True,
                            env={**os.environ, **(env or {})})
    lines = [line for line in result.stderr.splitlines() if line.startswith(PREFIX)]
    assert lines, result.stderr[-2000:]
    return int(lines[-1][len(PREFIX):]) / 1024, result


def peak_mib_of_command(*arguments: str) -> tuple[float, subprocess.CompletedProcess]:
    """`accountregistry ARGUMENTS` in a fresh Python; (its peak memory in MiB, the finished process)."""
    code = f"from accountregistry.cli import main\nsys.exit(main({list(arguments)!r}))\n"
    return peak_mib_of_python(code)
