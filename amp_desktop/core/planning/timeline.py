"""A programme's demand month by month as its plans read it, worked out once for every
period the window plans from the same demand (:class:`~amp_desktop.core.planning.cache.PlanCache`).

For each month from the programme's first month with demand to its last: the
referrals by source that count (actual if any, else the forecast, see
:mod:`~amp_desktop.core.planning.capacity`), their basis and their sum; and, for a
programme that runs all year with a known stay, the places needed in each month
through the months its last referrals still occupy.  None of it depends on the
period: a plan of any period takes slices of these lists (months outside them have
no demand) instead of looking every month up again.  The needed places are the same
numbers :func:`~amp_desktop.core.planning.capacity.needed_series` gives over a
plan's own months: a month's needed places add the same referrals, in the same
order, from months that all lie inside the plan's look-back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning.period import month_index, month_text

KindCells = Mapping[str, dict[str, float]]


@dataclass(frozen=True)
class Timeline:
    """One programme's months of demand, from month index :attr:`start` on."""

    start: int
    cells: list[dict[str, float]]  # the referrals by source that count ({}: none)
    bases: list[str]  # "actual", "forecast" or "none"
    arrivals: list[float]  # their sum (0 where there are none, as sum() gives it)
    stay: float | None
    running: tuple[int, ...]
    #: Places needed from :attr:`start` through the last month the demand occupies
    #: places (programmes running all year with a stay), else None.
    needed: list[float] | None

    def fits(self, programme: Programme) -> bool:
        """Whether this timeline was made for *programme* as it is (stay, season)."""
        return self.stay == programme.average_stay_months and self.running == tuple(
            programme.months
        )

    def cells_at(self, first: int, size: int) -> list[dict[str, float]]:
        """The cells of the *size* months from month index *first* on."""
        return _slice(self.cells, first - self.start, size, None)  # type: ignore[arg-type]

    def bases_at(self, first: int, size: int) -> list[str]:
        return _slice(self.bases, first - self.start, size, "none")

    def arrivals_at(self, first: int, size: int) -> list[float]:
        return _slice(self.arrivals, first - self.start, size, 0)

    def needed_at(self, first: int, size: int) -> list[float] | None:
        """Places needed in the *size* months from *first* on (0.0 where no referral
        occupies a place), or None if they are not worked out here."""
        if self.needed is None:
            return None
        return _slice(self.needed, first - self.start, size, 0.0)


def _slice(values: list, offset: int, size: int, pad: object) -> list:  # type: ignore[type-arg]
    """``values[offset:offset + size]``, filled with *pad* where that is outside
    *values* (a pad of None: a new empty dict for each month)."""
    if offset >= 0 and offset + size <= len(values):
        return values[offset : offset + size]
    before = min(max(-offset, 0), size)
    inside = values[max(offset, 0) : max(offset + size, 0)]
    after = size - before - len(inside)
    if pad is None:
        return [{} for _ in range(before)] + inside + [{} for _ in range(after)]
    return [pad] * before + inside + [pad] * after


def make_timeline(programme: Programme, actual: KindCells, forecast: KindCells) -> Timeline | None:
    """The timeline of *programme* from its demand (None if it has none)."""
    from amp_desktop.core.planning.capacity import lookback_months, needed_series

    held = [month_index(m) for m in (*actual, *forecast)]
    if not held:
        return None
    start, end = min(held), max(held)
    months = [month_text(i) for i in range(start, end + 1)]
    found = list(zip(map(actual.get, months), map(forecast.get, months), strict=True))
    cells = [a or f or {} for a, f in found]
    bases = ["actual" if a else "forecast" if f else "none" for a, f in found]
    arrivals = list(map(sum, map(dict.values, cells)))
    stay = programme.average_stay_months
    needed = None
    if stay and not programme.months:
        # (the months after the last referrals, while they still occupy places)
        needed = needed_series(arrivals + [0] * lookback_months(stay), stay)
    return Timeline(start, cells, bases, arrivals, stay, tuple(programme.months), needed)
