"""Where a file dialog opens: the folder the user last chose a file in, else their documents
folder (or home); never the program's working directory, which a user does not choose."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LAST_FOLDER_KEY = "files/lastFolder"


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_folder() -> Path:
    """The folder the next file dialog opens in."""
    last = QSettings().value(LAST_FOLDER_KEY, "")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return documents_folder()


def remember_folder(path: str | os.PathLike) -> None:
    """A file was chosen (opened or written): the next dialog opens in its folder."""
    folder = Path(path).expanduser().absolute().parent
    if folder.is_dir():
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))


def file_name_part(text: str) -> str:
    """A name that is safe in a file name on every system."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip() or "document"
