"""Every figure of the Results tab's document (the by-position path over the index)
and of ``amp results --json`` (the store's tallies) is what a straightforward count of
the enrolments gives, for random lists stored as an import stores them: periods of a
year, a tertial, across the new year and past the lists' months; filters by unit,
type, need level and gender; stays crossing the new year, same-day stays and
enrolments still running."""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.core.domain import Programme, ProgrammeType, budget_in_period
from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import NEED_LEVELS, Enrolment, aggregate
from amp_desktop.core.results.categories import REASON_KEYS, WORK_OR_STUDIES
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from tests.results_data import INDEX_SOURCES, index_read_from, results_argv

FIRST, LAST = "2024-01", "2025-10"  # the months the stored lists cover
COVER_START, COVER_END = dt.date(2024, 1, 1), dt.date(2025, 10, 31)
UNITS = ("Navet", "Jobbcentrum", "")


def _programmes() -> list[Programme]:
    return [
        Programme(
            name=f"Insats {pid:02d}",
            places=(0, 3, 8, 12)[pid % 4],
            annual_budget_sek=None if pid % 5 == 0 else 60_000 * pid,
            type=ProgrammeType.SECONDARY if pid % 3 == 0 else ProgrammeType.PRIMARY,
            unit=UNITS[pid % 3],
            start_date="2024-09-15" if pid == 4 else None,
            end_date="2025-02-28" if pid == 7 else None,
            goal_work_or_studies_share=0.4 if pid % 2 else None,
            id=pid,
        )
        for pid in range(1, 10)
    ]


def _enrolments(rng: random.Random, ids: Iterable[int]) -> list[Enrolment]:
    span = (COVER_END - COVER_START).days
    made = []
    for pid in ids:
        if pid == 9:
            continue  # (a programme without results)
        for _ in range(rng.randint(5, 40)):
            start = COVER_START + dt.timedelta(days=rng.randrange(-90, span))
            length = rng.choice((0, 0, rng.randrange(1, 14), rng.randrange(14, 400)))
            end: dt.date | None = start + dt.timedelta(days=length)
            reason: str | None = rng.choice(REASON_KEYS)
            if end is None or end > COVER_END or rng.random() < 0.1:
                end, reason = None, None
            if end is not None and end < COVER_START:
                continue  # (ended before the lists' months: not in them)
            made.append(
                Enrolment(
                    pid, start, end, reason, rng.choice("KM" * 3 + " ").strip(),
                    rng.choice(NEED_LEVELS), "",
                )
            )  # fmt: skip
    return made


@pytest.fixture(scope="module")
def stored(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterable[tuple[Catalogue, list[Enrolment]]]:
    catalogue = Catalogue.create(tmp_path_factory.mktemp("recomputed") / "c.amp")
    programmes = _programmes()
    catalogue.apply(
        ChangeSet("test", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes))
    )
    catalogue.set_default_goals({"secondary": 0.25})
    ids = tuple(p.id or 0 for p in programmes)
    made = _enrolments(random.Random(12), ids)
    rows = tuple(aggregate(made, FIRST, LAST).rows())
    change = ResultsChange(ids, FIRST, LAST, (), rows, coverage_before=(),
                           coverage_after=covering(ids, FIRST, LAST))  # fmt: skip
    catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))
    yield catalogue, made
    catalogue.close()


