"""A banner across the top of the window when the audit trail does not fit together.

At start the window checks the whole hash chain in the background (services/audit.verify_chain);
nothing shows while it runs or when it is intact. When an event was changed, removed or slipped
in behind the app's back, the banner names the first event that does not fit and what to do.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle

from accountregistry.domain.messages import sentence
from accountregistry.gui.tasks import Task
from accountregistry.gui.widgets.dialog_parts import laid_out
from accountregistry.services.audit import ChainReport, verify_chain
from accountregistry.store.database import Database


class AuditBanner(QFrame):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("auditBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        # The palette's own warning-ish pair, so that light and dark themes both stay readable.
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        laid_out(QHBoxLayout(self), icon, (self.message, 1))
        self.setAccessibleName(self.tr("Audit trail warning"))
        self.hide()
        self.checker = Task(self, success=self.show_report, failure=lambda _error: None, reading=True)
        self.report: ChainReport | None = None

    def check(self) -> None:
        """Check the chain in the background; show the banner if it does not fit."""
        if not self.checker.busy():
            db = self.db
            self.checker.start(lambda _progress: verify_chain(db))

    def show_report(self, report: ChainReport) -> None:
        self.report = report
        if report.intact:
            self.hide()
            return
        heading = self.tr("The audit trail does not fit together: it was changed outside Account Registry.")
        lines = []
        if report.broken is not None:
            lines.append(sentence(report.broken.code, report.broken.params()))
        if report.unprotected:
            lines.append(sentence("audit_unprotected", {"where": self.db.describe(), "triggers": report.unprotected}))
        lines.append(self.tr("Restore a backup, or ask whoever looks after the registry; "
                             "“accountregistry audit verify” shows the same."))
        self.message.setText(f"<b>{escape(heading)}</b><br>" + "<br>".join(escape(line) for line in lines))
        self.message.setAccessibleDescription(" ".join([heading, *lines]))
        self.show()
