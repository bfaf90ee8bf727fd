"""Files the services write for people (a calendar, a list of people): whole or not at all, and
never over a folder or the registry itself; and a file's name as the registry keeps it."""

from __future__ import annotations

import os
from pathlib import Path

from accountregistry.domain.errors import StoreError
from accountregistry.store.safe_files import written_whole

__all__ = ["kept_name", "write_whole"]


def write_whole(path: str | os.PathLike, data: bytes, *, database: Path | None = None) -> Path:
    """Write `data` to `path` through a temporary file beside it (store/safe_files), replaced in
    one step: a reader sees the old file or the new one, never half of one. Returns the absolute
    path."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise StoreError("export_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise StoreError("export_no_folder", folder=str(target.parent))
    if database is not None and target == database.absolute():
        raise StoreError("path_is_database", path=str(target))
    with written_whole(target, export=True) as file:
        file.write(data)
    return target


def kept_name(path: Path) -> str:
    """The file's name as text the registry can keep (a scan's name, an import's source): a name
    whose bytes are not UTF-8 (an old Windows zip's "kontrakt_\xe6.pdf") has U+FFFD where they were."""
    return os.fsencode(path.name).decode("utf-8", "replace")
