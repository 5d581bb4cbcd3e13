"""The figures made from a group's packed sums by position (the Results tab's quick
path) are those made from its counts by name, to the last digit and key order, at
every field width the index packs with; and the index's document is the store's,
key order included (the CLI's JSON writes them in that order)."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import DAYS, ENROLLED, EXIT_PREFIX, START, STAY_DAYS
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.core.results.figures import (
    MeasurePositions,
    Tally,
    figures_of_counts,
    figures_of_values,
    group_figures,
    histogram_median,
)
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.period import ResultsFilter, results_document
from amp_desktop.core.store import Catalogue
from tests.results_data import store_results


def _random_counts(rng: random.Random) -> dict[str, int]:
    counts = {ENROLLED: rng.randrange(5), START: rng.randrange(9), DAYS: rng.randrange(900)}
    for key in rng.sample(REASON_KEYS, rng.randrange(len(REASON_KEYS) + 1)):
        counts[EXIT_PREFIX + key] = rng.randrange(4)
    for weeks in rng.sample(range(120), rng.randrange(6)):
        counts[f"stay:{weeks}"] = rng.randrange(3)
    counts[STAY_DAYS] = rng.randrange(2_000)
    return counts


def test_figures_by_position_are_the_figures_by_name() -> None:
    rng = random.Random(4)
    for _ in range(400):
        counts = _random_counts(rng)
        measures = list(counts)
        rng.shuffle(measures)
        extra = rng.sample(["stay:7", "stay:300", "exit:work", "other"], 2)
        measures += [m for m in extra if m not in counts]  # fields of other groups: 0 here
        values = [counts.get(m, 0) for m in measures] + [0]
        by_position = figures_of_values(values, MeasurePositions(measures))
        by_name = figures_of_counts(counts)
        assert json.dumps(by_position) == json.dumps(by_name)
        assert by_name == group_figures(Tally(Counter(counts)))


def test_the_median_stay_by_position_is_the_histogram_median() -> None:
    rng = random.Random(9)
    for _ in range(300):
        histogram = {w: rng.randrange(4) for w in rng.sample(range(60), rng.randrange(1, 8))}
        measures = [f"stay:{w}" for w in histogram]
        values = [*histogram.values(), 0]
        got = figures_of_values(values, MeasurePositions(measures))["median_stay_weeks"]
        assert got == histogram_median({w: n for w, n in histogram.items() if n})


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:  # type: ignore[misc]
    from amp_desktop.core.domain import Programme, ProgrammeType
    from amp_desktop.core.store import ChangeSet, ProgrammeChange

    made = Catalogue.create(tmp_path_factory.mktemp("positions") / "results.amp")
    programmes = [
        Programme(
            name=f"Programme {pid:02d}",
            places=4 + pid,
            annual_budget_sek=None if pid == 5 else 90_000 * pid,
            type=ProgrammeType.SECONDARY if pid % 4 == 0 else ProgrammeType.PRIMARY,
            unit=("Navet", "Jobbcentrum", "")[pid % 3],
            goal_work_or_studies_share=0.35 if pid % 2 else None,
            id=pid,
        )
        for pid in range(1, 11)
    ]
    made.apply(ChangeSet("test", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
    made.set_default_goals({"primary": 0.48})
    store_results(made, 2024, 2, starts_per_month=2, seed=8)
    yield made
    made.close()


@pytest.mark.parametrize("total", [0, 2**32, 2**70], ids=["32-bit", "64-bit", "72-bit"])
def test_the_index_document_is_the_store_one_key_order_included(
    catalogue: Catalogue, total: int
) -> None:
    first, last, stored = catalogue.results_extent()
    assert first is not None and last is not None
    index = ResultsIndex(first, last, max(total, stored))  # (fields as wide as asked)
    index.load(catalogue.results_every(first, last), first, last)
    programmes, goals = catalogue.programmes(), catalogue.default_goals()
    for period in (Period.year(2024), Period("2024-11", "2025-03"), Period.year(2026)):
        for selection in (ResultsFilter(), ResultsFilter(gender="M"), ResultsFilter(unit="")):
            tallies = catalogue.results_tallies(
                period.first, period.last, need_level=selection.need_level, gender=selection.gender
            )
            expected = results_document(programmes, tallies, period, selection, goals)
            got = index.document(programmes, period, selection, goals)
            assert json.dumps(got) == json.dumps(expected), (period, selection)
