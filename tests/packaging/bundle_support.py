"""Where the packaging lives, whether the bundle can be built here, and how to run the bundled
program as a user would: a separate program with its own environment."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "accountregistry.spec"
PROGRAM = "accountregistry"


def why_no_build() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the spec builds the Linux app (Windows and macOS: packaging/README.md)"
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (pip install -e '.[dist]'; scripts/dev test installs it)"
    if shutil.which("objdump") is None:
        return "objdump is missing (Debian package binutils); PyInstaller needs it on Linux"
    return None


def run_program(bundle: Path, *args, env: dict | None = None, input: str | None = None,
                **overrides) -> subprocess.CompletedProcess:
    """The bundled program with args, offscreen, as a script would run it; never raises on exit status."""
    environment = dict(os.environ if env is None else env, QT_QPA_PLATFORM="offscreen")
    environment.update(overrides)
    stdin = {"input": input} if input is not None else {"stdin": subprocess.DEVNULL}
    return subprocess.run([str(bundle / PROGRAM), *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=environment, check=False, **stdin)
