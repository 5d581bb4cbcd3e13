"""Every reader of the stored results gives the same participants (and every other
figure the same), for random catalogues of several imports per catalogue whose months
leave gaps: the Results tab (its index from the compact sums and from the rows, and
the store's tallies), ``amp results --json``, the yearly figures' sums per gender and
an import's before → after — and the participants are the rule's
(:mod:`amp_desktop.core.results.aggregate`, after a gap or where two lists meet
:mod:`amp_desktop.core.store.resumption`) counted from the rows.

Programmes whose results begin late in a period, end in its last month, lie in two
runs of months (January–March and July–December), are covered with nobody in them or
not at all; periods of a year, a tertial, month ranges, single months, and periods
beginning before / ending after every result; every filter (unit, type, need level,
not stated included, gender)."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.excel.participants_import import _before_after
from amp_desktop.core.planning import Period
from amp_desktop.core.planning.period import month_index, month_text
from amp_desktop.core.results.aggregate import AGE_BANDS, NEED_LEVELS, Enrolment, aggregate
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.index_reading import new_index
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from tests.results_data import INDEX_SOURCES, index_read_from, results_argv

SEEDS = (1, 2, 3, 4)
UNITS = ("Navet", "Jobbcentrum", "")
PROGRAMMES = range(1, 10)  # (9: never imported)
#: Imports every catalogue has: two runs of months for programme 1 (a gap April–June),
#: programme 2 only in December 2024, programme 3 covered with nobody in it, then
#: listed again over months whose stored results began later.
FIXED_IMPORTS = (
    ((1, 3), "2025-01", "2025-03", "whole"),
    ((1,), "2025-07", "2025-12", "whole"),
    ((2,), "2024-12", "2024-12", "whole"),
    ((3,), "2024-05", "2024-10", "none"),
    # (re-imported from before its stored months: before, programme 3 began in January)
    ((3, 5), "2024-11", "2025-06", "whole"),
    # (a list ending where programme 1's first list begins: the two meet in January)
    ((1,), "2024-07", "2024-12", "last"),
)
PERIODS = [
    Period.year(2024),
    Period.year(2025),
    Period.tertial(2024, 3),
    Period.tertial(2025, 1),
    Period.tertial(2025, 2),
    Period("2025-04", "2025-09"),  # (programme 1 from July)
    Period("2024-12", "2024-12"),
    Period("2024-11", "2025-02"),
    Period("2023-06", "2026-03"),  # (before and after every result)
    Period("2026-01", "2026-12"),  # (no result at all)
]
SELECTIONS = [
    ResultsFilter(),
    ResultsFilter(gender="K"),
    ResultsFilter(gender="M"),
    ResultsFilter(unit="Navet"),
    ResultsFilter(unit=""),
    ResultsFilter(type="primary"),
    ResultsFilter(type="secondary", gender="K"),
    ResultsFilter(need_level="AM1"),
    ResultsFilter(need_level="AM3", gender="M"),
    ResultsFilter(need_level=""),
    ResultsFilter(unit="Jobbcentrum", type="primary", need_level="AM2", gender="K"),
]
#: (``amp results`` has no option for the need level not stated; a process each: fewer)
CLI_SELECTIONS = [s for s in SELECTIONS if s.need_level != ""][::2]
CLI_PERIODS = [PERIODS[1], PERIODS[2], PERIODS[5], PERIODS[6], PERIODS[8]]


def _programmes() -> list[Programme]:
    return [
        Programme(
            name=f"Insats {pid:02d}",
            places=(0, 4, 9)[pid % 3],
            annual_budget_sek=None if pid % 4 == 0 else 50_000 * pid,
            type=ProgrammeType.SECONDARY if pid % 3 == 0 else ProgrammeType.PRIMARY,
            unit=UNITS[pid % 3],
            goal_work_or_studies_share=0.3 if pid % 2 else None,
            id=pid,
        )
        for pid in PROGRAMMES
    ]


def _month_start(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _enrolments(rng: random.Random, pid: int, first: str, last: str, mode: str) -> list[Enrolment]:
    """Random enrolments of one programme for a list of months *first* … *last*:
    ``whole`` from before the list on, ``late`` beginning some months into it, ``last``
    only in its last month, ``sparse`` a few short stays (months with nobody between)."""
    m0, m1 = month_index(first), month_index(last)
    cover_start, cover_end = _month_start(m0), _month_start(m1 + 1) - dt.timedelta(days=1)
    if mode == "none":
        return []
    low = {"whole": m0 - 6, "late": rng.randint(m0 + 1, m1) if m1 > m0 else m0, "last": m1}
    begin = _month_start(low.get(mode, m0))
    span = max((cover_end - begin).days, 1)
    made = []
    for _ in range(rng.randint(2, 5) if mode == "sparse" else rng.randint(4, 25)):
        start = begin + dt.timedelta(days=rng.randrange(span))
        if mode == "sparse":
            length = rng.randrange(0, 20)
        else:
            length = rng.choice((0, rng.randrange(1, 30), rng.randrange(30, 400)))
        end: dt.date | None = start + dt.timedelta(days=length)
        reason: str | None = rng.choice(REASON_KEYS)
        if end is not None and (end > cover_end or rng.random() < 0.1):
            end, reason = None, None
        if end is not None and end < cover_start:
            continue  # (ended before the list's months: not in it)
        made.append(
            Enrolment(
                pid, start, end, reason, rng.choice(("K", "K", "M", "M", "")),
                rng.choice(NEED_LEVELS), rng.choice(AGE_BANDS),
            )
        )  # fmt: skip
    return made


def _random_imports(rng: random.Random) -> list[tuple[tuple[int, ...], str, str, str]]:
    imports = list(FIXED_IMPORTS)
    for _ in range(rng.randint(3, 5)):
        a = rng.randint(month_index("2024-01"), month_index("2025-12"))
        b = min(a + rng.randint(0, 13), month_index("2025-12"))
        ids = tuple(sorted(rng.sample((4, 5, 6, 7, 8), rng.randint(1, 4))))
        imports.append((ids, month_text(a), month_text(b), "random"))
    return imports


#: import → per programme in it: (participants before, after) by the rule, read from
#: the store's tallies of the list's months, and what the import's summary says
Summaries = list[tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]]


def _participants(catalogue: Catalogue, first: str, last: str) -> Counter[int]:
    counted: Counter[int] = Counter()
    for (pid, _g, _n), counts in catalogue.results_tallies(first, last).items():
        counted[pid] += counts["enrolled"] + counts["starts"]
    return counted


def _import(
    catalogue: Catalogue, rng: random.Random, ids: tuple[int, ...], first: str, last: str, mode: str
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]]]:
    made: list[Enrolment] = []
    for pid in ids:
        chosen = mode if mode != "random" else rng.choice(("whole", "late", "last", "sparse"))
        made += _enrolments(rng, pid, first, last, chosen)
    rows = tuple(aggregate(made, first, last).sorted_rows())
    before = tuple(catalogue.results_scope(ids, first, last))
    was = _participants(catalogue, first, last)
    change = ResultsChange(
        ids, first, last, before, rows,
        coverage_before=tuple(catalogue.results_coverage_scope(ids, first, last)),
        coverage_after=covering(ids, first, last),
        # where the list meets another, as an import marks it
        seams_before=tuple(catalogue.results_seams_scope(ids, first, last)),
        seams_after=catalogue.results_import_seams(ids, first, last),
    )  # fmt: skip
    preview = SimpleNamespace(names={pid: f"Insats {pid:02d}" for pid in PROGRAMMES})
    seams = catalogue.results_seams(first, last)
    summary = _before_after(preview, before, rows, seams)  # type: ignore[arg-type]
    catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))
    now = _participants(catalogue, first, last)
    said = {int(s["programme"][-2:]): tuple(s["participants"]) for s in summary}
    return {pid: (was[pid], now[pid]) for pid in said}, said


@pytest.fixture(scope="module", params=SEEDS, ids=lambda seed: f"seed{seed}")
def stored(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Catalogue, Summaries]]:
    rng = random.Random(request.param)
    catalogue = Catalogue.create(tmp_path_factory.mktemp("agree") / "c.amp")
    programmes = _programmes()
    catalogue.apply(
        ChangeSet("test", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes))
    )
    catalogue.set_default_goals({"secondary": 0.25})
    summaries = [_import(catalogue, rng, *made) for made in _random_imports(rng)]
    yield catalogue, summaries
    catalogue.close()


def _by_rule(
    catalogue: Catalogue, period: Period, selection: ResultsFilter
) -> dict[int, Counter[str]]:
    """Per programme and gender, the participants counted from the stored rows by the
    rule: ``enrolled`` of the programme's first month with any result in the period
    (whatever the filter), plus the starts of every month, plus after each gap those
    beyond the running before it."""
    rows = list(catalogue.results_every(period.first, period.last))
    counted: dict[int, str] = {}
    for pid, month, *_rest in rows:
        counted[pid] = min(month, counted.get(pid, month))
    out: dict[int, Counter[str]] = {}
    for pid, month, gender, need, measure, value in rows:
        if selection.need_level not in (None, need) or selection.gender not in (None, gender):
            continue
        if measure == "starts" or (measure == "enrolled" and month == counted[pid]):
            out.setdefault(pid, Counter())[gender] += value
    # After a gap in a programme's months (whatever the filter), or where two of its
    # lists meet, per gender and need level the enrolled of the month it resumes
    # beyond the running at the end of the month before.
    cells: dict[tuple[int, int, str, str], Counter[str]] = {}
    held: dict[int, set[int]] = {}
    for pid, month, gender, need, measure, value in rows:
        cells.setdefault((pid, month_index(month), gender, need), Counter())[measure] += value
        held.setdefault(pid, set()).add(month_index(month))
    seams = {
        (pid, month_index(month))
        for pid, months in catalogue.results_seams(period.first, period.last).items()
        for month in months
    }
    for (pid, month, gender, need), counts in cells.items():
        if month == min(held[pid]) or (month - 1 in held[pid] and (pid, month) not in seams):
            continue
        if selection.need_level not in (None, need) or selection.gender not in (None, gender):
            continue
        gap_before = max(m for m in held[pid] if m < month)
        was = cells.get((pid, gap_before, gender, need), Counter())
        exits = sum(n for measure, n in was.items() if measure.startswith("exit:"))
        beyond = counts["enrolled"] - (was["enrolled"] + was["starts"] - exits)
        if beyond > 0:
            out.setdefault(pid, Counter())[gender] += beyond
    return out


def _check_participants(
    document: dict[str, Any],
    expected: dict[int, Counter[str]],
    programmes: list[Programme],
    where: str,
) -> None:
    chosen = {row["id"] for row in document["programmes"]}
    for row in document["programmes"]:
        if row["participants"] is None:  # (not known: nothing stored, nothing covered)
            assert row["id"] not in expected, where
            continue
        mine = expected.get(row["id"], Counter())
        assert row["participants"] == mine.total(), (where, row["id"])
        for gender in ("K", "M"):
            assert row["by_gender"][gender]["participants"] == mine[gender], (where, row["id"])
    of = {p.id: p for p in programmes}
    everyone: Counter[str] = sum((expected.get(pid, Counter()) for pid in chosen), Counter())
    if all(row["participants"] is None for row in document["programmes"]):
        assert document["all"]["participants"] is None, where  # (none known)
        return
    assert document["all"]["participants"] == everyone.total(), where
    for gender in ("K", "M"):
        assert document["all"]["by_gender"][gender]["participants"] == everyone[gender], where
    for kind in ("unit", "type"):
        sums: Counter[str] = Counter()
        for pid in chosen:
            programme = of[pid]
            value = programme.unit if kind == "unit" else programme.type.value
            sums[value] += expected.get(pid, Counter()).total()
        got = {
            value: figures["participants"] for value, figures in document["totals"][kind].items()
        }
        assert {v: n for v, n in got.items() if n} == {v: n for v, n in sums.items() if n}, (
            where,
            kind,
        )


def _need_levels_by_rule(
    catalogue: Catalogue, period: Period, selection: ResultsFilter, chosen: set[int]
) -> dict[str, int]:
    levels: Counter[str] = Counter()
    for need in NEED_LEVELS:
        if selection.need_level in (None, need):
            narrowed = ResultsFilter(need_level=need, gender=selection.gender)
            counted = _by_rule(catalogue, period, narrowed)
            levels[need] = sum(counted.get(pid, Counter()).total() for pid in chosen)
    return {need: n for need, n in levels.items() if n}


def _late_running(catalogue: Catalogue, period: Period) -> int:
    """The programmes whose results begin after the period's first month with some
    enrolled then (whom counting the period's first month alone would leave out)."""
    counted: dict[int, str] = {}
    rows = list(catalogue.results_every(period.first, period.last))
    for pid, month, *_rest in rows:
        counted[pid] = min(month, counted.get(pid, month))
    return len(
        {
            pid
            for pid, month, _g, _n, measure, value in rows
            if measure == "enrolled" and value and month == counted[pid] > period.first
        }
    )


def _indexes(catalogue: Catalogue) -> dict[str, ResultsIndex | None]:
    made: dict[str, ResultsIndex | None] = {s: index_read_from(catalogue, s) for s in INDEX_SOURCES}
    return {**made, "tallies": None}


def test_the_tabs_readers_give_the_rules_participants_and_the_same_figures(
    stored: tuple[Catalogue, Summaries],
) -> None:
    from amp_desktop.ui.results.computation import compute_results

    catalogue, _ = stored
    programmes = catalogue.programmes()
    indexes = _indexes(catalogue)
    cases = late = 0
    for period in PERIODS:
        for selection in SELECTIONS:
            where = f"{period} {selection}"
            expected = _by_rule(catalogue, period, selection)
            late += _late_running(catalogue, period) if selection == ResultsFilter() else 0
            documents = {
                name: compute_results(catalogue, programmes, period, selection, index)
                for name, index in indexes.items()
            }
            for name, document in documents.items():
                _check_participants(document, expected, programmes, f"{where} {name}")
                chosen = {row["id"] for row in document["programmes"]}
                needs = {
                    value: figures["participants"]
                    for value, figures in document["totals"]["need_level"].items()
                    if figures["participants"]
                }
                assert needs == _need_levels_by_rule(catalogue, period, selection, chosen), (
                    where,
                    name,
                )
            # every other figure the same, whichever way it is read
            assert documents["compact sums"] == documents["tallies"], where
            assert documents["rows"] == documents["tallies"], where
            cases += 1
    assert cases == len(PERIODS) * len(SELECTIONS)
    assert late >= 3  # (programmes whose results begin later in a period, with some running then)


def test_amp_results_json_gives_what_the_tab_gives(
    stored: tuple[Catalogue, Summaries], capsys: pytest.CaptureFixture[str]
) -> None:
    from amp_desktop.cli import main
    from amp_desktop.ui.results.computation import compute_results

    catalogue, _ = stored
    programmes = catalogue.programmes()
    index = new_index(catalogue)
    for period in CLI_PERIODS:
        for selection in CLI_SELECTIONS:
            assert main(results_argv(catalogue.path, period, selection)) == 0
            printed = json.loads(capsys.readouterr().out)
            shown = compute_results(catalogue, programmes, period, selection, index)
            shown = json.loads(json.dumps(shown))  # (as JSON: tuples are lists)
            where = f"{period} {selection}"
            _check_participants(printed, _by_rule(catalogue, period, selection), programmes, where)
            for row in shown["programmes"]:
                del row["code"]
            assert printed["programmes"] == shown["programmes"], where
            assert printed["totals"] == shown["totals"], where
            assert printed["all"] == shown["all"], where


def test_the_yearly_sums_per_gender_are_the_tallies_summed(
    stored: tuple[Catalogue, Summaries],
) -> None:
    catalogue, _ = stored
    for period in PERIODS:
        summed: dict[str, Counter[str]] = {}
        for (_pid, gender, _need), counts in catalogue.results_tallies(
            period.first, period.last
        ).items():
            summed.setdefault(gender, Counter()).update(counts)
        summed = {g: +c for g, c in summed.items() if +c}
        sums = {g: +c for g, c in catalogue.results_by_gender(period.first, period.last).items()}
        assert {g: c for g, c in sums.items() if c} == summed, period
        # women + men + not stated = all
        everyone = _by_rule(catalogue, period, ResultsFilter())
        total = sum(counted.total() for counted in everyone.values())
        assert sum(c["enrolled"] + c["starts"] for c in sums.values()) == total, period
        for gender in ("K", "M", ""):
            by_rule = sum(counted[gender] for counted in everyone.values())
            counts = sums.get(gender, Counter())
            assert counts["enrolled"] + counts["starts"] == by_rule, (period, gender)


def test_the_imports_mark_where_their_lists_meet(stored: tuple[Catalogue, Summaries]) -> None:
    """The random imports meet one another, so the readers above are held to the rule
    where lists meet too (``test_result_seams_dec8`` counts a case by hand)."""
    catalogue, _ = stored
    seams = catalogue.results_seams()
    assert "2025-01" in seams.get(1, set())  # (the fixed list of July–December 2024)
    assert sum(map(len, seams.values())) >= 2


def test_an_imports_before_and_after_are_the_participants_of_its_months(
    stored: tuple[Catalogue, Summaries],
) -> None:
    _catalogue, summaries = stored
    assert len(summaries) >= len(FIXED_IMPORTS) + 3
    for number, (by_tallies, said) in enumerate(summaries):
        assert said == by_tallies, number
