"""The what-if panel: build a scenario, compare it with the catalogue or another, save, promote.

A thin widget over :class:`~amp_desktop.core.planning.draft.ScenarioDraft`, which
holds the scenario being built, what is saved of it and how it follows Undo and
Redo; the plans compared come from the Planning view's plan cache.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.formatting import text_sort_key
from amp_desktop.core.planning import Period, Plan, Thresholds, make_plan
from amp_desktop.core.planning.draft import ScenarioDraft
from amp_desktop.core.planning.scenarios import (
    Adjustment,
    Scenario,
    ScenarioError,
    compare_plans,
    load_scenario,
    save_scenario,
)
from amp_desktop.core.progress import Cancelled
from amp_desktop.core.store import Catalogue, ChangeSet
from amp_desktop.ui import dialogs
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.comparison_pane import ComparisonPane
from amp_desktop.ui.planning.scenario_builder import ScenarioBuilder
from amp_desktop.ui.planning.scenario_models import AdjustmentsModel

BASELINE = "\x00baseline"
CURRENT = "\x00current"

#: Makes the plan of the period shown, as the catalogue is (None) or with a scenario.
PlanOf = Callable[[Scenario | None], Plan]


class ScenarioPanel(QWidget):
    """Adjustments on the left, the comparison on the right."""

    scenariosChanged = Signal()  # noqa: N815

    def __init__(
        self,
        session: CatalogueSession,
        period: Callable[[], Period],
        thresholds: Callable[[], Thresholds],
        parent: QWidget | None = None,
        *,
        plan_of: PlanOf | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self._period = period
        self._thresholds = thresholds
        self._plan_of = plan_of or self._read_plan
        self.draft = ScenarioDraft()
        self._names: dict[int, str] = {}
        self._stale = True
        self._build()
        self.reload()
        session.changed.connect(self._catalogue_changed)

    @property
    def scenario(self) -> Scenario:
        """The scenario being built (the draft's)."""
        return self.draft.scenario

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(16)
        # 16 letters wide: a name of 100 took the room of the name being typed.
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.saved.setAccessibleName(self.tr("Saved scenarios"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of the scenario"))
        self.name.setAccessibleName(self.tr("Name of the scenario"))
        self.save_button = QPushButton(self.tr("S&ave"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.promote_button = QPushButton(self.tr("Put its places in the ca&talogue…"))
        self.promote_button.setToolTip(
            self.tr("Writes the scenario's places into the programmes as one step you can undo.")
        )
        bar = QHBoxLayout()
        saved_label = QLabel(self.tr("&Saved:"))
        saved_label.setBuddy(self.saved)
        bar.addWidget(saved_label)
        bar.addWidget(self.saved)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(16)
        bar.addWidget(self.new_button)
        bar.addWidget(self.name, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.promote_button)

        self.adjustments = AdjustmentsModel(lambda pid: self._names.get(pid, f"#{pid}"), self)
        left = ScenarioBuilder(self.adjustments)
        self.builder = left
        self.programme = left.programme
        self.target = left.target
        self.mode = left.mode
        self.value = left.value
        self.add_button = left.add_button
        self.remove_button = left.remove_button
        self.adjustments_view = left.adjustments_view

        right = ComparisonPane(self)
        self.left_choice = right.left_choice
        self.right_choice = right.right_choice
        self.comparison = right.comparison
        self.comparison_proxy = right.comparison_proxy
        self.comparison_view = right.comparison_view
        self.only_changed = right.only_changed
        self.summary = right.summary
        self.only_changed.toggled.connect(self.update_comparison)

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
        self.name.returnPressed.connect(self.save)  # Enter in the name saves
        self.delete_button.clicked.connect(self.delete)
        self.promote_button.clicked.connect(self.promote)
        self.left_choice.currentIndexChanged.connect(self.update_comparison)
        self.right_choice.currentIndexChanged.connect(self.update_comparison)

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        """Programme names and saved scenarios from the catalogue; recompute."""
        catalogue = self.session.catalogue
        # By name, as the table lists them (the store's order is the order added).
        programmes = sorted(
            catalogue.programmes(), key=lambda p: (text_sort_key(p.name), p.id or 0)
        )
        self._names = {p.id or 0: p.name for p in programmes}
        self.builder.set_programmes([(p.id or 0, p.name) for p in programmes])
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
        self.draft.add(adjustment)
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
        rows = self.builder.selected_rows()
        if not rows:
            return
        self.draft.remove(rows)
        self.adjustments.set_items(self.scenario.adjustments)
        self.update_comparison()

    def _read_plan(self, scenario: Scenario | None) -> Plan:
        """A plan read from the file (a panel without the view's plan cache)."""
        return make_plan(
            self.session.catalogue, self._period(), scenario=scenario, thresholds=self._thresholds()
        )

    def _plan_of_choice(self, choice: str | None) -> tuple[Plan, str]:
        if choice in (None, BASELINE):
            return self._plan_of(None), self.tr("Catalogue")
        if choice == CURRENT:
            return self._plan_of(self.scenario), self.scenario.name or self.tr("Scenario")
        scenario = load_scenario(self.session.catalogue, str(choice))
        return self._plan_of(scenario), str(choice)

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
            left, left_name = self._plan_of_choice(self.left_choice.currentData())
            right, right_name = self._plan_of_choice(self.right_choice.currentData())
        except ScenarioError as exc:
            self.summary.setText(str(exc))
            return
        except Cancelled:
            self.summary.setText(self.tr("The comparison was cancelled."))
            return
        items = compare_plans(left, right)
        shown = [c for c in items if c.differs] if self.only_changed.isChecked() else items
        self.comparison.set_comparison(shown or items, left_name, right_name)
        self.left_plan, self.right_plan = left, right
        self.summary.show_comparison(left, right, items, self.only_changed.isChecked())

    # -- actions ---------------------------------------------------------------------
    def new(self) -> None:
        self.draft.new()
        self.name.clear()
        self.adjustments.set_items([])
        self.update_comparison()
        self.name.setFocus()  # (a new scenario is named first)

    def save(self) -> bool:
        title = self.tr("Save scenario")
        try:
            check = self.draft.check_save(self.session.catalogue, self.name.text())
        except ScenarioError as exc:
            dialogs.error(self, title, str(exc))
            return False
        if check.question == "replace":
            question = self.tr("A scenario named “{name}” exists. Replace it?")
            if not dialogs.confirm(self, title, question.format(name=check.existing)):
                return False
        elif check.question == "changed":
            # Undo or Redo changed the saved copy while this panel had edits of its own.
            question = self.tr(
                "The saved scenario “{name}” was changed by Undo or Redo after you opened "
                "it. Replace it with the changes shown here?"
            )
            if not dialogs.confirm(self, title, question.format(name=check.existing)):
                return False
        scenario = self.draft.to_save(check.name)
        if self.session.run(lambda c: save_scenario(c, scenario), parent=self, title=title) is None:
            return False
        self.draft.saved(scenario)
        self.name.setText(check.name)
        self.reload()
        self.saved.setCurrentText(check.name)
        self.scenariosChanged.emit()
        return True

    def open(self, name: str) -> None:
        if not name:
            return
        try:
            self.draft.open(self.session.catalogue, name)
        except ScenarioError as exc:
            dialogs.error(self, self.tr("Open scenario"), str(exc))
            return
        self.name.setText(self.scenario.name)
        self.adjustments.set_items(self.scenario.adjustments)
        self.update_comparison()

    def delete(self) -> None:
        name = self.saved.currentText()
        if not name or not dialogs.confirm(
            self,
            self.tr("Delete scenario"),
            self.tr("Delete the scenario “{name}”? Edit → Undo brings it back.").format(name=name),
        ):
            return
        if (
            self.session.run(
                lambda c: c.delete_scenario(name), parent=self, title=self.tr("Delete scenario")
            )
            is None
        ):
            return
        self.reload()
        # The button pressed may now be off (no scenario left): the focus stays in the bar.
        (self.saved if self.saved.count() else self.new_button).setFocus()
        self.scenariosChanged.emit()

    def promote(self) -> None:
        title = self.tr("Places into the catalogue")
        if not self.draft.changes_places:
            dialogs.inform(self, title, self.tr("This scenario changes no places."))
            return
        if not dialogs.confirm(
            self,
            title,
            self.tr("Write this scenario's places into the catalogue? Edit → Undo takes it back."),
        ):
            return

        def promote(catalogue: Catalogue) -> ChangeSet:
            # The draft takes the promoted places out of the scenario before the
            # session announces the change (see ScenarioDraft.promote).
            change = self.draft.promote(catalogue)
            self.adjustments.set_items(self.scenario.adjustments)
            return change

        self.session.run(promote, parent=self, title=title)

    # -- following undo and redo -------------------------------------------------------
    def _catalogue_changed(self, change: ChangeSet) -> None:
        """Keep the scenario shown in step with the catalogue after Undo/Redo
        (:meth:`ScenarioDraft.follow`)."""
        if self.draft.follow(change, self.session.catalogue):
            self.adjustments.set_items(self.scenario.adjustments)
            self.update_comparison()
