"""The results' share chart as vector drawing: women's and men's shares against the goal.

One row per programme: the share to work or studies of women (a solid bar) and of
men (a light outlined bar) on a 0–100 % scale, the programme's goal as a black
line across both, and the goal written in the last column.  A share that is hidden
or has no exits is not drawn; its text (``..``, ``–``) stands where the bar would.
Rows are blocks like table rows, so the chart continues over pages with its legend
and scale repeated, and it reads on a black-and-white printer.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from amp_desktop.core.reports import ShareBar, ShareChart
from amp_desktop.core.tables import formats
from amp_desktop.ui.printing.blocks import Block, Flow, Kit, continued_title, section_title

WOMEN_BAR = QColor("#3d5a80")
MEN_BAR = QColor("#c9dcea")
MEN_EDGE = QColor("#1f3350")
TICKS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def _percent(value: float) -> str:
    return formats.cell_text(formats.SHARE, value).replace(",0", "").replace(".0", "")


class _Geometry:
    """Where the label, the bars and the goal column go across the page."""

    def __init__(self, kit: Kit, chart: ShareChart):
        self.kit = kit
        width = kit.width
        #: Whether any bar has a goal: without one, no goal line in the legend and no
        #: goal column (the yearly figures' chart has none).
        self.goals = any(b.goal is not None for b in chart.bars)
        widest_goal = max(
            [kit.body.width(_goal_text(b)) for b in chart.bars]
            + [kit.header.width(chart.goal_label)]
        )
        self.goal_width = max(widest_goal + 2 * kit.pad_x, width * 0.07) if self.goals else 0.0
        self.label_width = width * 0.27
        self.bar_left = self.label_width + kit.pad_x
        reserve = kit.value.width("100,0 %") + 2 * kit.pad_x
        self.goal_left = width - self.goal_width
        self.bar_right = self.goal_left - reserve

    def x(self, share: float) -> float:
        return self.bar_left + (self.bar_right - self.bar_left) * min(max(share, 0.0), 1.0)

    def grid(self, painter: QPainter, y: float, height: float) -> None:
        kit = self.kit
        painter.setPen(kit.pen(kit.style.grid, kit.style.hairline_pt))
        for value in TICKS[1:]:
            x = self.x(value)
            painter.drawLine(QLineF(x, y, x, y + height))
        painter.setPen(kit.pen(kit.style.rule, kit.style.hairline_pt))
        painter.drawLine(QLineF(self.bar_left, y, self.bar_left, y + height))


def _goal_text(bar: ShareBar) -> str:
    return "" if bar.goal is None else formats.cell_text(formats.SHARE, bar.goal)


def _header(kit: Kit, chart: ShareChart, geo: _Geometry) -> Block:
    style, small = kit.style, kit.small
    swatch = kit.pt(9)
    line = small.line_height
    height = 2 * line + 3 * kit.pad_y

    def draw(painter: QPainter, y: float) -> None:
        x = 0.0
        top = y + kit.pad_y
        box_top = top + (line - kit.pt(style.bar_pt)) / 2
        for label, fill, edge in (
            (chart.women_label, WOMEN_BAR, WOMEN_BAR),
            (chart.men_label, MEN_BAR, MEN_EDGE),
        ):
            box = QRectF(x, box_top, swatch, kit.pt(style.bar_pt))
            painter.fillRect(box, fill)
            painter.setPen(kit.pen(edge, style.hairline_pt))
            painter.drawRect(box)
            x += swatch + kit.pad_x
            kit.text(painter, small, x, top, label, style.ink)
            x += small.width(label) + kit.pt(14)
        if geo.goals:
            painter.setPen(kit.pen(style.ink, style.rule_pt * 1.4))
            painter.drawLine(QLineF(x + swatch / 2, top, x + swatch / 2, top + line))
            kit.text(painter, small, x + swatch + kit.pad_x, top, chart.goal_label, style.ink)
        top = y + 2 * kit.pad_y + line
        painter.setFont(small.font)
        painter.setPen(style.muted)
        for value in TICKS:
            text = _percent(value)
            tx = geo.x(value) - small.width(text) / 2
            painter.drawText(QPointF(max(tx, geo.bar_left - kit.pad_x), top + small.ascent), text)
        if geo.goals:
            kit.text(
                painter, kit.header, geo.goal_left + kit.pad_x, top, chart.goal_label, style.ink
            )
        painter.setPen(kit.pen(style.ink, style.rule_pt))
        painter.drawLine(QLineF(0, y + height, kit.width, y + height))

    return Block(height, draw)


def _row(kit: Kit, geo: _Geometry, bar: ShareBar) -> Block:
    style = kit.style
    body, values = kit.body, kit.value
    lines = body.wrap(bar.label, geo.label_width - kit.pad_x)
    thickness, gap = kit.pt(style.bar_pt), kit.pt(style.bar_gap_pt)
    bars_height = 2 * thickness + gap
    height = max(len(lines) * body.line_height, bars_height) + 2 * kit.pad_y

    def one_bar(
        painter: QPainter, top: float, share: float | None, text: str, fill: QColor, edge: QColor
    ) -> None:
        end = geo.bar_left
        if share is not None:
            end = geo.x(share)
            box = QRectF(geo.bar_left, top, end - geo.bar_left, thickness)
            painter.fillRect(box, fill)
            painter.setPen(kit.pen(edge, style.hairline_pt))
            painter.drawRect(box)
        colour = style.ink if share is not None else style.muted
        label_top = top + (thickness - values.line_height) / 2
        kit.text(painter, values, end + kit.pad_x / 2, label_top, text, colour)

    def draw(painter: QPainter, y: float) -> None:
        geo.grid(painter, y, height)
        top = y + (height - len(lines) * body.line_height) / 2
        for line in lines:
            kit.text(painter, body, 0, top, line, style.ink)
            top += body.line_height
        top = y + (height - bars_height) / 2
        one_bar(painter, top, bar.women, bar.women_text, WOMEN_BAR, WOMEN_BAR)
        one_bar(painter, top + thickness + gap, bar.men, bar.men_text, MEN_BAR, MEN_EDGE)
        if bar.goal is not None:
            x = geo.x(bar.goal)
            painter.setPen(kit.pen(style.ink, style.rule_pt * 1.4))
            painter.drawLine(QLineF(x, top - gap, x, top + bars_height + gap))
        kit.text(
            painter,
            body,
            geo.goal_left + kit.pad_x,
            y + (height - body.line_height) / 2,
            _goal_text(bar),
            style.ink,
        )
        painter.setPen(kit.pen(style.hairline, style.hairline_pt))
        painter.drawLine(QLineF(0, y + height, kit.width, y + height))

    return Block(height, draw)


def share_chart_flow(kit: Kit, chart: ShareChart) -> Flow:
    """The chart as a section: title, legend and scale on every page, a row per bar."""
    geo = _Geometry(kit, chart)
    return Flow(
        rows=[_row(kit, geo, bar) for bar in chart.bars],
        title=section_title(kit, chart.title),
        continued=continued_title(kit, chart.title),
        header=_header(kit, chart, geo),
        gap_before=kit.pt(kit.style.section_gap_pt),
    )
