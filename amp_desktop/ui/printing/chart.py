"""The places-vs-needed chart as vector drawing: one row of two bars per programme.

Drawn with ``QPainter`` lines, rectangles and text, so the PDF keeps it as
vectors and its labels stay selectable.  Rows are blocks like table rows, so a
chart of hundreds of programmes continues over pages with its legend and scale
repeated.  Places are a solid dark bar, places needed a light outlined bar, and
each row ends with its status as a word: it reads on a black-and-white printer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from amp_desktop.core.reports import Bar, Chart
from amp_desktop.core.tables.axis import nice_axis
from amp_desktop.core.tables.formats import COUNT, DECIMAL, cell_text
from amp_desktop.ui.printing.blocks import Block, Flow, Kit, continued_title, section_title
from amp_desktop.ui.printing.style import STATUS_TINTS


class _Geometry:
    """Where the label, the bars and the status go across the page."""

    def __init__(self, kit: Kit, chart: Chart):
        self.kit = kit
        width = kit.width
        widest_status = max((kit.body.width(b.status_label) for b in chart.bars), default=0.0)
        self.status_width = max(widest_status + 2 * kit.pad_x, width * 0.08)
        self.label_width = width * 0.27
        self.bar_left = self.label_width + kit.pad_x
        largest = max((max(b.places, b.needed or 0.0) for b in chart.bars), default=0.0)
        axis = nice_axis(largest, most=6)  # the screen's charts' algorithm
        self.top, self.step = axis.top, axis.step
        self._ticks = axis.ticks()
        reserve = kit.value.width(cell_text(DECIMAL, self.top)) + 2 * kit.pad_x
        self.bar_right = width - self.status_width - reserve
        self.status_left = width - self.status_width

    def x(self, value: float) -> float:
        return self.bar_left + (self.bar_right - self.bar_left) * value / self.top

    def ticks(self) -> list[float]:
        return self._ticks

    def grid(self, painter: QPainter, y: float, height: float) -> None:
        kit = self.kit
        painter.setPen(kit.pen(kit.style.grid, kit.style.hairline_pt))
        for value in self.ticks()[1:]:
            x = self.x(value)
            painter.drawLine(QLineF(x, y, x, y + height))
        painter.setPen(kit.pen(kit.style.rule, kit.style.hairline_pt))
        painter.drawLine(QLineF(self.bar_left, y, self.bar_left, y + height))


def _tick_text(value: float) -> str:
    # The axis's steps are whole places (core/tables/axis.py): written as a count.
    return cell_text(COUNT, value)


def _header(kit: Kit, chart: Chart, geo: _Geometry) -> Block:
    style = kit.style
    small = kit.small
    swatch = kit.pt(9)
    line = small.line_height
    height = 2 * line + 3 * kit.pad_y

    def draw(painter: QPainter, y: float) -> None:
        # Legend, on the first line.
        x = 0.0
        top = y + kit.pad_y
        for label, fill, edge in (
            (chart.places_label, style.places_bar, style.places_bar),
            (chart.needed_label, style.needed_bar, style.needed_edge),
        ):
            box = QRectF(x, top + (line - kit.pt(style.bar_pt)) / 2, swatch, kit.pt(style.bar_pt))
            painter.fillRect(box, fill)
            painter.setPen(kit.pen(edge, style.hairline_pt))
            painter.drawRect(box)
            x += swatch + kit.pad_x
            kit.text(painter, small, x, top, label, style.ink)
            x += small.width(label) + kit.pt(14)
        # Scale, on the second line, over the bars.
        top = y + 2 * kit.pad_y + line
        painter.setFont(small.font)
        painter.setPen(style.muted)
        for value in geo.ticks():
            text = _tick_text(value)
            tx = geo.x(value) - small.width(text) / 2
            painter.drawText(QPointF(max(tx, geo.bar_left - kit.pad_x), top + small.ascent), text)
        status = QCoreApplication.translate("Printing", "Status")
        kit.text(painter, kit.header, geo.status_left + kit.pad_x, top, status, style.ink)
        painter.setPen(kit.pen(style.ink, style.rule_pt))
        painter.drawLine(QLineF(0, y + height, kit.width, y + height))

    return Block(height, draw)


def _row(kit: Kit, chart: Chart, geo: _Geometry, bar: Bar) -> Block:
    style = kit.style
    body, values = kit.body, kit.value
    lines = body.wrap(bar.label, geo.label_width - kit.pad_x)
    thickness, gap = kit.pt(style.bar_pt), kit.pt(style.bar_gap_pt)
    bars_height = 2 * thickness + gap
    height = max(len(lines) * body.line_height, bars_height) + 2 * kit.pad_y
    tint = STATUS_TINTS.get(bar.status)

    def value_label(painter: QPainter, x: float, top: float, text: str, colour: QColor) -> None:
        kit.text(
            painter,
            values,
            x + kit.pad_x / 2,
            top + (thickness - values.line_height) / 2,
            text,
            colour,
        )

    def draw(painter: QPainter, y: float) -> None:
        geo.grid(painter, y, height)
        top = y + (height - len(lines) * body.line_height) / 2
        for line in lines:
            kit.text(painter, body, 0, top, line, style.ink)
            top += body.line_height
        top = y + (height - bars_height) / 2
        places_end = geo.x(bar.places)
        painter.fillRect(
            QRectF(geo.bar_left, top, places_end - geo.bar_left, thickness), style.places_bar
        )
        value_label(painter, places_end, top, cell_text(COUNT, bar.places), style.ink)
        top += thickness + gap
        if bar.needed is None:
            value_label(painter, geo.bar_left, top, chart.no_demand_label, style.muted)
        else:
            needed_end = geo.x(bar.needed)
            box = QRectF(geo.bar_left, top, needed_end - geo.bar_left, thickness)
            painter.fillRect(box, style.needed_bar)
            painter.setPen(kit.pen(style.needed_edge, style.hairline_pt))
            painter.drawRect(box)
            value_label(painter, needed_end, top, cell_text(DECIMAL, bar.needed), style.ink)
        if tint is not None:
            inset = kit.pt(1.0)
            painter.fillRect(
                QRectF(
                    geo.status_left + inset,
                    y + inset,
                    geo.status_width - 2 * inset,
                    height - 2 * inset,
                ),
                tint,
            )
        kit.text(
            painter,
            body,
            geo.status_left + kit.pad_x,
            y + (height - body.line_height) / 2,
            bar.status_label,
            style.ink,
        )
        painter.setPen(kit.pen(style.hairline, style.hairline_pt))
        painter.drawLine(QLineF(0, y + height, kit.width, y + height))

    return Block(height, draw)


def chart_flow(kit: Kit, chart: Chart) -> Flow:
    """The chart as a section: title, legend and scale on every page, a row per bar."""
    geo = _Geometry(kit, chart)
    return Flow(
        rows=[_row(kit, chart, geo, bar) for bar in chart.bars],
        title=section_title(kit, chart.title),
        continued=continued_title(kit, chart.title),
        header=_header(kit, chart, geo),
        gap_before=kit.pt(kit.style.section_gap_pt),
    )
