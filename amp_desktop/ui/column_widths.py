"""Column widths for table views: as wide as the column's title and its figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

#: Room around a title: the header's margins and a little air.
TITLE_PADDING = 10


def title_width(header: QHeaderView, title: str) -> int:
    """The width the widest line of *title* needs in *header*, padding included.

    Measured in bold: the titles are bold while a row is selected.
    """
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in title.split("\n")) + TITLE_PADDING


def fitted_width(table: QTableView, column: int) -> int:
    """The width of *column* that shows its title and the figures of its rows in view.

    Not the room Qt keeps for a sort arrow (``resizeColumnToContents`` does),
    so that more columns fit.
    """
    model = table.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    return max(table.sizeHintForColumn(column), title_width(table.horizontalHeader(), title))
