"""The Planning tab: places against referral demand for a period, with charts and what-ifs.

The plans come from a :class:`~amp_desktop.core.planning.cache.PlanCache`; a plan
whose demand is not held yet (the first one, a period further back) or that is
large is worked out in the worker (``ui/tasks.py``) while the tab stays usable.
"""

from __future__ import annotations

import html
import threading

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.planning import Period, Plan, ProgrammePlan, Thresholds, make_plan
from amp_desktop.core.planning.cache import PlanCache
from amp_desktop.core.planning.scenarios import Scenario
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.results.stays import monthly_occupancy
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.charts import MAX_BARS, MonthChart, PlacesPanel
from amp_desktop.ui.planning.forecast_editing import ForecastEditing
from amp_desktop.ui.planning.forecast_editor import ForecastEditor
from amp_desktop.ui.planning.look_ahead import LookAhead
from amp_desktop.ui.planning.models import (
    ID_ROLE,
    SORT_ROLE,
    PlanTableModel,
)
from amp_desktop.ui.planning.scenario_panel import ScenarioPanel
from amp_desktop.ui.planning.table_widths import ColumnFitter
from amp_desktop.ui.planning.totals_panel import TotalsPanel
from amp_desktop.ui.planning.widgets import PeriodPicker, PlanSummary, StatusLegend
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.wrapping_bar import WrappingBar

GROUPINGS = ("unit", "type", "source")


