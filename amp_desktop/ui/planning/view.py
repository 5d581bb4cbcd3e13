"""The Planning tab: places against referral demand for a period, with charts and what-ifs."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.domain import Programme
from amp_desktop.core.formatting import format_number, format_percent
from amp_desktop.core.planning import (
    Period,
    Plan,
    Thresholds,
    plan_from_cells,
    split_demand,
    status_label,
)
from amp_desktop.core.planning.forecast import fill_forecast, set_forecast_cell
from amp_desktop.core.planning.plan import Cells
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import dialogs
from amp_desktop.ui.columns import fitted_width
from amp_desktop.ui.planning.charts import MonthChart, PlacesPanel
from amp_desktop.ui.planning.models import (
    COL_NAME,
    COL_UNIT,
    ID_ROLE,
    SORT_ROLE,
    PlanTableModel,
    TotalsModel,
)
from amp_desktop.ui.planning.scenario_panel import ScenarioPanel
from amp_desktop.ui.planning.widgets import ForecastEditor, PeriodPicker, StatusLegend
from amp_desktop.ui.session import CatalogueSession
from amp_desktop.ui.settings import Settings

GROUPINGS = ("unit", "type", "source")
PLANS_KEPT = 8  # plans of recently shown periods, dropped when the catalogue changes


class PlanningView(QWidget):
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
        self._plans: dict[tuple[Period, Thresholds], Plan] = {}
        self._data: tuple[list[Programme], Cells, Cells] | None = None
        self._build()
        session.changed.connect(self._catalogue_changed)
        self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.period_picker = PeriodPicker()
        self.period_picker.periodChanged.connect(lambda _period: self.refresh())
        self.legend = StatusLegend()
        top = QHBoxLayout()
        top.addWidget(self.period_picker)
        top.addStretch(1)
        top.addWidget(self.legend)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.model = PlanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
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
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.proxy.layoutChanged.connect(self._update_places_chart)

        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("Unit"), "unit")
        self.grouping.addItem(self.tr("Type (primary/secondary)"), "type")
        self.grouping.addItem(self.tr("Referral source"), "source")
        self.grouping.currentIndexChanged.connect(self._update_totals)
        self.totals = TotalsModel(self)
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        self.totals_view.verticalHeader().setDefaultSectionSize(22)
        self.totals_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.totals_note = QLabel()
        self.totals_note.setWordWrap(True)
        totals_page = QWidget()
        totals_layout = QVBoxLayout(totals_page)
        grouping_bar = QHBoxLayout()
        grouping_bar.addWidget(QLabel(self.tr("Totals by")))
        grouping_bar.addWidget(self.grouping)
        grouping_bar.addStretch(1)
        totals_layout.addLayout(grouping_bar)
        totals_layout.addWidget(self.totals_view, 1)
        totals_layout.addWidget(self.totals_note)

        self.places_panel = PlacesPanel()
        self.places_chart = self.places_panel.chart_view
        self.places_panel.measure.currentIndexChanged.connect(self._update_places_chart)
        self.month_chart = MonthChart()
        self.forecast = ForecastEditor()
        self.forecast.model.cellEdited.connect(self._forecast_edited)
        self.forecast.fillRequested.connect(self._fill_forecast)
        self.scenarios = ScenarioPanel(self.session, self.period, self.thresholds)

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
        layout.addLayout(top)
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
        """Recompute the plan for the period and show it everywhere."""
        thresholds = self.thresholds()
        self.legend.set_thresholds(thresholds)
        self.plan = self._plan_for(self.period(), thresholds)
        first_time = self.model.rowCount() == 0
        self.model.set_plan(self.plan)
        if first_time:
            self._fit_columns()
        self._update_summary()
        self._update_totals()
        self._update_places_chart()
        self._restore_selection()
        self._update_selected()
        self.scenarios.update_comparison()

    def _fit_columns(self) -> None:
        """Each column as wide as its figures and the widest line of its title (not
        the room Qt keeps for a sort arrow), so that the costs fit at 1280 pixels;
        long names and units are cut at a width (the tooltip has them whole)."""
        for column in range(self.model.columnCount()):
            width = fitted_width(self.table, column)
            if column == COL_NAME:
                width = min(width, 170)
            elif column == COL_UNIT:
                width = min(width, 130)
            self.table.setColumnWidth(column, width)

    def _plan_for(self, period: Period, thresholds: Thresholds) -> Plan:
        """The plan of *period*, kept until the catalogue changes (switching back is instant)."""
        key = (period, thresholds)
        plan = self._plans.pop(key, None)
        if plan is None:
            if self._data is None:
                # All demand at once, kept until the catalogue changes: a period
                # switch then only computes (see docs/performance.md).
                catalogue = self.session.catalogue
                actual, forecast = split_demand(catalogue.demand_cells("0000-01", "9999-12"))
                self._data = (catalogue.programmes(), actual, forecast)
            programmes, actual, forecast = self._data
            plan = plan_from_cells(programmes, actual, forecast, period, thresholds=thresholds)
        self._plans[key] = plan  # most recently used last
        while len(self._plans) > PLANS_KEPT:
            del self._plans[next(iter(self._plans))]
        return plan

    def reload(self) -> None:
        """Read the file afresh (another AMP changed it); period, selection and the
        what-if being built stay as they are."""
        self._plans.clear()
        self._data = None
        self.scenarios.reload()
        self.refresh()

    def _catalogue_changed(self, change: ChangeSet) -> None:
        self._plans.clear()
        if self._data is not None:
            self._data = self._patched(change, *self._data)
        self.scenarios.reload()
        self.refresh()

    def _patched(
        self, change: ChangeSet, programmes: list[Programme], actual: Cells, forecast: Cells
    ) -> tuple[list[Programme], Cells, Cells]:
        """The data held for planning after *change*: only its programmes' demand is re-read."""
        catalogue = self.session.catalogue
        ids = {c.id for c in change.programmes} | {d.key.programme_id for d in change.demand}
        if change.programmes:
            programmes = catalogue.programmes()
        if ids:
            fresh_actual, fresh_forecast = split_demand(catalogue.demand_rows(sorted(ids)))
            for pid in ids:
                for held, fresh in ((actual, fresh_actual), (forecast, fresh_forecast)):
                    if pid in fresh:
                        held[pid] = fresh[pid]
                    else:
                        held.pop(pid, None)
        return programmes, actual, forecast

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None or plan.total is None:
            self.summary.clear()
            return
        counts: dict[str, int] = {}
        for programme in plan.programmes:
            counts[programme.status] = counts.get(programme.status, 0) + 1
        parts = [
            f"{n} {status_label(status).lower()}"
            for status in (
                "short",
                "tight",
                "balanced",
                "idle",
                "no_places",
                "off_season",
                "no_stay",
            )
            if (n := counts.get(status))
        ]
        total = plan.total
        basis = self._basis_text(plan)
        self.summary.setText(
            self.tr(
                "<b>{period}</b>: {n} programmes, {places} places, {needed} needed on average "
                "(utilisation {util}); {referrals} referrals a month; {statuses}."
            ).format(
                period=plan.period.label(),
                n=len(plan.programmes),
                places=format_number(total.places),
                needed=format_number(total.needed_places, 1),
                util=format_percent(total.utilisation),
                referrals=format_number(total.referrals_per_month, 1),
                statuses=", ".join(parts),
            )
            + basis
        )

    def _basis_text(self, plan: Plan) -> str:
        spans = []
        for kind, word in (("actual", self.tr("actual")), ("forecast", self.tr("forecast"))):
            months = sorted({m.month for p in plan.programmes for m in p.months if m.basis == kind})
            if months:
                span = months[0] if months[0] == months[-1] else f"{months[0]} – {months[-1]}"
                spans.append(f"{word} {span}")
        if not spans:
            return " " + self.tr("No referrals recorded for the period.")
        return " " + self.tr("Referrals: {spans}.").format(spans=", ".join(spans))

    def _update_totals(self) -> None:
        if self.plan is None:
            return
        key = str(self.grouping.currentData())
        grand = self.plan.total if key != "source" else None
        self.totals.set_groups(self.plan.totals[key], grand)
        if key == "source":
            self.totals_note.setText(
                self.tr(
                    "Places are not divided among referral sources; 'Needed' is the places "
                    "taken up by each source's referrals."
                )
            )
        else:
            self.totals_note.setText(
                self.tr("Seasonal programmes that do not run in the period are left out of places.")
            )

    def _update_places_chart(self) -> None:
        if self.plan is None:
            return
        by_id = {p.id: p for p in self.plan.programmes}
        ordered = [
            by_id[self.proxy.index(row, 0).data(ID_ROLE)] for row in range(self.proxy.rowCount())
        ]
        self.places_chart.set_programmes(
            ordered, self.plan.period.label(), self.places_panel.current_measure()
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
        self.month_chart.set_programme(plan)
        self._load_forecast()

    def _activated(self, index: QModelIndex) -> None:
        self.programmeActivated.emit(int(index.data(ID_ROLE)))

    # -- forecast ---------------------------------------------------------------------
    def _load_forecast(self) -> None:
        pid = self._selected
        if pid is None or self.plan is None:
            self.forecast.model.load([], [], {}, {})
            self.forecast.title.setText(self.tr("Select a programme"))
            return
        period = self.plan.period
        catalogue = self.session.catalogue
        actual, forecast = split_demand(catalogue.demand_rows([pid], period.first, period.last))
        programme = catalogue.programme(pid)
        sources: list[str] = [link.source for link in programme.sources] if programme else []
        for cells in (actual.get(pid, {}), forecast.get(pid, {})):
            for by_source in cells.values():
                sources += [s for s in by_source if s not in sources]
        self.forecast.model.load(
            period.months(), sources or [""], actual.get(pid, {}), forecast.get(pid, {})
        )
        name = programme.name if programme else ""
        self.forecast.title.setText(
            self.tr("<b>{name}</b>: forecast referrals, {period}").format(
                name=name, period=period.label()
            )
        )

    def _forecast_edited(self, month: str, source: str, value: float | None) -> None:
        pid = self._selected
        if pid is None:
            return
        try:
            self.session.run(lambda c: set_forecast_cell(c, pid, month, source, value))
        except Exception as exc:  # noqa: BLE001 - a rule or a read-only file: nothing written
            dialogs.error(self, self.tr("Forecast"), str(exc))

    def _fill_forecast(self, method: str, all_programmes: bool) -> None:
        if self.plan is None:
            return
        ids = [p.id for p in self.plan.programmes] if all_programmes else [self._selected]
        ids = [i for i in ids if i is not None]
        months = self.plan.period.months()
        try:
            change = self.session.run(lambda c: fill_forecast(c, ids, months, method))
        except Exception as exc:  # noqa: BLE001
            dialogs.error(self, self.tr("Forecast"), str(exc))
            return
        if change.is_empty():
            dialogs.inform(
                self,
                self.tr("Forecast"),
                self.tr(
                    "Nothing to fill: every month of the period has actual referrals, or "
                    "there is no history to take the forecast from."
                ),
            )
