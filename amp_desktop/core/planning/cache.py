"""The plans a window shows, kept: demand read once, plans of recent periods, patched on change.

:class:`PlanCache` holds, for one open catalogue, its programmes and the demand of a
range of months (as split by :func:`~amp_desktop.core.planning.plan.split_demand`),
and the plans of the last :data:`PLANS_KEPT` periods shown.  A period switch then
only computes, with the same function ``make_plan`` uses
(:func:`~amp_desktop.core.planning.plan.plan_from_cells`, so the numbers are the
same), and switching back to a period is instant.  A catalogue of usual size is
read whole at the first plan; for a county's ten years the months held grow to what
the periods shown need (their look-back included), never to all ten unless shown.  A change to the catalogue (:meth:`PlanCache.changed`)
drops the plans and re-reads only the demand of the programmes the change set
names.

No Qt: the window calls it on the GUI thread, or hands :meth:`PlanCache.plan` to
its worker (``ui/tasks.py``) when the demand still has to be read — never both at
once; the cache has no lock of its own.  :meth:`PlanCache.compute` only reads what
is held, so the window's worker may work out the periods near the one shown with it
while the GUI thread shows kept plans; :meth:`PlanCache.keep` then keeps them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.model import Plan, Thresholds
from amp_desktop.core.planning.period import Period, add_months, month_index
from amp_desktop.core.planning.plan import Cells, earliest_month, plan_from_cells, split_demand
from amp_desktop.core.planning.timeline import Timeline
from amp_desktop.core.progress import NO_PROGRESS

if TYPE_CHECKING:
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.planning.scenarios import Scenario
    from amp_desktop.core.progress import Progress
    from amp_desktop.core.store import Catalogue, ChangeSet

#: Plans of recently shown periods kept (dropped when the catalogue changes)...
PLANS_KEPT = 16
#: Plans made ahead (:meth:`PlanCache.keep`) and not shown yet, kept apart: they
#: never push out the plans of periods shown.
AHEAD_KEPT = 8
#: ...as long as together they hold at most this many programme-months (programmes ×
#: months of the period; a year of 1,000 programmes, 12,000, holds about 4.5 MB).
KEPT_PROGRAMME_MONTHS = 400_000
#: Planning this many programme-months (programmes × months read) or more can pass
#: half a second on a slow machine: the window does it in its worker.
SLOW_PROGRAMME_MONTHS = 100_000
#: A catalogue whose demand spans at most this many programme-months is read whole
#: at the first plan (every later period switch then only computes); a bigger one,
#: a county's ten years, only as far as the periods shown need.
HOLD_ALL_PROGRAMME_MONTHS = 100_000
ALL_MONTHS = ("0000-01", "9999-12")


class PlanCache:
    """Programmes, the demand of the months read so far, and recent plans."""

    def __init__(self, catalogue: Catalogue, kept: int = PLANS_KEPT) -> None:
        self.catalogue = catalogue
        self.kept_plans = kept
        self._plans: dict[tuple[Period, Thresholds], Plan] = {}  # least recently shown first
        self._ahead: dict[tuple[Period, Thresholds], Plan] = {}  # oldest first
        self._programmes: list[Programme] | None = None
        self._actual: Cells = {}
        self._forecast: Cells = {}
        self._months: tuple[str, str] | None = None  # first and last month held
        self._back: int | None = None  # the programmes' longest look-back, in months
        self._timelines: dict[int, Timeline | None] = {}  # by programme, of the demand held

    # -- what is held ------------------------------------------------------------
    def programmes(self) -> list[Programme]:
        """The catalogue's programmes (read once, until a change names programmes)."""
        if self._programmes is None:
            self._programmes = self.catalogue.programmes()
            self._back = None
        return self._programmes

    @property
    def months_held(self) -> tuple[str, str] | None:
        """The first and last month whose demand is held, or None before any."""
        return self._months

    def window(self, period: Period, scenario: Scenario | None = None) -> tuple[str, str]:
        """The months of demand a plan of *period* reads (its look-back included)."""
        programmes = self.programmes()
        if scenario is not None:
            programmes = [scenario.apply_to_programme(p) for p in programmes]
            return earliest_month(programmes, period), period.last
        if self._back is None:  # (the same for every period: worked out once)
            self._back = month_index(period.first) - month_index(earliest_month(programmes, period))
        return add_months(period.first, -self._back), period.last

    def cached(self, period: Period, thresholds: Thresholds) -> Plan | None:
        """The plan of *period* if one is kept (it becomes the most recently used)."""
        plan = self._plans.pop((period, thresholds), None)
        if plan is not None:
            self._plans[period, thresholds] = plan
            return plan
        plan = self._ahead.pop((period, thresholds), None)
        if plan is not None:  # made ahead, shown now
            self._keep(period, thresholds, plan)
        return plan

    def is_quick(self, period: Period, scenario: Scenario | None = None) -> bool:
        """Whether a plan of *period* needs no reading and little computing (the
        window then makes it at once instead of in its worker)."""
        if self._programmes is None:
            return False
        first, last = self.window(period, scenario)
        if not self._holds(first, last):
            return False
        months = month_index(last) - month_index(first) + 1
        return len(self._programmes) * months < SLOW_PROGRAMME_MONTHS

    def kept(self, period: Period, thresholds: Thresholds) -> bool:
        """Whether the plan of *period* is kept (without making it the most recent)."""
        return (period, thresholds) in self._plans or (period, thresholds) in self._ahead

    def holds(self, period: Period) -> bool:
        """Whether the demand a plan of *period* reads is all held (planning it then
        reads nothing: :meth:`compute` may do it in a worker)."""
        return self._programmes is not None and self._holds(*self.window(period))

    def programme_months(self, period: Period) -> int:
        """Programmes × months a plan of *period* reads (what planning it costs)."""
        first, last = self.window(period)
        return len(self.programmes()) * (month_index(last) - month_index(first) + 1)

    def compute(
        self, period: Period, thresholds: Thresholds, progress: Progress | None = None
    ) -> Plan:
        """The plan of *period* from the demand held, neither read nor kept: only
        reads the cache, so a worker may run it while the window shows kept plans
        (nothing may change the cache meanwhile).  :meth:`keep` keeps it."""
        if not self.holds(period):
            raise ValueError(f"the demand of {period.label()} is not held")
        return plan_from_cells(
            self.programmes(),
            self._actual,
            self._forecast,
            period,
            thresholds=thresholds,
            progress=progress,
            timelines=self._timelines,
        )

    def keep(self, plan: Plan) -> None:
        """Keep *plan*, made ahead by :meth:`compute`, until it is shown (asked for
        with :meth:`cached` or :meth:`plan`) or pushed out by newer ones made ahead."""
        key = (plan.period, plan.thresholds)
        if key in self._plans:
            return
        self._ahead.pop(key, None)
        self._ahead[key] = plan
        while len(self._ahead) > AHEAD_KEPT:
            del self._ahead[next(iter(self._ahead))]
        self._trim()

    def _keep(self, period: Period, thresholds: Thresholds, plan: Plan) -> None:
        self._plans.pop((period, thresholds), None)
        self._plans[period, thresholds] = plan  # most recently used last
        while len(self._plans) > self.kept_plans:
            del self._plans[next(iter(self._plans))]
        self._trim()

    def _trim(self) -> None:
        """Within :data:`KEPT_PROGRAMME_MONTHS`: plans made ahead go first, then the
        least recently shown; the newest plan shown stays."""
        held = sum(map(_size, self._plans.values())) + sum(map(_size, self._ahead.values()))
        while held > KEPT_PROGRAMME_MONTHS and self._ahead:
            held -= _size(self._ahead.pop(next(iter(self._ahead))))
        while held > KEPT_PROGRAMME_MONTHS and len(self._plans) > 1:
            held -= _size(self._plans.pop(next(iter(self._plans))))

    def _holds(self, first: str, last: str) -> bool:
        return self._months is not None and self._months[0] <= first and last <= self._months[1]

    # -- planning ----------------------------------------------------------------
    def plan(
        self,
        period: Period,
        thresholds: Thresholds | None = None,
        *,
        scenario: Scenario | None = None,
        progress: Progress | None = None,
    ) -> Plan:
        """The plan of *period*: kept, or computed (reading the months not yet held).

        Plans with a *scenario* are computed every time and not kept (a scenario
        being built changes with every edit).
        """
        thresholds = thresholds or Thresholds()
        if scenario is None:
            kept = self.cached(period, thresholds)
            if kept is not None:
                return kept
        progress = progress or NO_PROGRESS
        progress.phase(translate("Planning", "Working out the plan…"))
        self._read(*self.window(period, scenario), progress)
        progress.check()
        plan = plan_from_cells(
            self.programmes(),
            self._actual,
            self._forecast,
            period,
            scenario=scenario,
            thresholds=thresholds,
            progress=progress,
            timelines=self._timelines,
        )
        if scenario is None:
            self._keep(period, thresholds, plan)
        return plan

    def _read(self, first: str, last: str, progress: Progress) -> None:
        """Hold the demand of *first*…*last* too (only the months not held yet)."""
        if self._holds(first, last):
            return
        if self._months is None:
            ranges, held = self._first_range(first, last)
        else:
            low, high = self._months
            ranges = []
            if first < low:
                ranges.append((first, add_months(low, -1)))
            if last > high:
                ranges.append((add_months(high, 1), last))
            held = (min(first, low), max(last, high))
        if ranges:
            self._timelines.clear()  # (the programmes' months held change)
        for start, end in ranges:
            query = self.catalogue.demand_cells(start, end)
            try:
                rows = _checked(query, progress)
                actual, forecast = split_demand(itertools.chain.from_iterable(rows))
            finally:
                # Cancelled half-way: let go of the query now, while the file is open.
                close = getattr(query, "close", None)
                if close is not None:
                    close()
            for cells, more in ((self._actual, actual), (self._forecast, forecast)):
                for pid, by_month in more.items():
                    if pid in cells:
                        cells[pid].update(by_month)
                    else:
                        cells[pid] = by_month
        self._months = held

    def _first_range(self, first: str, last: str) -> tuple[list[tuple[str, str]], tuple[str, str]]:
        """What the first plan reads, and the months it then holds: all demand, if
        that is small enough (:data:`HOLD_ALL_PROGRAMME_MONTHS`; every month is then
        held, as months without demand have none to read), else *first*…*last*."""
        span = self.catalogue.demand_months()
        if span is None:
            return [], (ALL_MONTHS[0], ALL_MONTHS[1])
        months = month_index(span[1]) - month_index(span[0]) + 1
        if len(self.programmes()) * months > HOLD_ALL_PROGRAMME_MONTHS:
            return [(first, last)], (first, last)
        return [span], (ALL_MONTHS[0], ALL_MONTHS[1])

    # -- following the catalogue ----------------------------------------------------
    def changed(self, change: ChangeSet) -> None:
        """The catalogue changed by *change*: drop the plans; re-read the programmes
        if it names any, and the held months of demand of every programme it names."""
        self._plans.clear()
        self._ahead.clear()
        ids = {c.id for c in change.programmes} | {d.key.programme_id for d in change.demand}
        if change.programmes:
            self._programmes = None
        if not ids or self._months is None:
            return
        first, last = self._months
        actual, forecast = split_demand(self.catalogue.demand_window(sorted(ids), first, last))
        for held, fresh in ((self._actual, actual), (self._forecast, forecast)):
            for pid in ids:
                if pid in fresh:
                    held[pid] = fresh[pid]
                else:
                    held.pop(pid, None)
        for pid in ids:
            self._timelines.pop(pid, None)

    def reload(self) -> None:
        """Forget everything (the file was changed by another AMP)."""
        self._plans.clear()
        self._ahead.clear()
        self._programmes = None
        self._actual = {}
        self._forecast = {}
        self._timelines = {}
        self._months = None


def _size(plan: Plan) -> int:
    """Programme-months of *plan* (what holding it costs)."""
    return len(plan.programmes) * len(plan.period)


Row = TypeVar("Row")


def _checked(
    rows: Iterable[Row], progress: Progress, batch: int = 65_536
) -> Iterator[Iterable[Row]]:
    """*rows* in runs of *batch*, with a look at Cancel before each (for
    ``itertools.chain.from_iterable``: the runs are read lazily, in C)."""
    remaining = iter(rows)
    for first in remaining:
        progress.check()
        yield (first,)
        yield itertools.islice(remaining, batch - 1)
