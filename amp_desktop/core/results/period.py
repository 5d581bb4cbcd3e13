"""The results of every programme for a period, with totals — what the Results tab,
``amp results`` and the printed results all show (one computation, three renderings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from amp_desktop.core.domain import Programme
from amp_desktop.core.formatting import text_sort_key
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period
from amp_desktop.core.results.aggregate import DAYS
from amp_desktop.core.results.figures import (
    ProgrammeFacts,
    RowFacts,
    days_of,
    figures_of_counts,
    programme_figures,
    results_cost,
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


def goal_of(programme: Programme, default_goals: Mapping[str, float] | None) -> float | None:
    """A programme's goal for the share to work or studies: its own, or its type's default."""
    goal = getattr(programme, "goal_work_or_studies_share", None)
    if goal is None and default_goals:
        goal = default_goals.get(programme.type.value)
    return goal


def facts(programme: Programme, default_goals: Mapping[str, float] | None = None) -> ProgrammeFacts:
    """What the figures need of a catalogue programme (its goal, or its type's default)."""
    goal = goal_of(programme, default_goals)
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


#: A programme's sums of one gender, or of all → its figures and its participant-days.
FiguresOf = Callable[[Any], tuple[dict[str, Any], int]]


def _figures_and_days(counts: Mapping[str, int]) -> tuple[dict[str, Any], int]:
    return figures_of_counts(counts), counts.get(DAYS, 0)


def document_of_sums(
    chosen: list[Programme],
    by_programme: Mapping[int, Mapping[str, Any]],
    by_need: Mapping[str, BySex],
    groups: Mapping[str, Mapping[str, BySex]],
    period: Period,
    default_goals: Mapping[str, float] | None = None,
    programme_totals: Mapping[int, Any] | None = None,
    figures_of: FiguresOf | None = None,
) -> dict[str, Any]:
    """The results document of *chosen* (:func:`chosen_programmes`) from their sums
    for *period*: per programme, per need level and per ``"unit"`` and ``"type"``
    (each of every programme in *chosen*), all by gender; *programme_totals*, when
    given, are each programme's sums of all genders (else they are added here).

    A programme's sums are measure → count mappings, or, with *figures_of* (which
    makes their figures and participant-days) and *programme_totals*, whatever it
    reads (a :class:`~amp_desktop.core.results.index.ResultsIndex`'s packed sums)."""
    if figures_of is None:
        figures_of = _figures_and_days
    elif programme_totals is None:
        raise ValueError("figures_of needs programme_totals")
    rows = []
    budgets: dict[str, dict[str, float]] = {"unit": {}, "type": {}}
    # Groups summing a programme without a budget: their cost is not known (divided by
    # all their participants, the known budgets read as a lower cost than it is).
    unbudgeted: set[tuple[str, str]] = set()
    budgeted: set[tuple[str, str]] = set()  # groups summing a programme with a budget
    days = days_of(period)
    nothing: dict[str, int] = {}
    for programme in chosen:
        assert programme.id is not None
        sums = by_programme.get(programme.id, nothing)
        total = programme_totals.get(programme.id) if programme_totals is not None else None
        if total is None:  # (added here: measure → count mappings)
            added: dict[str, int] = {}
            for summed in sums.values():
                _add_counts(added, summed)
            figures, participant_days = _figures_and_days(added)
        else:
            figures, participant_days = figures_of(total)
        budget = results_cost(
            programme.annual_budget_sek, period, programme.start_date, programme.end_date
        )
        kind = programme.type.value
        goal = goal_of(programme, default_goals)
        shown = RowFacts(programme.id, programme.name, kind, programme.unit, programme.places, goal)
        by_gender = {}
        for gender in ("K", "M"):
            summed = sums.get(gender)
            by_gender[gender] = (
                figures_of_counts(nothing) if summed is None else figures_of(summed)[0]
            )
        rows.append(programme_figures(shown, figures, by_gender, participant_days, days, budget))
        # A total's cost is that of the programmes whose results it sums: the budget
        # of one without results in the period would be divided by others' participants.
        cost = (budget or 0.0) if sums else 0.0
        for key, value in (("unit", programme.unit), ("type", kind)):
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


def _add_counts(sums: dict[str, int], counts: Mapping[str, int]) -> None:
    get = sums.get
    for measure, n in counts.items():
        sums[measure] = get(measure, 0) + n


def _total(by_gender: Mapping[str, Mapping[str, int]]) -> dict[str, Any]:
    """:func:`total_results` of one group whose sums by gender are *by_gender*."""
    total: dict[str, int] = {}
    for counts in by_gender.values():
        _add_counts(total, counts)
    nothing: dict[str, int] = {}
    return {
        **figures_of_counts(total),
        "by_gender": {g: figures_of_counts(by_gender.get(g, nothing)) for g in ("K", "M")},
    }


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
