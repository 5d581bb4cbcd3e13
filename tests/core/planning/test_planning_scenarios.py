"""What-if scenarios and forecasts from history: computed, stored, compared, promoted."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from amp_desktop.cli import main as cli_main
from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.forecast import fill_forecast, forecast_from_history
from amp_desktop.core.planning.scenarios import (
    Adjustment,
    Scenario,
    ScenarioError,
    compare_plans,
    find_scenario,
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


# -- values and names that cannot be used ---------------------------------------------
def test_values_must_be_finite_and_within_the_catalogue_limits() -> None:
    for target, mode, value, field in [
        ("places", "set", float("nan"), "Places"),
        ("places", "add", float("inf"), "Places"),
        ("places", "set", 1e308, "Places"),
        ("places", "set", 100_001, "Places"),
        ("places", "set", -1, "Places"),
        ("places", "percent", 100_000, "Places"),
        ("places", "percent", -101, "Places"),
        ("average_stay_weeks", "set", 521, "Average stay (weeks)"),
        ("demand", "add", -1_000_001, "Referrals per month"),
        ("demand", "percent", float("-inf"), "Referrals per month"),
    ]:
        with pytest.raises(ScenarioError, match=rf"^{re.escape(field)}: the value must be"):
            Adjustment(11, target, mode, value)
    with pytest.raises(ScenarioError, match="from -100% to 1,000%"):
        Adjustment(11, "places", "percent", 1001)
    with pytest.raises(ScenarioError, match="Programme"):
        Adjustment(2**70, "places", "add", 1)
    # The limits themselves are fine.
    Adjustment(11, "places", "set", 100_000)
    Adjustment(11, "places", "add", -100_000)
    Adjustment(11, "demand", "percent", -100)
    Adjustment(11, "average_stay_weeks", "percent", 1000)


def test_a_chain_of_changes_stays_within_the_limits(steady: Catalogue) -> None:
    grow = [
        Adjustment(1, target, "percent", 1000)
        for target in ("places", "average_stay_weeks", "demand")
        for _ in range(400)  # 11 ** 400 overflows a float
    ]
    (plan,) = make_plan(steady, Period.year(2026), scenario=Scenario("s", grow)).programmes
    assert plan.places == 100_000
    assert plan.average_stay_weeks == 520
    assert plan.referrals_per_month == pytest.approx(1_000_000)
    shrink = [Adjustment(1, "places", "add", -100_000), Adjustment(1, "places", "add", 5)]
    (plan,) = make_plan(steady, Period.year(2026), scenario=Scenario("s", shrink)).programmes
    assert plan.places == 5  # nothing goes below 0, at any step


@pytest.mark.parametrize(
    ("value", "programme_id"),
    [("1e309", "11"), ("NaN", "11"), ("-Infinity", "11"), ("1e308", "11"), ("5", "1e400")],
)
def test_a_stored_scenario_with_unusable_values_is_a_clear_error(
    example_path: Path, capsys: pytest.CaptureFixture[str], value: str, programme_id: str
) -> None:
    adjustment = f'"programme_id": {programme_id}, "target": "places", "mode": "set"'
    data = f'{{"name": "Big", "adjustments": [{{{adjustment}, "value": {value}}}]}}'
    with Catalogue.open(example_path) as catalogue:
        catalogue.save_scenario("Big", data)  # as written by an older or broken program
        with pytest.raises(ScenarioError, match="The scenario cannot be read"):
            load_scenario(catalogue, "Big")
    status = cli_main(["plan", str(example_path), "--year", "2026", "--scenario", "Big"])
    err = capsys.readouterr().err
    assert status == 2
    assert "The scenario cannot be read" in err and "Traceback" not in err


def test_scenario_names_are_trimmed_visible_short_and_unique(steady: Catalogue) -> None:
    one = [Adjustment(1, "places", "add", 1)]
    for bad, problem in [
        ("\u200b", "needs a name"),
        (" \u3000\t\ufeff ", "needs a name"),
        ("x" * 101, "at most 100 characters"),
        ("x" * 5000, "at most 100 characters"),
        ("Plan\nA", "no line breaks"),
    ]:
        with pytest.raises(ScenarioError, match=f"^Scenario name: .*{problem}"):
            save_scenario(steady, Scenario(bad, one))
    assert steady.scenario_names() == []
    save_scenario(steady, Scenario("\u200b  Plan A \n", one))
    assert steady.scenario_names() == ["Plan A"]
    assert json.loads(steady.scenario_data("Plan A") or "")["name"] == "Plan A"
    save_scenario(steady, Scenario("x" * 100, one))
    # The same name in another case replaces the saved one (one undoable change).
    replaced = save_scenario(steady, Scenario("plan a", [Adjustment(1, "places", "add", 2)]))
    assert steady.scenario_names() == ["plan a", "x" * 100]
    assert load_scenario(steady, "plan a").adjustments == [Adjustment(1, "places", "add", 2)]
    assert find_scenario(steady, " PLAN A\u200b") == "plan a"
    steady.apply(replaced.inverse())
    assert steady.scenario_names() == ["Plan A", "x" * 100]
    assert load_scenario(steady, "Plan A").adjustments == one
