"""How long the GUI thread's event loop stood still: a 10 ms timer's longest gap.

Long work runs in the worker (#10 item 4); a test records the gaps between the ticks
of a timer on the GUI thread meanwhile, and finds none over :data:`STALL_MS`.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer

STALL_MS = 100
#: Above this load per core the scheduler, not AMP, decides the gaps: not measured.
BUSY = 1.5


def busy() -> bool:
    """Whether the machine is too busy for a 100 ms gap to say anything about AMP
    (``AMP_MEASURE=1`` measures anyway)."""
    return os.getloadavg()[0] / (os.cpu_count() or 1) > BUSY and not os.environ.get("AMP_MEASURE")


class GapRecorder:
    """A 10 ms timer on the GUI thread; the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> GapRecorder:
        self.ticks.append(time.perf_counter())
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def longest_ms(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000
