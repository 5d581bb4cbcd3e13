"""The months a participant list's import replaces: never months it holds only part of.

A case system exports the enrolments *active* in a period: one that began in 2023 and
still ran in 2024 is in the 2024 list, the others of 2023 are not.  Such a list
reaches back to its earliest start, but before its first exit it holds only the
enrolments still running later.  Where the catalogue already has results for those
months and the list holds fewer starts than it for a programme, or the results hold
exits there (the list holds none before its first), those results are kept and the
import replaces the months after them (the earlier enrolments are counted as
enrolled when they begin); the preview says so.  An updated list that holds as many starts or more
replaces them as before.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import month_index, month_text
from amp_desktop.core.results.aggregate import EXIT_PREFIX, START, Enrolment
from amp_desktop.core.results.uncovered import month_runs_text
from amp_desktop.core.store import Catalogue


def replaced_months(
    catalogue: Catalogue, enrolments: Sequence[Enrolment], first: str, last: str
) -> tuple[str | None, Problem | None]:
    """The first month the import replaces (None: none, every month is partial) and a
    note or problem saying which months keep the results the catalogue has."""
    ends = [e.end for e in enrolments if e.end is not None]
    partial_last = month_index(_month(min(ends))) - 1 if ends else month_index(last)
    if partial_last < month_index(first):
        return first, None
    scope = sorted({e.programme_id for e in enrolments})
    # Per programme and month: a month whose stored results hold more starts than the
    # list, or any exit (the list has none before its first), is one it holds in part.
    starts: Counter[tuple[int, int]] = Counter()
    kept: set[int] = set()
    for pid, month, _g, _n, _a, measure, value in catalogue.results_scope(
        scope, first, month_text(partial_last)
    ):
        if measure == START:
            starts[pid, month_index(month)] += value
        elif measure.startswith(EXIT_PREFIX) and value:
            kept.add(month_index(month))
    if not starts and not kept:
        return first, None
    listed: Counter[tuple[int, int]] = Counter(
        (e.programme_id, e.start.year * 12 + e.start.month - 1) for e in enrolments
    )
    kept.update(m for (pid, m), n in starts.items() if listed[pid, m] < n)
    if not kept:
        return first, None
    kept_last = max(kept)
    if kept_last >= month_index(last):
        return None, Problem(
            "",
            translate(
                "Results",
                "in every month it reaches ({first} … {last}) the list holds fewer starts "
                "than the results AMP has (is it a list of the current participants only?): "
                "it would replace them with fewer, so it is not imported.",
            ).format(first=first, last=last),
            whole=True,
        )
    replaced = month_text(kept_last + 1)
    kept_months = [month_text(m) for m in range(month_index(first), kept_last + 1)]
    replaced_months = [month_text(m) for m in range(kept_last + 1, month_index(last) + 1)]
    return replaced, Problem(
        "",
        translate(
            "Results",
            "{kept}: the results AMP has are kept, because the list holds only part of those "
            "months (the enrolments still running later); it replaces {replaced}.",
        ).format(kept=month_runs_text(kept_months), replaced=month_runs_text(replaced_months)),
        blocking=False,
    )


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
