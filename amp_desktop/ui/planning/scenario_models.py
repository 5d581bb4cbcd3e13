"""Qt models of the what-if panel: the scenario's changes and two plans side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from amp_desktop.core.formatting import format_number, format_percent
from amp_desktop.core.planning.scenarios import Adjustment, Comparison
from amp_desktop.core.tables import Column
from amp_desktop.core.tables.plan_tables import COMPARISON
from amp_desktop.ui.planning.models import _Column, _ColumnsModel, declared, status_brush
from amp_desktop.ui.roles import ID_ROLE, SORT_ROLE, VALUE_ROLE

_Index = QModelIndex | QPersistentModelIndex


# -- scenario changes -----------------------------------------------------------------
def target_label(target: str) -> str:
    return {
        "places": QCoreApplication.translate("PlanningModels", "Places"),
        "average_stay_weeks": QCoreApplication.translate("PlanningModels", "Average stay (weeks)"),
        "demand": QCoreApplication.translate("PlanningModels", "Referrals per month"),
    }.get(target, target)


def mode_label(mode: str) -> str:
    return {
        "set": QCoreApplication.translate("PlanningModels", "set to"),
        "add": QCoreApplication.translate("PlanningModels", "change by"),
        "percent": QCoreApplication.translate("PlanningModels", "change by %"),
    }.get(mode, mode)


def adjustment_text(adjustment: Adjustment) -> str:
    value = format_number(adjustment.value, 1 if adjustment.value % 1 else 0)
    if adjustment.mode in ("add", "percent") and adjustment.value > 0:
        value = "+" + value
    if adjustment.mode == "percent":
        value += format_percent(0.0, 0)[1:]  # "%" in English, " %" in Swedish
    return value


class AdjustmentsModel(_ColumnsModel):
    """The changes of the scenario being built."""

    def __init__(self, names: Callable[[int], str], parent: QObject | None = None):
        super().__init__(
            [
                _Column(
                    lambda: QCoreApplication.translate("PlanningModels", "Programme"),
                    lambda a: names(a.programme_id),
                    numeric=False,
                ),
                _Column(
                    lambda: QCoreApplication.translate("PlanningModels", "Change"),
                    lambda a: target_label(a.target),
                    numeric=False,
                ),
                _Column(
                    lambda: QCoreApplication.translate("PlanningModels", "How"),
                    lambda a: mode_label(a.mode),
                    numeric=False,
                ),
                _Column(
                    lambda: QCoreApplication.translate("PlanningModels", "Value"),
                    lambda a: a,
                    adjustment_text,
                ),
            ],
            parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() == 3:
            return float(self._items[index.row()].value)
        if role == VALUE_ROLE and index.isValid() and index.column() == 3:
            return self._items[index.row()].value
        return super().data(index, role)


# -- comparison -----------------------------------------------------------------------
#: The longest scenario name a comparison's title shows (it has the whole in its tooltip):
#: a name of 100 letters made every column of its side as wide as the name.
NAME_IN_TITLE = 24


def _shortened(name: str) -> str:
    return name if len(name) <= NAME_IN_TITLE else name[: NAME_IN_TITLE - 1].rstrip() + "…"


class ComparisonModel(_ColumnsModel):
    """Two plans side by side: status, places, needed, utilisation and gap, each A → B.

    The columns are the core's comparison declaration, each shown for the left
    and then the right plan; a side without the programme shows empty cells.
    """

    def __init__(self, parent: QObject | None = None):
        self.left_name = ""
        self.right_name = ""
        name, *measures = COMPARISON.for_screen()
        columns = [declared(name)]
        for column in measures:
            for side in ("left", "right"):
                columns.append(self._side_column(column, side))
        super().__init__(columns, parent)

    def _side_column(self, column: Column, side: str) -> _Column:
        def plan(c: Comparison) -> Any:
            return c.left if side == "left" else c.right

        def value(c: Comparison) -> Any:
            found = plan(c)
            return column.raw(found) if found is not None else None

        def cell(c: Comparison) -> str:
            found = plan(c)
            return column.text(found) if found is not None else ""

        model_column = declared(column, self._header(column, side))
        model_column.value = value
        model_column.cell = cell
        return model_column

    def _header(self, column: Column, side: str) -> Callable[[], str]:
        return lambda: (
            f"{column.one_line()}\n{_shortened(self.left_name if side == 'left' else self.right_name)}"
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 < section < len(self._columns)
        ):
            # The whole name of the side, which the title may shorten.
            name = self.left_name if section % 2 else self.right_name
            tip = super().headerData(section, orientation, role)
            return "\n".join(str(t) for t in (name, tip) if t)
        return super().headerData(section, orientation, role)

    def set_comparison(self, items: list[Comparison], left: str, right: str) -> None:
        self.left_name, self.right_name = left, right
        self.set_items(items)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def extra_data(self, item: Comparison, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column in (1, 2):
            plan = item.left if column == 1 else item.right
            return status_brush(plan.status) if plan is not None else None
        if role == Qt.ItemDataRole.FontRole and item.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return item.id
        return None
