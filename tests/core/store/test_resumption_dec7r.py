"""Review of the resumption rule (:mod:`amp_desktop.core.store.resumption`): several
gaps in one period, a one-month run of results between two gaps, a gap across a
year's end, periods beginning and ending inside a gap, a gap of one group only, and
every filter — through every reader, against figures worked out by hand.

Programme 1 ("Glapp", unit Navet, primary) has results in January 2025, April 2025
(one month between two gaps), July 2025, December 2025 and February 2026 (a gap across
the year's end); groups (K, AM1) and (M, AM2).  Per month, enrolled / starts / exits →
running at the end:

========  =====================  =====================
month     K AM1                  M AM2
========  =====================  =====================
2025-01   2 / 1 / 1 → 2          1 / 0 / 0 → 1
2025-04   4 / 0 / 1 → 3          —  (no row: running 0)
2025-07   3 / 0 / 0 → 3          2 / 1 / 0 → 3
2025-12   5 / 0 / 0 → 5          —
2026-02   1 / 0 / 0 → 1          0 / 1 / 0 → 1
========  =====================  =====================

Beyond the running before each gap: April K 4 − 2 = 2; July K 3 − 3 = 0, M 2 − 0 = 2;
December K 5 − 3 = 2; February 2026 K 1 − 5 < 0 → 0.  So the year 2025: K 2 + 1 + 2 +
0 + 2 = 7, M 1 + 1 + 2 = 4.  Programme 2 ("Hel", unit Jobbcentrum, secondary) has
results every month of 2025 (K AM1, 1 enrolled in January, 1 start in June, no gap,
and a group (M, AM3) only in March: a gap of one group is no gap).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.excel.participants_import import _before_after
from amp_desktop.core.planning import Period
from amp_desktop.core.results.figures import results_cost
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from tests.results_data import (
    INDEX_SOURCES,
    import_changes,
    index_read_from,
    results_argv,
    scope_change,
)

Row = tuple[int, str, str, str, str, str, int]

#: month → group → (enrolled, starts, exits); each exit to work after three weeks
GLAPP = {
    "2025-01": {("K", "AM1"): (2, 1, 1), ("M", "AM2"): (1, 0, 0)},
    "2025-04": {("K", "AM1"): (4, 0, 1)},
    "2025-07": {("K", "AM1"): (3, 0, 0), ("M", "AM2"): (2, 1, 0)},
    "2025-12": {("K", "AM1"): (5, 0, 0)},
    "2026-02": {("K", "AM1"): (1, 0, 0), ("M", "AM2"): (0, 1, 0)},
}
HEL = {
    **{f"2025-{m:02d}": {("K", "AM1"): (1, 0, 0)} for m in range(1, 13)},
    "2025-03": {("K", "AM1"): (1, 0, 0), ("M", "AM3"): (0, 1, 1)},
    "2025-06": {("K", "AM1"): (1, 1, 0)},
}
for _m in range(7, 13):
    HEL[f"2025-{_m:02d}"] = {("K", "AM1"): (2, 0, 0)}

#: period → programme → (K, M) participants by hand (None: no list covered any month)
EXPECTED: dict[Period, dict[int, tuple[int, int] | None]] = {
    Period.year(2025): {1: (7, 4), 2: (2, 1)},
    Period("2025-04", "2025-12"): {1: (6, 3), 2: (2, 0)},  # K 4 + 0 + 2; M 1 + 2
    Period("2025-02", "2025-06"): {1: (4, 0), 2: (2, 1)},  # only April, a month alone
    Period("2025-05", "2025-12"): {1: (5, 3), 2: (2, 0)},  # from inside a gap: July's
    Period("2025-01", "2025-05"): {1: (5, 1), 2: (1, 1)},  # to inside a gap
    Period("2025-12", "2026-02"): {1: (5, 1), 2: (2, 0)},  # across the year's end
    Period("2025-08", "2026-03"): {1: (5, 1), 2: (2, 0)},
    Period("2025-02", "2025-03"): {1: None, 2: (1, 1)},  # inside a gap: not known
    Period("2024-07", "2026-06"): {1: (7, 5), 2: (2, 1)},
}
#: programme → group → the participants of each period, by group (for the filters)
BY_GROUP: dict[Period, dict[int, dict[tuple[str, str], int]]] = {
    Period.year(2025): {1: {("K", "AM1"): 7, ("M", "AM2"): 4}, 2: {("K", "AM1"): 2, ("M", "AM3"): 1}},
    Period("2025-04", "2025-12"): {1: {("K", "AM1"): 6, ("M", "AM2"): 3}, 2: {("K", "AM1"): 2}},
    Period("2025-02", "2025-06"): {1: {("K", "AM1"): 4}, 2: {("K", "AM1"): 2, ("M", "AM3"): 1}},
    Period("2025-05", "2025-12"): {1: {("K", "AM1"): 5, ("M", "AM2"): 3}, 2: {("K", "AM1"): 2}},
    Period("2025-01", "2025-05"): {1: {("K", "AM1"): 5, ("M", "AM2"): 1}, 2: {("K", "AM1"): 1, ("M", "AM3"): 1}},
    Period("2025-12", "2026-02"): {1: {("K", "AM1"): 5, ("M", "AM2"): 1}, 2: {("K", "AM1"): 2}},
    Period("2025-08", "2026-03"): {1: {("K", "AM1"): 5, ("M", "AM2"): 1}, 2: {("K", "AM1"): 2}},
    Period("2025-02", "2025-03"): {2: {("K", "AM1"): 1, ("M", "AM3"): 1}},
    Period("2024-07", "2026-06"): {1: {("K", "AM1"): 7, ("M", "AM2"): 5}, 2: {("K", "AM1"): 2, ("M", "AM3"): 1}},
}  # fmt: skip
SELECTIONS = [
    ResultsFilter(),
    ResultsFilter(gender="K"),
    ResultsFilter(gender="M"),
    ResultsFilter(need_level="AM1"),
    ResultsFilter(need_level="AM2", gender="M"),
    ResultsFilter(need_level=""),
    ResultsFilter(unit="Navet"),
    ResultsFilter(unit="Jobbcentrum", gender="K"),
    ResultsFilter(type="primary", need_level="AM2"),
    ResultsFilter(type="secondary"),
]
UNITS = {1: "Navet", 2: "Jobbcentrum"}
BUDGETS = {1: 120_000, 2: 60_000}
TYPES = {1: "primary", 2: "secondary"}


def _rows(pid: int, months: dict[str, dict[tuple[str, str], tuple[int, int, int]]]) -> list[Row]:
    rows: list[Row] = []
    for month, groups in months.items():
        for (gender, need), (enrolled, starts, exits) in groups.items():
            counts = {
                "enrolled": enrolled,
                "starts": starts,
                "exit:work": exits,
                "stay:3": exits,
                "stay_days": 21 * exits,
                "days": 20 * (enrolled + starts) + 1,
            }
            rows += [(pid, month, gender, need, "", m, v) for m, v in counts.items() if v]
    return sorted(rows)


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    with Catalogue.create(tmp_path / "c.amp") as made:
        programmes = [
            Programme("Glapp", places=5, annual_budget_sek=120_000, unit="Navet", id=1),
            Programme(
                "Hel", places=5, annual_budget_sek=60_000, unit="Jobbcentrum",
                type=ProgrammeType.SECONDARY, id=2,
            ),
        ]  # fmt: skip
        made.apply(ChangeSet("t", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
        # Each run of Glapp's months from its own list (as a unit imports them).
        for month in GLAPP:
            import_changes(
                made, scope_change(made, 1, _rows(1, {month: GLAPP[month]}), month, month)
            )
        import_changes(made, scope_change(made, 2, _rows(2, HEL), "2025-01", "2025-12"))
        yield made


def _wanted(period: Period, selection: ResultsFilter) -> dict[int, Counter[str]]:
    """Per programme chosen and gender, the participants by hand under *selection*."""
    out: dict[int, Counter[str]] = {}
    for pid, groups in BY_GROUP[period].items():
        if selection.unit not in (None, UNITS[pid]) or selection.type not in (None, TYPES[pid]):
            continue
        for (gender, need), n in groups.items():
            if selection.gender in (None, gender) and selection.need_level in (None, need):
                out.setdefault(pid, Counter())[gender] += n
    return out


def _check(document: dict[str, Any], period: Period, selection: ResultsFilter, where: str) -> None:
    wanted = _wanted(period, selection)
    rows = document["programmes"]
    assert isinstance(rows, list)
    for row in rows:
        mine = wanted.get(row["id"], Counter())
        if row["participants"] is None:
            assert EXPECTED[period][row["id"]] is None, where
            continue
        assert row["participants"] == mine.total(), (where, row["id"])
        for gender in ("K", "M"):
            assert row["by_gender"][gender]["participants"] == mine[gender], (where, row["id"])
        if selection.gender is None and selection.need_level is None and mine.total():
            # (the cost per participant is the period's cost over the same participants)
            cost = results_cost(BUDGETS[row["id"]], period)
            assert cost is not None
            assert row["cost_per_participant_sek"] == pytest.approx(cost / mine.total()), where
    everyone = sum(wanted.values(), Counter())
    all_figures = document["all"]
    assert isinstance(all_figures, dict)
    assert (all_figures["participants"] or 0) == everyone.total(), where
    totals = document["totals"]
    assert isinstance(totals, dict)
    for kind, of in (("unit", UNITS), ("type", TYPES)):
        sums: Counter[str] = Counter()
        for pid, counted in wanted.items():
            sums[of[pid]] += counted.total()
        got = {v: f["participants"] for v, f in totals[kind].items() if f["participants"]}
        assert got == {v: n for v, n in sums.items() if n}, (where, kind)
    needs: Counter[str] = Counter()
    for pid, groups in BY_GROUP[period].items():
        if pid not in wanted:
            continue
        for (gender, need), n in groups.items():
            if selection.gender in (None, gender) and selection.need_level in (None, need):
                needs[need] += n
    got = {v: f["participants"] for v, f in totals["need_level"].items() if f["participants"]}
    assert got == {v: n for v, n in needs.items() if n}, (where, "need_level")


def test_the_hand_counts_hold_as_the_table_says() -> None:
    for period, programmes in EXPECTED.items():
        for pid, expected in programmes.items():
            groups = BY_GROUP[period].get(pid, {})
            if expected is None:
                assert not groups
                continue
            k = sum(n for (g, _n), n in groups.items() if g == "K")
            m = sum(n for (g, _n), n in groups.items() if g == "M")
            assert (k, m) == expected, (period, pid)


def test_every_tab_reader_counts_each_gap_by_hand_under_every_filter(
    catalogue: Catalogue,
) -> None:
    """The index from the compact sums (its quick path unfiltered and by gender, its
    filtered path by unit, type and need level) and from the rows, and the store's
    tallies: the hand counts, and every other figure the same."""
    from amp_desktop.ui.results.computation import compute_results

    programmes = catalogue.programmes()
    readers = {s: index_read_from(catalogue, s) for s in INDEX_SOURCES}
    for period in EXPECTED:
        for selection in SELECTIONS:
            documents = {
                name: compute_results(catalogue, programmes, period, selection, index)
                for name, index in {**readers, "tallies": None}.items()
            }
            for name, document in documents.items():
                _check(document, period, selection, f"{period} {selection} {name}")
            assert documents["compact sums"] == documents["tallies"], (period, selection)
            assert documents["rows"] == documents["tallies"], (period, selection)


def test_amp_results_counts_each_gap_by_hand(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    from amp_desktop.cli import main

    for period in EXPECTED:
        for selection in SELECTIONS[::3]:
            if selection.need_level == "":
                continue  # (no option for the need level not stated)
            assert main(results_argv(catalogue.path, period, selection)) == 0
            _check(json.loads(capsys.readouterr().out), period, selection, f"{period} {selection}")


def test_the_yearly_sums_per_gender_count_each_gap_by_hand(catalogue: Catalogue) -> None:
    for period in EXPECTED:
        sums = catalogue.results_by_gender(period.first, period.last)
        wanted = _wanted(period, ResultsFilter())
        for gender in ("K", "M"):
            counts = sums.get(gender, Counter())
            participants = counts.get("enrolled", 0) + counts.get("starts", 0)
            assert participants == sum(c[gender] for c in wanted.values()), (period, gender)


def test_an_import_filling_two_gaps_says_before_by_the_same_rule(catalogue: Catalogue) -> None:
    """A list of January–July 2025 for Glapp (the two gaps filled, April–June shown
    running as in April): before, January + April + July with the rule (K 2 + 1 + 2 + 0,
    M 1 + 1 + 2 = 9); after the list's own (K 2 + 1, M 1 + 1 = 5)."""
    filled = {
        **{m: GLAPP[m] for m in ("2025-01", "2025-04", "2025-07")},
        "2025-02": {("K", "AM1"): (2, 0, 0), ("M", "AM2"): (1, 0, 1)},
        "2025-03": {("K", "AM1"): (2, 0, 0)},
        "2025-05": {("K", "AM1"): (3, 0, 0)},
        "2025-06": {("K", "AM1"): (3, 0, 0)},
    }
    filled["2025-01"] = {("K", "AM1"): (2, 1, 1), ("M", "AM2"): (1, 0, 0)}
    filled["2025-04"] = {("K", "AM1"): (2, 0, 0)}
    filled["2025-07"] = {("K", "AM1"): (3, 0, 0), ("M", "AM2"): (0, 1, 0)}
    change = scope_change(catalogue, 1, _rows(1, filled), "2025-01", "2025-07")
    summary = _before_after(SimpleNamespace(names={1: "Glapp"}), change.before, change.after)  # type: ignore[arg-type]
    assert summary[0]["participants"] == [9, 5]
    tallies = catalogue.results_tallies("2025-01", "2025-07")
    assert sum(c["enrolled"] + c["starts"] for (p, _g, _n), c in tallies.items() if p == 1) == 9
    import_changes(catalogue, change)
    tallies = catalogue.results_tallies("2025-01", "2025-07")
    assert sum(c["enrolled"] + c["starts"] for (p, _g, _n), c in tallies.items() if p == 1) == 5
    # The year: January–July now one run, then December (beyond July's 3: K 2) and the
    # starts: K 2 + 1 + 2 = 5, M 1 + 1 = 2.
    year = catalogue.results_tallies("2025-01", "2025-12")
    assert sum(c["enrolled"] + c["starts"] for (p, _g, _n), c in year.items() if p == 1) == 7


