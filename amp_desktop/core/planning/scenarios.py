"""What-if scenarios: changed places, stays or demand, computed without touching the catalogue.

A scenario is a name and a list of :class:`Adjustment`\\ s, each to one programme's
``places``, ``average_stay_weeks`` or ``demand`` (referrals per month), as a new
value (``set``), a change (``add``, e.g. −2) or a percentage (``percent``, e.g.
+10).  Several adjustments of the same thing apply in order.  Scenarios are stored
in the catalogue as JSON (``Catalogue.save_scenario``); only *promoting* one writes
its places into the programmes, as one change set (one undo step).

Demand adjustments act on each month's chosen referrals (actual or forecast):
``percent`` scales every source; ``add`` and ``set`` change the month's total and
spread the change over the sources in proportion to their share (a month with no
referrals gets an added amount under the unknown source ``""``).  Nothing goes
below 0.  Places are rounded to whole places (half a place up, as AMP rounds);
stays must stay above 0 weeks.
"""

from __future__ import annotations

import dataclasses
import json
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.domain import Programme
from amp_desktop.core.errors import AmpError
from amp_desktop.core.formatting import format_number, format_percent, round_half_away
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.model import Plan, ProgrammePlan
from amp_desktop.core.rules import MAX_PLACES, MAX_REFERRALS
from amp_desktop.core.rules import MAX_STAY_WEEKS as _RULES_MAX_STAY
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ScenarioChange

TARGETS = ("places", "average_stay_weeks", "demand")
MODES = ("set", "add", "percent")
#: The longest scenario name, in characters.
MAX_SCENARIO_NAME = 100
#: The longest stay a scenario may give (as ``rules.check_programme``), in weeks.
MAX_STAY_WEEKS = float(_RULES_MAX_STAY)
#: A percentage change from −100 % (nothing left) to +1,000 % (eleven times as much).
MIN_PERCENT, MAX_PERCENT = -100.0, 1000.0
_MAX_ID = 2**63 - 1  # SQLite's largest integer


class ScenarioError(AmpError, ValueError):
    """A scenario that cannot be read or used; the message is for the user."""


@dataclass(frozen=True)
class Adjustment:
    """One change of a scenario to one programme."""

    programme_id: int
    target: str  # "places" | "average_stay_weeks" | "demand"
    mode: str  # "set" | "add" | "percent"
    value: float

    def __post_init__(self) -> None:
        if self.target not in TARGETS or self.mode not in MODES:
            raise ScenarioError(
                translate("Planning", "Unknown scenario change: {target} {mode}.").format(
                    target=self.target, mode=self.mode
                )
            )
        pid = self.programme_id
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= _MAX_ID:
            raise ScenarioError(
                translate("Planning", "Programme: “{id}” is not a programme number.").format(id=pid)
            )
        low, high = value_range(self.target, self.mode)
        value = self.value
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not math.isfinite(value) or not low <= value <= high:
            raise ScenarioError(_range_message(self.target, self.mode))

    def apply(self, value: float) -> float:
        if self.mode == "set":
            return self.value
        if self.mode == "add":
            return value + self.value
        return value * (1.0 + self.value / 100.0)

    def to_json(self) -> dict[str, Any]:
        return {
            "programme_id": self.programme_id,
            "target": self.target,
            "mode": self.mode,
            "value": self.value,
        }


def value_range(target: str, mode: str) -> tuple[float, float]:
    """The lowest and highest value an adjustment of *target* by *mode* may have."""
    if mode == "percent":
        return MIN_PERCENT, MAX_PERCENT
    high = _limit(target)
    return (0.0 if mode == "set" else -high), high


def _limit(target: str) -> float:
    if target == "places":
        return float(MAX_PLACES)
    if target == "average_stay_weeks":
        return MAX_STAY_WEEKS
    return float(MAX_REFERRALS)


def _range_message(target: str, mode: str) -> str:
    low, high = value_range(target, mode)
    if mode == "percent":
        texts = [format_percent(v / 100, 0) for v in (low, high)]
    else:
        texts = [format_number(v) for v in (low, high)]
    if target == "places":
        message = translate("Planning", "Places: the value must be a number from {low} to {high}.")
    elif target == "average_stay_weeks":
        message = translate(
            "Planning", "Average stay (weeks): the value must be a number from {low} to {high}."
        )
    else:
        message = translate(
            "Planning", "Referrals per month: the value must be a number from {low} to {high}."
        )
    return message.format(low=texts[0], high=texts[1])


