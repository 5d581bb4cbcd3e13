"""The what-if panel's builder: programme, what to change, how, by how much, and the changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.formatting import format_percent
from amp_desktop.core.planning.scenarios import MODES, TARGETS, value_range
from amp_desktop.ui.planning.scenario_models import AdjustmentsModel, mode_label, target_label


def _name(widget: QWidget, name: str) -> None:
    """A control without a label of its own: the name a screen reader says, and a tip."""
    widget.setAccessibleName(name)
    widget.setToolTip(name)


class ScenarioBuilder(QWidget):
    """[programme] / [what] [how] [value] / Add change, Remove change / the changes made."""

    def __init__(self, adjustments: AdjustmentsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.programme = QComboBox()
        self.programme.setMinimumContentsLength(18)
        self.target = QComboBox()
        for target in TARGETS:
            self.target.addItem(target_label(target), target)
        self.mode = QComboBox()
        for mode in MODES:
            self.mode.addItem(mode_label(mode), mode)
        self.mode.setCurrentIndex(MODES.index("add"))
        self.value = QDoubleSpinBox()
        self.value.setDecimals(1)
        # The builder has no labels (the grid shows what it builds): each control is named.
        _name(self.programme, self.tr("Programme to change"))
        _name(self.target, self.tr("What to change"))
        _name(self.mode, self.tr("How to change it"))
        _name(self.value, self.tr("By how much"))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.target.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        self.add_button = QPushButton(self.tr("Add chan&ge"))
        self.remove_button = QPushButton(self.tr("Remove cha&nge"))
        grid = QGridLayout()
        grid.addWidget(self.programme, 0, 0, 1, 3)
        grid.addWidget(self.target, 1, 0)
        grid.addWidget(self.mode, 1, 1)
        grid.addWidget(self.value, 1, 2)
        grid.addWidget(self.add_button, 2, 1)
        grid.addWidget(self.remove_button, 2, 2)

        self.adjustments = adjustments
        self.adjustments_view = QTableView()
        self.adjustments_view.setAccessibleName(self.tr("Changes in this scenario"))
        self.adjustments_view.setTabKeyNavigation(False)  # (read-only) Tab moves on
        self.adjustments_view.setModel(adjustments)
        self.adjustments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.adjustments_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.adjustments_view.verticalHeader().hide()
        self.adjustments_view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.adjustments_view, 1)

    def _mode_changed(self) -> None:
        mode = str(self.mode.currentData())
        target = str(self.target.currentData())
        # Whole places (a half place was rounded away unseen); tenths of the rest.
        self.value.setDecimals(0 if target == "places" and mode != "percent" else 1)
        # "%" in English, " %" in Swedish, as the tables write a share.
        self.value.setSuffix(format_percent(0.0, 0)[1:] if mode == "percent" else "")
        self.value.setRange(*value_range(target, mode))

    def set_programmes(self, programmes: list[tuple[int, str]]) -> None:
        """List (id, name) in the programme box, keeping the one chosen if it is still there."""
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        for pid, name in programmes:
            self.programme.addItem(name, pid)
        if current is not None:
            self.programme.setCurrentIndex(max(self.programme.findData(current), 0))
        self.programme.blockSignals(False)

    def selected_rows(self) -> list[int]:
        return [i.row() for i in self.adjustments_view.selectionModel().selectedRows()]
