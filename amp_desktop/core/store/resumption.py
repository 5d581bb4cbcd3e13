"""Those running when a programme's results resume after a gap, counted among a
period's participants (the rule: :mod:`amp_desktop.core.results.aggregate`).

A programme's stored results may stop and resume within a period: months between
that no list covered (a list of January–March and one of July–December).  Whoever
was running when they resume took part in the period, but the first month's
``enrolled`` and the ``starts`` of the months held do not count those who started
in the months not covered.  So, per group (gender and need level), the ``enrolled``
of the month they resume beyond those running at the end of the last month before
(never below 0) count too: a lower bound, since who started and left in the months
not covered is not known.  The same holds where two lists meet without a gap
(:mod:`.result_seams`: a list taken on 20 June, the next from July, which has those
who started late in June running on 1 July); within one list the two agree.  Here,
below the store's reads that apply it (:func:`enrolled_counted`: the whole of
``enrolled``'s part, the first months' too).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import pairwise
from operator import itemgetter
from typing import Any

from amp_desktop.core.months import month_number
from amp_desktop.core.store.result_seams import seams_in
from amp_desktop.core.store.result_sums import ENROLLED, EXIT_PREFIX, START
from amp_desktop.core.store.rows import placeholders

__all__ = [
    "ENROLLED",
    "EXIT_PREFIX",
    "START",
    "beyond_between",
    "beyond_running",
    "enrolled_counted",
    "gaps",
    "months_held",
    "narrowed_to",
    "resumed_in_lines",
    "resumed_of_held",
    "resumed_of_result_rows",
    "resumed_of_rows",
    "running_at_end",
    "running_by_position",
]

#: A group of a programme's results: (gender, need level).
Group = tuple[str, str]


def running_at_end(counts: Mapping[str, int]) -> int:
    """The enrolments of one group still running at the end of a month of *counts*
    (its measures): ``enrolled`` + ``starts`` − exits."""
    exits = sum(n for measure, n in counts.items() if measure.startswith(EXIT_PREFIX))
    return counts.get(ENROLLED, 0) + counts.get(START, 0) - exits


def beyond_running(enrolled: Mapping[Group, int], running: Mapping[Group, int]) -> dict[Group, int]:
    """Per group, the *enrolled* of the month results resume beyond the *running* at
    the end of the last month before the gap (a group without results then: none
    running); a group with fewer or as many is left out."""
    out: dict[Group, int] = {}
    for group, n in enrolled.items():
        extra = n - running.get(group, 0)
        if extra > 0:
            out[group] = extra
    return out


def gaps(months: Sequence[int], seams: Collection[int] = ()) -> list[tuple[int, int]]:
    """The gaps in a programme's *months* with results (month numbers, in order), and
    its *seams* (months where a list meets the month before from another list): each
    as (the last month before it, the month results resume or the later list begins)."""
    if not seams and (not months or months[-1] - months[0] + 1 == len(months)):
        return []  # (no gap and no seam: the usual case, told at once)
    return [
        (before, month)
        for before, month in pairwise(months)
        if month != before + 1 or month in seams
    ]


def running_by_position(
    measures: Sequence[str], values_of: Callable[[int], Sequence[int]]
) -> Callable[[int, int], int]:
    """:func:`running_at_end` of a packed month (its field *i* holding *measures[i]*,
    read by *values_of*) and its ``enrolled``, as the Results tab's index holds them:
    by position, without a dict of measures."""
    starts = [i for i, measure in enumerate(measures) if measure == START]
    exits = [i for i, measure in enumerate(measures) if measure.startswith(EXIT_PREFIX)]

    def running(packed: int, enrolled: int) -> int:
        if not packed:
            return enrolled
        values = values_of(packed)
        get = values.__getitem__
        return enrolled + sum(map(get, starts)) - sum(map(get, exits))

    return running


def resumed_in_lines(
    lines: Iterable[Sequence[Any]],
    held: list[int],
    running: Callable[[int, int], int],
    seams: Collection[int] = (),
) -> dict[Group, int]:
    """Per group, the enrolled that count beyond the programme's first month's, from
    the programme's *lines* (``[gender, need level, packed measures per month,
    enrolled per month]``, as the Results tab's index holds them; *running* of a
    packed month and its enrolled: :func:`running_by_position`) and the months *held*
    of the period with any of its results, in order, and its *seams* among them: only
    the months either side of each gap or seam are read, and of them only the groups
    with results then."""
    lines = list(lines)
    out: dict[Group, int] = {}
    for before, month in gaps(held, seams):
        stopped = {
            (gender, need): running(packed[before], counted[before])
            for gender, need, packed, counted in lines
            if packed[before] or counted[before]
        }
        enrolled = {
            (gender, need): n for gender, need, _p, counted in lines if (n := counted[month])
        }
        for group, n in beyond_running(enrolled, stopped).items():
            out[group] = out.get(group, 0) + n
    return out


def resumed_of_rows(
    rows: Iterable[tuple[int, str, Group, str, int]],
    seams: Mapping[int, Collection[str]] | None = None,
) -> dict[tuple[int, Group], int]:
    """Per (programme, group), the enrolled to count beyond those of the programme's
    first month with results, from *rows* ``(programme, month, group, measure, value)``
    of a period in any order and the programmes' *seams* there."""
    seams = seams or {}
    months: dict[int, dict[int, dict[Group, Counter[str]]]] = {}
    for programme, month, group, measure, value in rows:
        groups = months.setdefault(programme, {}).setdefault(month_number(month), {})
        _measures(groups, group)[measure] += value
    out: dict[tuple[int, Group], int] = {}
    for programme, by_month in months.items():
        joined = {month_number(m) for m in seams.get(programme, ())}
        for stop, resume in gaps(sorted(by_month), joined):
            _add_beyond(out, programme, by_month[stop], by_month[resume])
    return out


