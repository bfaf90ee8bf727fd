"""The account window as the tests open it and read its History tab."""

from accountregistry.gui.dialogs.account_detail import AccountDetailWindow


def open_window(qtbot, db, account_id, tab: str | None = None) -> AccountDetailWindow:
    """The window of `account_id`, read, on screen, on its tab `tab` ("consent", "credentials") if given."""
    window = AccountDetailWindow(db, account_id)
    window.wait_until_shown()
    # Unsaved edits left by a test would make closing at teardown ask a real, blocking question.
    qtbot.addWidget(window, before_close_func=lambda w: w.revert())
    window.show()
    qtbot.waitExposed(window)
    if tab is not None:
        window.tabs.setCurrentWidget(getattr(window, tab))
    return window


def history_lines(window) -> list[str]:
    """The History tab as shown: one line per event, then its changes indented."""
    lines = []
    for i in range(window.history.topLevelItemCount()):
        item = window.history.topLevelItem(i)
        lines.append(item.text(2))
        lines += ["  " + item.child(c).text(2) for c in range(item.childCount())]
    return lines
