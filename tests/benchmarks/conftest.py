"""Benchmarks run only when asked for with `-m benchmark`; otherwise they are skipped, with the
reason shown, so that the normal suite stays fast.

Benchmarks that take the `scale` fixture run once per registry size in BENCHMARK_SCALE
(accounts, comma-separated; default 100000, the designed size): `BENCHMARK_SCALE=10000,100000,300000`.
`registry_at_scale` is that registry's file, built once per run and size (people and role grants
in the designed proportions, from scale_data).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SKIP_REASON = "benchmark: run with -m benchmark"
SCALES = [int(n) for n in os.environ.get("BENCHMARK_SCALE", "100000").split(",") if n.strip()]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "benchmark" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if item.get_closest_marker("benchmark") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session", params=SCALES, ids=[f"{n // 1000}k" if n >= 1000 else str(n) for n in SCALES])
def scale(request) -> int:
    return request.param


_built: dict[int, Path] = {}


@pytest.fixture(scope="session")
def registry_at_scale(scale, tmp_path_factory) -> Path:
    if scale not in _built:
        from scale_data import build_registry

        path = tmp_path_factory.mktemp(f"registry-{scale}") / "registry.sqlite3"
        build_registry(path, scale)
        _built[scale] = path
    return _built[scale]