def _measures(groups: dict[Group, Counter[str]], group: Group) -> Counter[str]:
    counts = groups.get(group)
    if counts is None:
        counts = groups[group] = Counter()
    return counts


def _add_beyond(
    out: dict[tuple[int, Group], int],
    programme: int,
    was: Mapping[Group, Mapping[str, int]],
    resumed: Mapping[Group, Mapping[str, int]],
) -> None:
    """Add to *out* the enrolled of *programme*'s groups in the month results resume
    (*resumed*: group → its measures) beyond the running at the end of the month
    before the gap (*was*)."""
    for group, n in beyond_between(was, resumed).items():
        out[programme, group] = out.get((programme, group), 0) + n


def beyond_between(
    was: Mapping[Group, Mapping[str, int]], resumed: Mapping[Group, Mapping[str, int]]
) -> dict[Group, int]:
    """Per group, the enrolled of a month (*resumed*: group → its measures) beyond the
    running at the end of an earlier one (*was*), where there are any."""
    stopped = {group: running_at_end(counts) for group, counts in was.items()}
    enrolled = {group: counts.get(ENROLLED, 0) for group, counts in resumed.items()}
    return beyond_running(enrolled, stopped)


def resumed_of_result_rows(
    rows: Sequence[tuple[int, str, str, str, str, str, int]],
    seams: Mapping[int, Collection[str]] | None = None,
) -> dict[tuple[int, Group], int]:
    """:func:`resumed_of_rows` of a change's *rows* as the store keeps them
    (``(programme, month, gender, need level, age band, measure, value)``) and the
    programmes' *seams* among their months: the months each programme holds are
    gathered first, and only the rows of programmes whose months stop and resume (or
    meet another list's) are read further (a county's re-import holds a million
    rows; read whole, they took an import's preview 2.5 s longer)."""
    seams = seams or {}
    held: dict[int, list[int]] = {}
    for programme, month in set(map(itemgetter(0, 1), rows)):
        held.setdefault(programme, []).append(month_number(month))
    resuming = {
        programme
        for programme, months in held.items()
        if gaps(sorted(months), {month_number(m) for m in seams.get(programme, ())})
    }
    if not resuming:
        return {}
    return resumed_of_rows(
        (
            (p, month, (g, n), measure, v)
            for p, month, g, n, _age, measure, v in rows
            if p in resuming
        ),
        seams,
    )


def months_held(conn: sqlite3.Connection, first: str, last: str) -> dict[int, list[str]]:
    """Per programme, the months of *first* … *last* that hold any of its results, in
    order (one scan of the months' index)."""
    held: dict[int, list[str]] = {}
    cursor = conn.execute(
        "SELECT DISTINCT programme_id, month FROM results WHERE month BETWEEN ? AND ? "
        "ORDER BY month, programme_id",
        [first, last],
    )
    for programme_id, month in cursor:
        months = held.get(programme_id)
        if months is None:
            held[programme_id] = [month]
        else:
            months.append(month)
    return held


