"""The period's per-programme gaps read only for the programmes with gaps
(``covered_months(only_gaps=True)``, what ``coverage()`` uses) are those of the full
scan, and the note says the same, on random catalogues: imports covering parts of
years, several imports, re-imports replacing months, programmes deleted and renamed,
results from an import older than the coverage table, periods across years,
tertials, runs of months and a catalogue with no results at all."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.planning.period import add_months
from amp_desktop.core.results.coverage import Coverage, coverage
from amp_desktop.core.results.uncovered import programme_gaps
from amp_desktop.core.store import Catalogue, ChangeSet, ResultsChange
from amp_desktop.core.store.result_coverage import covering, months_between


def _full_scan_coverage(catalogue: Catalogue, period: Period) -> Coverage:
    """:func:`coverage` as it was before ``only_gaps``: every stored month scanned."""
    known = catalogue.results_known(period.first, period.last)
    covered = frozenset(catalogue.results_months_covered(period.first, period.last))
    imported, stored = catalogue.results_covered_months(period.first, period.last)
    return Coverage(period, covered, programme_gaps(period, imported, stored, known))


def _import(catalogue: Catalogue, rng: random.Random, ids: list[int]) -> None:
    """One import of a random span for some programmes (a re-import replaces the
    months it covers), with results in some of its months only."""
    chosen = tuple(sorted(rng.sample(ids, rng.randint(1, len(ids)))))
    first = f"{rng.choice((2024, 2025))}-{rng.randint(1, 12):02d}"
    last = add_months(first, rng.randrange(14))
    rows = tuple(
        (pid, month, rng.choice("KM"), "", "", "starts", rng.randint(1, 4))
        for pid in chosen
        for month in months_between(first, last)
        if rng.random() < 0.6
    )
    change = ResultsChange(
        chosen,
        first,
        last,
        tuple(catalogue.results_scope(chosen, first, last)),
        rows,
        coverage_before=tuple(catalogue.results_coverage_scope(chosen, first, last)),
        coverage_after=covering(chosen, first, last),
    )
    catalogue.apply(ChangeSet("results", results=(change,), kind="import"))


def _periods(rng: random.Random) -> list[Period]:
    periods = [Period.year(2024), Period.year(2025), Period("2024-07", "2025-06")]
    periods += [Period.tertial(y, n) for y in (2024, 2025) for n in (1, 2, 3)]
    for _ in range(6):
        first = f"{rng.choice((2023, 2024, 2025))}-{rng.randint(1, 12):02d}"
        periods.append(Period(first, add_months(first, rng.randrange(20))))
    return periods


def _check(catalogue: Catalogue, periods: list[Period]) -> None:
    names = {p.id: p.name for p in catalogue.programmes() if p.id is not None}
    for period in periods:
        known = catalogue.results_known(period.first, period.last)
        quick, full = coverage(catalogue, period, known), _full_scan_coverage(catalogue, period)
        assert quick.gaps == full.gaps, period
        assert quick.covered == full.covered, period
        for at_most in (None, 1, 5):
            assert quick.note(names, at_most) == full.note(names, at_most), period


@pytest.mark.parametrize("seed", range(6))
def test_the_gaps_read_by_programme_are_the_full_scans_on_random_catalogues(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        periods = _periods(rng)
        _check(catalogue, periods)  # (no programme, no result)
        ids = []
        for n in range(rng.randint(2, 7)):
            added = catalogue.add_programme(Programme(f"Insats {n}", places=5))
            pid = added.programmes[0].id
            assert pid is not None
            ids.append(pid)
        _check(catalogue, periods)  # (programmes, no result)
        for _ in range(rng.randint(1, 5)):
            _import(catalogue, rng, ids)
        # results from an import older than the coverage table (a file of version 5)
        for pid in rng.sample(ids, min(2, len(ids))):
            for month in rng.sample(months_between("2024-01", "2025-12"), 3):
                catalogue.conn.execute(
                    "INSERT OR IGNORE INTO results VALUES (?, ?, 'M', '', '', 'starts', 2)",
                    [pid, month],
                )
        _check(catalogue, periods)
        renamed = catalogue.find(f"Insats {rng.randrange(len(ids))}")
        if renamed is not None:
            from dataclasses import replace

            from amp_desktop.core.store import ProgrammeChange

            assert renamed.id is not None
            changed = replace(renamed, name="Åter " + renamed.name)
            catalogue.apply(ChangeSet("rename", (ProgrammeChange(renamed.id, renamed, changed),)))
        deleted = catalogue.delete_programmes(rng.sample(ids, 1))
        _check(catalogue, periods)
        catalogue.apply(deleted.inverse())  # (undo: its results and coverage back)
        _check(catalogue, periods)
        _import(catalogue, rng, ids)
        _check(catalogue, periods)
