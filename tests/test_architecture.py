"""The core (domain, store, services, CLI) works without Qt: only the gui package may import it."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import accountregistry

PACKAGE = Path(accountregistry.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages([str(PACKAGE)], prefix="accountregistry."):
        if not (module.name.startswith("accountregistry.gui") or ".migrations" in module.name
                or module.name == "accountregistry.__main__"):
            names.append(module.name)
    return names


def test_no_core_source_file_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.relative_to(PACKAGE)}: {name}" for name in names if name.startswith(QT_MODULES)]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    modules = core_modules()
    assert "accountregistry.services.accounts" in modules and "accountregistry.cli" in modules
    script = ("import sys\n" + "".join(f"import {name}\n" for name in modules)
              + "print(sorted(m for m in sys.modules if m.startswith(%r)))" % (QT_MODULES,))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
