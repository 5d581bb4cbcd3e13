"""The Forecast tab: the selected programme's forecast, months × sources, and filling it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.planning import Period
from amp_desktop.core.planning.forecast import METHODS, ForecastGrid, method_label
from amp_desktop.ui.planning.forecast_model import ForecastModel


class ForecastTable(QTableView):
    """The grid typed into: Tab goes from cell to cell, and on from the last cell (Shift+Tab
    back from the first), so that Tab leaves the table as it leaves every other control."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabKeyNavigation(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        model = self.model()
        current = self.currentIndex()
        if model is not None and current.isValid():
            end = (model.rowCount() - 1, model.columnCount() - 1) if next else (0, 0)
            if (current.row(), current.column()) != end:
                return super().focusNextPrevChild(next)
        self.setTabKeyNavigation(False)  # at an end (or in no cell): on to the next control
        try:
            return super().focusNextPrevChild(next)
        finally:
            self.setTabKeyNavigation(True)


class ForecastEditor(QWidget):
    """The forecast of the selected programme: months × sources, editable; fill from history."""

    fillRequested = Signal(str, bool)  # noqa: N815  (method, all programmes)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ForecastModel(self)
        self.title = QLabel()
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_label(method), method)
        self.method_label = QLabel(self.tr("Forecast &method:"))
        self.method_label.setBuddy(self.method)
        self.all_programmes = QCheckBox(self.tr("&All programmes"))
        self.fill = QPushButton(self.tr("F&ill empty months from history"))
        self.fill.setToolTip(
            self.tr(
                "Writes a forecast for the period's months that have no actual referrals. "
                "Edit → Undo takes it back."
            )
        )
        self.fill.clicked.connect(self._fill)
        self.table = ForecastTable()
        self.table.setAccessibleName(self.tr("Forecast referrals by month and source"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A source column is typed into: room for "000.0" even when its code is "AF";
        # the last column takes what is left, so the table is not a strip on the left.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("000.0") + 24)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        hint = QLabel(
            self.tr(
                "Type referrals per month and source (empty = none). Months with actual "
                "referrals use them; their forecast is shown grey."
            )
        )
        hint.setWordWrap(True)
        # Why a typed value was not taken (shown until the next good one).
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.problem.palette()
        palette.setColor(self.problem.foregroundRole(), QColor("#b00020"))
        self.problem.setPalette(palette)
        self.problem.hide()
        self.model.rejected.connect(self._show_problem)
        self.model.cellEdited.connect(lambda *_: self._show_problem(""))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.method_label)
        top.addWidget(self.method)
        top.addWidget(self.all_programmes)
        top.addWidget(self.fill)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(hint)

    def show_grid(self, grid: ForecastGrid | None, period: Period | None) -> None:
        """Show one programme's forecast over *period* (None: no programme selected)."""
        if grid is None or period is None:
            self.model.load([], [], {}, {})
            self.title.setText(self.tr("Select a programme"))
            return
        self.model.load(grid.months, grid.sources, grid.actual, grid.forecast)
        title = self.tr("<b>{name}</b>: forecast referrals, {period}").format(
            name=html.escape(grid.name, quote=False),
            period=html.escape(period.label(), quote=False),
        )
        if title != self.title.text():  # another programme or period: not its problem
            self._show_problem("")
        self.title.setText(title)

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _fill(self) -> None:
        self.fillRequested.emit(str(self.method.currentData()), self.all_programmes.isChecked())
