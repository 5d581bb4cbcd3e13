"""The what-if panel: build a scenario, compare it with the catalogue or another, save, promote."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.planning import Period, Plan, Thresholds, make_plan
from amp_desktop.core.planning.scenarios import (
    MODES,
    TARGETS,
    Adjustment,
    Scenario,
    ScenarioError,
    compare_plans,
    load_scenario,
    promote_places,
    save_scenario,
)
from amp_desktop.ui import dialogs
from amp_desktop.ui.planning.models import SORT_ROLE
from amp_desktop.ui.planning.scenario_models import (
    AdjustmentsModel,
    ComparisonModel,
    mode_label,
    target_label,
)
from amp_desktop.ui.session import CatalogueSession

BASELINE = "\x00baseline"
CURRENT = "\x00current"


class ScenarioPanel(QWidget):
    """Adjustments on the left, the comparison on the right."""

    scenariosChanged = Signal()  # noqa: N815

    def __init__(
        self,
        session: CatalogueSession,
        period: Callable[[], Period],
        thresholds: Callable[[], Thresholds],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self._period = period
        self._thresholds = thresholds
        self.scenario = Scenario("")
        self._names: dict[int, str] = {}
        self._stale = True
        self._build()
        self.reload()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(16)
        self.open_button = QPushButton(self.tr("Open"))
        self.new_button = QPushButton(self.tr("New"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of the scenario"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.promote_button = QPushButton(self.tr("Put its places in the catalogue…"))
        self.promote_button.setToolTip(
            self.tr("Writes the scenario's places into the programmes as one step you can undo.")
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Saved:")))
        bar.addWidget(self.saved)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(16)
        bar.addWidget(self.new_button)
        bar.addWidget(self.name, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.promote_button)

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
        self.value.setRange(-100_000, 100_000)
        self.value.setDecimals(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.add_button = QPushButton(self.tr("Add change"))
        self.remove_button = QPushButton(self.tr("Remove change"))
        builder = QGridLayout()
        builder.addWidget(self.programme, 0, 0, 1, 3)
        builder.addWidget(self.target, 1, 0)
        builder.addWidget(self.mode, 1, 1)
        builder.addWidget(self.value, 1, 2)
        builder.addWidget(self.add_button, 2, 1)
        builder.addWidget(self.remove_button, 2, 2)

        self.adjustments = AdjustmentsModel(lambda pid: self._names.get(pid, f"#{pid}"), self)
        self.adjustments_view = QTableView()
        self.adjustments_view.setModel(self.adjustments)
        self.adjustments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.adjustments_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.adjustments_view.verticalHeader().hide()
        self.adjustments_view.setWordWrap(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(builder)
        left_layout.addWidget(self.adjustments_view, 1)

        self.left_choice = QComboBox()
        self.right_choice = QComboBox()
        self.comparison = ComparisonModel(self)
        self.comparison_proxy = QSortFilterProxyModel(self)
        self.comparison_proxy.setSourceModel(self.comparison)
        self.comparison_proxy.setSortRole(SORT_ROLE)
        self.comparison_view = QTableView()
        self.comparison_view.setModel(self.comparison_proxy)
        self.comparison_view.setSortingEnabled(True)
        self.comparison_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.comparison_view.verticalHeader().setDefaultSectionSize(22)
        self.only_changed = QCheckBox(self.tr("Only programmes that differ"))
        self.only_changed.setChecked(True)
        self.only_changed.toggled.connect(self.update_comparison)
        self.comparison_view.verticalHeader().hide()
        self.comparison_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        compare_bar = QHBoxLayout()
        compare_bar.addWidget(QLabel(self.tr("Compare")))
        compare_bar.addWidget(self.left_choice, 1)
        compare_bar.addWidget(QLabel(self.tr("with")))
        compare_bar.addWidget(self.right_choice, 1)
        compare_bar.addWidget(self.only_changed)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(compare_bar)
        right_layout.addWidget(self.comparison_view, 1)
        right_layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_from_form)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(lambda: self.open(self.saved.currentText()))
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        self.promote_button.clicked.connect(self.promote)
        self.left_choice.currentIndexChanged.connect(self.update_comparison)
        self.right_choice.currentIndexChanged.connect(self.update_comparison)

    def _mode_changed(self) -> None:
        self.value.setSuffix(" %" if self.mode.currentData() == "percent" else "")

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        """Programme names and saved scenarios from the catalogue; recompute."""
        catalogue = self.session.catalogue
        programmes = catalogue.programmes()
        self._names = {p.id or 0: p.name for p in programmes}
        current = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        for programme in programmes:
            self.programme.addItem(programme.name, programme.id)
        if current is not None:
            self.programme.setCurrentIndex(max(self.programme.findData(current), 0))
        self.programme.blockSignals(False)
        names = catalogue.scenario_names()
        self.saved.clear()
        self.saved.addItems(names)
        for combo, first in ((self.left_choice, BASELINE), (self.right_choice, CURRENT)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Catalogue as it is"), BASELINE)
            combo.addItem(self.tr("This scenario (being built)"), CURRENT)
            for name in names:
                combo.addItem(name, name)
            index = combo.findData(chosen if chosen is not None else first)
            combo.setCurrentIndex(index if index >= 0 else combo.findData(first))
            combo.blockSignals(False)
        has_saved = bool(names)
        self.open_button.setEnabled(has_saved)
        self.delete_button.setEnabled(has_saved)
        self.adjustments.set_items(self.scenario.adjustments)
        self.update_comparison()

    def select_programme(self, programme_id: int) -> None:
        index = self.programme.findData(programme_id)
        if index >= 0:
            self.programme.setCurrentIndex(index)

    def add_adjustment(self, adjustment: Adjustment) -> None:
        self.scenario.adjustments.append(adjustment)
        self.adjustments.set_items(self.scenario.adjustments)
        self.update_comparison()

    def add_from_form(self) -> None:
        pid = self.programme.currentData()
        if pid is None:
            return
        self.add_adjustment(
            Adjustment(
                int(pid),
                str(self.target.currentData()),
                str(self.mode.currentData()),
                self.value.value(),
            )
        )

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.adjustments_view.selectionModel().selectedRows()})
        if not rows:
            return
        for row in reversed(rows):
            del self.scenario.adjustments[row]
        self.adjustments.set_items(self.scenario.adjustments)
        self.update_comparison()

    def _plan_of(self, choice: str | None) -> tuple[Plan, str]:
        catalogue = self.session.catalogue
        thresholds = self._thresholds()
        if choice in (None, BASELINE):
            return make_plan(catalogue, self._period(), thresholds=thresholds), self.tr("Catalogue")
        if choice == CURRENT:
            scenario = self.scenario
            label = scenario.name or self.tr("Scenario")
        else:
            scenario = load_scenario(catalogue, str(choice))
            label = str(choice)
        return make_plan(catalogue, self._period(), scenario=scenario, thresholds=thresholds), label

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.update_comparison()

    def update_comparison(self) -> None:
        """Recompute both sides now if the panel is on screen, else when it is shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.compute_comparison()

    def compute_comparison(self) -> None:
        try:
            left, left_name = self._plan_of(self.left_choice.currentData())
            right, right_name = self._plan_of(self.right_choice.currentData())
        except ScenarioError as exc:
            self.summary.setText(str(exc))
            return
        items = compare_plans(left, right)
        shown = [c for c in items if c.differs] if self.only_changed.isChecked() else items
        self.comparison.set_comparison(shown or items, left_name, right_name)
        self.left_plan, self.right_plan = left, right
        changed = sum(1 for c in items if c.differs)
        if changed == 0:
            differ = self.tr("No programme differs.")
            if self.only_changed.isChecked():
                differ = self.tr("No programme differs, so all are shown.")
        elif changed == 1:
            differ = self.tr("1 programme differs.")
        else:
            differ = self.tr("{n} programmes differ.").format(n=changed)
        if left.total and right.total:
            from amp_desktop.core.formatting import format_number, format_percent

            totals = self.tr(
                "All programmes: places {lp} → {rp}, needed {ln} → {rn}, utilisation {lu} → {ru}."
            ).format(
                lp=format_number(left.total.places),
                rp=format_number(right.total.places),
                ln=format_number(left.total.needed_places, 1),
                rn=format_number(right.total.needed_places, 1),
                lu=format_percent(left.total.utilisation),
                ru=format_percent(right.total.utilisation),
            )
            differ += " " + totals
        self.summary.setText(differ)

    # -- actions ----------------------------------------------------------------------
    def new(self) -> None:
        self.scenario = Scenario("")
        self.name.clear()
        self.adjustments.set_items([])
        self.update_comparison()

    def save(self) -> bool:
        name = self.name.text().strip()
        if not name:
            dialogs.error(self, self.tr("Save scenario"), self.tr("Give the scenario a name."))
            return False
        exists = name in self.session.catalogue.scenario_names() and name != self.scenario.name
        if exists and not dialogs.confirm(
            self,
            self.tr("Save scenario"),
            self.tr("A scenario named “{name}” exists. Replace it?").format(name=name),
        ):
            return False
        self.scenario.name = name
        try:
            self.session.record(save_scenario(self.session.catalogue, self.scenario))
        except Exception as exc:  # noqa: BLE001 - read-only file, disk full: tell the user
            dialogs.error(self, self.tr("Save scenario"), str(exc))
            return False
        self.reload()
        self.saved.setCurrentText(name)
        self.scenariosChanged.emit()
        return True

    def open(self, name: str) -> None:
        if not name:
            return
        try:
            scenario = load_scenario(self.session.catalogue, name)
        except ScenarioError as exc:
            dialogs.error(self, self.tr("Open scenario"), str(exc))
            return
        self.scenario = scenario
        self.name.setText(scenario.name)
        self.adjustments.set_items(scenario.adjustments)
        self.update_comparison()

    def delete(self) -> None:
        name = self.saved.currentText()
        if not name or not dialogs.confirm(
            self,
            self.tr("Delete scenario"),
            self.tr("Delete the scenario “{name}”? Edit → Undo brings it back.").format(name=name),
        ):
            return
        try:
            self.session.record(self.session.catalogue.delete_scenario(name))
        except Exception as exc:  # noqa: BLE001 - read-only file: nothing was written
            dialogs.error(self, self.tr("Delete scenario"), str(exc))
            return
        self.reload()
        self.scenariosChanged.emit()

    def promote(self) -> None:
        if not any(a.target == "places" for a in self.scenario.adjustments):
            dialogs.inform(
                self,
                self.tr("Places into the catalogue"),
                self.tr("This scenario changes no places."),
            )
            return
        if not dialogs.confirm(
            self,
            self.tr("Places into the catalogue"),
            self.tr("Write this scenario's places into the catalogue? Edit → Undo takes it back."),
        ):
            return
        try:
            change = promote_places(self.session.catalogue, self.scenario)
        except Exception as exc:  # noqa: BLE001 - a rule or conflict: nothing was written
            dialogs.error(self, self.tr("Places into the catalogue"), str(exc))
            return
        # promote_places took the promoted changes out of the scenario (and its saved
        # copy, in the same undo step) so they do not count twice.
        self.adjustments.set_items(self.scenario.adjustments)
        self.session.record(change)
