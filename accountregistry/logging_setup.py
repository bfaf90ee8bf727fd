"""The app's log: a rotating file in the user's log folder, readable by the user only, that a
person can send with a bug report (the crash dialog says where it is).

It holds no personal data and no secret: the app logs ids, codes and counts, never a name, an
email address, a handle or a value (the credentials service logs the account's id and the
field's name); a refusal is logged by its code; a bug by its exception's type and where it was
raised, without the exception's message, which may quote what was typed or stored (an
IntegrityError quotes the row). The window's crash dialog shows the full details on screen.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from accountregistry import APP_NAME

# A library-style default: nothing the package logs reaches stderr (the CLI's one-line errors)
# unless the program configures a handler (start_logging does, to a file).
logging.getLogger("accountregistry").addHandler(logging.NullHandler())

LOG_FILENAME = "accountregistry.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Creates the log and its successors with mode 0600, whatever the umask: what a person did
    and when is theirs to share."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


class _WithoutMessagesFormatter(logging.Formatter):
    """A traceback as its exceptions' types and frames: the messages stay out of the file."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have formatted the record first and left its full traceback in
        # exc_text, which logging would reuse as it is.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, exc_info) -> str:  # noqa: N802 - logging's name
        lines = []
        for exception in _chain(exc_info[1]):
            frames = traceback.format_list(traceback.extract_tb(exception.__traceback__))
            lines.append("".join(frames).rstrip())
            lines.append(f"{type(exception).__module__}.{type(exception).__qualname__} (message not logged)")
        return "\n".join(lines)


def _chain(error: BaseException | None) -> list[BaseException]:
    """The exception and those it was raised from or during, oldest first."""
    found: list[BaseException] = []
    while error is not None and error not in found:
        found.insert(0, error)
        error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    return found


def log_file() -> Path:
    """Where the log is (or would be): for the crash dialog and the README."""
    return log_directory() / LOG_FILENAME


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
    handler.setFormatter(_WithoutMessagesFormatter(FORMAT))
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


def start_logging() -> Path | None:
    """configure_logging for the window and the command line: without a usable log folder (a
    read-only home, a full disk) the app runs on, unlogged."""
    try:
        return configure_logging()
    except OSError:
        return None


def logging_active() -> bool:
    """Whether configure_logging's file handler is in place."""
    return any(getattr(handler, "accountregistry_log", False) for handler in logging.getLogger().handlers)
