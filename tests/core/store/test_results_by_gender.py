"""``Catalogue.results_by_gender``, summed a month at a time (so that a worker asking
it never holds the connection for long), gives what one query over the period gives."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from tests.results_data import store_results


def _one_query(catalogue: Catalogue, first: str, last: str) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for gender, measure, total in catalogue.conn.execute(
        "SELECT gender, measure, SUM(value) FROM results WHERE month BETWEEN ? AND ? "
        "AND (measure <> 'enrolled' OR month = ?) GROUP BY gender, measure",
        [first, last, first],
    ):
        out.setdefault(gender, Counter())[measure] = total
    return out


def test_the_sums_are_those_of_one_query_over_the_period(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        programmes = [Programme(name=f"P{n}", places=10, id=n) for n in range(1, 13)]
        catalogue.apply(
            ChangeSet("p", tuple(ProgrammeChange(n.id or 0, None, n) for n in programmes))
        )
        store_results(catalogue, 2024, 2, starts_per_month=4, seed=3)
        for first, last in (("2025-01", "2025-12"), ("2024-11", "2025-02"), ("2024-06", "2024-06")):
            summed = catalogue.results_by_gender(first, last)
            assert summed == _one_query(catalogue, first, last)
            assert summed and all(sum(c.values()) > 0 for c in summed.values())
            assert list(summed) == sorted(summed)
        assert catalogue.results_by_gender("2030-01", "2030-12") == {}
