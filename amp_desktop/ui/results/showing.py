"""The Results tab showing a period's document: the table, the totals, the summary
line and the chart on show — the part of
:class:`~amp_desktop.ui.results.view.ResultsView` that puts figures on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from amp_desktop.core.planning import Period
from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.results.charts import ReasonsChart, ShareChart
from amp_desktop.ui.results.filters import ResultsFilters
from amp_desktop.ui.results.models import ProgrammeResultsModel, ResultsTotalsModel
from amp_desktop.ui.results.summary import results_summary

if TYPE_CHECKING:
    from PySide6.QtCore import QSortFilterProxyModel

#: The widest a name column is fitted to (a long name is elided; its tooltip has it).
NAME_WIDTH = 200
#: Rows measured when a period or filter switch widens a column (those in view first).
GROW_ROWS = 20


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

        def imported_span(self) -> Period | None: ...

    def _show(self, document: dict[str, Any]) -> None:
        self.document = document
        first_time = self.model.rowCount() == 0
        selected = self.selected_programme()
        self.model.set_rows(document["programmes"])
        self.totals.set_document(document)
        self._fit_columns(grow_only=not first_time)
        if selected is not None:
            self.select_programme(selected)
        self.summary.setText(
            results_summary(
                document, self.period().label(), self.filters.describe(), self.imported_span()
            )
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

    def _fit_columns(self, *, grow_only: bool = False) -> None:
        """As wide as each column's title and figures; with *grow_only* (another period
        or filter shown), widen only the columns now too narrow for their figures (a
        larger cost, a bold total) that the user has not resized — measured over the
        programmes in view and a few more (all 1,000 of a county: 0.5 s a switch)."""
        fitted = self.__dict__.setdefault("_fitted_widths", {})
        for table, model in ((self.table, self.model), (self.totals_view, self.totals)):
            widths: dict[int, int] = fitted.setdefault(id(table), {})
            header = table.horizontalHeader()
            precision = header.resizeContentsPrecision()
            if grow_only:
                header.setResizeContentsPrecision(GROW_ROWS)
            try:
                for column in range(model.columnCount()):
                    name = model.columns[column].key in ("name", "group")
                    current = table.columnWidth(column)
                    if grow_only and (name or widths.get(column) != current):
                        continue  # (the names are the same in every period)
                    width = fitted_width(table, column)
                    if name:
                        width = min(width, NAME_WIDTH)
                    if grow_only and width <= current:
                        continue
                    table.setColumnWidth(column, width)
                    widths[column] = table.columnWidth(column)
            finally:
                header.setResizeContentsPrecision(precision)
