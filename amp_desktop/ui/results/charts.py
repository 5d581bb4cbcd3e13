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
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
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


def short_names(rows: list[dict[str, Any]]) -> list[str]:
    """:func:`short_name` of each row, a label met before numbered ("Arbetsträn (2)"):
    a category axis takes a label once, so two programmes whose names begin alike had
    one category for two bar groups, and each bar after them stood under another's."""
    labels: list[str] = []
    used: set[str] = set()
    for row in rows:
        label = base = short_name(row)
        n = 1
        while label in used:
            n += 1
            label = f"{base} ({n})"
        used.add(label)
        labels.append(label)
    return labels


class _ResultsChart(QChartView):
    """A chart whose series live as long as it does: a new period puts new values in
    them (and new categories on the axis only when the programmes shown change),
    instead of new series, legend entries and axis labels each time."""

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
        self._series: tuple[Any, ...] = ()  # (in the chart while it has programmes to show)
        self._y: tuple[float, float, int, str] | None = None  # the value axis as set
        #: The view's count of documents and orders shown when this chart was drawn
        #: (None: never; ``ShowingDocument._update_charts``).
        self.drawn_at: int | None = None

    def _reset(self, title: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The title and categories for *rows*; the rows to draw (those with results)."""
        chart = self.chart()
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
        if chart.title() != title:
            chart.setTitle(title)
        categories = short_names(shown)
        if categories != self.categories or self.axis_x.count() != len(categories):
            self.axis_x.clear()
            self.categories = categories
            if categories:
                self.axis_x.append(categories)
        angle = -90 if len(self.categories) > 12 else 0
        if self.axis_x.labelsAngle() != angle:
            self.axis_x.setLabelsAngle(angle)
        return shown

    def _value_axis(self, top: float, ticks: int, label_format: str) -> None:
        if self._y != (0.0, top, ticks, label_format):
            self._y = (0.0, top, ticks, label_format)
            self.axis_y.setRange(0, top)
            self.axis_y.setTickCount(ticks)
            self.axis_y.setLabelFormat(label_format)

    def _attach(self, shown: bool, *series: Any) -> None:
        """The chart's *series* in it while there is something *shown* (else none, as
        a chart of no programme has no legend either)."""
        chart = self.chart()
        if shown and not self._series:
            self._series = series
            for one in series:
                chart.addSeries(one)
                one.attachAxis(self.axis_x)
                one.attachAxis(self.axis_y)
        elif not shown and self._series:
            for one in self._series:
                chart.removeSeries(one)
            self._series = ()
        self._fit_legend(len(series))

    def _fit_legend(self, entries: int) -> None:
        """Tall enough for the *entries* of the legend beside the plot (a legend
        taller than the chart loses its last entries, unseen)."""
        chart = self.chart()
        row = QFontMetrics(chart.legend().font()).height() + LEGEND_ROW_PADDING
        title = QFontMetrics(chart.titleFont()).height() + LEGEND_TITLE_PADDING
        self.setMinimumHeight(max(MINIMUM_HEIGHT, title + entries * row))


def _put(bar_set: QBarSet, values: list[float]) -> None:
    """*values* in place of *bar_set*'s (untouched when they are the same)."""
    count = bar_set.count()
    if count == len(values) and all(bar_set.at(i) == v for i, v in enumerate(values)):
        return
    if count:
        bar_set.remove(0, count)
    if values:
        bar_set.append(values)


def _named(item: Any, name: str) -> None:
    if item.label() != name:
        item.setLabel(name)


class ShareChart(_ResultsChart):
    """Per programme, the share of exits to work or studies for women and for men, with
    the programme's goal as a mark (Kolada U40455)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.women, self.men = QBarSet(""), QBarSet("")
        self.women.setColor(QColor(WOMEN_COLOUR))
        self.men.setColor(QColor(MEN_COLOUR))
        self.bars = QBarSeries()
        self.bars.append(self.women)
        self.bars.append(self.men)
        goal = self.goal = QScatterSeries()
        goal.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        goal.setMarkerSize(9)
        goal.setColor(QColor(GOAL_COLOUR))
        goal.setPen(QPen(QColor(GOAL_COLOUR)))

    def set_rows(self, rows: list[dict[str, Any]], period_label: str) -> None:
        title = QCoreApplication.translate(
            "ResultsCharts", "Share to work or studies against the goal, {period}"
        ).format(period=period_label)
        shown = self._reset(title, rows)
        _named(self.women, QCoreApplication.translate("ResultsCharts", "Women"))
        _named(self.men, QCoreApplication.translate("ResultsCharts", "Men"))
        goal_name = QCoreApplication.translate("ResultsCharts", "Goal")
        if self.goal.name() != goal_name:
            self.goal.setName(goal_name)
        women: list[float] = []
        men: list[float] = []
        goals: list[QPointF] = []
        for position, row in enumerate(shown):
            by_gender = row.get("by_gender") or {}
            for values, gender in ((women, "K"), (men, "M")):
                share = by_gender.get(gender, {}).get("work_or_studies_share")
                values.append(100.0 * (share or 0.0))
            if row.get("goal_work_or_studies_share") is not None:
                goals.append(QPointF(position, 100.0 * row["goal_work_or_studies_share"]))
        _put(self.women, women)
        _put(self.men, men)
        if self.goal.points() != goals:
            self.goal.replace(goals)
        # (a share never passes 100 %)
        self._value_axis(100.0, 5, "%d %%" if language() == "sv" else "%d%%")
        self._attach(bool(shown), self.bars, self.goal)


class ReasonsChart(_ResultsChart):
    """Per programme, its exits stacked by category."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series = QStackedBarSeries()
        self.bar_sets = []
        for key in REASON_KEYS:
            bar_set = QBarSet("")
            bar_set.setColor(QColor(REASON_COLOURS[key]))
            self.series.append(bar_set)
            self.bar_sets.append(bar_set)

    def set_rows(self, rows: list[dict[str, Any]], period_label: str) -> None:
        title = QCoreApplication.translate("ResultsCharts", "Exits by reason, {period}").format(
            period=period_label
        )
        shown = self._reset(title, rows)
        by_reason = [row.get("exits_by_reason") or {} for row in shown]
        for key, bar_set in zip(REASON_KEYS, self.bar_sets, strict=True):
            _named(bar_set, reason_label(key))
            _put(bar_set, [float(exits.get(key) or 0) for exits in by_reason])
        used = {key for exits in by_reason for key, n in exits.items() if n}
        top = 0
        for row in shown:
            top = max(top, int(row.get("exits") or 0))
        axis = nice_axis(float(max(top, 5)), 8, headroom=0.05)
        self._value_axis(float(axis.top), axis.tick_count, "%d")
        self._attach(bool(shown), self.series)
        # Only the reasons somebody left for in the legend: fewer entries to fit.
        if shown:
            markers = self.chart().legend().markers(self.series)
            for key, marker in zip(REASON_KEYS, markers, strict=True):
                # (always set: a new marker reads hidden until the legend is laid out)
                marker.setVisible(key in used or not used)
        self._fit_legend(len(used) or len(REASON_KEYS))
