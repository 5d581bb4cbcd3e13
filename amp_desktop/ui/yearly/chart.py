"""The comparison of one yearly figure over the years: AMP's own value beside the
municipality's, the similar municipalities', the county's and the country's published
values, one line per place (Källa: Kolada), and the same values as a table.

Both show the :class:`~amp_desktop.core.reports.document.YearsChart` the printed
report draws (:func:`amp_desktop.core.reports.yearly_report.years_chart`, exact: the
window is the unit's own), so window and paper agree.  A year without a value is a
gap in its line, never a zero; the axis is written in the table's number format.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries
from PySide6.QtCore import (
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPen, QResizeEvent, QTextDocumentFragment
from PySide6.QtWidgets import QWidget

from amp_desktop.core.reports.document import YearLine, YearsChart
from amp_desktop.core.tables.formats import SHARE
from amp_desktop.ui.printing.years_chart import PLACE_LOOK, axis_ticks, tick_text
from amp_desktop.ui.roles import RIGHT

_Index = QModelIndex | QPersistentModelIndex
#: Pixels of the chart that are not its plot: the legend beside it, the value axis.
LEGEND_AND_AXIS = 240
#: Pixels between two year labels.
YEAR_GAP = 14


def segments(line: YearLine, years: list[int], scale: float) -> list[list[QPointF]]:
    """The runs of consecutive years that have a value (a gap between runs)."""
    runs: list[list[QPointF]] = []
    previous_known = False
    for year, value in zip(years, line.values, strict=True):
        if value is None:
            previous_known = False
            continue
        if not previous_known:
            runs.append([])
        runs[-1].append(QPointF(year, value * scale))
        previous_known = True
    return runs


class YearsModel(QAbstractTableModel):
    """The chart's values: a row per place, a column per year, written as the table does."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.document: YearsChart | None = None

    def set_chart(self, document: YearsChart | None) -> None:
        self.beginResetModel()
        self.document = document
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.document is None:
            return 0
        return len(self.document.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.document is None:
            return 0
        return 1 + len(self.document.years)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.document is None:
            return None
        line = self.document.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return line.label if column == 0 else line.texts[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(PLACE_LOOK.get(line.place, ("#1a1a1a", ""))[0])
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self.document is None or not 0 <= section < self.columnCount():
            return None
        return "" if section == 0 else self.document.years[section - 1]


class ComparisonChart(QChartView):
    """Lines over the years for the selected figure."""

    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.setAccessibleName(self.tr("Chart of the figure selected"))
        self.axis_x = QCategoryAxis()
        self.axis_y = QCategoryAxis()
        for axis in (self.axis_x, self.axis_y):
            axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.places: list[str] = []
        self._years: list[int] = []
        self._step = 1

    def _year_step(self) -> int:
        """Every year labelled, or every second, third …: in a narrow chart each year
        had room for "2…" only (a window of 800 pixels)."""
        if not self._years:
            return 1
        room = max(self.width() - LEGEND_AND_AXIS, 1) / len(self._years)
        needed = self.fontMetrics().horizontalAdvance("2025") + YEAR_GAP
        return max(1, math.ceil(needed / room))

    def _label_years(self) -> None:
        step = self._year_step()
        for label in list(self.axis_x.categoriesLabels()):
            self.axis_x.remove(label)
        last = self._years[-1] if self._years else 0
        # counted back from the year shown, so that year is always labelled
        for year in self._years:
            if (last - year) % step == 0:
                self.axis_x.append(str(year), year)
        self._step = step

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._years and self._year_step() != self._step:
            self._label_years()

    def _clear(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in (self.axis_x, self.axis_y):
            for label in list(axis.categoriesLabels()):
                axis.remove(label)
        self.places = []

    def show_chart(self, document: YearsChart | None) -> None:
        """Draw *document* (None: nothing selected)."""
        self._clear()
        chart = self.chart()
        if document is None:
            chart.setTitle("")
            self.setAccessibleName(self.tr("Chart of the figure selected"))
            return
        title = document.title
        if any(line.place != "unit" for line in document.lines):
            title += " — Källa: Kolada"
        chart.setTitle(title)
        self.setAccessibleName(QTextDocumentFragment.fromHtml(title).toPlainText())
        years = [int(y) for y in document.years]
        scale = 100.0 if document.kind == SHARE else 1.0
        self._years = years
        self._label_years()
        self.axis_x.setRange(years[0] - 0.5, years[-1] + 0.5)
        ticks = axis_ticks(document)
        for tick in ticks:
            self.axis_y.append(tick_text(document.kind, tick), tick * scale)
        self.axis_y.setRange(ticks[0] * scale, ticks[-1] * scale)
        for line in document.lines:
            colour = QColor(PLACE_LOOK.get(line.place, ("#1a1a1a", ""))[0])
            runs = segments(line, years, scale)
            for number, run in enumerate(runs):
                series = QLineSeries()
                series.setName(line.label)
                pen = QPen(colour)
                pen.setWidthF(3.0 if line.place == "unit" else 2.0)
                series.setPen(pen)
                series.setPointsVisible(True)
                series.setMarkerSize(9.0 if line.place == "unit" else 7.0)
                series.append(run)
                chart.addSeries(series)
                series.attachAxis(self.axis_x)
                series.attachAxis(self.axis_y)
                if number:  # one legend entry per place, however many runs
                    for marker in chart.legend().markers(series):
                        marker.setVisible(False)
            if runs:
                self.places.append(line.place)
