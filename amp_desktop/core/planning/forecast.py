"""Forecast demand filled from history, for the months that have no actual referrals.

Two methods, both per programme and referral source, from *actual* referrals only:

* ``"last_year"``: the same month a year earlier (nothing if that month has no
  actuals for the programme);
* ``"mean_12"``: the mean per month over the 12 months before the first month
  filled, counting only months that have actuals for the programme (so a
  programme with 8 months of history is averaged over those 8).

Filling replaces the programme's forecast in each filled month (sources no longer
forecast are removed) and returns the change set of one undoable step; months
with actuals are left alone, since their actuals count.  Values are rounded to one
decimal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period, add_months
from amp_desktop.core.planning.plan import split_demand
from amp_desktop.core.store import Catalogue, ChangeSet, DemandKey

METHODS = ("last_year", "mean_12")


def method_label(method: str) -> str:
    return {
        "last_year": translate("Planning", "Same month last year"),
        "mean_12": translate("Planning", "Mean of the last 12 months"),
    }.get(method, method)


def forecast_from_history(
    actual: dict[str, dict[str, float]], months: list[str], method: str
) -> dict[str, dict[str, float]]:
    """Forecast by source for each of *months* from one programme's *actual* demand."""
    if method not in METHODS:
        raise ValueError(method)
    out: dict[str, dict[str, float]] = {}
    if method == "last_year":
        for month in months:
            history = actual.get(add_months(month, -12))
            if history:
                out[month] = {s: round(v, 1) for s, v in history.items()}
        return out
    window = [add_months(months[0], -k) for k in range(1, 13)] if months else []
    seen = [actual[m] for m in window if actual.get(m)]
    if not seen:
        return out
    sums: dict[str, float] = {}
    for cells in seen:
        for source, value in cells.items():
            sums[source] = sums.get(source, 0.0) + value
    mean = {s: round(v / len(seen), 1) for s, v in sorted(sums.items())}
    return {month: dict(mean) for month in months}


def fill_forecast(
    catalogue: Catalogue, programme_ids: Iterable[int], months: list[str], method: str
) -> ChangeSet:
    """Fill the forecast of *programme_ids* in those *months* that have no actuals."""
    ids = list(programme_ids)
    if not ids or not months:
        return ChangeSet()
    first = min(add_months(months[0], -12), months[0])
    actual, forecast = split_demand(catalogue.demand_rows(ids, first, months[-1]))
    cells: dict[DemandKey, float | None] = {}
    for pid in ids:
        history = actual.get(pid, {})
        open_months = [m for m in months if not history.get(m)]
        if not open_months:
            continue
        filled = forecast_from_history(history, open_months, method)
        old = forecast.get(pid, {})
        for month in open_months:
            new = filled.get(month, {})
            for source in old.get(month, {}):
                if source not in new:
                    cells[DemandKey(pid, month, source, "forecast")] = None
            for source, value in new.items():
                cells[DemandKey(pid, month, source, "forecast")] = value
    description = translate("Planning", "Fill forecast: {method}").format(
        method=method_label(method)
    )
    return catalogue.set_demand(cells, description, kind="forecast")


def set_forecast_cell(
    catalogue: Catalogue, programme_id: int, month: str, source: str, value: float | None
) -> ChangeSet:
    """Set (or with None clear) one forecast cell, as one change."""
    key = DemandKey(programme_id, month, source, "forecast")
    description = translate("Planning", "Forecast {month} {source}").format(
        month=month, source=source or "–"
    )
    return catalogue.set_demand({key: value}, description, kind="forecast")


@dataclass(frozen=True)
class ForecastGrid:
    """One programme's demand over a period as the forecast editor shows it: the
    months, the sources as columns (its linked sources first, then any other with
    demand), and its actual and forecast referrals (month → source → referrals)."""

    name: str
    months: list[str]
    sources: list[str]
    actual: dict[str, dict[str, float]]
    forecast: dict[str, dict[str, float]]


def forecast_grid(catalogue: Catalogue, programme_id: int, period: Period) -> ForecastGrid:
    """The :class:`ForecastGrid` of one programme over *period*."""
    actual, forecast = split_demand(
        catalogue.demand_rows([programme_id], period.first, period.last)
    )
    programme = catalogue.programme(programme_id)
    sources: list[str] = [link.source for link in programme.sources] if programme else []
    for cells in (actual.get(programme_id, {}), forecast.get(programme_id, {})):
        for by_source in cells.values():
            sources += [s for s in by_source if s not in sources]
    return ForecastGrid(
        programme.name if programme else "",
        period.months(),
        sources or [""],
        actual.get(programme_id, {}),
        forecast.get(programme_id, {}),
    )
