"""Every window test runs inside the one QApplication pytest-qt makes, whatever order the
tests run in (fonts, pixmaps and locales need it before the first widget exists)."""

import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp
