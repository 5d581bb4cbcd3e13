"""Measured blocks a report is laid out from: titles and text lines (tables: table_blocks).

Every block knows its height before it is placed and draws itself at a given top
``y`` (device units; x runs from 0 to the paintable width).  A :class:`Flow` is a
section as the paginator sees it: an optional title, a header repeated on every
page the section continues on, and its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen

from amp_desktop.core.reports import Paragraph
from amp_desktop.ui.printing.fonts import report_font
from amp_desktop.ui.printing.style import Style
from amp_desktop.ui.printing.text import Measure

Draw = Callable[[QPainter, float], None]


@dataclass
class Block:
    """Something of known height that draws itself at a top ``y``."""

    height: float
    draw: Draw
    #: Given the height available, a part that fits and the rest (None: cannot split).
    split: Callable[[float], tuple[Block, Block] | None] | None = None


@dataclass
class Flow:
    """One section: title, repeated header and rows, for the paginator."""

    rows: list[Block]
    title: Block | None = None
    continued: Block | None = None
    header: Block | None = None
    keep_last: bool = False  # the last row (a total) never starts a page alone
    keep_together: bool = True  # start a new page rather than split a section that fits one
    min_rows: int = 2  # rows that must fit under the title and header
    gap_before: float = 0.0
    keep_with_next: bool = False  # all of it, and the next flow's start, on one page


class Kit:
    """Fonts, measures and the point-to-device scale for one paint device."""

    def __init__(self, device: QPaintDevice, width: float, style: Style, zoom: float = 1.0):
        self.device = device
        self.style = style
        self.zoom = zoom
        self.scale = device.logicalDpiY() / 72.0
        self.width = width
        self.body = Measure(report_font(style.body_pt * zoom), device)
        self.bold = Measure(report_font(style.body_pt * zoom, True), device)
        self.header = Measure(report_font(style.header_pt * zoom, True), device)
        self.title = Measure(report_font(style.title_pt, True), device)
        self.subtitle = Measure(report_font(style.subtitle_pt), device)
        self.section = Measure(report_font(style.section_pt, True), device)
        self.small = Measure(report_font(style.small_pt), device)
        self.value = Measure(report_font(style.value_pt), device)
        self.pad_x = self.pt(style.pad_x_pt * zoom)
        self.pad_y = self.pt(style.pad_y_pt * zoom)

    def zoomed(self, zoom: float) -> Kit:
        """The same kit with table text (body, header, padding) scaled by *zoom*."""
        return Kit(self.device, self.width, self.style, zoom)

    def pt(self, points: float) -> float:
        return points * self.scale

    def pen(self, colour: QColor, points: float = 0.0) -> QPen:
        pen = QPen(colour)
        pen.setWidthF(self.pt(points) if points else 0.0)
        return pen

    def text(
        self, painter: QPainter, measure: Measure, x: float, top: float, text: str, colour: QColor
    ) -> None:
        """Draw one line of *text* with its top-left at (*x*, *top*)."""
        painter.setFont(measure.font)
        painter.setPen(colour)
        painter.drawText(QPointF(x, top + measure.ascent), text)


# -- titles and paragraphs --------------------------------------------------------------


def title_block(kit: Kit, title: str, subtitle: Sequence[str]) -> Block:
    """The report's title and subtitle lines, with a rule under them."""
    style = kit.style
    title_lines = kit.title.wrap(title, kit.width)
    sub_lines = [line for text in subtitle for line in kit.subtitle.wrap(text, kit.width)]
    gap = kit.pt(style.title_gap_pt)
    height = (
        len(title_lines) * kit.title.line_height
        + gap
        + len(sub_lines) * kit.subtitle.line_height
        + gap
        + kit.pt(style.rule_pt)
    )

    def draw(painter: QPainter, y: float) -> None:
        for line in title_lines:
            kit.text(painter, kit.title, 0, y, line, style.ink)
            y += kit.title.line_height
        y += gap
        for line in sub_lines:
            kit.text(painter, kit.subtitle, 0, y, line, style.muted)
            y += kit.subtitle.line_height
        y += gap
        painter.setPen(kit.pen(style.ink, style.rule_pt))
        painter.drawLine(QLineF(0, y, kit.width, y))

    return Block(height, draw)


def section_title(kit: Kit, text: str, colour: QColor | None = None) -> Block:
    lines = kit.section.wrap(text, kit.width)
    gap = kit.pt(kit.style.title_gap_pt)
    ink = colour or kit.style.ink

    def draw(painter: QPainter, y: float) -> None:
        for line in lines:
            kit.text(painter, kit.section, 0, y, line, ink)
            y += kit.section.line_height

    return Block(len(lines) * kit.section.line_height + gap, draw)


def continued_title(kit: Kit, text: str) -> Block:
    label = QCoreApplication.translate("Printing", "%1 (continued)").replace("%1", text)
    return section_title(kit, label, kit.style.muted)


def paragraph_flow(kit: Kit, paragraph: Paragraph) -> Flow:
    """A note: its title and its lines, at a readable measure (≈ 110 characters)."""
    measure = kit.body
    width = min(kit.width, measure.width("n") * 110)
    lines = measure.wrap(paragraph.text, width)
    leading = measure.line_height * 1.25

    def line_block(text: str) -> Block:
        def draw(painter: QPainter, y: float) -> None:
            kit.text(painter, measure, 0, y, text, kit.style.ink)

        return Block(leading, draw)

    title = section_title(kit, paragraph.title) if paragraph.title else None
    return Flow(
        rows=[line_block(line) for line in lines],
        title=title,
        gap_before=kit.pt(kit.style.section_gap_pt),
        keep_with_next=paragraph.keep_with_next,
    )


# -- tables -----------------------------------------------------------------------------
