"""What-if scenarios and forecasts from history: computed, stored, compared, promoted."""

from __future__ import annotations

import json

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.forecast import fill_forecast, forecast_from_history
from amp_desktop.core.planning.scenarios import (
    Adjustment,
    Scenario,
    ScenarioError,
    compare_plans,
    load_scenario,
    promote_places,
    save_scenario,
)
from amp_desktop.core.store import Catalogue, DemandKey


@pytest.fixture
def steady(make_catalogue) -> Catalogue:  # type: ignore[no-untyped-def]
    """One programme: 72 places, six-month stay, 8 AF + 4 SKE referrals a month, 2025–2026."""
    catalogue = make_catalogue()
    pid = (
        catalogue.add_programme(Programme(name="A", places=72, average_stay_weeks=26))
        .programmes[0]
        .id
    )
    cells: dict[DemandKey, float | None] = {}
    for month in Period("2025-01", "2026-12").months():
        cells[DemandKey(pid, month, "AF", "actual")] = 8
        cells[DemandKey(pid, month, "SKE", "actual")] = 4
    catalogue.set_demand(cells, "demand")
    return catalogue


def test_places_stay_and_demand(steady: Catalogue) -> None:
    period = Period.year(2026)
    base = make_plan(steady, period).programmes[0]
    assert base.needed_places == pytest.approx(72) and base.places == 72
    cases = [
        (Adjustment(1, "places", "add", 8), "places", 80),
        (Adjustment(1, "places", "percent", -25), "places", 54),
        (Adjustment(1, "places", "set", 100), "places", 100),
        (Adjustment(1, "average_stay_weeks", "set", 13), "needed_places", 36),
        (Adjustment(1, "average_stay_weeks", "percent", 50), "needed_places", 108),
        (Adjustment(1, "demand", "percent", 50), "needed_places", 108),
        (Adjustment(1, "demand", "add", -6), "needed_places", 36),
        (Adjustment(1, "demand", "set", 2), "needed_places", 12),
        (Adjustment(1, "demand", "add", -100), "needed_places", 0),
    ]
    for adjustment, attribute, expected in cases:
        plan = make_plan(steady, period, scenario=Scenario("s", [adjustment]))
        assert getattr(plan.programmes[0], attribute) == pytest.approx(expected), adjustment
        assert plan.scenario == "s"
    # Demand keeps the sources' shares; the catalogue itself is untouched.
    plan = make_plan(steady, period, scenario=Scenario("s", [Adjustment(1, "demand", "add", 6)]))
    assert plan.programmes[0].referrals_by_source == pytest.approx({"AF": 12, "SKE": 6})
    assert steady.programme(1).places == 72
    assert len(steady.demand_rows()) == 48


def test_a_longer_stay_reads_further_back(steady: Catalogue) -> None:
    plan = make_plan(
        steady,
        Period.year(2026),
        scenario=Scenario("s", [Adjustment(1, "average_stay_weeks", "set", 52)]),
    )
    assert plan.programmes[0].needed_places == pytest.approx(144)


