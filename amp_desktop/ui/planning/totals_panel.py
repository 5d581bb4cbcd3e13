"""The Planning tab's Totals page: the plan's totals by unit, type or referral source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.planning import Plan
from amp_desktop.ui.planning.models import TotalsModel


class TotalsPanel(QWidget):
    """Totals by (a choice of grouping), the table of groups and a note on what they count.

    Its strings keep the translation context of the Planning tab they were written in.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: Plan | None = None
        self.grouping = QComboBox()
        self.grouping.addItem(QCoreApplication.translate("PlanningView", "Unit"), "unit")
        self.grouping.addItem(
            QCoreApplication.translate("PlanningView", "Type (primary/secondary)"), "type"
        )
        self.grouping.addItem(
            QCoreApplication.translate("PlanningView", "Referral source"), "source"
        )
        self.grouping.currentIndexChanged.connect(self.update_totals)
        self.totals = TotalsModel(self)
        self.totals_view = QTableView()
        self.totals_view.setTabKeyNavigation(False)  # (read-only) Tab moves on
        self.totals_view.setAccessibleName(
            QCoreApplication.translate("PlanningView", "Totals of the period")
        )
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        self.totals_view.verticalHeader().setDefaultSectionSize(22)
        self.totals_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.totals_note = QLabel()
        self.totals_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        grouping_bar = QHBoxLayout()
        by = QLabel(QCoreApplication.translate("PlanningView", "Totals &by"))
        by.setBuddy(self.grouping)
        grouping_bar.addWidget(by)
        grouping_bar.addWidget(self.grouping)
        grouping_bar.addStretch(1)
        layout.addLayout(grouping_bar)
        layout.addWidget(self.totals_view, 1)
        layout.addWidget(self.totals_note)

    def show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.update_totals()

    def update_totals(self) -> None:
        if self.plan is None:
            return
        key = str(self.grouping.currentData())
        # No "All programmes" row without programmes (as on paper): it read "Off season".
        grand = self.plan.total if key != "source" and self.plan.programmes else None
        self.totals.set_groups(self.plan.totals[key], grand)
        if key == "source":
            self.totals_note.setText(
                QCoreApplication.translate(
                    "PlanningView",
                    "Places are not divided among referral sources; 'Needed' is the places "
                    "taken up by each source's referrals.",
                )
            )
        else:
            self.totals_note.setText(
                QCoreApplication.translate(
                    "PlanningView",
                    "Seasonal programmes that do not run in the period are left out of places.",
                )
            )
