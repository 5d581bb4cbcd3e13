"""Qt models of the planning view: programmes and group totals (the shared column machinery too).

The columns are the core's declarations (:mod:`amp_desktop.core.tables.plan_tables`):
title, format and alignment come from there, so the table reads exactly like the
printed overview and ``amp plan``.  ``SORT_ROLE`` gives the raw value so the proxy
sorts numbers as numbers, ``VALUE_ROLE`` the unrounded number (tests and the CLI
comparison read it); the roles are :mod:`amp_desktop.ui.roles`'.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from amp_desktop.core.domain import enum_label
from amp_desktop.core.formatting import format_number
from amp_desktop.core.planning import GroupTotal, Plan, ProgrammePlan, source_label
from amp_desktop.core.tables import Column
from amp_desktop.core.tables.formats import DECIMAL, WEEKS, cell_text
from amp_desktop.core.tables.plan_tables import PROGRAMMES, TOTALS
from amp_desktop.core.tables.status import CHART_STATUSES, TINT_INK, status_tint
from amp_desktop.core.tables.status import STATUS_COLOURS as _COLOUR_TABLE
from amp_desktop.ui.roles import ID_ROLE, RIGHT, SORT_ROLE, STATUS_ROLE, VALUE_ROLE

__all__ = [
    "ID_ROLE",
    "RIGHT",
    "SORT_ROLE",
    "STATUS_COLOURS",
    "STATUS_ROLE",
    "STATUS_STRONG",
    "VALUE_ROLE",
    "PlanTableModel",
    "TotalsModel",
    "status_brush",
]

_Index = QModelIndex | QPersistentModelIndex
# The roles data() answers, as plain ints (compared once per painted cell and role).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_SORT, _VALUE, _ID, _STATUS = int(SORT_ROLE), int(VALUE_ROLE), int(ID_ROLE), int(STATUS_ROLE)
_OWN_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _SORT, _VALUE})
#: Pale backgrounds by status, readable with black text (the core's colour table).
STATUS_COLOURS = {status: colour.tint for status, colour in _COLOUR_TABLE.items()}
#: Strong colours of the same statuses, for charts and the legend swatches.
STATUS_STRONG = {status: _COLOUR_TABLE[status].strong for status in CHART_STATUSES}


_BRUSHES: dict[str, QBrush | None] = {}


def status_brush(status: str) -> QBrush | None:
    """The pale tint of *status* behind its word (the core's colour table)."""
    if status not in _BRUSHES:
        colour = status_tint(status)
        _BRUSHES[status] = QBrush(QColor(colour)) if colour else None
    return _BRUSHES[status]


def _num(value: float | None, decimals: int = 1) -> str:
    return format_number(value, decimals) if value is not None else ""


def _sort(value: Any) -> Any:
    if value is None:
        return float("-inf")
    if isinstance(value, str):
        return value.casefold()
    return float(value)


class _Column:
    """One column as a model sees it: header, raw value, display text, numeric or not."""

    def __init__(
        self,
        header: Callable[[], str],
        value: Callable[[Any], Any],
        text: Callable[[Any], str] | None = None,
        numeric: bool = True,
        tip: Callable[[], str] | None = None,
        cell: Callable[[Any], str] | None = None,
    ):
        self.header = header
        self.value = value
        self.text = text or (lambda v: "" if v is None else str(v))
        self.numeric = numeric
        self.tip = tip
        #: The cell's text from the whole row (declared columns); else text(value).
        self.cell = cell or (lambda item: self.text(self.value(item)))


def declared(column: Column, header: Callable[[], str] | None = None) -> _Column:
    """A model column rendering a core :class:`~amp_desktop.core.tables.Column`."""
    return _Column(
        header or column.title,
        column.raw,
        numeric=column.alignment == "right",
        tip=column.tip,
        cell=column.text,
    )


class _ColumnsModel(QAbstractTableModel):
    """A read-only table of items with declared columns.

    ``data()`` is asked for seven roles per painted cell: it answers on plain ints,
    turns away at once the roles neither it nor :meth:`extra_data` answers
    (:attr:`EXTRA_ROLES`; None: every role goes to ``extra_data``), and with
    :attr:`KEEP_TEXTS` writes a row's cell texts once per :meth:`set_items`.
    """

    #: The roles :meth:`extra_data` answers (None: it is asked for every role).
    EXTRA_ROLES: frozenset[int] | None = None
    #: Keep each row's texts until the items change (the texts depend on nothing else).
    KEEP_TEXTS = False

    def __init__(self, columns: Sequence[_Column], parent: QObject | None = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._items: list[Any] = []
        self._texts: list[list[str] | None] = []
        extra = self.EXTRA_ROLES
        self._answered = None if extra is None else _OWN_ROLES | extra

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [None] * len(self._items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def cell_of(self, item: Any, column: int) -> str:
        """The text *item* shows in *column* (as ``data()`` writes it)."""
        return self._columns[column].cell(item)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        answered = self._answered
        if (answered is not None and role not in answered) or not index.isValid():
            return None
        row = index.row()
        if role == _DISPLAY:
            if not self.KEEP_TEXTS:
                return self._columns[index.column()].cell(self._items[row])
            texts = self._texts[row]
            if texts is None:
                item = self._items[row]
                texts = self._texts[row] = [column.cell(item) for column in self._columns]
            return texts[index.column()]
        column = self._columns[index.column()]
        if role == _ALIGNMENT:
            return RIGHT if column.numeric else None
        if role == _SORT:
            return _sort(column.value(self._items[row]))
        if role == _VALUE:
            return column.value(self._items[row])
        return self.extra_data(self._items[row], index.column(), role)

    def extra_data(self, item: Any, column: int, role: int) -> Any:
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None


# -- programmes -----------------------------------------------------------------------
PROGRAMME_COLUMNS = PROGRAMMES.for_screen()
_SCREEN_KEYS = [c.key for c in PROGRAMME_COLUMNS]
COL_NAME, COL_UNIT, COL_PLACES, COL_BUDGETED, COL_REFERRALS, COL_STAY = 0, 1, 2, 3, 4, 5
COL_NEEDED, COL_UTILISATION, COL_GAP, COL_STATUS = 6, 7, 8, 9
COL_COST_PLACE, COL_COST_REFERRAL, COL_BASIS, COL_TYPE = 10, 11, 12, 13
assert _SCREEN_KEYS.index("type") == COL_TYPE and _SCREEN_KEYS.index("status") == COL_STATUS
#: The ProgrammePlan attribute behind each numeric column (for tests and the CLI check).
PLAN_ATTRIBUTES = {
    column: _SCREEN_KEYS[column]
    for column in (
        COL_PLACES,
        COL_BUDGETED,
        COL_REFERRALS,
        COL_STAY,
        COL_NEEDED,
        COL_UTILISATION,
        COL_GAP,
        COL_COST_PLACE,
        COL_COST_REFERRAL,
        COL_STATUS,
    )
}
_TINTED = frozenset({COL_STATUS, COL_UTILISATION})  # the columns in the status's tint
_ID_OF = operator.attrgetter("id")


def _short_titles() -> dict[str, str]:
    """Titles the Planning table shortens where a language's words are long, so that
    every column fits at 1280 pixels (English keeps the declared ones)."""
    return {
        "budgeted_places": QCoreApplication.translate("PlanningTable", "Budgeted\nplaces"),
        "referrals_per_month": QCoreApplication.translate("PlanningTable", "Referrals\nper month"),
        "average_stay_months": QCoreApplication.translate("PlanningTable", "Stay\n(months)"),
    }


def _titled(column: Column) -> _Column:
    """*column* for the Planning table: its short title, if it has one, with the full
    title (and the column's own tip) as the header's tooltip."""

    def title() -> str:
        return _short_titles().get(column.key) or column.title()

    def tip() -> str:
        full = column.one_line() if title() != column.title() else ""
        return "\n".join(x for x in (full, column.tip() if column.tip else "") if x)

    made = declared(column, title)
    made.tip = tip
    return made


class PlanTableModel(_ColumnsModel):
    """One row per programme of a :class:`Plan`."""

    EXTRA_ROLES = frozenset({_ID, _STATUS, _BACKGROUND, _FOREGROUND, _TOOLTIP})
    KEEP_TEXTS = True

    def __init__(self, parent: QObject | None = None):
        super().__init__([_titled(c) for c in PROGRAMME_COLUMNS], parent)
        self.plan: Plan | None = None
        self._rows: dict[int, int] = {}  # programme id → row
        self._ink = QBrush(QColor(TINT_INK))

    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        programmes = plan.programmes
        if len(programmes) == len(self._items) and all(
            map(operator.eq, map(_ID_OF, programmes), map(_ID_OF, self._items))
        ):
            # Same rows: update in place so selection and scroll position stay.
            self._items = list(programmes)
            self._texts = [None] * len(programmes)
            if self._items:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._items) - 1, len(self._columns) - 1)
                )
            return
        self.set_items(programmes)
        self._rows = {item.id: row for row, item in enumerate(self._items)}

    def row_of(self, programme_id: int) -> int:
        return self._rows.get(programme_id, -1)

    def column_values(self, column: int) -> list[Any]:
        """The raw values of *column*, row by row (read at C speed where a value is
        an attribute of the row: the Planning table's widths look at every row)."""
        core = PROGRAMME_COLUMNS[column]
        return list(map(core.value or operator.attrgetter(core.key), self._items))

    def extra_data(self, item: ProgrammePlan, column: int, role: int) -> Any:
        if role == _BACKGROUND:
            return status_brush(item.status) if column in _TINTED else None
        if role == _FOREGROUND:
            return self._ink if column in _TINTED else None
        if role == _ID:
            return item.id
        if role == _STATUS:
            return item.status
        return self._tooltip(item, column)  # (the tooltip role)

    def _tooltip(self, item: ProgrammePlan, column: int) -> str | None:
        if column == COL_REFERRALS:
            if not item.referrals_by_source:
                return QCoreApplication.translate("PlanningModels", "No referrals in the period")
            lines = [
                f"{source_label(s)}: {cell_text(DECIMAL, v)}"
                for s, v in sorted(item.referrals_by_source.items(), key=lambda kv: -kv[1])
            ]
            return (
                QCoreApplication.translate("PlanningModels", "Referrals per month by source")
                + "\n"
                + "\n".join(lines)
            )
        if column == COL_STAY and item.average_stay_weeks is not None:
            return QCoreApplication.translate("PlanningModels", "{weeks} weeks").format(
                weeks=cell_text(WEEKS, item.average_stay_weeks)
            )
        if column == COL_NAME:
            lines = [item.name, f"{enum_label(item.type)} · {item.unit}".strip(" ·")]
            if item.running_months:
                months = ", ".join(str(m) for m in item.running_months)
                lines.append(
                    QCoreApplication.translate(
                        "PlanningModels", "Seasonal: runs in months {months}"
                    ).format(months=months)
                )
            lines.append(
                QCoreApplication.translate(
                    "PlanningModels", "Double-click to open it in the catalogue."
                )
            )
            return "\n".join(lines)
        if column in (COL_STATUS, COL_UTILISATION, COL_NEEDED) and item.peak_needed is not None:
            text = QCoreApplication.translate(
                "PlanningModels", "Most needed: {needed} in {month}"
            ).format(needed=cell_text(DECIMAL, item.peak_needed), month=item.peak_month)
            running = sum(1 for m in item.months if m.running)
            if item.months_short:
                text += "\n" + QCoreApplication.translate(
                    "PlanningModels", "Short in {n} of {total} months"
                ).format(n=item.months_short, total=running)
            return text
        column_tip = self._columns[column].tip
        return column_tip() if column == COL_COST_REFERRAL and column_tip else None


