"""Those running when a programme's results resume after a gap, counted among a
period's participants (the rule: :mod:`amp_desktop.core.results.aggregate`).

A programme's stored results may stop and resume within a period: months between
that no list covered (a list of January–March and one of July–December).  Whoever
was running when they resume took part in the period, but the first month's
``enrolled`` and the ``starts`` of the months held do not count those who started
in the months not covered.  So, per group (gender and need level), the ``enrolled``
of the month they resume beyond those running at the end of the last month before
(never below 0) count too: a lower bound, since who started and left in the months
not covered is not known.  Here, below the store's reads that apply it.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from amp_desktop.core.months import month_number
from amp_desktop.core.store.result_sums import ENROLLED
from amp_desktop.core.store.rows import placeholders

__all__ = [
    "ENROLLED",
    "EXIT_PREFIX",
    "START",
    "Resumed",
    "resumed_of_rows",
    "resumed_in",
    "running_at_end",
]

#: A group of a programme's results: (gender, need level).
Group = tuple[str, str]

#: The stored measures the rule reads (with ``enrolled``): starts, and exits by reason.
START = "starts"
EXIT_PREFIX = "exit:"


def running_at_end(counts: Mapping[str, int]) -> int:
    """The enrolments of one group still running at the end of a month of *counts*
    (its measures): ``enrolled`` + ``starts`` − exits."""
    exits = sum(n for measure, n in counts.items() if measure.startswith(EXIT_PREFIX))
    return counts.get(ENROLLED, 0) + counts.get(START, 0) - exits


class Resumed:
    """The ``enrolled`` that count among a period's participants beyond those of each
    programme's first month with results in it, fed each programme's months with
    results in the period in order (see the module's docstring)."""

    def __init__(self) -> None:
        #: programme → (its last month fed, the running at its end per group)
        self._last: dict[int, tuple[int, Mapping[Group, int]]] = {}

    def month(
        self,
        programme: int,
        month: int,
        enrolled: Mapping[Group, int],
        running: Mapping[Group, int],
    ) -> dict[Group, int]:
        """Of *programme*'s month *month* (an index, later than the last fed) with
        *enrolled* and *running* at its end per group, the enrolled to count beyond
        the first month's: none in the programme's first month or in one that
        follows the month before, else each group's beyond the running before."""
        last = self._last.get(programme)
        self._last[programme] = (month, running)
        if last is None or last[0] == month - 1:
            return {}
        before = last[1]
        beyond = {group: n - before.get(group, 0) for group, n in enrolled.items()}
        return {group: n for group, n in beyond.items() if n > 0}


def resumed_in_lines(
    lines: Iterable[Sequence[Any]], held: list[int], unpack: Callable[[int], dict[str, int]]
) -> dict[Group, int]:
    """Per group, the enrolled that count beyond the programme's first month's, from
    the programme's *lines* (``[gender, need level, packed measures per month,
    enrolled per month]``, as the Results tab's index holds them; *unpack* opens a
    packed month) and the months *held* of the period with any of its results, in
    order: only the months either side of each gap are opened."""
    lines = list(lines)
    resumed = Resumed()

    def fed(month: int) -> dict[Group, int]:
        enrolled = {(line[0], line[1]): line[3][month] for line in lines}
        running = {
            (line[0], line[1]): running_at_end({**unpack(line[2][month]), ENROLLED: line[3][month]})
            for line in lines
        }
        return resumed.month(0, month, enrolled, running)

    out: dict[Group, int] = {}
    fed_last = -1
    for before, month in pairwise(held):
        if month == before + 1:
            continue
        if before != fed_last:
            fed(before)
        for group, n in fed(month).items():
            out[group] = out.get(group, 0) + n
        fed_last = month
    return out


def resumed_of_rows(
    rows: Iterable[tuple[int, str, Group, str, int]],
) -> dict[tuple[int, Group], int]:
    """:class:`Resumed` over *rows*, ``(programme, month, group, measure, value)`` of a
    period in any order: per (programme, group), the enrolled to count beyond those of
    the programme's first month with results."""
    months: dict[int, dict[str, dict[Group, Counter[str]]]] = {}
    for programme, month, group, measure, value in rows:
        groups = months.setdefault(programme, {}).setdefault(month, {})
        counts = groups.get(group)
        if counts is None:
            counts = groups[group] = Counter()
        counts[measure] += value
    out: dict[tuple[int, Group], int] = {}
    resumed = Resumed()
    for programme, by_month in months.items():
        for month in sorted(by_month):
            groups = by_month[month]
            enrolled = {group: counts[ENROLLED] for group, counts in groups.items()}
            running = {group: running_at_end(counts) for group, counts in groups.items()}
            for group, n in resumed.month(
                programme, month_number(month), enrolled, running
            ).items():
                out[programme, group] = out.get((programme, group), 0) + n
    return out


def resumed_in(conn: sqlite3.Connection, first: str, last: str) -> dict[tuple[int, Group], int]:
    """Per (programme, (gender, need level)), the enrolled that count beyond those of
    the programme's first month with results in *first* … *last*
    (:func:`resumed_of_rows`): read only for the programmes whose results
    stop and resume in the period (few, if any)."""
    months: dict[int, list[int]] = {}
    cursor = conn.execute(
        "SELECT DISTINCT programme_id, month FROM results WHERE month BETWEEN ? AND ?",
        [first, last],
    )
    for programme_id, month in cursor:
        months.setdefault(programme_id, []).append(month_number(month))
    resuming = [p for p, held in months.items() if max(held) - min(held) + 1 != len(held)]
    if not resuming:
        return {}
    cursor = conn.execute(
        "SELECT programme_id, month, gender, need_level, measure, SUM(value) FROM results "
        f"WHERE programme_id IN ({placeholders(resuming)}) AND month BETWEEN ? AND ? "
        "GROUP BY programme_id, month, gender, need_level, measure",
        [*resuming, first, last],
    )
    return resumed_of_rows((p, m, (g, n), measure, v) for p, m, g, n, measure, v in cursor)
