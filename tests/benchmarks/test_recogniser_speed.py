"""Recognising 100,000 pasted addresses, against its floor.

recogniser: `recognise_url` of each address (cleaning, unwrapping, the platform table, the
            canonical URL; refusals included, caught as a caller would).
floor:      `urllib.parse.urlsplit` of the same 100,000 addresses, which is where any
            recogniser has to start.

The addresses are the real-world shapes of tests/domain/address_shapes.py, each made distinct
(a different name per copy) so that no cache can help. Both sides run the same list, in
alternating rounds; printed are the medians and the ratio, and whether the issue's aim (at most
10x the floor) is met. Not a timed test: only correctness is asserted.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from accountregistry.domain.platforms import UrlNotRecognised, recognise_url

sys.path.insert(0, str(Path(__file__).parents[1] / "domain"))
from address_shapes import SHAPES  # noqa: E402

pytestmark = pytest.mark.benchmark

ADDRESSES = 100_000
ROUNDS = 5
AIM = 10.0


def corpus() -> list[str]:
    shapes = [text for text, _, _ in SHAPES]
    out = []
    for i in range(ADDRESSES):
        text = shapes[i % len(shapes)]
        copy = i // len(shapes)
        # A different account per copy where the shape ends in a name; refusals stay refusals.
        out.append(text.replace("nordlys", f"nordlys{copy}") if "nordlys" in text else text)
    return out


def taken(read, refusal: type[Exception], addresses: list[str]) -> int:
    """How many of `addresses` `read` takes; its `refusal` is caught as a caller would. Both
    sides run through this one loop."""
    count = 0
    for text in addresses:
        try:
            read(text)
            count += 1
        except refusal:
            pass
    return count


def test_recognising_100000_addresses_against_urlsplit():
    addresses = corpus()
    recogniser, floor = [], []
    accepted = parsed = 0
    for _ in range(ROUNDS):
        began = time.perf_counter()
        accepted = taken(recognise_url, UrlNotRecognised, addresses)
        recogniser.append(time.perf_counter() - began)
        began = time.perf_counter()
        parsed = taken(urlsplit, ValueError, addresses)
        floor.append(time.perf_counter() - began)
    ours, base = statistics.median(recogniser), statistics.median(floor)
    ratio = ours / base
    print("\n".join([
        "",
        f"recogniser speed: {ADDRESSES:,} pasted addresses ({accepted:,} accounts, {ADDRESSES - accepted:,} "
        f"refusals), median of {ROUNDS} alternating rounds",
        f"{'':<12}{'s':>8}{'µs/address':>12}",
        f"{'recogniser':<12}{ours:>8.2f}{ours / ADDRESSES * 1e6:>12.1f}",
        f"{'urlsplit':<12}{base:>8.2f}{base / ADDRESSES * 1e6:>12.1f}",
        f"{'ratio':<12}{ratio:>8.1f}",
        f"aim: at most {AIM:.0f}x the floor: {'met' if ratio <= AIM else 'NOT met'}",
    ]))
    assert parsed == ADDRESSES and 0 < accepted < ADDRESSES
