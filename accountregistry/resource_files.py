"""Where the resources shipped with the program are: icons, checklist templates, translations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_folder(name: str) -> Path:
    """resources/<name>: installed inside the package as accountregistry.resources (a wheel, the
    bundle); in a checkout, the repository's own folder. Both are looked at directly: importing
    importlib.resources would cost every command (a Danish `--help`) 10-20 ms."""
    for folder in (_PACKAGE / "resources" / name, _PACKAGE.parent / "resources" / name):
        if folder.is_dir():
            return folder
    from importlib import resources  # an installation that keeps the package elsewhere (a zip)

    try:
        return Path(str(resources.files("accountregistry.resources") / name))
    except ModuleNotFoundError:
        return _PACKAGE.parent / "resources" / name
