"""The app icon in every size desktops ask for, rendered from resources/icons/app.svg by
packaging/render_icons.py (the bundle's build runs it the same way, as a separate program)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from bundle_support import PACKAGING, REPO
from PySide6.QtGui import QColor, QImage

from accountregistry import APP_ID

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BACKGROUND, CARD = QColor("#2f5d62"), QColor("#f4f1e8")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    output = tmp_path_factory.mktemp("icons")
    result = subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), str(output)],
                            capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                            check=False)
    assert result.returncode == 0, result.stderr
    return output / "hicolor"


def close(color: QColor, expected: QColor) -> bool:
    return max(abs(color.red() - expected.red()), abs(color.green() - expected.green()),
               abs(color.blue() - expected.blue())) <= 12 and color.alpha() == 255


def test_every_size_is_rendered_in_the_hicolor_layout(rendered):
    for size in SIZES:
        image = QImage(str(rendered / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        # Opaque in the middle, transparent in the rounded corner.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0
    assert (rendered / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == \
        (REPO / "resources" / "icons" / "app.svg").read_bytes()


def test_the_rows_of_the_ledger_card_stay_separate_lines_at_16_pixels(rendered):
    # The SVG's edges sit on whole pixels at 16 px: each row is one dark line with a light gap
    # under it, not a grey smear.
    image = QImage(str(rendered / "16x16" / "apps" / f"{APP_ID}.png"))
    for x in (5, 6, 7):  # the first two rows; the short third one ends at x = 6
        assert [close(image.pixelColor(x, y), BACKGROUND) for y in (5, 7)] == [True, True]
        assert [close(image.pixelColor(x, y), CARD) for y in (4, 6, 8, 10)] == [True] * 4
    assert close(image.pixelColor(5, 9), BACKGROUND)


def test_a_missing_output_folder_argument_is_refused_with_the_usage():
    result = subprocess.run([sys.executable, str(PACKAGING / "render_icons.py")], capture_output=True,
                            text=True, check=False)

    assert result.returncode == 2
    assert "usage: python packaging/render_icons.py OUTPUT_FOLDER" in result.stderr
