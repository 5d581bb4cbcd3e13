"""The printable reports' content: titles, tables of formatted cells, totals, chart data.

A :class:`Report` is what the capacity overview or the catalogue list *says*,
already formatted for the language in use (``1 200 000 kr``); it knows nothing of
paper.  The printing code in ``amp_desktop/ui/printing`` lays it out on pages.
The overview shows exactly the numbers of a :class:`~amp_desktop.core.planning.Plan`
(the same ones ``amp plan --json`` prints); nothing is computed here but text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from amp_desktop.core.domain import Programme, ReferralSource, enum_label, format_sources
from amp_desktop.core.formatting import format_date, format_number, format_percent, format_sek
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import (
    GroupTotal,
    Period,
    Plan,
    ProgrammePlan,
    Thresholds,
    make_plan,
    status_label,
)

if TYPE_CHECKING:
    from amp_desktop.core.store import Catalogue

Align = Literal["left", "right", "center"]
KIND_OVERVIEW = "overview"
KIND_CATALOGUE = "catalogue"
KINDS = (KIND_OVERVIEW, KIND_CATALOGUE)


@dataclass(frozen=True)
class Column:
    """One table column: header text, alignment and relative width."""

    header: str
    align: Align = "left"
    width: float = 1.0


@dataclass
class Table:
    """A titled table of formatted cells, with an optional bold total row.

    ``marks`` gives each row a status key (``"short"``, ``"idle"`` …) that the
    printer may use for a light tint of ``mark_column``; the status itself is
    always written as text in a cell, so the table reads in black and white.
    """

    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]]
    title: str = ""
    total: tuple[str, ...] | None = None
    marks: list[str] = field(default_factory=list)
    mark_column: int | None = None
    empty: str = ""  # said instead of the table when it has no rows


@dataclass(frozen=True)
class Bar:
    """One programme in the places-vs-needed chart."""

    label: str
    places: float
    needed: float | None
    status: str = ""
    status_label: str = ""


@dataclass
class Chart:
    """Places offered against places needed, one pair of bars per programme."""

    title: str
    bars: list[Bar]
    places_label: str
    needed_label: str
    no_demand_label: str = ""


@dataclass(frozen=True)
class Paragraph:
    """A short block of running text (a note under the tables)."""

    text: str
    title: str = ""


Section = Table | Chart | Paragraph


@dataclass
class Report:
    """Everything a printed report says, in reading order."""

    kind: str
    title: str
    subtitle: list[str]
    sections: list[Section]
    running_title: str = ""

    def tables(self) -> list[Table]:
        return [s for s in self.sections if isinstance(s, Table)]

    def table(self, title: str) -> Table:
        """The table titled *title* (KeyError if none)."""
        for table in self.tables():
            if table.title == title:
                return table
        raise KeyError(title)

    def chart(self) -> Chart | None:
        return next((s for s in self.sections if isinstance(s, Chart)), None)

    def to_json(self) -> dict[str, object]:
        """The report as plain data (for tests and debugging)."""
        sections: list[dict[str, object]] = []
        for section in self.sections:
            if isinstance(section, Table):
                sections.append(
                    {
                        "table": section.title,
                        "columns": [c.header for c in section.columns],
                        "rows": [list(r) for r in section.rows],
                        "total": list(section.total) if section.total else None,
                    }
                )
            elif isinstance(section, Chart):
                sections.append(
                    {
                        "chart": section.title,
                        "bars": [[b.label, b.places, b.needed] for b in section.bars],
                    }
                )
            else:
                sections.append({"paragraph": section.title, "text": section.text})
        return {
            "kind": self.kind,
            "title": self.title,
            "subtitle": self.subtitle,
            "sections": sections,
        }


# -- shared pieces -------------------------------------------------------------------


def _subtitle(municipality: str, unit: str, extra: Sequence[str], printed_on: dt.date) -> list[str]:
    lines: list[str] = []
    organisation = " · ".join(part.strip() for part in (municipality, unit) if part.strip())
    if organisation:
        lines.append(organisation)
    lines.extend(extra)
    lines.append(translate("Report", "Printed %1").replace("%1", format_date(printed_on)))
    return lines


def _running(title: str, municipality: str, period: str = "") -> str:
    parts = [part for part in (municipality.strip(), title, period) if part]
    return " · ".join(parts)


def _no_programmes() -> str:
    return translate("Report", "The catalogue has no programmes.")


def _int_text(value: int | None) -> str:
    return "" if value is None else format_number(value)


# -- catalogue list ------------------------------------------------------------------


def catalogue_columns() -> tuple[Column, ...]:
    return (
        Column(translate("Report", "Programme"), "left", 2.0),
        Column(translate("Report", "Description"), "left", 5.0),
        Column(translate("Report", "Target group"), "left", 2.2),
        Column(translate("Report", "Places"), "right", 0.8),
        Column(translate("Report", "Budgeted places"), "right", 1.0),
        Column(translate("Report", "Referral sources (fallback)"), "left", 1.6),
        Column(translate("Report", "Type"), "left", 1.0),
        Column(translate("Report", "Unit"), "left", 1.6),
    )


def _catalogue_row(programme: Programme) -> tuple[str, ...]:
    return (
        programme.name,
        programme.description,
        programme.target_group,
        format_number(programme.places),
        _int_text(programme.budgeted_places),
        format_sources(programme.sources),
        enum_label(programme.type),
        programme.unit,
    )


def _sources_table(sources: Iterable[ReferralSource], used: set[str]) -> Table | None:
    rows: list[tuple[str, ...]] = [
        (source.code, source.name or source.code, enum_label(source.kolada_category))
        for source in sorted(sources, key=lambda s: s.code.casefold())
        if source.code in used
    ]
    if not rows:
        return None
    return Table(
        columns=(
            Column(translate("Report", "Code"), "left", 1.0),
            Column(translate("Report", "Referral source"), "left", 3.0),
            Column(translate("Report", "Kolada category"), "left", 3.0),
        ),
        rows=rows,
        title=translate("Report", "Referral sources"),
    )


def catalogue_list(
    programmes: Sequence[Programme],
    sources: Iterable[ReferralSource],
    *,
    municipality: str = "",
    unit: str = "",
    printed_on: dt.date | None = None,
) -> Report:
    """Every programme with description, target group, places, sources, type and unit."""
    printed_on = printed_on or dt.date.today()
    title = translate("Report", "Programme catalogue")
    count = translate("Report", "%1 programmes").replace("%1", format_number(len(programmes)))
    main = Table(
        columns=catalogue_columns(),
        rows=[_catalogue_row(p) for p in programmes],
        title=translate("Report", "Programmes"),
        empty=_no_programmes(),
    )
    sections: list[Section] = [main]
    used = {link.source for p in programmes for link in p.sources}
    legend = _sources_table(sources, used)
    if legend is not None:
        sections.append(legend)
    sections.append(
        Paragraph(
            translate(
                "Report",
                "Referral sources in brackets are fallbacks: they fill places "
                "the main sources leave empty.",
            )
        )
    )
    return Report(
        kind=KIND_CATALOGUE,
        title=title,
        subtitle=_subtitle(municipality, unit, [count], printed_on),
        sections=sections,
        running_title=_running(title, municipality),
    )


# -- capacity overview ---------------------------------------------------------------


def _decimal(value: float | None) -> str:
    return "" if value is None else format_number(value, 1)


def _signed(value: float | None) -> str:
    """A gap with its sign: ``+3,5`` spare, ``−2,0`` short."""
    if value is None:
        return ""
    text = format_number(value, 1)
    return "+" + text if round(value, 1) > 0 else text


def _percent(value: float | None) -> str:
    return format_percent(value, 0)


def overview_columns() -> tuple[Column, ...]:
    return (
        Column(translate("Report", "Programme"), "left", 3.2),
        Column(translate("Report", "Unit"), "left", 1.9),
        Column(translate("Report", "Type"), "left", 1.1),
        Column(translate("Report", "Places"), "right", 0.9),
        Column(translate("Report", "Budgeted places"), "right", 1.0),
        Column(translate("Report", "Referrals per month"), "right", 1.1),
        Column(translate("Report", "Average stay (months)"), "right", 1.0),
        Column(translate("Report", "Places needed"), "right", 1.0),
        Column(translate("Report", "Utilisation"), "right", 1.0),
        Column(translate("Report", "Gap"), "right", 0.9),
        Column(translate("Report", "Cost per place"), "right", 1.4),
        Column(translate("Report", "Status"), "left", 1.2),
    )


def _overview_row(item: ProgrammePlan) -> tuple[str, ...]:
    return (
        item.name,
        item.unit,
        enum_label(item.type),
        format_number(item.places),
        _int_text(item.budgeted_places),
        _decimal(item.referrals_per_month),
        _decimal(item.average_stay_months),
        _decimal(item.needed_places),
        _percent(item.utilisation),
        _signed(item.gap),
        format_sek(item.cost_per_place_sek),
        status_label(item.status),
    )


def totals_columns(group_header: str) -> tuple[Column, ...]:
    return (
        Column(group_header, "left", 3.0),
        Column(translate("Report", "Programmes"), "right", 1.0),
        Column(translate("Report", "Places"), "right", 0.9),
        Column(translate("Report", "Budgeted places"), "right", 1.0),
        Column(translate("Report", "Referrals per month"), "right", 1.1),
        Column(translate("Report", "Places needed"), "right", 1.0),
        Column(translate("Report", "Utilisation"), "right", 1.0),
        Column(translate("Report", "Gap"), "right", 0.9),
        Column(translate("Report", "Annual budget"), "right", 1.6),
        Column(translate("Report", "Cost per place"), "right", 1.4),
        Column(translate("Report", "Status"), "left", 1.2),
    )


def _total_row(group: GroupTotal, label: str | None = None) -> tuple[str, ...]:
    return (
        group.label if label is None else label,
        format_number(group.programmes),
        _int_text(group.places),
        _int_text(group.budgeted_places),
        _decimal(group.referrals_per_month),
        _decimal(group.needed_places),
        _percent(group.utilisation),
        _signed(group.gap),
        format_sek(group.annual_budget_sek),
        format_sek(group.cost_per_place_sek),
        status_label(group.status),
    )


def _totals_table(title: str, header: str, groups: Sequence[GroupTotal]) -> Table:
    return Table(
        columns=totals_columns(header),
        rows=[_total_row(g) for g in groups],
        title=title,
        marks=[g.status for g in groups],
        mark_column=10,
    )


def _source_table(title: str, groups: Sequence[GroupTotal]) -> Table:
    """Per referral source only what belongs to a source: places are not divided
    among sources, so their columns would stay empty."""
    return Table(
        columns=(
            Column(translate("Report", "Referral source"), "left", 3.0),
            Column(translate("Report", "Programmes"), "right", 1.0),
            Column(translate("Report", "Referrals per month"), "right", 1.1),
            Column(translate("Report", "Places needed"), "right", 1.0),
        ),
        rows=[
            (
                g.label,
                format_number(g.programmes),
                _decimal(g.referrals_per_month),
                _decimal(g.needed_places),
            )
            for g in groups
        ],
        title=title,
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
    main = Table(
        columns=overview_columns(),
        rows=[_overview_row(item) for item in plan.programmes],
        title=translate("Report", "Programmes"),
        marks=[item.status for item in plan.programmes],
        mark_column=11,
        empty=_no_programmes(),
    )
    if plan.total is not None and plan.programmes:
        total = plan.total
        main.total = (
            translate("Report", "All programmes"),
            "",
            "",
            _int_text(total.places),
            _int_text(total.budgeted_places),
            _decimal(total.referrals_per_month),
            "",
            _decimal(total.needed_places),
            _percent(total.utilisation),
            _signed(total.gap),
            format_sek(total.cost_per_place_sek),
            status_label(total.status),
        )
    sections: list[Section] = [main]
    groups = (
        ("unit", translate("Report", "Totals per unit"), translate("Report", "Unit")),
        ("type", translate("Report", "Totals per type"), translate("Report", "Type")),
        (
            "source",
            translate("Report", "Totals per referral source"),
            translate("Report", "Referral source"),
        ),
    )
    for key, table_title, header in groups:
        found = plan.totals.get(key) or []
        if found and key == "source":
            sections.append(_source_table(table_title, found))
        elif found:
            sections.append(_totals_table(table_title, header, found))
    if plan.programmes:
        sections.append(_chart(plan))
    sections.append(_notes(plan))
    return Report(
        kind=KIND_OVERVIEW,
        title=title,
        subtitle=_subtitle(municipality, unit, extra, printed_on),
        sections=sections,
        running_title=_running(title, municipality, plan.period.label()),
    )


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
