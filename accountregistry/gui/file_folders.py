"""Where a file dialog opens: the folder the user last chose a file in, else their documents
folder (or home); never the program's working directory, which a user does not choose."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

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


def choose_file_to_open(parent: QWidget, caption: str, file_filter: str) -> str | None:
    """The file the user chooses, in a dialog opened in start_folder(); None when they cancel."""
    path, _chosen = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), file_filter)
    if not path:
        return None
    remember_folder(path)
    return path


def choose_file_to_save(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str | None:
    """Where the user chooses to write, the suggested name in start_folder() first; None when
    they cancel."""
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, str(start_folder() / suggested), file_filter)
    if not path:
        return None
    remember_folder(path)
    return path


def file_name_part(text: str) -> str:
    """A name that is safe in a file name on every system."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip() or "document"
