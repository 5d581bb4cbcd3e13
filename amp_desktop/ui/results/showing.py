"""The Results tab showing a period's document: the table, the totals, the summary
line and the chart on show — the part of
:class:`~amp_desktop.ui.results.view.ResultsView` that puts figures on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from amp_desktop.core.planning import Period
from amp_desktop.ui.column_widths import measured_rows, text_widths, title_width
from amp_desktop.ui.results.charts import ReasonsChart, ShareChart
from amp_desktop.ui.results.filters import ResultsFilters
from amp_desktop.ui.results.models import (
    ProgrammeResultsModel,
    ResultsProxy,
    ResultsRowsModel,
    ResultsTotalsModel,
)
from amp_desktop.ui.results.summary import results_summary

#: The widest a name column is fitted to (a long name is elided; its tooltip has it).
NAME_WIDTH = 200
#: Rows measured when a period or filter switch widens a column (those in view first).
GROW_ROWS = 20


class ShowingDocument:
    """Mixed into the Results view: shows a document in its widgets."""

    document: dict[str, Any] | None
    model: ProgrammeResultsModel
    proxy: ResultsProxy
    totals: ResultsTotalsModel
    table: QTableView
    totals_view: QTableView
    tabs: QTabWidget
    summary: QLabel
    filters: ResultsFilters
    #: How many times the document or the order of its programmes changed: a chart
    #: drawn at this count (``drawn_at``) shows them already.
    _charted: int = 0

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
        self._order_changed()

    def _order_changed(self, *_args: object) -> None:
        """Another document or order of the programmes: the charts are out of date."""
        self._charted += 1
        self._update_charts()

    def _update_charts(self, *_args: object) -> None:
        """Draw the chart on show, unless it shows these figures in this order already
        (a hidden one is drawn when its page is chosen: both are not drawn each time)."""
        chart = self.tabs.currentWidget()
        if self.document is None or not isinstance(chart, (ShareChart, ReasonsChart)):
            return
        charted = self._charted
        if chart.drawn_at == charted:
            return
        if self.proxy.sortColumn() < 0:  # (the table's order is the model's)
            rows = self.model.rows()
        else:
            source_row, row = self.proxy.source_row, self.model.row
            rows = [row(source_row(r)) for r in range(self.proxy.rowCount())]
        chart.set_rows(rows, self.period().label())
        chart.drawn_at = charted

    def _fit_columns(self, *, grow_only: bool = False) -> None:
        """As wide as each column's title and figures; with *grow_only* (another period
        or filter shown), widen only the columns now too narrow for their figures (a
        larger cost, a bold total) that the user has not resized — measured over the
        programmes in view and a few more (all 1,000 of a county: 0.5 s a switch).
        The figures are measured as Qt measures them, from their text
        (:func:`~amp_desktop.ui.column_widths.text_widths`: Qt's own
        ``sizeHintForColumn`` took ~20 ms a switch at 1,000 programmes)."""
        fitted = self.__dict__.setdefault("_fitted_widths", {})
        for table, model, source_row in (
            (self.table, self.model, self.proxy.source_row),
            (self.totals_view, self.totals, None),
        ):
            widths: dict[int, int] = fitted.setdefault(id(table), {})
            header = table.horizontalHeader()
            precision = header.resizeContentsPrecision()
            if grow_only:
                header.setResizeContentsPrecision(GROW_ROWS)
            try:
                columns = []
                for column in range(model.columnCount()):
                    name = model.columns[column].key in ("name", "group")
                    if grow_only and (name or widths.get(column) != table.columnWidth(column)):
                        continue  # (the names are the same in every period)
                    columns.append((column, name))
                contents = content_widths(table, model, source_row) if columns else []
                for column, name in columns:
                    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                    width = max(contents[column], title_width(header, title))
                    if name:
                        width = min(width, NAME_WIDTH)
                    if grow_only and width <= table.columnWidth(column):
                        continue
                    table.setColumnWidth(column, width)
                    widths[column] = table.columnWidth(column)
            finally:
                header.setResizeContentsPrecision(precision)


def content_widths(
    table: QTableView, model: ResultsRowsModel, source_row: Callable[[int], int] | None
) -> list[int]:
    """Per column, what ``table.sizeHintForColumn`` gives at the header's contents
    precision (the table shows *model*, through a proxy whose *source_row* maps)."""
    rows = measured_rows(table, table.horizontalHeader().resizeContentsPrecision())
    widths = None
    if rows:
        if source_row is not None:
            rows = [source_row(row) for row in rows]
        widths = text_widths(table, rows, model.columnCount(), model.cell_text, model.is_bold)
    if widths is None:
        return [table.sizeHintForColumn(column) for column in range(model.columnCount())]
    return widths
