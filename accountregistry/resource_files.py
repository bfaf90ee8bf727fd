"""Where the resources shipped with the program are: icons, checklist templates, translations."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_folder(name: str) -> Path:
    """resources/<name>, installed inside the package as accountregistry.resources; from a
    checkout run with PYTHONPATH (no package mapping installed), the repository's own folder."""
    from importlib import resources  # here, not at the top: `accountregistry --help` reads no resource

    try:
        folder = resources.files("accountregistry.resources") / name
        if folder.is_dir():
            return Path(str(folder))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources" / name
