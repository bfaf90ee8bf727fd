#!/usr/bin/env python3
"""The window's translations: Qt Linguist sources (.ts) for Danish, Swedish and Norwegian
bokmål in resources/translations/, compiled to .qm files the window loads.

    python scripts/translations.py update    # after changing texts: refresh the .ts files
    python scripts/translations.py compile   # .ts -> .qm (scripts/dev does this before run/test)
    python scripts/translations.py check     # exit 1 if a text lacks a translation (CI, tests)

`update` first regenerates accountregistry/gui/core_texts.py, the texts of the Qt-free core
(risk rules, checklist templates and the words filled into them) marked for lupdate, then runs
pyside6-lupdate over accountregistry/gui; existing translations are kept, texts no longer in the
code are kept as "vanished" (so a text that comes back keeps its translation) unless
--drop-vanished. Translate with pyside6-linguist, or edit the XML.

`check` never touches the committed files: it runs lupdate into temporary copies and counts,
per language, what is unfinished (new or changed texts, empty translations), and translations
whose {placeholders}, %n or HTML tags differ from the English (they would lose a name or
break); it prints each with its file and line.

To look at layouts with longer texts, start the window with ACCOUNTREGISTRY_LANGUAGE=pseudo
(see accountregistry/gui/i18n.py); no catalogue is needed for that.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("da", "sv", "nb")
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "accountregistry" / "gui"
CORE_TEXTS = SOURCES / "core_texts.py"


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"accountregistry_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"accountregistry_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate and -lrelease live next to the Python that has PySide6 installed."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} was not found next to {sys.executable} or on PATH; install PySide6-Essentials.")


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed ({result.returncode}):\n{result.stdout}{result.stderr}")


# --- The core's texts ------------------------------------------------------------------------

def _literal(text: str) -> str:
    """A double-quoted Python literal, split in pieces when long (lupdate joins adjacent ones)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    pieces, piece = [], ""
    for word in re.split(r"(?<= )", escaped):
        if piece and len(piece) + len(word) > 70:
            pieces.append(piece)
            piece = ""
        piece += word
    pieces.append(piece)
    return "\n        ".join(f'"{p}"' for p in pieces)


CORE = ROOT / "accountregistry"


def core_labels() -> list[str]:
    """Every `Label("…")` literal in the core (accountregistry/ without gui/), in file order: the
    names of fields and things that refusals put into their sentences (context "Field")."""
    found: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        if SOURCES in path.parents or "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Label"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and node.args[0].value not in found):
                found.append(node.args[0].value)
    return found


