"""What the stored results measured for the plan: mean stay at exit and monthly occupancy.

The plan estimates a programme's places from its referrals and its *average stay*
(Little's law).  Once participant lists are imported the catalogue knows what
actually happened: :func:`measured_stays` gives each programme's mean stay at exit
(``stay_days`` ÷ exits ÷ 7, the same definition as the Results tab's mean stay), and
:func:`monthly_occupancy` the participants present on an average day of each month
(participant-days ÷ the month's days).  :func:`use_measured_stays` builds the one
change that puts the measured stays in place of the programmes' average stays.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from amp_desktop.core.i18n import translate
from amp_desktop.core.results.aggregate import DAYS, EXIT_PREFIX, STAY_DAYS
from amp_desktop.core.rules import MAX_STAY_WEEKS
from amp_desktop.core.store import Catalogue, ChangeSet, builders
from amp_desktop.core.store.changes import ProgrammeChange

TallyKey = tuple[int, str, str]  # programme, gender, need level
ResultRow = tuple[int, str, str, str, str, str, int]


@dataclass(frozen=True)
class MeasuredStay:
    """A programme's mean stay at exit over the months with results."""

    programme_id: int
    exits: int
    mean_weeks: float

    @property
    def rounded_weeks(self) -> float:
        """The mean as a programme's average stay is kept: one decimal, at least 0.1."""
        return min(max(round(self.mean_weeks, 1), 0.1), float(MAX_STAY_WEEKS))


def measured_stays(tallies: Mapping[TallyKey, Mapping[str, int]]) -> dict[int, MeasuredStay]:
    """Per programme with at least one exit, its mean stay at exit in weeks."""
    days: Counter[int] = Counter()
    exits: Counter[int] = Counter()
    for (programme_id, _gender, _need), counts in tallies.items():
        days[programme_id] += counts.get(STAY_DAYS, 0)
        exits[programme_id] += sum(n for m, n in counts.items() if m.startswith(EXIT_PREFIX))
    return {
        pid: MeasuredStay(pid, n, days[pid] / n / 7) for pid, n in sorted(exits.items()) if n > 0
    }


def results_span(months: Mapping[int, tuple[str, str]]) -> tuple[str, str] | None:
    """The first and last month any programme has results for (None: no results)."""
    if not months:
        return None
    return min(lo for lo, _ in months.values()), max(hi for _, hi in months.values())


def days_in_month(month: str) -> int:
    """Days in ``YYYY-MM``."""
    return calendar.monthrange(int(month[:4]), int(month[5:7]))[1]


def monthly_occupancy(rows: Iterable[ResultRow]) -> dict[int, dict[str, float]]:
    """Per programme and month, participant-days ÷ the month's days (actual occupancy).

    *rows* are stored result rows (``Catalogue.results_scope``); months without
    participant-days are absent.
    """
    days: dict[int, Counter[str]] = {}
    for programme_id, month, _g, _need, _age, measure, value in rows:
        if measure == DAYS:
            days.setdefault(programme_id, Counter())[month] += value
    return {
        pid: {month: n / days_in_month(month) for month, n in sorted(by_month.items())}
        for pid, by_month in days.items()
    }


def measured_stays_of(
    catalogue: Catalogue, first: str | None = None, last: str | None = None
) -> dict[int, MeasuredStay]:
    """The measured stays of every programme over months *first* … *last* (by
    default all the months with results), women, men and every need level together."""
    if first is None or last is None:
        span = results_span(catalogue.results_months())
        if span is None:
            return {}
        first, last = first or span[0], last or span[1]
    return measured_stays(catalogue.results_tallies(first, last))


def use_measured_stays(
    catalogue: Catalogue, programme_ids: Iterable[int], stays: Mapping[int, MeasuredStay]
) -> ChangeSet:
    """One change setting each programme's average stay to its measured mean stay.

    Programmes without a measured stay, or whose stay already is the measured one,
    are left out; an empty change means there is nothing to do.
    """
    changes: list[ProgrammeChange] = []
    for programme_id in sorted(set(programme_ids)):
        stay = stays.get(programme_id)
        programme = catalogue.programme(programme_id)
        if stay is None or programme is None:
            continue
        edited = programme.replace(average_stay_weeks=stay.rounded_weeks)
        changes.extend(builders.update_programme(catalogue, edited, programme).programmes)
    if not changes:
        return ChangeSet()
    if len(changes) == 1:
        description = translate("Results", "Use the measured stay of “{name}”").format(
            name=changes[0].name
        )
    else:
        description = translate("Results", "Use the measured stay of {n} programmes").format(
            n=len(changes)
        )
    return ChangeSet(description, tuple(changes))
