"""Opening a kept signed scan read-only with the system's viewer.

The scan is written into a private temporary folder as a read-only file and handed to the viewer:
the copy in the database is never changed. The folder belongs to a widget (the account window's
Agreements tab, a person's history) and is removed when that widget is destroyed or the
application quits, whichever comes first, never left to the garbage collector (which warned
"Implicitly cleaning up" at some later test's setup).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices

from accountregistry.domain.errors import RegistryError
from accountregistry.services import agreements
from accountregistry.store.database import Database

_EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


class ScanViewer:
    """Writes and opens scans for `owner`; its folder goes when the owner does."""

    def __init__(self, db: Database, owner: QObject):
        self.db = db
        self.owner = owner
        self._folder: tempfile.TemporaryDirectory | None = None

    @property
    def folder(self) -> Path | None:
        """The temporary folder, once a scan was written into it."""
        return Path(self._folder.name) if self._folder is not None else None

    def _made_folder(self) -> Path:
        if self._folder is None:
            folder = tempfile.TemporaryDirectory(prefix="accountregistry-scan-", ignore_cleanup_errors=True)
            self._folder = folder
            # Closures, not bound methods: they keep the folder alive until they remove it.
            self.owner.destroyed.connect(lambda *_args: folder.cleanup())
            application = QCoreApplication.instance()
            if application is not None:
                application.aboutToQuit.connect(lambda: folder.cleanup())
        return Path(self._folder.name)

    def file(self, attachment_id: int) -> Path:
        """The scan as a read-only file in the private folder."""
        name, media_type, content = agreements.attachment_content(self.db, attachment_id)
        # The system's limit is 255 bytes: the id before a name of 255 would pass it.
        stem = Path(name).stem.encode()[:100].decode(errors="ignore") or "scan"
        target = self._made_folder() / f"{attachment_id}-{stem}{_EXTENSIONS.get(media_type, '')}"
        if target.exists():
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        target.write_bytes(content)
        target.chmod(stat.S_IRUSR)
        return target

    def open(self, attachment_id: int) -> str | None:
        """Open the scan with the system's viewer; the sentence to show when it cannot be."""
        try:
            path = self.file(attachment_id)
        except RegistryError as error:
            return error.sentence()
        except OSError as error:  # the private folder cannot take the copy
            return RegistryError("file_unwritable", path=error.filename, reason=error).sentence()
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(path)))
        return None

    def cleanup(self) -> None:
        """Remove the folder now (a window closing)."""
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
