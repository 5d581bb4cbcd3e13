"""Programme plans one at a time, reading demand a chunk of programmes at a time.

A county-sized catalogue (10,000 programmes, ten years × 20 sources of demand) has
24 million demand cells; holding them all, or even one year's with its look-back,
costs gigabytes.  :func:`programme_plans` reads the demand of :data:`CHUNK`
programmes, each only as far back as its own stay and season need
(:func:`~amp_desktop.core.planning.capacity.lookback_months`), computes their
plans and forgets the cells, so memory stays that of one chunk and time grows in
a straight line with the programmes.  ``make_plan`` keeps the plans it gets; the
JSON writer (:mod:`~amp_desktop.core.planning.plan_json`) writes each and drops
its months.  The numbers are exactly those of :func:`plan_from_cells` over all the
demand at once: each programme's plan reads only its own window of months.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.capacity import lookback_months, plan_programme
from amp_desktop.core.planning.model import ProgrammePlan, Thresholds
from amp_desktop.core.planning.period import Period, add_months
from amp_desktop.core.planning.plan import Cells, by_name, split_demand
from amp_desktop.core.progress import NO_PROGRESS

if TYPE_CHECKING:
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.planning.scenarios import Scenario
    from amp_desktop.core.progress import Progress
    from amp_desktop.core.store import Catalogue

#: Programmes whose demand is read together (one query per distinct look-back)…
CHUNK = 200
#: …fewer for a long period: at most about this many programme-months at once.
CHUNK_MONTHS = 6_000


def first_month(programme: Programme, period: Period) -> str:
    """The first month of demand the plan of *programme* over *period* reads."""
    back = lookback_months(programme.average_stay_months, bool(programme.months))
    return add_months(period.first, -back)


def read_cells(
    catalogue: Catalogue, programmes: list[Programme], period: Period
) -> tuple[Cells, Cells]:
    """The demand (actual, forecast) of *programmes*, each from its own first month
    to the end of *period*: one query per distinct first month."""
    ids_by_first: dict[str, list[int]] = {}
    for programme in programmes:
        ids_by_first.setdefault(first_month(programme, period), []).append(programme.id or 0)
    actual: Cells = {}
    forecast: Cells = {}
    for first, ids in sorted(ids_by_first.items()):
        more_actual, more_forecast = split_demand(
            catalogue.demand_window(sorted(ids), first, period.last)
        )
        actual.update(more_actual)
        forecast.update(more_forecast)
    return actual, forecast


def programme_plans(
    catalogue: Catalogue,
    period: Period,
    *,
    scenario: Scenario | None = None,
    thresholds: Thresholds | None = None,
    needed_by_source: dict[str, float] | None = None,
    progress: Progress | None = None,
) -> Iterator[ProgrammePlan]:
    """The plan of every programme of *catalogue* over *period*, by name.

    Each programme's mean needed places per referral source are added to
    *needed_by_source* as its plan is made (as :func:`plan_from_cells` does).
    *progress* gets one step per programme; cancelling stops between two chunks.
    """
    progress = progress or NO_PROGRESS
    thresholds = thresholds or Thresholds()
    programmes = by_name(catalogue.programmes())
    progress.phase(translate("Planning", "Working out the plan…"), len(programmes))
    size = max(10, min(CHUNK, CHUNK_MONTHS // (len(period) + 12)))
    for start in range(0, len(programmes), size):
        chunk = programmes[start : start + size]
        if scenario is not None:
            chunk = [scenario.apply_to_programme(p) for p in chunk]
        actual, forecast = read_cells(catalogue, chunk, period)
        progress.step(start)
        for programme in chunk:
            pid = programme.id or 0
            adjust: Callable[[dict[str, float]], dict[str, float]] | None = None
            if scenario is not None:
                adjust = scenario.demand_adjuster(pid)
            yield plan_programme(
                programme,
                period,
                actual.pop(pid, {}),
                forecast.pop(pid, {}),
                thresholds,
                needed_by_source,
                adjust,
            )
    progress.step(len(programmes))
