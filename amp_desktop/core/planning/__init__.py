"""Planning: places against referral demand, month by month, with what-if scenarios.

``make_plan(catalogue, period, scenario=None, thresholds=Thresholds())`` is the
entry point; the window, ``amp plan`` and the printed report all call it.
"""

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
from amp_desktop.core.planning.plan import (
    make_plan,
    plan_from_cells,
    plan_from_data,
    source_label,
    split_demand,
)

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
