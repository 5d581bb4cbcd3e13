"""Where a participant list's months meet the results AMP keeps from another list:
those the new list has running on its first month's first day beyond those the kept
month before ends with (started late in that month and registered after the earlier
list was taken), or those the kept month after the list's last has running beyond
those the list's last month ends with (the kept list taken later), are said in the
preview: a period across both months counts them among its participants
(:mod:`amp_desktop.core.store.result_seams`), but their starts in the month before are
not known."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.formatting import format_number, quoted
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import month_index, month_text
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.results import ResultRow
from amp_desktop.core.store.resumption import beyond_between

Months = dict[int, dict[tuple[str, str], Counter[str]]]  # programme → group → measures


def _month(rows: Iterable[ResultRow], month: str) -> Months:
    """Per programme and group (gender, need level), the measures of *rows* in *month*."""
    out: Months = {}
    for pid, m, gender, need, _a, measure, value in rows:
        if m == month:
            out.setdefault(pid, {}).setdefault((gender, need), Counter())[measure] += value
    return out


def _beyond(ended: Months, begun: Months) -> dict[int, int]:
    """Per programme held in both months, how many *begun* has running on its first
    day beyond those running at the end of *ended* (the rule of
    :func:`~amp_desktop.core.store.resumption.beyond_between`)."""
    found = {
        pid: sum(beyond_between(ended[pid], groups).values())
        for pid, groups in begun.items()
        if pid in ended
    }
    return {pid: n for pid, n in found.items() if n}


def seam_note(
    catalogue: Catalogue,
    scope: Iterable[int],
    first: str,
    after: Iterable[ResultRow],
    names: Mapping[int, str],
    last: str | None = None,
) -> Problem | None:
    """A note when the list's month *first* (its rows *after*) counts more running on
    its first day than the catalogue's month before ends with, or when the month
    the catalogue keeps after the list's *last* counts more running on its first day
    than the list's last month ends with, for programmes of *scope* with results
    there (None when neither does); *names*: programme id → name."""
    scope, after = list(scope), list(after)
    before = month_text(month_index(first) - 1)
    kept = catalogue.results_scope(scope, before, before)
    beyond = _beyond(_month(kept, before), _month(after, first))
    if beyond:
        return _note(beyond, names, first, before, later=False)
    if last is None:
        return None
    following = month_text(month_index(last) + 1)
    kept = catalogue.results_scope(scope, following, following)
    beyond = _beyond(_month(after, last), _month(kept, following))
    return _note(beyond, names, following, last, later=True) if beyond else None


def _note(
    beyond: Mapping[int, int], names: Mapping[int, str], first: str, before: str, later: bool
) -> Problem:
    """The note for *beyond* (programme → enrolments) running on the first day of
    *first* and not at the end of *before*; *later*: the month kept is the later one."""
    programmes = sorted(beyond)
    listed = ", ".join(quoted(names.get(pid, str(pid))) for pid in programmes[:3])
    if len(programmes) > 3:
        listed += ", …"
    n = sum(beyond.values())
    if later:
        message = (
            translate(
                "Results",
                "1 enrolment ({names}) running on the first day of {first} in the results "
                "AMP keeps was not running at the end of {before} in this list (started "
                "late in {before}, after this list was taken?): a period across both "
                "months counts it among its participants, but not its start in {before}; "
                "a list covering both months would.",
            )
            if n == 1
            else translate(
                "Results",
                "{n} enrolments ({names}) running on the first day of {first} in the "
                "results AMP keeps were not running at the end of {before} in this list "
                "(started late in {before}, after this list was taken?): a period across "
                "both months counts them among its participants, but not their starts in "
                "{before}; a list covering both months would.",
            )
        )
    else:
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
