"""The Planning table's column widths: every column in view at 1280 pixels, in either language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.planning.models import COL_NAME, COL_UNIT

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
