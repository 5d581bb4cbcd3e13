"""Enrolments counted into the monthly aggregates the catalogue keeps — never a person.

A participant list is read into :class:`Enrolment` records that live only in memory
while the list is imported.  :func:`aggregate` turns them into counts per programme,
month and group (gender, need level, age band):

``starts``
    enrolments that started in the month;
``enrolled``
    enrolments running on the month's first day that started before it.  The
    participants of a period are, per programme, ``enrolled`` of the first month of
    the period that holds any result of the programme, plus the ``starts`` of all its
    months (:func:`enrolled_months`): the period's first month when the
    programme's lists cover it, else the month they begin — those running then took
    part in the period too.  Where the programme's results stop and resume within
    the period (months between that no list covered), those running when they resume
    beyond those running when they stopped are counted too, per gender and need
    level: ``enrolled`` of the month they resume less the running at the end of the
    last month before (:mod:`amp_desktop.core.store.resumption`) — a lower bound,
    for who started and left in the months not covered is not known; the same where
    two of its lists meet (:mod:`amp_desktop.core.store.result_seams`);
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
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from amp_desktop.core.planning.period import month_index, month_text
from amp_desktop.core.store.resumption import ENROLLED as ENROLLED
from amp_desktop.core.store.resumption import EXIT_PREFIX as EXIT_PREFIX
from amp_desktop.core.store.resumption import START as START

#: Genders as stored: women, men, not stated.
GENDERS = ("K", "M", "")
#: Need levels as stored (Sundbyberg's AM1 closest to work … AM3 furthest).
NEED_LEVELS = ("AM1", "AM2", "AM3", "")
#: Age bands at the start of the enrolment, as stored.
AGE_BANDS = ("16-24", "25-29", "30-49", "50-", "")

#: The measures stored (``starts``, ``enrolled`` and the exits are named beside the
#: rule that reads them in the store: :mod:`amp_desktop.core.store.resumption`).
DAYS = "days"
STAY_DAYS = "stay_days"
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


def enrolled_months(rows: Iterable[Sequence[Any]]) -> dict[int, str]:
    """Per programme, the first month of *rows* (``(programme, month, …)``, the results
    of a period): the month whose ``enrolled`` counts among the period's participants."""
    first: dict[int, str] = {}
    for row in rows:
        programme, month = row[0], row[1]
        held = first.get(programme)
        if held is None or month < held:
            first[programme] = month
    return first


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
    #: The day the list was read: a year not over by then is not wholly covered.
    until: dt.date | None = None
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
        """The calendar years whose twelve months all lie in the covered months (and
        that were over by the day the list was read: a year still running may have
        persons to come)."""
        first, last = month_index(self.first), month_index(self.last)
        return [
            y
            for y in range(first // 12, last // 12 + 1)
            if first <= y * 12
            and y * 12 + 11 <= last
            and (self.until is None or self.until >= dt.date(y, 12, 31))
        ]


def _month_bounds(first: int, last: int) -> dict[int, tuple[int, int]]:
    bounds = {}
    for index in range(first, last + 1):
        year, month = divmod(index, 12)
        start = dt.date(year, month + 1, 1).toordinal()
        following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1).toordinal()
        bounds[index] = (start, following - 1)
    return bounds


