"""The one computation behind the Results tab: a period's results document, filtered,
with each programme's code (Qt-free, so the worker can run it) — from the store's
tallies, or from the catalogue's results held in memory (:mod:`amp_desktop.core.results.index`)."""

from __future__ import annotations

from typing import Any

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.planning.period import PeriodError, month_index, month_text
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.results.coverage import coverage
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.index_reading import new_index, read_months, read_years
from amp_desktop.core.results.period import (
    ResultsFilter,
    results_document,
    without_costs,
    without_results,
)
from amp_desktop.core.store import Catalogue

__all__ = [
    "Handed",
    "Key",
    "Made",
    "compute_results",
    "neighbours",
    "new_index",
    "next_unread",
    "other_years",
    "read_at_once",
    "read_months",
    "read_years",
]


def compute_results(
    catalogue: Catalogue,
    programmes: list[Programme],
    period: Period,
    selection: ResultsFilter,
    index: ResultsIndex | None = None,
    progress: Progress = NO_PROGRESS,
) -> dict[str, Any]:
    """The results document the tab shows (the one computation, with its filters);
    from *index* when given (the same numbers; the whole years the period touches are
    read into it first if they are not yet)."""
    goals = catalogue.default_goals()
    if index is not None:
        read_years(catalogue, index, period, progress)
        document = index.document(programmes, period, selection, goals)
    else:
        tallies = catalogue.results_tallies(
            period.first, period.last, need_level=selection.need_level, gender=selection.gender
        )
        document = results_document(programmes, tallies, period, selection, goals)
    # (a programme no import covered has unknown figures, not zeros: as amp results)
    known = catalogue.results_known(period.first, period.last)
    without_results(document, known)
    codes = {p.id: p.code for p in programmes}
    for row in document["programmes"]:
        row["code"] = codes.get(row["id"], "")
    # No costs for women or men only, or one need level (the budget is the whole
    # programme's: divided by a part of its participants it read as twice the cost).
    without_costs(document, selection)
    # Months of the period no list covered, for every programme shown or for some,
    # count as months nobody took part in: said, as amp results and the printout say.
    names = {row["id"]: row["name"] for row in document["programmes"]}
    note = coverage(catalogue, period, known & set(names)).note(names, NAMED_WITH_GAPS)
    if note:
        document["uncovered_note"] = note
    return document


#: Programmes named in the note on months their lists left out (the summary line).
NAMED_WITH_GAPS = 5

#: A period and the filters its figures are for, and those figures.
Key = tuple[Period, ResultsFilter]
Made = list[tuple[Key, dict[str, Any]]]


class Handed:
    """What the worker hands the tab: the index and the documents (and each marshalled,
    or None for one the tab marshals itself), emptied once taken (a finished task is
    freed by the cycle collector, late: holding a county's index it made a full
    collection of 0.5 s land on a switch)."""

    def __init__(
        self, index: ResultsIndex | None, made: Made, packed: list[bytes | None] | None = None
    ):
        self.index, self.made = index, made
        self.packed = packed if packed is not None else [None] * len(made)

    def take(self) -> tuple[ResultsIndex | None, Made, list[bytes | None]]:
        index, made, packed = self.index, self.made, self.packed
        self.index, self.made, self.packed = None, [], []
        return index, made, packed


def neighbours(period: Period) -> list[Period]:
    """The periods of the same length just before and just after *period* (the year
    before and after a year, the tertial before and after a tertial), within
    1990–2100."""
    first, last, length = month_index(period.first), month_index(period.last), len(period)
    out = []
    for a in (first - length, last + 1):
        try:
            out.append(Period(month_text(a), month_text(a + length - 1)))
        except PeriodError:
            continue
    return out


def next_unread(
    index: ResultsIndex, programmes: int, budget: int, at_most: int
) -> tuple[str, str] | None:
    """The next run of months to read ahead into *index*: the latest *at_most* months
    not yet read (recent years are looked at most), or None when every month is read
    or *programmes* × the months held would pass *budget*."""
    runs = index.unread()
    if not runs or programmes * index.months > budget:
        return None
    first, last = runs[-1]
    start = max(month_index(first), month_index(last) - at_most + 1)
    return month_text(start), last


def read_at_once(
    catalogue: Catalogue,
    index: ResultsIndex,
    programmes: int,
    budget: int,
    progress: Progress = NO_PROGRESS,
) -> bool:
    """Read every month into *index* now when it reads the store's compact sums and
    *programmes* × the months held are within *budget* (1,000 programmes × 3 years:
    ~0.3 s), so that no switch of period waits for a year to be read; whether any
    month was read."""
    if not index.compact or programmes * index.months > budget or not index.unread():
        return False
    for first, last in index.unread():
        progress.check()
        read_months(catalogue, index, first, last)
    return True


#: Calendar years worked out with the first figures once every month was read at once.
YEARS_AHEAD = 4


def other_years(
    catalogue: Catalogue,
    programmes: list[Programme],
    index: ResultsIndex,
    key: Key,
    progress: Progress = NO_PROGRESS,
) -> Made:
    """The figures of the other calendar years *index* holds (the latest
    :data:`YEARS_AHEAD`) under *key*'s filters, so that a switch to one, even at once
    after the first figures, finds them kept (~55 ms each at 1,000 programmes)."""
    period, selection = key
    first = int(month_text(index.first)[:4])
    last = int(month_text(index.first + index.months - 1)[:4])
    years = [Period.year(y) for y in range(last, first - 1, -1) if Period.year(y) != period]
    made: Made = []
    for year in years[:YEARS_AHEAD]:
        progress.check()
        document = compute_results(catalogue, programmes, year, selection, index, progress)
        made.append(((year, selection), document))
    return made
