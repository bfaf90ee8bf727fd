"""Writing a file for the user alone, whole or not at all: the exported report.

    with private_file(target) as file:
        file.write(...)        # the target appears only when the block ends without an error

The bytes go to a new temporary name beside the target, created exclusively (O_EXCL: never a
file or a link someone put there; O_NOFOLLOW where the system has it) with mode 0600 (the
owner alone reads it, like the database), then are flushed to disk and renamed over the
target in one step. A reader sees the old file or the new one, never half of one.

A run that was killed leaves its temporary file behind. Each writer holds a lock on its
temporary file while it writes; the next run removes those nobody holds (lost runs), never
one that another export is still writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from accountregistry.domain.errors import RegistryError

try:  # POSIX; on Windows a file being written cannot be removed anyway
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

__all__ = ["PRIVATE_MODE", "private_file", "unwritable"]

PRIVATE_MODE = 0o600
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def unwritable(target: Path, error: OSError) -> RegistryError:
    """The refusal for a target that cannot be written, by what the system said."""
    if isinstance(error, PermissionError):
        return RegistryError("export_not_permitted", path=str(target))
    if getattr(error, "errno", None) == errno.ENOSPC:
        return RegistryError("export_disk_full", path=str(target))
    return RegistryError("export_unwritable", path=str(target), reason=error.strerror or str(error))


def _partial_names(target: Path) -> str:
    return f".{target.name}.*.partial"


def _remove_lost(target: Path) -> None:
    """Remove the temporary files of earlier runs for this target that no writer holds."""
    if fcntl is None:
        return
    for leftover in target.parent.glob(_partial_names(target)):
        try:
            descriptor = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue  # a link, someone else's file, or gone: not ours to remove
        try:
            if os.fstat(descriptor).st_uid != os.getuid():
                continue
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # still being written
        else:
            leftover.unlink(missing_ok=True)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def private_file(target: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes `target` (mode 0600) when the block ends without an error;
    on any error, or a cancellation, the target is untouched and nothing is left behind.
    OSError becomes a RegistryError naming the target."""
    _remove_lost(target)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
    try:
        descriptor = os.open(partial, _FLAGS, PRIVATE_MODE)
    except OSError as error:
        raise unwritable(target, error) from None
    try:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_MODE)  # whatever the umask
        with open(descriptor, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
            os.replace(partial, target)  # while the lock is held: no other run takes it for lost
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise unwritable(target, error) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