# -- totals ---------------------------------------------------------------------------
TOTAL_COLUMNS = TOTALS.for_screen()
TOTAL_STATUS_COLUMN = [c.key for c in TOTAL_COLUMNS].index("status")
TOTAL_UTILISATION_COLUMN = [c.key for c in TOTAL_COLUMNS].index("utilisation")


class TotalsModel(_ColumnsModel):
    """Group totals (by unit, type or source) and a last row with all programmes."""

    EXTRA_ROLES = frozenset({_BACKGROUND, _FONT})
    KEEP_TEXTS = True

    def __init__(self, parent: QObject | None = None):
        super().__init__([declared(c) for c in TOTAL_COLUMNS], parent)
        self._grand: GroupTotal | None = None

    def set_groups(self, groups: list[GroupTotal], grand: GroupTotal | None) -> None:
        self._grand = grand
        self.set_items([*groups, *([grand] if grand is not None else [])])

    def extra_data(self, item: GroupTotal, column: int, role: int) -> Any:
        if role == _BACKGROUND and column in (
            TOTAL_STATUS_COLUMN,
            TOTAL_UTILISATION_COLUMN,
        ):
            return status_brush(item.status)
        if role == _FONT and item is self._grand:
            font = QFont()
            font.setBold(True)
            return font
        return None
