"""The Planning tab's forecast editing: a programme's forecast grid loaded, a cell
edited, months filled from history — each write through the one operation runner.

A mixin of :class:`~amp_desktop.ui.planning.view.PlanningView` (its texts keep the
``PlanningView`` translation context), which provides ``session``, ``plan``,
``forecast`` and the selected programme.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from amp_desktop.core.planning.forecast import fill_forecast, forecast_grid, set_forecast_cell
from amp_desktop.ui import dialogs

if TYPE_CHECKING:
    from amp_desktop.core.planning import Plan
    from amp_desktop.ui.operations import CatalogueSession


class ForecastEditing:
    """The forecast half of the Planning view."""

    session: CatalogueSession
    plan: Plan | None
    forecast: Any
    _selected: int | None

    def _load_forecast(self) -> None:
        pid = self._selected
        if pid is None or self.plan is None:
            self.forecast.show_grid(None, None)
            return
        period = self.plan.period
        self.forecast.show_grid(forecast_grid(self.session.catalogue, pid, period), period)

    def _forecast_edited(self, month: str, source: str, value: float | None) -> None:
        pid = self._selected
        if pid is None:
            return
        self.session.run(
            lambda c: set_forecast_cell(c, pid, month, source, value),
            parent=self,
            title=QCoreApplication.translate("PlanningView", "Forecast"),
        )

    def _fill_forecast(self, method: str, all_programmes: bool) -> None:
        if self.plan is None:
            return
        ids = [p.id for p in self.plan.programmes] if all_programmes else [self._selected]
        ids = [i for i in ids if i is not None]
        months = self.plan.period.months()
        change = self.session.run(
            lambda c: fill_forecast(c, ids, months, method),
            parent=self,
            title=QCoreApplication.translate("PlanningView", "Forecast"),
        )
        if change is None:
            return
        if change.is_empty():
            dialogs.inform(
                self,
                QCoreApplication.translate("PlanningView", "Forecast"),
                QCoreApplication.translate(
                    "PlanningView",
                    "Nothing to fill: every month of the period has actual referrals, or "
                    "there is no history to take the forecast from.",
                ),
            )
