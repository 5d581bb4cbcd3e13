"""The printable reports' content: the capacity overview, the catalogue list, the results.

:mod:`.document` holds what a report is made of (tables of formatted cells, a
chart, notes), :mod:`.capacity_overview` and :mod:`.catalogue_list` make the two
reports from the core's table declarations, and :func:`build_report` makes
either from a catalogue, as the window and ``amp report`` do.  The printing code
in ``amp_desktop/ui/printing`` lays a report out on pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from amp_desktop.core.planning import Period, Thresholds, make_plan
from amp_desktop.core.reports.capacity_overview import (
    KIND_OVERVIEW,
    capacity_overview,
    overview_columns,
    totals_columns,
)
from amp_desktop.core.reports.catalogue_list import (
    KIND_CATALOGUE,
    catalogue_columns,
    catalogue_list,
)
from amp_desktop.core.reports.document import (
    Bar,
    Chart,
    Column,
    Paragraph,
    Report,
    Section,
    ShareBar,
    ShareChart,
    Table,
)
from amp_desktop.core.reports.results_report import KIND_RESULTS, results_report

if TYPE_CHECKING:
    from amp_desktop.core.store import Catalogue

KIND_AUDIT = "audit"  # the audit printout (:mod:`.audit_report`, loaded when asked for)
KIND_YEARLY = "yearly"  # the yearly figures beside Kolada (:mod:`.yearly_report`, #13)
KINDS = (KIND_OVERVIEW, KIND_CATALOGUE, KIND_RESULTS, KIND_AUDIT, KIND_YEARLY)

__all__ = [
    "KINDS",
    "KIND_CATALOGUE",
    "KIND_OVERVIEW",
    "KIND_AUDIT",
    "KIND_RESULTS",
    "KIND_YEARLY",
    "Bar",
    "Chart",
    "Column",
    "Paragraph",
    "Report",
    "Section",
    "ShareBar",
    "ShareChart",
    "Table",
    "build_report",
    "capacity_overview",
    "catalogue_columns",
    "catalogue_list",
    "overview_columns",
    "results_report",
    "totals_columns",
]


def build_report(
    catalogue: Catalogue,
    kind: str = KIND_OVERVIEW,
    period: Period | None = None,
    *,
    municipality: str = "",
    unit: str = "",
    scenario: str | None = None,
    thresholds: Thresholds | None = None,
    printed_on: dt.date | None = None,
    exact: bool | None = None,
) -> Report:
    """The report of *kind* for *catalogue*, as the window and ``amp report`` make it.

    The overview plans *period* (the current year by default) with
    :func:`~amp_desktop.core.planning.make_plan`; the catalogue list ignores it.
    The results hide small counts unless *exact* (None: the catalogue's setting).
    """
    dated = _DATED.get(kind)
    if dated is not None:
        return dated(
            catalogue,
            period or Period.current_year(),
            _exact(catalogue, exact),
            municipality,
            unit,
            printed_on,
        )
    if kind == KIND_CATALOGUE:
        return catalogue_list(
            catalogue.programmes(),
            catalogue.sources(),
            municipality=municipality,
            unit=unit,
            printed_on=printed_on,
        )
    if kind != KIND_OVERVIEW:
        raise ValueError(f"unknown report kind {kind!r}")
    plan = make_plan(
        catalogue, period or Period.current_year(), scenario=scenario, thresholds=thresholds
    )
    return capacity_overview(plan, municipality, unit, printed_on)


def _exact(catalogue: Catalogue, exact: bool | None) -> bool:
    """Whether small counts are shown exactly: *exact*, or the catalogue's setting."""
    if exact is not None:
        return exact
    from amp_desktop.core.results.disclosure import EXACT_KEY, exact_setting

    return exact_setting(catalogue.meta(EXACT_KEY))


def _results(
    catalogue: Catalogue,
    period: Period,
    exact: bool,
    municipality: str,
    unit: str,
    printed_on: dt.date | None,
) -> Report:
    from amp_desktop.core.results.coverage import coverage
    from amp_desktop.core.results.period import known_only, results_document

    tallies = catalogue.results_tallies(period.first, period.last)
    known = catalogue.results_known(period.first, period.last)
    document, unknown = known_only(
        results_document(catalogue.programmes(), tallies, period, None, catalogue.default_goals()),
        known,
    )
    names = {row["id"]: row["name"] for row in document["programmes"]}
    return results_report(
        document,
        period.label(),
        without_results=unknown,
        exact=exact,
        municipality=municipality,
        unit=unit,
        printed_on=printed_on,
        coverage_note=coverage(catalogue, period, known & set(names)).note(names),
    )


def _audit(
    catalogue: Catalogue,
    period: Period,
    exact: bool,
    municipality: str,
    unit: str,
    printed_on: dt.date | None,
) -> Report:
    """The audit printout, from the same document as ``amp audit``."""
    from amp_desktop.core.audit import audit_document, gather
    from amp_desktop.core.audit.document import results_of
    from amp_desktop.core.reports.audit_report import audit_report
    from amp_desktop.core.results.coverage import coverage

    data = gather(catalogue, period, today=printed_on)
    results = results_of(data)
    document = audit_document(data, results)
    names = {row["id"]: row["name"] for row in document["programmes"]}
    known = catalogue.results_known(period.first, period.last) & set(names)
    return audit_report(
        document,
        results,
        exact=exact,
        municipality=municipality,
        unit=unit,
        printed_on=printed_on,
        coverage_note=coverage(catalogue, period, known).note(names),
    )


def _yearly(
    catalogue: Catalogue,
    period: Period,
    exact: bool,
    municipality: str,
    unit: str,
    printed_on: dt.date | None,
) -> Report:
    """The yearly figures of the period's (first) year beside Kolada (#13)."""
    from amp_desktop.core.reports.yearly_report import yearly_printout
    from amp_desktop.core.yearly.document import yearly_report

    report = yearly_report(catalogue, int(period.first[:4]))
    return yearly_printout(
        report, exact=exact, municipality=municipality, unit=unit, printed_on=printed_on
    )


# The reports of a period that hide small counts, each loaded when asked for.
_DATED: dict[str, Callable[[Catalogue, Period, bool, str, str, dt.date | None], Report]] = {
    KIND_AUDIT: _audit,
    KIND_YEARLY: _yearly,
    KIND_RESULTS: _results,
}
