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
    QSpinBox,
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
    KIND_YEARLY,
    Report,
    build_report,
)
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import dialogs
from amp_desktop.ui.planning.widgets import PeriodPicker
from amp_desktop.ui.printing.output import MakeReport
from amp_desktop.ui.settings import Settings


class ReportChooser(QDialog):
    """Pick the capacity overview, the results or the audit (each with its period), the
    catalogue list, or the yearly figures (with their year)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        period: Period | None = None,
        kind: str = KIND_OVERVIEW,
        title: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a report"))
        self.setMinimumWidth(520)  # the hints wrap to a few readable lines, none clipped
        self.overview = QRadioButton(self.tr("Capacity overview"))
        self.results = QRadioButton(self.tr("Results per programme"))
        self.catalogue = QRadioButton(self.tr("Catalogue list"))
        self.audit = QRadioButton(self.tr("Audit of the programmes"))
        self.yearly = QRadioButton(self.tr("Yearly figures"))
        self.yearly_year = QSpinBox()  # the survey's year: a whole calendar year
        self.yearly_year.setRange(2000, 2100)
        self.yearly_year.setValue(dt.date.today().year - 1)
        self.yearly_year.setAccessibleName(self.tr("Year of the yearly figures"))
        kinds = (self.overview, self.results, self.catalogue, self.audit, self.yearly)
        group = QButtonGroup(self)
        for button in kinds:
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
            self.yearly: self.tr(
                "The year's figures for SKR's survey, beside the published values of the "
                "municipality, similar municipalities, the county and the country (Kolada)."
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
        for button in kinds:
            row = QHBoxLayout()
            row.addWidget(button)
            if button is self.yearly:
                row.addWidget(self.yearly_year)
            row.addStretch(1)
            hint = QLabel(hints[button])
            hint.setWordWrap(True)
            hint.setIndent(indent)
            layout.addLayout(row)
            layout.addWidget(hint)
            layout.addSpacing(8)
        picker_row = QHBoxLayout()  # the overview's and the results' period
        picker_row.addWidget(self.picker)
        picker_row.addStretch(1)
        layout.addLayout(picker_row)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        if period is not None and _past_whole_year(period):
            self.yearly_year.setValue(int(period.first[:4]))  # else last year: the survey's
        chosen = {
            KIND_CATALOGUE: self.catalogue,
            KIND_RESULTS: self.results,
            KIND_AUDIT: self.audit,
            KIND_YEARLY: self.yearly,
        }
        chosen.get(kind, self.overview).setChecked(True)
        group.buttonToggled.connect(self._enable_pickers)
        self._enable_pickers()

    def _enable_pickers(self, *_args: object) -> None:
        """The period picker for the overview, results and audit; the year for the yearly."""
        self.picker.setEnabled(not (self.catalogue.isChecked() or self.yearly.isChecked()))
        self.yearly_year.setEnabled(self.yearly.isChecked())

    def kind(self) -> str:
        if self.yearly.isChecked():
            return KIND_YEARLY
        if self.audit.isChecked():
            return KIND_AUDIT
        if self.catalogue.isChecked():
            return KIND_CATALOGUE
        return KIND_RESULTS if self.results.isChecked() else KIND_OVERVIEW

    def period(self) -> Period:
        if self.yearly.isChecked():
            return Period.year(self.yearly_year.value())
        return self.picker.period()


def _past_whole_year(period: Period) -> bool:
    year = period.first[:4]
    whole = period.first == f"{year}-01" and period.last == f"{year}-12"
    return whole and int(year) < dt.date.today().year


def choose_report(
    parent: QWidget | None,
    period: Period | None = None,
    title: str = "",
    *,
    kind: str = KIND_OVERVIEW,
) -> tuple[str, Period] | None:
    """Ask which report and period, *kind* chosen to begin with (from the Results tab:
    the results, with its period); None when cancelled.

    Under tests the answerer is asked ``("choose_report", period=…)`` (and ``report=…``
    when another than the overview is offered first) and its reply — ``(kind, Period)``
    or None — is used.
    """
    if dialogs.answerer is not None:
        details: dict[str, object] = {"period": period, "title": title}
        if kind != KIND_OVERVIEW:
            details["report"] = kind
        reply = dialogs.answerer("choose_report", **details)
        return reply if isinstance(reply, tuple) else None
    dialog = ReportChooser(parent, period, kind, title=title)
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
            exact=settings.exact_override(),
        )

    return make
