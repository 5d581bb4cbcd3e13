"""Benchmark: the yearly figures (#13) for 1,000 programmes with 3 years of results.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_yearly.py``.
Builds 1,000 programmes with budgets and dates, two referral sources with actual
demand every month, and three years (2024–2026) of results from about 108,000
random enrolments (``tests/results_data.py``).  Prints the time of the yearly figures
for 2025 (``yearly_report``: every figure, the comparison with stored Kolada values;
target under 1 s) and, as the reference measured in the same run, the one SQL query
reading the same aggregates — the year's results summed by gender and measure, as
SQL written here (``Catalogue.results_by_gender`` sums a month at a time) — with
the ratio (target ≤ 3×); and, for scale, the Results tab's per-programme query
(``Catalogue.results_tallies``) for the year.

Each list's covered months are stored as an import records them (1,000 programmes ×
36 months of ``result_coverage``).  A second run adds Kolada values for 2019–2025
(every KPI with an id, the municipality, its peers, county and country), so the
report also computes AMP's own figures for each year of the comparison over the
years (#13 item 5).  Times are the best of several runs, wall clock and CPU
(``time.process_time``: the machine is shared).
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.results_data

from amp_desktop.core.kolada.changes import import_values_file, settings_change
from amp_desktop.core.kolada.vocabulary import vocabulary
from amp_desktop.core.store import (
    Catalogue,
    ChangeSet,
    ResultsChange,
)
from amp_desktop.core.store.result_coverage import covering
from amp_desktop.core.yearly.document import yearly_report
from tests.results_data import county, store_results

PROGRAMMES = 1_000
TARGET_S = 1.0
TARGET_RATIO = 3.0
T = TypeVar("T")


def best_of(function: Callable[[], T], runs: int) -> tuple[float, float, T]:
    """The shortest wall time and the shortest CPU time of *runs* runs, and a result."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def record_coverage(catalogue: Catalogue) -> None:
    """The months each programme's list covered, as the participant import records them."""
    ids = [p.id for p in catalogue.programmes() if p.id is not None]
    rows = covering(ids, "2024-01", "2026-12")
    change = ResultsChange(
        (), "2024-01", "2026-12", (), (), coverage_before=(), coverage_after=rows
    )
    catalogue.apply(ChangeSet("coverage", results=(change,)))


def add_kolada(catalogue: Catalogue, folder: Path) -> None:
    """Published values for 2019–2025 of every KPI with an id, for the four places."""
    rng = random.Random(7)
    ids = sorted({k.kolada_id for k in vocabulary().values() if k.kolada_id})
    values = [
        {
            "kpi": kpi,
            "municipality": place,
            "period": year,
            "values": [
                {"gender": g, "count": 1, "status": "", "value": round(rng.uniform(5, 60), 1)}
                for g in "TKM"
            ],
        }
        for kpi in ids
        for place in ("1980", "G1", "0019", "0000")
        for year in range(2019, 2026)
    ]
    path = folder / "kolada.json"
    path.write_text(json.dumps({"values": values, "next_url": None}), encoding="utf-8")
    catalogue.apply(import_values_file(catalogue, path))


def build(path: Path) -> Catalogue:
    catalogue = Catalogue.create(path)
    county(catalogue, PROGRAMMES, (2024, 2025, 2026))
    store_results(catalogue, 2024, 3, starts_per_month=3, seed=11)
    record_coverage(catalogue)
    return catalogue


def one_query(catalogue: Catalogue, first: str, last: str) -> dict[str, dict[str, int]]:
    """The reference: the year's results summed by gender and measure in one SQL query
    (what ``Catalogue.results_by_gender`` did before it summed a month at a time; kept
    here as SQL so that the reference never moves with AMP's code)."""
    out: dict[str, dict[str, int]] = {}
    for gender, measure, total in catalogue.conn.execute(
        "SELECT gender, measure, SUM(value) FROM results WHERE month BETWEEN ? AND ? "
        "AND (measure <> 'enrolled' OR month = ?) GROUP BY gender, measure",
        [first, last, first],
    ):
        out.setdefault(gender, {})[measure] = total
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        catalogue = build(Path(folder) / "bench.amp")
        try:
            catalogue.apply(settings_change(catalogue, municipality="1980", population=156_000))
            year = ("2025-01", "2025-12")
            reference = best_of(lambda: one_query(catalogue, *year), 5)
            per_programme = best_of(lambda: catalogue.results_tallies(*year), 3)
            figures = best_of(lambda: yearly_report(catalogue, 2025), 5)
            add_kolada(catalogue, Path(folder))
            compared = best_of(lambda: yearly_report(catalogue, 2025), 5)
            years = compared[2].years
            each_year = best_of(
                lambda: [one_query(catalogue, f"{y}-01", f"{y}-12") for y in years], 5
            )
            # The same aggregates in one query: every result of the comparison's years.
            all_years = best_of(
                lambda: one_query(catalogue, f"{years[0]}-01", f"{years[-1]}-12"), 5
            )
        finally:
            catalogue.close()

    def ms(found: tuple[float, float, object]) -> str:
        return f"{found[0] * 1000:.0f} ms wall, {found[1] * 1000:.0f} ms CPU"

    print(f"yearly figures 2025, {PROGRAMMES} programmes × 3 years of results: {ms(figures)}")
    print(f"  with Kolada 2019–2025 (AMP's own figure for each year too): {ms(compared)}")
    print(f"reference (one SQL query: the year's results by gender and measure): {ms(reference)}")
    print(f"  the same query for each year of the comparison ({len(years)}): {ms(each_year)}")
    print(f"  one query over all the comparison's years: {ms(all_years)}")
    print(f"for scale, results_tallies for the year: {ms(per_programme)}")
    for name, found, against in (
        ("figures ÷ the year's query", figures, reference),
        ("with Kolada ÷ the year's query", compared, reference),
        ("with Kolada ÷ the query for each year", compared, each_year),
        ("with Kolada ÷ one query over its years", compared, all_years),
    ):
        print(
            f"ratio {name}: {found[0] / against[0]:.2f}× wall, {found[1] / against[1]:.2f}× "
            f"CPU (target ≤ {TARGET_RATIO:g}×); target < {TARGET_S:g} s"
        )
    report = compared[2]
    print(f"U40455 = {report.figure('work_or_studies_share').value:.3f}; years {report.years}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