@dataclass
class Scenario:
    """A named set of what-if adjustments."""

    name: str
    adjustments: list[Adjustment] = field(default_factory=list)
    description: str = ""

    def for_programme(self, programme_id: int, target: str | None = None) -> list[Adjustment]:
        return [
            a
            for a in self.adjustments
            if a.programme_id == programme_id and (target is None or a.target == target)
        ]

    def apply_to_programme(self, programme: Programme) -> Programme:
        """The programme as the scenario sees it (places and stay changed)."""
        places_changes = self.for_programme(programme.id or 0, "places")
        stay_changes = self.for_programme(programme.id or 0, "average_stay_weeks")
        if not places_changes and not stay_changes:
            return programme
        places = float(programme.places)
        for adjustment in places_changes:
            places = _within(adjustment.apply(places), MAX_PLACES)
        stay = programme.average_stay_weeks
        for adjustment in stay_changes:
            if stay is None and adjustment.mode != "set":
                continue
            stay = _within(adjustment.apply(stay or 0.0), MAX_STAY_WEEKS)
        if stay is not None and stay <= 0:
            stay = None
        # Half a place up, as AMP rounds every figure (15 places + 10 % is 17, not
        # Python's 16: round() goes to the even neighbour).
        whole = int(round_half_away(places, 0))
        return programme.replace(places=whole, average_stay_weeks=stay)

    def demand_adjuster(
        self, programme_id: int
    ) -> Callable[[dict[str, float]], dict[str, float]] | None:
        """A function changing one month's referrals by source, or None."""
        changes = self.for_programme(programme_id, "demand")
        if not changes:
            return None

        def adjust(cells: dict[str, float]) -> dict[str, float]:
            for adjustment in changes:
                cells = _adjust_cells(cells, adjustment)
            return cells

        return adjust

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "amp-scenario",
            "version": 1,
            "name": self.name,
            "description": self.description,
            "adjustments": [a.to_json() for a in self.adjustments],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: dict[str, Any], name: str | None = None) -> Scenario:
        try:
            adjustments = [
                Adjustment(
                    int(a["programme_id"]), str(a["target"]), str(a["mode"]), float(a["value"])
                )
                for a in data.get("adjustments", [])
            ]
            return cls(name or str(data["name"]), adjustments, str(data.get("description", "")))
        except ScenarioError as exc:
            raise ScenarioError(
                translate("Planning", "The scenario cannot be read ({reason}).").format(
                    reason=str(exc).rstrip(".")
                )
            ) from None
        except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as exc:
            raise ScenarioError(
                translate("Planning", "The scenario cannot be read ({reason}).").format(reason=exc)
            ) from None


def _within(value: float, high: float) -> float:
    """*value* kept from 0 to *high* (NaN, which bounded values cannot give, is 0)."""
    return min(value, high) if value > 0 else 0.0


def _adjust_cells(cells: dict[str, float], adjustment: Adjustment) -> dict[str, float]:
    total = sum(cells.values())
    # A month keeps within the referral limit, or its own total if that is larger.
    new_total = _within(adjustment.apply(total), max(total, float(MAX_REFERRALS)))
    if total > 0:
        factor = new_total / total
        return {s: v * factor for s, v in cells.items()}
    return {"": new_total} if new_total else {}


# -- storing --------------------------------------------------------------------------
def load_scenario(catalogue: Catalogue, name: str) -> Scenario:
    """The saved scenario *name* means, as :func:`find_scenario` finds it (case,
    surrounding spaces and the Unicode form do not count: ``amp report --scenario
    "plan a"`` prints "Plan A", the name Save would replace)."""
    data = catalogue.scenario_data(name)
    if data is None and (found := find_scenario(catalogue, name)) is not None:
        name, data = found, catalogue.scenario_data(found)
    if data is None:
        raise ScenarioError(
            translate("Planning", "There is no scenario named “{name}”.").format(name=name)
        )
    try:
        parsed = json.loads(data)
    except ValueError as exc:
        raise ScenarioError(
            translate("Planning", "The scenario cannot be read ({reason}).").format(reason=exc)
        ) from None
    return Scenario.from_json(parsed, name)


_INVISIBLE = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))


def _trimmed(text: str) -> str:
    """*text* in one Unicode form, without spaces or invisible characters at either end."""
    text = unicodedata.normalize("NFC", text)
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]) in _INVISIBLE:
        start += 1
    while end > start and unicodedata.category(text[end - 1]) in _INVISIBLE:
        end -= 1
    return text[start:end]


def name_key(name: str) -> str:
    """What makes two scenario names the same: case, surrounding spaces and
    invisible characters, and the Unicode form do not count."""
    return _trimmed(name).casefold()


