"""The Results tab showing a period's document: the table, the totals, the summary
line and the chart on show — the part of
:class:`~amp_desktop.ui.results.view.ResultsView` that puts figures on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from amp_desktop.core.planning import Period
from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.results.charts import ReasonsChart, ShareChart
from amp_desktop.ui.results.filters import ResultsFilters, results_summary
from amp_desktop.ui.results.models import ProgrammeResultsModel, ResultsTotalsModel

if TYPE_CHECKING:
    from PySide6.QtCore import QSortFilterProxyModel


class ShowingDocument:
    """Mixed into the Results view: shows a document in its widgets."""

    document: dict[str, Any] | None
    model: ProgrammeResultsModel
    proxy: QSortFilterProxyModel
    totals: ResultsTotalsModel
    table: QTableView
    totals_view: QTableView
    tabs: QTabWidget
    summary: QLabel
    filters: ResultsFilters

    if TYPE_CHECKING:  # the view's

        def period(self) -> Period: ...

        def selected_programme(self) -> int | None: ...

        def select_programme(self, programme_id: int) -> bool: ...

    def _show(self, document: dict[str, Any]) -> None:
        self.document = document
        first_time = self.model.rowCount() == 0
        selected = self.selected_programme()
        self.model.set_rows(document["programmes"])
        self.totals.set_document(document)
        if first_time:
            self._fit_columns()
        if selected is not None:
            self.select_programme(selected)
        self.summary.setText(
            results_summary(document, self.period().label(), self.filters.describe())
        )
        self._update_charts()

    def _update_charts(self, *_args: object) -> None:
        """Draw the chart on show (a hidden one is drawn when its page is chosen)."""
        chart = self.tabs.currentWidget()
        if self.document is None or not isinstance(chart, (ShareChart, ReasonsChart)):
            return
        rows = [self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]  # fmt: skip
        label = self.period().label()
        chart.set_rows(rows, label)

    def _fit_columns(self) -> None:
        for table, model in ((self.table, self.model), (self.totals_view, self.totals)):
            for column in range(model.columnCount()):
                width = fitted_width(table, column)
                if model.columns[column].key in ("name", "group"):
                    width = min(width, 200)
                table.setColumnWidth(column, width)
