"""The one-folder app as a user gets it: built from packaging/accountregistry.spec, then run as a
separate program. It must work without the checkout or the venv: its version, the sample
organisation, the ownership report, the shipped checklist templates, the window with its icons
and the Secret Service keyring; and it must leave out what the app never loads."""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from bundle_support import PACKAGING, PROGRAM, REPO, run_program

from accountregistry import APP_ID, __version__, language
from accountregistry.domain.messages import sentence

DEMO_ACCOUNTS = 123
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def demo_registry(bundle, tmp_path_factory) -> Path:
    """A registry file the bundled program filled with the sample organisation."""
    path = tmp_path_factory.mktemp("demo") / "registry.sqlite3"
    result = run_program(bundle, "--db", path, "demo")
    assert result.returncode == 0, result.stderr
    assert f"{DEMO_ACCOUNTS} accounts" in result.stdout
    return path


def test_the_bundle_prints_its_version(bundle):
    result = run_program(bundle, "--version")

    assert (result.returncode, result.stdout, result.stderr) == (0, f"Account Registry {__version__}\n", "")


def test_the_bundle_exports_the_demo_organisations_ownership_report(bundle, tmp_path):
    registry, report = tmp_path / "fresh.sqlite3", tmp_path / "report.csv"
    filled = run_program(bundle, "--db", registry, "demo")
    assert filled.returncode == 0, filled.stderr
    # A Danish desk: the spreadsheet expects ';' between cells.
    danish = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_NUMERIC")}
    danish["LANG"] = "da_DK.UTF-8"

    result = run_program(bundle, "--db", registry, "export", "-o", report, env=danish)

    assert result.returncode == 0, result.stderr
    # Said in Danish, as the desk's locale asks: the bundle carries the core's catalogues.
    previous = language.use_language("da")
    try:
        danish_line = sentence("cli_accounts_written", {"path": report, "count": DEMO_ACCOUNTS})
    finally:
        language.set_translator(*previous)
    assert result.stdout == danish_line + "\n"
    assert danish_line != sentence("cli_accounts_written", {"path": report, "count": DEMO_ACCOUNTS})
    data = report.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    rows = list(csv.reader(data[3:].decode("utf-8").splitlines(keepends=True), delimiter=";"))
    header, accounts = rows[0], rows[1:]
    assert header[:3] == ["platform", "presence", "handle"]
    assert len(accounts) == DEMO_ACCOUNTS
    assert all(len(row) == len(header) for row in accounts)
    assert any("Jørgensen" in cell for row in accounts for cell in row), "Danish letters survive"


def test_the_bundle_plans_an_offboarding_from_the_shipped_checklist_templates(bundle, demo_registry):
    # The templates are a data file of accountregistry.resources: this fails if it is not bundled.
    result = run_program(bundle, "--db", demo_registry, "offboard", "start", "--person",
                         "sofie.jorgensen@nordlys.dk", "--last-day", "2026-12-31", "--preview")

    assert result.returncode == 0, result.stderr
    assert "Sofie Dahl Jørgensen" in result.stdout
    assert len(re.findall(r"^\s+due \d{4}-\d\d-\d\d", result.stdout, flags=re.MULTILINE)) >= 5


def test_the_bundle_writes_an_access_request_as_pdf_in_danish(bundle, demo_registry, tmp_path):
    # The command line prints through Qt in a child: the bundled program runs itself for it.
    target = tmp_path / "indsigt.pdf"
    result = run_program(bundle, "--db", demo_registry, "--lang", "da", "people", "export-data",
                         "sofie.jorgensen@nordlys.dk", "-o", target)

    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)  # Qt writes "fi" as its ligature
    assert "Jørgensen" in text and "sofie.jorgensen@nordlys.dk" in text and "Personens oplysninger" in text
    # A refusal from the child reaches the user as one line in their language.
    again = run_program(bundle, "--db", demo_registry, "--lang", "da", "people", "export-data",
                        "ingen@nordlys.dk", "-o", tmp_path / "ingen.pdf")
    assert (again.returncode, again.stderr.count("\n")) == (1, 1) and "ingen@nordlys.dk" in again.stderr
    assert "Traceback" not in again.stderr and not (tmp_path / "ingen.pdf").exists()


