"""The planning charts: places vs needed per programme, and one programme month by month."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from amp_desktop.core.formatting import format_month_short, format_percent
from amp_desktop.core.i18n import language
from amp_desktop.core.planning import ProgrammePlan, status_label
from amp_desktop.core.tables.axis import nice_axis
from amp_desktop.ui.planning.models import STATUS_STRONG

#: At most this many programmes in the bar chart (the table's first, in its order).
MAX_BARS = 40
PLACES_COLOUR = "#7f8c9a"
NEEDED_COLOUR = "#d35400"
REFERRALS_COLOUR = "#9cc3e6"
#: Actual occupancy from imported results (participant-days ÷ days).
OCCUPANCY_COLOUR = "#1b7837"
#: Room a month's label needs beside its text on the axis, or QtCharts cuts it short
#: (measured: it did below 17 px).
MONTH_LABEL_PADDING = 20


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        # Legend beside the plot and a small title: the tab is wide but not tall.
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        title_font = chart.titleFont()
        title_font.setPointSizeF(max(title_font.pointSizeF() - 1, 8))
        chart.setTitleFont(title_font)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(QCoreApplication.translate("PlanningCharts", "Chart"))
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
        self.set_title(title)
        self.axis_y.setLabelFormat("%d")
        return chart

    def set_title(self, title: str) -> None:
        """The chart's title (rich text), which is also what a screen reader says it shows."""
        self.chart().setTitle(title)
        self.setAccessibleName(QTextDocumentFragment.fromHtml(title).toPlainText())

    def _axes(
        self, categories: list[str], top: float, most: int = 8
    ) -> tuple[QBarCategoryAxis, QValueAxis]:
        self.axis_x.append(categories)
        axis = nice_axis(top, most, headroom=0.05)  # as the printed chart's, with air on top
        self.axis_y.setRange(0, axis.top)
        self.axis_y.setTickCount(axis.tick_count)
        return self.axis_x, self.axis_y


#: The longest label under a bar, in letters (a code is shorter; a name is cut).
BAR_LABEL_LETTERS = 10


def bar_labels(programmes: list[ProgrammePlan]) -> list[str]:
    """A label under each programme's bars: its code, else its name (cut short with
    "…"); never one label for two programmes.  The axis keeps one category per label:
    "Arbetstr" for Arbetsträning A, B and C gave two bar groups, with B's figures
    under the label of all three."""

    def short(programme: ProgrammePlan) -> str:
        label = programme.code or programme.name
        if len(label) > BAR_LABEL_LETTERS:
            label = label[: BAR_LABEL_LETTERS - 1].rstrip() + "…"
        return label

    labels = [short(p) for p in programmes]
    counts: dict[str, int] = {}
    for label in labels:  # ("Jobbcoach" and "Jobbcoach…" are alike too)
        counts[label.removesuffix("…")] = counts.get(label.removesuffix("…"), 0) + 1
    # Where two are alike, the whole name (and its code) tells them apart …
    labels = [
        label if counts[label.removesuffix("…")] == 1 else " ".join(filter(None, (p.code, p.name)))
        for label, p in zip(labels, programmes, strict=True)
    ]
    seen: set[str] = set()
    out = []
    for label, programme in zip(labels, programmes, strict=True):
        if label in seen:  # … or, for the same name twice, its number in AMP
            label = f"{label} #{programme.id}"
        seen.add(label)
        out.append(label)
    return out


