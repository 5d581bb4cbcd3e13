"""What a programme achieved in a period, from the stored monthly aggregates.

:class:`Tally` holds one group's summed measures for a period (see
:mod:`.aggregate` for what each measure counts); :func:`programme_results` turns the
tallies of a programme (women, men and those whose gender is not stated) into the
figures the Results tab, ``amp results`` and the printed results show.  Every
definition is written once, here:

* participants = enrolments running on the period's first day (or, for a programme
  whose results begin later in it, on theirs) + starts in it, + after a gap in its
  results those running when they resume beyond those running before
  (:mod:`amp_desktop.core.store.resumption`);
* the share to work or studies is U40455 (:func:`.categories.work_or_studies_share`);
* stay at exit is ``end − start``; the median is over whole weeks, the mean exact;
* average occupancy = participant-days ÷ the period's days; actual utilisation =
  average occupancy ÷ places;
* cost = the annual budget × the period's months ÷ 12 (the days it runs when it
  starts or ends in it) (:func:`amp_desktop.core.domain.budget_in_period`), per participant and per exit to
  work or studies; a total's cost is that of the programmes with results in the period;
  not known (never 0 kr) for a programme without a budget, or whose dates say it does
  not run in the period.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any, NamedTuple, Protocol

from amp_desktop.core.domain import budget_in_period
from amp_desktop.core.planning.period import Period, month_index
from amp_desktop.core.results.aggregate import (
    DAYS,
    ENROLLED,
    EXIT_PREFIX,
    START,
    STAY_DAYS,
    STAY_PREFIX,
)
from amp_desktop.core.results.categories import (
    REASON_KEYS,
    WORK_OR_STUDIES,
)


@dataclass
class Tally:
    """Summed measures of one group over a period (``enrolled`` of its programme's
    first month with results in it)."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)

    @property
    def participants(self) -> int:
        return self.counts[ENROLLED] + self.counts[START]

    @property
    def starts(self) -> int:
        return self.counts[START]

    @property
    def days(self) -> int:
        return self.counts[DAYS]

    def exits_by_reason(self) -> dict[str, int]:
        get = self.counts.get
        return {key: get(measure, 0) for key, measure in _EXIT_MEASURES}

    @property
    def exits(self) -> int:
        get = self.counts.get
        return sum(get(measure, 0) for _key, measure in _EXIT_MEASURES)

    def stays(self) -> dict[int, int]:
        """Exits by whole weeks of stay."""
        return stay_histogram(self.counts)

    def median_stay_weeks(self) -> float | None:
        return histogram_median(self.stays())

    def mean_stay_weeks(self) -> float | None:
        exits = self.exits
        return self.counts[STAY_DAYS] / exits / 7 if exits else None


#: (category key, stored measure) of every exit reason.
_EXIT_MEASURES = tuple((key, EXIT_PREFIX + key) for key in REASON_KEYS)


