"""Qt models of the Results tab: one row per programme, and the group totals.

Both render the core's one declaration of the results table
(:data:`amp_desktop.core.tables.results_table.RESULTS`) over the rows of
:func:`amp_desktop.core.results.period.results_document`, so the window reads like
``amp results``.  The window is inside the unit: its figures are exact (no ``<5``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from amp_desktop.core.domain import enum_label
from amp_desktop.core.formatting import format_number
from amp_desktop.core.results.aggregate import NEED_LEVELS
from amp_desktop.core.results.categories import REASON_KEYS, reason_label
from amp_desktop.core.tables import Column
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.results_table import RESULTS
from amp_desktop.ui.roles import ID_ROLE, RIGHT, SORT_ROLE, VALUE_ROLE

_Index = QModelIndex | QPersistentModelIndex

#: The programme table's columns: all of the declaration, in its order.
PROGRAMME_COLUMNS: tuple[Column, ...] = RESULTS.for_screen()
#: Figures a group total does not have (they belong to one programme).
_PROGRAMME_ONLY = {
    "type",
    "goal_work_or_studies_share",
    "goal_met",
    "average_occupancy",
    "places",
    "actual_utilisation",
}
GROUP_COLUMN = Column(
    "group",
    lambda: QCoreApplication.translate("ResultsTab", "Totals by"),
    f.TEXT,
    value=lambda row: row.get("group"),
)
TOTAL_COLUMNS: tuple[Column, ...] = (
    GROUP_COLUMN,
    *(c for c in PROGRAMME_COLUMNS if c.key not in _PROGRAMME_ONLY),
)


def _sort(value: Any) -> Any:
    if value is None:
        return float("-inf")
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, bool):
        return float(value)
    return float(value)


# The roles a cell answers, as plain ints (compared once per painted cell and role).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_SORT, _VALUE, _ID = int(SORT_ROLE), int(VALUE_ROLE), int(ID_ROLE)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, _FONT, _SORT, _VALUE, _ID})
_BOLD: list[QFont] = []  # (made when first asked for: a QFont needs the application)


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


class ResultsRowsModel(QAbstractTableModel):
    """Read-only rows (result dictionaries) under declared columns.

    A cell's text is made once per document shown (the columns are fitted to it and
    painted from it), and a view's seven roles per cell are answered in one
    :meth:`multiData` call, as the catalogue's model does.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[dict[str, Any]] = []
        self._texts: list[list[str | None] | None] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)  # (a row's texts made when first asked)
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def column_of(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in the cell at *row*, *column* (the display role)."""
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = [None] * len(self.columns)
        text = texts[column]
        if text is None:
            item, declared = self._rows[row], self.columns[column]
            if item.get("participants", 0) is None and declared.raw(item) is None:
                text = "–"  # no results imported for it: not known (as amp results)
            else:
                text = declared.text(item)
            texts[column] = text
        return text

    def is_bold(self, row: int) -> bool:
        """Whether *row* is written in bold (the total of all programmes)."""
        return bool(self._rows[row].get("bold"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        return self._value(index.row(), index.column(), role)

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:  # noqa: N802
        """The roles a view asks for to paint or measure one cell, in one call (the
        same values as :meth:`data`)."""
        if index.isValid():
            self.fill_roles(index.row(), index.column(), span)

    def fill_roles(self, row: int, column: int, span: QModelRoleDataSpan) -> None:
        """Put each role of *span* for the cell at *row*, *column* (as :meth:`data`)."""
        for role_data in span:
            # Every role set, None too: Qt may hand in a span it filled for another cell.
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self.cell_text(row, column))
            elif role in _ROLES:
                role_data.setData(self._value(row, column, role))
            else:  # (most of the seven: colours, check state, icon)
                role_data.setData(None)

    def _value(self, row: int, column: int, role: int) -> Any:
        if role == _DISPLAY:
            return self.cell_text(row, column)
        item, declared = self._rows[row], self.columns[column]
        if role == _ALIGNMENT:
            return RIGHT if declared.numeric else None
        if role == _FONT:
            return QFont(_bold()) if item.get("bold") else None
        if role == _SORT:
            return _sort(declared.raw(item))
        if role == _VALUE:
            return declared.raw(item)
        if role == _ID:
            return item.get("id")
        if role == _TOOLTIP:
            return self._tooltip(item, declared)
        return None

    def _tooltip(self, row: dict[str, Any], column: Column) -> str | None:
        if column.key == "name" and row.get("id") is not None:
            lines = [str(row["name"]), f"{enum_label(row.get('type'))} · {row.get('unit', '')}"]
            lines.append(
                QCoreApplication.translate(
                    "ResultsTab", "Double-click to open it in the catalogue."
                )
            )
            return "\n".join(line.strip(" ·") for line in lines)
        if column.key == "exits":
            return exits_tooltip(row)
        if column.key in ("work_or_studies_share", "women_share", "men_share"):
            return share_tooltip(row, column.key)
        return column.tip() if column.tip else None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None


def exits_tooltip(row: dict[str, Any]) -> str | None:
    """The exits of a row by reason, one line each (reasons with none left out)."""
    if row.get("exits", 0) is None:
        return QCoreApplication.translate("ResultsTab", "No results imported for the period")
    by_reason = row.get("exits_by_reason") or {}
    lines = [
        f"{reason_label(key)}: {format_number(by_reason[key])}"
        for key in REASON_KEYS
        if by_reason.get(key)
    ]
    if not lines:
        return QCoreApplication.translate("ResultsTab", "Nobody left in the period")
    return "\n".join(lines)


def share_tooltip(row: dict[str, Any], key: str) -> str | None:
    """ "12 of 25 exits" for a share cell: the counts behind the percentage."""
    group: dict[str, Any] = row
    if key == "women_share":
        group = (row.get("by_gender") or {}).get("K", {})
    elif key == "men_share":
        group = (row.get("by_gender") or {}).get("M", {})
    if group.get("exits", 0) is None:
        return QCoreApplication.translate("ResultsTab", "No results imported for the period")
    if not group.get("exits"):
        return QCoreApplication.translate("ResultsTab", "Nobody left in the period")
    return QCoreApplication.translate(
        "ResultsTab", "{n} of {exits} exits to work, subsidised work or studies"
    ).format(n=format_number(group.get("work_or_studies", 0)), exits=format_number(group["exits"]))


class ResultsProxy(QSortFilterProxyModel):
    """Sorts the programme table (it never filters): a cell's roles in one call to the
    model, through Qt's mapping only once the user has sorted."""

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ResultsRowsModel) or not index.isValid():
            super().multiData(index, span)
            return
        row = self.source_row(index.row())
        if row >= 0:  # (a valid index of the proxy is a row of the model)
            model.fill_roles(row, index.column(), span)

    def source_row(self, row: int) -> int:
        """The model's row shown in the proxy's *row* (the same while unsorted)."""
        if self.sortColumn() < 0:
            return row
        return self.mapToSource(self.index(row, 0)).row()


