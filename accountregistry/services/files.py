"""Files the services write for people (a calendar, a list of people): whole or not at all, and
never over a folder or the registry itself."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from accountregistry.domain.errors import StoreError

__all__ = ["write_whole"]


def write_whole(path: str | os.PathLike, data: bytes, *, database: Path | None = None) -> Path:
    """Write `data` to `path` through a temporary file beside it, replaced in one step: a reader
    sees the old file or the new one, never half of one. Returns the absolute path."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise StoreError("export_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise StoreError("export_no_folder", folder=str(target.parent))
    if database is not None and target == database.absolute():
        raise StoreError("path_is_database", path=str(target))
    partial = None
    try:
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, prefix=f".{target.name}.", suffix=".partial",
                                         delete=False) as file:
            partial = Path(file.name)
            file.write(data)
        os.replace(partial, target)
    except OSError as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise StoreError("export_unwritable", path=str(target), reason=(error.strerror or str(error)).lower()) from None
    return target