def core_texts() -> str:
    """The text of accountregistry/gui/core_texts.py for the current rules, templates and messages."""
    sys.path.insert(0, str(ROOT))
    from accountregistry.cli import build_parser
    from accountregistry.cli.help_language import CONTEXT as HELP_CONTEXT, help_texts
    from accountregistry.domain.checklist import TITLE_WORDS, load_templates, shipped_path
    from accountregistry.domain.messages import CONTEXT, LABEL_CONTEXT, MESSAGES, OS_REASONS
    from accountregistry.domain.policy import POLICY_AREAS
    from accountregistry.domain.risks import RISK_RULES, Severity

    templates = load_templates(shipped_path())
    lines = [
        '"""The texts of the Qt-free core, marked for lupdate: risk rules, checklist templates, the',
        "refusals' sentences and the field names put into them.",
        "",
        "GENERATED by `scripts/translations.py update` from accountregistry/domain/risks.py (RISK_RULES),",
        "accountregistry/domain/policy.py (POLICY_AREAS),",
        "resources/templates/checklist.toml, accountregistry/domain/checklist.py (TITLE_WORDS),",
        "accountregistry/domain/messages.py (MESSAGES), every Label(\"…\") in the core and the command",
        "line's help (accountregistry/cli, cli/help_language.py); do not edit.",
        "The window translates these texts where it shows them (gui/i18n.py: risk_text, checklist_text;",
        "domain/messages.py for refusals); a test fails when this file is out of date.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "RISK_TEXTS = (",
    ]
    seen: set[tuple[str, str]] = set()

    def add(context: str, text: str) -> None:
        if (context, text) in seen:
            return
        seen.add((context, text))
        lines.append(f'    QT_TRANSLATE_NOOP("{context}", {_literal(text)}),')

    for rule in RISK_RULES:
        for name in ("title", "explanation", "what_to_do"):
            add("Risk", getattr(rule, name))
    for severity in Severity:
        add("Risk", str(severity))
    lines += [")", "", "CHECKLIST_TEXTS = ("]
    for template in templates.items:
        add("Checklist", template.title)
    for function in templates.functions:
        add("Checklist", function)
    for word in TITLE_WORDS:
        add("Checklist", word)
    lines += [")", "", "POLICY_TEXTS = ("]
    for policy_area in POLICY_AREAS:
        add("Policy", policy_area.heading)
        add("Policy", policy_area.question)
    lines += [")", "", "MESSAGE_TEXTS = ("]
    for code, text in MESSAGES.items():
        add(CONTEXT, text)
    for reason in OS_REASONS.values():
        add(CONTEXT, reason)
    lines += [")", "", "# The names of fields and things put into refusals' sentences.", "FIELD_TEXTS = ("]
    for label in core_labels():
        add(LABEL_CONTEXT, label)
    lines += [")", "", "# The command line's --help and argparse's own words.", "COMMAND_LINE_TEXTS = ("]
    for text in help_texts(build_parser()):
        add(HELP_CONTEXT, text)
    lines += [")", ""]
    return "\n".join(lines)


def write_core_texts() -> bool:
    wanted = core_texts()
    if CORE_TEXTS.is_file() and CORE_TEXTS.read_text(encoding="utf-8") == wanted:
        return False
    CORE_TEXTS.write_text(wanted, encoding="utf-8")
    return True


# --- update, compile --------------------------------------------------------------------------

def lupdate(ts_files: list[Path], *, drop_vanished: bool = False, locations: str = "absolute") -> None:
    command = [tool("pyside6-lupdate"), "-silent", "-locations", locations, *sources(), "-ts",
               *map(str, ts_files)]
    if drop_vanished:
        command.insert(1, "-no-obsolete")
    run(command)


def update(drop_vanished: bool) -> int:
    if write_core_texts():
        print(f"wrote {CORE_TEXTS.relative_to(ROOT)}")
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [ts_path(language) for language in LANGUAGES]
    # The committed catalogues carry no source lines: they would change with every edit of the
    # code and make parallel work collide in these files; `check` reports lines from its copies.
    lupdate(files, drop_vanished=drop_vanished, locations="none")
    for language, report in zip(LANGUAGES, map(read_catalogue, files)):
        print(f"{language}: {report.summary()}")
    return 0


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> int:
    """Each .ts to its .qm (skipped when the .qm is newer): fast and quiet."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        source, target = ts_path(language, folder), qm_path(language, out)
        if not source.is_file():
            print(f"{source} is missing; run scripts/translations.py update", file=sys.stderr)
            return 1
        if target.is_file() and target.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            continue
        run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)])
    return 0


# --- check --------------------------------------------------------------------------------------

# %n is left out: a plural form may say "one item" without it; a {name}, %1 or a tag never goes.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
_CONTEXT = re.compile(r"^_*[A-Z][A-Za-z0-9_]*$")


@dataclass
class Catalogue:
    language: str
    total: int = 0  # texts the code needs
    translated: int = 0
    vanished: int = 0  # kept for texts no longer in the code; not needed
    unfinished: list[str] = field(default_factory=list)  # "file:line: context: text"
    broken: list[str] = field(default_factory=list)
    # lupdate names a context after the class of self.tr() or the first argument of translate();
    # "" or a variable's name (owner.tr) means it could not tell, and the window, asking with
    # the class's real name, would never find the translation.
    lost: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.total} texts, {self.translated} translated, {len(self.unfinished)} unfinished"
                f", {self.vanished} vanished")
        text += f", {len(self.broken)} with wrong placeholders" if self.broken else ""
        return text + (f", {len(self.lost)} in no real context" if self.lost else "")


def _where(message: ElementTree.Element, ts_file: Path) -> str:
    location = message.find("location")
    if location is None:
        return "(no location)"
    path = (ts_file.parent / location.get("filename", "")).resolve()
    try:
        shown = path.relative_to(ROOT)
    except ValueError:
        shown = path
    return f"{shown}:{location.get('line', '?')}"


def _markers(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text)) + sorted(t.lower() for t in _TAG.findall(text))


def read_catalogue(ts_file: Path) -> Catalogue:
    language = ts_file.stem.rpartition("_")[2]
    report = Catalogue(language)
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                report.vanished += 1
                continue
            report.total += 1
            source = message.findtext("source", "")
            forms = ([f.text or "" for f in translation.findall("numerusform")]
                     if message.get("numerus") == "yes" and translation is not None
                     else [(translation.text or "") if translation is not None else ""])
            where = f"{_where(message, ts_file)}: {name}: {source!r}"
            if not _CONTEXT.match(name):
                report.lost.append(where)
            if kind == "unfinished" or not forms or not all(form.strip() for form in forms):
                report.unfinished.append(where)
                continue
            report.translated += 1
            wanted = _markers(source)
            for form in forms:
                if _markers(form) != wanted:
                    report.broken.append(f"{where} -> {form!r}")
                    break
    return report


def check() -> int:
    problems = 0
    if not CORE_TEXTS.is_file() or CORE_TEXTS.read_text(encoding="utf-8") != core_texts():
        print(f"{CORE_TEXTS.relative_to(ROOT)} is out of date with the risk rules, checklist templates or messages; "
              "run scripts/translations.py update.")
        problems += 1
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for language in LANGUAGES:
            copy = ts_path(language, Path(folder))
            if ts_path(language).is_file():
                shutil.copyfile(ts_path(language), copy)
            copies.append(copy)
        lupdate(copies)
        reports = [read_catalogue(copy) for copy in copies]
    for report in reports:
        print(f"{report.language}: {report.summary()}")
        for line in report.unfinished:
            print(f"  unfinished {line}")
        for line in report.broken:
            print(f"  placeholders differ {line}")
        for line in report.lost:
            print(f"  no context (write QCoreApplication.translate(\"Class\", ...) or self.tr) {line}")
        problems += len(report.unfinished) + len(report.broken) + len(report.lost)
    if problems:
        print(f"{problems} problem(s): translate them (scripts/translations.py update, then edit the .ts files).")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    update_command = commands.add_parser("update", help="refresh core_texts.py and the .ts files from the code")
    update_command.add_argument("--drop-vanished", action="store_true",
                                help="remove translations of texts that are no longer in the code")
    commands.add_parser("compile", help="compile the .ts files to .qm files the window loads")
    commands.add_parser("check", help="exit 1 if a text has no translation in one of the languages")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.drop_vanished)
    if args.command == "compile":
        return compile_all()
    return check()


if __name__ == "__main__":
    sys.exit(main())