def resumed_of_held(
    conn: sqlite3.Connection, held: Mapping[int, Sequence[str]], first: str, last: str
) -> dict[tuple[int, Group], int]:
    """Per (programme, group), the enrolled to count beyond those of the programme's
    first month with results, from the months *held* per programme in *first* …
    *last* (in order, as :func:`months_held` gives them) and the seams stored there
    (:mod:`.result_seams`): only the months either side of each gap or seam are
    read, a month at a time for the programmes that need it (a county whose lists
    all left out two months read every month of every programme, 1 s more)."""
    found: dict[int, list[tuple[str, str]]] = {}
    wanted: dict[str, list[int]] = {}
    seams = seams_in(conn, first, last)
    for programme, months in held.items():
        numbered = {month_number(m): m for m in months}
        joined = {month_number(m) for m in seams.get(programme, ())}
        for stop, resume in gaps(list(numbered), joined):
            edge_pair = (numbered[stop], numbered[resume])
            found.setdefault(programme, []).append(edge_pair)
            for edge in edge_pair:
                ids = wanted.setdefault(edge, [])
                if not ids or ids[-1] != programme:
                    ids.append(programme)
    # (programme, month) → group → its measures that month
    edges: dict[tuple[int, str], dict[Group, Counter[str]]] = {}
    for month, ids in wanted.items():
        cursor = conn.execute(
            "SELECT programme_id, gender, need_level, measure, SUM(value) FROM results "
            f"WHERE month = ? AND programme_id IN ({placeholders(ids)}) "
            "AND (measure IN (?, ?) OR substr(measure, 1, ?) = ?) "
            "GROUP BY programme_id, gender, need_level, measure",
            [month, *ids, ENROLLED, START, len(EXIT_PREFIX), EXIT_PREFIX],
        )
        for programme, gender, need, measure, value in cursor:
            groups = edges.setdefault((programme, month), {})
            _measures(groups, (gender, need))[measure] = value
    out: dict[tuple[int, Group], int] = {}
    for programme, pairs in found.items():
        for before, month in pairs:
            was, resumed = edges.get((programme, before), {}), edges.get((programme, month), {})
            _add_beyond(out, programme, was, resumed)
    return out


def narrowed_to(need_level: str | None, gender: str | None) -> tuple[str, list[str]]:
    """The SQL condition (`` AND …``) and its parameters that keep the results of one
    need level and/or gender (None: all)."""
    narrowed, narrowing = "", []
    for column, value in (("need_level", need_level), ("gender", gender)):
        if value is not None:
            narrowed += f" AND {column} = ?"
            narrowing.append(value)
    return narrowed, narrowing


def enrolled_counted(
    conn: sqlite3.Connection,
    held: Mapping[int, Sequence[str]],
    first: str,
    last: str,
    *,
    need_level: str | None = None,
    gender: str | None = None,
) -> dict[tuple[int, str, str], int]:
    """Per (programme, gender, need level) of *need_level* and *gender* (None: all),
    the ``enrolled`` that count among the participants of *first* … *last*: those of
    the programme's first month with results (its months *held*, as
    :func:`months_held` gives them) and, after a gap, those beyond
    (:func:`resumed_of_held`).  The period's first month is read once for every
    programme that holds it, each later first month for the programmes it begins."""
    narrowed, narrowing = narrowed_to(need_level, gender)
    later: dict[str, list[int]] = {}
    for programme, months in held.items():
        if months[0] != first:
            later.setdefault(months[0], []).append(programme)
    asked: list[tuple[str, str, list[int]]] = [(first, "", [])]
    asked += [(m, f" AND programme_id IN ({placeholders(ids)})", ids) for m, ids in later.items()]
    out: dict[tuple[int, str, str], int] = {}
    for month, among, ids in asked:
        cursor = conn.execute(
            "SELECT programme_id, gender, need_level, SUM(value) FROM results "
            f"WHERE month = ? AND measure = 'enrolled'{among}{narrowed} "
            "GROUP BY programme_id, gender, need_level",
            [month, *ids, *narrowing],
        )
        for programme, g, need, enrolled in cursor:
            out[programme, g, need] = enrolled
    for (programme, (g, need)), extra in resumed_of_held(conn, held, first, last).items():
        if need_level in (None, need) and gender in (None, g):
            out[programme, g, need] = out.get((programme, g, need), 0) + extra
    return out
