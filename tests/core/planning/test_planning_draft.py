"""The scenario being built: saving asks when it must, promotions follow Undo and Redo."""

from __future__ import annotations

import dataclasses

import pytest

from amp_desktop.core.planning.draft import ScenarioDraft
from amp_desktop.core.planning.scenarios import (
    Adjustment,
    ScenarioError,
    load_scenario,
    save_scenario,
)
from amp_desktop.core.store import Catalogue, ChangeSet

PLACES = Adjustment(11, "places", "add", 20.0)
DEMAND = Adjustment(11, "demand", "percent", 10.0)


def undo(catalogue: Catalogue, change: ChangeSet) -> ChangeSet:
    return catalogue.apply(change.inverse("undo"))


def redo(catalogue: Catalogue, change: ChangeSet) -> ChangeSet:
    return catalogue.apply(dataclasses.replace(change, kind="redo"))


def save(draft: ScenarioDraft, catalogue: Catalogue, text: str) -> ChangeSet:
    check = draft.check_save(catalogue, text)
    scenario = draft.to_save(check.name)
    change = save_scenario(catalogue, scenario)
    draft.follow(change, catalogue)
    draft.saved(scenario)
    return change


def targets(draft: ScenarioDraft) -> list[str]:
    return [a.target for a in draft.scenario.adjustments]


def test_editing_and_what_is_unsaved(example: Catalogue) -> None:
    draft = ScenarioDraft()
    assert draft.is_edited and not draft.changes_places
    draft.add(PLACES)
    draft.add(DEMAND)
    draft.add(Adjustment(5, "places", "set", 3.0))
    draft.remove([2, 0, 2])
    assert draft.scenario.adjustments == [DEMAND]
    draft.add(PLACES)
    assert draft.changes_places
    save(draft, example, "  Fler OSA ")
    assert draft.scenario.name == "Fler OSA" and not draft.is_edited
    draft.add(Adjustment(5, "places", "set", 3.0))
    assert draft.is_edited
    draft.new()
    assert draft.scenario.adjustments == [] and draft.scenario.name == ""
    draft.open(example, "Fler OSA")
    assert draft.scenario.adjustments == [DEMAND, PLACES] and not draft.is_edited
    with pytest.raises(ScenarioError):
        draft.open(example, "Nothing")


def test_save_asks_before_it_replaces_another(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(PLACES)
    with pytest.raises(ScenarioError, match="Scenario name"):
        draft.check_save(example, "\u200b ")
    assert draft.check_save(example, "Plan A").question is None
    save(draft, example, "Plan A")
    assert draft.check_save(example, "plan a").question is None  # its own name
    other = ScenarioDraft()
    other.add(DEMAND)
    check = other.check_save(example, "PLAN A")
    assert (check.name, check.existing, check.question) == ("PLAN A", "Plan A", "replace")


def test_save_asks_when_undo_changed_the_saved_copy_under_edits(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(PLACES)
    save(draft, example, "S")
    draft.add(DEMAND)
    second = save(draft, example, "S")
    draft.add(Adjustment(5, "places", "set", 30.0))  # the user's own edit, unsaved
    draft.follow(undo(example, second), example)
    assert targets(draft) == ["places", "demand", "places"]  # the edit is kept
    assert draft.check_save(example, "S").question == "changed"


def test_undo_of_a_save_shows_the_saved_copy_when_nothing_was_edited(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(PLACES)
    first = save(draft, example, "S")
    draft.add(DEMAND)
    second = save(draft, example, "S")
    assert draft.follow(undo(example, second), example)  # shown again: the older copy
    assert targets(draft) == ["places"]
    assert draft.follow(redo(example, second), example)
    assert targets(draft) == ["places", "demand"]
    draft.follow(undo(example, second), example)
    assert not draft.follow(undo(example, first), example)  # no longer saved
    assert targets(draft) == ["places"] and draft.synced is None
    assert draft.check_save(example, "S").question is None


def test_a_promotion_undone_and_redone(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(PLACES)
    draft.add(DEMAND)
    save(draft, example, "Fler OSA")
    change = draft.promote(example)
    assert example.programme(11).places == 80  # type: ignore[union-attr]
    assert targets(draft) == ["demand"] and not draft.is_edited  # the saved copy too
    assert [a.target for a in load_scenario(example, "Fler OSA").adjustments] == ["demand"]
    assert draft.follow(undo(example, change), example)
    assert targets(draft) == ["places", "demand"] and not draft.is_edited
    assert draft.follow(redo(example, change), example)
    assert targets(draft) == ["demand"]


def test_an_unsaved_promotion_undone_keeps_its_places(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(PLACES)
    draft.add(Adjustment(5, "demand", "add", 3.0))
    change = draft.promote(example)
    assert not change.scenarios and targets(draft) == ["demand"]
    assert draft.follow(undo(example, change), example)
    assert targets(draft) == ["places", "demand"] and draft.synced is None


def test_a_promotion_edited_since_is_not_put_back(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(PLACES)
    change = draft.promote(example)
    draft.add(DEMAND)  # edited after the promotion
    assert not draft.follow(undo(example, change), example)
    assert targets(draft) == ["demand"]


def test_promoting_nothing_changes_nothing(example: Catalogue) -> None:
    draft = ScenarioDraft()
    draft.add(DEMAND)
    assert draft.promote(example).is_empty()
    assert draft.promotions == [] and targets(draft) == ["demand"]
