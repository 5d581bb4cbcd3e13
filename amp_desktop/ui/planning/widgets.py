"""Small parts of the planning view: period picker, summary lines, status legend."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from amp_desktop.core import rules
from amp_desktop.core.formatting import format_percent
from amp_desktop.core.planning import STATUSES, Period, Plan, Thresholds, status_label
from amp_desktop.core.planning.period import add_months
from amp_desktop.core.planning.scenarios import Comparison
from amp_desktop.core.tables.formats import COUNT, DECIMAL, NOT_KNOWN, SHARE, cell_text
from amp_desktop.ui.planning.forecast_editor import ForecastEditor
from amp_desktop.ui.planning.models import STATUS_COLOURS

__all__ = ["ComparisonSummary", "ForecastEditor", "PeriodPicker", "PlanSummary", "StatusLegend"]

KIND_YEAR, KIND_TERTIAL, KIND_MONTHS = 0, 1, 2


class PeriodPicker(QWidget):
    """Year, tertial or any range of months; emits :attr:`periodChanged`."""

    periodChanged = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        today = today or dt.date.today()
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Year"), self.tr("Tertial"), self.tr("Months")])
        self.year = QSpinBox()
        self.year.setRange(rules.FIRST_YEAR, rules.LAST_YEAR)  # the years demand may have
        self.year.setValue(today.year)
        self.tertial = QComboBox()
        self.tertial.addItems(
            [self.tr("T1 (Jan–Apr)"), self.tr("T2 (May–Aug)"), self.tr("T3 (Sep–Dec)")]
        )
        self.tertial.setCurrentIndex((today.month - 1) // 4)
        self.first = QDateEdit(QDate(today.year, 1, 1))
        self.last = QDateEdit(QDate(today.year, 12, 1))
        for edit in (self.first, self.last):
            edit.setDateRange(QDate(rules.FIRST_YEAR, 1, 1), QDate(rules.LAST_YEAR, 12, 31))
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM")
        self.to_label = QLabel(self.tr("to"))
        # Beside the period's kind, without labels of their own: named for a screen reader.
        for widget, name in (
            (self.year, self.tr("Year")),
            (self.tertial, self.tr("Tertial")),
            (self.first, self.tr("First month")),
            (self.last, self.tr("Last month")),
        ):
            widget.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Perio&d:"))  # Alt+D: the period from anywhere in the tab
        label.setBuddy(self.kind)
        layout.addWidget(label)
        for widget in (self.kind, self.year, self.tertial, self.first, self.to_label, self.last):
            layout.addWidget(widget)
        self._update_visibility()
        #: The period last shown: a change of kind starts from it.
        self._shown = self.period()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._emit)
        self.tertial.currentIndexChanged.connect(self._emit)
        self.first.dateChanged.connect(self._emit)
        self.last.dateChanged.connect(self._emit)

    def _kind_changed(self) -> None:
        """Keep the period shown as far as the new kind can: the year's (or tertial's)
        months for Months, the first month's year (and tertial) from Months."""
        shown = self._shown
        widgets = (self.year, self.tertial, self.first, self.last)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if self.kind.currentIndex() == KIND_MONTHS:
                self.first.setDate(QDate(int(shown.first[:4]), int(shown.first[5:]), 1))
                self.last.setDate(QDate(int(shown.last[:4]), int(shown.last[5:]), 1))
            else:
                self.year.setValue(int(shown.first[:4]))
                if not shown.is_year:
                    self.tertial.setCurrentIndex((int(shown.first[5:]) - 1) // 4)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_visibility()
        self._emit()

    def _update_visibility(self) -> None:
        kind = self.kind.currentIndex()
        self.year.setVisible(kind != KIND_MONTHS)
        self.tertial.setVisible(kind == KIND_TERTIAL)
        for widget in (self.first, self.to_label, self.last):
            widget.setVisible(kind == KIND_MONTHS)

    def _emit(self) -> None:
        self._shown = self.period()
        self.periodChanged.emit(self._shown)

    def period(self) -> Period:
        kind = self.kind.currentIndex()
        if kind == KIND_YEAR:
            return Period.year(self.year.value())
        if kind == KIND_TERTIAL:
            return Period.tertial(self.year.value(), self.tertial.currentIndex() + 1)
        first = self.first.date().toString("yyyy-MM")
        last = self.last.date().toString("yyyy-MM")
        if last < first:
            first, last = last, first
        return Period(first, last)

    def nearby(self) -> list[Period]:
        """The periods one change of these controls away, the likeliest first (the
        Planning tab makes their plans ahead): for a year or a tertial the other
        tertials of the year and the year itself, the same tertial or year before
        and after; for a range of months, either end a month earlier or later."""
        kind, year = self.kind.currentIndex(), self.year.value()
        if kind == KIND_MONTHS:
            return self._nearby_months()
        if kind == KIND_YEAR:
            chosen = self.tertial.currentIndex() + 1
            out = [(year + 1, None), (year - 1, None), (year, chosen)]
            out += [(year, n) for n in (1, 2, 3) if n != chosen]
        else:
            number = self.tertial.currentIndex() + 1
            out = [(year, number + 1), (year, number - 1), (year, None)]
            out += [(year + 1, number), (year - 1, number), (year, number + 2), (year, number - 2)]
        periods = []
        for y, n in out:
            if rules.FIRST_YEAR <= y <= rules.LAST_YEAR and (n is None or 1 <= n <= 3):
                periods.append(Period.year(y) if n is None else Period.tertial(y, n))
        return periods

    def _nearby_months(self) -> list[Period]:
        period = self.period()
        first, last = period.first, period.last
        ends = [(first, add_months(last, 1)), (add_months(first, -1), last)]
        if first < last:
            ends += [(first, add_months(last, -1)), (add_months(first, 1), last)]
        periods = []
        for a, b in ends:
            if int(a[:4]) >= rules.FIRST_YEAR and int(b[:4]) <= rules.LAST_YEAR:
                periods.append(Period(a, b))
        return periods

    def set_period(self, period: Period) -> None:
        """Show *period* (emits :attr:`periodChanged` once)."""
        widgets = (self.kind, self.year, self.tertial, self.first, self.last)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.year.setValue(int(period.first[:4]))
            if period.is_year:
                self.kind.setCurrentIndex(KIND_YEAR)
            elif period.tertial_number:
                self.kind.setCurrentIndex(KIND_TERTIAL)
                self.tertial.setCurrentIndex(period.tertial_number - 1)
            else:
                self.kind.setCurrentIndex(KIND_MONTHS)
                self.first.setDate(QDate(int(period.first[:4]), int(period.first[5:]), 1))
                self.last.setDate(QDate(int(period.last[:4]), int(period.last[5:]), 1))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_visibility()
        self._emit()


def _known(kind: str, value: float | None) -> str:
    """*value*'s cell text, or the dash the printed overview writes for a figure not
    known (a utilisation without places), never an empty gap in a sentence."""
    return cell_text(kind, value) or NOT_KNOWN


class PlanSummary(QLabel):
    """One paragraph over the table: the period, totals, statuses and the basis."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        # Room for two lines whether the text takes one or two: a period whose text
        # wraps would otherwise resize the table under it, and lay out and paint
        # the whole tab a second time after a period switch.
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing())

    def show_working(self, period: Period) -> None:
        self.setText(self.tr("Working out the plan for {period}…").format(period=period.label()))

    def show_plan(self, plan: Plan) -> None:
        total = plan.total
        if total is None:
            self.clear()
            return
        if not plan.programmes:  # (it said "0 programmes, … (utilisation ); …; .")
            self.setText(
                self.tr("<b>{period}</b>: no programmes to plan.").format(
                    period=plan.period.label()
                )
            )
            return
        counts: dict[str, int] = {}
        for programme in plan.programmes:
            counts[programme.status] = counts.get(programme.status, 0) + 1
        parts = [
            f"{n} {status_label(status).lower()}"
            for status in STATUSES
            if (n := counts.get(status))
        ]
        self.setText(
            self.tr(
                "<b>{period}</b>: {n} programmes, {places} places, {needed} needed on average "
                "(utilisation {util}); {referrals} referrals a month; {statuses}."
            ).format(
                period=plan.period.label(),
                n=len(plan.programmes),
                places=cell_text(COUNT, total.places),
                needed=cell_text(DECIMAL, total.needed_places),
                util=_known(SHARE, total.utilisation),  # (none without places)
                referrals=cell_text(DECIMAL, total.referrals_per_month),
                statuses=", ".join(parts),
            )
            + self._basis_text(plan)
        )

    def _basis_text(self, plan: Plan) -> str:
        spans = []
        found = {(m.basis, m.month) for p in plan.programmes for m in p.months}  # one pass
        for kind, word in (("actual", self.tr("actual")), ("forecast", self.tr("forecast"))):
            months = sorted(month for basis, month in found if basis == kind)
            if months:
                span = months[0] if months[0] == months[-1] else f"{months[0]} – {months[-1]}"
                spans.append(f"{word} {span}")
        if not spans:
            return " " + self.tr("No referrals recorded for the period.")
        return " " + self.tr("Referrals: {spans}.").format(spans=", ".join(spans))


class ComparisonSummary(QLabel):
    """Under the what-if comparison: how many programmes differ, and the totals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)

    def show_comparison(
        self, left: Plan, right: Plan, items: list[Comparison], only_changed: bool
    ) -> None:
        changed = sum(1 for c in items if c.differs)
        if changed == 0:
            differ = self.tr("No programme differs.")
            if only_changed:
                differ = self.tr("No programme differs, so all are shown.")
        elif changed == 1:
            differ = self.tr("1 programme differs.")
        else:
            differ = self.tr("{n} programmes differ.").format(n=changed)
        if left.total and right.total:
            totals = self.tr(
                "All programmes: places {lp} → {rp}, needed {ln} → {rn}, utilisation {lu} → {ru}."
            ).format(
                lp=cell_text(COUNT, left.total.places),
                rp=cell_text(COUNT, right.total.places),
                ln=cell_text(DECIMAL, left.total.needed_places),
                rn=cell_text(DECIMAL, right.total.needed_places),
                lu=_known(SHARE, left.total.utilisation),
                ru=_known(SHARE, right.total.utilisation),
            )
            differ += " " + totals
        self.setText(differ)


class StatusLegend(QLabel):
    """The status colours with their words and the thresholds in use."""

    _shown: Thresholds | None = None

    def set_thresholds(self, thresholds: Thresholds) -> None:
        if thresholds == self._shown:
            return  # (asked at every period switch: no new layout for the same text)
        self._shown = thresholds
        parts = []
        for status, rule in (
            ("short", "> " + format_percent(thresholds.short_above, 0)),
            ("tight", "> " + format_percent(thresholds.tight_above, 0)),
            ("balanced", ""),
            ("idle", "< " + format_percent(thresholds.idle_below, 0)),
        ):
            colour = STATUS_COLOURS[status]
            parts.append(
                f'<span style="background:{colour}; color:#1a1a1a">&nbsp;{status_label(status)}'
                f"{'&nbsp;' + html.escape(rule) if rule else ''}&nbsp;</span>"
            )
        self.setText(" ".join(parts))
        self.setToolTip(
            self.tr("Status by utilisation = places needed ÷ places; limits in Preferences.")
        )