def _bounds(period: Period) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(period.first + "-01")
    year, month = divmod(int(period.last[:4]) * 12 + int(period.last[5:7]), 12)
    return first, dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _group(enrolments: list[Enrolment], period: Period) -> dict[str, Any]:
    """The figures of a group counted from its enrolments, one by one."""
    first, last = _bounds(period)
    # Only the lists' months: a period that begins before them counts those running
    # when they begin (each programme's results begin there, or later with nobody
    # running then).
    first, last = max(first, COVER_START), min(last, COVER_END)
    enrolled = sum(1 for e in enrolments if e.start < first and (e.end is None or e.end >= first))
    starts = sum(1 for e in enrolments if first <= e.start <= last)
    exited = [e for e in enrolments if e.end is not None and first <= e.end <= last]
    by_reason = {key: sum(1 for e in exited if e.reason == key) for key in REASON_KEYS}
    exits = len(exited)
    work = sum(n for key, n in by_reason.items() if key in WORK_OR_STUDIES)
    stays = [(e.end - e.start).days for e in exited if e.end is not None]
    return {
        "participants": enrolled + starts,
        "starts": starts,
        "exits": exits,
        "exits_by_reason": by_reason,
        "work_or_studies": work,
        "work_or_studies_share": work / exits if exits else None,
        "median_stay_weeks": statistics.median([d // 7 for d in stays]) if stays else None,
        "mean_stay_weeks": sum(stays) / exits / 7 if exits else None,
    }


def _days(enrolments: list[Enrolment], period: Period) -> int:
    first, last = _bounds(period)
    first, last = max(first, COVER_START), min(last, COVER_END)
    return sum(
        max(0, (min(e.end or COVER_END, last) - max(e.start, first)).days + 1) for e in enrolments
    )


def _close(got: float | None, expected: float | None) -> bool:
    return got is expected if expected is None else got == pytest.approx(expected, rel=1e-12)


def _same(got: dict[str, Any], expected: dict[str, Any], where: str) -> None:
    for key, value in expected.items():
        if isinstance(value, float):
            assert got[key] == pytest.approx(value, rel=1e-12), (where, key)
        else:
            assert got[key] == value, (where, key, got[key], value)
        if isinstance(value, float) or value is None:
            assert type(got[key]) is type(value) or isinstance(got[key], float), (where, key)


def _check(
    document: dict[str, Any],
    made: list[Enrolment],
    programmes: list[Programme],
    period: Period,
    selection: ResultsFilter,
) -> None:
    def admitted(e: Enrolment) -> bool:
        return (selection.need_level is None or e.need_level == selection.need_level) and (
            selection.gender is None or e.gender == selection.gender
        )

    chosen = [p for p in programmes if selection.admits(p)]
    assert [row["id"] for row in document["programmes"]] == [p.id for p in chosen]
    of: dict[int, list[Enrolment]] = {p.id or 0: [] for p in programmes}
    for e in made:
        if admitted(e):
            of[e.programme_id].append(e)
    costs = selection.gender is None and selection.need_level is None
    period_days = (_bounds(period)[1] - _bounds(period)[0]).days + 1
    for programme, row in zip(chosen, document["programmes"], strict=True):
        where = f"{period} {selection} {programme.name}"
        mine = of[programme.id or 0]
        _same(row, _group(mine, period), where)
        for gender in ("K", "M"):
            _same(row["by_gender"][gender], _group([e for e in mine if e.gender == gender],
                                                   period), where + gender)  # fmt: skip
        occupancy = _days(mine, period) / period_days
        assert _close(row["average_occupancy"], occupancy), where
        utilisation = occupancy / programme.places if programme.places else None
        assert _close(row["actual_utilisation"], utilisation), where
        budget = budget_in_period(programme.annual_budget_sek, period.first, period.last,
                                  programme.start_date, programme.end_date)  # fmt: skip
        if budget == 0 and programme.annual_budget_sek:
            budget = None
        share, goal = row["work_or_studies_share"], row["goal_work_or_studies_share"]
        assert row["goal_met"] == (None if goal is None or share is None else share >= goal)
        for key, count in (
            ("cost_per_participant_sek", row["participants"]),
            ("cost_per_work_or_studies_sek", row["work_or_studies"]),
        ):
            want = budget / count if costs and budget is not None and count else None
            assert _close(row[key], want), (where, key, row[key], want)
    chosen_ids = {p.id for p in chosen}
    groups: dict[str, Callable[[Enrolment], str]] = {
        "need_level": lambda e: e.need_level,
        "unit": lambda e: next(p.unit for p in programmes if p.id == e.programme_id),
        "type": lambda e: next(p.type.value for p in programmes if p.id == e.programme_id),
    }
    everyone = [e for pid in chosen_ids for e in of[pid or 0]]
    for kind, key_of in groups.items():
        for value, figures in document["totals"][kind].items():
            group = [e for e in everyone if key_of(e) == value]
            _same(figures, _group(group, period), f"{period} {selection} {kind}={value}")
    _same(document["all"], _group(everyone, period), f"{period} {selection} all")
    for gender in ("K", "M"):
        chosen_gender = [e for e in everyone if e.gender == gender]
        _same(document["all"]["by_gender"][gender], _group(chosen_gender, period), "all")


PERIODS = [
    Period.year(2024),
    Period.year(2025),
    Period.tertial(2024, 3),
    Period.tertial(2025, 1),
    Period("2024-11", "2025-02"),
    Period("2024-03", "2024-03"),
    Period("2024-01", "2024-01"),
    Period("2025-09", "2025-12"),  # (past the lists' months)
    Period("2023-10", "2024-02"),  # (before them)
]
SELECTIONS = [
    ResultsFilter(),
    ResultsFilter(unit="Navet"),
    ResultsFilter(unit=""),
    ResultsFilter(type="secondary"),
    ResultsFilter(need_level="AM2"),
    ResultsFilter(need_level=""),
    ResultsFilter(gender="K"),
    ResultsFilter(unit="Jobbcentrum", type="primary", need_level="AM1", gender="M"),
]


@pytest.mark.parametrize("read_from", INDEX_SOURCES)
def test_the_tabs_figures_are_the_enrolments_counted_one_by_one(
    stored: tuple[Catalogue, list[Enrolment]], read_from: str
) -> None:
    from amp_desktop.ui.results.computation import compute_results

    catalogue, made = stored
    programmes = catalogue.programmes()
    index = index_read_from(catalogue, read_from)
    for period in PERIODS:
        for selection in SELECTIONS:
            document = compute_results(catalogue, programmes, period, selection, index)
            _check(document, made, programmes, period, selection)


#: (``amp results`` has no option for the need level not stated)
CLI_SELECTIONS = [s for s in SELECTIONS if s.need_level != ""]


@pytest.mark.parametrize("selection", CLI_SELECTIONS, ids=str)
def test_amp_results_json_is_the_enrolments_counted_one_by_one(
    stored: tuple[Catalogue, list[Enrolment]],
    selection: ResultsFilter,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from amp_desktop.cli import main

    catalogue, made = stored
    path = Path(catalogue.path)
    programmes = catalogue.programmes()
    for period in (PERIODS[0], PERIODS[4], PERIODS[-1]):
        assert main(results_argv(path, period, selection)) == 0
        document = json.loads(capsys.readouterr().out)
        _check(document, made, programmes, period, selection)
