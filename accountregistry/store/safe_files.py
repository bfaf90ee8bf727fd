"""Files written whole or not at all, safely beside where they go.

    with written_whole(target, encoding="utf-8-sig", newline="") as file:   # a report, an export
        csv.writer(file).writerows(rows)
    with filled_whole(target, overwrite=False) as partial:                   # a backup by path
        sqlite3.connect(partial) ...

The one place the program writes a file for people (backups, the audit export, reports,
calendars, lists; services/files.write_whole is the short form for bytes at hand). With
export=True a refusal says to export again (export_* codes), else it names the file or folder.

The content goes to a new temporary file beside the target, with a random name
(`.<target>.<random>.partial`), created exclusively (O_EXCL: a file or link planted there is
never written through; O_NOFOLLOW: a link is never followed), readable by its owner only. Only
when it is complete and flushed to disk is it renamed onto the target; on any error or
interruption it is removed. While it is written it holds an flock, so that the next run can
tell the leftovers of a killed run (no lock held) from another run writing right now, and
removes them.
"""

from __future__ import annotations

import errno
import glob
import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from accountregistry.domain.errors import RegistryError, StoreError

try:
    import fcntl
except ImportError:  # Windows: leftovers are recognised by name only and left alone
    fcntl = None

SUFFIX = ".partial"


def checked_target(path: str | os.PathLike, *, overwrite: bool = True) -> Path:
    """The absolute target, refused if it is a folder, its folder is missing, or (overwrite
    False) it exists."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise StoreError("path_is_folder", path=str(target))
    if not target.parent.is_dir():
        raise StoreError("folder_missing", folder=str(target.parent))
    if not overwrite and (target.exists() or target.is_symlink()):
        raise StoreError("file_exists", path=str(target))
    return target


def leftovers(target: Path, *, any_suffix: bool = False) -> list[Path]:
    """Temporary files of earlier runs for `target` whose writer is gone; with any_suffix, also
    for targets whose names go on after target's (the dated copies taken before upgrades)."""
    pattern = f".{glob.escape(target.name)}{'*' if any_suffix else ''}.*{SUFFIX}"
    return [candidate for candidate in target.parent.glob(pattern) if _abandoned(candidate)]


def remove_leftovers(target: Path, *, any_suffix: bool = False) -> None:
    for leftover in leftovers(target, any_suffix=any_suffix):
        try:
            leftover.unlink()
        except OSError:
            pass  # someone else's, or already gone: not ours to insist on


@contextmanager
def filled_whole(path: str | os.PathLike, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield the path of a new, empty temporary file to fill by name (another library writes
    it); it is placed at `path` when the block ends normally, removed otherwise."""
    with _partial(path, overwrite) as (_descriptor, partial):
        yield partial


@contextmanager
def written_whole(path: str | os.PathLike, *, overwrite: bool = True, encoding: str | None = None,
                  newline: str | None = None, export: bool = False) -> Iterator[IO]:
    """Yield a file object (text when `encoding` is given, else binary) whose content is placed
    at `path` when the block ends normally; on any error nothing is written at `path`."""
    with _partial(path, overwrite, export) as (descriptor, _partial_path):
        with os.fdopen(os.dup(descriptor), "r+b") as raw:
            file = io.TextIOWrapper(raw, encoding=encoding, newline=newline) if encoding else raw
            try:
                yield file
                file.flush()
            finally:
                if encoding:
                    file.detach()


@contextmanager
def _partial(path: str | os.PathLike, overwrite: bool, export: bool = False) -> Iterator[tuple[int, Path]]:
    target = checked_target(path, overwrite=overwrite)
    remove_leftovers(target)
    descriptor, partial = _create_beside(target, export)
    try:
        try:
            yield descriptor, partial
            os.fsync(descriptor)
            _place(partial, target, overwrite=overwrite)
            _sync_folder(target.parent)
        except OSError as error:
            raise _refusal(error, target, export) from None
    finally:
        partial.unlink(missing_ok=True)  # after a rename there is nothing left to remove
        os.close(descriptor)


def _create_beside(target: Path, export: bool) -> tuple[int, Path]:
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(20):
        partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}{SUFFIX}")
        try:
            descriptor = os.open(partial, flags, 0o600)
        except FileExistsError:
            continue
        except OSError as error:
            raise _refusal(error, target, export) from None
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX)  # new and ours alone: never waits
        return descriptor, partial
    raise _refusal(FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)), target, export)


def _abandoned(candidate: Path) -> bool:
    if fcntl is None or candidate.is_symlink() or not candidate.is_file():
        return False
    try:
        descriptor = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        if os.fstat(descriptor).st_uid != os.geteuid():
            return False
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True  # nobody writes it any more
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _place(partial: Path, target: Path, *, overwrite: bool) -> None:
    if overwrite:
        os.replace(partial, target)
        return
    try:
        os.link(partial, target)  # fails if the target appeared meanwhile: never overwrite it
    except FileExistsError:
        raise StoreError("file_exists", path=str(target)) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if target.exists() or target.is_symlink():  # a file system without hard links
            raise StoreError("file_exists", path=str(target)) from None
        os.replace(partial, target)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut right after it keeps the new file)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(descriptor)


def _refusal(error: OSError, target: Path, export: bool = False) -> RegistryError:
    if export:
        return _export_refusal(error, target)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError("folder_unwritable", folder=str(target.parent), reason=error)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError("disk_full_file", path=str(target))
    return StoreError("file_unwritable", path=str(target), reason=error)


def _export_refusal(error: OSError, target: Path) -> RegistryError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return RegistryError("export_not_permitted", path=str(target))
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return RegistryError("export_disk_full", path=str(target))
    return RegistryError("export_unwritable", path=str(target), reason=error)
