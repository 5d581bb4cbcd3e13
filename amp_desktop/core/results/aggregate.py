"""Enrolments counted into the monthly aggregates the catalogue keeps — never a person.

A participant list is read into :class:`Enrolment` records that live only in memory
while the list is imported.  :func:`aggregate` turns them into counts per programme,
month and group (gender, need level, age band):

``starts``
    enrolments that started in the month;
``enrolled``
    enrolments running on the month's first day that started before it (so the
    participants of any run of months are ``enrolled`` of its first month plus the
    ``starts`` of all its months);
``days``
    participant-days in the month (both the first and the last day count);
``exit:<reason>``
    exits in the month by category (:mod:`.categories`);
``stay:<weeks>`` and ``stay_days``
    the length of each exited enrolment, ``end − start`` in days, as a histogram of
    whole weeks and as a sum of days (for an exact mean).

And, for every calendar year the list wholly covers, the number of distinct persons
per programme and for all programmes together (a person in two programmes counted
once), women and men apart.  Persons are told apart by a key the reader derives from
the identity number; the key never leaves this module's caller.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from amp_desktop.core.planning.period import month_index, month_text

#: Genders as stored: women, men, not stated.
GENDERS = ("K", "M", "")
#: Need levels as stored (Sundbyberg's AM1 closest to work … AM3 furthest).
NEED_LEVELS = ("AM1", "AM2", "AM3", "")
#: Age bands at the start of the enrolment, as stored.
AGE_BANDS = ("16-24", "25-29", "30-49", "50-", "")

START = "starts"
ENROLLED = "enrolled"
DAYS = "days"
STAY_DAYS = "stay_days"
EXIT_PREFIX = "exit:"
STAY_PREFIX = "stay:"

#: The key of all programmes together in the persons counts.
ALL_PROGRAMMES = 0


def age_band(age: int | None) -> str:
    """The stored band of an age in whole years ("" when unknown or under 16)."""
    if age is None or age < 16:
        return ""
    if age <= 24:
        return "16-24"
    if age <= 29:
        return "25-29"
    if age <= 49:
        return "30-49"
    return "50-"


@dataclass(frozen=True, slots=True)
class Enrolment:
    """One enrolment of one person in one programme, as read from a list."""

    programme_id: int
    start: dt.date
    end: dt.date | None = None
    reason: str | None = None  # a category key once the enrolment has ended
    gender: str = ""
    need_level: str = ""
    age_band: str = ""
    person: Hashable | None = None  # in memory only, to count distinct persons


Cell = tuple[int, str, str, str, str]  # programme_id, month, gender, need level, age band


@dataclass
class Aggregates:
    """The counts of one list for the months it covers (``first`` … ``last``)."""

    first: str
    last: str
    cells: dict[Cell, Counter[str]] = field(default_factory=dict)
    #: (year, programme_id or ALL_PROGRAMMES, gender or "" for all) → distinct persons.
    persons: dict[tuple[int, int, str], int] = field(default_factory=dict)

    def rows(self) -> Iterator[tuple[int, str, str, str, str, str, int]]:
        """Every non-zero count as ``(programme, month, gender, need, age, measure, n)``."""
        for (programme, month, gender, need, age), counts in self.cells.items():
            for measure, value in counts.items():
                if value:
                    yield programme, month, gender, need, age, measure, value

    def programme_ids(self) -> set[int]:
        return {cell[0] for cell in self.cells}

    def covered_years(self) -> list[int]:
        """The calendar years whose twelve months all lie in the covered months."""
        first, last = month_index(self.first), month_index(self.last)
        return [
            y for y in range(first // 12, last // 12 + 1) if first <= y * 12 and y * 12 + 11 <= last
        ]


def _month_bounds(first: int, last: int) -> dict[int, tuple[int, int]]:
    bounds = {}
    for index in range(first, last + 1):
        year, month = divmod(index, 12)
        start = dt.date(year, month + 1, 1).toordinal()
        following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1).toordinal()
        bounds[index] = (start, following - 1)
    return bounds


def aggregate(enrolments: Iterable[Enrolment], first: str, last: str) -> Aggregates:
    """Count *enrolments* into the months *first* … *last* (``YYYY-MM``, inclusive).

    An enrolment still running is counted up to the last day of *last*.
    """
    m0, m1 = month_index(first), month_index(last)
    bounds = _month_bounds(m0, m1)
    cover_end = bounds[m1][1]
    result = Aggregates(first, last)
    months = {index: month_text(index) for index in bounds}
    years = result.covered_years()
    year_bounds = [(y, dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()) for y in years]
    # Per group and month, [starts, enrolled, days] in plain lists (a Counter per
    # increment costs more than the counting); exits, stays and persons apart.
    running: dict[tuple[int, str, str, str], dict[int, list[int]]] = {}
    ended: dict[Cell, dict[str, int]] = {}
    seen: defaultdict[tuple[int, int], set[tuple[Hashable, str]]] = defaultdict(set)
    for e in enrolments:
        start, end = e.start, e.end
        s = start.toordinal()
        sm = start.year * 12 + start.month - 1
        if end is not None:
            f = end.toordinal()
            em = end.year * 12 + end.month - 1
        else:
            f, em = cover_end, m1
        pid, gender, need, band = e.programme_id, e.gender, e.need_level, e.age_band
        group = (pid, gender, need, band)
        by_month = running.get(group)
        if by_month is None:
            by_month = running[group] = {}
        for m in range(max(sm, m0), min(em, m1) + 1):
            counts = by_month.get(m)
            if counts is None:
                counts = by_month[m] = [0, 0, 0]
            counts[0 if m == sm else 1] += 1
            lo, hi = bounds[m]
            counts[2] += (f if f < hi else hi) - (s if s > lo else lo) + 1
        if end is not None and m0 <= em <= m1:
            key = (pid, months[em], gender, need, band)
            exits = ended.get(key)
            if exits is None:
                exits = ended[key] = {}
            stay = f - s
            for measure, n in (
                (EXIT_PREFIX + (e.reason or "unknown"), 1),
                (f"{STAY_PREFIX}{stay // 7}", 1),
                (STAY_DAYS, stay),
            ):
                exits[measure] = exits.get(measure, 0) + n
        person = e.person
        if person is not None:
            for year, jan1, dec31 in year_bounds:
                if s <= dec31 and f >= jan1:
                    seen[(year, pid)].add((person, gender))
    cells: dict[Cell, Counter[str]] = {}
    for (pid, gender, need, band), by_month in running.items():
        for m, (starts, enrolled, days) in sorted(by_month.items()):
            cell = cells[(pid, months[m], gender, need, band)] = Counter()
            if starts:
                cell[START] = starts
            if enrolled:
                cell[ENROLLED] = enrolled
            cell[DAYS] = days
    for key, exits in ended.items():
        cells.setdefault(key, Counter()).update(exits)
    result.cells = cells
    result.persons = _distinct_persons(seen)
    return result


def _distinct_persons(
    seen: Mapping[tuple[int, int], set[tuple[Hashable, str]]],
) -> dict[tuple[int, int, str], int]:
    """Distinct persons per year and programme (and all programmes), all and by gender,
    from the (person, gender) pairs seen per year and programme."""
    every: defaultdict[int, set[tuple[Hashable, str]]] = defaultdict(set)
    for (year, _programme), pairs in seen.items():
        every[year] |= pairs
    out: dict[tuple[int, int, str], int] = {}
    groups = [*seen.items(), *(((year, ALL_PROGRAMMES), pairs) for year, pairs in every.items())]
    for (year, programme), pairs in groups:
        out[(year, programme, "")] = len({person for person, _g in pairs})
        for gender in sorted({g for _p, g in pairs if g}):
            out[(year, programme, gender)] = len({p for p, g in pairs if g == gender})
    return out
