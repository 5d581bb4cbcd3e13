"""The capacity arithmetic: demand chosen per month, places needed, one programme's plan.

Pure functions, no SQL, no Qt; the one place where AMP turns referrals into places.

**Which demand counts.**  Demand is stored per programme, month and referral
source, of two kinds.  For each programme and month: if *any* actual referrals are
recorded, the month uses the actual referrals (all sources) and its basis is
``"actual"``; otherwise the forecast, basis ``"forecast"``; with neither the month
has 0 referrals and basis ``"none"``.  Actuals and forecasts are never mixed
within one month.

**Places needed (occupancy).**  A referral arriving in month *k* occupies a place
for the average stay of *W* months (W = weeks × 12 / 52), starting in month *k*:
it counts 1 in each of the first ⌊W⌋ months (k, k+1, …) and the fraction
W − ⌊W⌋ in the month after those.  So the weight of month *k + j* is
``w_j = min(1, max(0, W − j))`` and the places needed in month *m* are::

    needed(m) = Σ_j  w_j × referrals(m − j)

With steady demand of λ a month this is λ × Σ w_j = λ × W — Little's law (12 a
month × 6 months = 72).  Examples: W = 2.5 → weights 1, 1, 0.5; a stay shorter
than a month, W = 0.5 → one weight 0.5 (10 referrals need 5 places in their
month).  Because the first months of a period are filled by referrals from
*before* it, demand is read from ``ceil(W) − 1`` months before the period
(:func:`lookback_months`); months before the first recorded demand count as 0,
so needed places in the first months of the data are understated.

**Seasonal programmes** (``Programme.months`` non-empty) have their places only in
the months they run; in other months places are 0.  A referral arriving in a
month the programme does not run waits for the next month it runs and starts its
stay there (summer-job applications in April start in June).  To see those
referrals, a seasonal programme's look-back is 11 months longer.

**Over the period** a programme's ``needed_places`` is the mean of its monthly
needed places over the months it runs in the period; utilisation = needed ÷
places, gap = places − needed.  ``referrals_per_month`` is the period's referrals
÷ the period's months.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning.model import MonthPlan, ProgrammePlan, Thresholds
from amp_desktop.core.planning.period import Period, month_index, month_text
from amp_desktop.core.planning.source_sums import source_sums as source_sums  # re-exported
from amp_desktop.core.planning.source_sums import sums_at
from amp_desktop.core.planning.timeline import Timeline

DEFAULT_THRESHOLDS = Thresholds()

#: Demand of one programme: month → (referrals by source, kind) for each kind.
KindCells = Mapping[str, dict[str, float]]


def stay_weights(stay_months: float) -> list[float]:
    """Occupancy of a referral in its month and the following ones (see module doc)."""
    if stay_months <= 0:
        return []
    count = math.ceil(stay_months)
    return [min(1.0, stay_months - j) for j in range(count)]


@functools.lru_cache(maxsize=256)  # the stays in use
def _weights(stay_months: float) -> tuple[float, ...]:
    return tuple(stay_weights(stay_months))


def lookback_months(stay_months: float | None, seasonal: bool = False) -> int:
    """How many months before a period its needed places depend on."""
    base = max(math.ceil(stay_months) - 1, 0) if stay_months else 0
    return base + (11 if seasonal else 0)


def choose_demand(
    actual: dict[str, float] | None, forecast: dict[str, float] | None
) -> tuple[dict[str, float], str]:
    """One month's referrals by source and their basis: actual if any, else forecast."""
    # No copies: the month plans own the dicts split_demand made for this plan.
    if actual:
        return actual, "actual"
    if forecast:
        return forecast, "forecast"
    return {}, "none"


def start_months(months: Sequence[str], running: Sequence[int]) -> list[int | None]:
    """For each month, the position in *months* where its referrals start their stay.

    All-year programmes start at once; a seasonal one's referrals wait for the next
    month it runs (None when that is after the last of *months*).
    """
    if not running:
        return list(range(len(months)))
    runs = [int(m[5:7]) in running for m in months]
    out: list[int | None] = [None] * len(months)
    following: int | None = None
    for position in range(len(months) - 1, -1, -1):
        if runs[position]:
            following = position
        out[position] = following
    return out


def needed_series(
    arrivals: Sequence[float], stay_months: float, starts: Sequence[int | None] | None = None
) -> list[float]:
    """Places needed in each month from the referrals arriving in each month.

    *starts* (from :func:`start_months`) moves a month's referrals to the month
    their stay begins; by default each starts the month it arrives.
    """
    weights = _weights(stay_months)
    size = len(arrivals)
    if starts is not None:
        begun = [0.0] * size
        for value, start in zip(arrivals, starts, strict=True):
            if value and start is not None:
                begun[start] += value
        arrivals = begun
    needed = [0.0] * size
    # One shifted copy of the arrivals per month of stay, added in C; the last
    # month first, so each month sums the earliest referrals first.
    for j in range(min(len(weights), size) - 1, -1, -1):
        weight, earlier = weights[j], arrivals[: size - j]
        if weight != 1.0:
            earlier = [value * weight for value in earlier]
        needed[j:] = map(operator.add, needed[j:], earlier)
    return needed


