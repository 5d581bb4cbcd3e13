"""Planning: places against referral demand, month by month, with what-if scenarios.

``make_plan(catalogue, period, scenario=None, thresholds=Thresholds())`` is the
entry point; the window, ``amp plan`` and the printed report all call it.

The results (:mod:`~amp_desktop.core.planning.model`) and periods load with the
package; the arithmetic and the functions that make plans load when first used
(the window's first paint needs the status words, not the planning).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amp_desktop.core.lazy import lazy_names
from amp_desktop.core.planning.model import (
    BASES,
    STATUSES,
    GroupTotal,
    MonthPlan,
    Plan,
    ProgrammePlan,
    Thresholds,
    basis_label,
    status_label,
    status_text,
)
from amp_desktop.core.planning.period import Period, PeriodError

if TYPE_CHECKING:
    from amp_desktop.core.planning.plan import (
        make_plan,
        plan_from_cells,
        plan_from_data,
        source_label,
        split_demand,
    )

#: Names loaded on first use, and the module of each.
_LATER = {
    "make_plan": "plan",
    "plan_from_cells": "plan",
    "plan_from_data": "plan",
    "source_label": "plan",
    "split_demand": "plan",
}


__getattr__, __dir__ = lazy_names(globals(), _LATER, __name__)


__all__ = [
    "BASES",
    "STATUSES",
    "GroupTotal",
    "MonthPlan",
    "Period",
    "PeriodError",
    "Plan",
    "ProgrammePlan",
    "Thresholds",
    "basis_label",
    "make_plan",
    "plan_from_cells",
    "plan_from_data",
    "source_label",
    "split_demand",
    "status_label",
    "status_text",
]
