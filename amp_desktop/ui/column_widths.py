"""Column widths for table views: as wide as the column's title and its figures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
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
