"""Round numbers for a chart's value axis: the screen's charts and the printed one."""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Steps tried in each power of ten.
_STEPS = (1.0, 2.0, 2.5, 5.0)


@dataclass(frozen=True)
class Axis:
    """An axis from 0 to ``top`` in steps of ``step`` (``top`` is a whole number of steps)."""

    top: float
    step: float

    @property
    def tick_count(self) -> int:
        """Lines drawn, 0 and ``top`` included."""
        return round(self.top / self.step) + 1

    def ticks(self) -> list[float]:
        return [self.step * i for i in range(self.tick_count)]


def nice_axis(largest: float, most: int = 8, headroom: float = 0.0) -> Axis:
    """The axis with the smallest round step (1, 2, 2.5 or 5 × 10ⁿ) that reaches
    *largest* (plus *headroom*, a fraction of it) in at most *most* steps.

    Whole-number steps only from 1 up: bars count places and referrals.  An empty
    chart (largest ≤ 0) gets 0–5 in steps of 1.
    """
    if not largest > 0 or math.isinf(largest):
        return Axis(5.0, 1.0)
    target = largest * (1.0 + headroom)
    magnitude = 10.0 ** max(0, math.floor(math.log10(target / most)))
    while True:
        for multiple in _STEPS:
            step = multiple * magnitude
            if step < 1.0 or (magnitude == 1.0 and multiple == 2.5):
                continue  # no 2.5-place steps: whole places on the axis
            count = math.ceil(target / step - 1e-9)
            if count <= most:
                return Axis(max(count, 1) * step, step)
        magnitude *= 10.0
