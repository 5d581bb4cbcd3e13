"""Review of the resumption rule (:mod:`amp_desktop.core.store.resumption`) over
random catalogues whose programmes' results lie in many runs of months (runs of one
month, gaps of one to four, gaps across a year's end), imported one run at a time:

* a period never shows fewer participants than a period inside it, per programme,
  gender and need level — whatever the lists say, so long as a programme's runs are
  apart (each list its own random enrolments, agreeing with no other);
* where the lists are exports of one case system (one set of enrolments), the
  participants are a lower bound: no more than the enrolments running in some month
  of the period that holds results, and exactly those when nobody left in a gap;
* the Results tab's index (compact sums, rows; its quick path and its filtered path),
  the store's tallies, the yearly sums per gender and an import's before → after give
  the rule's participants, counted here from the rows as the rule is written.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.excel.participants_import import _before_after
from amp_desktop.core.planning import Period
from amp_desktop.core.planning.period import month_index, month_text
from amp_desktop.core.results.aggregate import NEED_LEVELS, Enrolment, aggregate
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from tests.results_data import INDEX_SOURCES, index_read_from

FIRST, LAST = month_index("2024-09"), month_index("2026-04")  # (20 months)
PROGRAMMES = (1, 2, 3, 4, 5, 6)
UNITS = ("Navet", "Jobbcentrum")
Group = tuple[int, str, str]  # programme, gender, need level


def _day(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _truth(rng: random.Random, pid: int, many: int) -> list[Enrolment]:
    """Random enrolments of one programme from half a year before the months on."""
    begin, end = _day(FIRST - 6), _day(LAST + 1)
    made = []
    for _ in range(many):
        start = begin + dt.timedelta(days=rng.randrange((end - begin).days))
        length = rng.choice((rng.randrange(0, 25), rng.randrange(25, 120), rng.randrange(120, 500)))
        stop: dt.date | None = start + dt.timedelta(days=length)
        reason: str | None = rng.choice(REASON_KEYS)
        if stop is not None and (stop >= end or rng.random() < 0.1):
            stop, reason = None, None
        gender = rng.choice(("K", "M", ""))
        made.append(Enrolment(pid, start, stop, reason, gender, rng.choice(NEED_LEVELS), ""))
    return made


def _runs(rng: random.Random) -> list[tuple[int, int]]:
    """Runs of months of FIRST … LAST, one to four months long, one to four apart."""
    runs, at = [], FIRST + rng.randint(0, 2)
    while at <= LAST:
        end = min(at + rng.randint(0, 3), LAST)
        runs.append((at, end))
        at = end + 1 + rng.randint(1, 4)
    return runs


def _in_months(made: list[Enrolment], a: int, b: int) -> list[Enrolment]:
    """The enrolments a list of months *a* … *b* shows (running in one of them)."""
    first, after = _day(a), _day(b + 1)
    return [e for e in made if e.start < after and (e.end is None or e.end >= first)]


def _import(
    catalogue: Catalogue, made: list[Enrolment], ids: tuple[int, ...], a: int, b: int
) -> None:
    first, last = month_text(a), month_text(b)
    rows = tuple(aggregate(made, first, last).sorted_rows())
    before = tuple(catalogue.results_scope(ids, first, last))
    change = ResultsChange(
        ids, first, last, before, rows,
        coverage_before=tuple(catalogue.results_coverage_scope(ids, first, last)),
        coverage_after=covering(ids, first, last),
    )  # fmt: skip
    summary = _before_after(SimpleNamespace(names={p: f"P{p}" for p in ids}), before, rows)  # type: ignore[arg-type]
    said = {int(s["programme"][1:]): tuple(s["participants"]) for s in summary}
    was = _participants(catalogue, first, last)
    catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))
    now = _participants(catalogue, first, last)
    assert said == {p: (was[p], now[p]) for p in said}, (ids, first, last)


def _participants(catalogue: Catalogue, first: str, last: str) -> Counter[int]:
    counted: Counter[int] = Counter()
    for (pid, _g, _n), counts in catalogue.results_tallies(first, last).items():
        counted[pid] += counts["enrolled"] + counts["starts"]
    return counted


def _catalogue(
    path: Path, seed: int, agreeing: bool
) -> tuple[Catalogue, dict[int, list[Enrolment]]]:
    """Each programme's runs imported one list at a time: the lists of one set of
    enrolments (*agreeing*), or each its own."""
    rng = random.Random(seed)
    catalogue = Catalogue.create(path)
    programmes = [
        Programme(
            f"P{pid}", places=5, annual_budget_sek=10_000 * pid, unit=UNITS[pid % 2],
            type=ProgrammeType.SECONDARY if pid % 3 == 0 else ProgrammeType.PRIMARY, id=pid,
        )
        for pid in PROGRAMMES
    ]  # fmt: skip
    catalogue.apply(ChangeSet("t", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
    truths = {pid: _truth(rng, pid, rng.randint(8, 40)) for pid in PROGRAMMES}
    for pid in PROGRAMMES:
        for a, b in _runs(rng):
            made = truths[pid] if agreeing else _truth(rng, pid, rng.randint(3, 30))
            _import(catalogue, _in_months(made, a, b), (pid,), a, b)
    if agreeing:
        # Re-imports of the same system's lists over runs already stored: nothing changes.
        for pid in rng.sample(PROGRAMMES, 2):
            a = rng.randint(FIRST, LAST)
            b = min(a + rng.randint(0, 5), LAST)
            _import(catalogue, _in_months(truths[pid], a, b), (pid,), a, b)
    return catalogue, truths


def by_rule(catalogue: Catalogue, first: str, last: str) -> Counter[Group]:
    """The rule as written, from the rows: per programme, gender and need level,
    ``enrolled`` of the programme's first month with results in the period + the
    starts + after each gap (months of the programme without any result) the enrolled
    of the month it resumes beyond the running at the end of the month before it
    (enrolled + starts − exits), none when fewer."""
    cells: dict[tuple[int, int, str, str], Counter[str]] = {}
    held: dict[int, set[int]] = {}
    for pid, text, gender, need, measure, value in catalogue.results_every(first, last):
        cells.setdefault((pid, month_index(text), gender, need), Counter())[measure] += value
        held.setdefault(pid, set()).add(month_index(text))
    out: Counter[Group] = Counter()
    for (pid, at, gender, need), counts in cells.items():
        out[pid, gender, need] += counts["starts"]
        months = sorted(held[pid])
        if at == months[0]:
            out[pid, gender, need] += counts["enrolled"]
        elif at - 1 not in held[pid]:
            before = cells.get((pid, max(m for m in months if m < at), gender, need), Counter())
            exits = sum(n for m, n in before.items() if m.startswith("exit:"))
            running = before["enrolled"] + before["starts"] - exits
            out[pid, gender, need] += max(counts["enrolled"] - running, 0)
    return +out


def _tallied(catalogue: Catalogue, first: str, last: str) -> Counter[Group]:
    out: Counter[Group] = Counter()
    for key, counts in catalogue.results_tallies(first, last).items():
        out[key] += counts["enrolled"] + counts["starts"]
    return +out


def _all_periods() -> Iterator[tuple[int, int]]:
    for a in range(FIRST, LAST + 1):
        for b in range(a, LAST + 1):
            yield a, b


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_a_period_counts_no_fewer_than_any_period_inside_it(tmp_path: Path, seed: int) -> None:
    catalogue, _ = _catalogue(tmp_path / "c.amp", seed, agreeing=False)
    with catalogue:
        counted = {
            (a, b): _tallied(catalogue, month_text(a), month_text(b)) for a, b in _all_periods()
        }
        gaps = 0
        for (a, b), wider in counted.items():
            assert wider == by_rule(catalogue, month_text(a), month_text(b)), (a, b)
            for inner in ((a + 1, b), (a, b - 1)):
                if inner in counted:
                    fewer = {g: n for g, n in counted[inner].items() if n > wider[g]}
                    assert not fewer, (month_text(a), month_text(b), inner, fewer)
        # The rule from a change's rows (an import's preview) is the store's.
        from amp_desktop.core.store.resumption import (
            months_held,
            resumed_of_held,
            resumed_of_result_rows,
        )

        for a, b in list(counted)[::7]:
            first, last = month_text(a), month_text(b)
            rows = catalogue.results_scope(PROGRAMMES, first, last)
            held = months_held(catalogue.conn, first, last)
            assert resumed_of_result_rows(rows) == resumed_of_held(
                catalogue.conn, held, first, last
            )
        for pid in PROGRAMMES:
            months = sorted({month_index(r[1]) for r in catalogue.results_every() if r[0] == pid})
            gaps += sum(1 for x, y in zip(months, months[1:], strict=False) if y > x + 1)
        assert gaps >= 10  # (several gaps per programme)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_participants_are_a_lower_bound_of_the_enrolments_seen(
    tmp_path: Path, seed: int
) -> None:
    """Lists of one set of enrolments: per group, the participants of a period are at
    most the enrolments running in a month of it that holds results, at least those
    running in its first such month or starting in one, and all of them when nobody
    whom no month held left in a gap."""
    catalogue, truths = _catalogue(tmp_path / "c.amp", seed, agreeing=True)
    with catalogue:
        held: dict[int, set[int]] = {}
        for pid, month, *_rest in catalogue.results_every():
            held.setdefault(pid, set()).add(month_index(month))
        exact = 0
        for a, b in list(_all_periods())[::3]:
            counted = _tallied(catalogue, month_text(a), month_text(b))
            for pid, made in truths.items():
                months = sorted(m for m in held.get(pid, ()) if a <= m <= b)
                seen: Counter[Group] = Counter()
                least: Counter[Group] = Counter()
                for e in made:
                    shown = [m for m in months if _in_months([e], m, m)]
                    if shown:
                        seen[pid, e.gender, e.need_level] += 1
                        if shown[0] == months[0] or _month(e.start) in months:
                            least[pid, e.gender, e.need_level] += 1
                mine = Counter({g: n for g, n in counted.items() if g[0] == pid})
                assert not +(mine - seen), (pid, month_text(a), month_text(b))
                assert not +(least - mine), (pid, month_text(a), month_text(b))
                exact += mine == +seen
        assert exact > 0


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


SELECTIONS = [
    ResultsFilter(),
    ResultsFilter(gender="M"),
    ResultsFilter(gender=""),
    ResultsFilter(need_level="AM2"),
    ResultsFilter(need_level="", gender="K"),
    ResultsFilter(unit="Navet"),
    ResultsFilter(type="secondary", gender="K"),
]


@pytest.mark.parametrize("seed", [6, 7])
def test_every_reader_gives_the_rules_participants_over_many_gaps(
    tmp_path: Path, seed: int
) -> None:
    from amp_desktop.ui.results.computation import compute_results

    catalogue, _ = _catalogue(tmp_path / "c.amp", seed, agreeing=False)
    with catalogue:
        programmes = catalogue.programmes()
        of = {p.id: p for p in programmes}
        readers = {s: index_read_from(catalogue, s) for s in INDEX_SOURCES}
        rng = random.Random(seed)
        periods = [Period.year(2025), Period("2024-09", "2026-04")]
        periods += [
            Period(month_text(a), month_text(b)) for a, b in rng.sample(list(_all_periods()), 12)
        ]
        for period in periods:
            rule = by_rule(catalogue, period.first, period.last)
            sums = catalogue.results_by_gender(period.first, period.last)
            for gender in ("K", "M", ""):
                counts = sums.get(gender, Counter())
                wanted = sum(n for (_p, g, _n), n in rule.items() if g == gender)
                assert counts["enrolled"] + counts["starts"] == wanted, (period, gender)
            for selection in SELECTIONS:
                wanted_by: Counter[int] = Counter()
                needs: Counter[str] = Counter()
                for (pid, gender, need), n in rule.items():
                    if not selection.admits(of[pid]):
                        continue
                    if selection.gender in (None, gender) and selection.need_level in (None, need):
                        wanted_by[pid] += n
                        needs[need] += n
                documents = {
                    name: compute_results(catalogue, programmes, period, selection, index)
                    for name, index in {**readers, "tallies": None}.items()
                }
                for name, document in documents.items():
                    where = (str(period), str(selection), name)
                    got = {r["id"]: r["participants"] or 0 for r in document["programmes"]}
                    assert +Counter(got) == +wanted_by, where
                    assert (document["all"]["participants"] or 0) == wanted_by.total(), where
                    levels = document["totals"]["need_level"].items()
                    assert {v: f["participants"] for v, f in levels if f["participants"]} == +needs
                assert documents["compact sums"] == documents["tallies"], where
                assert documents["rows"] == documents["tallies"], where


@pytest.mark.parametrize("seed", [8, 9, 10])
def test_one_lists_counts_never_resume_beyond(seed: int) -> None:
    """What lets an import's preview leave its own rows out of the rule
    (``participants_import._before_after``): in one list's counts, whoever runs on a
    month's first day ran at the end of the month before, so after months without
    results (nobody in the programme) none run — months apart, short stays."""
    from amp_desktop.core.store.resumption import resumed_of_result_rows, resumed_of_rows

    rng = random.Random(seed)
    made: list[Enrolment] = []
    for pid in PROGRAMMES:
        for _ in range(rng.randint(2, 12)):
            start = _day(FIRST) + dt.timedelta(days=rng.randrange(560))
            end = start + dt.timedelta(days=rng.randrange(0, 40))
            made.append(Enrolment(pid, start, end, rng.choice(REASON_KEYS), rng.choice("KM")))
    rows = aggregate(made, month_text(FIRST), month_text(LAST)).sorted_rows()
    held: dict[int, set[int]] = {}
    for pid, month, *_rest in rows:
        held.setdefault(pid, set()).add(month_index(month))
    assert any(max(m) - min(m) + 1 > len(m) for m in held.values())  # (gaps)
    assert resumed_of_result_rows(rows) == {}
    assert resumed_of_rows((r[0], r[1], (r[2], r[3]), r[5], r[6]) for r in rows) == {}
