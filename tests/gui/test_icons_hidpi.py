"""Icons stay crisp at 200 %: every icon the window uses is drawn from its SVG at the size the
screen needs (32 device pixels for a 16-pixel icon), not a 16-pixel picture blown up.

At a device pixel ratio of 2, QIcon asks its engine for a 32×32 pixmap. Qt's SVG icon engine
draws the vector again at that size; without it, an .svg would be read once as a bitmap at its
own size and scaled, which blurs edges and text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QPluginLoader, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from accountregistry.domain.platforms import PLATFORMS
from accountregistry.gui.app import app_icon, icon, icons_folder, platform_icon

LOGICAL = 16
RATIO = 2.0
DEVICE = int(LOGICAL * RATIO)


def svg_files() -> list[Path]:
    return sorted(icons_folder().glob("*.svg"))


def drawn_from_svg(path: Path, size: int) -> QImage:
    """The SVG drawn straight at `size` device pixels, centred with its aspect kept, as Qt's SVG
    icon engine draws it."""
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter)
    painter.end()
    return image


def scaled_up(path: Path) -> QImage:
    """What a blurry icon looks like: drawn at 16 pixels, then stretched to 32."""
    return drawn_from_svg(path, LOGICAL).scaled(DEVICE, DEVICE, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation)


def difference(first: QImage, second: QImage) -> tuple[float, int]:
    """Mean and largest difference of the colour channels, over every pixel."""
    first = first.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    second = second.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert first.size() == second.size()
    total, largest, count = 0, 0, 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            for one, other in ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()),
                               (a.alpha(), b.alpha())):
                total += abs(one - other)
                largest = max(largest, abs(one - other))
                count += 1
    return total / count, largest


def icons_in_use() -> dict[str, tuple[QIcon, Path]]:
    """Every icon the window asks gui/app.py for, with the SVG it should come from."""
    folder = icons_folder()
    used = {"app_icon()": (app_icon(), folder / "app.svg")}
    for platform in PLATFORMS:
        own = folder / f"platform-{platform.id}.svg"
        used[f"platform_icon({platform.id!r})"] = (platform_icon(platform.id),
                                                  own if own.is_file() else folder / "platform-other.svg")
    for path in svg_files():
        used[f"icon({path.stem!r})"] = (icon(path.stem), path)
    return used


def test_the_svg_icon_engine_plugin_is_there_and_loads():
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "iconengines"
    [plugin] = [path for path in folder.iterdir() if "svgicon" in path.name]
    loader = QPluginLoader(str(plugin))
    assert loader.load(), loader.errorString()
    keys = loader.metaData()["MetaData"]["Keys"]
    assert "svg" in keys


def test_there_are_icons_to_look_at():
    names = {path.name for path in svg_files()}
    assert "app.svg" in names and "platform-other.svg" in names
    assert len(names) >= 13
    assert len(icons_in_use()) == 1 + len(PLATFORMS) + len(names)


@pytest.mark.parametrize("name", sorted(icons_in_use()))
def test_an_icon_at_200_percent_is_drawn_from_its_svg_at_32_pixels(name):
    shown, source = icons_in_use()[name]
    assert not shown.isNull(), name
    pixmap = shown.pixmap(QSize(LOGICAL, LOGICAL), RATIO)
    assert pixmap.devicePixelRatio() == RATIO
    assert (pixmap.width(), pixmap.height()) == (DEVICE, DEVICE)  # 32 device pixels for 16 on screen
    assert pixmap.deviceIndependentSize().toSize() == QSize(LOGICAL, LOGICAL)

    crisp = drawn_from_svg(source, DEVICE)
    mean, largest = difference(pixmap.toImage(), crisp)
    assert mean < 0.5 and largest <= 8, (name, mean, largest)  # the same picture, pixel for pixel or nearly
    # A 16-pixel picture stretched to 32 is told apart by the same measure.
    blurred_mean, blurred_largest = difference(pixmap.toImage(), scaled_up(source))
    assert blurred_mean > 5 and blurred_largest > 40, (name, blurred_mean, blurred_largest)
