"""The comparison chart of one yearly figure: AMP's value for the year beside the
municipality's, the similar municipalities', the county's and the country's published
values, one group of bars per year (Källa: Kolada)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from amp_desktop.core.tables.axis import nice_axis

PLACE_COLOURS = {
    "amp": "#1b7837",
    "municipality": "#3e95cd",
    "peers": "#8e5ea2",
    "county": "#f4a582",
    "country": "#bababa",
}


def place_names() -> dict[str, str]:
    return {
        "amp": QCoreApplication.translate("YearlyFigures", "AMP"),
        "municipality": QCoreApplication.translate("YearlyFigures", "Municipality"),
        "peers": QCoreApplication.translate("YearlyFigures", "Similar municipalities"),
        "county": QCoreApplication.translate("YearlyFigures", "County"),
        "country": QCoreApplication.translate("YearlyFigures", "Country"),
    }


def series_of(row: dict[str, Any], year: int) -> tuple[list[str], dict[str, list[float]]]:
    """The years shown and, per place with any value, its value per year (0 when none)."""
    kolada = row.get("kolada") or {}
    years = sorted({int(y) for e in kolada.values() if e for y in e["by_year"]} | {year})
    scale = 100.0 if row.get("unit") == "share" else 1.0
    out: dict[str, list[float]] = {}
    if row.get("value") is not None:
        out["amp"] = [row["value"] * scale if y == year else 0.0 for y in years]
    for place in ("municipality", "peers", "county", "country"):
        entry = kolada.get(place)
        if entry and entry["by_year"]:
            out[place] = [(entry["by_year"].get(str(y)) or 0.0) * scale for y in years]
    return [str(y) for y in years], out


class ComparisonChart(QChartView):
    """Bars per year for the selected figure."""

    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.places: list[str] = []

    def show_figure(self, row: dict[str, Any] | None, year: int) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        self.axis_x.clear()
        self.places = []
        if row is None:
            chart.setTitle("")
            return
        years, values = series_of(row, year)
        title = str(row.get("title") or "")
        if any((row.get("kolada") or {}).values()):
            title += " — Källa: Kolada"
        chart.setTitle(title)
        self.axis_x.append(years)
        series = QBarSeries()
        names = place_names()
        top = 0.0
        for place, numbers in values.items():
            bar_set = QBarSet(names[place])
            bar_set.setColor(QColor(PLACE_COLOURS[place]))
            bar_set.append(numbers)
            series.append(bar_set)
            top = max(top, *numbers)
            self.places.append(place)
        chart.addSeries(series)
        series.attachAxis(self.axis_x)
        series.attachAxis(self.axis_y)
        axis = nice_axis(top)
        self.axis_y.setRange(0, axis.top)
        self.axis_y.setTickCount(axis.tick_count)
        self.axis_y.setLabelFormat("%d %%" if row.get("unit") == "share" else "%d")
