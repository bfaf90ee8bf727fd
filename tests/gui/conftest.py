"""Every window test runs inside the one QApplication pytest-qt makes, whatever order the
tests run in (fonts, pixmaps and locales need it before the first widget exists).

Shared here: the main window opened, shown and active, as a person would find it, and the
window's languages (`speak("da")`), compiled from the committed .ts files once per session."""

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accountregistry.domain import checklist
from accountregistry.gui import i18n
from accountregistry.gui.tasks import task_manager

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


# How long a wait may last before the test fails. A wait ends as soon as its signal comes or
# its condition holds; this bound only stops a test that would otherwise wait for ever. It is
# long because a background read on a server in a busy machine can take many seconds, and a
# short bound made such tests fail at random.
PATIENCE_MS = 120_000


class PatientQtBot(QtBot):
    """pytest-qt's bot whose waits, unless a test says otherwise, last until the condition or
    signal comes (up to PATIENCE_MS) instead of pytest-qt's five seconds."""

    def waitUntil(self, callback, *, timeout=PATIENCE_MS):
        return super().waitUntil(callback, timeout=timeout)

    def waitSignal(self, signal, *, timeout=PATIENCE_MS, **options):
        return super().waitSignal(signal, timeout=timeout, **options)

    def waitSignals(self, signals, *, timeout=PATIENCE_MS, **options):
        return super().waitSignals(signals, timeout=timeout, **options)

    def waitCallback(self, *, timeout=PATIENCE_MS, **options):
        return super().waitCallback(timeout=timeout, **options)

    def waitExposed(self, widget, *, timeout=PATIENCE_MS):
        return super().waitExposed(widget, timeout=timeout)

    def waitActive(self, widget, *, timeout=PATIENCE_MS):
        return super().waitActive(widget, timeout=timeout)


@pytest.fixture
def qtbot(qapp, request):
    return PatientQtBot(request)


def settle_background_work() -> None:
    """Let every background read or write of the test end and deliver its outcome, so that none
    of them still holds a connection when the test's database is closed and dropped."""
    from accountregistry.store.early_read import close_unused

    tasks = task_manager()
    tasks.cancel_all()
    tasks.wait_for_all()
    close_unused()  # the early read's own thread, as close_session does
    QApplication.processEvents()


@pytest.fixture
def db(db):
    """tests/conftest.py's `db`, closed only once the window's background work has ended."""
    yield db
    settle_background_work()


@pytest.fixture
def sample(sample):
    """tests/conftest.py's `sample`, closed only once the window's background work has ended."""
    yield sample
    settle_background_work()


@pytest.fixture
def open_main_window(qtbot, tmp_path):
    """Opens the main window on a database with settings of the test's own, shown, loaded and
    active, so that key events go where a person's would."""
    from accountregistry.gui.main_window import MainWindow

    def opened(db) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.accounts_view.loaded and not window.is_loading())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window
    return opened


@pytest.fixture
def open_at_default_size(speak, sample, open_main_window, monkeypatch):
    """The sample organisation's window at 1280×800 (the default size), in a language
    ("en", "da", …), on one of its views."""

    def opened(language: str, view: str):
        monkeypatch.delenv(i18n.ENV_VAR, raising=False)
        if language != "en":
            speak(language)
        window = open_main_window(sample)
        window.resize(1280, 800)
        window.show_view(view)
        return window
    return opened


def translations_script():
    if "translations_script" not in sys.modules:
        spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["translations_script"]


@pytest.fixture(scope="session")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    assert translations_script().compile_all(out=folder) == 0
    return folder


@pytest.fixture
def speak(compiled):
    """speak("da") installs Danish for the rest of the test; removed afterwards whatever happens."""
    installed = []

    def install(language: str) -> i18n.InstalledLanguage:
        installed.append(i18n.install_language(language, folder=compiled))
        return installed[-1]

    yield install
    for language in reversed(installed):
        language.remove()
    assert QCoreApplication.translate("AccountForm", "&Address") == "&Address"
    assert checklist.set_default_translation(None) is None


@pytest.fixture
def settled(qtbot):
    """Waits until the given views (or the window) have shown what they read in the background:
    the window reads off its GUI thread, so a test waits for the read as a person would."""

    def wait(*readers):
        qtbot.waitUntil(lambda: not any(reader.is_loading() for reader in readers))

    return wait
