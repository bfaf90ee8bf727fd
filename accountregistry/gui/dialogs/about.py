"""File → About: which version this is, where its data lives, and under which licence."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from accountregistry import APP_NAME, __version__
from accountregistry.gui.app import app_icon

LICENCE = "GPL-3.0-or-later"  # as pyproject.toml and the AppStream metainfo declare it
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QMessageBox):
    """`about`: the main window's paragraphs (version, where the data lives, how long it is kept,
    how a person is erased), then the licence."""

    def __init__(self, about: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setIconPixmap(app_icon().pixmap(64, 64))
        self.setTextFormat(self.textFormat().RichText)
        self.setText("<h3>{}</h3>".format(html.escape(f"{APP_NAME} {__version__}")))
        paragraphs = [html.escape(paragraph) for paragraph in about.split("\n\n")]
        paragraphs.append(self.tr("Free software under the GNU General Public License, version 3 or later "
                                  "({licence}): you may use, study, share and change it. "
                                  "<a href=\"{url}\">The licence</a>").format(licence=LICENCE, url=LICENCE_URL))
        self.setInformativeText("".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
