"""PDFs from the command line, made by Qt in a child process, so the command line stays Qt-free.

    from accountregistry.cli.printing import write_document_pdf
    target = write_document_pdf(args, "person-data", args.output, replace=args.replace, person=args.person)

The child is `python -m accountregistry.gui.print_documents` (the bundled program, which has no
`-m`, runs itself with PRINT_DOCUMENT_ARGUMENT first: accountregistry/__main__.py). It gets the
same database (`--db`, else the same environment), the current language and the document's
parameters (JSON), builds the document with the window's document code, writes the PDF whole or
not at all, and answers with one JSON line: {"written": path}, or {"refused": a refusal}
(domain/errors.as_plain), which is raised here again, so the user reads the same translated
sentence and exit status as for every refusal. The documents it knows are declared in
gui/print_documents.DOCUMENTS, one entry each.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from accountregistry import PRINT_DOCUMENT_ARGUMENT, language

__all__ = ["PRINT_DOCUMENT_ARGUMENT", "PRINTER_MODULE", "printer_command", "refuse_existing", "write_document_pdf"]

PRINTER_MODULE = "accountregistry.gui.print_documents"


def printer_command() -> list[str]:
    """How to start the child: the bundled program runs itself, Python runs the module."""
    if getattr(sys, "frozen", False):  # PyInstaller: sys.executable is the accountregistry program
        return [sys.executable, PRINT_DOCUMENT_ARGUMENT]
    return [sys.executable, "-m", PRINTER_MODULE]


def refuse_existing(output: Path, replace: bool) -> None:
    """An existing file is written over only when the user said so (--replace)."""
    from accountregistry.domain.errors import StoreError

    if not replace and output.expanduser().exists() and not output.expanduser().is_dir():
        raise StoreError("output_exists", path=output.expanduser().absolute())


def write_document_pdf(args: argparse.Namespace, document: str, output: Path, *, replace: bool = False,
                       **params: Any) -> Path:
    """Write the printable `document` (a name in gui/print_documents.DOCUMENTS) as a PDF at
    `output`; params are the document's own (JSON types). Refusals are raised as here."""
    from accountregistry.domain.errors import StoreError, from_plain

    refuse_existing(output, replace)
    command = printer_command()
    if getattr(args, "db", None):
        command += ["--db", str(args.db)]
    command += ["--lang", language.current_language()] + (["--replace"] if replace else [])
    command += [document, str(output.expanduser().absolute()), json.dumps(params)]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(command, env=environment, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            encoding="utf-8")
    answer = _answer(result.stdout)
    if "refused" in answer:
        raise from_plain(answer["refused"])
    if result.returncode != 0 or "written" not in answer:
        # A bug or a broken Qt: what the child said goes to the user, who can report it.
        sys.stderr.write(result.stderr)
        raise StoreError("pdf_printer_failed", path=output.expanduser().absolute(), status=result.returncode)
    return Path(answer["written"])


def _answer(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.splitlines()):
        try:
            answer = json.loads(line)
        except ValueError:
            continue
        if isinstance(answer, dict):
            return answer
    return {}
