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
