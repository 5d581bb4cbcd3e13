"""The forecast editor's model: one programme's months × referral sources, editable."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from amp_desktop.core.i18n import language
from amp_desktop.core.parse import ParseError, parse_decimal, typed_number_text
from amp_desktop.core.planning import source_label
from amp_desktop.core.rules import check_referrals
from amp_desktop.ui.planning.models import RIGHT, VALUE_ROLE, _num

_Index = QModelIndex | QPersistentModelIndex


# -- forecast editor ------------------------------------------------------------------
class ForecastModel(QAbstractTableModel):
    """Months (rows) × referral sources (columns) of one programme's forecast, editable.

    The last two columns show the month's actual referrals (read-only) and which
    of the two counts.  Editing a source cell emits :attr:`cellEdited` with
    ``(month, source, value or None)``; the view saves it through the session.
    """

    cellEdited = Signal(str, str, object)  # noqa: N815
    #: A typed value that is not a number of referrals, with the reason.
    rejected = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.months: list[str] = []
        self.sources: list[str] = []
        self.forecast: dict[str, dict[str, float]] = {}
        self.actual: dict[str, dict[str, float]] = {}

    def load(
        self,
        months: list[str],
        sources: list[str],
        actual: dict[str, dict[str, float]],
        forecast: dict[str, dict[str, float]],
    ) -> None:
        if list(months) == self.months and list(sources) == self.sources:
            # The same grid with other figures (a cell just typed, Undo): updated in
            # place, so the cell being left keeps the focus and the keyboard its place
            # (a reset under the editor dropped both, and Qt warned of the editor).
            self.actual, self.forecast = actual, forecast
            if self.months:
                last = self.index(len(self.months) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.months = list(months)
        self.sources = list(sources)
        self.actual = actual
        self.forecast = forecast
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sources) + 3

    def _kind(self, column: int) -> str:
        n = len(self.sources)
        return (
            "source"
            if column < n
            else ("total" if column == n else "actual" if column == n + 1 else "basis")
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._kind(index.column()) == "source":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        month = self.months[index.row()]
        kind = self._kind(index.column())
        has_actual = bool(self.actual.get(month))
        value: Any = None
        if kind == "source":
            value = self.forecast.get(month, {}).get(self.sources[index.column()])
        elif kind == "total":
            value = sum(self.forecast.get(month, {}).values()) if self.forecast.get(month) else None
        elif kind == "actual":
            value = sum(self.actual[month].values()) if has_actual else None
        if role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE):
            if kind == "basis":
                if has_actual:
                    return QCoreApplication.translate("PlanningModels", "Actual")
                return (
                    QCoreApplication.translate("PlanningModels", "Forecast")
                    if self.forecast.get(month)
                    else QCoreApplication.translate("PlanningModels", "No demand")
                )
            if role == VALUE_ROLE:
                return value
            return _num(value) if value is not None else ""
        if role == Qt.ItemDataRole.EditRole and kind == "source":
            return "" if value is None else edit_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "basis":
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and kind in ("source", "total") and has_actual:
            return QBrush(QColor("#8a8a8a"))  # overridden by the actuals this month
        if role == Qt.ItemDataRole.ToolTipRole and kind == "source" and has_actual:
            return QCoreApplication.translate(
                "PlanningModels", "This month has actual referrals; they count, not the forecast."
            )
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if self._kind(index.column()) != "source":
            return False
        month = self.months[index.row()]
        source = self.sources[index.column()]
        try:
            parsed = parse_referrals(value)
        except ValueError as exc:  # say which cell, as the import does
            where = f"{month}, {source_label(source)}"
            self.rejected.emit(f"{where}: {exc}")
            return False
        self.cellEdited.emit(month, source, parsed)
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section == len(self.sources) + 2
        ):
            # Over the text it heads, which the view stretches over the width left.
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.months[section] if 0 <= section < len(self.months) else None
        if not 0 <= section < len(self.sources) + 3:
            return None
        kind = self._kind(section)
        if kind == "source":
            return source_label(self.sources[section])
        return {
            "total": QCoreApplication.translate("PlanningModels", "Forecast\ntotal"),
            "actual": QCoreApplication.translate("PlanningModels", "Actual\ntotal"),
            "basis": QCoreApplication.translate("PlanningModels", "Counts"),
        }[kind]


def edit_text(value: float) -> str:
    """*value* as the cell's editor starts with it: every decimal it has (not the one
    the cell shows, so that leaving the editor changes nothing) and no thousands
    separator, with the decimal comma in Swedish: ``1200.25``, ``1200,25``."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return text.replace(".", ",") if language() == "sv" else text


def _typed_referrals(text: str) -> float | None:
    """*text* read as numbers are typed in the window (the editor's rule), else as
    Python writes a float ("1e3", "nan", "inf": for the rules to name what is wrong)."""
    try:
        return parse_decimal(typed_number_text(text, language()))
    except ParseError:
        return float(text)


def parse_referrals(value: Any) -> float | None:
    """Typed referrals → a number from 0 to 1,000,000, or None for an empty cell;
    ValueError with a message for the user otherwise."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        number = float(value) if isinstance(value, int | float) else _typed_referrals(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "ForecastModel", "“{text}” is not a number of referrals."
            ).format(text=str(value)[:40])
        ) from None
    if number is None:
        return None
    found = check_referrals(number)
    if found:
        raise ValueError(found[0].message)
    return number
