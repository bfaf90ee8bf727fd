"""The desktop entry and the AppStream metainfo: valid for the tools software centres and desktops
run on them, and telling the same story as the program (one id, one binary, this version)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from xml.etree import ElementTree

import pytest
from bundle_support import PACKAGING, PROGRAM, REPO

from accountregistry import APP_ID, APP_NAME, __version__

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing (Debian package {package}); scripts/dev test installs it when root")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_metainfo_passes_appstreamcli_validate():
    # --no-net: nothing to fetch; --strict: a warning fails too, not only an error.
    result = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", "--strict", "--explain",
                             str(METAINFO)], capture_output=True, text=True, check=False)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_the_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
                            capture_output=True, text=True, check=False)

    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_desktop_entry_metainfo_icon_and_program_share_one_id():
    component = ElementTree.parse(METAINFO).getroot()
    entry = desktop_entry()
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]

    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert entry["Icon"] == APP_ID  # the name render_icons.py gives the PNGs and the SVG
    assert component.findtext("name") == entry["Name"] == APP_NAME
    # The command the desktop starts is the one pip installs and the one the bundle is named.
    assert component.findtext("provides/binary") == entry["Exec"].split()[0] == PROGRAM
    assert PROGRAM in scripts


def test_the_newest_release_in_the_metainfo_is_this_version():
    releases = ElementTree.parse(METAINFO).getroot().findall("releases/release")

    assert releases, "software centres show the release history; list at least this one"
    assert releases[0].get("version") == __version__, "add a <release> for the new version, newest first"