def test_the_bundle_talks_to_a_postgresql_server(bundle, server_database, tmp_path):
    # The driver (psycopg and its libpq) is bundled: a user's plain postgresql:// URL works.
    url = server_database().replace("postgresql+psycopg://", "postgresql://")
    filled = run_program(bundle, "--db", url, "demo")
    assert filled.returncode == 0, filled.stderr
    report = tmp_path / "report.csv"
    result = run_program(bundle, "--db", url, "export", "-o", report)
    assert result.returncode == 0, result.stderr
    assert result.stdout == sentence("cli_accounts_written", {"path": report, "count": DEMO_ACCOUNTS}) + "\n"


# --- the window ---------------------------------------------------------------------------------

def top_level_windows(display: str) -> list[tuple[str, str, int, int]]:
    """(title, WM_CLASS (instance, class), width, height) of every named window on the X display."""
    tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", display], capture_output=True,
                          text=True, check=True).stdout
    pattern = r'^\s*0x[0-9a-f]+ "([^"]*)": \("([^"]*)" "([^"]*)"\)\s+(\d+)x(\d+)'
    return [(title, (instance, klass), int(width), int(height))
            for title, instance, klass, width, height in re.findall(pattern, tree, flags=re.MULTILINE)]


@pytest.fixture
def x_display():
    """A private Xvfb display, ":N"."""
    missing = [tool for tool in ("Xvfb", "xwininfo") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} missing (Debian packages xvfb, x11-utils): cannot watch the window")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


