"""The import wizard's lists and labels sized to what they hold: a short list no taller
than its rows, so the room goes to the lists that need it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListView, QTableView, QWidget


def wrapping_label(parent: QWidget) -> QLabel:
    """A label of plain text that wraps (a note, a heading over a list)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def fit_rows(view: QTableView, most: int = 6) -> None:
    """No taller than its rows (up to *most*, then it scrolls): the room goes to the
    lists that need it."""
    view.resizeRowsToContents()
    count = view.model().rowCount()
    rows = sum(view.rowHeight(row) for row in range(min(count, most)))
    if count == 0:
        rows = view.verticalHeader().defaultSectionSize()
    header = view.horizontalHeader().sizeHint().height()
    view.setMaximumHeight(header + rows + 2 * view.frameWidth() + 2)


def fit_list(view: QListView, most: int = 10) -> None:
    """As tall as its first *most* rows (at least three), then it scrolls."""
    count = view.model().rowCount()
    row = max(view.sizeHintForRow(0) if count else 0, view.fontMetrics().height() + 6)
    view.setMaximumHeight(row * min(max(count, 3), most) + 2 * view.frameWidth() + 4)
