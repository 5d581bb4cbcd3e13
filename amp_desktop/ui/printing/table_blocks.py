"""Printed tables as blocks: column widths fitted to the page, rows that split across
pages, the header repeated on every page (:func:`table_flow`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from amp_desktop.core.reports import Column, Paragraph, Table
from amp_desktop.ui.printing.blocks import (
    Block,
    Flow,
    Kit,
    continued_title,
    paragraph_flow,
    section_title,
)
from amp_desktop.ui.printing.style import STATUS_TINTS
from amp_desktop.ui.printing.text import Measure


@dataclass(frozen=True)
class Grid:
    """Where a table's columns are: left edges, widths, alignment."""

    xs: tuple[float, ...]
    widths: tuple[float, ...]
    aligns: tuple[str, ...]
    width: float


#: Tables too wide for the page are set in smaller type, down to this fraction.
MIN_ZOOM = 0.7
#: A word of text longer than this many letters (a web address, a reference without
#: spaces) is broken to fit its column rather than widening it: one such word in one
#: description set the whole catalogue list in the smallest type.
LONG_WORD = 32


def _column_widths(
    kit: Kit, columns: Sequence[Column], rows: Sequence[Sequence[str]], bold_last: bool = False
) -> tuple[list[float], list[float]]:
    """Per column the widest unbreakable word and the longest cell, with padding.

    In number columns (right-aligned) the whole cell counts as one word: a number
    is never broken.  *bold_last*: the last row is a bold total.
    """
    minimum, natural = [], []
    last = len(rows) - 1
    long_word = kit.bold.width("n") * LONG_WORD
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
            word = length if number else min(measure.widest_word(cell), long_word)
            widest = max(widest, word)
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
