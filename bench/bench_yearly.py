"""Benchmark: the yearly figures (#13) for 1,000 programmes with 3 years of results.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_yearly.py``.
Builds 1,000 programmes with budgets and dates, two referral sources with actual
demand every month, and three years (2024–2026) of results from about 108,000
random enrolments (``tests/results_data.py``).  Prints the time of the yearly figures
for 2025 (``yearly_report``: every figure, the comparison with stored Kolada values;
target under 1 s) and, as the reference measured in the same run, the one SQL query
reading the same aggregates — the year's results summed by gender and measure
(``Catalogue.results_by_gender``) — with the ratio (target ≤ 3×); and, for scale, the
Results tab's per-programme query (``Catalogue.results_tallies``) for the year.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from timing import best_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.results_data

from amp_desktop.core.domain import KoladaCategory, Programme, ReferralSource, SourceLink
from amp_desktop.core.kolada.changes import settings_change
from amp_desktop.core.store import Catalogue, ChangeSet, DemandChange, DemandKey, ProgrammeChange
from amp_desktop.core.store.changes import SourceChange
from amp_desktop.core.yearly.document import yearly_report
from tests.results_data import store_results

PROGRAMMES = 1_000
TARGET_S = 1.0
TARGET_RATIO = 3.0


def build(path: Path) -> Catalogue:
    rng = random.Random(5)
    catalogue = Catalogue.create(path)
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
        for pid in range(1, PROGRAMMES + 1)
    ]
    catalogue.apply(
        ChangeSet(
            "bench",
            tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes),
            sources=tuple(SourceChange(s.code, None, s) for s in sources),
        )
    )
    demand = tuple(
        DemandChange(
            DemandKey(pid, f"{year}-{month:02d}", source, "actual"), None, rng.randrange(1, 6)
        )
        for pid in range(1, PROGRAMMES + 1)
        for year in (2024, 2025, 2026)
        for month in range(1, 13)
        for source in ("AF", "SOC")
    )
    catalogue.apply(ChangeSet("demand", demand=demand))
    store_results(catalogue, 2024, 3, starts_per_month=3, seed=11)
    return catalogue


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        catalogue = build(Path(folder) / "bench.amp")
        try:
            catalogue.apply(settings_change(catalogue, municipality="1980", population=156_000))
            reference, _ = best_of(lambda: catalogue.results_by_gender("2025-01", "2025-12"), 5)
            per_programme, _ = best_of(lambda: catalogue.results_tallies("2025-01", "2025-12"), 3)
            figures, report = best_of(lambda: yearly_report(catalogue, 2025), 5)
        finally:
            catalogue.close()
    ratio = figures / reference
    print(
        f"yearly figures 2025, {PROGRAMMES} programmes × 3 years of results: {figures * 1000:.0f} ms"
    )
    print(f"reference (one SQL query, results_by_gender for the year): {reference * 1000:.0f} ms")
    print(f"for scale, results_tallies for the year: {per_programme * 1000:.0f} ms")
    print(f"ratio: {ratio:.2f}× (target ≤ {TARGET_RATIO:g}×); target < {TARGET_S:g} s")
    print(f"U40455 = {report.figure('work_or_studies_share').value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
