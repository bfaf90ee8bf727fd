"""The command line's printer: builds one printable document with the window's document code
and writes it as a PDF. Started by accountregistry/cli/printing.py in a child process (the
command line stays Qt-free), with QT_QPA_PLATFORM=offscreen:

    python -m accountregistry.gui.print_documents [--db LOCATION] --lang LANGUAGE [--replace] \\
        DOCUMENT FILE.pdf PARAMS_JSON

Answers with one JSON line on standard output: {"written": path} (exit 0), or {"refused": ...}
(domain/errors.as_plain; exit 1), so the command line raises the same refusal.

A printable document is one entry in DOCUMENTS: its name, and a function that takes the open
registry and the document's parameters (as the command passed them to write_document_pdf) and
returns the HTML and the title (the PDF's document name). Refusals it raises reach the user.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from accountregistry.domain.errors import RegistryError, as_plain
from accountregistry.store.database import Database

Build = Callable[..., tuple[str, str]]  # (db, **params) -> (html, title)


def _person_data(db: Database, *, person: str) -> tuple[str, str]:
    from accountregistry.gui.person_data_document import person_data_html, person_data_title
    from accountregistry.services.people import find_person
    from accountregistry.services.person_data import person_data

    data = person_data(db, find_person(db, person).id)
    return person_data_html(data), person_data_title(data)


def _agreement(db: Database, *, person: str) -> tuple[str, str]:
    from accountregistry.gui.agreement_document import agreement_html, agreement_title
    from accountregistry.services.agreements import agreement_document
    from accountregistry.services.people import find_person

    document = agreement_document(db, find_person(db, person).id)
    return agreement_html(document), agreement_title(document)


def _handover_confirmation(db: Database, *, person: str) -> tuple[str, str]:
    from PySide6.QtCore import QCoreApplication

    from accountregistry.gui.documents import handover_html
    from accountregistry.services.leavers import handover_record
    from accountregistry.services.offboarding import case_for_person

    record = handover_record(db, case_for_person(db, person).id)
    title = QCoreApplication.translate("Documents", "Handover confirmation")
    return handover_html(record), f"{title}: {record.leaver_name}"


def _policy(db: Database, *, version: int | None = None) -> tuple[str, str]:
    from accountregistry.gui.policy_document import policy_html, policy_title
    from accountregistry.services.organisation import get_settings
    from accountregistry.services.policy import policy_texts, version_named

    chosen = version_named(db, version)
    return policy_html(get_settings(db).name, chosen, policy_texts(db, chosen.id)), policy_title(chosen)


# The documents the command line can print: name -> build(db, **params).
DOCUMENTS: dict[str, Build] = {
    "person-data": _person_data,  # people export-data EMAIL|ID -o FILE.pdf (person=EMAIL|ID)
    "agreement": _agreement,  # agreement --person EMAIL -o FILE.pdf
    "handover-confirmation": _handover_confirmation,  # offboard confirmation --person EMAIL -o FILE.pdf
    "policy": _policy,  # policy pdf [--version N] -o FILE.pdf
}


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="accountregistry --print-document")
    parser.add_argument("--db")
    parser.add_argument("--lang", required=True)
    parser.add_argument("--replace", action="store_true")
    parser.add_argument("document", choices=sorted(DOCUMENTS))
    parser.add_argument("output")
    parser.add_argument("params", type=json.loads)
    return parser.parse_args(argv)


def print_document(location: str | None, document: str, output: str, params: dict[str, Any], *,
                   replace: bool) -> str:
    from accountregistry.gui.documents import write_pdf
    from accountregistry.store.schema import opened

    with opened(location, create=False) as db:
        source, title = DOCUMENTS[document](db, **params)
    return str(write_pdf(source, output, title=title, replace=replace))


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from accountregistry import APP_NAME
    from accountregistry.gui.i18n import install_language

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    install_language(args.lang)
    try:
        answer: dict[str, Any] = {"written": print_document(args.db, args.document, args.output, args.params,
                                                              replace=args.replace)}
    except RegistryError as error:
        answer = {"refused": as_plain(error)}
    print(json.dumps(answer, ensure_ascii=True), flush=True)
    return 1 if "refused" in answer else 0


if __name__ == "__main__":
    raise SystemExit(main())
