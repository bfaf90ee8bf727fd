"""The one-line messages a dialog or view shows under its form: what went wrong, or what was
done. One place for their colours, so every window says an error the same way in light and
dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QLabel, QWidget


def message_colours(widget: QWidget) -> tuple[str, str]:
    """(error, warning) text colours legible on the current palette, light or dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return ("#ff8a80", "#ffcc80") if dark else ("#b00020", "#8a5300")


def show_message(label: QLabel, text: str | None, *, error: bool = True) -> None:
    """Show `text` in `label` (in the error colour, or the normal one); no text hides it."""
    label.setStyleSheet(f"color: {message_colours(label)[0]};" if error else "")
    label.setText(text or "")
    label.setVisible(bool(text))
    _room_for(label)


def _room_for(label: QLabel) -> None:
    """A dialog grows to show a longer message whole, instead of taking the room from its form."""
    window, layout = label.window(), label.window().layout()
    if isinstance(window, QDialog) and layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)
