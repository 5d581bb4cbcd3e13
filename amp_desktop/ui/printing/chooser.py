"""Which report to print, and for which period: a small dialog and report factories."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.planning import Period, Thresholds
from amp_desktop.core.reports import (
    KIND_AUDIT,
    KIND_CATALOGUE,
    KIND_OVERVIEW,
    KIND_RESULTS,
    Report,
    build_report,
)
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import dialogs
from amp_desktop.ui.planning.widgets import PeriodPicker
from amp_desktop.ui.printing.output import MakeReport
from amp_desktop.ui.settings import Settings


class ReportChooser(QDialog):
    """Pick the capacity overview or the results (each with its period), or the catalogue list."""

    def __init__(
        self,
        parent: QWidget | None = None,
        period: Period | None = None,
        kind: str = KIND_OVERVIEW,
        title: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a report"))
        self.overview = QRadioButton(self.tr("Capacity overview"))
        self.results = QRadioButton(self.tr("Results per programme"))
        self.catalogue = QRadioButton(self.tr("Catalogue list"))
        self.audit = QRadioButton(self.tr("Audit of the programmes"))
        group = QButtonGroup(self)
        for button in (self.overview, self.results, self.catalogue, self.audit):
            group.addButton(button)
        self.picker = PeriodPicker(self)
        if period is not None:
            self.picker.set_period(period)
        hints = {
            self.overview: self.tr(
                "Places against referral demand for the period, with totals and a chart."
            ),
            self.results: self.tr(
                "Participants, exits and the share to work or studies per programme for the "
                "period, women and men apart, against the goals. Counts under 5 are hidden "
                "unless Preferences asks for exact figures."
            ),
            self.catalogue: self.tr(
                "Every programme with description, target group, places and referral sources."
            ),
            self.audit: self.tr(
                "What the auditors ask, programme by programme: places against need, cost, "
                "results against the goal, mandate and board decision, and the checks that fail."
            ),
        }
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        indent = self.overview.style().pixelMetric(
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        ) + self.overview.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        layout = QVBoxLayout(self)
        for button in (self.overview, self.results, self.catalogue, self.audit):
            hint = QLabel(hints[button])
            hint.setWordWrap(True)
            hint.setIndent(indent)
            layout.addWidget(button)
            layout.addWidget(hint)
            layout.addSpacing(8)
        picker_row = QHBoxLayout()  # the overview's and the results' period
        picker_row.addWidget(self.picker)
        picker_row.addStretch(1)
        layout.addLayout(picker_row)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.catalogue.toggled.connect(lambda on: self.picker.setEnabled(not on))
        chosen = {
            KIND_CATALOGUE: self.catalogue,
            KIND_RESULTS: self.results,
            KIND_AUDIT: self.audit,
        }
        chosen.get(kind, self.overview).setChecked(True)
        self.picker.setEnabled(not self.catalogue.isChecked())

    def kind(self) -> str:
        if self.audit.isChecked():
            return KIND_AUDIT
        if self.catalogue.isChecked():
            return KIND_CATALOGUE
        return KIND_RESULTS if self.results.isChecked() else KIND_OVERVIEW

    def period(self) -> Period:
        return self.picker.period()


def choose_report(
    parent: QWidget | None, period: Period | None = None, title: str = ""
) -> tuple[str, Period] | None:
    """Ask which report and period; None when cancelled.

    Under tests the answerer is asked ``("choose_report", period=…)`` and its
    reply — ``(kind, Period)`` or None — is used.
    """
    if dialogs.answerer is not None:
        reply = dialogs.answerer("choose_report", period=period, title=title)
        return reply if isinstance(reply, tuple) else None
    dialog = ReportChooser(parent, period, title=title)
    if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.kind(), dialog.period()


def thresholds_from(settings: Settings) -> Thresholds:
    return Thresholds(
        short_above=settings.short_above,
        tight_above=settings.tight_above,
        idle_below=settings.idle_below,
    )


def report_maker(
    catalogue: Catalogue,
    kind: str,
    period: Period,
    settings: Settings | None = None,
    scenario: str | None = None,
    printed_on: dt.date | None = None,
) -> MakeReport:
    """A function making the report from the catalogue as it is when called, with the
    municipality, unit, status thresholds and exact-figures switch of Preferences."""
    settings = settings or Settings()

    def make() -> Report:
        return build_report(
            catalogue,
            kind,
            period,
            municipality=settings.municipality,
            unit=settings.unit_name,
            scenario=scenario,
            thresholds=thresholds_from(settings),
            printed_on=printed_on,
            # Preferences → exact figures; otherwise the catalogue's own setting.
            exact=True if getattr(settings, "exact_figures", False) else None,
        )

    return make
