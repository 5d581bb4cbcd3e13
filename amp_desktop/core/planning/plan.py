"""Making a plan: read programmes and demand from the catalogue, compute, total up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from amp_desktop.core.domain import Programme, enum_label
from amp_desktop.core.formatting import text_sort_key
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.capacity import lookback_months, plan_programme
from amp_desktop.core.planning.model import GroupTotal, Plan, ProgrammePlan, Thresholds
from amp_desktop.core.planning.period import Period, add_months
from amp_desktop.core.planning.timeline import Timeline, make_timeline

if TYPE_CHECKING:
    from amp_desktop.core.planning.scenarios import Scenario
    from amp_desktop.core.progress import Progress
    from amp_desktop.core.store import Catalogue

DemandRows = Iterable[tuple[int, str, str, str, float]]
Cells = dict[int, dict[str, dict[str, float]]]


def split_demand(rows: DemandRows) -> tuple[Cells, Cells]:
    """Demand rows → (actual, forecast), each programme → month → source → referrals."""
    actual: Cells = {}
    forecast: Cells = {}
    # Rows come grouped by month and programme: keep the last cell dict at hand.
    last_key: tuple[int, str, str] | None = None
    cells: dict[str, float] = {}
    for programme_id, month, source, kind, referrals in rows:
        key = (programme_id, month, kind)
        if key != last_key:
            target = actual if kind == "actual" else forecast
            by_month = target.get(programme_id)
            if by_month is None:
                by_month = target[programme_id] = {}
            found = by_month.get(month)
            if found is None:
                found = by_month[month] = {}
            cells = found
            last_key = key
        cells[source] = cells.get(source, 0.0) + referrals
    return actual, forecast


def make_plan(
    catalogue: Catalogue,
    period: Period,
    *,
    scenario: Scenario | str | None = None,
    thresholds: Thresholds | None = None,
    progress: Progress | None = None,
) -> Plan:
    """The plan of every programme of *catalogue* over *period*.

    *scenario* (a :class:`~amp_desktop.core.planning.scenarios.Scenario` or the
    name of one saved in the catalogue) changes places, stays and demand in the
    computation only; the catalogue is never touched.  Demand is read a chunk of
    programmes at a time, each as far back as its own stay needs
    (:func:`~amp_desktop.core.planning.streaming.programme_plans`).
    """
    from amp_desktop.core.planning.scenarios import load_scenario
    from amp_desktop.core.planning.streaming import programme_plans

    if isinstance(scenario, str):
        scenario = load_scenario(catalogue, scenario)
    thresholds = thresholds or Thresholds()
    needed_by_source: dict[str, float] = {}
    plans = list(
        programme_plans(
            catalogue,
            period,
            scenario=scenario,
            thresholds=thresholds,
            needed_by_source=needed_by_source,
            progress=progress,
        )
    )
    return assemble_plan(period, plans, needed_by_source, scenario, thresholds)


def earliest_month(programmes: Iterable[Programme], period: Period) -> str:
    """The first month whose demand the plans of *programmes* over *period* read
    (the programmes as a scenario sees them, if one applies)."""
    back = 0
    for programme in programmes:
        back = max(back, lookback_months(programme.average_stay_months, bool(programme.months)))
    return add_months(period.first, -back)


def by_name(programmes: Iterable[Programme]) -> list[Programme]:
    """Programmes by name, as the catalogue lists them (the window, the report and the
    CLI alike)."""
    return sorted(programmes, key=lambda p: (text_sort_key(p.name), p.id or 0))


def plan_from_data(
    programmes: list[Programme],
    rows: DemandRows,
    period: Period,
    *,
    scenario: Scenario | None = None,
    thresholds: Thresholds | None = None,
) -> Plan:
    """The plan from programmes and demand rows already read (no catalogue needed)."""
    actual, forecast = split_demand(rows)
    return plan_from_cells(
        programmes, actual, forecast, period, scenario=scenario, thresholds=thresholds
    )


def plan_from_cells(
    programmes: list[Programme],
    actual: Cells,
    forecast: Cells,
    period: Period,
    *,
    scenario: Scenario | None = None,
    thresholds: Thresholds | None = None,
    progress: Progress | None = None,
    timelines: dict[int, Timeline | None] | None = None,
) -> Plan:
    """The plan from demand already split by :func:`split_demand`.

    The cells must reach back far enough for the period's look-back
    (:func:`earliest_month`); holding a catalogue's demand this way lets the window
    switch periods without reading the file again.  *progress* gets a step per
    programme (and stops the work when cancelled).  *timelines* (by programme id,
    for these *actual* and *forecast*) keeps each programme's
    :class:`~amp_desktop.core.planning.timeline.Timeline` for the next plan from the
    same demand: it is filled as needed, and the plans are the same with or without.
    """
    thresholds = thresholds or Thresholds()
    needed_by_source: dict[str, float] = {}
    plans: list[ProgrammePlan] = []
    ordered = by_name(programmes)
    for done, programme in enumerate(ordered):
        if progress is not None:
            progress.step(done, len(ordered))
        adjust: Callable[[dict[str, float]], dict[str, float]] | None = None
        if scenario is not None:
            programme = scenario.apply_to_programme(programme)
            adjust = scenario.demand_adjuster(programme.id or 0)
        pid = programme.id or 0
        cells, planned = actual.get(pid, {}), forecast.get(pid, {})
        timeline = None
        if timelines is not None and scenario is None:
            timeline = timelines.get(pid)
            if (timeline is None and pid not in timelines) or (
                timeline is not None and not timeline.fits(programme)
            ):
                timeline = timelines[pid] = make_timeline(programme, cells, planned)
        plans.append(
            plan_programme(
                programme,
                period,
                cells,
                planned,
                thresholds,
                needed_by_source,
                adjust,
                timeline,
            )
        )
    return assemble_plan(period, plans, needed_by_source, scenario, thresholds)


def assemble_plan(
    period: Period,
    plans: list[ProgrammePlan],
    needed_by_source: dict[str, float],
    scenario: Scenario | None,
    thresholds: Thresholds,
) -> Plan:
    """The plan of *plans* (in order) with its totals by unit, type and source.

    The totals read only the programmes' figures over the period, never their
    months: a writer that streams the months may pass plans without them.
    """
    sources = sorted({s for p in plans for s in p.referrals_by_source} | set(needed_by_source))
    totals = {
        "unit": _group(plans, lambda p: p.unit, _unit_label, thresholds),
        "type": _group(plans, lambda p: p.type, enum_label, thresholds),
        "source": _source_totals(plans, sources, needed_by_source),
    }
    total = _total(translate("Planning", "All programmes"), "", plans, thresholds)
    return Plan(
        period=period,
        programmes=plans,
        totals=totals,
        scenario=scenario.name if scenario is not None else None,
        total=total,
        thresholds=thresholds,
        sources=sources,
    )


def _unit_label(unit: str) -> str:
    return unit or translate("Planning", "(no unit)")


def source_label(source: str) -> str:
    """A referral source code as shown; the empty code is an unknown source."""
    return source or translate("Planning", "(source unknown)")


def _group(
    plans: list[ProgrammePlan],
    key: Callable[[ProgrammePlan], str],
    label: Callable[[str], str],
    thresholds: Thresholds,
) -> list[GroupTotal]:
    groups: dict[str, list[ProgrammePlan]] = {}
    for plan in plans:
        groups.setdefault(key(plan), []).append(plan)
    return [_total(label(k), k, groups[k], thresholds) for k in sorted(groups)]


def _total(label: str, key: str, plans: list[ProgrammePlan], thresholds: Thresholds) -> GroupTotal:
    # Off-season programmes have no places in the period: leave them out of the sums.
    counted = [p for p in plans if p.status != "off_season"]
    places = sum(p.places for p in counted)
    budgeted = sum(p.budgeted_places or 0 for p in counted)
    budgets = [p.annual_budget_sek for p in plans if p.annual_budget_sek is not None]
    budget = sum(budgets) if budgets else None
    counted_budget = sum(p.annual_budget_sek or 0 for p in counted)
    needed = sum(p.needed_places or 0.0 for p in counted)
    utilisation = needed / places if places else None
    if not counted:
        status = "off_season"
    elif places <= 0:
        status = "no_places"
    else:
        status = thresholds.status(needed / places)
    return GroupTotal(
        key=key,
        label=label,
        places=places,
        budgeted_places=budgeted,
        referrals_per_month=sum(p.referrals_per_month for p in plans),
        needed_places=needed,
        gap=places - needed,
        utilisation=utilisation,
        annual_budget_sek=budget,
        # Not known when a programme with places has no budget: the known budgets over
        # every place read low (as a total's cost per result, #12).
        cost_per_place_sek=(
            counted_budget / places
            if budget is not None
            and places
            and all(p.annual_budget_sek is not None for p in counted if p.places)
            else None
        ),
        status=status,
        programmes=len(plans),
    )


def _source_totals(
    plans: list[ProgrammePlan], sources: list[str], needed_by_source: dict[str, float]
) -> list[GroupTotal]:
    # One pass over the programmes, adding each source's referrals in programme order:
    # the same sums as adding every programme's (0.0 where it has none) per source.
    referrals: dict[str, float] = dict.fromkeys(sources, 0.0 if plans else 0)
    fed: dict[str, int] = dict.fromkeys(sources, 0)
    for plan in plans:
        for source, value in plan.referrals_by_source.items():
            referrals[source] += value
            if value:
                fed[source] += 1
    return [
        GroupTotal(
            key=source,
            label=source_label(source),
            places=None,
            budgeted_places=None,
            referrals_per_month=referrals[source],
            needed_places=needed_by_source.get(source, 0.0),
            gap=None,
            utilisation=None,
            annual_budget_sek=None,
            cost_per_place_sek=None,
            status="",
            programmes=fed[source],
        )
        for source in sources
    ]
