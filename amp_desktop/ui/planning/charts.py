"""The planning charts: places vs needed per programme, and one programme month by month."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from amp_desktop.core.planning import ProgrammePlan

#: At most this many programmes in the bar chart (the table's first, in its order).
MAX_BARS = 40
PLACES_COLOUR = "#7f8c9a"
NEEDED_COLOUR = "#d35400"
REFERRALS_COLOUR = "#9cc3e6"


def nice_axis(value: float) -> tuple[float, int]:
    """A round axis maximum a little above *value* and the tick count for round steps."""
    if value <= 0:
        return 5.0, 6
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        count = int(value * 1.05 / step) + 1
        if count <= 8:
            return float(step * count), count + 1
    return value * 1.1, 6


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        # The axes live as long as the chart: removing and recreating them left
        # the old ones painted in the scene (PySide6 6.12).
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%d")
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)

    def _reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        self.axis_x.clear()
        self.axis_x.setLabelsAngle(0)
        self.axis_y.setRange(0, 5)
        self.axis_y.setTickCount(6)
        chart.setTitle(title)
        return chart

    def _axes(self, categories: list[str], top: float) -> tuple[QBarCategoryAxis, QValueAxis]:
        self.axis_x.append(categories)
        maximum, ticks = nice_axis(top)
        self.axis_y.setRange(0, maximum)
        self.axis_y.setTickCount(ticks)
        return self.axis_x, self.axis_y


class PlacesChart(_ChartView):
    """Bars of places and places needed, one pair per programme (by short code)."""

    def set_programmes(self, programmes: list[ProgrammePlan], period_label: str) -> None:
        shown = programmes[:MAX_BARS]
        title = QCoreApplication.translate(
            "PlanningCharts", "Places and places needed, {period}"
        ).format(period=period_label)
        if len(programmes) > len(shown):
            title += " " + QCoreApplication.translate(
                "PlanningCharts", "(first {n} of {total} in table order)"
            ).format(n=len(shown), total=len(programmes))
        chart = self._reset(title)
        places = QBarSet(QCoreApplication.translate("PlanningCharts", "Places"))
        needed = QBarSet(QCoreApplication.translate("PlanningCharts", "Needed"))
        places.setColor(QColor(PLACES_COLOUR))
        needed.setColor(QColor(NEEDED_COLOUR))
        categories = []
        top = 0.0
        for programme in shown:
            value = programme.needed_places or 0.0
            offered = programme.places if programme.status != "off_season" else 0
            places.append(float(offered))
            needed.append(value)
            top = max(top, offered, value)
            categories.append(programme.code or programme.name[:8])
        series = QBarSeries()
        series.append(places)
        series.append(needed)
        chart.addSeries(series)
        axis_x, axis_y = self._axes(categories, top)
        axis_x.setLabelsAngle(-60 if len(categories) > 12 else 0)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.categories = categories


class MonthChart(_ChartView):
    """One programme month by month: referrals (bars), places and needed (lines)."""

    def set_programme(self, programme: ProgrammePlan | None) -> None:
        if programme is None:
            self._reset(
                QCoreApplication.translate(
                    "PlanningCharts", "Select a programme to see it month by month"
                )
            )
            return
        chart = self._reset(
            QCoreApplication.translate("PlanningCharts", "{name}, month by month").format(
                name=programme.name
            )
        )
        referrals = QBarSet(QCoreApplication.translate("PlanningCharts", "Referrals"))
        referrals.setColor(QColor(REFERRALS_COLOUR))
        bars = QBarSeries()
        bars.append(referrals)
        places = QLineSeries()
        places.setName(QCoreApplication.translate("PlanningCharts", "Places"))
        places.setPen(QPen(QColor(PLACES_COLOUR), 2.5))
        needed = QLineSeries()
        needed.setName(QCoreApplication.translate("PlanningCharts", "Needed"))
        needed.setPen(QPen(QColor(NEEDED_COLOUR), 2.5))
        top = 0.0
        categories = []
        for position, month in enumerate(programme.months):
            referrals.append(month.referrals)
            places.append(position, month.places)
            needed.append(position, month.needed or 0.0)
            top = max(top, month.referrals, month.places, month.needed or 0.0)
            label = month.month[2:]
            categories.append(label if month.basis != "forecast" else label + "*")
        chart.addSeries(bars)
        chart.addSeries(places)
        chart.addSeries(needed)
        axis_x, axis_y = self._axes(categories, top)
        for series in (bars, places, needed):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if any(m.basis == "forecast" for m in programme.months):
            chart.setTitle(
                chart.title()
                + "  "
                + QCoreApplication.translate("PlanningCharts", "(* = forecast)")
            )
