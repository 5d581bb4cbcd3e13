"""Qt models of the planning view: programmes and group totals (the shared column machinery too).

Each model shows numbers computed by :mod:`amp_desktop.core.planning` and formats
them with :mod:`amp_desktop.core.formatting`; ``SORT_ROLE`` gives the raw value so
the proxy sorts numbers as numbers, ``VALUE_ROLE`` the unrounded number (tests and
the CLI comparison read it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from amp_desktop.core.domain import enum_label
from amp_desktop.core.formatting import format_number, format_percent, format_sek
from amp_desktop.core.planning import (
    GroupTotal,
    Plan,
    ProgrammePlan,
    basis_label,
    source_label,
    status_label,
    status_text,
)

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: Pale backgrounds by status, readable with black text; the word is always shown too.
STATUS_COLOURS = {
    "short": "#f6c6c3",
    "tight": "#fbe3b0",
    "balanced": "#d3ecd0",
    "idle": "#cfe0f3",
    "no_places": "#e4e4e4",
    "off_season": "#eeeeee",
    "no_stay": "#eeeeee",
}
#: Strong colours of the same statuses, for charts and the legend swatches.
STATUS_STRONG = {
    "short": "#c0392b",
    "tight": "#d68910",
    "balanced": "#2e8b57",
    "idle": "#2f6fb3",
}


def status_brush(status: str) -> QBrush | None:
    colour = STATUS_COLOURS.get(status)
    return QBrush(QColor(colour)) if colour else None


def _num(value: float | None, decimals: int = 1) -> str:
    return format_number(value, decimals) if value is not None else ""


def _sort(value: Any) -> Any:
    if value is None:
        return float("-inf")
    if isinstance(value, str):
        return value.casefold()
    return float(value)


class _Column:
    """One column: header, raw value, display text, numeric or not."""

    def __init__(
        self,
        header: Callable[[], str],
        value: Callable[[Any], Any],
        text: Callable[[Any], str] | None = None,
        numeric: bool = True,
        tip: Callable[[], str] | None = None,
    ):
        self.header = header
        self.value = value
        self.text = text or (lambda v: "" if v is None else str(v))
        self.numeric = numeric
        self.tip = tip


class _ColumnsModel(QAbstractTableModel):
    """A read-only table of items with declared columns."""

    def __init__(self, columns: list[_Column], parent: QObject | None = None):
        super().__init__(parent)
        self._columns = columns
        self._items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(column.value(item))
        if role == SORT_ROLE:
            return _sort(column.value(item))
        if role == VALUE_ROLE:
            return column.value(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return self.extra_data(item, index.column(), role)

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
COL_NAME, COL_UNIT, COL_PLACES, COL_BUDGETED, COL_REFERRALS, COL_STAY = 0, 1, 2, 3, 4, 5
COL_NEEDED, COL_UTILISATION, COL_GAP, COL_STATUS = 6, 7, 8, 9
COL_COST_PLACE, COL_COST_REFERRAL, COL_BASIS, COL_TYPE = 10, 11, 12, 13
#: The ProgrammePlan attribute behind each numeric column (for tests and the CLI check).
PLAN_ATTRIBUTES = {
    COL_PLACES: "places",
    COL_BUDGETED: "budgeted_places",
    COL_REFERRALS: "referrals_per_month",
    COL_STAY: "average_stay_months",
    COL_NEEDED: "needed_places",
    COL_UTILISATION: "utilisation",
    COL_GAP: "gap",
    COL_COST_PLACE: "cost_per_place_sek",
    COL_COST_REFERRAL: "cost_per_referral_sek",
    COL_STATUS: "status",
}


def _gap_text(value: float | None) -> str:
    if value is None:
        return ""
    text = format_number(value, 1)
    return "+" + text if value > 0.05 else text


def _programme_columns() -> list[_Column]:
    return [
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Programme"),
            lambda p: p.name,
            numeric=False,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Unit"),
            lambda p: p.unit,
            numeric=False,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Places"),
            lambda p: p.places,
            lambda v: format_number(v),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Budgeted\nplaces"),
            lambda p: p.budgeted_places,
            lambda v: format_number(v),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Referrals\nper month"),
            lambda p: p.referrals_per_month,
            _num,
            tip=lambda: QCoreApplication.translate(
                "PlanningModels", "Referrals in the period ÷ months; hover a cell for the sources"
            ),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Stay\n(months)"),
            lambda p: p.average_stay_months,
            _num,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Places\nneeded"),
            lambda p: p.needed_places,
            _num,
            tip=lambda: QCoreApplication.translate(
                "PlanningModels", "Places needed: mean over the months the programme runs"
            ),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Utilisation"),
            lambda p: p.utilisation,
            format_percent,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Spare +\nshort −"),
            lambda p: p.gap,
            _gap_text,
            tip=lambda: QCoreApplication.translate(
                "PlanningModels", "Places − needed: + spare places, − places short"
            ),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Status"),
            lambda p: p.status,
            status_label,
            numeric=False,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Cost per\nplace"),
            lambda p: p.cost_per_place_sek,
            format_sek,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Cost per\nreferral"),
            lambda p: p.cost_per_referral_sek,
            format_sek,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Demand"),
            lambda p: p.basis,
            basis_label,
            numeric=False,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Type"),
            lambda p: p.type,
            enum_label,
            numeric=False,
        ),
    ]


class PlanTableModel(_ColumnsModel):
    """One row per programme of a :class:`Plan`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(_programme_columns(), parent)
        self.plan: Plan | None = None

    def set_plan(self, plan: Plan) -> None:
        self.plan = plan
        if [p.id for p in plan.programmes] == [p.id for p in self._items]:
            # Same rows: update in place so selection and scroll position stay.
            self._items = list(plan.programmes)
            if self._items:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._items) - 1, len(self._columns) - 1)
                )
            return
        self.set_items(plan.programmes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == COL_STATUS:
            item = self._items[index.row()]
            text = status_text(item)
            return text
        return super().data(index, role)

    def row_of(self, programme_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.id == programme_id:
                return row
        return -1

    def extra_data(self, item: ProgrammePlan, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return item.id
        if role == STATUS_ROLE:
            return item.status
        if role == Qt.ItemDataRole.BackgroundRole and column in (COL_STATUS, COL_UTILISATION):
            return status_brush(item.status)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_STATUS, COL_UTILISATION):
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def _tooltip(self, item: ProgrammePlan, column: int) -> str | None:
        if column == COL_REFERRALS:
            if not item.referrals_by_source:
                return QCoreApplication.translate("PlanningModels", "No referrals in the period")
            lines = [
                f"{source_label(s)}: {format_number(v, 1)}"
                for s, v in sorted(item.referrals_by_source.items(), key=lambda kv: -kv[1])
            ]
            return (
                QCoreApplication.translate("PlanningModels", "Referrals per month by source")
                + "\n"
                + "\n".join(lines)
            )
        if column == COL_STAY and item.average_stay_weeks is not None:
            return QCoreApplication.translate("PlanningModels", "{weeks} weeks").format(
                weeks=format_number(item.average_stay_weeks, 1)
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
            ).format(needed=format_number(item.peak_needed, 1), month=item.peak_month)
            running = sum(1 for m in item.months if m.running)
            if item.months_short:
                text += "\n" + QCoreApplication.translate(
                    "PlanningModels", "Short in {n} of {total} months"
                ).format(n=item.months_short, total=running)
            return text
        if column == COL_COST_REFERRAL:
            return QCoreApplication.translate(
                "PlanningModels", "Annual budget ÷ (referrals per month × 12)"
            )
        return None


# -- totals ---------------------------------------------------------------------------
def _total_columns() -> list[_Column]:
    return [
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Group"),
            lambda g: g.label,
            numeric=False,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Programmes"),
            lambda g: g.programmes,
            lambda v: format_number(v),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Places"),
            lambda g: g.places,
            lambda v: format_number(v),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Budgeted"),
            lambda g: g.budgeted_places,
            lambda v: format_number(v),
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Referrals/month"),
            lambda g: g.referrals_per_month,
            _num,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Needed"),
            lambda g: g.needed_places,
            _num,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Utilisation"),
            lambda g: g.utilisation,
            format_percent,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Spare/short"),
            lambda g: g.gap,
            _gap_text,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Annual budget"),
            lambda g: g.annual_budget_sek,
            format_sek,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Cost/place"),
            lambda g: g.cost_per_place_sek,
            format_sek,
        ),
        _Column(
            lambda: QCoreApplication.translate("PlanningModels", "Status"),
            lambda g: g.status,
            status_label,
            numeric=False,
        ),
    ]


TOTAL_STATUS_COLUMN = 10


class TotalsModel(_ColumnsModel):
    """Group totals (by unit, type or source) and a last row with all programmes."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(_total_columns(), parent)
        self._grand: GroupTotal | None = None

    def set_groups(self, groups: list[GroupTotal], grand: GroupTotal | None) -> None:
        self._grand = grand
        self.set_items([*groups, *([grand] if grand is not None else [])])

    def extra_data(self, item: GroupTotal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column in (TOTAL_STATUS_COLUMN, 6):
            return status_brush(item.status)
        if role == Qt.ItemDataRole.FontRole and item is self._grand:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
