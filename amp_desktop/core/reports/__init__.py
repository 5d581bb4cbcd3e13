"""The printable reports' content: the capacity overview and the catalogue list.

:mod:`.document` holds what a report is made of (tables of formatted cells, a
chart, notes), :mod:`.capacity_overview` and :mod:`.catalogue_list` make the two
reports from the core's table declarations, and :func:`build_report` makes
either from a catalogue, as the window and ``amp report`` do.  The printing code
in ``amp_desktop/ui/printing`` lays a report out on pages.
"""

from __future__ import annotations

import datetime as dt
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
from amp_desktop.core.reports.document import Bar, Chart, Column, Paragraph, Report, Section, Table

if TYPE_CHECKING:
    from amp_desktop.core.store import Catalogue

KINDS = (KIND_OVERVIEW, KIND_CATALOGUE)

__all__ = [
    "KINDS",
    "KIND_CATALOGUE",
    "KIND_OVERVIEW",
    "Bar",
    "Chart",
    "Column",
    "Paragraph",
    "Report",
    "Section",
    "Table",
    "build_report",
    "capacity_overview",
    "catalogue_columns",
    "catalogue_list",
    "overview_columns",
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
) -> Report:
    """The report of *kind* for *catalogue*, as the window and ``amp report`` make it.

    The overview plans *period* (the current year by default) with
    :func:`~amp_desktop.core.planning.make_plan`; the catalogue list ignores it.
    """
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
