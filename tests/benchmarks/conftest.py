"""Benchmarks run only when asked for with `-m benchmark`; otherwise they are skipped, with the
reason shown, so that the normal suite stays fast."""

from __future__ import annotations

import pytest

SKIP_REASON = "benchmark: run with -m benchmark"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "benchmark" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if item.get_closest_marker("benchmark") is not None:
            item.add_marker(skip)
