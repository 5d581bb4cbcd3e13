"""The what-if panel: build a scenario, compare it with the catalogue or another, save, promote."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

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
    find_scenario,
    load_scenario,
    name_key,
    promote_places,
    save_scenario,
    scenario_name,
    value_range,
)
from amp_desktop.core.store import ChangeSet
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

#: What a scenario says, apart from its name: its adjustments and description.
_Content = tuple[tuple[Adjustment, ...], str]


def _content(scenario: Scenario) -> _Content:
    return tuple(scenario.adjustments), scenario.description


def _copy(scenario: Scenario) -> Scenario:
    return dataclasses.replace(scenario, adjustments=list(scenario.adjustments))


@dataclass(frozen=True)
class _State:
    """The panel's scenario and what it knew to be saved of it (None: not saved)."""

    scenario: Scenario
    synced: _Content | None

    def matches(self, scenario: Scenario) -> bool:
        return scenario.name == self.scenario.name and _content(scenario) == _content(self.scenario)


@dataclass(frozen=True)
class _Promotion:
    """A promotion from this panel: its change and the panel before and after it."""

    change: ChangeSet
    before: _State
    after: _State


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
        # What the panel last knew to be saved of self.scenario (None: not saved):
        # unsaved edits are those that differ from it.
        self._synced: _Content | None = None
        self._promotions: list[_Promotion] = []
        self._names: dict[int, str] = {}
        self._stale = True
        self._build()
        self.reload()
        session.changed.connect(self._catalogue_changed)

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
        self.value.setDecimals(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.target.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
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
        mode = str(self.mode.currentData())
        self.value.setSuffix(" %" if mode == "percent" else "")
        self.value.setRange(*value_range(str(self.target.currentData()), mode))

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
        try:
            adjustment = Adjustment(
                int(pid),
                str(self.target.currentData()),
                str(self.mode.currentData()),
                self.value.value(),
            )
        except ScenarioError as exc:  # the box keeps within the range; this is a safeguard
            dialogs.error(self, self.tr("Add change"), str(exc))
            return
        self.add_adjustment(adjustment)

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

    # -- actions ---------------------------------------------------------------------
    def new(self) -> None:
        self.scenario = Scenario("")
        self._synced = None
        self.name.clear()
        self.adjustments.set_items([])
        self.update_comparison()

    def save(self) -> bool:
        title = self.tr("Save scenario")
        try:
            name = scenario_name(self.name.text())
        except ScenarioError as exc:
            dialogs.error(self, title, str(exc))
            return False
        catalogue = self.session.catalogue
        existing = find_scenario(catalogue, name)
        own = bool(self.scenario.name) and existing is not None
        own = own and name_key(str(existing)) == name_key(self.scenario.name)
        if existing is not None and not own:
            question = self.tr("A scenario named “{name}” exists. Replace it?")
            if not dialogs.confirm(self, title, question.format(name=existing)):
                return False
        elif existing is not None and self._saved_content(existing) != self._synced:
            # Undo or Redo changed the saved copy while this panel had edits of its own.
            question = self.tr(
                "The saved scenario “{name}” was changed by Undo or Redo after you opened "
                "it. Replace it with the changes shown here?"
            )
            if not dialogs.confirm(self, title, question.format(name=existing)):
                return False
        scenario = dataclasses.replace(self.scenario, name=name)
        try:
            change = save_scenario(catalogue, scenario)
        except Exception as exc:  # noqa: BLE001 - read-only file, disk full: tell the user
            dialogs.error(self, title, str(exc))
            return False
        self.scenario = scenario
        self._synced = _content(scenario)
        self.session.record(change)
        self.name.setText(name)
        self.reload()
        self.saved.setCurrentText(name)
        self.scenariosChanged.emit()
        return True

    def _saved_content(self, name: str) -> _Content | None:
        try:
            return _content(load_scenario(self.session.catalogue, name))
        except ScenarioError:
            return None

    def open(self, name: str) -> None:
        if not name:
            return
        try:
            scenario = load_scenario(self.session.catalogue, name)
        except ScenarioError as exc:
            dialogs.error(self, self.tr("Open scenario"), str(exc))
            return
        self.scenario = scenario
        self._synced = _content(scenario)
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
        before = _State(_copy(self.scenario), self._synced)
        try:
            change = promote_places(self.session.catalogue, self.scenario)
        except Exception as exc:  # noqa: BLE001 - a rule or conflict: nothing was written
            dialogs.error(self, self.tr("Places into the catalogue"), str(exc))
            return
        # promote_places took the promoted changes out of the scenario (and its saved
        # copy, in the same undo step) so they do not count twice.  Undo and Redo of
        # this step put the panel back as it was before and after (_catalogue_changed).
        if change.scenarios:
            self._synced = _content(self.scenario)
        if not change.is_empty():
            after = _State(_copy(self.scenario), self._synced)
            self._promotions.append(_Promotion(change, before, after))
        self.adjustments.set_items(self.scenario.adjustments)
        self.session.record(change)

    # -- following undo and redo -------------------------------------------------------
    def _catalogue_changed(self, change: ChangeSet) -> None:
        """Keep the scenario being shown in step with the catalogue after Undo/Redo.

        Undoing (redoing) a promotion from this panel brings back the scenario as it
        was before (after) it, unsaved edits included, if it was not edited since.
        Otherwise, when the change touches the saved copy of the scenario shown: a
        panel without unsaved edits shows the saved copy as it now is; one with
        unsaved edits keeps them, and Save asks before it replaces the saved copy.
        """
        if change.kind in ("undo", "redo") and self._follow_promotion(change):
            return
        if not self.scenario.name:
            return
        key = name_key(self.scenario.name)
        touched = [c for c in change.scenarios if name_key(c.name) == key]
        if not touched:
            return
        data = touched[-1].after
        saved: Scenario | None = None
        if data is not None:
            try:
                saved = load_scenario(self.session.catalogue, touched[-1].name)
            except ScenarioError:
                saved = None
        if saved is not None and _content(saved) == _content(self.scenario):
            self.scenario.name = saved.name  # the panel shows what is saved
            self._synced = _content(saved)
        elif saved is None:
            self._synced = None  # no longer saved; the panel keeps what it shows
        elif self._synced is not None and _content(self.scenario) == self._synced:
            self._show(saved, _content(saved))
        # else: unsaved edits stay; Save sees that the saved copy differs and asks.

    def _follow_promotion(self, change: ChangeSet) -> bool:
        for promotion in reversed(self._promotions):
            if change == promotion.change.inverse("undo"):
                current, wanted = promotion.after, promotion.before
            elif change == dataclasses.replace(promotion.change, kind="redo"):
                current, wanted = promotion.before, promotion.after
            else:
                continue
            if not current.matches(self.scenario):
                return False  # edited since: treat it like any other change
            self._show(_copy(wanted.scenario), wanted.synced)
            return True
        return False

    def _show(self, scenario: Scenario, synced: _Content | None) -> None:
        self.scenario = scenario
        self._synced = synced
        self.adjustments.set_items(scenario.adjustments)
        self.update_comparison()