def aggregate(
    enrolments: Iterable[Enrolment], first: str, last: str, *, until: dt.date | None = None
) -> Aggregates:
    """Count *enrolments* into the months *first* … *last* (``YYYY-MM``, inclusive).

    An enrolment still running is counted up to the last day of *last*.  *until* is
    the day the list was read: a year not over by then is not wholly covered
    (:meth:`Aggregates.covered_years`), whatever months the list reaches.
    """
    m0, m1 = month_index(first), month_index(last)
    bounds = _month_bounds(m0, m1)
    cover_start, cover_end = bounds[m0][0], bounds[m1][1]
    result = Aggregates(first, last, until=until)
    months = {index: month_text(index) for index in bounds}
    listed = enrolments if isinstance(enrolments, list) else list(enrolments)
    # Column by column (a list holds a hundred thousand enrolments, with far fewer
    # distinct dates and spans): each distinct span (start, end) is placed once, as
    # the month it enters the covered months in and the month it leaves them in.
    # Each enrolment then adds to two month buckets of its group, whatever its
    # length (see _monthly_counts); exits and stays are counted per group and month
    # of exit; the persons per year from sets.
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
        if em < m0 or sm > m1:
            enters = leaves = None  # not running in the covered months
        else:
            # (month, day number) it enters with: one before the first month when it
            # started earlier (running, not started, in the first); and leaves with.
            enters = (sm, s) if sm >= m0 else (m0 - 1, cover_start)
            leaves = (em, f) if em <= m1 else (m1, cover_end)
        exit_month = em if span[1] is not None and m0 <= em <= m1 else None
        cut[span] = (enters, leaves, exit_month, _stay_name((f - s) // 7), f - s, s, f)
    spans = list(map(cut.__getitem__, zip(starts, ends, strict=True)))
    cells = _monthly_counts(groups, spans, m0, m1, bounds)
    for group, placed, reason in zip(groups, spans, reasons, strict=True):
        if placed[2] is None:
            continue
        counts = cells[(group, placed[2])]  # (it runs in its month of exit)
        name = exit_names[reason]
        counts[name] = counts.get(name, 0) + 1
        counts[placed[3]] = counts.get(placed[3], 0) + 1
        counts[STAY_DAYS] = counts.get(STAY_DAYS, 0) + placed[4]
    result.cells = {
        (group[0], months[m], group[1], group[2], group[3]): counts
        for (group, m), counts in cells.items()
    }
    result.persons = _distinct_persons(result.covered_years(), listed, spans)
    return result


def _monthly_counts(
    groups: list[tuple[int, str, str, str]],
    spans: list[_Span],
    m0: int,
    m1: int,
    bounds: dict[int, tuple[int, int]],
) -> dict[tuple[tuple[int, str, str, str], int], Counter[str]]:
    """``starts``, ``enrolled`` and ``days`` per group and month of *m0* … *m1*.

    Each enrolment adds one to the bucket of the month it enters the covered months
    in, with its first day number, and to that of the month it leaves them in, with
    its last.  Running sums over a group's buckets then give every month:
    ``enrolled`` of month *m* is the entered before *m* less the left before *m*, and
    the participant-days up to a month's last day *t* are, over the entered by then,
    ``t − first + 1``, less, over the left by then, ``t − last`` — so a month's days
    are the difference of two months' sums, and the cost is one step per enrolment
    and one per group and month, not one per enrolment and month.
    """
    width = m1 - m0 + 2  # slot 0: before the first month
    ends_of_month = [bounds[m0][0] - 1] + [bounds[m][1] for m in range(m0, m1 + 1)]
    buckets: dict[tuple[int, str, str, str], list[list[int]]] = {}
    for group, span in zip(groups, spans, strict=True):
        enters, leaves = span[0], span[1]
        if enters is None or leaves is None:
            continue
        lists = buckets.get(group)
        if lists is None:
            lists = buckets[group] = [[0] * width, [0] * width, [0] * width, [0] * width]
        i, j = enters[0] - m0 + 1, leaves[0] - m0 + 1
        lists[0][i] += 1
        lists[1][i] += enters[1]
        lists[2][j] += 1
        lists[3][j] += leaves[1]
    cells: dict[tuple[tuple[int, str, str, str], int], Counter[str]] = {}
    for group, (entered, first_days, left, last_days) in buckets.items():
        n_in, in_days, n_out, out_days = entered[0], first_days[0], 0, 0
        before = 0  # participant-days up to the end of the month before
        for i in range(1, width):
            enrolled = n_in - n_out
            started = entered[i]
            n_in += started
            in_days += first_days[i]
            n_out += left[i]
            out_days += last_days[i]
            t = ends_of_month[i]
            upto = n_in * (t + 1) - in_days - n_out * t + out_days
            if started or enrolled:
                cell = cells[(group, m0 + i - 1)] = Counter()
                if started:
                    cell[START] = started
                if enrolled:
                    cell[ENROLLED] = enrolled
                cell[DAYS] = upto - before
            before = upto
    return cells


#: A span placed in the covered months: the (month, day number) it enters them with
#: (its start's, or one month before the first with the first's first day when it
#: started earlier) and leaves them with (its end's, or the last month's last day),
#: both None when it does not run in them; its month of exit when it ends in them;
#: its stay's measure, the stay in days; its first and last day number.
_Span = tuple[tuple[int, int] | None, tuple[int, int] | None, int | None, str, int, int, int]
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
    # The (programme, gender) pairs that may have rows without an identity number.
    pairs_seen = set(map(_PROGRAMME_GENDER, enrolments)) if years else set()
    for year in years:
        jan1, dec31 = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
        during = [span[5] <= dec31 and span[6] >= jan1 for span in spans]
        triples = set(map(_PERSON, compress(enrolments, during)))
        for pid, gender in pairs_seen:  # no identity number: not counted
            triples.discard((pid, None, gender))
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
_PROGRAMME_GENDER = attrgetter("programme_id", "gender")
_BY_PROGRAMME, _BY_GENDER, _BY_PERSON = itemgetter(0, 1), itemgetter(0, 2), itemgetter(1, 2)
