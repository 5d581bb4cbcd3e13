"""Laying a report out on pages and drawing it with ``QPainter``.

Two passes: :class:`PageLayout` measures every block and distributes them over
pages (so the page count is known), then :meth:`PageLayout.draw` paints each page
and its footer, "Page n of m".  Rules of the paginator:

* a section's title and its table header are never left at the bottom of a page:
  they go to the next page unless at least ``min_rows`` rows (2) fit under them;
  a paragraph kept with the next (a section's heading and introduction) goes with
  the start of what follows;
* rows are never split, unless one is taller than a whole page; a total row never
  starts a page alone;
* on every page a table continues on, its title "(continued)" and header repeat.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter

from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.reports import Chart, Paragraph, Report, ShareChart, Table
from amp_desktop.core.reports.document import PageBreak, YearsChart
from amp_desktop.ui.printing.blocks import Block, Flow, Kit, paragraph_flow, title_block
from amp_desktop.ui.printing.chart import chart_flow
from amp_desktop.ui.printing.share_chart import share_chart_flow
from amp_desktop.ui.printing.style import DEFAULT_STYLE, Style
from amp_desktop.ui.printing.table_blocks import table_flow
from amp_desktop.ui.printing.years_chart import years_chart_flow

Op = Callable[[QPainter], None]


def page_footer_text(page: int, pages: int) -> str:
    return (
        QCoreApplication.translate("Printing", "Page %1 of %2")
        .replace("%1", str(page))
        .replace("%2", str(pages))
    )


class _Paginator:
    """Places blocks down the page, starting a new page when one is full."""

    def __init__(self, body_height: float):
        self.bottom = body_height
        self.pages: list[list[Op]] = [[]]
        self.y = 0.0

    @property
    def at_top(self) -> bool:
        return not self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def room(self) -> float:
        return self.bottom - self.y

    def place(self, block: Block) -> None:
        y = self.y
        self.pages[-1].append(lambda painter: block.draw(painter, y))
        self.y += block.height

    def start(self, flow: Flow, room: float) -> float:
        """The height *flow* needs to start in *room*: its title, header and first
        rows, or all of it when it is kept together and fits a page but not *room*."""
        head = sum(b.height for b in (flow.title, flow.header) if b is not None)
        keep = flow.rows[: flow.min_rows]
        if flow.keep_last and len(flow.rows) == flow.min_rows + 1:
            keep = flow.rows  # two rows and a total: keep them together
        needed = head + sum(b.height for b in keep)
        whole = head + sum(b.height for b in flow.rows)
        if flow.keep_together and needed <= room < whole <= self.bottom:
            needed = whole  # it fits on a page of its own: do not break it
        return needed

    def flow(self, flow: Flow, then: Flow | None = None) -> None:
        """Place *flow*; *then* is the flow after it, which a flow kept with the next
        must be followed by on the same page."""
        if not self.at_top:
            self.y += flow.gap_before
        needed = self.start(flow, self.room())
        if flow.keep_with_next and then is not None:
            whole = sum(b.height for b in (flow.title, flow.header, *flow.rows) if b is not None)
            after = self.room() - whole - then.gap_before
            together = whole + then.gap_before + self.start(then, after)
            if together <= self.bottom:
                needed = max(needed, together)
        if needed > self.room() and not self.at_top:
            self.new_page()
        for block in (flow.title, flow.header):
            if block is not None:
                self.place(block)
        self._rows(flow)

    def _continue(self, flow: Flow) -> None:
        self.new_page()
        for block in (flow.continued, flow.header):
            if block is not None:
                self.place(block)

    def _rows(self, flow: Flow) -> None:
        rows = list(flow.rows)
        fresh = True  # nothing placed under the header on this page yet
        index = 0
        while index < len(rows):
            row = rows[index]
            height = row.height
            if flow.keep_last and index == len(rows) - 2:
                height += rows[-1].height  # the total comes along
            if height > self.room() and not fresh:
                self._continue(flow)
                fresh = True
                continue
            if row.height > self.room() and row.split is not None:
                parts = row.split(self.room())
                if parts is not None:  # taller than a page: break it between lines
                    self.place(parts[0])
                    self._continue(flow)
                    rows[index] = parts[1]
                    continue
            self.place(row)
            fresh = False
            index += 1


class PageLayout:
    """A report measured and paginated for one paint device (a PDF or a printer)."""

    def __init__(self, report: Report, device: QPagedPaintDevice, style: Style = DEFAULT_STYLE):
        self.report = report
        self.width = float(device.width())
        self.height = float(device.height())
        self.kit = Kit(device, self.width, style)
        self.footer_height = self.kit.small.line_height + self.kit.pt(style.footer_gap_pt)
        self.pages = self._paginate()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def _flows(self) -> list[Flow | None]:
        """The sections as flows; None where a page break goes."""
        flows: list[Flow | None] = []
        for section in self.report.sections:
            if isinstance(section, PageBreak):
                flows.append(None)
            elif isinstance(section, Table):
                flows.append(table_flow(self.kit, section))
            elif isinstance(section, Chart):
                flows.append(chart_flow(self.kit, section))
            elif isinstance(section, ShareChart):
                flows.append(share_chart_flow(self.kit, section))
            elif isinstance(section, YearsChart):
                flows.append(years_chart_flow(self.kit, section))
            elif isinstance(section, Paragraph):
                flows.append(paragraph_flow(self.kit, section))
        return flows

    def _paginate(self) -> list[list[Op]]:
        paginator = _Paginator(self.height - self.footer_height)
        paginator.place(title_block(self.kit, self.report.title, self.report.subtitle))
        flows = self._flows()
        for index, flow in enumerate(flows):
            if flow is None:
                if not paginator.at_top:
                    paginator.new_page()
                continue
            paginator.flow(flow, flows[index + 1] if index + 1 < len(flows) else None)
        return paginator.pages

    def draw(
        self, painter: QPainter, device: QPagedPaintDevice, progress: Progress | None = None
    ) -> int:
        """Paint every page on *device* (already begun by *painter*); returns the count.

        *progress* is told each page painted (and may cancel before the next).
        """
        progress = progress or NO_PROGRESS
        total = len(self.pages)
        for number, ops in enumerate(self.pages, 1):
            progress.step(number - 1, total)
            if number > 1:
                device.newPage()
            for op in ops:
                op(painter)
            self._footer(painter, number, total)
        progress.step(total, total)
        return total

    def _footer(self, painter: QPainter, page: int, pages: int) -> None:
        kit, style = self.kit, self.kit.style
        small = kit.small
        top = self.height - small.line_height
        rule_y = top - kit.pt(style.footer_gap_pt) / 2
        painter.setPen(kit.pen(style.rule, style.hairline_pt))
        painter.drawLine(QLineF(0, rule_y, self.width, rule_y))
        left = self.report.running_title or self.report.title
        number = page_footer_text(page, pages)
        room = self.width - small.width(number) - kit.pt(12)
        if small.width(left) > room:  # the first line alone lost the report and period
            left = small.metrics.elidedText(left, Qt.TextElideMode.ElideMiddle, room)
        kit.text(painter, small, 0, top, left, style.muted)
        kit.text(painter, small, self.width - small.width(number), top, number, style.ink)


def render(
    report: Report,
    painter: QPainter,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
) -> int:
    """Lay out *report* for *device* and paint it with *painter*; returns the pages."""
    return PageLayout(report, device).draw(painter, device, progress)