def needed_coefficients(
    size: int,
    stay_months: float,
    counted: Sequence[int],
    starts: Sequence[int | None] | None = None,
) -> list[float]:
    """How much one referral in each month adds to the mean needed places over
    the months at positions *counted*.  Needed places are linear in referrals, so
    ``mean needed = Σ referrals(k) × coefficient(k)``; used to split needed places
    among referral sources without recomputing the series per source."""
    if not counted:
        return [0.0] * size
    weights = stay_weights(stay_months)
    counted_set = set(counted)
    share = 1.0 / len(counted)
    out = [0.0] * size
    for position in range(size):
        start = position if starts is None else starts[position]
        if start is None:
            continue
        total = 0.0
        for j, weight in enumerate(weights):
            if start + j in counted_set:
                total += weight
        out[position] = total * share
    return out


def _ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def programme_status(
    places: int, needed: float | None, running_in_period: bool, thresholds: Thresholds
) -> str:
    """The programme's status over a period (see :mod:`~amp_desktop.core.planning.model`)."""
    if not running_in_period:
        return "off_season"
    if needed is None:
        return "no_stay"
    if places <= 0:
        return "no_places"
    return thresholds.status(needed / places)


def _basis(bases: Sequence[str]) -> str:
    kinds = {b for b in bases if b != "none"}
    if not kinds:
        return "none"
    return kinds.pop() if len(kinds) == 1 else "mixed"


@dataclass(frozen=True)
class _Shape:
    """What a programme's plan over a period depends on besides its demand: the
    months read (look-back included), where the period starts in them, which months
    the programme runs, where referrals start their stay, and how much one referral
    in each month adds to the mean needed places.  The same for every programme
    with the same stay and season, so :func:`_shape` computes it once per plan,
    together with what :func:`source_sums` would work out from the weightings."""

    window: tuple[str, ...]
    back: int
    running: tuple[bool, ...]  # per month of the period
    starts: tuple[int | None, ...] | None
    coefficients: tuple[float, ...] | None  # None: stay unknown or no running month
    in_period: tuple[float, ...] = ()  # 0 for the look-back, 1 for the period's months
    running_at: tuple[int, ...] = ()  # positions in the window of the months it runs
    #: For the weightings (in_period,) and (in_period, coefficients): the positions
    #: with a weight, and the weightings at those positions.
    live: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
    factors: tuple[tuple[tuple[float, ...], ...], ...] = ((), ())


@functools.lru_cache(maxsize=4096)  # a few dozen stays × periods in use
def _shape(first: int, last: int, stay: float | None, running: tuple[int, ...]) -> _Shape:
    back = lookback_months(stay, bool(running))
    window = tuple(month_text(i) for i in range(first - back, last + 1))
    runs = tuple(not running or int(m[5:7]) in running for m in window[back:])
    starts = tuple(start_months(window, running)) if running else None
    counted = [back + i for i, runs_then in enumerate(runs) if runs_then]
    coefficients = None
    if stay and counted:
        coefficients = tuple(needed_coefficients(len(window), stay, counted, starts))
    in_period = (0.0,) * back + (1.0,) * len(runs)
    live, factors = [], []
    for weightings in ((in_period,), (in_period, coefficients or in_period)):
        positions = tuple(i for i in range(len(window)) if any(w[i] for w in weightings))
        live.append(positions)
        factors.append(tuple(tuple(w[i] for i in positions) for w in weightings))
    return _Shape(
        window,
        back,
        runs,
        starts,
        coefficients,
        in_period,
        tuple(counted),
        (live[0], live[1]),
        (factors[0], factors[1]),
    )