class PlacesChart(_ChartView):
    """One bar group per programme (by short code), in the table's order: places and
    places needed, or the utilisation coloured by status (which keeps programmes of
    every size readable when one has far more places than the rest)."""

    MEASURES = ("places", "utilisation")

    def set_programmes(
        self,
        programmes: list[ProgrammePlan],
        period_label: str,
        measure: str = "places",
        total: int | None = None,
    ) -> None:
        """Draw the first :data:`MAX_BARS` of *programmes*; *total* is how many the
        table has, when only the first of them are passed."""
        shown = programmes[:MAX_BARS]
        count = len(programmes) if total is None else total
        if measure == "utilisation":
            title = QCoreApplication.translate(
                "PlanningCharts", "Utilisation (needed ÷ places), {period}"
            )
        else:
            title = QCoreApplication.translate(
                "PlanningCharts", "Places and places needed, {period}"
            )
        title = title.format(period=period_label)
        if count > len(shown):
            title += " " + QCoreApplication.translate(
                "PlanningCharts", "(first {n} of {total} in table order)"
            ).format(n=len(shown), total=count)
        chart = self._reset(title)
        self.categories = bar_labels(shown)
        if measure == "utilisation":
            series, top = self._utilisation(shown)
        else:
            series, top = self._places(shown)
        chart.addSeries(series)
        if measure == "utilisation":
            # As format_percent writes it: "100 %" in Swedish, "100%" in English.
            self.axis_y.setLabelFormat("%d %%" if language() == "sv" else "%d%%")
        # Percentages in steps of 25 or 50 (five or so lines), not of 20.
        axis_x, axis_y = self._axes(self.categories, top, 5 if measure == "utilisation" else 8)
        # Upright codes are never cut short (at -60° a wide one was).
        axis_x.setLabelsAngle(-90 if len(self.categories) > 12 else 0)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if measure == "utilisation":
            full = QLineSeries()
            full.setName(
                QCoreApplication.translate("PlanningCharts", "All places used ({percent})").format(
                    percent=format_percent(1.0, 0)
                )
            )
            full.setPen(QPen(QColor("#333333"), 1.5, Qt.PenStyle.DashLine))
            full.append(0, 100)
            full.append(max(len(shown) - 1, 0), 100)
            chart.addSeries(full)
            full.attachAxis(axis_x)
            full.attachAxis(axis_y)

    @staticmethod
    def _places(shown: list[ProgrammePlan]) -> tuple[QBarSeries, float]:
        places = QBarSet(QCoreApplication.translate("PlanningCharts", "Places"))
        needed = QBarSet(QCoreApplication.translate("PlanningCharts", "Needed"))
        places.setColor(QColor(PLACES_COLOUR))
        needed.setColor(QColor(NEEDED_COLOUR))
        top = 0.0
        for programme in shown:
            value = programme.needed_places or 0.0
            offered = programme.places if programme.status != "off_season" else 0
            places.append(float(offered))
            needed.append(value)
            top = max(top, offered, value)
        series = QBarSeries()
        series.append(places)
        series.append(needed)
        return series, top

    @staticmethod
    def _utilisation(shown: list[ProgrammePlan]) -> tuple[QStackedBarSeries, float]:
        """One bar per programme in its status colour (a set per status; the other
        sets hold 0 there); programmes without a utilisation get no bar."""
        sets = {}
        for status, colour in STATUS_STRONG.items():
            bar_set = QBarSet(status_label(status))
            bar_set.setColor(QColor(colour))
            sets[status] = bar_set
        top = 100.0
        for programme in shown:
            percent = (programme.utilisation or 0.0) * 100
            for status, bar_set in sets.items():
                bar_set.append(percent if status == programme.status else 0.0)
            top = max(top, percent)
        series = QStackedBarSeries()
        for bar_set in sets.values():
            series.append(bar_set)
        return series, top


class PlacesPanel(QWidget):
    """The places chart with its choice of measure."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart_view = PlacesChart()
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Places and places needed"), "places")
        self.measure.addItem(self.tr("Utilisation by status"), "utilisation")
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Show"))
        label.setBuddy(self.measure)
        bar.addWidget(label)
        bar.addWidget(self.measure)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(bar)
        layout.addWidget(self.chart_view, 1)

    def current_measure(self) -> str:
        return str(self.measure.currentData())


class MonthChart(_ChartView):
    """One programme month by month: referrals (bars), places and needed (lines)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Once the chart has its new size (a timer of the view's: none after it is gone).
        QTimer.singleShot(0, self, self._fit_month_labels)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_month_labels)

    def _fit_month_labels(self) -> None:
        """Cut short ("Mar ...") a month is not read at all: upright when the months do
        not fit side by side."""
        categories = self.axis_x.categories()
        if not categories:
            return
        layout = self.chart().layout()
        if layout is not None:
            layout.activate()  # the plot area of the size it has now
        metrics = QFontMetrics(self.axis_x.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in categories)
        room = self.chart().plotArea().width() / len(categories)
        angle = 0 if widest + MONTH_LABEL_PADDING <= room else -90
        if self.axis_x.labelsAngle() != angle:
            self.axis_x.setLabelsAngle(angle)

    def set_programme(
        self, programme: ProgrammePlan | None, occupancy: dict[str, float] | None = None
    ) -> None:
        """Show *programme*; *occupancy* is its actual occupancy by month, from the
        imported results (participant-days ÷ days), drawn where there are results."""
        if programme is None:
            self._reset(
                QCoreApplication.translate(
                    "PlanningCharts", "Select a programme to see it month by month"
                )
            )
            return
        chart = self._reset(
            # (a chart's title is rich text: "<25 år" would be taken for a tag)
            QCoreApplication.translate("PlanningCharts", "{name}, month by month").format(
                name=html.escape(programme.name, quote=False)
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
            label = format_month_short(month.month)
            categories.append(label if month.basis != "forecast" else label + "*")
        chart.addSeries(bars)
        chart.addSeries(places)
        chart.addSeries(needed)
        lines = [bars, places, needed]
        measured = occupancy or {}
        if any(m.month in measured for m in programme.months):
            actual = QLineSeries()
            actual.setName(QCoreApplication.translate("PlanningCharts", "Actual occupancy"))
            actual.setPen(QPen(QColor(OCCUPANCY_COLOUR), 2.5, Qt.PenStyle.DashLine))
            actual.setPointsVisible(True)
            for position, month in enumerate(programme.months):
                if month.month in measured:
                    actual.append(position, measured[month.month])
                    top = max(top, measured[month.month])
            chart.addSeries(actual)
            lines.append(actual)
        axis_x, axis_y = self._axes(categories, top)
        for series in lines:
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self._fit_month_labels()
        if any(m.basis == "forecast" for m in programme.months):
            self.set_title(
                chart.title()
                + "  "
                + QCoreApplication.translate("PlanningCharts", "(* = forecast)")
            )
