"""The months of a period the imported participant lists did not cover — for every
programme, or for some (their lists cover less of it than the others') — and what
figures over the period say of them (:mod:`.coverage` reads them from the store)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from amp_desktop.core.formatting import format_number, text_sort_key
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period, month_index


def months_without_results(period: Period, covered: Iterable[str]) -> list[str]:
    """The months of *period* no imported list covered (*covered*: the months that any
    import covered or that hold a result, ``Catalogue.results_months_covered``)."""
    known = set(covered)
    return [month for month in period.months() if month not in known]


def month_runs_text(months: Iterable[str]) -> str:
    """``2024-01 … 2024-05, 2024-09`` for a set of months (runs across years too)."""
    runs: list[list[str]] = []
    for month in sorted(set(months)):
        if runs and month_index(month) == month_index(runs[-1][-1]) + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]} … {r[-1]}" for r in runs)


def uncovered_note(period: Period, covered: Iterable[str]) -> str | None:
    """What to say under figures for a period that imported lists cover only in part
    (None when they cover all of it, or none of it: then every figure is unknown).

    The figures count the months without results as months nobody took part in: the
    average occupancy and actual utilisation are divided by all the period's days and
    the costs are the budget of the whole period, so both read wrong unless said."""
    missing = months_without_results(period, covered)
    if not missing or len(missing) == len(period):
        return None
    return translate(
        "Results",
        "No results imported for {months}: the figures count only the other months, as "
        "if nobody took part in these — the average occupancy and actual utilisation read "
        "low, the costs per participant and per exit (the budget of the whole period) high.",
    ).format(months=month_runs_text(missing))


def programme_gaps(
    period: Period,
    imported: Mapping[int, Iterable[str]],
    stored: Mapping[int, Iterable[str]],
    known: Iterable[int],
) -> dict[int, list[str]]:
    """Per programme whose results are known for the period (*known*:
    ``Catalogue.results_known``), the months of *period* no list covered *for it*
    (*imported*, *stored*: ``Catalogue.results_covered_months``); programmes whose
    lists cover the whole period are left out, and so are those no import recorded
    its months for (a file from before the coverage was kept: a month nobody took
    part in holds no row there, and would read as a month without results).

    :func:`months_without_results` gives only the months no list covered for any
    programme: one list per programme, imported at different times, left a programme
    whose list began in July with the whole year's days and budget and no word said.
    """
    months = period.months()
    gaps = {}
    for pid in sorted(set(known) & set(imported)):
        covered = {*imported[pid], *stored.get(pid, ())}
        missing = [month for month in months if month not in covered]
        if missing:
            gaps[pid] = missing
    return gaps


def programme_gaps_note(
    period: Period,
    gaps: Mapping[int, list[str]],
    names: Mapping[int, str],
    covered: Iterable[str] = (),
    at_most: int | None = None,
) -> str | None:
    """What to say under figures when a programme's lists cover less of the period
    than the others' (*gaps*: :func:`programme_gaps`); the months no list covered for
    any programme (*covered*: as for :func:`uncovered_note`, which says those) are not
    said again; *at_most* programmes named, and how many more (the Results tab's
    summary line).  None when there is nothing more to say."""
    said = set(months_without_results(period, covered))
    parts = [
        translate("Results", "{name} ({months})").format(
            name=names.get(pid, str(pid)), months=month_runs_text(missing)
        )
        for pid, missing in sorted(gaps.items(), key=lambda kv: text_sort_key(names.get(kv[0], "")))
        if set(missing) - said
    ]
    if not parts:
        return None
    if at_most is not None and len(parts) > at_most:
        more = translate("Results", "{n} more").format(n=format_number(len(parts) - at_most))
        parts = [*parts[:at_most], more]
    return translate(
        "Results",
        "Some months have no results imported for these programmes: {programmes}. Their "
        "figures count those months as if nobody took part — the average occupancy and "
        "actual utilisation read low, the costs per participant and per exit high.",
    ).format(programmes="; ".join(parts))
