"""The app's log: a rotating file in the user's log folder, readable by the user only.

A bug report points here. Nothing secret is ever logged: the credentials service logs the
account's id and the field's name, never a value, so the log needs no redaction filter.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from accountregistry import APP_NAME

LOG_FILENAME = "accountregistry.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Creates the log and its successors with mode 0600, whatever the umask: the log names
    accounts and people."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def log_directory() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records (and other libraries' warnings) to the log file; returns its path.

    Calling it again replaces the handler, so a changed log folder (another HOME) is followed.
    """
    directory = log_directory()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / LOG_FILENAME
    stop_logging()
    handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    handler.accountregistry_log = True  # type: ignore[attr-defined]
    # On the root logger so that libraries' warnings (keyring, SQLAlchemy) land here too; only the
    # app's own logger is lowered to `level`, so their INFO chatter stays out.
    logging.getLogger().addHandler(handler)
    logging.getLogger("accountregistry").setLevel(level)
    return path


def stop_logging() -> None:
    """Close and remove the handler configure_logging added, if any."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "accountregistry_log", False):
            root.removeHandler(handler)
            handler.close()
