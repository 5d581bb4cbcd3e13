"""The Planning table's column widths: every column in view at 1280 pixels, in either language."""

from __future__ import annotations

import math
import operator
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.planning.models import COL_NAME, COL_STATUS, COL_UNIT, PlanTableModel

_HORIZONTAL = Qt.Orientation.Horizontal
_MONTHS_SHORT = operator.attrgetter("months_short")
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole

#: Widest and narrowest the text columns are made: a name or unit wider than the
#: column is cut with "…" (its tooltip has it whole); the figures never are.
SQUEEZABLE = ((COL_NAME, 170, 120), (COL_UNIT, 130, 100))  # (column, at most, at least)


def planned_widths(table: QTableView, room: int) -> list[int]:
    """Each column as wide as its figures and its title (plain, not bold: the header
    does not highlight sections), the names and units narrower when that keeps every
    column within *room* pixels."""
    model = table.model()
    widths = [fitted_width(table, column, bold=False) for column in range(model.columnCount())]
    for column, most, _least in SQUEEZABLE:
        if column < len(widths):
            widths[column] = min(widths[column], most)
    excess = sum(widths) - room
    for column, _most, least in SQUEEZABLE:  # names first: units are short and few
        if excess <= 0 or column >= len(widths):
            continue
        cut = min(excess, max(widths[column] - least, 0))
        widths[column] -= cut
        excess -= cut
    return widths


def _widest_items(model: PlanTableModel, items: list[Any], column: int) -> list[Any]:
    """The rows whose text in *column* is the widest it can be, found from the values
    (the texts of every row would take too long at each switch of period): a
    figure's largest and smallest value; a status with each number of months short;
    one row of every other value."""
    if column == COL_STATUS:
        keys = zip(model.column_values(column), map(_MONTHS_SHORT, items), strict=True)
        return list(dict(zip(keys, items, strict=True)).values())
    values = model.column_values(column)
    if model.headerData(column, _HORIZONTAL, _ALIGNMENT) is None:  # words, not figures
        return list(dict(zip(values, items, strict=True)).values())
    present = [v for v in values if v is not None]
    if not present:
        return []
    return [items[values.index(max(present))], items[values.index(min(present))]]


def whole_text_widths(table: QTableView, model: PlanTableModel) -> dict[int, int]:
    """Per column but the names and units, the width its widest text in *any* row
    needs (Qt's size hint measures the rows in view only): the text's advance,
    rounded up as the style rounds it, and the style's margins around a cell's text."""
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    margin += 1 if table.showGrid() else 0
    size = QFontMetricsF(table.font()).size
    squeezable = {column for column, _most, _least in SQUEEZABLE}
    items = model.items()
    widths = {}
    for column in range(model.columnCount()):
        if column in squeezable:
            continue
        texts = {model.cell_of(item, column) for item in _widest_items(model, items, column)}
        widths[column] = max((math.ceil(size(0, t).width()) for t in texts if t), default=0)
        widths[column] += margin
    return widths


class ColumnFitter(QObject):
    """Fits the table's columns to its width, and again when it is resized until the
    user drags a column (then the user's widths stay)."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self._fitted: list[int] = []
        table.viewport().installEventFilter(self)  # its width is the room

    def fit(self) -> None:
        table = self.table
        room = table.viewport().width() if table.isVisible() else 1 << 20
        self._fitted = planned_widths(table, room)
        for column, width in enumerate(self._fitted):
            table.setColumnWidth(column, width)

    def keep_whole(self, model: PlanTableModel) -> None:
        """Widen a column whose figures (or status) no longer fit: another period or
        an edited budget can make them wider than those the columns were fitted to,
        and "SEK 3,292,…" is a figure misread.  Columns are never made narrower here."""
        table = self.table
        for column, width in whole_text_widths(table, model).items():
            if table.columnWidth(column) >= width:
                continue
            ours = self._still_ours()
            table.setColumnWidth(column, width)
            if ours and column < len(self._fitted):
                self._fitted[column] = width

    def _still_ours(self) -> bool:
        # (the last column stretches to the edge: its width is not the one set)
        count = len(self._fitted)
        return bool(count) and all(
            self.table.columnWidth(column) == self._fitted[column] for column in range(count - 1)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self._still_ours():
            self.fit()
        return False