def plan_programme(
    programme: Programme,
    period: Period,
    actual: KindCells,
    forecast: KindCells,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    needed_by_source: dict[str, float] | None = None,
    adjust: Callable[[dict[str, float]], dict[str, float]] | None = None,
    timeline: Timeline | None = None,
) -> ProgrammePlan:
    """The plan of one programme over *period*.

    *actual* and *forecast* map ``"YYYY-MM"`` → referrals by source, and should
    reach back :func:`lookback_months` before the period.  If *needed_by_source* is
    given, the programme's mean needed places per referral source are added to it.
    *adjust* (a scenario's) changes each month's referrals by source after the
    basis is chosen.  *timeline*, made from the same *actual* and *forecast* for the
    programme as it is (:func:`~amp_desktop.core.planning.timeline.make_timeline`),
    saves looking the months up again: the plan is the same.
    """
    stay = programme.average_stay_months
    first = month_index(period.first)
    shape = _shape(first, month_index(period.last), stay, tuple(programme.months))
    window, back = shape.window, shape.back
    needed: list[float] | None
    if timeline is not None and adjust is None:
        start, size = first - back, len(window)
        cells_by_month = timeline.cells_at(start, size)
        bases = timeline.bases_at(first, size - back)
        arrivals = timeline.arrivals_at(start, size)
        needed = timeline.needed_at(start, size)
        if needed is None and stay:
            needed = needed_series(arrivals, stay, shape.starts)
    else:
        # Each month: the actual referrals if any, else the forecast (see the module doc).
        found = list(zip(map(actual.get, window), map(forecast.get, window), strict=True))
        cells_by_month = [a or f or {} for a, f in found]
        bases = ["actual" if a else "forecast" if f else "none" for a, f in found[back:]]
        if adjust is not None:
            cells_by_month = [adjust(cells) for cells in cells_by_month]
        arrivals = list(map(sum, map(dict.values, cells_by_month)))
        needed = needed_series(arrivals, stay, shape.starts) if stay else None
    places = programme.places
    month_places = [places if is_running else 0 for is_running in shape.running]
    if needed is None:
        months = [
            MonthPlan(w, a, c, b, r, p, None, None, None)
            for w, a, c, b, r, p in zip(
                window[back:],
                arrivals[back:],
                cells_by_month[back:],
                bases,
                shape.running,
                month_places,
                strict=True,
            )
        ]
    else:
        months = [
            MonthPlan(w, a, c, b, r, p, n, p - n, n / p if p else None)
            for w, a, c, b, r, p, n in zip(
                window[back:],
                arrivals[back:],
                cells_by_month[back:],
                bases,
                shape.running,
                month_places,
                needed[back:],
                strict=True,
            )
        ]
    if needed_by_source is None or shape.coefficients is None:
        (by_source,) = sums_at(
            cells_by_month, (shape.in_period,), shape.live[0], shape.factors[0], back
        )
    else:
        by_source, by_source_needed = sums_at(
            cells_by_month,
            (shape.in_period, shape.coefficients),
            shape.live[1],
            shape.factors[1],
            back,
        )
        for source, value in by_source_needed.items():
            needed_by_source[source] = needed_by_source.get(source, 0.0) + value
    return _summarise(
        programme, months, by_source, stay, thresholds, shape, arrivals, needed, bases
    )


def _summarise(
    programme: Programme,
    months: list[MonthPlan],
    by_source: dict[str, float],
    stay: float | None,
    thresholds: Thresholds,
    shape: _Shape,
    arrivals: list[float],
    needed_by_month: list[float] | None,
    bases: list[str],
) -> ProgrammePlan:
    """The programme over the period from its months (the window's referrals and
    needed places as :func:`plan_programme` made them, the period's bases)."""
    back = shape.back
    count = len(months)
    total = sum(arrivals[back:])
    running_in_period = bool(shape.running_at)
    needed: float | None = None
    peak_at: int | None = None
    months_short = 0
    places = programme.places
    if needed_by_month is not None and running_in_period:
        running_needed = [needed_by_month[p] or 0.0 for p in shape.running_at]
        needed = sum(running_needed) / len(running_needed)
        # The first month at the top: months equal but for float noise count as equal.
        top = max(running_needed) - 1e-9
        peak_at = next(p for p, n in zip(shape.running_at, running_needed, strict=True) if n >= top)
        limit = places * (thresholds.short_above + 1e-9)
        months_short = sum(1 for n in running_needed if n > limit)
    elif stay:
        needed = 0.0
    budget = programme.annual_budget_sek
    per_month = total / count if count else 0.0
    gap = places - needed if needed is not None and running_in_period else None
    peak_month = shape.window[peak_at] if peak_at is not None else None
    peak_needed = (
        needed_by_month[peak_at] if needed_by_month is not None and peak_at is not None else None
    )
    return ProgrammePlan(
        id=programme.id or 0,
        name=programme.name,
        code=programme.code,
        unit=programme.unit,
        type=programme.type.value,
        places=places,
        budgeted_places=programme.budgeted_places,
        annual_budget_sek=budget,
        average_stay_weeks=programme.average_stay_weeks,
        average_stay_months=stay,
        referrals_per_month=per_month,
        referrals_by_source={s: v / count for s, v in sorted(by_source.items())},
        needed_places=needed,
        utilisation=_ratio(needed, places) if running_in_period else None,
        gap=gap,
        status=programme_status(places, needed, running_in_period, thresholds),
        cost_per_place_sek=_ratio(budget, places),
        cost_per_referral_sek=_ratio(budget, per_month * 12),
        basis=_basis(bases),
        months=months,
        running_months=tuple(programme.months),
        referrals_total=total,
        peak_month=peak_month,
        peak_needed=peak_needed,
        months_short=months_short,
    )
