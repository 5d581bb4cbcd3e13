"""Measured blocks a report is laid out from: titles, table rows, text lines.

Every block knows its height before it is placed and draws itself at a given top
``y`` (device units; x runs from 0 to the paintable width).  A :class:`Flow` is a
section as the paginator sees it: an optional title, a header repeated on every
page the section continues on, and its rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QPen

from amp_desktop.core.reports import Column, Paragraph, Table
from amp_desktop.ui.printing.fonts import report_font
from amp_desktop.ui.printing.style import STATUS_TINTS, Style
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
    )


# -- tables -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """Where a table's columns are: left edges, widths, alignment."""

    xs: tuple[float, ...]
    widths: tuple[float, ...]
    aligns: tuple[str, ...]
    width: float


#: Tables too wide for the page are set in smaller type, down to this fraction.
MIN_ZOOM = 0.7


def _column_widths(
    kit: Kit, columns: Sequence[Column], rows: Sequence[Sequence[str]], bold_last: bool = False
) -> tuple[list[float], list[float]]:
    """Per column the widest unbreakable word and the longest cell, with padding.

    In number columns (right-aligned) the whole cell counts as one word: a number
    is never broken.  *bold_last*: the last row is a bold total.
    """
    minimum, natural = [], []
    last = len(rows) - 1
    for index, column in enumerate(columns):
        widest = kit.header.widest_word(column.header)
        longest = widest
        number = column.align != "left"
        for position, row in enumerate(rows):
            cell = row[index]
            if not cell:
                continue
            measure = kit.bold if bold_last and position == last else kit.body
            length = measure.width(cell)
            widest = max(widest, length if number else measure.widest_word(cell))
            longest = max(longest, length)
        minimum.append(widest + 2 * kit.pad_x)
        natural.append(longest + 2 * kit.pad_x)
    return minimum, natural


def table_kit(
    kit: Kit, columns: Sequence[Column], rows: Sequence[Sequence[str]], bold_last: bool = False
) -> Kit:
    """*kit*, or a smaller-type one if the table's words do not fit across the page
    (a portrait page, wide margins): shrinking beats breaking words apart."""
    minimum, _ = _column_widths(kit, columns, rows, bold_last)
    if sum(minimum) <= kit.width:
        return kit
    return kit.zoomed(max(MIN_ZOOM, kit.width / sum(minimum) * 0.99))


def fit_columns(
    kit: Kit, columns: Sequence[Column], rows: Sequence[Sequence[str]], bold_last: bool = False
) -> Grid:
    """Column widths from the relative widths, but never narrower than the widest
    unbreakable word of the column (numbers and headers included).  A table whose
    text is short is drawn narrower than the page instead of stretched across it.
    If even that is too wide, text columns give way (long words break) before
    number columns do."""
    minimum, natural = _column_widths(kit, columns, rows, bold_last)
    total = kit.width
    if sum(natural) < total * 0.6:
        total = max(sum(natural) * 1.3, total * 0.45)
    if sum(minimum) > total:
        hard = sum(m for m, c in zip(minimum, columns, strict=True) if c.align != "left")
        if hard < total:
            cap = _cap(
                [m for m, c in zip(minimum, columns, strict=True) if c.align == "left"],
                total - hard,
            )
            minimum = [
                min(m, cap) if c.align == "left" else m
                for m, c in zip(minimum, columns, strict=True)
            ]
    widths = _distribute(total, [c.width for c in columns], minimum)
    xs, x = [], 0.0
    for width in widths:
        xs.append(x)
        x += width
    return Grid(tuple(xs), tuple(widths), tuple(c.align for c in columns), total)


def _cap(widths: Sequence[float], room: float) -> float:
    """The largest cap with ``sum(min(w, cap)) <= room``: only the longest words break."""
    low, high = 0.0, max(widths, default=0.0)
    for _ in range(40):
        middle = (low + high) / 2
        if sum(min(w, middle) for w in widths) <= room:
            low = middle
        else:
            high = middle
    return low


def _distribute(total: float, weights: Sequence[float], minimum: Sequence[float]) -> list[float]:
    if sum(minimum) >= total:  # too narrow for the words: share out what there is
        scale = total / sum(minimum)
        return [m * scale for m in minimum]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(weights[i] for i in free)
        share = {i: room * weights[i] / weight for i in free}
        short = [i for i in free if share[i] < minimum[i]]
        if not short:
            return [fixed.get(i, share.get(i, 0.0)) for i in range(len(weights))]
        for i in short:
            fixed[i] = minimum[i]


