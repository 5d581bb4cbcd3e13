"""The catalogue table's Qt model: the programmes in id order, one row each.

:class:`CatalogueModel` holds the programmes in id order and refreshes only the
rows a :class:`~amp_desktop.core.store.ChangeSet` touched; the proxy that sorts
and filters it is :class:`~amp_desktop.ui.catalogue_filter.CatalogueFilter`
(still importable from here).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from amp_desktop.core.domain import Programme, enum_label
from amp_desktop.core.formatting import text_sort_key
from amp_desktop.core.store import Catalogue, ChangeSet
from amp_desktop.core.tables import formats
from amp_desktop.core.tables.catalogue_table import CATALOGUE
from amp_desktop.core.tables.column import Column
from amp_desktop.ui.roles import ID_ROLE, PROGRAMME_ROLE, SORT_ROLE

# Columns, in the order shown.
COL_NAME = 0
COL_CODE = 1
COL_UNIT = 2
COL_TYPE = 3
COL_STATUS = 4  # status and sources early: the filter bar has them, so should the screen
COL_SOURCES = 5
COL_PLACES = 6
COL_BUDGETED = 7
COL_BUDGET = 8
COL_STAY = 9
COL_SKR = 10
COLUMN_COUNT = 11

#: The catalogue table's declared columns (key, title, format), in the order shown.
COLUMNS = CATALOGUE.for_screen()
assert len(COLUMNS) == COLUMN_COUNT and COLUMNS[COL_SKR].key == "skr_category"
#: The field each column shows.
COLUMN_FIELDS = tuple(column.key for column in COLUMNS)
NUMERIC_COLUMNS = frozenset(i for i, column in enumerate(COLUMNS) if column.numeric)
# SORT_ROLE: a value that sorts fast (numbers as floats, text as folded strings);
# ID_ROLE: the programme's id; PROGRAMME_ROLE: the Programme itself (ui/roles.py).
__all__ = ["ID_ROLE", "PROGRAMME_ROLE", "SORT_ROLE", "CatalogueModel"]

_Index = QModelIndex | QPersistentModelIndex
# The roles data() answers, as plain ints (compared once per painted cell and role).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT, _ID, _PROGRAMME = int(SORT_ROLE), int(ID_ROLE), int(PROGRAMME_ROLE)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_DATA_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, _SORT, _ID, _PROGRAMME, _DECORATION})
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal
_EMPTY_SORT = float("-inf")


def _label(value: Any, labels: dict[Any, str]) -> str:
    """enum_label, remembered: it is asked thousands of times when a file opens."""
    if value not in labels:
        labels[value] = enum_label(value)
    return labels[value]


def _cell_writer(declared: Column) -> Callable[[Programme, dict[Any, str]], str]:
    """Column *declared*'s cell text: labels remembered, text as ``formats.cell_text``
    writes it ("" for None) without its look-ups (1,000 names sorted at open)."""
    raw = declared.value or (lambda item, key=declared.key: getattr(item, key))
    if declared.format == formats.TEXT:
        return lambda programme, _labels: "" if (value := raw(programme)) is None else str(value)
    if declared.format == formats.LABEL:
        return lambda programme, labels: _label(raw(programme), labels)
    return lambda programme, _labels: declared.text(programme)


_DISPLAY_TEXT = tuple(_cell_writer(declared) for declared in COLUMNS)


def _sort_key(programme: Programme, column: int, cell: Callable[[int], str]) -> Any:
    if column in NUMERIC_COLUMNS:
        value = programme.value(COLUMN_FIELDS[column])
        return _EMPTY_SORT if value is None else float(value)
    return text_sort_key(cell(column))


class _Row:
    """One programme; its cells' text and sort keys are made when first asked for.

    A window shows a few dozen rows and sorts by one column, so most of the
    11 × 1,000 cells of a big catalogue are never formatted at all.
    """

    __slots__ = ("found_in", "id", "keys", "labels", "programme", "text")

    def __init__(self, programme: Programme, labels: dict[Any, str]):
        self.programme = programme
        self.id = programme.id or 0
        self.labels = labels
        self.text: list[str | None] = [None] * COLUMN_COUNT
        self.keys: list[Any] = [None] * COLUMN_COUNT
        #: What the search looks in (name and description, case-folded), once asked.
        self.found_in: str | None = None

    def cell(self, column: int) -> str:
        text = self.text[column]
        if text is None:
            text = self.text[column] = _DISPLAY_TEXT[column](self.programme, self.labels)
        return text

    def key(self, column: int) -> Any:
        key = self.keys[column]
        if key is None:
            key = self.keys[column] = _sort_key(self.programme, column, self.cell)
        return key


class CatalogueModel(QAbstractTableModel):
    """The programmes of one catalogue, one row each.

    The model sorts itself (:meth:`sort`, on precomputed keys, ties by id) so
    sorting 1,000 rows never calls back into Python per comparison; the proxy
    forwards its sort here.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_by_id: dict[int, int] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._labels: dict[Any, str] = {}
        #: Programmes that need attention (the audit's checks): id → text; their icon.
        self._attention: dict[int, str] = {}
        self._attention_icon: Any = None

    def set_attention(self, texts: dict[int, str], icon: Any = None) -> None:
        """Mark programmes that need attention: *icon* beside the name, *texts* (id →
        the failing checks' messages) in its tooltip."""
        if texts == self._attention and icon is self._attention_icon:
            return
        self._attention = dict(texts)
        self._attention_icon = icon
        if self._rows:
            top, bottom = self.index(0, COL_NAME), self.index(len(self._rows) - 1, COL_NAME)
            self.dataChanged.emit(
                top, bottom, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
            )

    def attention(self, programme_id: int) -> str:
        """What needs attention about programme *programme_id* ("" when nothing)."""
        return self._attention.get(programme_id, "")

    # -- loading and refreshing ------------------------------------------------------
    def load(self, programmes: Iterable[Programme]) -> None:
        """Show *programmes* (replacing everything; used when a file is opened)."""
        self.beginResetModel()
        self._labels = {}
        self._rows = [_Row(p, self._labels) for p in programmes]
        self._rows.sort(key=self._order_key, reverse=self._reverse())
        self._reindex()
        self.endResetModel()

    def clear(self) -> None:
        self.load([])

    def refresh(self, change: ChangeSet, catalogue: Catalogue) -> None:
        """Update only the rows *change* touched, reading them from *catalogue*."""
        ids = sorted(change.programme_ids)
        if not ids:
            return
        current = {p.id: p for p in catalogue.programmes(ids)}
        moved = False
        for programme_id in ids:
            programme = current.get(programme_id)
            row = self.row_of(programme_id)
            if programme is None and row >= 0:
                self._remove_row(row)
            elif programme is not None and row < 0:
                self._append(programme)
                moved = True
            elif programme is not None and row >= 0:
                moved = self._replace(row, programme) or moved
        if moved:
            self._resort()

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    def _append(self, programme: Programme) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(programme, self._labels))
        self._reindex()
        self.endInsertRows()

    def _replace(self, row: int, programme: Programme) -> bool:
        """Show *programme* in *row*; True when its sort key changed."""
        old = self._rows[row]
        if old.programme == programme:
            return False
        new = _Row(programme, self._labels)
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        column = self._sort_column
        return column >= 0 and old.key(column) != new.key(column)

    def _reindex(self) -> None:
        self._row_by_id = {row.id: number for number, row in enumerate(self._rows)}

    # -- sorting -------------------------------------------------------------------------
    def _order_key(self, row: _Row) -> tuple[Any, int]:
        column = self._sort_column
        return (row.key(column), row.id) if column >= 0 else (0, row.id)

    def _reverse(self) -> bool:
        return self._sort_column >= 0 and self._sort_order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by *column* (-1: by id) on the precomputed keys."""
        self._sort_column = column if 0 <= column < COLUMN_COUNT else -1
        self._sort_order = order
        self._resort()

    def _resort(self) -> None:
        wanted = sorted(self._rows, key=self._order_key, reverse=self._reverse())
        if [r.id for r in wanted] == [r.id for r in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        persistent = self.persistentIndexList()
        self._rows = wanted
        self._reindex()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._row_by_id[old_ids[index.row()]], index.column())
                for index in persistent
            ],
        )
        self.layoutChanged.emit()

    # -- lookups -----------------------------------------------------------------------
    def row_of(self, programme_id: int) -> int:
        """The row of programme *programme_id*, or -1."""
        return self._row_by_id.get(programme_id, -1)

    def programme_at(self, row: int) -> Programme:
        return self._rows[row].programme

    def search_text(self, row: int) -> str:
        """What the search bar looks in for *row*: its name and description,
        case-folded (made once per programme, not once per keystroke)."""
        entry = self._rows[row]
        if entry.found_in is None:
            programme = entry.programme
            entry.found_in = f"{programme.name}\n{programme.description}".casefold()
        return entry.found_in

    def search_texts(self) -> list[str]:
        """:meth:`search_text` of every row, in row order (folded once per programme)."""
        search_text = self.search_text
        return [
            entry.found_in if entry.found_in is not None else search_text(row)
            for row, entry in enumerate(self._rows)
        ]

    def programmes(self) -> list[Programme]:
        return [row.programme for row in self._rows]

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in the cell at *row*, *column* (the display role)."""
        return self._rows[row].cell(column)

    def has_decoration(self, row: int, column: int) -> bool:
        """Whether the cell shows an icon beside its text (the attention icon)."""
        return self._role_value(row, column, _DECORATION) is not None

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for seven roles per cell, most of which we leave empty: answered
        # at once, on plain ints (a view asks for all seven in one multiData call).
        if role not in _DATA_ROLES or not index.isValid():
            return None
        return self._role_value(index.row(), index.column(), role)

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:  # noqa: N802
        """The roles a view asks for to paint or measure one cell, in one call.

        Qt's delegate asks for seven roles per cell (font, alignment, colours,
        check state, icon, text); answered one ``data()`` call at a time, each
        through PySide (and through the proxy: :class:`CatalogueFilter` forwards
        here once per cell), that was most of what painting and fitting the
        table's columns cost at start-up.  The same values as :meth:`data`.
        """
        if not index.isValid():
            return
        self.fill_roles(index.row(), index.column(), span)

    def fill_roles(self, row: int, column: int, span: QModelRoleDataSpan) -> None:
        """Put each role of *span* for the cell at *row*, *column* (as :meth:`data`)."""
        data = self._role_value
        for role_data in span:
            # Every role set, None too: Qt may hand in a span it filled for another cell.
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._rows[row].cell(column))
            elif role in _DATA_ROLES:
                role_data.setData(data(row, column, role))
            else:  # (most of the seven: font, colours, check state)
                role_data.setData(None)

    def _role_value(self, row: int, column: int, role: int) -> Any:
        if role not in _DATA_ROLES:
            return None
        if role == _DISPLAY:
            return self._rows[row].cell(column)
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if column in NUMERIC_COLUMNS else None
        if role == _DECORATION:
            if column != COL_NAME or self._rows[row].id not in self._attention:
                return None
            return self._attention_icon
        if role == _SORT:
            return self._rows[row].key(column)
        if role == _TOOLTIP:
            if column != COL_NAME:
                return None
            attention = self._attention.get(self._rows[row].id)
            description = self._rows[row].programme.description
            if attention:
                return attention + ("\n\n" + description if description else "")
            return description or None
        if role == _ID:
            return self._rows[row].id
        return self._rows[row].programme  # PROGRAMME_ROLE

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != _DISPLAY and role != _ALIGNMENT:
            return None
        if orientation != _HORIZONTAL or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return self.column_title(section)
        return _RIGHT_ALIGNED if section in NUMERIC_COLUMNS else None

    def column_title(self, column: int) -> str:
        """The translated header of *column* (only that one is translated)."""
        return COLUMNS[column].title()


def __getattr__(name: str) -> Any:
    """``CatalogueFilter``, which moved to :mod:`amp_desktop.ui.catalogue_filter`."""
    if name == "CatalogueFilter":
        from amp_desktop.ui.catalogue_filter import CatalogueFilter

        return CatalogueFilter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
