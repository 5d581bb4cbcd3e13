"""The Results charts: share to work or studies against the goal (women and men side by
side), and exits by reason, one bar group per programme in the table's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import language
from amp_desktop.core.results.categories import REASON_KEYS, reason_label
from amp_desktop.core.tables.axis import nice_axis

#: At most this many programmes in a chart (the table's first, in its order).
MAX_BARS = 40
MINIMUM_HEIGHT = 220
#: A legend entry's height beyond its text's, and the room above the legend (the
#: title, the margins), as QtCharts lays them out (measured at 8 and 9 pt).
LEGEND_ROW_PADDING = 9
LEGEND_TITLE_PADDING = 32
WOMEN_COLOUR = "#8e5ea2"
MEN_COLOUR = "#3e95cd"
GOAL_COLOUR = "#1a1a1a"
#: One colour per exit category: greens for work and studies, greys for the rest.
REASON_COLOURS = {
    "work": "#1b7837",
    "work_subsidised": "#5aae61",
    "municipal_job": "#a6dba0",
    "studies": "#2166ac",
    "back_to_referrer": "#f4a582",
    "other_actor": "#fddbc7",
    "completed": "#bababa",
    "interrupted": "#d6604d",
    "unknown": "#e0e0e0",
}


def short_name(row: dict[str, Any]) -> str:
    """A programme's label under its bars: its code, else the start of its name."""
    return str(row.get("code") or row.get("name", ""))[:10]


class _ResultsChart(QChartView):
    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        title_font = chart.titleFont()
        title_font.setPointSizeF(max(title_font.pointSizeF() - 1, 8))
        chart.setTitleFont(title_font)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MINIMUM_HEIGHT)
        # The axes live as long as the chart (recreated ones stayed painted, PySide6 6.12).
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.categories: list[str] = []

    def _reset(self, title: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        chart = self.chart()
        chart.removeAllSeries()
        self.axis_x.clear()
        # Programmes without results for the period have no bars (not bars of 0).
        rows = [row for row in rows if row.get("participants") is not None]
        shown = rows[:MAX_BARS]
        if not rows:
            title += " " + QCoreApplication.translate(
                "ResultsCharts", "— no programme shown has results for the period"
            )
        elif len(rows) > len(shown):
            title += " " + QCoreApplication.translate(
                "ResultsCharts", "(first {n} of {total} in table order)"
            ).format(n=format_number(len(shown)), total=format_number(len(rows)))
        chart.setTitle(title)
        self.categories = [short_name(row) for row in shown]
        if self.categories:
            self.axis_x.append(self.categories)
        self.axis_x.setLabelsAngle(-90 if len(self.categories) > 12 else 0)
        return shown

    def _attach(self, *series: Any) -> None:
        for one in series:
            self.chart().addSeries(one)
            one.attachAxis(self.axis_x)
            one.attachAxis(self.axis_y)
        self._fit_legend(len(series))

    def _fit_legend(self, entries: int) -> None:
        """Tall enough for the *entries* of the legend beside the plot (a legend
        taller than the chart loses its last entries, unseen)."""
        chart = self.chart()
        row = QFontMetrics(chart.legend().font()).height() + LEGEND_ROW_PADDING
        title = QFontMetrics(chart.titleFont()).height() + LEGEND_TITLE_PADDING
        self.setMinimumHeight(max(MINIMUM_HEIGHT, title + entries * row))


class ShareChart(_ResultsChart):
    """Per programme, the share of exits to work or studies for women and for men, with
    the programme's goal as a mark (Kolada U40455)."""

    def set_rows(self, rows: list[dict[str, Any]], period_label: str) -> None:
        title = QCoreApplication.translate(
            "ResultsCharts", "Share to work or studies against the goal, {period}"
        ).format(period=period_label)
        shown = self._reset(title, rows)
        women = QBarSet(QCoreApplication.translate("ResultsCharts", "Women"))
        men = QBarSet(QCoreApplication.translate("ResultsCharts", "Men"))
        women.setColor(QColor(WOMEN_COLOUR))
        men.setColor(QColor(MEN_COLOUR))
        goal = QScatterSeries()
        goal.setName(QCoreApplication.translate("ResultsCharts", "Goal"))
        goal.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        goal.setMarkerSize(9)
        goal.setColor(QColor(GOAL_COLOUR))
        goal.setPen(QPen(QColor(GOAL_COLOUR)))
        for position, row in enumerate(shown):
            by_gender = row.get("by_gender") or {}
            for bar_set, gender in ((women, "K"), (men, "M")):
                share = by_gender.get(gender, {}).get("work_or_studies_share")
                bar_set.append(100.0 * (share or 0.0))
            if row.get("goal_work_or_studies_share") is not None:
                goal.append(position, 100.0 * row["goal_work_or_studies_share"])
        bars = QBarSeries()
        bars.append(women)
        bars.append(men)
        self.axis_y.setRange(0, 100)  # a share never passes 100 %
        self.axis_y.setTickCount(5)
        self.axis_y.setLabelFormat("%d %%" if language() == "sv" else "%d%%")
        self._attach(bars, goal)


class ReasonsChart(_ResultsChart):
    """Per programme, its exits stacked by category."""

    def set_rows(self, rows: list[dict[str, Any]], period_label: str) -> None:
        title = QCoreApplication.translate("ResultsCharts", "Exits by reason, {period}").format(
            period=period_label
        )
        shown = self._reset(title, rows)
        series = QStackedBarSeries()
        top = 0
        for key in REASON_KEYS:
            bar_set = QBarSet(reason_label(key))
            bar_set.setColor(QColor(REASON_COLOURS[key]))
            for row in shown:
                bar_set.append(float((row.get("exits_by_reason") or {}).get(key) or 0))
            series.append(bar_set)
        used = {key for row in shown for key, n in (row.get("exits_by_reason") or {}).items() if n}
        for row in shown:
            top = max(top, int(row.get("exits") or 0))
        axis = nice_axis(float(max(top, 5)), 8, headroom=0.05)
        self.axis_y.setRange(0, axis.top)
        self.axis_y.setTickCount(axis.tick_count)
        self.axis_y.setLabelFormat("%d")
        self._attach(series)
        # Only the reasons somebody left for in the legend: fewer entries to fit.
        for key, marker in zip(REASON_KEYS, self.chart().legend().markers(series), strict=True):
            marker.setVisible(key in used or not used)
        self._fit_legend(len(used) or len(REASON_KEYS))
