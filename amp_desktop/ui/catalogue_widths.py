"""The catalogue table's column widths: fitted to the titles and the cell text, and
remembered per language.

``QTableView.sizeHintForColumn`` asks the delegate for each measured cell's size:
seven roles asked of the model through PySide, a text layout and the style's
sums per cell — 330 cells (11 columns × 30 rows) cost about a fifth of the
window's work between opening the file and its first paint.  The width it
finds for a text-only cell is the text's advance, rounded up, plus a margin that
is the same for every cell of the table (the style's text margins, the grid
line); :func:`content_widths` measures the texts with the table's font metrics
and the margin with one real ``sizeHintForColumn`` of one cell, so the widths
are Qt's own (``tests/ui/test_catalogue_widths.py`` compares them).  Where a
cell has more than text (the attention icon), or the table is shown (Qt then
starts at the rows in view), Qt measures the column itself.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QTableView

from amp_desktop.core import i18n
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui.catalogue_filter import CatalogueFilter
from amp_desktop.ui.catalogue_model import CatalogueModel
from amp_desktop.ui.column_widths import title_width

if TYPE_CHECKING:
    from amp_desktop.ui.settings import Settings

#: Columns of long text are cut at a width (the editor shows them whole).
MAX_WIDTHS = {cm.COL_NAME: 220, cm.COL_UNIT: 140, cm.COL_SKR: 200}
#: Rows measured when fitting the columns: those in view and some more, not 1,000.
ROWS_MEASURED = 30  # about the rows in view: each measured row costs start-up time
#: The settings key of the header state, per language: widths fit the titles of the
#: language they were set in (columns were "catalogue/header" in their old order).
HEADER_STATE = "catalogue/columns"


def _rounded(width: float) -> int:
    return math.ceil(width)  # as the style rounds a text's width (qCeil)


def content_widths(
    table: QTableView, proxy: CatalogueFilter, model: CatalogueModel, rows: int
) -> list[int]:
    """Per column, what ``table.sizeHintForColumn`` gives when the header's
    contents precision is *rows* (the table's model is *proxy* over *model*)."""
    count = proxy.rowCount()
    columns = model.columnCount()
    vertical = table.verticalHeader()
    header = table.horizontalHeader()
    if (
        count == 0
        or table.isVisible()
        or vertical.visualIndexAt(0) > 0
        or vertical.hiddenSectionCount()
        or header.resizeContentsPrecision() != rows
    ):
        return [table.sizeHintForColumn(column) for column in range(columns)]
    # Not shown: Qt measures the first *rows* rows, from the top.
    measured = [proxy.source_row(vertical.logicalIndex(r)) for r in range(min(rows, count))]
    size = QFontMetricsF(table.font()).size  # laid out as the style lays out a cell's text

    def advance(text: str) -> float:
        return size(0, text).width()

    texts = [[model.cell_text(row, column) for row in measured] for column in range(columns)]
    # Each distinct text laid out once (a column of types or units has a few).
    widths = [max(_rounded(advance(text)) for text in set(column)) for column in texts]
    # The margin: Qt's width of one text-only cell of the first row, less its text.
    probe = next(
        (c for c in range(columns) if texts[c][0] and not model.has_decoration(measured[0], c)),
        None,
    )
    if probe is None:
        return [table.sizeHintForColumn(column) for column in range(columns)]
    header.setResizeContentsPrecision(1)
    try:
        margin = table.sizeHintForColumn(probe) - _rounded(advance(texts[probe][0]))
    finally:
        header.setResizeContentsPrecision(rows)
    out = [width + margin for width in widths]
    for column in range(columns):
        # An icon beside the text, or no text at all: Qt's own sums.
        if not any(texts[column]) or any(model.has_decoration(r, column) for r in measured):
            out[column] = table.sizeHintForColumn(column)
    return out


def fit_columns(table: QTableView, proxy: CatalogueFilter, model: CatalogueModel) -> None:
    """Each column as wide as its title and the figures of the rows in view."""
    header = table.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(ROWS_MEASURED)
    contents = content_widths(table, proxy, model, ROWS_MEASURED)
    for column in range(model.columnCount()):
        # As column_widths.fitted_width, the contents measured for all at once.
        title = model.column_title(column)
        width = max(contents[column], title_width(header, title))
        if column in MAX_WIDTHS:
            width = max(min(width, MAX_WIDTHS[column]), title_width(header, title))
        table.setColumnWidth(column, width)
    header.setResizeContentsPrecision(precision)


def _key() -> str:
    return f"{HEADER_STATE}/{i18n.language()}"


def save_widths(settings: Settings, header: QHeaderView) -> None:
    """Remember the columns' widths, order and sorting for the language in use."""
    settings.save_state(_key(), header.saveState())


def restore_widths(settings: Settings, header: QHeaderView) -> bool:
    """The columns as they were last left in the language in use; False if never.

    Left before widths were kept per language (one state for both), the columns'
    order and sorting come back, and False says their widths are still to be fitted.
    """
    state = settings.restore_state(_key())
    if state is not None:
        return header.restoreState(state)
    earlier = settings.restore_state(HEADER_STATE)
    if earlier is not None:
        header.restoreState(earlier)
    return False
