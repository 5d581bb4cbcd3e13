"""Small parts of the planning view: the period picker, the status legend, the forecast editor."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core import rules
from amp_desktop.core.formatting import format_percent
from amp_desktop.core.planning import Period, Thresholds, status_label
from amp_desktop.core.planning.forecast import METHODS, method_label
from amp_desktop.ui.planning.forecast_model import ForecastModel
from amp_desktop.ui.planning.models import STATUS_COLOURS

KIND_YEAR, KIND_TERTIAL, KIND_MONTHS = 0, 1, 2


class PeriodPicker(QWidget):
    """Year, tertial or any range of months; emits :attr:`periodChanged`."""

    periodChanged = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        today = today or dt.date.today()
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Year"), self.tr("Tertial"), self.tr("Months")])
        self.year = QSpinBox()
        self.year.setRange(rules.FIRST_YEAR, rules.LAST_YEAR)  # the years demand may have
        self.year.setValue(today.year)
        self.tertial = QComboBox()
        self.tertial.addItems(
            [self.tr("T1 (Jan–Apr)"), self.tr("T2 (May–Aug)"), self.tr("T3 (Sep–Dec)")]
        )
        self.tertial.setCurrentIndex((today.month - 1) // 4)
        self.first = QDateEdit(QDate(today.year, 1, 1))
        self.last = QDateEdit(QDate(today.year, 12, 1))
        for edit in (self.first, self.last):
            edit.setDateRange(QDate(rules.FIRST_YEAR, 1, 1), QDate(rules.LAST_YEAR, 12, 31))
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM")
        self.to_label = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        for widget in (self.kind, self.year, self.tertial, self.first, self.to_label, self.last):
            layout.addWidget(widget)
        self._update_visibility()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._emit)
        self.tertial.currentIndexChanged.connect(self._emit)
        self.first.dateChanged.connect(self._emit)
        self.last.dateChanged.connect(self._emit)

    def _kind_changed(self) -> None:
        self._update_visibility()
        self._emit()

    def _update_visibility(self) -> None:
        kind = self.kind.currentIndex()
        self.year.setVisible(kind != KIND_MONTHS)
        self.tertial.setVisible(kind == KIND_TERTIAL)
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(kind == KIND_MONTHS)

    def _emit(self) -> None:
        self.periodChanged.emit(self.period())

    def period(self) -> Period:
        kind = self.kind.currentIndex()
        if kind == KIND_YEAR:
            return Period.year(self.year.value())
        if kind == KIND_TERTIAL:
            return Period.tertial(self.year.value(), self.tertial.currentIndex() + 1)
        first = self.first.date().toString("yyyy-MM")
        last = self.last.date().toString("yyyy-MM")
        if last < first:
            first, last = last, first
        return Period(first, last)

    def set_period(self, period: Period) -> None:
        """Show *period* (emits :attr:`periodChanged` once)."""
        widgets = (self.kind, self.year, self.tertial, self.first, self.last)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.year.setValue(int(period.first[:4]))
            if period.is_year:
                self.kind.setCurrentIndex(KIND_YEAR)
            elif period.tertial_number:
                self.kind.setCurrentIndex(KIND_TERTIAL)
                self.tertial.setCurrentIndex(period.tertial_number - 1)
            else:
                self.kind.setCurrentIndex(KIND_MONTHS)
                self.first.setDate(QDate(int(period.first[:4]), int(period.first[5:]), 1))
                self.last.setDate(QDate(int(period.last[:4]), int(period.last[5:]), 1))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_visibility()
        self._emit()


class StatusLegend(QLabel):
    """The status colours with their words and the thresholds in use."""

    def set_thresholds(self, thresholds: Thresholds) -> None:
        parts = []
        for status, rule in (
            ("short", "> " + format_percent(thresholds.short_above, 0)),
            ("tight", "> " + format_percent(thresholds.tight_above, 0)),
            ("balanced", ""),
            ("idle", "< " + format_percent(thresholds.idle_below, 0)),
        ):
            colour = STATUS_COLOURS[status]
            parts.append(
                f'<span style="background:{colour}; color:#1a1a1a">&nbsp;{status_label(status)}'
                f"{'&nbsp;' + html.escape(rule) if rule else ''}&nbsp;</span>"
            )
        self.setText(" ".join(parts))
        self.setToolTip(
            self.tr("Status by utilisation = places needed ÷ places; limits in Preferences.")
        )


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
        self.all_programmes = QCheckBox(self.tr("All programmes"))
        self.fill = QPushButton(self.tr("Fill empty months from history"))
        self.fill.setToolTip(
            self.tr(
                "Writes a forecast for the period's months that have no actual referrals. "
                "Edit → Undo takes it back."
            )
        )
        self.fill.clicked.connect(self._fill)
        self.table = QTableView()
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

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _fill(self) -> None:
        self.fillRequested.emit(str(self.method.currentData()), self.all_programmes.isChecked())
