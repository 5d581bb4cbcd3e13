"""Timing shared by the benchmarks: the best of several runs."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def best_of(function: Callable[[], T], runs: int = 3) -> tuple[float, T]:
    """Run *function* *runs* times; the shortest time in seconds and the last result."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return min(times), result
