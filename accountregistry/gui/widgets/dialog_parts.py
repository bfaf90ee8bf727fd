"""Parts every form dialog has: Save and Cancel, and for a dialog that works in the background its
progress bar and its one Cancel/Close button; the buttons and plain-text labels every window
makes (plain_label(hidden=True): the line that says what concerns the whole form)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QBoxLayout, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLayout, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from accountregistry.gui.formatting import format_number
from accountregistry.gui.messages import show_message

Named = TypeVar("Named", bound=QWidget)


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


def line_edit(placeholder: str = "") -> QLineEdit:
    """A one-line text field showing `placeholder` while empty (an example, or what goes in it)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def named(widget: Named, name: str) -> Named:
    """`widget`, named for screen readers."""
    widget.setAccessibleName(name)
    return widget


def push_button(text: str, name: str, clicked=None, *, tip: str = "") -> QPushButton:
    """A button named for screen readers (`name`: its text without the mnemonic or the dots),
    wired to `clicked`."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through `widgets` in this order."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def out_of_sight(*pages: QWidget) -> None:
    """Pages put in a stack or tabs hidden, or taken out, where Qt repaints the page on screen:
    nowhere (a new widget lies at 640×480, which was a repaint of the accounts table's part
    whenever a view was made). The stack or tabs size a page when they show it."""
    for page in pages:
        page.resize(0, 0)


def laid_out(layout: QBoxLayout, *parts: QWidget | QLayout | tuple[QWidget | QLayout, int] | int) -> QBoxLayout:
    """`layout` with `parts` (widgets and layouts) added in order; a (part, stretch) pair stretches, and a
    number alone is empty space with that stretch."""
    for part, stretch in (part if isinstance(part, tuple) else (part, 0) for part in parts):
        if isinstance(part, int):
            layout.addStretch(part)
        else:
            (layout.addLayout if isinstance(part, QLayout) else layout.addWidget)(part, stretch)
    return layout


def holding(*parts: QWidget | QLayout | tuple[QWidget | QLayout, int] | int, vertical: bool = False) -> QWidget:
    """A widget holding `parts` side by side (one under the other if `vertical`), without margins
    of its own, so that it lines up with the rows around it; a (part, stretch) pair stretches."""
    widget = QWidget()
    laid_out(QVBoxLayout(widget) if vertical else QHBoxLayout(widget), *parts).setContentsMargins(0, 0, 0, 0)
    return widget


def plain_label(text: str = "", *, wrap: bool = True, bold: bool = False, scale: float = 1.0,
                hidden: bool = False, selectable: bool = False) -> QLabel:
    """A label showing its text as written, never as rich text: names and notes come from users.
    `scale` enlarges the font (a heading); `selectable`: its text can be selected (and copied)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    if hidden:
        label.setVisible(False)
    return label


def name_close_button(button: QPushButton, *, cancels: bool) -> None:
    """The dialog's one closing button, usable again (a click on it while working disables it
    until the work has stopped): "Cancel" while closing would stop its work, "Close" after;
    named for screen readers as it reads."""
    button.setEnabled(True)
    button.setText(QCoreApplication.translate("DialogParts", "Cancel") if cancels
                   else QCoreApplication.translate("DialogParts", "Close"))
    button.setAccessibleName(button.text())


def show_progress(bar: QProgressBar, done: int, total: int, status: QLabel | None = None, sentence: str = "") -> None:
    """The bar at `done` of `total` (the work's own count: rows, accounts); with `status`, the
    `sentence` there with its {done} and {total}."""
    bar.setRange(0, max(total, 1))
    bar.setValue(done)
    if status is not None:
        show_message(status, sentence.format(done=format_number(done), total=format_number(total)), error=False)


def cancel_work(task, close_button: QPushButton, status: QLabel, sentence: str) -> bool:
    """Escape, the close button and Cancel while `task` works: cancel it, the button unusable
    until it has stopped, `sentence` in `status`; False when nothing is running."""
    if not task.busy():
        return False
    task.cancel()
    close_button.setEnabled(False)
    show_message(status, sentence, error=False)
    return True
