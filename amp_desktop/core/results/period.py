"""The results of every programme for a period, with totals — what the Results tab,
``amp results`` and the printed results all show (one computation, three renderings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from amp_desktop.core.domain import Programme
from amp_desktop.core.formatting import text_sort_key
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period, month_index
from amp_desktop.core.results.figures import (
    ProgrammeFacts,
    Tally,
    programme_results,
    results_cost,
    total_results,
)

TallyKey = tuple[int, str, str]  # programme, gender, need level


@dataclass(frozen=True)
class ResultsFilter:
    """Which programmes and participants the figures are about (None = all)."""

    unit: str | None = None
    type: str | None = None
    need_level: str | None = None
    gender: str | None = None

    def admits(self, programme: Programme) -> bool:
        return (self.unit is None or programme.unit == self.unit) and (
            self.type is None or programme.type.value == self.type
        )


def facts(programme: Programme, default_goals: Mapping[str, float] | None = None) -> ProgrammeFacts:
    """What the figures need of a catalogue programme (its goal, or its type's default)."""
    goal = getattr(programme, "goal_work_or_studies_share", None)
    if goal is None and default_goals:
        goal = default_goals.get(programme.type.value)
    assert programme.id is not None
    return ProgrammeFacts(
        programme.id,
        programme.name,
        programme.type.value,
        programme.unit,
        programme.places,
        programme.annual_budget_sek,
        goal,
        start_date=programme.start_date,
        end_date=programme.end_date,
    )


def results_document(
    programmes: Iterable[Programme],
    tallies: Mapping[TallyKey, Counter[str]],
    period: Period,
    selection: ResultsFilter | None = None,
    default_goals: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """``{"period", "programmes": [...], "totals": {"unit", "type", "need_level"}, "all"}``.

    *tallies* are the stored sums for *period* (``store.results.tallies``), already
    limited to the need level and gender of *selection* when it names them.
    """
    selection = selection or ResultsFilter()
    chosen = chosen_programmes(programmes, selection)
    chosen_ids = {p.id for p in chosen}
    # The sums are made once, in plain dicts: per programme and gender from the
    # tallies, per need level and gender from the tallies, per unit and type from the
    # programmes' sums, and all from the types' (every programme has one type).
    by_programme: dict[int, dict[str, dict[str, int]]] = {}
    by_need: dict[str, dict[str, dict[str, int]]] = {}
    for (programme_id, gender, need), counts in tallies.items():
        if programme_id not in chosen_ids:
            continue
        _add(by_programme.setdefault(programme_id, {}), gender, counts)
        _add(by_need.setdefault(need, {}), gender, counts)
    groups: dict[str, dict[str, dict[str, dict[str, int]]]] = {"unit": {}, "type": {}}
    for programme in chosen:
        assert programme.id is not None
        sums = by_programme.get(programme.id, {})
        for key, value in (("unit", programme.unit), ("type", programme.type.value)):
            group = groups[key].setdefault(value, {})
            for gender, summed in sums.items():
                _add(group, gender, summed)
    return document_of_sums(chosen, by_programme, by_need, groups, period, default_goals)


#: Sums by gender ("K", "M", "") of each measure, as :func:`document_of_sums` takes them.
BySex = Mapping[str, Mapping[str, int]]


def chosen_programmes(programmes: Iterable[Programme], selection: ResultsFilter) -> list[Programme]:
    """The programmes *selection* admits, in the order the results list them."""
    return sorted(
        (p for p in programmes if selection.admits(p)), key=lambda p: text_sort_key(p.name)
    )


def document_of_sums(
    chosen: list[Programme],
    by_programme: Mapping[int, BySex],
    by_need: Mapping[str, BySex],
    groups: Mapping[str, Mapping[str, BySex]],
    period: Period,
    default_goals: Mapping[str, float] | None = None,
    programme_totals: Mapping[int, Mapping[str, int]] | None = None,
) -> dict[str, Any]:
    """The results document of *chosen* (:func:`chosen_programmes`) from their sums
    for *period*: per programme, per need level and per ``"unit"`` and ``"type"``
    (each of every programme in *chosen*), all by gender; *programme_totals*, when
    given, are each programme's sums of all genders (else they are added here)."""
    rows = []
    budgets: dict[str, dict[str, float]] = {"unit": {}, "type": {}}
    # Groups summing a programme without a budget: their cost is not known (divided by
    # all their participants, the known budgets read as a lower cost than it is).
    unbudgeted: set[tuple[str, str]] = set()
    budgeted: set[tuple[str, str]] = set()  # groups summing a programme with a budget
    for programme in chosen:
        assert programme.id is not None
        sums = by_programme.get(programme.id, {})
        tallied = {gender: Tally(Counter(summed)) for gender, summed in sums.items()}
        total = programme_totals.get(programme.id) if programme_totals is not None else None
        rows.append(
            programme_results(
                facts(programme, default_goals),
                tallied,
                period,
                total=None if total is None else Tally(Counter(total)),
            )
        )
        budget = results_cost(
            programme.annual_budget_sek, period, programme.start_date, programme.end_date
        )
        # A total's cost is that of the programmes whose results it sums: the budget
        # of one without results in the period would be divided by others' participants.
        cost = (budget or 0.0) if sums else 0.0
        for key, value in (("unit", programme.unit), ("type", programme.type.value)):
            budgets[key][value] = budgets[key].get(value, 0.0) + cost
            if sums and budget is None:
                unbudgeted.add((key, value))
            elif sums:
                budgeted.add((key, value))
    totals: dict[str, dict[str, Any]] = {"unit": {}, "type": {}, "need_level": {}}
    for key in ("unit", "type"):
        for value, sums in sorted(groups[key].items(), key=lambda kv: text_sort_key(kv[0])):
            if not sums:  # (programmes without results: no row of zeros)
                continue
            totals[key][value] = _with_cost(
                _total(sums),
                budgets[key][value] if (key, value) in budgeted else None,
                known=(key, value) not in unbudgeted,
            )
    for need, sums in sorted(by_need.items()):
        totals["need_level"][need] = _total(sums)
    everything: dict[str, dict[str, int]] = {}
    for sums in groups["type"].values():
        for gender, summed in sums.items():
            _add(everything, gender, summed)
    overall = _with_cost(
        _total(everything),
        sum(budgets["type"].values()) if budgeted else None,
        known=not unbudgeted,
    )
    return {"period": period.to_json(), "programmes": rows, "totals": totals, "all": overall}


def _add(by_gender: dict[str, dict[str, int]], gender: str, counts: Mapping[str, int]) -> None:
    """Add *counts* to the sums of *gender* in *by_gender*."""
    sums = by_gender.get(gender)
    if sums is None:
        by_gender[gender] = dict(counts)
        return
    get = sums.get
    for measure, n in counts.items():
        sums[measure] = get(measure, 0) + n


def _total(by_gender: Mapping[str, Mapping[str, int]]) -> dict[str, Any]:
    """:func:`total_results` of one group whose sums by gender are *by_gender*."""
    return total_results([{g: Tally(Counter(counts)) for g, counts in by_gender.items()}])


def _with_cost(
    figures: dict[str, Any], cost: float | None, *, known: bool = True
) -> dict[str, Any]:
    """*figures* with the group's cost (*cost*: the budgets of its programmes with
    results; None when none of them has a budget — not known, never 0 kr) and its
    costs per participant and per result — not known (None) unless every programme it
    sums has a budget (*known*)."""
    figures["cost_sek"] = cost
    divided = cost if known else None
    for key, count in (
        ("cost_per_participant_sek", figures["participants"]),
        ("cost_per_work_or_studies_sek", figures["work_or_studies"]),
    ):
        figures[key] = divided / count if divided is not None and count else None
    return figures


#: The figures results imported would give; without any they are unknown, not 0.
_MEASURED = (
    "participants",
    "starts",
    "exits",
    "work_or_studies",
    "work_or_studies_share",
    "median_stay_weeks",
    "mean_stay_weeks",
    "average_occupancy",
    "actual_utilisation",
    "goal_met",
    "cost_sek",
    "cost_per_participant_sek",
    "cost_per_work_or_studies_sek",
)


def without_results(document: dict[str, Any], imported: Iterable[int]) -> dict[str, Any]:
    """*document* with the figures of each programme not in *imported* (the programmes
    whose results are known for the period: ``Catalogue.results_known``) null — never a
    silent 0 — and those of ``all`` too when none is; returns it.  The window, ``amp
    results`` and ``amp audit`` show them so; print and Excel leave them out
    (:func:`known_only`)."""
    with_results = set(imported)
    anything = False
    for row in document["programmes"]:
        if row["id"] in with_results:
            anything = True
        else:
            _unknown(row)
    if not anything:
        _unknown(document["all"])
    return document


def _unknown(figures: dict[str, Any]) -> None:
    for key in _MEASURED:
        if key in figures:
            figures[key] = None
    if "exits_by_reason" in figures:
        figures["exits_by_reason"] = dict.fromkeys(figures["exits_by_reason"])
    for by_gender in (figures.get("by_gender") or {}).values():
        _unknown(by_gender)


def known_only(document: dict[str, Any], known: Iterable[int]) -> tuple[dict[str, Any], list[str]]:
    """*document* without the programmes whose results are not known for the period
    (see :func:`without_results`; rows of silent zeros on paper), and their names."""
    with_results = set(known)
    kept = [row for row in document["programmes"] if row["id"] in with_results]
    names = [row["name"] for row in document["programmes"] if row["id"] not in with_results]
    return {**document, "programmes": kept}, names


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
) -> str | None:
    """What to say under figures when a programme's lists cover less of the period
    than the others' (*gaps*: :func:`programme_gaps`); the months no list covered for
    any programme (*covered*: as for :func:`uncovered_note`, which says those) are not
    said again.  None when there is nothing more to say."""
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
    return translate(
        "Results",
        "Some months have no results imported for these programmes: {programmes}. Their "
        "figures count those months as if nobody took part — the average occupancy and "
        "actual utilisation read low, the costs per participant and per exit high.",
    ).format(programmes="; ".join(parts))


#: A programme's or a total's costs: its budget over the period, per participant and exit.
COSTS = ("cost_sek", "cost_per_participant_sek", "cost_per_work_or_studies_sek")


def without_costs(document: dict[str, Any], selection: ResultsFilter) -> bool:
    """*document* without costs when *selection* keeps women or men only, or one need
    level: the budget is the whole programme's, and divided by a part of its
    participants it reads as more than a participant costs.  Marks the document
    (``costs_left_out``) and says whether it did (the Results tab does the same)."""
    if selection.gender is None and selection.need_level is None:
        return False
    groups = [row for kind in document["totals"].values() for row in kind.values()]
    for figures in (*document["programmes"], *groups, document["all"]):
        for key in COSTS:
            if key in figures:
                figures[key] = None
    document["costs_left_out"] = True
    return True


def costs_left_out_note() -> str:
    """Said under figures whose costs :func:`without_costs` left out."""
    return translate(
        "Results", "No costs for one gender or need level: the budget is the whole programme's."
    )
