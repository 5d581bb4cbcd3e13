"""Participants of a period whose first months hold no results for a programme: those
running when the programme's results begin count (found by the review of 6 December:
a year counted nobody already enrolled when a list's months began in July).

Programme 1 ("Sen") has results from July 2025 only: three women and men enrolled since
May and one who starts in September; programme 2 ("Hel") has results all year.  By hand,
for 2025: Sen has 3 running when its months begin + 1 start = 4 participants (women 2,
men 2), 3 exits to work; Hel has 1.  Every reader of the results gives those figures:
the Results tab (its index, from the compact sums and from the rows), ``amp results``,
the yearly figures' sums per gender and an import's before → after.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from tests.results_data import INDEX_SOURCES, index_read_from, participant_figures, results_argv

D = dt.date
LATE = [  # programme 1, counted from July: running since May, three leave for work
    Enrolment(1, D(2025, 5, 1), D(2025, 8, 15), "work", "K", "AM2", ""),
    Enrolment(1, D(2025, 5, 1), D(2025, 8, 15), "work", "K", "AM2", ""),
    Enrolment(1, D(2025, 5, 1), D(2025, 8, 15), "work", "M", "AM2", ""),
    Enrolment(1, D(2025, 9, 1), None, None, "M", "AM2", ""),
]
WHOLE = [Enrolment(2, D(2025, 2, 10), D(2025, 3, 20), "studies", "K", "AM1", "")]

#: period → programme → (participants, women, men, starts, exits)
EXPECTED = {
    Period.year(2025): {1: (4, 2, 2, 1, 3), 2: (1, 1, 0, 1, 1)},
    Period("2025-05", "2025-08"): {1: (3, 2, 1, 0, 3), 2: (0, 0, 0, 0, 0)},
    Period("2025-08", "2025-12"): {1: (4, 2, 2, 1, 3), 2: (0, 0, 0, 0, 0)},
    Period("2024-11", "2025-07"): {1: (3, 2, 1, 0, 0), 2: (1, 1, 0, 1, 1)},
}


def _change(pid: int, made: list[Enrolment], first: str, last: str) -> ResultsChange:
    rows = tuple(aggregate(made, first, last).rows())
    return ResultsChange((pid,), first, last, (), rows, coverage_before=(),
                         coverage_after=covering((pid,), first, last))  # fmt: skip


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    with Catalogue.create(tmp_path / "c.amp") as made:
        programmes = [
            Programme("Sen", places=5, annual_budget_sek=120_000, id=1),
            Programme("Hel", places=5, annual_budget_sek=120_000, id=2),
        ]
        made.apply(ChangeSet("t", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
        made.apply(
            ChangeSet(
                "Results",
                results=(
                    _change(1, LATE, "2025-07", "2025-12"),
                    _change(2, WHOLE, "2025-01", "2025-12"),
                ),
                kind="import",
            )
        )
        yield made


@pytest.mark.parametrize("read_from", INDEX_SOURCES)
def test_the_results_tab_counts_those_running_when_a_programmes_results_begin(
    catalogue: Catalogue, read_from: str
) -> None:
    from amp_desktop.ui.results.computation import compute_results

    programmes = catalogue.programmes()
    index = index_read_from(catalogue, read_from)
    for period, expected in EXPECTED.items():
        for selection in (ResultsFilter(), ResultsFilter(need_level="AM2")):
            document = compute_results(catalogue, programmes, period, selection, index)
            got = {row["id"]: participant_figures(row) for row in document["programmes"]}
            if selection.need_level is None:
                assert got == expected, (period, read_from)
                everyone = tuple(map(sum, zip(*expected.values(), strict=True)))
                assert participant_figures(document["all"]) == everyone, period
            else:  # (programme 2's enrolment is AM1)
                assert got[1] == expected[1], (period, read_from)
            am2 = document["totals"]["need_level"].get("AM2", {})
            assert am2.get("participants", 0) == expected[1][0], (period, read_from, selection)
        # women + men = all, every way it is filtered
        women = compute_results(catalogue, programmes, period, ResultsFilter(gender="K"), index)
        sen = next(row for row in women["programmes"] if row["id"] == 1)
        assert sen["participants"] == expected[1][1], period


def test_amp_results_counts_those_running_when_a_programmes_results_begin(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    from amp_desktop.cli import main

    for period, expected in EXPECTED.items():
        argv = results_argv(catalogue.path, period, ResultsFilter())
        assert main(argv) == 0
        document = json.loads(capsys.readouterr().out)
        got = {row["id"]: participant_figures(row) for row in document["programmes"]}
        assert got == expected, period
        assert main(results_argv(catalogue.path, period, ResultsFilter(gender="M"))) == 0
        men = json.loads(capsys.readouterr().out)
        sen = next(row for row in men["programmes"] if row["id"] == 1)
        assert sen["participants"] == expected[1][2], period


def test_the_yearly_sums_per_gender_count_those_running_when_results_begin(
    catalogue: Catalogue,
) -> None:
    for period, expected in EXPECTED.items():
        sums = catalogue.results_by_gender(period.first, period.last)
        for at, gender in ((1, "K"), (2, "M")):
            counts = sums.get(gender, {})
            participants = counts.get("enrolled", 0) + counts.get("starts", 0)
            assert participants == sum(figures[at] for figures in expected.values()), (
                period,
                gender,
            )
