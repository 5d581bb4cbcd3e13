"""What-if scenarios as a unit head reads them (4 December, evening): half a place is
rounded up, as every figure AMP writes; an unnamed scenario's promotion has a name."""

from __future__ import annotations

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.scenarios import Adjustment, Scenario, promote_places
from amp_desktop.core.store import Catalogue


@pytest.mark.parametrize(
    ("places", "percent", "expected"),
    [(15, 10, 17), (5, -50, 3), (7, 50, 11), (25, 10, 28), (10, 5, 11), (3, -50, 2), (1, -50, 1)],
)
def test_half_a_place_is_rounded_up(places: int, percent: float, expected: int) -> None:
    """15 places + 10 % is 16.5 places: 17, as format_number writes 16.5 with no
    decimals (Python's round() gave 16, its even neighbour)."""
    programme = Programme(name="Krami", places=places, id=1)
    scenario = Scenario("Plan", [Adjustment(1, "places", "percent", percent)])
    assert scenario.apply_to_programme(programme).places == expected


def test_the_plan_and_the_promotion_round_alike(example: Catalogue) -> None:
    krami = example.find("Krami")
    assert krami is not None and krami.id is not None and krami.places == 20
    scenario = Scenario("Plan", [Adjustment(krami.id, "places", "percent", 12.5)])  # 22.5
    plan = make_plan(example, Period.year(2026), scenario=scenario)
    planned = plan.programme(krami.id)
    assert planned is not None and planned.places == 23
    promote_places(example, scenario)
    promoted = example.programme(krami.id)
    assert promoted is not None and promoted.places == 23


def test_an_unnamed_scenarios_promotion_is_named(example: Catalogue) -> None:
    change = promote_places(example, Scenario("  ", [Adjustment(11, "places", "add", 5)]))
    assert change.description == "Places from the what-if scenario"
    change = promote_places(example, Scenario(" Plan B ", [Adjustment(11, "places", "add", 5)]))
    assert change.description == "Places from scenario “Plan B”"


def test_a_scenario_is_found_by_its_name_in_any_case(example: Catalogue) -> None:
    """``amp plan --scenario "plan a"`` said there was no scenario "plan a" while Save
    would have replaced "Plan A" (names differ only by case in no catalogue)."""
    from amp_desktop.core.planning.scenarios import load_scenario, save_scenario

    save_scenario(example, Scenario("Plan Å", [Adjustment(11, "places", "add", 5)]))
    for asked in ("plan å", " PLAN Å ", "Plan A\u030a"):  # (Å as A and a ring above)
        found = load_scenario(example, asked)
        assert found.name == "Plan Å" and found.adjustments == [Adjustment(11, "places", "add", 5)]
        plan = make_plan(example, Period.year(2026), scenario=asked)
        programme = plan.programme(11)
        assert programme is not None and programme.places == 65