def test_demand_added_to_empty_months(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    catalogue.add_programme(Programme(name="A", places=10, average_stay_weeks=52 / 12))
    plan = make_plan(
        catalogue, Period.year(2026), scenario=Scenario("s", [Adjustment(1, "demand", "add", 3)])
    )
    assert plan.programmes[0].referrals_per_month == 3
    assert plan.programmes[0].referrals_by_source == {"": 3}
    assert plan.programmes[0].needed_places == pytest.approx(3)


def test_save_load_delete(steady: Catalogue) -> None:
    scenario = Scenario("Mer", [Adjustment(1, "places", "add", 8)], "more places")
    save_scenario(steady, scenario)
    assert steady.scenario_names() == ["Mer"]
    assert load_scenario(steady, "Mer") == scenario
    assert json.loads(steady.scenario_data("Mer") or "")["format"] == "amp-scenario"
    assert make_plan(steady, Period.year(2026), scenario="Mer").programmes[0].places == 80
    steady.delete_scenario("Mer")
    with pytest.raises(ScenarioError):
        load_scenario(steady, "Mer")
    with pytest.raises(ScenarioError):
        save_scenario(steady, Scenario("  "))
    steady.save_scenario("Broken", "{not json")
    with pytest.raises(ScenarioError):
        load_scenario(steady, "Broken")
    with pytest.raises(ScenarioError):
        Adjustment(1, "budget", "add", 1)


def test_compare_two(steady: Catalogue) -> None:
    period = Period.year(2026)
    a = make_plan(steady, period, scenario=Scenario("a", [Adjustment(1, "places", "add", 8)]))
    b = make_plan(steady, period, scenario=Scenario("b", [Adjustment(1, "demand", "percent", 10)]))
    (row,) = compare_plans(a, b)
    assert row.differs
    assert row.delta("places") == -8
    assert row.delta("needed_places") == pytest.approx(7.2)
    (same,) = compare_plans(a, a)
    assert not same.differs and same.delta("places") == 0


def test_promote_places_is_one_change(example: Catalogue) -> None:
    scenario = Scenario(
        "s",
        [
            Adjustment(11, "places", "add", 20),
            Adjustment(5, "places", "set", 30),
            Adjustment(5, "average_stay_weeks", "set", 10),
            Adjustment(7, "places", "add", 0),
        ],
    )
    change = promote_places(example, scenario)
    assert {c.id for c in change.programmes} == {11, 5}
    assert example.programme(11).places == 80 and example.programme(5).places == 30
    assert example.programme(5).average_stay_weeks != 10  # only places are promoted
    example.apply(change.inverse())
    assert example.programme(11).places == 60
    assert promote_places(example, Scenario("none", [Adjustment(1, "demand", "add", 1)])).is_empty()


# -- forecast from history -------------------------------------------------------------
def test_forecast_from_history_methods() -> None:
    actual = {"2025-11": {"AF": 4, "SKE": 2}, "2025-12": {"AF": 6}, "2026-10": {"AF": 10}}
    assert forecast_from_history(actual, ["2026-11", "2026-12"], "last_year") == {
        "2026-11": {"AF": 4, "SKE": 2},
        "2026-12": {"AF": 6},
    }
    # Mean over the months (of the 12 before 2026-11) that have actuals: 2025-11 … 2026-10.
    mean = forecast_from_history(actual, ["2026-11", "2026-12"], "mean_12")
    assert mean["2026-11"] == {"AF": round(20 / 3, 1), "SKE": round(2 / 3, 1)}
    assert mean["2026-12"] == mean["2026-11"]
    assert forecast_from_history({}, ["2026-11"], "mean_12") == {}


def test_fill_forecast_replaces_only_months_without_actuals(example: Catalogue) -> None:
    months = Period("2026-09", "2026-12").months()
    before = example.demand_rows([11], "2026-09", "2026-10")
    change = fill_forecast(example, [11], months, "last_year")
    assert {d.key.month for d in change.demand} <= {"2026-11", "2026-12"}
    assert example.demand_rows([11], "2026-09", "2026-10") == before
    filled = {
        (m, s): v
        for _p, m, s, k, v in example.demand_rows([11], "2026-11", "2026-12")
        if k == "forecast"
    }
    last_year = {
        (f"2026{m[4:]}", s): v
        for _p, m, s, k, v in example.demand_rows([11], "2025-11", "2025-12")
        if k == "actual"
    }
    assert filled == last_year
    example.apply(change.inverse())
    assert fill_forecast(example, [11], ["2026-01"], "mean_12").is_empty()  # 2026-01 has actuals


def test_saving_and_deleting_a_scenario_are_undoable_changes(steady: Catalogue) -> None:
    first = Scenario("Mer", [Adjustment(1, "places", "add", 8)])
    saved = save_scenario(steady, first)
    assert [c.name for c in saved.scenarios] == ["Mer"] and saved.kind == "scenario"
    assert save_scenario(steady, first).is_empty()  # nothing new to save
    replaced = save_scenario(steady, Scenario("Mer", [Adjustment(1, "places", "add", 9)]))
    steady.apply(replaced.inverse())
    assert load_scenario(steady, "Mer") == first
    deleted = steady.delete_scenario("Mer")
    assert steady.scenario_names() == []
    steady.apply(deleted.inverse())
    assert load_scenario(steady, "Mer") == first
    log = steady.change_log(limit=5)  # newest first
    assert [entry["field"] for entry in log] == ["scenario:Mer"] * 5
    assert [entry["action"] for entry in log] == [
        "undo",
        "scenario",
        "undo",
        "scenario",
        "scenario",
    ]


def test_undoing_a_promotion_restores_the_saved_scenario(example: Catalogue) -> None:
    scenario = Scenario(
        "Fler platser",
        [Adjustment(11, "places", "add", 20), Adjustment(11, "average_stay_weeks", "set", 10)],
    )
    save_scenario(example, scenario)
    change = promote_places(example, scenario)
    assert example.programme(11).places == 80
    # The promoted places left the scenario, in memory and saved, in the same change.
    assert [a.target for a in scenario.adjustments] == ["average_stay_weeks"]
    assert [a.target for a in load_scenario(example, "Fler platser").adjustments] == [
        "average_stay_weeks"
    ]
    example.apply(change.inverse())
    assert example.programme(11).places == 60
    assert len(load_scenario(example, "Fler platser").adjustments) == 2
