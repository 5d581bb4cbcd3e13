"""The results of planning: periods, thresholds and the plan of every programme.

These dataclasses are what the window, the ``amp plan`` command and the printed
report read; :func:`amp_desktop.core.planning.make_plan` fills them (the arithmetic
lives in :mod:`amp_desktop.core.planning.capacity`).  ``Plan.to_json()`` is the
documented output of ``amp plan --json`` (see ``docs/plan-json.md``).

Conventions every reader can rely on:

* Months are ``"YYYY-MM"`` strings; a :class:`Period` includes both ends.
* ``utilisation`` is a *fraction* (needed ÷ places; 0.875, not 87.5) or None when
  there are no places to divide by or no needed places could be computed.
* ``gap`` is places − needed: positive = spare places, negative = shortage.
* Programme ``status`` is one of :data:`STATUSES`:

  - ``"short"``: utilisation above ``Thresholds.short_above`` (default 1.0);
  - ``"tight"``: above ``tight_above`` (0.9), at most ``short_above``;
  - ``"balanced"``: from ``idle_below`` (0.6) up to ``tight_above``;
  - ``"idle"``: below ``idle_below``;
  - ``"no_places"``: the programme has 0 places (any demand is then a shortage,
    visible in ``gap``);
  - ``"off_season"``: a seasonal programme that runs in none of the period's months;
  - ``"no_stay"``: the average stay is not filled in, so places needed are unknown
    (``needed_places``, ``utilisation`` and ``gap`` are None).

* ``basis`` says where the referrals come from: per month ``"actual"``,
  ``"forecast"`` or ``"none"``; per programme also ``"mixed"`` (some months actual,
  some forecast).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period as Period  # re-exported
from amp_desktop.core.planning.period import PeriodError as PeriodError

STATUSES = ("short", "tight", "balanced", "idle", "no_places", "off_season", "no_stay")
BASES = ("actual", "forecast", "mixed", "none")


@dataclass(frozen=True)
class Thresholds:
    """Status limits on utilisation (needed ÷ places), as fractions."""

    short_above: float = 1.0
    tight_above: float = 0.9
    idle_below: float = 0.6

    def status(self, utilisation: float) -> str:
        """short / tight / balanced / idle for a utilisation (a small tolerance
        keeps 72 needed of 72 places from being 'short' through float noise)."""
        eps = 1e-9
        if utilisation > self.short_above + eps:
            return "short"
        if utilisation > self.tight_above + eps:
            return "tight"
        if utilisation < self.idle_below - eps:
            return "idle"
        return "balanced"

    def problem(self) -> str:
        """Why these limits cannot be used ("" when they can): they go up from idle
        to tight to short of places (Preferences and ``--thresholds`` alike)."""
        if not 0 <= self.idle_below <= self.tight_above <= self.short_above:
            return translate(
                "Planning",
                "Planning status: the limits must go up from idle to tight to short of places.",
            )
        return ""

    def to_json(self) -> dict[str, float]:
        return {
            "short_above": self.short_above,
            "tight_above": self.tight_above,
            "idle_below": self.idle_below,
        }


def status_label(status: str) -> str:
    """The translated word for a status (also used by the report)."""
    labels = {
        "short": translate("Planning", "Short"),
        "tight": translate("Planning", "Tight"),
        "balanced": translate("Planning", "Balanced"),
        "idle": translate("Planning", "Idle"),
        "no_places": translate("Planning", "No places"),
        "off_season": translate("Planning", "Off season"),
        "no_stay": translate("Planning", "Stay unknown"),
        "": "",
    }
    return labels.get(status, status)


def status_text(programme: ProgrammePlan) -> str:
    """A programme's status as shown: the word, and short months a mean hides.

    ``"Idle · short 1 month"`` for summer jobs that are idle on average but short
    in June; just ``"Short"`` when the whole period is short.
    """
    text = status_label(programme.status)
    n = programme.months_short
    if n and programme.status != "short":
        more = (
            translate("Planning", "short 1 month")
            if n == 1
            else translate("Planning", "short {n} months").format(n=n)
        )
        text += " · " + more
    return text


def basis_label(basis: str) -> str:
    labels = {
        "actual": translate("Planning", "Actual"),
        "forecast": translate("Planning", "Forecast"),
        "mixed": translate("Planning", "Actual + forecast"),
        "none": translate("Planning", "No demand"),
    }
    return labels.get(basis, basis)


@dataclass
class MonthPlan:
    """One programme in one month.

    ``referrals`` are the referrals that *arrive* this month (by the month's basis);
    ``places`` are 0 in a month a seasonal programme does not run (``running`` False);
    ``needed`` is the places occupied by this and earlier months' referrals (None
    when the average stay is unknown).
    """

    month: str
    referrals: float
    referrals_by_source: dict[str, float]
    basis: str  # "actual" | "forecast" | "none"
    running: bool
    places: int
    needed: float | None
    gap: float | None
    utilisation: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "referrals": self.referrals,
            "referrals_by_source": dict(self.referrals_by_source),
            "basis": self.basis,
            "running": self.running,
            "places": self.places,
            "needed": self.needed,
            "gap": self.gap,
            "utilisation": self.utilisation,
        }


@dataclass
class ProgrammePlan:
    """One programme over the period.

    * ``referrals_per_month``: referrals in the period ÷ months in the period
      (``referrals_by_source`` the same, per source code).
    * ``needed_places``: mean of the monthly ``needed`` over the months the
      programme runs in the period (all months unless it is seasonal).
    * ``utilisation`` = needed_places ÷ places; ``gap`` = places − needed_places.
    * ``cost_per_place_sek`` = annual budget ÷ places; ``cost_per_referral_sek`` =
      annual budget ÷ (referrals per month × 12); None when a part is missing or 0.
    """

    id: int
    name: str
    code: str
    unit: str
    type: str  # "primary" | "secondary"
    places: int
    budgeted_places: int | None
    annual_budget_sek: int | None
    average_stay_weeks: float | None
    average_stay_months: float | None
    referrals_per_month: float
    referrals_by_source: dict[str, float]
    needed_places: float | None
    utilisation: float | None
    gap: float | None
    status: str
    cost_per_place_sek: float | None
    cost_per_referral_sek: float | None
    basis: str  # "actual" | "forecast" | "mixed" | "none"
    months: list[MonthPlan] = field(default_factory=list)
    running_months: tuple[int, ...] = ()  # calendar months of a seasonal programme
    referrals_total: float = 0.0
    #: The month it runs with the most places needed, and how many; a period mean
    #: can hide a peak (summer jobs that all start in June).
    peak_month: str | None = None
    peak_needed: float | None = None
    #: Months it runs in which the needed places are above places × short_above.
    months_short: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "unit": self.unit,
            "type": self.type,
            "places": self.places,
            "budgeted_places": self.budgeted_places,
            "annual_budget_sek": self.annual_budget_sek,
            "average_stay_weeks": self.average_stay_weeks,
            "average_stay_months": self.average_stay_months,
            "running_months": list(self.running_months),
            "referrals_total": self.referrals_total,
            "referrals_per_month": self.referrals_per_month,
            "referrals_by_source": dict(self.referrals_by_source),
            "needed_places": self.needed_places,
            "utilisation": self.utilisation,
            "gap": self.gap,
            "status": self.status,
            "cost_per_place_sek": self.cost_per_place_sek,
            "cost_per_referral_sek": self.cost_per_referral_sek,
            "basis": self.basis,
            "peak_month": self.peak_month,
            "peak_needed": self.peak_needed,
            "months_short": self.months_short,
            "months": [m.to_json() for m in self.months],
        }


@dataclass
class GroupTotal:
    """Programmes summed by unit, type or referral source (or all of them).

    Sums of the programme columns: places, budgeted places (None counts as 0),
    referrals per month, needed places (programmes with unknown stay count 0),
    annual budget; utilisation = needed ÷ places; cost per place = budget ÷ places.
    Seasonal programmes that run in none of the period's months (status
    ``off_season``) count in ``programmes``, referrals and ``annual_budget_sek`` but
    not in places, needed places or cost per place.
    For a *source* group, places, budget and their ratios are None (places are
    not divided among sources); referrals and needed places are those arising from
    that source's referrals.
    """

    key: str
    label: str
    places: int | None
    budgeted_places: int | None
    referrals_per_month: float
    needed_places: float
    gap: float | None
    utilisation: float | None
    annual_budget_sek: int | None
    cost_per_place_sek: float | None
    status: str  # a programme status, or "" when there are no places (source groups)
    programmes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "programmes": self.programmes,
            "places": self.places,
            "budgeted_places": self.budgeted_places,
            "referrals_per_month": self.referrals_per_month,
            "needed_places": self.needed_places,
            "gap": self.gap,
            "utilisation": self.utilisation,
            "annual_budget_sek": self.annual_budget_sek,
            "cost_per_place_sek": self.cost_per_place_sek,
            "status": self.status,
        }


@dataclass
class Plan:
    """The plan of every programme over a period, with totals.

    ``totals`` has the keys ``"unit"``, ``"type"`` and ``"source"``; ``total`` is
    all programmes together.  ``scenario`` names the what-if scenario applied, or
    None for the catalogue as it is.
    """

    period: Period
    programmes: list[ProgrammePlan]
    totals: dict[str, list[GroupTotal]]
    scenario: str | None = None
    total: GroupTotal | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    sources: list[str] = field(default_factory=list)

    def programme(self, programme_id: int) -> ProgrammePlan | None:
        for item in self.programmes:
            if item.id == programme_id:
                return item
        return None

    def to_json(self) -> dict[str, Any]:
        """The documented JSON of ``amp plan --json`` (a dict; ``json.dumps`` it)."""
        return {
            "format": "amp-plan",
            "version": 1,
            "period": self.period.to_json(),
            "scenario": self.scenario,
            "thresholds": self.thresholds.to_json(),
            "sources": list(self.sources),
            "programmes": [p.to_json() for p in self.programmes],
            "totals": {key: [g.to_json() for g in groups] for key, groups in self.totals.items()},
            "total": self.total.to_json() if self.total else None,
        }