class ProgrammeResultsModel(ResultsRowsModel):
    """One row per programme of a results document."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(PROGRAMME_COLUMNS, parent)

    def row_of(self, programme_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.get("id") == programme_id:
                return number
        return -1


class ResultsTotalsModel(ResultsRowsModel):
    """Totals by type (primary and secondary apart), need level and unit, then all."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(TOTAL_COLUMNS, parent)

    def set_document(self, document: dict[str, Any]) -> None:
        self.set_rows(total_rows(document))


def _need_order(level: str) -> int:
    return NEED_LEVELS.index(level) if level in NEED_LEVELS else len(NEED_LEVELS)


def total_rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The totals of *document* as rows: type, need level, unit, and all programmes."""
    totals = document["totals"]
    rows: list[dict[str, Any]] = []
    for value, figures in totals["type"].items():
        name = (
            QCoreApplication.translate("ResultsTab", "Primary programmes")
            if value == "primary"
            else ""
        )
        if value == "secondary":
            name = QCoreApplication.translate("ResultsTab", "Secondary programmes")
        rows.append(
            {
                **figures,
                "group": QCoreApplication.translate("ResultsTab", "Type"),
                "name": name or value,
            }
        )
    needs = totals["need_level"]
    for value, figures in sorted(needs.items(), key=lambda kv: _need_order(kv[0])):
        name = value or QCoreApplication.translate("ResultsTab", "Not stated")
        rows.append(
            {
                **figures,
                "group": QCoreApplication.translate("ResultsTab", "Need level"),
                "name": name,
            }
        )
    for value, figures in totals["unit"].items():
        name = value or QCoreApplication.translate("ResultsTab", "No unit")
        rows.append(
            {**figures, "group": QCoreApplication.translate("ResultsTab", "Unit"), "name": name}
        )
    rows.append(
        {
            **document["all"],
            "group": "",
            "name": QCoreApplication.translate("ResultsTab", "All programmes"),
            "bold": True,
        }
    )
    return rows
