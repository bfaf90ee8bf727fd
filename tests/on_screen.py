"""Widgets put on screen as a test's user would see them."""

from accountregistry.gui.views.accounts_view import AccountsView
from accountregistry.services.account_list import load_accounts


def on_screen(qtbot, widget, width: int, height: int):
    """`widget` shown at width × height, closed at the test's end."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def accounts_view(qtbot, db) -> AccountsView:
    """The accounts view with every account of `db` in it."""
    view = AccountsView(db)
    view.set_rows(load_accounts(db).rows())
    return on_screen(qtbot, view, 1200, 600)


def import_dialog(qtbot, monkeypatch, view, button, path):
    """The import dialog `view` opens on `path` when `button` is clicked, once its preview is planned."""
    from PySide6.QtCore import Qt

    opened = []
    monkeypatch.setattr(view, "choose_import_file", lambda: str(path))
    monkeypatch.setattr(view, "open_dialog", lambda dialog: (opened.append(dialog), dialog.show()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.busy())
    return dialog
