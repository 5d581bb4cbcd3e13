"""Results in a catalogue, made by code for the Results tab's tests and bench: random
enrolments counted by the core's own aggregate and stored by one ResultsChange."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import AGE_BANDS, NEED_LEVELS, Enrolment, aggregate
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.index_reading import new_index, read_seams
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ResultsChange

# Reasons weighted roughly as a unit sees them: work and back to the referrer most.
_REASON_WEIGHTS = (24, 8, 8, 12, 22, 8, 8, 8, 2)


def enrolments(
    programme_ids: Sequence[int],
    first_year: int,
    years: int = 1,
    starts_per_month: int = 3,
    seed: int = 1,
) -> list[Enrolment]:
    """About *starts_per_month* starts per programme and month, stays of 1–30 weeks."""
    rng = random.Random(seed)
    first = dt.date(first_year, 1, 1)
    last = dt.date(first_year + years - 1, 12, 31)
    span = (last - first).days
    out = []
    for pid in programme_ids:
        for _ in range(starts_per_month * 12 * years):
            start = first + dt.timedelta(days=rng.randrange(span))
            end: dt.date | None = start + dt.timedelta(days=rng.randrange(7, 210))
            reason = rng.choices(REASON_KEYS, _REASON_WEIGHTS)[0]
            if end is None or end > last:
                end, reason = None, None
            out.append(
                Enrolment(
                    pid,
                    start,
                    end,
                    reason,
                    rng.choice(("K", "M", "K", "M", "")),
                    rng.choice(NEED_LEVELS),
                    rng.choice(AGE_BANDS),
                )
            )
    return out


def store_results(
    catalogue: Catalogue,
    first_year: int,
    years: int = 1,
    starts_per_month: int = 3,
    seed: int = 1,
    programme_ids: Sequence[int] | None = None,
) -> ChangeSet:
    """Store random results for every programme (or *programme_ids*) in one change."""
    ids = list(programme_ids or [p.id for p in catalogue.programmes() if p.id is not None])
    made = enrolments(ids, first_year, years, starts_per_month, seed)
    first, last = f"{first_year}-01", f"{first_year + years - 1}-12"
    rows = tuple(aggregate(made, first, last).rows())
    before = tuple(catalogue.results_scope(ids, first, last))
    change = ResultsChange(tuple(ids), first, last, before, rows)
    return catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))


def county(catalogue: Catalogue, count: int, years: Sequence[int], seed: int = 5) -> None:
    """*count* programmes with budgets and dates, referred by Arbetsförmedlingen and the
    social services, with actual referrals from both every month of *years* (a
    county-sized catalogue for the yearly figures' bench and tests; no results yet)."""
    from amp_desktop.core.domain import KoladaCategory, Programme, ReferralSource, SourceLink
    from amp_desktop.core.store import DemandChange, DemandKey, ProgrammeChange
    from amp_desktop.core.store.changes import SourceChange

    rng = random.Random(seed)
    sources = (
        ReferralSource("AF", "Arbetsförmedlingen", KoladaCategory.AF),
        ReferralSource("SOC", "Socialtjänsten", KoladaCategory.SOCIAL_SERVICES),
    )
    programmes = [
        Programme(
            name=f"Programme {pid:04d}",
            places=rng.randrange(5, 60),
            annual_budget_sek=rng.randrange(200_000, 9_000_000, 50_000),
            start_date=rng.choice((None, "2024-03-01", "2025-05-15")),
            end_date=rng.choice((None, None, "2025-10-31")),
            sources=(SourceLink("AF"), SourceLink("SOC")),
            id=pid,
        )
        for pid in range(1, count + 1)
    ]
    catalogue.apply(
        ChangeSet(
            "county",
            tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes),
            sources=tuple(SourceChange(s.code, None, s) for s in sources),
        )
    )
    demand = tuple(
        DemandChange(
            DemandKey(pid, f"{year}-{month:02d}", source, "actual"), None, rng.randrange(1, 6)
        )
        for pid in range(1, count + 1)
        for year in years
        for month in range(1, 13)
        for source in ("AF", "SOC")
    )
    catalogue.apply(ChangeSet("demand", demand=demand))


#: The two ways the Results tab's index is made.
INDEX_SOURCES = ("compact sums", "rows")


def index_read_from(catalogue: Catalogue, source: str) -> ResultsIndex:
    """The Results tab's index of *catalogue*, from the store's compact sums or, as a
    file without them is read, from the rows (*source*: one of :data:`INDEX_SOURCES`)."""
    if source == "rows":
        first, last, total = catalogue.results_extent()
        assert first is not None and last is not None
        index: ResultsIndex | None = ResultsIndex(first, last, total)
        read_seams(catalogue, index)  # (as new_index does)
    else:
        index = new_index(catalogue)
    assert index is not None and index.compact == (source == "compact sums")
    return index


def results_argv(path: Path | str, period: Period, selection: ResultsFilter) -> list[str]:
    """``amp results`` of *period* under *selection*, as JSON."""
    argv = ["results", str(path), "--from", period.first, "--to", period.last, "--json"]
    for option, value in (
        ("--unit", selection.unit),
        ("--type", selection.type),
        ("--need-level", selection.need_level),
        ("--gender", selection.gender),
    ):
        if value is not None:
            argv += [option, value]
    return argv


def scope_change(
    catalogue: Catalogue, pid: int, rows: Sequence[tuple[object, ...]], first: str, last: str
) -> ResultsChange:
    """A list's *rows* for programme *pid* over *first* … *last*, replacing what the
    catalogue holds there, as an import makes it (its coverage too)."""
    from amp_desktop.core.store.result_coverage import covering

    return ResultsChange(
        (pid,), first, last, tuple(catalogue.results_scope((pid,), first, last)),
        tuple(rows),  # type: ignore[arg-type]
        coverage_before=tuple(catalogue.results_coverage_scope((pid,), first, last)),
        coverage_after=covering((pid,), first, last),
    )  # fmt: skip


def import_changes(catalogue: Catalogue, *changes: ResultsChange) -> None:
    """Apply *changes* as one import does."""
    catalogue.apply(ChangeSet("Results", results=changes, kind="import"))


def participant_figures(row: Mapping[str, Any]) -> tuple[object, ...] | None:
    """A programme's row of a results document as (participants, women, men, starts,
    exits); None when its figures are not known."""
    if row["participants"] is None:
        return None
    by_gender = row["by_gender"]
    return (
        row["participants"],
        by_gender["K"]["participants"],
        by_gender["M"]["participants"],
        row["starts"],
        row["exits"],
    )