def test_the_bundled_window_opens_with_its_icons(bundle, demo_registry, x_display, tmp_path):
    desktop_entry = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    wm_class = re.search(r"^StartupWMClass=(.*)$", desktop_entry, flags=re.MULTILINE).group(1)
    # C.UTF-8 exists everywhere: a LANG naming a locale this machine has not generated makes Qt
    # write a notice to stderr, which here would read as an error of the program.
    environment = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8")
    environment.pop("WAYLAND_DISPLAY", None)
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:
        window = subprocess.Popen([str(bundle / PROGRAM), "--db", str(demo_registry)], env=environment,
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        # Wait for the main window (an error box has the same title, but is small). The deadline only
        # keeps a hung program from hanging the test run; it is no measure of speed.
        deadline = time.monotonic() + 300
        while True:
            assert window.poll() is None, f"the program ended by itself:\n{errors.read_text()}"
            assert not errors.read_text(), f"the program wrote errors:\n{errors.read_text()}"
            main = [w for w in top_level_windows(x_display) if w[0] == "Account Registry" and w[2] >= 800]
            if main:
                break
            assert time.monotonic() < deadline, f"no main window appeared: {top_level_windows(x_display)}"
            time.sleep(0.2)
        loaded = Path(f"/proc/{window.pid}/maps").read_text()
        assert window.poll() is None and not errors.read_text(), errors.read_text()
    finally:
        window.terminate()
        window.wait()

    # Docks match a window to its desktop entry by WM_CLASS (its instance or class part, as the
    # startup-notification spec allows); a mismatch shows a second, generic icon.
    assert wm_class in main[0][1]
    # The icons are SVG files of accountregistry.resources: Qt loads its SVG icon engine only for
    # an icon file it found, and draws with the xcb platform plugin, both from the bundle.
    assert f"{bundle}/_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so" in loaded
    assert f"{bundle}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" in loaded


# --- the keyring --------------------------------------------------------------------------------

def why_no_secret_service() -> str | None:
    """As tests/integration/test_secret_service.py decides: only a private session bus (scripts/dev
    test starts one with its own unlocked gnome-keyring) may be written to."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address:
        return "DBUS_SESSION_BUS_ADDRESS is not set (run the tests through scripts/dev test)"
    desktop_bus = f"unix:path={os.environ.get('XDG_RUNTIME_DIR') or f'/run/user/{os.getuid()}'}/bus"
    if address.split(",")[0] == desktop_bus and os.environ.get("ACCOUNTREGISTRY_TEST_OWN_KEYRING") != "1":
        return "this is your desktop session's bus, whose keyring the test would write to"
    from keyring.backends import SecretService

    try:
        SecretService.Keyring.priority  # noqa: B018 - raises with keyring's own explanation
    except Exception as error:  # noqa: BLE001 - any reason is a reason to skip, and is printed
        return f"{type(error).__name__}: {error}"
    return None


def test_the_bundle_keeps_a_company_login_in_the_secret_service(bundle, demo_registry):
    reason = why_no_secret_service()
    if reason:
        pytest.skip(f"no Secret Service on the session bus: {reason}")
    from keyring.backends import SecretService

    with sqlite3.connect(demo_registry) as connection:
        (account_id,) = connection.execute("SELECT min(id) FROM account WHERE kind = 'company'").fetchone()
        (registry,) = connection.execute("SELECT registry_id FROM organisation_settings").fetchone()
    entry = (APP_ID, f"registry:{registry}:account:{account_id}:password")
    service = SecretService.Keyring()  # asked directly: the test's own keyring is an in-memory one
    assert service.get_password(*entry) is None, "refusing to overwrite an existing entry"
    try:
        result = run_program(bundle, "--db", demo_registry, "credentials", "set", account_id, "--field",
                             "password", input="kodeord fra pakken – æøå\n")

        assert result.returncode == 0, result.stderr
        assert "Stored the login password" in result.stdout
        assert service.get_password(*entry) == "kodeord fra pakken – æøå"
    finally:
        if service.get_password(*entry) is not None:
            service.delete_password(*entry)


# --- what is in the folder ----------------------------------------------------------------------

def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle):
    internal = bundle / "_internal"
    files = {path.relative_to(internal).as_posix() for path in internal.rglob("*")}
    qt = "PySide6/Qt/plugins/"
    for needed in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "platformthemes/libqxdgdesktopportal.so",
                   "platforminputcontexts/libcomposeplatforminputcontextplugin.so"):
        assert qt + needed in files
    unwanted = re.compile(r"keyrings|libQt6(Network|Qml|Quick|WebEngine|Pdf|3D|Multimedia|OpenGLWidgets)"
                          r"|Qt(Network|Qml|Quick|WebEngine)\.abi3|libgtk-3|libqgtk3|libqeglfs|libqvnc|libqtiff")
    assert sorted(name for name in files if unwanted.search(name)) == []
    qt_catalogues = {Path(name).name for name in files if name.startswith("PySide6/Qt/translations/")}
    assert qt_catalogues and all(re.fullmatch(r"qt(base)?_(da|sv|nb|no|nn)\.qm", name) for name in qt_catalogues)
    # The app's own catalogues: compiled for the window (*.qm) and as written (*.ts), which the
    # Qt-free core reads for the command line's sentences.
    shipped = {path.name for path in (REPO / "resources" / "translations").glob("*.[qt][ms]")}
    bundled = {Path(name).name for name in files if name.startswith("accountregistry/resources/translations/")}
    assert bundled == shipped
    size = sum(path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    # About 150 MiB when the spec was written (ICU's data alone is 30); much more means something
    # unused came in again.
    assert size < 180 * 2**20, f"the bundle grew to {size / 2**20:.0f} MiB"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_the_bundle_carries_its_desktop_entry_metainfo_and_icons(bundle):
    share = bundle / "share"
    for folder, name in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        assert (share / folder / name).read_bytes() == (PACKAGING / name).read_bytes()
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    scalable = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO / "resources" / "icons" / "app.svg").read_bytes()
