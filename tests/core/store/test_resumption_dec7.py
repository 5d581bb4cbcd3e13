"""Participants of a period in which a programme's results stop and resume (a list of
January–March and one of July–December, nothing for April–June): those running when
they resume, beyond those running when they stopped, count too
(:mod:`amp_desktop.core.store.resumption`; before, whoever started in the months no
list covered was left out, so the year 2025 showed fewer participants than
July–December).

Programme 1 ("Glapp"), all AM2.  January–March: Anna (K) running since November 2024,
Bo (M) from 1 February (he leaves in May, which no list shows).  July–December: Anna
still running, Cia (K) who started on 15 April, Dan (M) from 1 May who leaves for work
on 30 September, Erik (M) from 1 August.  By hand, for 2025: running on
1 January 1 (Anna) + starts January–March 1 (Bo); at the end of March running K 1, M 1;
on 1 July K 2 (Anna, Cia), M 1 (Dan): beyond, K 1, M 0 (Bo may still be there: a
lower bound); starts July–December 1 (Erik): 4 participants, women 2, men 2, 1 exit.
Programme 2 ("Hel") has results all year: 1.  Every reader gives those figures: the
Results tab (its index, from the compact sums and from the rows), ``amp results``,
the yearly figures' sums per gender and an import's before → after.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.participants_import import _before_after
from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from tests.results_data import (
    INDEX_SOURCES,
    import_changes,
    index_read_from,
    participant_figures,
    results_argv,
    scope_change,
)

D = dt.date
ANNA = Enrolment(1, D(2024, 11, 1), None, None, "K", "AM2", "")
BO = Enrolment(1, D(2025, 2, 1), D(2025, 5, 10), "interrupted", "M", "AM2", "")
CIA = Enrolment(1, D(2025, 4, 15), None, None, "K", "AM2", "")
DAN = Enrolment(1, D(2025, 5, 1), D(2025, 9, 30), "work", "M", "AM2", "")
ERIK = Enrolment(1, D(2025, 8, 1), None, None, "M", "AM2", "")
#: As the two lists show them (Bo still running at the end of March).
SPRING = [ANNA, BO._replace(end=None, reason=None)]
AUTUMN = [ANNA, CIA, DAN, ERIK]
WHOLE = [Enrolment(2, D(2025, 2, 10), D(2025, 3, 20), "studies", "K", "AM1", "")]

#: period → programme → (participants, women, men, starts, exits)
EXPECTED = {
    Period.year(2025): {1: (4, 2, 2, 2, 1), 2: (1, 1, 0, 1, 1)},
    Period("2025-07", "2025-12"): {1: (4, 2, 2, 1, 1), 2: (0, 0, 0, 0, 0)},
    Period("2025-03", "2025-08"): {1: (4, 2, 2, 1, 0), 2: (1, 1, 0, 0, 1)},
    Period("2025-02", "2025-07"): {1: (3, 2, 1, 1, 0), 2: (1, 1, 0, 1, 1)},
    # (no list covered April–June for Glapp: its figures are not known)
    Period("2025-04", "2025-06"): {1: None, 2: (0, 0, 0, 0, 0)},
}


def _change(
    catalogue: Catalogue, pid: int, made: list[Enrolment], first: str, last: str
) -> ResultsChange:
    return scope_change(catalogue, pid, aggregate(made, first, last).sorted_rows(), first, last)


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    with Catalogue.create(tmp_path / "c.amp") as made:
        programmes = [
            Programme("Glapp", places=5, annual_budget_sek=120_000, id=1),
            Programme("Hel", places=5, annual_budget_sek=120_000, id=2),
        ]
        made.apply(ChangeSet("t", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
        import_changes(made, _change(made, 1, SPRING, "2025-01", "2025-03"))
        import_changes(
            made,
            _change(made, 1, AUTUMN, "2025-07", "2025-12"),
            _change(made, 2, WHOLE, "2025-01", "2025-12"),
        )
        yield made


def _count(figures: tuple[int, ...] | None, at: int) -> int:
    return figures[at] if figures else 0


@pytest.mark.parametrize("read_from", INDEX_SOURCES)
def test_the_results_tab_counts_those_running_when_a_programmes_results_resume(
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
            else:  # (programme 2's enrolment is AM1)
                assert got[1] == expected[1], (period, read_from)
            am2 = document["totals"]["need_level"].get("AM2", {})
            assert (am2.get("participants") or 0) == _count(expected[1], 0), (period, read_from)
        for at, gender in ((1, "K"), (2, "M")):
            narrowed = ResultsFilter(gender=gender)
            document = compute_results(catalogue, programmes, period, narrowed, index)
            glapp = next(r for r in document["programmes"] if r["id"] == 1)
            assert (glapp["participants"] or 0) == _count(expected[1], at), (period, gender)


def test_the_year_counts_no_fewer_than_its_months_after_the_gap(catalogue: Catalogue) -> None:
    tallies = catalogue.results_tallies("2025-01", "2025-12")
    later = catalogue.results_tallies("2025-07", "2025-12")

    def participants(of: dict[tuple[int, str, str], object]) -> int:
        return sum(c["enrolled"] + c["starts"] for (pid, _g, _n), c in of.items() if pid == 1)  # type: ignore[index]

    assert participants(tallies) == 4
    assert participants(later) == 4


def test_amp_results_counts_those_running_when_a_programmes_results_resume(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    from amp_desktop.cli import main

    for period, expected in EXPECTED.items():
        assert main(results_argv(catalogue.path, period, ResultsFilter())) == 0
        document = json.loads(capsys.readouterr().out)
        got = {row["id"]: participant_figures(row) for row in document["programmes"]}
        assert got == expected, period
        assert main(results_argv(catalogue.path, period, ResultsFilter(gender="K"))) == 0
        women = json.loads(capsys.readouterr().out)
        glapp = next(row for row in women["programmes"] if row["id"] == 1)
        assert (glapp["participants"] or 0) == _count(expected[1], 1), period


def test_the_yearly_sums_per_gender_count_those_running_when_results_resume(
    catalogue: Catalogue,
) -> None:
    for period, expected in EXPECTED.items():
        sums = catalogue.results_by_gender(period.first, period.last)
        for at, gender in ((1, "K"), (2, "M")):
            counts = sums.get(gender, {})
            participants = counts.get("enrolled", 0) + counts.get("starts", 0)
            assert participants == sum(_count(figures, at) for figures in expected.values()), (
                period,
                gender,
            )


def test_an_import_over_the_gap_says_the_participants_before_by_the_same_rule(
    catalogue: Catalogue,
) -> None:
    """A list of the whole year for Glapp replaces both: before 4 (the rule), after 5."""
    change = _change(catalogue, 1, [ANNA, BO, CIA, DAN, ERIK], "2025-01", "2025-12")
    preview = SimpleNamespace(names={1: "Glapp"})
    summary = _before_after(preview, change.before, change.after)  # type: ignore[arg-type]
    assert summary == [
        {"programme": "Glapp", "participants": [4, 5], "starts": [2, 4], "exits": [1, 2]}
    ]
    import_changes(catalogue, change)
    tallies = catalogue.results_tallies("2025-01", "2025-12")
    assert sum(c["enrolled"] + c["starts"] for (pid, _g, _n), c in tallies.items() if pid == 1) == 5