def test_an_older_file_read_only_is_read_by_rows_and_counts_each_gap_by_hand(
    tmp_path: Path,
) -> None:
    """A version-six file (no compact sums, no months recorded as covered: the months
    holding results count as covered), opened to be read only: the Results tab reads
    its rows, and gives the hand counts as the store's tallies do."""
    import sqlite3

    import sqlite_utils

    from amp_desktop.core.results.index_reading import new_index
    from amp_desktop.core.store.schema import APPLICATION_ID, migrations
    from amp_desktop.ui.results.computation import compute_results

    path = tmp_path / "v6.amp"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(sqlite_utils.Database(conn), stop_before="0007_result_sums")
    conn.execute(
        "INSERT INTO programmes(id, name, places, annual_budget_sek, unit, type) VALUES "
        "(1, 'Glapp', 5, 120000, 'Navet', 'primary'), "
        "(2, 'Hel', 5, 60000, 'Jobbcentrum', 'secondary')"
    )
    rows = [*_rows(1, GLAPP), *_rows(2, HEL)]
    conn.executemany("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    before = path.read_bytes()
    with Catalogue.open(path, read_only=True) as catalogue:
        index = new_index(catalogue)
        assert index is not None and not index.compact
        programmes = catalogue.programmes()
        for period in EXPECTED:
            if EXPECTED[period][1] is None:
                continue  # (no month recorded as covered: inside the gap nothing is known)
            for selection in SELECTIONS[:6]:
                shown = compute_results(catalogue, programmes, period, selection, index)
                _check(shown, period, selection, f"v6 {period} {selection}")
                assert shown == compute_results(catalogue, programmes, period, selection)
    assert path.read_bytes() == before
