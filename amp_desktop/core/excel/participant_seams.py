"""Where a participant list's months meet the results AMP keeps from an earlier list:
those the new list has running on its first month's first day beyond those the kept
month before ends with (started late in that month and registered after the earlier
list was taken) are said in the preview: a period across both months counts them
among its participants (:mod:`amp_desktop.core.store.result_seams`), but their starts
in the month before are not known."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.formatting import format_number, quoted
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import month_index, month_text
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.results import ResultRow
from amp_desktop.core.store.resumption import ENROLLED, beyond_running, running_at_end


def seam_note(
    catalogue: Catalogue,
    scope: Iterable[int],
    first: str,
    after: Iterable[ResultRow],
    names: Mapping[int, str],
) -> Problem | None:
    """A note when the list's month *first* (its rows *after*) counts more running on
    its first day than the catalogue's month before ends with, for programmes of
    *scope* with results then (None when none does); *names*: programme id → name."""
    before = month_text(month_index(first) - 1)
    kept: dict[tuple[int, str, str], Counter[str]] = {}
    for pid, _m, gender, need, _a, measure, value in catalogue.results_scope(scope, before, before):
        kept.setdefault((pid, gender, need), Counter())[measure] += value
    if not kept:
        return None
    ended: dict[int, dict[tuple[str, str], int]] = {}
    for (pid, gender, need), counts in kept.items():
        ended.setdefault(pid, {})[gender, need] = running_at_end(counts)
    running: dict[int, dict[tuple[str, str], int]] = {}
    for pid, month, gender, need, _a, measure, value in after:
        if month == first and measure == ENROLLED and pid in ended:
            groups = running.setdefault(pid, {})
            groups[gender, need] = groups.get((gender, need), 0) + value
    beyond = {
        pid: sum(beyond_running(groups, ended[pid]).values()) for pid, groups in running.items()
    }
    programmes = [pid for pid, n in beyond.items() if n]
    if not programmes:
        return None
    listed = ", ".join(quoted(names.get(pid, str(pid))) for pid in sorted(programmes)[:3])
    if len(programmes) > 3:
        listed += ", …"
    n = sum(beyond.values())
    message = (
        translate(
            "Results",
            "1 enrolment ({names}) running on the first day of {first} was not running "
            "at the end of {before} in the results AMP has (started late in {before} and "
            "registered after that list was taken?): a period across both months counts "
            "it among its participants, but not its start in {before}; a list covering "
            "both months would.",
        )
        if n == 1
        else translate(
            "Results",
            "{n} enrolments ({names}) running on the first day of {first} were not "
            "running at the end of {before} in the results AMP has (started late in "
            "{before} and registered after that list was taken?): a period across both "
            "months counts them among its participants, but not their starts in "
            "{before}; a list covering both months would.",
        )
    )
    return Problem(
        "",
        message.format(n=format_number(n), names=listed, first=first, before=before),
        blocking=False,
    )
