"""Parts every form dialog has: Save and Cancel, and a line for what concerns the whole form."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton


def save_and_cancel(dialog: QDialog, save, *, save_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """The Save/Cancel row wired to `save` and to closing the dialog, each button named for
    screen readers as it reads (without its mnemonic's '&'). Returns the row and its Save button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    if save_text is not None:
        save_button.setText(save_text)
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save_button


def general_message() -> QLabel:
    """The hidden, wrapping line that says what concerns the whole form (a stale edit, a server)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    return label
