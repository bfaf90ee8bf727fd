"""The window. The only package that imports Qt; it collects input and calls the services."""

import sys

import PySide6.QtCore  # noqa: F401 - loads PySide's import hook, which the next lines adjust


def _mentions_pyside(module) -> bool:
    """PySide's test of each module imported after it (may it select a `from __feature__` set?),
    without keeping the source: PySide reads it with inspect.getsource, and linecache kept every
    file's lines for good (at start 773 files, 358,000 lines, about 30 MiB of the window's peak).
    The same answer, from the file's bytes."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not origin or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


_feature = sys.modules.get("shibokensupport.feature")
if hasattr(_feature, "_mod_uses_pyside"):
    _feature._mod_uses_pyside = _mentions_pyside
