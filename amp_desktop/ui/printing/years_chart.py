"""A yearly figure over the years as vector drawing: one line per place, beside a table
of the values.

Years run along the x axis; AMP's own figure is the heavy line with round marks, the
municipality, the similar municipalities, the county and the country each have their
own colour *and* mark (square, triangle, diamond, cross), so the chart reads on a
black-and-white printer.  A value that is not known or hidden is a gap in its line,
never a zero; its text (``<5``, ``..`` or nothing) stands in the table, which writes
every value as the figures' table does.  The table goes right of the chart, or under
it when the years are too many to fit beside it.  One block: never split over pages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from amp_desktop.core.formatting import format_percent
from amp_desktop.core.reports.document import YearLine, YearsChart
from amp_desktop.core.tables.axis import nice_axis
from amp_desktop.core.tables.formats import SHARE, cell_text
from amp_desktop.ui.printing.blocks import Block, Flow, Kit, section_title

#: Colour and mark of each place (the window's comparison chart uses the same colours).
PLACE_LOOK: dict[str, tuple[str, str]] = {
    "unit": ("#1b7837", "circle"),
    "municipality": ("#3e95cd", "square"),
    "peers": ("#8e5ea2", "triangle"),
    "county": ("#d6604d", "diamond"),
    "country": ("#636363", "cross"),
}
CHART_HEIGHT_PT = 150.0


def _scale(chart: YearsChart) -> float:
    """Shares are fractions: their axis runs in percent (whole steps)."""
    return 100.0 if chart.kind == SHARE else 1.0


def tick_text(kind: str, value: float) -> str:
    """An axis mark in the values' format (shares as whole percents)."""
    if kind == SHARE:
        return format_percent(value, 0)
    return cell_text(kind, value)


def axis_ticks(chart: YearsChart) -> list[float]:
    """The marks of the value axis: round steps from 0 (or below the lowest value, when
    one is below 0) to above the highest, one step size throughout."""
    scale = _scale(chart)
    values = [v * scale for line in chart.lines for v in line.values if v is not None]
    values = [v for v in values if math.isfinite(v)]
    high, low = max([*values, 0.0]), min([*values, 0.0])
    step = nice_axis(high - low, most=5, headroom=0.06).step  # no mark on the edge
    first = math.floor(low / step + 1e-9) * step if low < 0 else 0.0
    ticks = [first]
    while ticks[-1] < high * 1.06 - 1e-9 or len(ticks) < 2:
        ticks.append(ticks[-1] + step)
    return [t / scale for t in ticks]


def _mark(painter: QPainter, shape: str, x: float, y: float, r: float, colour: QColor) -> None:
    painter.setBrush(colour)
    if shape == "circle":
        painter.drawEllipse(QPointF(x, y), r, r)
    elif shape == "square":
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif shape in ("triangle", "diamond"):
        path = QPainterPath()
        if shape == "triangle":
            path.moveTo(x, y - r * 1.2)
            path.lineTo(x + r * 1.1, y + r * 0.8)
            path.lineTo(x - r * 1.1, y + r * 0.8)
        else:
            path.moveTo(x, y - r * 1.3)
            path.lineTo(x + r * 1.1, y)
            path.lineTo(x, y + r * 1.3)
            path.lineTo(x - r * 1.1, y)
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawLine(QLineF(x - r, y - r, x + r, y + r))
        painter.drawLine(QLineF(x - r, y + r, x + r, y - r))
    painter.setBrush(Qt.BrushStyle.NoBrush)


class _Table:
    """The values beside the chart: a row per line (its mark and label), a column per year."""

    def __init__(self, kit: Kit, chart: YearsChart):
        self.kit, self.chart = kit, chart
        small, value = kit.small, kit.value
        self.swatch = kit.pt(10)
        self.label_width = (
            self.swatch
            + kit.pad_x
            + max((small.width(line.label) for line in chart.lines), default=0.0)
        )
        self.columns = [
            max([value.width(year), *(value.width(line.texts[i]) for line in chart.lines)])
            + 2 * kit.pad_x
            for i, year in enumerate(chart.years)
        ]
        self.row_height = max(small.line_height, value.line_height) + kit.pad_y
        self.width = self.label_width + kit.pad_x + sum(self.columns)
        self.height = (len(chart.lines) + 1) * self.row_height + kit.pad_y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        kit, style, chart = self.kit, self.kit.style, self.chart
        small, value = kit.small, kit.value
        right = x + self.label_width + kit.pad_x
        for i, year in enumerate(chart.years):
            right += self.columns[i]
            kit.text(painter, value, right - kit.pad_x - value.width(year), y, year, style.muted)
        painter.setPen(kit.pen(style.rule, style.hairline_pt))
        line_y = y + self.row_height - kit.pad_y / 2
        painter.drawLine(QLineF(x, line_y, x + self.width, line_y))
        for row, line in enumerate(chart.lines, 1):
            top = y + row * self.row_height
            colour, shape = PLACE_LOOK.get(line.place, ("#1a1a1a", "circle"))
            _legend_mark(kit, painter, x, top + small.line_height / 2, line, QColor(colour), shape)
            kit.text(painter, small, x + self.swatch + kit.pad_x, top, line.label, style.ink)
            right = x + self.label_width + kit.pad_x
            for i, text in enumerate(line.texts):
                right += self.columns[i]
                ink = style.ink if line.values[i] is not None else style.muted
                kit.text(painter, value, right - kit.pad_x - value.width(text), top, text, ink)


