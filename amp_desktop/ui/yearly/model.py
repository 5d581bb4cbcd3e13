"""The Qt model of the Yearly figures: one row per figure, the yearly table's declaration.

Renders :data:`amp_desktop.core.tables.yearly_table.YEARLY` over
:func:`~amp_desktop.core.tables.yearly_table.yearly_rows`, so the window reads like
``amp yearly``.  The window is inside the unit: its figures are exact (no ``<5``).
A figure AMP cannot give is shown in italics; every tooltip says what is missing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from amp_desktop.core.tables.yearly_table import YEARLY
from amp_desktop.ui.roles import RIGHT

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = YEARLY.for_screen()


def row_tooltip(row: dict[str, Any]) -> str:
    """The figure's definition, what it was computed from and what is missing."""
    lines = [str(row.get("title") or ""), str(row.get("definition") or "")]
    if row.get("computed_from"):
        lines.append(
            QCoreApplication.translate("YearlyFigures", "Computed from: %1").replace(
                "%1", str(row["computed_from"])
            )
        )
    for missing in row.get("missing") or ():
        lines.append("• " + str(missing))
    return "\n".join(line for line in lines if line)


def details_text(row: dict[str, Any]) -> str:
    """The tooltip's lines as the window's details: a blank line between the title, the
    definition, what it was computed from, and what is missing."""
    lines = row_tooltip(row).split("\n")
    bullets = [line for line in lines if line.startswith("• ")]
    parts = [line for line in lines if not line.startswith("• ")]
    if bullets:
        parts.append("\n".join(bullets))
    return "\n\n".join(parts)


class YearlyModel(QAbstractTableModel):
    """Read-only figure rows under the declared columns."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment == "right":
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tooltip(row)
        if role == Qt.ItemDataRole.FontRole and row.get("value") is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment == "right":
            return RIGHT
        return None
