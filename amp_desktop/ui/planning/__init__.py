"""The Planning tab: places against referral demand, charts, forecasts and what-if scenarios."""

from amp_desktop.ui.planning.view import PlanningView

__all__ = ["PlanningView"]