def scenario_name(text: str) -> str:
    """*text* as a scenario's name, trimmed; :class:`ScenarioError` if it cannot be one."""
    name = _trimmed(text)
    if not any(unicodedata.category(c)[0] in "LNPS" for c in name):
        raise ScenarioError(translate("Planning", "Scenario name: a scenario needs a name."))
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in name):
        raise ScenarioError(
            translate("Planning", "Scenario name: no line breaks or tabs in the name.")
        )
    if len(name) > MAX_SCENARIO_NAME:
        raise ScenarioError(translate("Planning", "Scenario name: at most 100 characters."))
    return name


def find_scenario(catalogue: Catalogue, name: str) -> str | None:
    """The name of the saved scenario that *name* means (case does not count), or None."""
    key = name_key(name)
    return next((n for n in catalogue.scenario_names() if name_key(n) == key), None)


def save_scenario(catalogue: Catalogue, scenario: Scenario) -> ChangeSet:
    """Save *scenario* in the catalogue as one undoable change; returns it.

    The name is checked and trimmed (:func:`scenario_name`).  A saved scenario of
    the same name (case does not count) is replaced, and takes the new spelling.
    """
    name = scenario_name(scenario.name)
    data = dataclasses.replace(scenario, name=name).dumps()
    existing = find_scenario(catalogue, name)
    before = catalogue.scenario_data(existing) if existing is not None else None
    if existing is None or existing == name or before is None:
        return catalogue.save_scenario(name, data)
    # "Plan A" saved as "plan a": one change that removes the old spelling and
    # saves the new (the store's names ignore case, so both cannot exist).
    description = translate("Store", "Save scenario “{name}”").format(name=name)
    changes = (ScenarioChange(existing, before, None), ScenarioChange(name, None, data))
    return catalogue.apply(ChangeSet(description, kind="scenario", scenarios=changes))


def promote_places(catalogue: Catalogue, scenario: Scenario) -> ChangeSet:
    """Write the scenario's places into the catalogue as one change (one undo step).

    Only places are promoted; stays and demand stay as they are.  The promoted
    place changes leave the scenario (so they do not count twice): *scenario* is
    updated, and so is its saved copy, in the same change — undo restores both.
    Returns the applied change set (empty if no programme's places differ).
    """
    ids = sorted({a.programme_id for a in scenario.adjustments if a.target == "places"})
    changes = []
    for programme in catalogue.programmes(ids):
        places = scenario.apply_to_programme(programme).places
        if places != programme.places:
            changes.append(
                ProgrammeChange(programme.id or 0, programme, programme.replace(places=places))
            )
    if not changes:
        return ChangeSet()
    remaining = [a for a in scenario.adjustments if a.target != "places"]
    name = find_scenario(catalogue, scenario.name) if _trimmed(scenario.name) else None
    saved = catalogue.scenario_data(name) if name is not None else None
    scenario_changes: tuple[ScenarioChange, ...] = ()
    if name is not None and saved is not None:
        kept = dataclasses.replace(scenario, name=name, adjustments=remaining).dumps()
        scenario_changes = (ScenarioChange(name, saved, kept),)
    if _trimmed(scenario.name):
        description = translate("Planning", "Places from scenario “{name}”").format(
            name=_trimmed(scenario.name)
        )
    else:  # (a scenario not saved yet: "Undo Places from scenario “”" said nothing)
        description = translate("Planning", "Places from the what-if scenario")
    applied = catalogue.apply(
        ChangeSet(description, tuple(changes), kind="scenario", scenarios=scenario_changes)
    )
    scenario.adjustments = remaining
    return applied


# -- comparing ------------------------------------------------------------------------
@dataclass
class Comparison:
    """One programme in two plans (e.g. baseline and scenario), side by side."""

    id: int
    name: str
    left: ProgrammePlan | None
    right: ProgrammePlan | None

    def delta(self, attribute: str) -> float | None:
        """right − left of a numeric attribute (None if either side lacks it)."""
        if self.left is None or self.right is None:
            return None
        a, b = getattr(self.left, attribute), getattr(self.right, attribute)
        if a is None or b is None:
            return None
        return float(b) - float(a)

    @property
    def differs(self) -> bool:
        if self.left is None or self.right is None:
            return True
        fields = ("places", "needed_places", "average_stay_weeks", "referrals_per_month", "status")
        return any(getattr(self.left, f) != getattr(self.right, f) for f in fields)


def compare_plans(left: Plan, right: Plan) -> list[Comparison]:
    """Programmes of two plans paired by id, in the left plan's order."""
    right_by_id = {p.id: p for p in right.programmes}
    out = [Comparison(p.id, p.name, p, right_by_id.pop(p.id, None)) for p in left.programmes]
    out += [Comparison(p.id, p.name, None, p) for p in right_by_id.values()]
    return out
