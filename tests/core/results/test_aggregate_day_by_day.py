"""The counting agrees with counting day by day: for generated enrolments (short and
long stays, ongoing ones, ones that start before or end after the covered months,
several groups), every month's starts, enrolled, participant-days, exits and stays
are what walking each enrolment's days gives."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from amp_desktop.core.results.aggregate import Enrolment, aggregate

D = dt.date


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _by_walking(enrolments: list[Enrolment], first: str, last: str) -> dict:  # type: ignore[type-arg]
    """The cells as the definitions in aggregate's docstring read, one day at a time."""
    last_day = dt.date(int(last[:4]) + int(last[5:]) // 12, int(last[5:]) % 12 + 1, 1)
    last_day -= dt.timedelta(days=1)
    cells: dict[tuple[int, str, str, str, str], Counter[str]] = {}
    for e in enrolments:
        group = (e.programme_id, e.gender, e.need_level, e.age_band)
        end = e.end or last_day
        day = e.start
        while day <= min(end, last_day):
            month = _month(day)
            if first <= month:
                cell = cells.setdefault((group[0], month, *group[1:]), Counter())
                cell["days"] += 1
                if day.day == 1 and day > e.start:
                    cell["enrolled"] += 1
                if day == e.start:
                    cell["starts"] += 1
            day += dt.timedelta(days=1)
        if e.end is not None and first <= _month(e.end) <= last:
            cell = cells.setdefault((group[0], _month(e.end), *group[1:]), Counter())
            cell[f"exit:{e.reason or 'unknown'}"] += 1
            cell[f"stay:{(e.end - e.start).days // 7}"] += 1
            cell["stay_days"] += (e.end - e.start).days
    return cells


def _enrolments(rng: random.Random, n: int) -> list[Enrolment]:
    made = []
    for _ in range(n):
        start = D(2022, 11, 1) + dt.timedelta(days=rng.randint(0, 900))
        stay = rng.choice([0, 1, 6, 29, 30, 31, 59, 120, 400, 800])
        end = None if rng.random() < 0.3 else start + dt.timedelta(days=stay)
        made.append(
            Enrolment(
                rng.randint(1, 3),
                start,
                end,
                rng.choice([None, "work", "studies"]) if end else None,
                rng.choice(["K", "M", ""]),
                rng.choice(["AM1", ""]),
                rng.choice(["16-24", ""]),
                rng.choice([None, "p1", "p2"]),
            )
        )
    return made


@pytest.mark.parametrize("seed", range(12))
def test_every_month_counts_what_walking_the_days_counts(seed: int) -> None:
    rng = random.Random(seed)
    first = f"{rng.randint(2023, 2024)}-{rng.randint(1, 12):02d}"
    last_index = int(first[:4]) * 12 + int(first[5:]) - 1 + rng.randint(0, 30)
    last = f"{last_index // 12:04d}-{last_index % 12 + 1:02d}"
    enrolments = _enrolments(rng, rng.randint(1, 80))
    counted = aggregate(enrolments, first, last)
    walked = _by_walking(enrolments, first, last)
    assert {cell: dict(counts) for cell, counts in counted.cells.items()} == {
        cell: dict(counts) for cell, counts in walked.items()
    }


def test_an_enrolment_running_ten_years_is_in_every_month_with_its_days() -> None:
    long = [Enrolment(1, D(2015, 1, 1), None, gender="K")]
    counted = aggregate(long, "2015-01", "2024-12")
    assert len(counted.cells) == 120
    assert counted.cells[(1, "2015-01", "K", "", "")] == Counter({"starts": 1, "days": 31})
    assert counted.cells[(1, "2024-12", "K", "", "")] == Counter({"enrolled": 1, "days": 31})
    assert (
        sum(c["days"] for c in counted.cells.values()) == (D(2024, 12, 31) - D(2015, 1, 1)).days + 1
    )