class PlanningView(ForecastEditing, QWidget):
    """Per programme: places, demand, needed places, utilisation, status; totals; charts.

    Double-clicking (or Enter on) a programme emits :attr:`programmeActivated` with
    its id.  The view recomputes itself when the session's catalogue changes.
    """

    programmeActivated = Signal(int)  # noqa: N815

    def __init__(
        self, session: CatalogueSession, settings: Settings, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.plan: Plan | None = None
        self._selected: int | None = None
        self.plans = PlanCache(session.catalogue)
        self._task: tasks.Task[Plan] | None = None
        self._worker_done = threading.Event()
        self._worker_done.set()
        self._again = False  # the period changed while the worker planned
        self._token = 0  # which plan in the worker is the one wanted
        self._alive = [True]  # False once the view is gone: late results are dropped
        self.destroyed.connect(lambda *_: self._alive.__setitem__(0, False))
        self._build()
        self.ahead = LookAhead(
            self.plans,
            self.period_picker.nearby,
            lambda: self._task is None,
            self._ahead_kept,
            self,
        )
        session.changed.connect(self._catalogue_changed)
        session.reloaded.connect(self.reload)  # another AMP saved the file shown read-only
        self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.period_picker = PeriodPicker()
        self.period_picker.periodChanged.connect(lambda _period: self.refresh())
        self.legend = StatusLegend()
        # (the legend below the period when the window is too narrow for both)
        self.top_bar = WrappingBar([self.period_picker, self.legend], last_right=True)
        self.summary = PlanSummary()

        self.model = PlanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        # Read-only: Tab moves on to the tabs under it, not from cell to cell (a
        # keyboard user was held in the table for 14 presses a row).
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Programmes of the period"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # A selected row would make every title bold (and wider): they stay plain.
        header.setHighlightSections(False)
        self.column_fitter = ColumnFitter(self.table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.proxy.layoutChanged.connect(self._update_places_chart)

        totals_page = TotalsPanel()
        self.totals_panel = totals_page
        self.grouping = totals_page.grouping
        self.totals = totals_page.totals
        self.totals_view = totals_page.totals_view
        self.totals_note = totals_page.totals_note

        self.places_panel = PlacesPanel()
        self.places_chart = self.places_panel.chart_view
        self.places_panel.measure.currentIndexChanged.connect(self._update_places_chart)
        self.month_chart = MonthChart()
        self.forecast = ForecastEditor()
        self.forecast.model.cellEdited.connect(self._forecast_edited)
        self.forecast.fillRequested.connect(self._fill_forecast)
        self.scenarios = ScenarioPanel(
            self.session, self.period, self.thresholds, plan_of=self._scenario_plan
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(totals_page, self.tr("Totals"))
        self.tabs.addTab(self.places_panel, self.tr("Places vs needed"))
        self.tabs.addTab(self.month_chart, self.tr("Month by month"))
        self.tabs.addTab(self.forecast, self.tr("Forecast"))
        self.tabs.addTab(self.scenarios, self.tr("What if…"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # More rows of programmes than of totals at first; the user's split is kept.
        state = self.settings.restore_state("planning/splitter")
        if state is None or not splitter.restoreState(state):
            splitter.setSizes([560, 440])
        splitter.splitterMoved.connect(
            lambda *_: self.settings.save_state("planning/splitter", splitter.saveState())
        )
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # -- computing --------------------------------------------------------------------
    def period(self) -> Period:
        return self.period_picker.period()

    def set_period(self, period: Period) -> None:
        self.period_picker.set_period(period)

    def thresholds(self) -> Thresholds:
        return Thresholds(
            short_above=float(self.settings.short_above),
            tight_above=float(self.settings.tight_above),
            idle_below=float(self.settings.idle_below),
        )

    def refresh(self) -> None:
        """Show the plan of the period: at once if it is kept or quick to make, else
        once the worker has made it (meanwhile the summary says so)."""
        thresholds = self.thresholds()
        self.legend.set_thresholds(thresholds)
        if self._task is not None:
            self._again = True  # planned again for what is asked then, when it is done
            self.summary.show_working(self.period())
            return
        period = self.period()
        if self.ahead.working_on == period and not self.plans.kept(period, thresholds):
            self.summary.show_working(period)  # shown once made (_ahead_kept)
            return
        self.ahead.stop()  # (the worker's plan is not wanted now: it would slow this one)
        plan = self.plans.cached(period, thresholds)
        if plan is None and self.plans.is_quick(period):
            plan = self.plans.plan(period, thresholds)
        if plan is not None:
            self._show(plan)
            return
        self.summary.show_working(period)
        self._start(period, thresholds)

    def _start(self, period: Period, thresholds: Thresholds) -> None:
        """Make the plan of *period* in the worker; the worker touches no widget."""
        cache, finished, alive = self.plans, self._worker_done, self._alive
        self._token += 1
        token = self._token

        def work(progress: Progress) -> Plan:
            try:
                return cache.plan(period, thresholds, progress=progress)
            finally:
                finished.set()

        def done(plan: Plan) -> None:
            if alive[0] and token == self._token:
                self._planned(plan)

        def failed(error: BaseException) -> None:
            if alive[0] and token == self._token:
                self._not_planned(error)

        finished.clear()
        # No parent: the task outlives a view dropped while its worker still reports.
        task = tasks.start(None, self.tr("Planning"), work, done, failed)
        if not task.is_finished:  # (an inline executor has called back already)
            self._task = task

    def _ahead_kept(self, period: Period) -> None:
        """The look-ahead has kept the plan of *period*: show it if it is asked for."""
        shown = self.plan is not None and self.plan.period == period
        if period == self.period() and not shown and self._task is None:
            self.refresh()

    def _planned(self, plan: Plan) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()
            return
        self._show(plan)

    def _not_planned(self, error: BaseException) -> None:
        self._task = None
        self._again = False
        if isinstance(error, Cancelled):
            return
        self.summary.setText(html.escape(str(error), quote=False))  # (the summary is rich text)
        dialogs.error(self, self.tr("Planning"), str(error))

    def working(self) -> bool:
        """Whether a plan is being made in the worker: the one asked for, or one
        ahead (or about to be: the look-ahead starts from a zero timer)."""
        return self._task is not None or not self.ahead.is_idle()

    def stop_work(self) -> None:
        """Cancel a plan being worked out and wait until the worker has let go of the
        catalogue (before the file is closed, or to read it afresh)."""
        self.ahead.stop()
        if self._task is not None:
            self._task.cancel()
            self._worker_done.wait(10)
            self._task = None
            self._token += 1  # its result, or its Cancelled, is no longer awaited

    def _show(self, plan: Plan) -> None:
        """Show *plan* everywhere."""
        self.plan = plan
        first_time = self.model.rowCount() == 0
        self.model.set_plan(plan)
        if first_time:
            self._fit_columns()
        self.column_fitter.keep_whole(self.model)
        self.summary.show_plan(plan)
        self._update_totals()
        self._update_places_chart()
        self._restore_selection()
        self._update_selected()
        self.scenarios.update_comparison()
        self.ahead.schedule(plan.thresholds)

    def _scenario_plan(self, scenario: Scenario | None) -> Plan:
        """A plan for the what-if comparison: at once from the demand held, or in the
        worker with a progress dialog and Cancel (raises Cancelled) when it is large
        or the first plan is still being made (the cache is then the worker's)."""
        period, thresholds, cache = self.period(), self.thresholds(), self.plans
        self.ahead.stop()  # (a scenario's plan may read more months into the cache)
        busy = self._task is not None
        if not busy and cache.is_quick(period, scenario):
            return cache.plan(period, thresholds, scenario=scenario)
        catalogue = self.session.catalogue

        def work(progress: Progress) -> Plan:
            if busy:
                return make_plan(
                    catalogue, period, scenario=scenario, thresholds=thresholds, progress=progress
                )
            return cache.plan(period, thresholds, scenario=scenario, progress=progress)

        return tasks.run(self, self.tr("Planning"), work)

    def _fit_columns(self) -> None:
        """Each column as wide as its figures and the widest line of its title (not
        the room Qt keeps for a sort arrow), so that every column fits at 1280 pixels;
        long names and units are cut at a width (the tooltip has them whole)."""
        self.column_fitter.fit()

    def reload(self) -> None:
        """Read the file afresh (another AMP changed it); period, selection and the
        what-if being built stay as they are."""
        self.stop_work()
        self._again = False
        self.plans.reload()
        self.scenarios.reload()
        self.refresh()

    def _catalogue_changed(self, change: ChangeSet) -> None:
        if self._task is not None:
            # The worker may have read before the change: read it all again.
            self.reload()
            return
        self.ahead.stop()
        self.plans.changed(change)
        self.scenarios.reload()
        self.refresh()

    def _update_totals(self) -> None:
        self.totals_panel.show_plan(self.plan)

    def _update_places_chart(self) -> None:
        if self.plan is None:
            return
        # The chart draws the table's first rows only: map just those.
        rows, proxy, item = self.proxy.rowCount(), self.proxy, self.model.item
        first = [
            item(proxy.mapToSource(proxy.index(row, 0)).row()) for row in range(min(rows, MAX_BARS))
        ]
        self.places_chart.set_programmes(
            first, self.plan.period.label(), self.places_panel.current_measure(), total=rows
        )

    # -- selection --------------------------------------------------------------------
    def select_programme(self, programme_id: int) -> None:
        row = self.model.row_of(programme_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())

    def selected_programme(self) -> int | None:
        return self._selected

    def _restore_selection(self) -> None:
        if self._selected is not None and self.model.row_of(self._selected) < 0:
            self._selected = None
        if self._selected is None and self.model.rowCount():
            self._selected = self.model.item(0).id
        if self._selected is not None and not self.table.selectionModel().hasSelection():
            self.table.selectionModel().blockSignals(True)
            self.select_programme(self._selected)
            self.table.selectionModel().blockSignals(False)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._selected = int(indexes[0].data(ID_ROLE))
        self.scenarios.select_programme(self._selected)
        self._update_selected()

    def _update_selected(self) -> None:
        plan = self.plan.programme(self._selected) if self.plan and self._selected else None
        self.month_chart.set_programme(plan, self._occupancy(plan))
        self._load_forecast()

    def _occupancy(self, plan: ProgrammePlan | None) -> dict[str, float] | None:
        """The programme's actual occupancy by month from the imported results."""
        if plan is None or self.plan is None:
            return None
        period = self.plan.period
        rows = self.session.catalogue.results_scope([plan.id], period.first, period.last)
        return monthly_occupancy(rows).get(plan.id)

    def _activated(self, index: QModelIndex) -> None:
        self.programmeActivated.emit(int(index.data(ID_ROLE)))
