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


def imported_modules(path: Path, name: str) -> set[str]:
    """The accountregistry modules a file imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            # "from package import module" imports the module; "from module import name" the module.
            found |= {f"{base}.{alias.name}" for alias in node.names} | {base}
    return {module for module in found if module.startswith("accountregistry.")}


def core_import_graph() -> dict[str, set[str]]:
    files = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        files[".".join(parts)] = path
    core = {name: path for name, path in files.items() if name in core_modules()}
    return {name: imported_modules(path, name) & set(core) - {name} for name, path in core.items()}


def test_no_import_cycle_in_the_core():
    """A cycle hidden in a function's import still ties two modules into one: services.roles
    and services.offboarding once needed each other; services.offboarding_items is below both."""
    graph = core_import_graph()
    assert "accountregistry.services.offboarding_items" in graph["accountregistry.services.roles"]
    cycles: dict[frozenset[str], str] = {}

    def visit(module: str, path: list[str]) -> None:
        for imported in sorted(graph[module]):
            if imported in path:  # a way back: every graph with a cycle has one on some path
                cycle = path[path.index(imported):]
                cycles.setdefault(frozenset(cycle), " -> ".join([*cycle, imported]))
            elif imported not in done:
                visit(imported, [*path, imported])
        done.add(module)

    done: set[str] = set()
    for module in sorted(graph):
        if module not in done:
            visit(module, [module])
    assert list(cycles.values()) == []
