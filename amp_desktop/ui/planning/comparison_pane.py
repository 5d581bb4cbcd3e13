"""The what-if panel's comparison: two plans side by side (baseline, the current draft
or a saved scenario), the programmes that differ and the totals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.ui.planning.models import SORT_ROLE
from amp_desktop.ui.planning.scenario_models import ComparisonModel
from amp_desktop.ui.planning.widgets import ComparisonSummary


class ComparisonPane(QWidget):
    """Compare [left] with [right], only programmes that differ, the table, the summary.

    Its strings keep the translation context of the what-if panel they were written in.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.left_choice = QComboBox()
        self.right_choice = QComboBox()
        for choice in (self.left_choice, self.right_choice):  # (as the list of saved ones)
            choice.setMinimumContentsLength(16)
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.comparison = ComparisonModel(self)
        self.comparison_proxy = QSortFilterProxyModel(self)
        self.comparison_proxy.setSourceModel(self.comparison)
        self.comparison_proxy.setSortRole(SORT_ROLE)
        self.comparison_view = QTableView()
        self.comparison_view.setTabKeyNavigation(False)  # (read-only) Tab moves on
        self.comparison_view.setAccessibleName(
            QCoreApplication.translate("ScenarioPanel", "Comparison of the two plans by programme")
        )
        self.comparison_view.setModel(self.comparison_proxy)
        self.comparison_view.setSortingEnabled(True)
        self.comparison_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.comparison_view.verticalHeader().setDefaultSectionSize(22)
        self.only_changed = QCheckBox(
            QCoreApplication.translate("ScenarioPanel", "Onl&y programmes that differ")
        )
        self.only_changed.setChecked(True)
        self.comparison_view.verticalHeader().hide()
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = ComparisonSummary()
        compare_bar = QHBoxLayout()
        compare = QLabel(QCoreApplication.translate("ScenarioPanel", "Co&mpare"))
        compare.setBuddy(self.left_choice)
        compare_bar.addWidget(compare)
        compare_bar.addWidget(self.left_choice, 1)
        with_label = QLabel(QCoreApplication.translate("ScenarioPanel", "w&ith"))
        with_label.setBuddy(self.right_choice)
        compare_bar.addWidget(with_label)
        compare_bar.addWidget(self.right_choice, 1)
        compare_bar.addWidget(self.only_changed)
        right_layout = QVBoxLayout(self)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(compare_bar)
        right_layout.addWidget(self.comparison_view, 1)
        right_layout.addWidget(self.summary)
