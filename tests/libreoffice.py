"""A real LibreOffice Calc, headless, for the spreadsheet tests: files converted as a person
opening them with LibreOffice's default settings and saving them would get.

Each conversion runs with a profile of its own (-env:UserInstallation), so runs never share or
wait for one another's profile, and nothing of the user's own LibreOffice is touched.
`scripts/dev test` installs libreoffice-calc when it runs as root; without it the tests that
need it are skipped, with the reason printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (scripts/dev test installs libreoffice-calc as root; "
                            "otherwise: sudo apt-get install libreoffice-calc)")

# LibreOffice's CSV import as it opens a file by default: tab, comma and semicolon all split
# cells (9/44/59), a double quote (34) encloses text, UTF-8 (76), from line 1.
DEFAULT_CSV_IMPORT = "CSV:9/44/59,34,76,1"
# Text encodings by LibreOffice's numbers, for CSV written or read in them.
ENCODINGS = {"utf-8": 76, "cp1252": 1, "utf-16": 65535}


def convert(source: Path, to: str, folder: Path, *, infilter: str | None = None,
            environment: dict[str, str] | None = None) -> Path:
    """`source` opened by LibreOffice (with `infilter`, if given) and saved as `to` ("xlsx",
    "ods", or a filter with options such as 'csv:Text - txt - csv (StarCalc):59,34,1,1') into
    `folder`; returns the new file. `environment` adds to LibreOffice's environment (LC_ALL
    da_DK.UTF-8: a Danish LibreOffice, which writes dates as 15-03-26)."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / f".profile-{source.stem}-{to.split(':')[0]}"
    command = [SOFFICE, f"-env:UserInstallation={profile.absolute().as_uri()}", "--headless", "--norestore",
               "--convert-to", to, "--outdir", str(folder)]
    if infilter:
        command.append(f"--infilter={infilter}")
    done = subprocess.run([*command, str(source)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(environment or {})})
    produced = folder / f"{source.stem}.{to.split(':')[0]}"
    assert produced.exists(), f"LibreOffice wrote nothing: {done.stdout} {done.stderr}"
    shutil.rmtree(profile, ignore_errors=True)
    return produced


def as_written(value) -> str:
    """A cell LibreOffice read back, as the report wrote it: numbers and dates are typed by Calc."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
