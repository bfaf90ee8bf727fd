"""The one-folder app, built once per test run from packaging/accountregistry.spec."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundle_support import PROGRAM, SPEC, why_no_build


@pytest.fixture(scope="session")
def bundle(tmp_path_factory, pytestconfig) -> Path:
    """dist/accountregistry/ of a fresh build of the checkout, in a temporary folder."""
    reason = why_no_build()
    if reason:
        pytest.skip(f"the bundle cannot be built here: {reason}")
    where = tmp_path_factory.mktemp("bundle")
    # PyInstaller's cache of stripped libraries goes with the build, not into the user's home.
    environment = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(where / "cache"))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(where / "dist"), "--workpath", str(where / "build"), str(SPEC)],
        capture_output=True, text=True, env=environment, cwd=where, check=False)
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    folder = where / "dist" / PROGRAM
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\n[bundle built in {seconds:.0f} s: {size / 2**20:.0f} MiB in {folder}]")
    return folder
