"""The scenario being built in the what-if panel: its edits, what is saved of it, Undo/Redo.

:class:`ScenarioDraft` is the state the panel shows, without Qt: the scenario (its
adjustments, name and description), what the draft last knew to be *saved* of it
(``synced``: unsaved edits are those that differ from it), and the promotions made
from it, so that Undo and Redo of a promotion can put the draft back as it was.

Its rules:

* **Save** asks first when the name is another saved scenario's (``"replace"``),
  or when the saved copy of this scenario was changed by Undo or Redo while the
  draft had edits of its own (``"changed"``); :meth:`ScenarioDraft.check_save` says
  which, the panel asks, and :meth:`ScenarioDraft.saved` records the save.
* **Promote** (:meth:`ScenarioDraft.promote`) writes the scenario's places into the
  catalogue and takes them out of the scenario (and of its saved copy, in the same
  undo step) so they do not count twice.
* **Following the catalogue** (:meth:`ScenarioDraft.follow`): undoing (redoing) a
  promotion from this draft brings back the scenario as it was before (after) it,
  unsaved edits included, if it was not edited since.  Otherwise, when a change
  touches the saved copy of the scenario shown: a draft without unsaved edits shows
  the saved copy as it now is; one with unsaved edits keeps them, and Save asks
  before it replaces the saved copy.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from amp_desktop.core.planning.scenarios import (
    Adjustment,
    Scenario,
    ScenarioError,
    find_scenario,
    load_scenario,
    name_key,
    promote_places,
    scenario_name,
)
from amp_desktop.core.store import Catalogue, ChangeSet

#: What a scenario says, apart from its name: its adjustments and description.
Content = tuple[tuple[Adjustment, ...], str]


def content(scenario: Scenario) -> Content:
    return tuple(scenario.adjustments), scenario.description


def _copy(scenario: Scenario) -> Scenario:
    return dataclasses.replace(scenario, adjustments=list(scenario.adjustments))


@dataclass(frozen=True)
class DraftState:
    """A draft's scenario and what it knew to be saved of it (None: not saved)."""

    scenario: Scenario
    synced: Content | None

    def matches(self, scenario: Scenario) -> bool:
        return scenario.name == self.scenario.name and content(scenario) == content(self.scenario)


@dataclass(frozen=True)
class Promotion:
    """A promotion from the draft: its change and the draft before and after it."""

    change: ChangeSet
    before: DraftState
    after: DraftState


@dataclass(frozen=True)
class SaveCheck:
    """What saving under a typed name means: the name as it will be saved, the saved
    scenario it would replace (if any) and what to ask first (None: nothing;
    ``"replace"``: another scenario has the name; ``"changed"``: Undo or Redo changed
    this scenario's saved copy since the draft last saw it)."""

    name: str
    existing: str | None
    question: str | None


class ScenarioDraft:
    """The scenario being built, what is saved of it, and its promotions."""

    def __init__(self) -> None:
        self.scenario = Scenario("")
        self.synced: Content | None = None
        self.promotions: list[Promotion] = []

    # -- editing -----------------------------------------------------------------
    def new(self) -> None:
        self.scenario = Scenario("")
        self.synced = None

    def open(self, catalogue: Catalogue, name: str) -> None:
        """Show the saved scenario *name* (:class:`ScenarioError` if it cannot be read)."""
        scenario = load_scenario(catalogue, name)
        self.scenario = scenario
        self.synced = content(scenario)

    def add(self, adjustment: Adjustment) -> None:
        self.scenario.adjustments.append(adjustment)

    def remove(self, rows: Iterable[int]) -> None:
        """Remove the adjustments at positions *rows*."""
        for row in sorted(set(rows), reverse=True):
            del self.scenario.adjustments[row]

    @property
    def changes_places(self) -> bool:
        return any(a.target == "places" for a in self.scenario.adjustments)

    @property
    def is_edited(self) -> bool:
        """Whether the draft has edits that are not saved."""
        return self.synced is None or content(self.scenario) != self.synced

    # -- saving ------------------------------------------------------------------
    def check_save(self, catalogue: Catalogue, text: str) -> SaveCheck:
        """What saving under *text* means (:class:`ScenarioError` for a bad name)."""
        name = scenario_name(text)
        existing = find_scenario(catalogue, name)
        if existing is None:
            return SaveCheck(name, None, None)
        own = bool(self.scenario.name) and name_key(existing) == name_key(self.scenario.name)
        if not own:
            return SaveCheck(name, existing, "replace")
        if _saved_content(catalogue, existing) != self.synced:
            return SaveCheck(name, existing, "changed")
        return SaveCheck(name, existing, None)

    def to_save(self, name: str) -> Scenario:
        """The scenario to save under *name* (the draft itself is not changed)."""
        return dataclasses.replace(self.scenario, name=name)

    def saved(self, scenario: Scenario) -> None:
        """*scenario* (from :meth:`to_save`) was saved: the draft shows it, unedited."""
        self.scenario = scenario
        self.synced = content(scenario)

    # -- promoting -----------------------------------------------------------------
    def promote(self, catalogue: Catalogue) -> ChangeSet:
        """Write the scenario's places into *catalogue* (one change, returned).

        The promoted adjustments leave the scenario (and its saved copy, in the same
        change); Undo and Redo of the change are followed by :meth:`follow`.
        """
        before = DraftState(_copy(self.scenario), self.synced)
        change = promote_places(catalogue, self.scenario)
        if change.scenarios:
            self.synced = content(self.scenario)
        if not change.is_empty():
            after = DraftState(_copy(self.scenario), self.synced)
            self.promotions.append(Promotion(change, before, after))
        return change

    # -- following undo and redo -----------------------------------------------------
    def follow(self, change: ChangeSet, catalogue: Catalogue) -> bool:
        """Keep the draft in step after *change* (see the module doc); True when the
        scenario shown was replaced (its adjustments are to be shown again)."""
        if change.kind in ("undo", "redo"):
            state = self._promotion_state(change)
            if state is not None:
                self.scenario, self.synced = _copy(state.scenario), state.synced
                return True
        if not self.scenario.name:
            return False
        key = name_key(self.scenario.name)
        touched = [c for c in change.scenarios if name_key(c.name) == key]
        if not touched:
            return False
        saved: Scenario | None = None
        if touched[-1].after is not None:
            try:
                saved = load_scenario(catalogue, touched[-1].name)
            except ScenarioError:
                saved = None
        if saved is not None and content(saved) == content(self.scenario):
            self.scenario.name = saved.name  # the draft shows what is saved
            self.synced = content(saved)
        elif saved is None:
            self.synced = None  # no longer saved; the draft keeps what it shows
        elif self.synced is not None and content(self.scenario) == self.synced:
            self.scenario, self.synced = saved, content(saved)
            return True
        # else: unsaved edits stay; Save sees that the saved copy differs and asks.
        return False

    def _promotion_state(self, change: ChangeSet) -> DraftState | None:
        """The state an undo or redo of one of this draft's promotions brings back,
        or None (not one of them, or the draft was edited since)."""
        for promotion in reversed(self.promotions):
            if change == promotion.change.inverse("undo"):
                current, wanted = promotion.after, promotion.before
            elif change == dataclasses.replace(promotion.change, kind="redo"):
                current, wanted = promotion.before, promotion.after
            else:
                continue
            return wanted if current.matches(self.scenario) else None
        return None


def _saved_content(catalogue: Catalogue, name: str) -> Content | None:
    try:
        return content(load_scenario(catalogue, name))
    except ScenarioError:
        return None
