"""The window opens on a registry and says what it holds and where it lives."""

from accountregistry.gui.main_window import MainWindow
from accountregistry.services.accounts import AccountInput, register_account
from accountregistry.services.organisation import update_settings


def test_the_window_shows_the_registry_and_its_file(qtbot, db):
    update_settings(db, name="Nordlys <Rejser> A/S")
    register_account(db, AccountInput(url="https://www.linkedin.com/company/nordlys"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.summary.text()
    assert "1 accounts and 0 people" in text
    assert "Nordlys &lt;Rejser&gt; A/S" in text  # shown as text, not interpreted as markup
    assert window.statusBar().currentMessage() == f"Database: {db.path}"