def histogram_median(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as ``{value: how many}``; None when empty."""
    values = sorted(histogram)
    return _median_of_buckets(values, [histogram[value] for value in values])


def period_days(period: Period) -> int:
    """Days from the first day of the period's first month to its last month's end."""
    first = month_index(period.first)
    last = month_index(period.last) + 1
    start = dt.date(first // 12, first % 12 + 1, 1)
    end = dt.date(last // 12, last % 12 + 1, 1)
    return (end - start).days


@functools.lru_cache(maxsize=64)
def days_of(period: Period) -> int:
    """:func:`period_days`, remembered for the periods met lately."""
    return period_days(period)


def group_figures(tally: Tally) -> dict[str, Any]:
    """The counts every group (a programme, its women, its men, a total) reports."""
    return figures_of_counts(tally.counts)


def figures_of_counts(counts: Mapping[str, int]) -> dict[str, Any]:
    """:func:`group_figures` of a group whose summed measures are *counts* (a measure
    left out counts 0)."""
    # (Tally's properties spelled out with dict.get: this runs for every programme and
    # gender of every period shown — the same sums and divisions, in the same order.)
    get = counts.get
    by_reason = {key: get(measure, 0) for key, measure in _EXIT_MEASURES}
    exits = sum(by_reason.values())
    to_work_or_studies = sum([by_reason[key] for key in _WORK_OR_STUDIES])
    return {
        "participants": get(ENROLLED, 0) + get(START, 0),
        "starts": get(START, 0),
        "exits": exits,
        "exits_by_reason": by_reason,
        "work_or_studies": to_work_or_studies,
        "work_or_studies_share": to_work_or_studies / exits if exits else None,
        "median_stay_weeks": histogram_median(stay_histogram(counts)),
        "mean_stay_weeks": get(STAY_DAYS, 0) / exits / 7 if exits else None,
    }


#: The exit categories counted as work or studies (U40455), in a fixed order.
_WORK_OR_STUDIES = tuple(key for key in REASON_KEYS if key in WORK_OR_STUDIES)
#: Stay measures met so far, by name (→ whole weeks), and every measure met so far:
#: the names of a group's stays are found by one set intersection, not a loop.
_STAY_WEEKS: dict[str, int] = {}
_STAY_NAMES: set[str] = set()
_MET: set[str] = set()


def stay_histogram(counts: Mapping[str, int]) -> dict[int, int]:
    """Exits by whole weeks of stay, of the summed measures *counts* (as
    :meth:`Tally.stays` gives them)."""
    names = counts.keys()
    if not _MET.issuperset(names):
        for measure in names:
            if measure.startswith(STAY_PREFIX) and measure not in _STAY_WEEKS:
                weeks = int(measure[len(STAY_PREFIX) :])
                if weeks >= 0:  # (as Tally.stays: no bucket below 0 weeks)
                    _STAY_WEEKS[measure] = weeks
                    _STAY_NAMES.add(measure)
            _MET.add(measure)
    of = _STAY_WEEKS
    return {of[m]: n for m in _STAY_NAMES.intersection(names) if (n := counts[m])}


class MeasurePositions:
    """Where the measures the figures read sit in a group's sums given as values in
    field order (*measures*: each field's measure), followed by one 0 that stands for
    each measure not among them — a :class:`~amp_desktop.core.results.index.ResultsIndex`'s
    packed sums opened (:func:`figures_of_values`)."""

    def __init__(self, measures: Sequence[str]):
        at = {measure: i for i, measure in enumerate(measures)}
        zero = len(measures)  # (the 0 after the fields)
        self.enrolled = at.get(ENROLLED, zero)
        self.start = at.get(START, zero)
        self.days = at.get(DAYS, zero)
        self.stay_days = at.get(STAY_DAYS, zero)
        # (itemgetter of two or more positions gives a tuple: the 0 pads a short list)
        self.reasons = itemgetter(*(at.get(measure, zero) for _key, measure in _EXIT_MEASURES))
        self.work_or_studies = itemgetter(
            *(at.get(EXIT_PREFIX + key, zero) for key in _WORK_OR_STUDIES), zero
        )
        buckets = sorted(
            (weeks, i)
            for measure, i in at.items()
            if measure.startswith(STAY_PREFIX) and (weeks := int(measure[len(STAY_PREFIX) :])) >= 0
        )
        self.stay_weeks = [weeks for weeks, _i in buckets]
        self.stays = itemgetter(*(i for _weeks, i in buckets), zero, zero)


def figures_of_values(values: Sequence[int], at: MeasurePositions) -> dict[str, Any]:
    """:func:`figures_of_counts` of a group whose sums are *values* (laid out as *at*
    says): the same figures, from positions instead of names."""
    by_reason = dict(zip(REASON_KEYS, at.reasons(values), strict=True))
    exits = sum(by_reason.values())
    to_work_or_studies = sum(at.work_or_studies(values))
    starts = values[at.start]
    return {
        "participants": values[at.enrolled] + starts,
        "starts": starts,
        "exits": exits,
        "exits_by_reason": by_reason,
        "work_or_studies": to_work_or_studies,
        "work_or_studies_share": to_work_or_studies / exits if exits else None,
        "median_stay_weeks": _median_of_buckets(at.stay_weeks, at.stays(values)),
        "mean_stay_weeks": values[at.stay_days] / exits / 7 if exits else None,
    }


def _median_of_buckets(weeks: Sequence[int], counts: Sequence[int]) -> float | None:
    """:func:`histogram_median` of ``{weeks[i]: counts[i]}`` (*weeks* ascending;
    *counts* may run on past them with zeros)."""
    running = list(accumulate(counts))
    total = running[-1] if running else 0
    if total == 0:
        return None
    # The first bucket whose running count passes each middle position, from 0.
    low = bisect_right(running, (total - 1) // 2)
    high = bisect_right(running, total // 2)
    return (weeks[low] + weeks[high]) / 2


@dataclass(frozen=True)
class ProgrammeFacts:
    """What the results need to know of a programme from the catalogue."""

    id: int
    name: str
    type: str
    unit: str
    places: int
    annual_budget_sek: int | None
    goal_work_or_studies_share: float | None = None
    start_date: str | None = None  # its cost in a period is pro rata to the days it runs
    end_date: str | None = None


def programme_results(
    programme: ProgrammeFacts,
    by_gender: Mapping[str, Tally],
    period: Period,
    *,
    total: Tally | None = None,
) -> dict[str, Any]:
    """One programme's figures for *period* from its tallies by gender ("K", "M", "")
    (*total*: their sum, when the caller has it already)."""
    if total is None:
        total = Tally()
        for tally in by_gender.values():
            total.add(tally)
    cost = results_cost(
        programme.annual_budget_sek, period, programme.start_date, programme.end_date
    )
    nothing = Tally()
    return programme_figures(
        programme,
        group_figures(total),
        {g: group_figures(by_gender.get(g, nothing)) for g in ("K", "M")},
        total.days,
        days_of(period),
        cost,
    )


class ShownFacts(Protocol):
    """What a programme's row of figures shows of it (a :class:`ProgrammeFacts`)."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def places(self) -> int: ...
    @property
    def goal_work_or_studies_share(self) -> float | None: ...


class RowFacts(NamedTuple):
    """:class:`ShownFacts` made quickly, once per programme and period."""

    id: int
    name: str
    type: str
    unit: str
    places: int
    goal_work_or_studies_share: float | None


def programme_figures(
    programme: ShownFacts,
    total: dict[str, Any],
    by_gender: dict[str, dict[str, Any]],
    participant_days: int,
    days: int,
    cost: float | None,
) -> dict[str, Any]:
    """:func:`programme_results` from the programme's :func:`group_figures` of all
    (*total*) and of women and men (*by_gender*: ``{"K": …, "M": …}``), its
    *participant_days*, the period's *days* (:func:`period_days`) and the
    programme's *cost* in it (:func:`results_cost`)."""
    figures: dict[str, Any] = {
        "id": programme.id,
        "name": programme.name,
        "type": programme.type,
        "unit": programme.unit,
        **total,
        "by_gender": by_gender,
    }
    occupancy = participant_days / days if days else None
    figures["average_occupancy"] = occupancy
    figures["places"] = programme.places
    figures["actual_utilisation"] = (
        occupancy / programme.places if occupancy is not None and programme.places else None
    )
    goal = programme.goal_work_or_studies_share
    share = figures["work_or_studies_share"]
    figures["goal_work_or_studies_share"] = goal
    figures["goal_met"] = None if goal is None or share is None else share >= goal
    figures["cost_per_participant_sek"] = _per(cost, figures["participants"])
    figures["cost_per_work_or_studies_sek"] = _per(cost, figures["work_or_studies"])
    return figures


def period_cost(
    annual_budget_sek: int | None,
    period: Period,
    start_date: str | None = None,
    end_date: str | None = None,
) -> float | None:
    """The budget that falls in *period*: the annual budget × months ÷ 12, pro rata
    for a programme that starts or ends in it (:func:`~amp_desktop.core.domain.budget_in_period`)."""
    return budget_in_period(annual_budget_sek, period.first, period.last, start_date, end_date)


def results_cost(
    annual_budget_sek: int | None,
    period: Period,
    start_date: str | None = None,
    end_date: str | None = None,
) -> float | None:
    """:func:`period_cost` as the results divide it by participants and results: not
    known (None) for a programme with a budget whose dates say it does not run in
    *period* — it has results there, so its dates or the list are wrong, and 0 kr per
    participant would read as a programme that costs nothing."""
    cost = period_cost(annual_budget_sek, period, start_date, end_date)
    return None if cost == 0 and annual_budget_sek else cost


def _per(cost: float | None, count: int) -> float | None:
    return cost / count if cost is not None and count else None


def total_results(groups: Iterable[Mapping[str, Tally]]) -> dict[str, Any]:
    """The figures of several programmes' tallies together (a unit, a type, all)."""
    total = Tally()
    women, men = Tally(), Tally()
    for by_gender in groups:
        for gender, tally in by_gender.items():
            total.add(tally)
            if gender == "K":
                women.add(tally)
            elif gender == "M":
                men.add(tally)
    return {
        **group_figures(total),
        "by_gender": {"K": group_figures(women), "M": group_figures(men)},
    }
