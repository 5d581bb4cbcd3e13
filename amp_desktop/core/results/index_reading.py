"""Reading the store's results into a :class:`~amp_desktop.core.results.index.ResultsIndex`:
a year at a time from the compact yearly sums where the file has them, else from the
rows; starting over when another AMP changed the sums' layout meanwhile."""

from __future__ import annotations

import gc

from amp_desktop.core.planning.period import Period, month_index, month_text
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.results.aggregate import ENROLLED
from amp_desktop.core.results.index import (
    ResultsIndex,
    ResultsSource,
    SumsLayout,
    SumsUnreadable,
)


def new_index(catalogue: ResultsSource) -> ResultsIndex | None:
    """An empty index of *catalogue*'s results (None when it has none): of its
    compact sums, whole years, when it has them, else of its rows."""
    sums = getattr(catalogue, "results_sums_layout", None)
    layout: SumsLayout | None = sums() if sums is not None else None
    index: ResultsIndex | None = None
    if layout is not None:
        index = ResultsIndex(
            f"{layout.first_year:04d}-01", f"{layout.last_year:04d}-12", layout.total,
            layout.measures,
        )  # fmt: skip
        if index.width == layout.width and index.measures[0] == ENROLLED:
            index.layout = layout
        else:
            index = None
    if index is None:
        first, last, total = catalogue.results_extent()
        if first is None or last is None:
            return None
        index = ResultsIndex(first, last, total)
    read_seams(catalogue, index)
    return index


def read_seams(catalogue: ResultsSource, index: ResultsIndex) -> None:
    """Put into *index* the months where one of a programme's lists meets another
    (a source without them has none)."""
    seams = getattr(catalogue, "results_seams", None)
    if seams is not None:
        index.seams = {
            programme: {month_index(month) - index.first for month in months}
            for programme, months in seams().items()
        }


def read_months(catalogue: ResultsSource, index: ResultsIndex, first: str, last: str) -> None:
    """Read into *index* the months of *first* … *last* it does not hold yet (from
    compact sums: the whole years they are in)."""
    layout = index.layout if index.compact else None
    if layout is not None and catalogue.results_sums_layout() != layout:  # type: ignore[attr-defined]
        _start_over(catalogue, index)  # (another AMP saved results since it was made)
    if index.compact:
        # A year is ~70,000 tuples of numbers, none of them garbage: the cycle
        # collector's passes over them meanwhile were a third of the time; one pass
        # after, and they are left alone (not at the next switch, 40-200 ms).
        collecting = gc.isenabled()
        gc.disable()
        try:
            for year in range(int(first[:4]), int(last[:4]) + 1):
                whole = (f"{year:04d}-01", f"{year:04d}-12")
                if index.missing(*whole) != [whole]:
                    continue  # read already (or outside the months held)
                blobs = catalogue.results_year_sums(year)  # type: ignore[attr-defined]
                try:
                    index.load_sums(year, blobs)
                except SumsUnreadable:
                    index.compact = False  # (the years read stay; the rest by rows)
                    break
            else:
                return
        finally:
            gc.collect(0)  # (now, in the reader: its tuples of numbers then untracked)
            if collecting:
                gc.enable()
    for a, b in index.missing(first, last):
        index.load(catalogue.results_every(a, b), a, b)


def read_years(
    catalogue: ResultsSource, index: ResultsIndex, period: Period, progress: Progress = NO_PROGRESS
) -> None:
    """Read into *index* the months of the calendar years *period* touches that it
    does not hold yet (a year at a county's size: ~0.1 s from compact sums, about a
    second from the rows)."""
    wanted = (f"{period.first[:4]}-01", f"{period.last[:4]}-12")
    runs = index.missing(*wanted)
    while runs:  # (until none is left: the index may start over meanwhile)
        progress.check()
        read_months(catalogue, index, *runs[0])
        runs, before = index.missing(*wanted), runs
        if runs == before:
            break  # nothing more there to read


def _start_over(catalogue: ResultsSource, index: ResultsIndex) -> None:
    """*index* made again, empty, of the store as it is now: another AMP saved other
    results since it was made (a read-only window hears of it within seconds), and the
    store's sums no longer fit its fields (an error, or wrong figures)."""
    made = new_index(catalogue) or ResultsIndex(month_text(index.first), month_text(index.first), 0)
    vars(index).clear()
    vars(index).update(vars(made))
