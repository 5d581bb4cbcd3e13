"""The Results tab's filters: unit, type, need level, gender."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from amp_desktop.core.results.aggregate import NEED_LEVELS
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.ui.wrapping_bar import WrappingBar


class ResultsFilters(WrappingBar):
    """Four combos (on more rows when the window is too narrow for them);
    :attr:`changed` when one of them changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        self.unit.setMinimumContentsLength(12)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type = QComboBox()
        self.type.addItem(self.tr("Primary and secondary"), None)
        self.type.addItem(self.tr("Primary"), "primary")
        self.type.addItem(self.tr("Secondary"), "secondary")
        self.need_level = QComboBox()
        self.need_level.addItem(self.tr("All need levels"), None)
        for level in NEED_LEVELS:
            if level:
                self.need_level.addItem(level, level)
        self.need_level.addItem(self.tr("Need level not stated"), "")
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Women and men"), None)
        self.gender.addItem(self.tr("Women"), "K")
        self.gender.addItem(self.tr("Men"), "M")
        combos = (self.unit, self.type, self.need_level, self.gender)
        self.set_fields([QLabel(self.tr("Show:")), *combos])
        for combo in combos:
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_units(self, units: list[str]) -> None:
        """Offer *units* (the current one kept when it is still there)."""
        current = self.unit.currentData()
        shown = [self.unit.itemData(i) for i in range(1, self.unit.count())]
        if shown == units:
            return
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for unit in units:
            self.unit.addItem(unit, unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)
        if self.unit.currentData() != current:
            self.changed.emit()

    def selection(self) -> ResultsFilter:
        return ResultsFilter(
            self.unit.currentData(),
            self.type.currentData(),
            self.need_level.currentData(),
            self.gender.currentData(),
        )

    def describe(self) -> str:
        """The filters in use, for the summary ("" when none)."""
        return ", ".join(
            combo.currentText()
            for combo in (self.unit, self.type, self.need_level, self.gender)
            if combo.currentIndex() > 0
        )