def _pen(kit: Kit, line: YearLine, colour: QColor) -> QPen:
    pen = kit.pen(colour, 1.6 if line.place == "unit" else 0.9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _legend_mark(
    kit: Kit, painter: QPainter, x: float, y: float, line: YearLine, colour: QColor, shape: str
) -> None:
    painter.setPen(_pen(kit, line, colour))
    painter.drawLine(QLineF(x, y, x + kit.pt(10), y))
    painter.setPen(kit.pen(colour, 0.6))
    _mark(painter, shape, x + kit.pt(5), y, kit.pt(2.2), colour)


class _Plot:
    """The chart's axes and lines in a rectangle."""

    def __init__(self, kit: Kit, chart: YearsChart, width: float, height: float):
        self.kit, self.chart = kit, chart
        self.ticks = axis_ticks(chart)
        small = kit.small
        self.left = max(small.width(tick_text(chart.kind, t)) for t in self.ticks) + kit.pad_x * 2
        self.width, self.height = width, height
        self.bottom = height - small.line_height - kit.pad_y

    def y_of(self, value: float, top: float) -> float:
        low, high = self.ticks[0], self.ticks[-1]
        span = (high - low) or 1.0
        return top + self.bottom - (value - low) / span * (self.bottom - self.kit.pad_y)

    def x_of(self, index: int, left: float) -> float:
        years = len(self.chart.years)
        room = self.width - self.left - self.kit.pt(12)
        step = room / max(years, 1)
        return left + self.left + step * (index + 0.5)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        kit, style, chart = self.kit, self.kit.style, self.chart
        small = kit.small
        for tick in self.ticks:
            ty = self.y_of(tick, y)
            painter.setPen(kit.pen(style.grid if tick else style.rule, style.hairline_pt))
            painter.drawLine(QLineF(x + self.left, ty, x + self.width, ty))
            text = tick_text(chart.kind, tick)
            kit.text(
                painter, small, x + self.left - kit.pad_x - small.width(text),
                ty - small.line_height / 2, text, style.muted,
            )  # fmt: skip
        for i, year in enumerate(chart.years):
            cx = self.x_of(i, x)
            kit.text(painter, small, cx - small.width(year) / 2, y + self.bottom + kit.pad_y,
                     year, style.muted)  # fmt: skip
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for line in reversed(chart.lines):  # AMP's own line drawn last, on top
            self._line(painter, line, x, y)

    def _line(self, painter: QPainter, line: YearLine, x: float, y: float) -> None:
        kit = self.kit
        colour_text, shape = PLACE_LOOK.get(line.place, ("#1a1a1a", "circle"))
        colour = QColor(colour_text)
        points = [
            None if v is None else QPointF(self.x_of(i, x), self.y_of(v, y))
            for i, v in enumerate(line.values)
        ]
        painter.setPen(_pen(kit, line, colour))
        for a, b in zip(points, points[1:], strict=False):
            if a is not None and b is not None:  # a gap where a year has no value
                painter.drawLine(QLineF(a, b))
        painter.setPen(kit.pen(colour, 0.6))
        radius = kit.pt(2.6 if line.place == "unit" else 2.2)
        for point in points:
            if point is not None:
                _mark(painter, shape, point.x(), point.y(), radius, colour)


def _lines_drawn(lines: Sequence[YearLine]) -> bool:
    return any(v is not None for line in lines for v in line.values)


def years_chart_flow(kit: Kit, chart: YearsChart) -> Flow:
    """The chart as a section: its title, then the chart with its table (one block)."""
    table = _Table(kit, chart)
    gap = kit.pt(18)
    beside = table.width <= kit.width * 0.45
    plot_width = kit.width - table.width - gap if beside else min(kit.width, kit.pt(520))
    plot_height = kit.pt(CHART_HEIGHT_PT)
    plot = _Plot(kit, chart, plot_width, plot_height)
    note_height = kit.small.line_height + kit.pad_y if chart.note else 0.0
    body = max(plot_height, table.height) if beside else plot_height + kit.pad_y + table.height
    height = body + note_height + kit.pad_y

    def draw(painter: QPainter, y: float) -> None:
        if _lines_drawn(chart.lines):
            plot.draw(painter, 0.0, y)
        if beside:
            table.draw(painter, plot_width + gap, y + kit.pad_y)
        else:
            table.draw(painter, 0.0, y + plot_height + kit.pad_y)
        if chart.note:
            kit.text(painter, kit.small, 0.0, y + body + kit.pad_y, chart.note, kit.style.muted)

    return Flow(
        rows=[Block(height, draw)],
        title=section_title(kit, chart.title),
        gap_before=kit.pt(kit.style.section_gap_pt),
        min_rows=1,
    )