class _Row:
    """One table row: wrapped lines per cell; splits between lines if it must."""

    def __init__(
        self,
        kit: Kit,
        grid: Grid,
        lines: list[list[str]],
        measure: Measure,
        fill: QColor | None = None,
        tint: tuple[int, QColor] | None = None,
        top_rule: bool = False,
    ):
        self.kit, self.grid, self.lines, self.measure = kit, grid, lines, measure
        self.fill, self.tint, self.top_rule = fill, tint, top_rule
        count = max(len(cell) for cell in lines)
        self.height = count * measure.line_height + 2 * kit.pad_y

    def block(self) -> Block:
        return Block(self.height, self.draw, self.split)

    def split(self, available: float) -> tuple[Block, Block] | None:
        fit = int((available - 2 * self.kit.pad_y) // self.measure.line_height)
        if fit < 1:
            return None
        head = [cell[:fit] or [""] for cell in self.lines]
        tail = [cell[fit:] or [""] for cell in self.lines]
        args = (self.kit, self.grid)
        first = _Row(*args, head, self.measure, self.fill, self.tint, self.top_rule)
        rest = _Row(*args, tail, self.measure, self.fill, self.tint)
        return first.block(), rest.block()

    def draw(self, painter: QPainter, y: float) -> None:
        kit, grid, style = self.kit, self.grid, self.kit.style
        if self.fill is not None:
            painter.fillRect(QRectF(0, y, grid.width, self.height), self.fill)
        if self.tint is not None:
            column, colour = self.tint
            inset = kit.pt(1.0)
            painter.fillRect(
                QRectF(
                    grid.xs[column] + inset,
                    y + inset,
                    grid.widths[column] - 2 * inset,
                    self.height - 2 * inset,
                ),
                colour,
            )
        painter.setFont(self.measure.font)
        painter.setPen(style.ink)
        ascent, height = self.measure.ascent, self.measure.line_height
        for x, width, align, cell in zip(
            grid.xs, grid.widths, grid.aligns, self.lines, strict=True
        ):
            top = y + kit.pad_y + ascent
            for line in cell:
                if line:
                    painter.drawText(
                        QPointF(_text_x(self.measure, line, x, width, align, kit), top), line
                    )
                top += height
        if self.top_rule:
            painter.setPen(kit.pen(style.rule, style.rule_pt))
            painter.drawLine(QLineF(0, y, grid.width, y))
        painter.setPen(kit.pen(style.hairline, style.hairline_pt))
        painter.drawLine(QLineF(0, y + self.height, grid.width, y + self.height))


def _text_x(measure: Measure, line: str, x: float, width: float, align: str, kit: Kit) -> float:
    if align == "right":
        return x + width - kit.pad_x - measure.width(line)
    if align == "center":
        return x + (width - measure.width(line)) / 2
    return x + kit.pad_x


def _header_block(kit: Kit, grid: Grid, columns: Sequence[Column]) -> Block:
    style = kit.style
    lines = [
        kit.header.wrap(c.header, w - 2 * kit.pad_x)
        for c, w in zip(columns, grid.widths, strict=True)
    ]
    count = max(len(cell) for cell in lines)
    height = count * kit.header.line_height + 2 * kit.pad_y

    def draw(painter: QPainter, y: float) -> None:
        painter.fillRect(QRectF(0, y, grid.width, height), style.header_fill)
        painter.setFont(kit.header.font)
        painter.setPen(style.ink)
        for x, width, align, cell in zip(grid.xs, grid.widths, grid.aligns, lines, strict=True):
            # Header text sits on the bottom line, like the numbers under it.
            top = y + height - kit.pad_y - len(cell) * kit.header.line_height + kit.header.ascent
            for line in cell:
                painter.drawText(
                    QPointF(_text_x(kit.header, line, x, width, align, kit), top), line
                )
                top += kit.header.line_height
        painter.setPen(kit.pen(style.ink, style.rule_pt))
        painter.drawLine(QLineF(0, y + height, grid.width, y + height))

    return Block(height, draw)


def table_flow(kit: Kit, table: Table) -> Flow:
    """A table: title, a header repeated on every page, zebra rows, a bold total."""
    style = kit.style
    titles = kit
    if not table.rows and not table.total:  # no header over nothing: say so instead
        flow = paragraph_flow(kit, Paragraph(table.empty or "–", table.title))
        flow.min_rows = 1
        return flow
    cells = list(table.rows) + ([table.total] if table.total else [])
    bold_last = table.total is not None
    kit = table_kit(kit, table.columns, cells, bold_last)
    grid = fit_columns(kit, table.columns, cells, bold_last)
    text_widths = [w - 2 * kit.pad_x for w in grid.widths]

    def wrap(row: Sequence[str], measure: Measure) -> list[list[str]]:
        return [measure.wrap(cell, width) for cell, width in zip(row, text_widths, strict=True)]

    rows: list[Block] = []
    for index, row in enumerate(table.rows):
        tint = None
        if table.mark_column is not None and index < len(table.marks):
            colour = STATUS_TINTS.get(table.marks[index])
            tint = (table.mark_column, colour) if colour is not None else None
        fill = style.zebra_fill if index % 2 else None
        rows.append(_Row(kit, grid, wrap(row, kit.body), kit.body, fill, tint).block())
    if table.total:
        total = _Row(
            kit, grid, wrap(table.total, kit.bold), kit.bold, style.total_fill, top_rule=True
        )
        rows.append(total.block())
    return Flow(
        rows=rows,
        title=section_title(titles, table.title) if table.title else None,
        continued=continued_title(titles, table.title) if table.title else None,
        header=_header_block(kit, grid, table.columns),
        keep_last=table.total is not None,
        gap_before=titles.pt(style.section_gap_pt),
    )
