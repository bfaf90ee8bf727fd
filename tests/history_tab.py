"""An account window's History tab as a reader sees it."""


def history_lines(window) -> list[str]:
    """One line per event, then its changes indented: the tree's third column as shown."""
    lines = []
    for i in range(window.history.topLevelItemCount()):
        item = window.history.topLevelItem(i)
        lines.append(item.text(2))
        lines += ["  " + item.child(c).text(2) for c in range(item.childCount())]
    return lines
