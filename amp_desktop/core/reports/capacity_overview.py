"""The printed capacity overview: the plan's table, totals, chart and how to read it.

Every cell is written by the core's table declarations
(:mod:`amp_desktop.core.tables.plan_tables`), so the overview shows exactly the
numbers and the text of the Planning tab and ``amp plan``; nothing is computed
here but text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from amp_desktop.core.formatting import format_percent
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import GroupTotal, Plan, status_label
from amp_desktop.core.reports.document import (
    Bar,
    Chart,
    Column,
    Paragraph,
    Report,
    Section,
    Table,
    printed_columns,
    printed_rows,
)
from amp_desktop.core.reports.headings import no_programmes, running_title, subtitle
from amp_desktop.core.tables.plan_tables import (
    PROGRAMMES,
    SOURCE_TOTALS,
    TOTALS,
    all_programmes_label,
    group_title,
    total_cells,
    totals_title,
)

KIND_OVERVIEW = "overview"


def overview_columns() -> tuple[Column, ...]:
    return printed_columns(PROGRAMMES.for_paper())


def totals_columns(group_header: str) -> tuple[Column, ...]:
    return printed_columns(TOTALS.for_paper(), group_header)


def _totals_table(grouping: str, groups: Sequence[GroupTotal]) -> Table:
    columns = totals_columns(group_title(grouping))
    return Table(
        columns=columns,
        rows=printed_rows(TOTALS.for_paper(), groups),
        title=totals_title(grouping),
        marks=[g.status for g in groups],
        mark_column=[c.key for c in TOTALS.for_paper()].index("status"),
    )


def _source_table(groups: Sequence[GroupTotal]) -> Table:
    """Per referral source only what belongs to a source (places are not divided)."""
    return Table(
        columns=printed_columns(SOURCE_TOTALS.for_paper()),
        rows=printed_rows(SOURCE_TOTALS.for_paper(), groups),
        title=totals_title("source"),
    )


def _chart(plan: Plan) -> Chart:
    bars = [
        Bar(
            label=item.name,
            places=float(item.places),
            needed=item.needed_places,
            status=item.status,
            status_label=status_label(item.status),
        )
        for item in plan.programmes
    ]
    return Chart(
        title=translate("Report", "Places offered and places needed"),
        bars=bars,
        places_label=translate("Report", "Places offered"),
        needed_label=translate("Report", "Places needed"),
        no_demand_label=translate("Report", "needed places unknown"),
    )


def _notes(plan: Plan) -> Paragraph:
    limits = plan.thresholds
    text = translate(
        "Report",
        "Places needed = referrals per month × average stay, averaged over the months "
        "of the period; referrals are the recorded ones where a month has any, "
        "otherwise the forecast. Utilisation = places needed ÷ places. "
        "Gap = places − places needed: positive means spare places, negative a "
        "shortage. Status: Short above %1 utilisation, Tight above %2, Idle below %3, "
        "otherwise Balanced. Cost per place = annual budget ÷ places.",
    )
    text = (
        text.replace("%1", format_percent(limits.short_above, 0))
        .replace("%2", format_percent(limits.tight_above, 0))
        .replace("%3", format_percent(limits.idle_below, 0))
    )
    return Paragraph(text, translate("Report", "How to read this overview"))


def capacity_overview(
    plan: Plan,
    municipality: str = "",
    unit: str = "",
    printed_on: dt.date | None = None,
) -> Report:
    """The capacity overview of *plan*: its table, totals, chart and notes."""
    printed_on = printed_on or dt.date.today()
    title = translate("Report", "Capacity overview")
    period = translate("Report", "Period: %1").replace("%1", plan.period.label())
    extra = [period]
    if plan.scenario:
        extra.append(
            translate("Report", "What-if scenario: %1 (not the catalogue as it is)").replace(
                "%1", plan.scenario
            )
        )
    columns = PROGRAMMES.for_paper()
    main = Table(
        columns=overview_columns(),
        rows=printed_rows(columns, plan.programmes),
        title=translate("Report", "Programmes"),
        marks=[item.status for item in plan.programmes],
        mark_column=[c.key for c in columns].index("status"),
        empty=no_programmes(),
    )
    if plan.total is not None and plan.programmes:
        main.total = tuple(total_cells(columns, plan.total, all_programmes_label()))
    sections: list[Section] = [main]
    for grouping in ("unit", "type", "source"):
        found = plan.totals.get(grouping) or []
        if found and grouping == "source":
            sections.append(_source_table(found))
        elif found:
            sections.append(_totals_table(grouping, found))
    if plan.programmes:
        sections.append(_chart(plan))
    sections.append(_notes(plan))
    return Report(
        kind=KIND_OVERVIEW,
        title=title,
        subtitle=subtitle(municipality, unit, extra, printed_on),
        sections=sections,
        running_title=running_title(title, municipality, plan.period.label()),
    )
