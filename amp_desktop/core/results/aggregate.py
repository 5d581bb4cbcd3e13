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
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, itemgetter
from typing import NamedTuple

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


class Enrolment(NamedTuple):
    """One enrolment of one person in one programme, as read from a list (a named
    tuple: a list holds a hundred thousand)."""

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

    def sorted_rows(self) -> list[tuple[int, str, str, str, str, str, int]]:
        """:meth:`rows` in order (``sorted(rows())``, sorting the cells, not the rows)."""
        cells = self.cells
        return [
            (*cell, measure, value)
            for cell in sorted(cells)
            for measure, value in sorted(cells[cell].items())
            if value
        ]

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
    listed = enrolments if isinstance(enrolments, list) else list(enrolments)
    # Column by column (a list holds a hundred thousand enrolments, with far fewer
    # distinct dates and spans): each distinct span (start, end) is cut into its
    # months once; per group and month [starts, enrolled, days] in plain lists (a
    # Counter per increment costs more than the counting); exits and stays per
    # group and month of exit apart; the persons per year from sets.
    starts = list(map(_START, listed))
    ends = list(map(_END, listed))
    groups = list(map(_GROUP, listed))
    reasons = list(map(_REASON, listed))
    day_month = {d: (d.toordinal(), d.year * 12 + d.month - 1) for d in {*starts, *ends} if d}
    exit_names = {r: EXIT_PREFIX + (r or "unknown") for r in set(reasons)}
    cut: dict[tuple[dt.date, dt.date | None], _Span] = {}
    for span in set(zip(starts, ends, strict=True)):
        s, sm = day_month[span[0]]
        f, em = day_month[span[1]] if span[1] is not None else (cover_end, m1)
        in_months = []
        for m in range(sm if sm > m0 else m0, (em if em < m1 else m1) + 1):
            lo, hi = bounds[m]
            days = (f if f < hi else hi) - (s if s > lo else lo) + 1
            in_months.append((m, 0 if m == sm else 1, days))
        exit_month = em if span[1] is not None and m0 <= em <= m1 else None
        cut[span] = (tuple(in_months), exit_month, _stay_name((f - s) // 7), f - s, s, f)
    running: dict[tuple[int, str, str, str], dict[int, list[int]]] = {}
    ended: dict[tuple[tuple[int, str, str, str], int], dict[str, int]] = {}
    spans = list(map(cut.__getitem__, zip(starts, ends, strict=True)))
    for group, (parts, exit_month, stay_name, stay, _s, _f), reason in zip(
        groups, spans, reasons, strict=True
    ):
        by_month = running.get(group)
        if by_month is None:
            by_month = running[group] = {}
        for m, slot, days in parts:
            counts = by_month.get(m)
            if counts is None:
                counts = by_month[m] = [0, 0, 0]
            counts[slot] += 1
            counts[2] += days
        if exit_month is not None:
            exits = ended.get((group, exit_month))
            if exits is None:
                exits = ended[(group, exit_month)] = {}
            name = exit_names[reason]
            exits[name] = exits.get(name, 0) + 1
            exits[stay_name] = exits.get(stay_name, 0) + 1
            exits[STAY_DAYS] = exits.get(STAY_DAYS, 0) + stay
    cells: dict[Cell, Counter[str]] = {}
    for (pid, gender, need, band), by_month in running.items():
        for m, (started, enrolled, days) in sorted(by_month.items()):
            cell = cells[(pid, months[m], gender, need, band)] = Counter()
            if started:
                cell[START] = started
            if enrolled:
                cell[ENROLLED] = enrolled
            cell[DAYS] = days
    for ((pid, gender, need, band), m), exits in ended.items():
        key = (pid, months[m], gender, need, band)
        if key in cells:
            cells[key].update(exits)
        else:
            cells[key] = Counter(exits)
    result.cells = cells
    result.persons = _distinct_persons(result.covered_years(), listed, spans)
    return result


#: A span cut into months: (month, 0 when it starts in it else 1, days) per month in
#: the covered months; its month of exit when it ends in them; its stay's measure,
#: the stay in days; its first and last day number.
_Span = tuple[tuple[tuple[int, int, int], ...], int | None, str, int, int, int]
_START, _END, _REASON = attrgetter("start"), attrgetter("end"), attrgetter("reason")
_GROUP = attrgetter("programme_id", "gender", "need_level", "age_band")
_STAY_NAMES = [f"{STAY_PREFIX}{weeks}" for weeks in range(200)]


def _stay_name(weeks: int) -> str:
    return _STAY_NAMES[weeks] if 0 <= weeks < 200 else f"{STAY_PREFIX}{weeks}"


def _distinct_persons(
    years: list[int], enrolments: list[Enrolment], spans: list[_Span]
) -> dict[tuple[int, int, str], int]:
    """Distinct persons per year and programme (and all programmes), all and by gender
    (a person seen with two genders counts once in all and once under each)."""
    out: dict[tuple[int, int, str], int] = {}
    for year in years:
        jan1, dec31 = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
        during = [span[4] <= dec31 and span[5] >= jan1 for span in spans]
        triples = set(map(_PERSON, compress(enrolments, during)))
        for pid, gender in {(t[0], t[2]) for t in triples if t[1] is None}:
            triples.discard((pid, None, gender))  # no identity number: not counted
        in_programme = Counter(map(itemgetter(0), set(map(_BY_PROGRAMME, triples))))
        by_gender = Counter(map(_BY_GENDER, triples))
        pairs = set(map(_BY_PERSON, triples))
        for pid, n in in_programme.items():
            out[(year, pid, "")] = n
        for (pid, gender), n in by_gender.items():
            if gender:
                out[(year, pid, gender)] = n
        if pairs:
            out[(year, ALL_PROGRAMMES, "")] = len(set(map(itemgetter(0), pairs)))
            for gender, n in Counter(map(itemgetter(1), pairs)).items():
                if gender:
                    out[(year, ALL_PROGRAMMES, gender)] = n
    return out


_PERSON = attrgetter("programme_id", "person", "gender")
_BY_PROGRAMME, _BY_GENDER, _BY_PERSON = itemgetter(0, 1), itemgetter(0, 2), itemgetter(1, 2)
