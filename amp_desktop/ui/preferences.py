"""The Preferences dialog: language, who the reports are for, planning thresholds, backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.formatting import format_percent
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.settings import default_goals_change
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings


def _percent_suffix() -> str:
    """ "%" in English, " %" (a no-break space) in Swedish: as the tables write 48%."""
    return format_percent(0.0, 0)[1:]


class PreferencesDialog(QDialog):
    """Edits :class:`Settings`; OK stores them, Cancel leaves them as they were."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        catalogue: Catalogue | None = None,
        session: CatalogueSession | None = None,
    ):
        super().__init__(parent)
        if catalogue is None and session is not None:
            catalogue = session.catalogue
        if session is None and catalogue is not None:  # every write through the runner
            session = CatalogueSession(catalogue, self)
        self._session = session
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        self._settings = settings
        self._catalogue = catalogue

        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        restart = QLabel(self.tr("A new language is used from the next time AMP starts."))
        restart.setWordWrap(True)

        self.municipality = QLineEdit(settings.municipality)
        self.municipality.setPlaceholderText(self.tr("e.g. Västerås stad"))
        self.unit_name = QLineEdit(settings.unit_name)
        self.unit_name.setPlaceholderText(self.tr("e.g. Arbetsmarknadsenheten"))

        self.short_above = self._percent(settings.short_above)
        self.tight_above = self._percent(settings.tight_above)
        self.idle_below = self._percent(settings.idle_below)
        self.backups_kept = QSpinBox()
        self.backups_kept.setRange(1, 100)
        self.backups_kept.setValue(settings.backups_kept)
        self._problem = QLabel()
        self._problem.setStyleSheet("color: #b3261e;")
        self._problem.setWordWrap(True)
        self._problem.hide()

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Unit name:"), self.unit_name)
        printed = QLabel(self.tr("The municipality and unit are printed on reports."))
        printed.setWordWrap(True)
        form.addRow("", printed)

        planning = QGroupBox(self.tr("Planning status (places needed ÷ places)"))
        form = QFormLayout(planning)
        form.addRow(self.tr("&Short of places above:"), self.short_above)
        form.addRow(self.tr("&Tight above:"), self.tight_above)
        form.addRow(self.tr("&Idle below:"), self.idle_below)
        form.addRow("", self._problem)

        files = QGroupBox(self.tr("Files"))
        form = QFormLayout(files)
        form.addRow(self.tr("&Backups kept per catalogue:"), self.backups_kept)

        results = self._results_group(settings, catalogue)
        from amp_desktop.ui.audit_preferences import AuditGroup  # the audit's thresholds (#14)

        self.audit_group = AuditGroup(catalogue, self, session)
        from amp_desktop.ui.change_log_preferences import ChangeLogGroup  # retention (#11.13)

        self.change_log_group = ChangeLogGroup(catalogue, session, self)
        from amp_desktop.ui.yearly.preferences_group import YearlyGroup  # municipality (#13)

        self.yearly_group = YearlyGroup(settings, catalogue, session, self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Three pages, not seven boxes stacked: stacked they were taller than a
        # laptop's screen, and Qt squeezed the notes until they were unreadable.
        self.pages = QTabWidget()
        pages = (
            (self.tr("General"), (general, files)),
            (self.tr("Planning and results"), (planning, results)),
            (
                self.tr("This catalogue"),
                (self.audit_group, self.yearly_group, self.change_log_group),
            ),
        )
        for title, groups in pages:
            page = QWidget()
            column = QVBoxLayout(page)
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            self.pages.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.language.setFocus()  # the first field, not the row of pages

    def _results_group(self, settings: Settings, catalogue: Catalogue | None) -> QGroupBox:
        """Default goals per type (the open catalogue's) and exact figures in printouts."""
        goals = catalogue.default_goals() if catalogue is not None else {}
        self.goal_primary = self._goal(goals.get("primary"))
        self.goal_secondary = self._goal(goals.get("secondary"))
        can_write = catalogue is not None and not catalogue.read_only
        for box in (self.goal_primary, self.goal_secondary):
            box.setEnabled(can_write)
        self.exact_figures = QCheckBox(self.tr("&Exact figures in printouts"))
        self.exact_figures.setChecked(bool(settings.exact_figures))
        self.exact_figures.setToolTip(
            self.tr(
                "Printed results, the PDF and the Excel export show counts of 1–4 as <5 and "
                "hide shares of fewer than 5. Tick only for use inside the unit."
            )
        )
        group = QGroupBox(self.tr("Results"))
        form = QFormLayout(group)
        form.addRow(self.tr("Default goal, &primary programmes:"), self.goal_primary)
        form.addRow(self.tr("Default goal, secon&dary programmes:"), self.goal_secondary)
        note = QLabel(
            self.tr(
                "The share to work or studies a programme without a goal of its own is "
                "measured against. Kept in the open catalogue."
            )
            if catalogue is not None
            else self.tr("Open a catalogue to set its default goals.")
        )
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow("", self.exact_figures)
        return group

    def _goal(self, fraction: float | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 100.0)
        box.setDecimals(0)
        box.setSingleStep(5.0)
        box.setSuffix(_percent_suffix())
        box.setSpecialValueText(self.tr("No goal"))  # 0 %: no default goal
        box.setValue((fraction or 0.0) * 100.0)
        return box

    def default_goals(self) -> dict[str, float | None]:
        """The default goals as typed (None: no goal)."""
        return {
            kind: (box.value() / 100.0 if box.value() > 0 else None)
            for kind, box in (("primary", self.goal_primary), ("secondary", self.goal_secondary))
        }

    def _percent(self, fraction: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 500.0)
        box.setDecimals(0)
        box.setSingleStep(5.0)
        box.setSuffix(_percent_suffix())
        box.setValue(fraction * 100.0)
        return box

    def problem(self) -> str:
        """Why the values cannot be stored ("" when they can)."""
        from amp_desktop.core.planning.model import Thresholds

        return Thresholds(
            short_above=self.short_above.value() / 100,
            tight_above=self.tight_above.value() / 100,
            idle_below=self.idle_below.value() / 100,
        ).problem()

    def accept(self) -> None:
        problem = self.problem()
        self._problem.setText(problem)
        self._problem.setVisible(bool(problem))
        if problem or not self.yearly_group.check():
            return
        settings = self._settings
        settings.language = self.language.currentData()
        settings.municipality = self.municipality.text().strip()
        settings.unit_name = self.unit_name.text().strip()
        settings.short_above = self.short_above.value() / 100.0
        settings.tight_above = self.tight_above.value() / 100.0
        settings.idle_below = self.idle_below.value() / 100.0
        settings.backups_kept = self.backups_kept.value()
        settings.exact_figures = self.exact_figures.isChecked()
        catalogue = self._catalogue
        if catalogue is not None and not catalogue.read_only:
            goals = self.default_goals()
            if goals != {k: catalogue.default_goals().get(k) for k in goals}:
                assert self._session is not None
                written = self._session.run(
                    lambda c: c.apply(default_goals_change(c, goals)),
                    parent=self,
                    title=self.tr("Default goals not saved"),
                )
                if written is None:
                    return
        if not self.audit_group.save():
            return
        if not self.yearly_group.save():
            return
        if not self.change_log_group.save():
            return
        super().accept()
