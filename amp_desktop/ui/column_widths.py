"""Column widths for table views: as wide as the column's title and its figures.

``QTableView.sizeHintForColumn`` asks the delegate for each measured cell's size:
seven roles asked of the model through PySide (and through a proxy), a text layout
and the style's sums per cell.  The width it finds for a cell of text alone is the
text's advance in the cell's font, rounded up, plus a margin that is the same for
every cell of the table (the style's text margins, the grid line).
:func:`text_widths` measures the texts with font metrics over the rows Qt would
measure (:func:`measured_rows`) and the margin with one real ``sizeHintForColumn``
of one cell, so the widths are Qt's own (``tests/ui/test_catalogue_widths.py`` and
``tests/ui/results/test_results_widths_dec4e.py`` compare them); a column with a
cell of more than text (an icon) is left for Qt to measure.  The catalogue
(``ui/catalogue_widths.py``) and the Results tab (``ui/results/showing.py``) fit
their columns this way.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QTableView

#: Room around a title: the header's margins and a little air.
TITLE_PADDING = 10
#: Room around a plain title (a header that does not highlight sections).
PLAIN_TITLE_PADDING = 8


def title_width(header: QHeaderView, title: str, *, bold: bool = True) -> int:
    """The width the widest line of *title* needs in *header*, padding included.

    Measured in bold unless *bold* is False: the titles are bold while a row is
    selected (unless the header does not highlight sections).
    """
    font = QFont(header.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    # (plain titles: the header's own margins are room enough, bold ones need air)
    padding = TITLE_PADDING if bold else PLAIN_TITLE_PADDING
    return max(metrics.horizontalAdvance(line) for line in title.split("\n")) + padding


def fitted_width(table: QTableView, column: int, *, bold: bool = True) -> int:
    """The width of *column* that shows its title and the figures of its rows in view.

    Not the room Qt keeps for a sort arrow (``resizeColumnToContents`` does),
    so that more columns fit.
    """
    model = table.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    return max(
        table.sizeHintForColumn(column), title_width(table.horizontalHeader(), title, bold=bold)
    )


def measured_rows(table: QTableView, precision: int) -> list[int] | None:
    """The rows of *table*'s model whose cells ``sizeHintForColumn`` measures when the
    header's contents precision is *precision*, in the order Qt measures them (the
    rows in view from the top, then alternately above and below); None when some
    rows are hidden (Qt then measures)."""
    model = table.model()
    vertical = table.verticalHeader()
    if model is None or vertical.hiddenSectionCount():
        return None
    count = model.rowCount()
    top = max(0, vertical.visualIndexAt(0))
    # (viewport() only when shown: its first call from Python costs PySide ~10 ms of
    # enums, which a window's first paint does without)
    bottom = vertical.visualIndexAt(table.viewport().height()) if table.isVisible() else -1
    if bottom == -1:
        bottom = count - 1
    # As QTableView::sizeHintForColumn: the rows in view first, at most *precision*.
    shown = list(range(top, bottom + 1))
    if precision > 0:
        shown = shown[:precision]
    visual = list(shown)
    above, below = top, (shown[-1] if shown else top - 1)
    # (0: the rows in view only; -1: every row)
    while precision != 0 and len(visual) != precision and (above > 0 or below < count - 1):
        if (len(visual) % 2 and above > 0) or below == count - 1:
            above -= 1
            visual.append(above)
        else:
            below += 1
            visual.append(below)
    if not vertical.sectionsMoved():
        return visual
    return [vertical.logicalIndex(row) for row in visual]


def _rounded(width: float) -> int:
    return math.ceil(width)  # as the style rounds a text's width (qCeil)


def text_widths(
    table: QTableView,
    rows: Sequence[int],
    columns: int,
    text: Callable[[int, int], str | None],
    bold: Callable[[int], bool] | None = None,
) -> list[int] | None:
    """Per column, what ``table.sizeHintForColumn`` gives over the view's *rows*
    (:func:`measured_rows`), from *text* (row, column → the cell's text, or None for a
    cell of more than text: that column is measured by Qt) and *bold* (row → whether
    its font is bold); None when no cell of text alone is there to find the margin."""
    if not rows:
        return None
    font = table.font()
    plain = strong = QFontMetricsF(font).size
    if bold is not None and any(bold(row) for row in rows):
        heavy = QFont(font)
        heavy.setBold(True)
        strong = QFontMetricsF(heavy).size  # (only when needed: a bold face is loaded)
    sizes = [strong if bold is not None and bold(row) else plain for row in rows]
    widths: list[int | None] = []
    probe: tuple[int, int] | None = None  # (column, width of the first row's text)
    for column in range(columns):
        seen: dict[tuple[str, bool], int] = {}  # (each text laid out once per font)
        width: int | None = 0
        for row, size in zip(rows, sizes, strict=True):
            cell = text(row, column)
            if cell is None:
                width = None
                break
            key = (cell, size is strong)
            advance = seen.get(key)
            if advance is None:
                advance = seen[key] = _rounded(size(0, cell).width())
            width = max(width, advance)
            if probe is None and row == rows[0] and cell:
                probe = (column, advance)
        if width == 0:  # no text at all (Qt may leave out the margin): Qt's own
            width = None
        widths.append(width)
    if probe is None:
        return None
    # The margin: Qt's width of one text-only cell of the first row, less its text.
    header = table.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(1)
    try:
        margin = table.sizeHintForColumn(probe[0]) - probe[1]
    finally:
        header.setResizeContentsPrecision(precision)
    return [
        table.sizeHintForColumn(column) if width is None else width + margin
        for column, width in enumerate(widths)
    ]
